"""The agent of an act named as a noun ("X对Y的打压", "X's crackdown on Y"): Y, its object, is no cause of worry."""
from __future__ import annotations

from .view import ORG, SentenceView

_OBJECT_LEAD = r"{worry.act_object_leads}\s*$"   # "对", "crackdown on": what opens the act's object
_OBJECT_TAIL = r"{worry.act_object_tails}"        # "的打压", "" : what closes it before the worry cue
_AGENT_GAP = r"\s*(?:{discourse.possessive})?\s*"  # "特朗普政府对", "the White House's crackdown on"


def act_agent(view: SentenceView, cause, cue: int):
    """The cause of a worry cue at ``cue`` when the name before it (``cause``) is only the object of an act
    written as a noun ("特朗普政府对A的打压震惊了B", "The White House's crackdown on A shocked B"): the agent named
    right before the act (an organisation), or None when the act has no named agent (precision first). Any other
    ``cause`` is returned unchanged."""
    if cause is None:
        return None
    text = view.norm.folded
    if not view.re(_OBJECT_TAIL).fullmatch(text, cause.end, cue):
        return cause
    lo = view.clause_of(cause.start)[0]
    lead = view.re(_OBJECT_LEAD).search(text, lo, cause.start)
    if lead is None:
        return cause
    agent = view.before(lead.start(), ORG, lo=lo, reach=False)
    if agent is None or not view.re(_AGENT_GAP).fullmatch(text, agent.end, lead.start()):
        return None
    return agent
