"""WORRIES (cause → the worried Organization), in either voice."""
from __future__ import annotations

import re

from ...schema import NodeType
from .view import ANY, ORG, Fact, SentenceView

CAUSES = (NodeType.ORGANIZATION, NodeType.MODEL, NodeType.POLICY)

_FEELING = r"担忧|担心|震惊|不安|警惕|恐慌|压力|焦虑|忧虑|紧张|惊了|震动|如坐针毡|坐立不安|戒心|忌惮|头疼|头痛|措手不及"
_CAUSATIVE = re.compile(r"令|让|使(?!用)|引发|引起")
_FEELING_RE = re.compile(_FEELING)
_TRANSITIVE = re.compile(r"(?:震惊了?|震撼了?|威胁(?:到|了)?|惊动了?|困扰|警醒了?|jolt(?:s|ed)?|alarm(?:s|ed)|unsettl(?:es|ed)|spook(?:s|ed)"
                         r"|rattl(?:es|ed)|troubl(?:es|ed)|stun(?:s|ned)|threaten(?:s|ed)?|worr(?:ies|ied)(?! about| over| by| that)"
                         r"|concern(?:s|ed)(?! about| over| by| that)|shak(?:es|en)|shook)(?!\s+(?:by|about|over|that)\b)")
_BE = re.compile(r"(?:is|are|was|were|be|been|being|remains?|remained|grew|grow|became|become|seem|seems|reportedly|feel|felt)\s+$")
_EXPERIENCER = re.compile(r"担忧|担心|忧虑|警惕|害怕|恐惧|戒心|提防|忌惮|(?:is |are |was |were |grew |grown |grows |remains? |became |been )?"
                          r"(?:worried|concerned|alarmed|uneasy|nervous|anxious|wary|rattled|spooked)(?: about| over| by| that| of)|fears?|feared"
                          r"|worr(?:y|ies|ied) (?:about|over|that)|fret(?:s|ted)? (?:about|over)")
_TOWARDS = re.compile(r"对")
_SPEECH_END = re.compile(r"(?:称|表示|说|指出|认为|写道|said|says|wrote)\W*$")
_RAISES = re.compile(r"rais(?:es|ed|ing) (?:concerns?|alarm|fears?) (?:in|among|for|across)|sparks? (?:concern|alarm) (?:in|among)"
                     r"|(?:puts?|putting|piles?|piled|piling|adds?|added|adding) (?:more |new |fresh )?pressure on|unnerv(?:es|ed)|weighs? on"
                     r"|pos(?:es|ed|ing) (?:a |an )?(?:\w+ )?(?:threat|challenge|risk) (?:to|for)"
                     r"|(?:is|are|was|were|has become|have become|became) (?:a |an )?(?:\w+ )?(?:threat|headache|worry|concern) (?:to|for)"
                     r"|sent shockwaves through|sends? shockwaves through|set off alarm bells in|rang alarm bells in")
# "Y视X为威胁": the worried party sees the cause as a threat
_THREAT = r"[^，。,；;]{0,6}?[“”\"「」]?(?:威胁|心腹大患|劲敌)"
_SEES_AS_THREAT = re.compile(rf"(?:视|看作|当作)(?P<between>[^，。,；;]{{1,20}}?)(?:为|作){_THREAT}"
                             rf"|[将把](?P<between2>[^，。,；;]{{1,20}}?)(?:视为|视作|看作|当作){_THREAT}")
# "X对Y构成威胁", "X给Y带来压力": the worried party sits between 对/给 and the threat
_POSES = re.compile(r"(?:对|给)(?P<between>[^，。,；;]{1,20}?)(?:构成|带来|造成|形成)(?:了)?(?:严重|巨大|新的|不小的|一定)?(?:的)?(?:威胁|挑战|压力|冲击)")


def find(view: SentenceView) -> list[Fact]:
    facts = []
    for a, b in view.cues(_CAUSATIVE):
        feeling = _FEELING_RE.search(view.norm.folded, b, view.end)
        cause = _cause(view, a)
        if feeling and cause:
            for worried in view.after(b, ORG, hi=feeling.start()):
                facts.append(Fact("WORRIES", cause.entity_id, worried.entity_id, "worries.causative", 0.85))
    for a, b in view.cues(_TRANSITIVE) + view.cues(_RAISES):
        if _BE.search(view.norm.folded, max(view.start, a - 20), a):
            continue  # "were alarmed": the experiencer rule's
        cause = view.before(a, ANY)
        facts += [Fact("WORRIES", cause.entity_id, w.entity_id, "worries.cue", 0.8)
                  for w in view.after(b, ORG) if cause]
    for match in _POSES.finditer(view.norm.folded, view.start, view.end):
        cause = view.before(match.start(), CAUSES)
        for worried in view.after(match.start("between"), ORG, hi=match.end("between")):
            if cause:
                facts.append(Fact("WORRIES", cause.entity_id, worried.entity_id, "worries.poses", 0.8))
    for match in _SEES_AS_THREAT.finditer(view.norm.folded, view.start, view.end):
        worried = view.before(match.start(), ORG)
        group = "between" if match.group("between") else "between2"
        for cause in view.after(match.start(group), CAUSES, hi=match.end(group))[:1]:
            if worried:
                facts.append(Fact("WORRIES", cause.entity_id, worried.entity_id, "worries.sees_as_threat", 0.75))
    for a, b in view.cues(_EXPERIENCER):
        if _CAUSATIVE.search(view.norm.folded, view.clause_of(a)[0], a):
            continue  # "X令Y担忧" is the causative rule's
        toward = [t for t in view.cues(_TOWARDS) if view.clause_of(a)[0] <= t[0] < a]
        if toward:  # "Y对X感到担忧": Y before 对, X between 对 and the cue
            worried = view.before(toward[-1][0], ORG)
            causes = view.after(toward[-1][1], ANY, hi=a)[:1]
        else:
            worried = view.before(a, ORG)
            described = view.described_after(b, view.clause_of(b - 1)[1], CAUSES)
            causes = view.after(b, ANY)[:1] or _next_clause_causes(view, b) or ([described] if described else [])
        facts += [Fact("WORRIES", c.entity_id, worried.entity_id, "worries.experiencer", 0.8)
                  for c in causes if worried]
    return [f for f in facts if f.source != f.target]


def _next_clause_causes(view: SentenceView, cue_end: int) -> list:
    """"美國官員擔心，中國…": when the cue closes its clause, what worries them is in the next one."""
    clause_end = view.clause_of(cue_end - 1)[1]
    if view.norm.folded[cue_end:clause_end].strip(" 的了,，:：") or clause_end >= view.end:
        return []
    return view.after(clause_end, ANY, hi=view.clause_of(clause_end + 1)[1])[:1]


def _cause(view: SentenceView, pos: int):
    """What is doing the worrying in "X令Y担忧": X in the clause, else the subject of the clause before.

    A clause before that only frames speech ("黄仁勋称，这一政策令…") names the speaker, not the cause.
    """
    here = view.before(pos, CAUSES)
    if here is not None:
        return here
    previous = view.previous_clause(pos)
    if previous is None or _SPEECH_END.search(view.norm.folded, *previous):
        return None
    inside = [m for m in view.mentions if previous[0] <= m.start and m.end <= previous[1] and m.type in CAUSES]
    return inside[0] if inside else None
