"""CITES (the article → Source|Organization it reports from): speech verbs, 據/according to.

The cue words are in ``loaders/lang/<code>/speech.yaml`` and ``citation.yaml``.
"""
from __future__ import annotations

from .view import ARTICLE, CITABLE, Rule, SentenceView

SAYS = "{speech.cites}"
SAID_BY = "{speech.said_by}"
ACCORDING = "{citation.according_to}"
_ROLE_AFTER = r"\s*{citation.role_after}"
_QUANTIFIER_BEFORE = r"{citation.quantifiers}\s*$"
_PLACE_KINDS = {"country", "industry", "government", "region", "city"}
# "Jane Roe, chief analyst at X, said" / "Meta, which ships Llama, has argued"
_APPOSITIVE = r"(?:,[^,;]{3,90}){1,2},\s*(?:{speech.before_verb} )*"
_FRAME = r"[^，,。；;]{0,12}?{discourse.frame}"
_SUBJECTLESS = r"\s*{discourse.subjectless}?\s*"
_CLAUSE_OPENING = r"[\s《「“\"『]*"
_SAYS_GAP = 20      # characters allowed between the cited name and its speech verb
_ACCORDING_GAP = 25  # characters allowed between 據/according to and the cited name


def says(view: SentenceView):
    """"OpenAI表示", "Jane Roe, an analyst, said": the speaker before a speech verb."""
    for a, _ in view.cues(SAYS):
        speaker = _speaker(view, a)
        if speaker and not _modifier(view, speaker):
            yield ARTICLE, speaker.entity_id


def said_by(view: SentenceView):
    """"…, said Jane Roe": the speaker right after the verb."""
    for a, b in view.cues(SAID_BY):
        speaker = view.after(b, CITABLE)[:1]
        if speaker and speaker[0].start - b <= 2:
            yield ARTICLE, speaker[0].entity_id


def according_to(view: SentenceView):
    """"據路透社報道", "according to Reuters": the name right after the cue."""
    for a, b in view.cues(ACCORDING):
        cited = view.after(b, CITABLE)[:1]
        if cited and cited[0].start - b <= _ACCORDING_GAP and not _modifier(view, cited[0]):
            yield ARTICLE, cited[0].entity_id


RULES = (
    Rule("cites.says", "CITES", 0.8, says, triggers=(SAYS,)),
    Rule("cites.said_by", "CITES", 0.8, said_by, triggers=(SAID_BY,)),
    Rule("cites.according_to", "CITES", 0.85, according_to, triggers=(ACCORDING,)),
)


def _speaker(view: SentenceView, cue: int):
    """Who speaks before a speech verb: the clause's opening name, or a name just before the verb."""
    clause_start = view.clause_of(cue)[0]
    inside = [m for m in view.mentions if m.start >= clause_start and m.end <= cue and m.type in CITABLE]
    text = view.norm.folded
    if not inside:
        earlier = [m for m in view.mentions if m.end <= clause_start and m.type in CITABLE]
        appositive = view.re(_APPOSITIVE)
        apposed = next((m for m in reversed(earlier) if appositive.fullmatch(text, m.end, cue)), None)
        described = view.described_after(clause_start, cue, CITABLE)  # "该公司强调", "the company said"
        return apposed or described or _carried_subject(view, clause_start, cue)
    first = inside[0]
    frame = view.re(_FRAME).match(text, first.end)
    if view.re(_CLAUSE_OPENING).fullmatch(text, clause_start, first.start) and frame and \
            all(m.start >= frame.end() or m.entity_id == first.entity_id
                for m in view.mentions if first.end <= m.start < cue):
        return first  # "輝達15日在提交給SEC的文件中表示": the subject opens the clause
    last = [m for m in view.mentions if m.start >= clause_start and m.end <= cue][-1]
    gap = text[last.end:cue]
    if last is inside[-1] and (len(gap) <= _SAYS_GAP or view.re(_APPOSITIVE).fullmatch(gap)):
        return last  # "OpenAI表示", "Jane Roe, an analyst, said"
    return None


def _carried_subject(view: SentenceView, clause_start: int, cue: int):
    """", saying …" / "…，并表示": a speech clause with no subject of its own speaks for the sentence's subject."""
    if not view.re(_SUBJECTLESS).fullmatch(view.norm.folded, clause_start, cue):
        return None
    speaker = view.before(cue, CITABLE)
    people = [m for m in view.mentions if m.end <= clause_start and m.type in CITABLE and m.kind == "person"]
    return people[0] if people and speaker is not None and speaker.kind != "person" else speaker


def _modifier(view: SentenceView, mention) -> bool:
    """"一位香港分析師", "a Silicon Valley investor": the name only qualifies who speaks.

    A firm's own analysts ("Omdia analysts said") still cite the firm: only places and
    industries, or a name after a quantifier ("a … investor"), are mere qualifiers.
    """
    if not view.re(_ROLE_AFTER).match(view.norm.folded, mention.end):
        return False
    quantified = view.re(_QUANTIFIER_BEFORE).search(view.norm.folded, max(view.start, mention.start - 8), mention.start)
    return bool(quantified) or mention.kind in _PLACE_KINDS or mention.kind is None
