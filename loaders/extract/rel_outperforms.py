"""OUTPERFORMS (Model → Model): wins, reversed wins, passives, comparatives; parity is no win.

The cue words are in ``loaders/lang/<code>/comparison.yaml`` and ``polarity.yaml``.
"""
from __future__ import annotations

from .view import MODEL, Rule, SentenceView

WIN = "{comparison.win}"
LOSS = "{comparison.loss}"
PASSIVE_PHRASE = "{comparison.passive_phrase}"   # "X was beaten by Y"
PASSIVE_MARKER = "{comparison.passive_marker}"   # "X被Y击败"
_PASSIVE_VERBS = "{comparison.passive_verbs}"
THAN = "{comparison.than_marker}"                # "X比Y更强"
_BETTER_AFTER = "{comparison.better_after}"
BETTER_THAN = "{comparison.better_than}"         # "X is faster than Y"
# A claim the text does not make: "could beat", "有望超越", "did not claim that X beats Y"
_HEDGE = r"{polarity.hedges}\s*$"
_DENIED_CLAIM = "{polarity.denied_claims}"
_PARITY = "{comparison.parity}"


def win(view: SentenceView):
    """"X beats Y", "X超越Y": the subject wins over every listed object."""
    for a, b in view.cues(WIN):
        if not _passive_zh(view, a):
            yield from _pairs(view, view.before(a, MODEL), view.after(b, MODEL), cue=a)


def reversed_win(view: SentenceView):
    """"X trails Y", "X落后于Y": every listed object wins over the subject."""
    for a, b in view.cues(LOSS):
        loser = view.before(a, MODEL)
        if loser and _unasserted(view, loser.end, a):
            continue
        yield from ((w.entity_id, loser.entity_id) for w in view.after(b, MODEL) if loser)


def passive(view: SentenceView):
    """"X was beaten by Y", "X被Y超越": the winner comes after the cue."""
    for a, b in view.cues(PASSIVE_PHRASE):
        loser = view.before(a, MODEL)
        yield from ((w.entity_id, loser.entity_id) for w in view.after(b, MODEL)[:1] if loser)
    for a, b in view.cues(PASSIVE_MARKER):
        winner = view.after(b, MODEL)[:1]
        loser = view.before(a, MODEL)
        if winner and loser and view.re(_PASSIVE_VERBS).search(view.norm.folded, winner[0].end, view.clause_of(a)[1]):
            yield winner[0].entity_id, loser.entity_id


def comparative(view: SentenceView):
    """"X比Y更强", "X is faster than Y"."""
    for a, b in view.cues(THAN):
        winner, losers = view.before(a, MODEL), view.after(b, MODEL)[:1]
        if losers and view.re(_BETTER_AFTER).search(view.norm.folded, losers[0].end, view.clause_of(a)[1]):
            yield from _pairs(view, winner, losers)
    for a, b in view.cues(BETTER_THAN):
        yield from _pairs(view, view.before(a, MODEL), view.after(b, MODEL)[:1])


def aspect(view: SentenceView) -> str | None:
    """What the sentence compares on ("coding", "cost"…), from the lexicons' aspect tables."""
    found = [name for name, pattern in view.lex.table("comparison.aspects") if pattern.search(view.folded)]
    return ", ".join(dict.fromkeys(found)) or None


RULES = (
    Rule("outperforms.cue", "OUTPERFORMS", 0.85, win, triggers=(WIN,), aspect=aspect),
    Rule("outperforms.reversed", "OUTPERFORMS", 0.8, reversed_win, triggers=(LOSS,), aspect=aspect),
    Rule("outperforms.passive", "OUTPERFORMS", 0.8, passive, triggers=(PASSIVE_PHRASE, PASSIVE_MARKER), aspect=aspect),
    Rule("outperforms.comparative", "OUTPERFORMS", 0.7, comparative, triggers=(THAN, BETTER_THAN), aspect=aspect),
)


def _pairs(view, winner, losers, cue: int | None = None):
    parity = view.re(_PARITY)
    if winner is None or any(parity.search(view.norm.folded, winner.end, l.start) for l in losers):
        return []
    if cue is not None and _unasserted(view, winner.end, cue):
        return []
    return [(winner.entity_id, l.entity_id) for l in losers]


def _unasserted(view: SentenceView, subject_end: int, cue: int) -> bool:
    """Hedged ("could beat"), denied ("did not claim that … beats") or only on par before the cue."""
    text = view.norm.folded
    parity = view.re(_PARITY)
    clause_start = view.clause_of(cue)[0]
    winner_start = max((m.start for m in view.mentions if m.end == subject_end), default=subject_end)
    on_par_with_winner = parity.search(text, max(clause_start, winner_start - 30), winner_start)
    return bool(view.re(_HEDGE).search(text, max(view.start, cue - 14), cue) or parity.search(text, subject_end, cue)
                or on_par_with_winner
                or view.re(_DENIED_CLAIM).search(text, view.clause_of(cue)[0], cue))


def _passive_zh(view: SentenceView, cue_start: int) -> bool:
    """A passive marker earlier in the clause ("X被Y超越"): the passive rule's."""
    return view.re(PASSIVE_MARKER).search(view.norm.folded, view.clause_of(cue_start)[0], cue_start) is not None
