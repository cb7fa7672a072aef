"""WORRIES (cause → the worried Organization), in either voice.

The cue words are in ``loaders/lang/<code>/worry.yaml``.
"""
from __future__ import annotations

from ...schema import NodeType
from .lexicon import group_span
from .view import ANY, ORG, Rule, SentenceView

CAUSES = (NodeType.ORGANIZATION, NodeType.MODEL, NodeType.POLICY)

CAUSATIVE = "{worry.causatives}"
_FEELING = "{worry.feelings}"
TRANSITIVE = "{worry.transitive}"
RAISES = "{worry.raises}"
_BE = r"{worry.copulas}\s+$"
EXPERIENCER = "{worry.experiencer}"
_TOWARDS = "{worry.towards}"
_SPEECH_END = r"{speech.frame}\W*$"
POSES = "{worry.poses}"                    # "X对Y构成威胁": the worried party in slot `party`
SEES_AS_THREAT = "{worry.sees_as_threat}"  # "Y视X为威胁": the cause in slot `party`


def causative(view: SentenceView):
    """"X令Y担忧": X worries Y when a feeling follows."""
    for a, b in view.cues(CAUSATIVE):
        feeling = view.re(_FEELING).search(view.norm.folded, b, view.end)
        cause = _cause(view, a)
        if feeling and cause:
            for worried in view.after(b, ORG, hi=feeling.start()):
                yield cause.entity_id, worried.entity_id


def transitive(view: SentenceView):
    """"X rattled Y", "X震惊了Y", "X raised concerns among Y"."""
    for a, b in view.cues(TRANSITIVE) + view.cues(RAISES):
        if view.re(_BE).search(view.norm.folded, max(view.start, a - 20), a):
            continue  # "were alarmed": the experiencer rule's
        cause = view.before(a, ANY)
        yield from ((cause.entity_id, w.entity_id) for w in view.after(b, ORG) if cause)


def poses(view: SentenceView):
    """"X对Y构成威胁", "X给Y带来压力"."""
    for match in view.matches(POSES):
        cause = view.before(match.start(), CAUSES)
        lo, hi = group_span(match, "party")
        for worried in view.after(lo, ORG, hi=hi):
            if cause:
                yield cause.entity_id, worried.entity_id


def sees_as_threat(view: SentenceView):
    """"Y视X为威胁", "Y将X视为劲敌"."""
    for match in view.matches(SEES_AS_THREAT):
        worried = view.before(match.start(), ORG)
        lo, hi = group_span(match, "party")
        for cause in view.after(lo, CAUSES, hi=hi)[:1]:
            if worried:
                yield cause.entity_id, worried.entity_id


def experiencer(view: SentenceView):
    """"Y担忧X", "Y对X感到担忧", "Y is worried about X"."""
    text = view.norm.folded
    for a, b in view.cues(EXPERIENCER):
        if view.re(CAUSATIVE).search(text, view.clause_of(a)[0], a):
            continue  # "X令Y担忧" is the causative rule's
        toward = [t for t in view.cues(_TOWARDS) if view.clause_of(a)[0] <= t[0] < a]
        if toward:  # "Y对X感到担忧": Y before 对, X between 对 and the cue
            worried = view.before(toward[-1][0], ORG)
            causes = view.after(toward[-1][1], ANY, hi=a)[:1]
        else:
            worried = view.before(a, ORG)
            described = view.described_after(b, view.clause_of(b - 1)[1], CAUSES)
            causes = view.after(b, ANY)[:1] or _next_clause_causes(view, b) or ([described] if described else [])
        yield from ((c.entity_id, worried.entity_id) for c in causes if worried)


RULES = (
    Rule("worries.causative", "WORRIES", 0.85, causative, triggers=(CAUSATIVE,)),
    Rule("worries.cue", "WORRIES", 0.8, transitive, triggers=(TRANSITIVE, RAISES)),
    Rule("worries.poses", "WORRIES", 0.8, poses, triggers=(POSES,)),
    Rule("worries.sees_as_threat", "WORRIES", 0.75, sees_as_threat, triggers=(SEES_AS_THREAT,)),
    Rule("worries.experiencer", "WORRIES", 0.8, experiencer, triggers=(EXPERIENCER,)),
)


def _next_clause_causes(view: SentenceView, cue_end: int) -> list:
    """"美國官員擔心，中國…": when the cue closes its clause, what worries them is in the next one."""
    clause_end = view.clause_of(cue_end - 1)[1]
    particles = " ,，:：" + "".join(view.lex.words("discourse.particles"))
    if view.norm.folded[cue_end:clause_end].strip(particles) or clause_end >= view.end:
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
    if previous is None or view.re(_SPEECH_END).search(view.norm.folded, *previous):
        return None
    inside = [m for m in view.mentions if previous[0] <= m.start and m.end <= previous[1] and m.type in CAUSES]
    return inside[0] if inside else None
