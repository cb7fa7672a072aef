"""Ranked statements read in general: a ranked list of lines ("1. A — 88.1", "- A：68.25分"), the places of models
in one ranking ("A排名第三，B排名第六", "A ranked second and B fourth"), the top places held by a list ("A, B and C
took the top three spots", "排名前三的分别是A、B、C") and a model following the leader ("B紧随其后", "B is close
behind"); the rules using them are in :mod:`.rel_outperforms` (outperforms.ranked_lines, .ranked_places,
.top_places, .follows; leaderboard tables with a place column: .rank_table).

A ranking says each model beats the one ranked right below it (the gold's core edges are between adjacent named
ranks); nothing is chained across rankings: a line or a place qualified by another leaderboard, category or region
("ranks first in China, eighth globally") is a ranking of its own, a tie says nothing, a list whose scores do not
fall from top to bottom is no ranking, and a list of costs, sizes or counts is none either. The words are in
``loaders/lang/<code>/comparison.yaml`` (``list_marker``, ``ranking_heads``, ``not_a_ranking``, ``rank_places``,
``rank_verbs``, ``rank_place_end``, ``top_n``, ``top_n_listed``, ``follows_after``, ``follows_open``, ``leading``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import discourse as dc
from .mentions import Mention
from .view import MODEL, SentenceView

# a line of a list: a bullet or a number ("- ", "1. ", "2、", "(3)", "No. 4", "第5名："), the item after it
LIST_LINE = r"[ \t]*(?P<marker>{comparison.list_marker})[ \t]*"
_NUMBER = re.compile(r"[0-9]{1,2}")
# what may follow the item's model on a row: bracketed notes ("(Anthropic)", "（月之暗面，开源）"), a separator,
# the score and its unit (never a year: "- A: 2024" is a date), a bracketed note, a full stop — nothing else
_NOTES = r"(?:\s*[(（][^()（）\n]{0,40}[)）])*"
ROW_TAIL = (_NOTES + r"\s*(?:[:：\-–—|]\s*)?(?:{comparison.score_verbs}\s*)?"
            r"(?:(?!(?:19|20)[0-9]{2}(?![0-9.]))(?P<score>[0-9]{1,5}(?:\.[0-9]+)?)(?![0-9]|[.,][0-9]|\s*{comparison.counters})\s*(?P<unit>{comparison.score_units})?)?"
            + _NOTES + r"\s*[。.;；,，]?[ \t]*$")
RANKING_HEAD = "(?:{comparison.ranking_heads})"
NOT_A_RANKING = "(?:{comparison.costs}|{comparison.sizes}|{comparison.not_a_ranking})"
_BRACKETED = re.compile(r"[(（][^()（）\n]{0,40}[)）]")
HEAD_REACH = 2   # lines above a list where its header may be


@dataclass
class Row:
    model: Mention
    number: int | None      # the item's number (1 for "1."), None for a bullet
    score: float | None
    unit: str


def next_line_matches(text: str, pos: int, pattern, at_line_end: bool = False) -> bool:
    """Whether the line after the one holding ``pos`` is a line of ``pattern`` (matched from its start; fully with
    ``at_line_end``, which also says True when ``pos`` is no line's end): a run of such lines is then read at its last
    line only, so a list or table of n lines costs n, not n²."""
    if at_line_end and pos < len(text) and text[pos] != "\n":
        return True  # checked first: a long line is not searched for its end from each of its sentences
    end = text.find("\n", pos)
    if end < 0:
        return False
    after = text.find("\n", end + 1)
    after = len(text) if after < 0 else after
    return bool((pattern.fullmatch if at_line_end else pattern.match)(text, end + 1, after))


def list_block(text: str, pos: int, marker) -> list[tuple[int, int]]:
    """The lines (``(start, end)``) of the run of list lines around the line holding ``pos``; [] unless that line is one."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if not marker.match(text, start, end):
        return []
    return line_run(text, start, marker.match)


def run_first(text: str, start: int, pattern, memo: dict) -> int:
    """The start of the first line of the run of ``pattern`` lines (matched from their start) that the line starting
    at ``start`` ends, walking back; ``memo`` (the article's, per pattern) keeps each line's answer, so asking it of
    every line of a run of n lines costs n, not n²."""
    path, at = [], start
    while at > 0 and at not in memo:
        prev = text.rfind("\n", 0, at - 1) + 1
        if not pattern.match(text, prev, at - 1):
            break
        path.append(at)
        at = prev
    first = memo.get(at, at)
    for line in path:
        memo[line] = first
    memo[at] = first
    return first


def line_run(text: str, start: int, is_line) -> list[tuple[int, int]]:
    """The lines (``(start, end)``) of the run around the line starting at ``start`` for which ``is_line(text, start,
    end)`` holds: back to the run's first line, then forward to its last (a list's or a table's lines)."""
    lines, at = [], start
    while at > 0:  # back to the first line of the run
        prev = text.rfind("\n", 0, at - 1) + 1
        if not is_line(text, prev, at - 1):
            break
        at = prev
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if not is_line(text, at, end):
            break
        lines.append((at, end))
        at = end + 1
    return lines


def _row(view: SentenceView, line: tuple[int, int], models: list[Mention]):
    """The row of one list line: its one model right after the marker, and the score after it (or none); "skip" for
    a line naming no model, None for a line that is not a row (two models, words around the name, two numbers)."""
    text = view.norm.folded
    notes = [b.span() for b in _BRACKETED.finditer(text, *line)]  # "(通义千问，闭源)": a note, not a second name
    inside = [m for m in models if line[0] <= m.start and m.end <= line[1]
              and not any(a < m.start and m.end < b for a, b in notes)]
    if not inside:
        return "skip"
    if len({m.entity_id for m in inside}) != 1:
        return None
    first = inside[0]
    marker = view.re(LIST_LINE).match(text, *line)
    if marker is None or view._owner_start(first) != marker.end():
        return None
    last = [m for m in inside if m.entity_id == first.entity_id][-1]
    tail = view.re(ROW_TAIL).fullmatch(text, last.end, line[1])
    if tail is None:
        return None
    number = _NUMBER.search(marker.group("marker"))
    score = tail.group("score")
    return Row(first, int(number.group()) if number else None, float(score) if score else None,
               (tail.group("unit") or "").strip())


def ranked_list(view: SentenceView, lines: list[tuple[int, int]]) -> list[tuple[Mention, Mention]]:
    """The adjacent pairs (higher, lower) of a ranked list of lines: every row one model, and either each with a
    score in one unit, falling from top to bottom (a tie skips its pair), or numbered 1, 2, 3… under a header that
    names a ranking; at least two rows with a score (three without a header naming a ranking). Nothing when the
    header or a row names a cost, a size or a count."""
    text = view.norm.folded
    models = [m for m in [*view.earlier, *view.mentions] if m.type in MODEL]
    rows = []
    for line in lines:
        row = _row(view, line, models)
        if row is None:
            return []
        if row != "skip":
            rows.append(row)
    if len(rows) < 2 or len({r.model.entity_id for r in rows}) != len(rows):
        return []
    head = _header(text, lines[0][0])
    ranking = bool(view.re(RANKING_HEAD).search(head))
    if view.re(NOT_A_RANKING).search(head) or any(view.re(NOT_A_RANKING).search(text, *line) for line in lines):
        return []
    scores = [r.score for r in rows]
    if all(s is not None for s in scores):
        if len({r.unit for r in rows}) != 1 or (len(rows) < 3 and not ranking):
            return []
        if any(b > a for a, b in zip(scores, scores[1:])):
            return []  # not falling from top to bottom: a list, not a ranking
        return [(a.model, b.model) for a, b in zip(rows, rows[1:]) if a.score > b.score]
    numbers = [r.number for r in rows]
    if ranking and all(s is None for s in scores) and numbers == list(range(1, len(rows) + 1)):
        return [(a.model, b.model) for a, b in zip(rows, rows[1:])]
    return []


def _header(text: str, start: int) -> str:
    """The non-empty lines (up to ``HEAD_REACH``) right above a list starting at ``start``."""
    out, at = [], start
    while at > 0 and len(out) < HEAD_REACH:
        prev = text.rfind("\n", 0, at - 1) + 1
        line = text[prev:at - 1]
        at = prev
        if line.strip():
            out.append(line)
    return "\n".join(out)


RANK_VERB = r"\s*(?:{comparison.rank_verbs})\s*"
# the top of a ranking said right after the model ("A topped the list", "A位居榜首"): its first place
_TOPPED = r"\s*(?:{comparison.rank_first})"
RANK_VERB_OPTIONAL = r"\s*(?:{comparison.rank_verbs})?\s*"
# what may stand between a later model and its bare place: a comma, "in" ("with B in second place")
_BARE_LEAD = r"[ ,，]{0,2}(?:(?:{comparison.place_preps})\s+)?"
_PLACE_END = "{comparison.rank_place_end}"
_SCOPE_GAP = 24    # characters between a model and its rank verb ("在数学上排名第一", "overall ranked")
_SCOPE_BEFORE = 10  # characters between a rank verb and the place ("位列国产模型第一", "全球第八")
_SCOPE_WORDS = re.compile(r"\b(?:and|with|while|but|whereas|followed by|then)\b|[\s,，、;；:：.。()（）]+")


@dataclass
class Place:
    model: Mention
    place: int
    scope: str   # what the place is of ("全球", "in china", "on the coding board"), "" when unsaid
    score: float | None = None  # "以85分位居榜首", "first with 85"


def _place_at(view: SentenceView, pos: int, hi: int):
    """The place right at ``pos`` (maybe after a few words of scope, ``_SCOPE_BEFORE``): (number, start, end)."""
    text = view.norm.folded
    for k in range(0, _SCOPE_BEFORE + 1):
        at = pos + k
        if at >= hi or (k and text[at - 1] in ",，。;；"):
            break
        for key, pattern in view.lex.table("comparison.rank_places"):
            found = pattern.match(text, at, hi)
            if found and view.re(_PLACE_END).match(text, found.end(), hi):
                return int(key), at, found.end()
    return None


_RESPECTIVE = r"\s*(?:{comparison.respectively})?" + RANK_VERB_OPTIONAL
_PLACE_JOIN = r"\s*(?:[,，、]\s*)?(?:{discourse.coordinators})?\s*"


def _respective(view: SentenceView, run: list[Mention]) -> list[Place] | None:
    """"B and C came second and third (respectively)", "B和C分列第二、第三位": the listed models, a rank verb, then as
    many places, given in the order of the names; None unless the places are as many as the models."""
    text = view.norm.folded
    hi = view.clause_of(run[-1].start)[1]
    verb = view.re(_RESPECTIVE).match(text, run[-1].end, hi)
    hi = view.end  # the places may run over commas ("came second, third and fourth"): each joined to the one before
    if verb is None or not verb.group().strip():
        return None  # no rank verb and no "respectively": "B and C second and third" is read place by place
    at, numbers = verb.end(), []
    while len(numbers) < len(run):
        if numbers:
            join = view.re(_PLACE_JOIN).match(text, at, hi)
            at = join.end() if join else at
        found = _place_at(view, at, hi)
        if found is None or found[1] != at:
            return None
        numbers.append(found[0])
        at = found[2]
    join = view.re(_PLACE_JOIN).match(text, at, hi)
    more = _place_at(view, join.end(), hi) if join and join.end() > at else None
    if more is not None and more[1] == join.end():
        return None  # more places than models
    if len(set(numbers)) != len(numbers) or numbers != sorted(numbers):
        return None  # "second and second", places out of order: not read
    return [Place(m, n, "") for m, n in zip(run, numbers)]


def places(view: SentenceView) -> list[Place] | None:
    """Every model of the sentence given a place in a ranking: the model, then (a few words of scope, a rank verb,
    a few words of scope) its place — or for a later model, the place right after its name ("A排名第三，B第六",
    "A ranked second and B fourth", "with B in second place"); listed models given their places in order ("B and C
    came second and third respectively", "B和C分列第二、第三位"). None when a model is given two places (two
    rankings: "大陆第一、全球第八")."""
    text = view.norm.folded
    models = [m for m in view.mentions if m.type in MODEL]
    out: list[Place] = []
    taken: set[int] = set()
    in_run: set[int] = set()
    for i, m in enumerate(models):
        if id(m) in taken:
            continue
        run = view.after(m.start, MODEL) if id(m) not in in_run else []
        if len(run) > 1 and run[0] is m and all(r in models for r in run):
            in_run.update(id(r) for r in run)  # "A, B and C came second and third": no shorter run of it is read
            listed = _respective(view, run)
            if listed is not None:
                out.extend(listed)
                taken.update(id(r) for r in run)
                continue
        hi = min(models[i + 1].start if i + 1 < len(models) else view.end, view.clause_of(m.start)[1])
        found = None
        lead = view.re(_BARE_LEAD).match(text, m.end, hi)
        bare = _place_at(view, lead.end(), hi) if out and lead else None
        if bare is not None and bare[1] == lead.end():
            found, gap = bare, ""
        else:
            for verb in view.re(RANK_VERB).finditer(text, m.end, min(hi, m.end + _SCOPE_GAP + 8)):
                if verb.start() - m.end > _SCOPE_GAP:
                    break
                found = _place_at(view, verb.end(), hi)
                if found:
                    gap = text[m.end:verb.start()] + " " + text[verb.end():found[1]]
                    break
        if found is None and not out:
            top = view.re(_TOPPED).match(text, m.end, hi)  # "A topped the list, with B in second place"
            if top is not None:
                found, gap = (1, top.start(), top.end()), ""
        if found is None:
            if out and any(_place_at(view, k, hi) for k in range(m.end, hi)):
                return None  # "…, and C also second": a place this reading does not take — left alone
            continue
        n, _, end = found
        trailing = text[end:hi]
        if view.re(RANK_VERB).search(trailing) and any(
                _place_at(view, v.end(), hi) for v in view.re(RANK_VERB).finditer(text, end, hi)):
            return None  # a second place of the same model: another ranking
        if any(_place_at(view, end + k, hi) for k in range(1, min(12, hi - end))):
            return None  # "大陆第一、全球第八": two places, two rankings
        scope, score = _scope(gap + " " + trailing)
        out.append(Place(m, n, scope, score))
    return out


_SCORE_IN_SCOPE = re.compile(r"(?:以|with|at|scoring|得分)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(?:分|points?|pts|%|elo)?")


def _scope(raw: str) -> tuple[str, float | None]:
    """What a place is of, without its conjunctions, punctuation and score ("在国内", "on lmarena"), and the score."""
    score = _SCORE_IN_SCOPE.search(raw)
    value = float(score.group(1).replace(",", "")) if score else None
    return _SCOPE_WORDS.sub(" ", _SCORE_IN_SCOPE.sub(" ", raw)).strip(), value


def ranked_places(view: SentenceView) -> list[tuple[Mention, Mention]]:
    """The pairs (higher, lower) of adjacent places of one ranking in the sentence: at least two models placed, at
    least two places; a place whose scope is said differs from another said scope (a region, a category, a
    leaderboard of its own) makes two rankings — nothing; so does a place given twice."""
    placed = places(view)
    if not placed or len(placed) < 2 or len({p.place for p in placed}) < 2:
        return []
    said = {p.scope for p in placed if p.scope}
    if len(said) > 1:
        return []
    if len({p.model.entity_id for p in placed}) != len(placed) or len({p.place for p in placed}) != len(placed):
        return []  # a place given twice ("A first, B second and C also second"): left alone
    scored = sorted((p.place, p.score) for p in placed if p.score is not None)
    if any(b >= a for (_, a), (_, b) in zip(scored, scored[1:])):
        return []  # a lower place with a score as high: not one ranking
    ranks = sorted({p.place for p in placed})
    out = []
    for hi_place, lo_place in zip(ranks, ranks[1:]):
        for a in (p for p in placed if p.place == hi_place):
            for b in (p for p in placed if p.place == lo_place):
                if not _unread_place(view, a.model.end, b.model.start, hi_place, lo_place):
                    out.append((a.model, b.model))
    return out


def _unread_place(view: SentenceView, lo: int, hi: int, above: int, below: int) -> bool:
    """A place between ``above`` and ``below`` written between two placed models ("A second, Forge V2 third and B
    fourth" with Forge V2 read as no model): an entry of the ranking this reading missed — A is not right above B."""
    if below - above < 2 or hi <= lo:
        return False
    text = view.norm.folded
    for at in range(lo, hi):
        if at > lo and text[at - 1].isalnum() and text[at].isalnum() and text[at].isascii():
            continue  # inside a word
        for key, pattern in view.lex.table("comparison.rank_places"):
            found = pattern.match(text, at, hi)
            if found and above < int(key) < below and view.re(_PLACE_END).match(text, found.end(), view.end):
                return True
    return False


TOP_N = "{comparison.top_n}"
_COUNT = re.compile(r"two|three|four|five|[二两三四五]|[2-5]")
_COUNTS = {"two": 2, "2": 2, "3": 3, "4": 4, "5": 5, "三": 3, "three": 3, "four": 4, "five": 5, "二": 2, "两": 2, "四": 4, "五": 5}


def top_n(view: SentenceView) -> list[tuple[Mention, Mention]]:
    """"A, B and C took the top three spots", "A、B、C分列前三": a list of models opening the clause, then the top places
    as many as the models: each beats the one named next. Nothing when the number differs from the list's length."""
    text = view.norm.folded
    out = []
    for cue in view.matches(TOP_N):
        counted = _COUNT.findall(cue.group())
        n = _COUNTS.get(counted[-1], int(counted[-1]) if counted and counted[-1].isdigit() else None) if counted else None
        before = [m for m in view.mentions if m.end <= cue.start() and m.type in MODEL]
        listed = next((view.after(m.start, MODEL) for m in before if view.after(m.start, MODEL)[-1:] == before[-1:]
                       and view.after(m.start, MODEL)[0] is m), [])
        if not listed or len(listed) != n or text[listed[-1].end:cue.start()].strip(" ,，") \
                or len({m.entity_id for m in listed}) != n \
                or not view.re(dc.SUBJECT_SLOT).fullmatch(text, view.clause_of(listed[0].start)[0], view._owner_start(listed[0])):
            continue
        out.extend(zip(listed, listed[1:]))
    return out


FOLLOWS = "{comparison.follows_after}"
_FOLLOWS_OPEN = r"[\s,，]*(?:{comparison.follows_open})\s+"  # "…, with B close behind"
_RELEASED = "{release.verbs}"  # "A launched first, with B close behind": an order of release
_LEADING = "(?:{comparison.leading}|{comparison.rank_first}|{comparison.ranking_heads})"
_OWN_SCORE = r"[^,，。；;!?！？0-9]{0,12}?(?P<score>[0-9]{1,5}(?:\.[0-9]+)?)(?![0-9]|[.,][0-9]|\s*{comparison.counters})"


def follows(view: SentenceView) -> list[tuple[Mention, Mention]]:
    """"A以1402分领跑，B以1398分紧随其后", "A leads with 1402, and B is close behind", "A综合表现最佳，B与C紧随其后",
    "A performed best, with B and C close behind": the models opening the clause of the cue (no model after it) are
    placed right below the model opening the clause before (in the sentence, or the one model of the sentence before):
    that model beats them. Nothing when their scores say otherwise, or the leader leads a release or a sales chart."""
    text = view.norm.folded
    out = []
    for cue in view.matches(FOLLOWS):
        lo, hi = view.clause_of(cue.start())
        models = [m for m in view.mentions if m.type in MODEL]
        if any(cue.end() <= m.start < hi for m in models):
            continue  # "just behind Y": the loss cue's
        inside = [m for m in models if lo <= m.start and m.end <= cue.start()]
        if not inside or not (view.re(dc.SUBJECT_SLOT).fullmatch(text, lo, view._owner_start(inside[0]))
                              or view.re(_FOLLOWS_OPEN).fullmatch(text, lo, view._owner_start(inside[0]))):
            continue  # "B紧随其后", "…, with B close behind"
        followers = [m for m in view.after(inside[0].start, MODEL) if m.end <= cue.start()]
        before = [m for m in models if m.end <= lo]
        if before:
            leader = before[0]
            opening = view.clause_of(leader.start)[0]
        else:
            earlier = list({m.entity_id: m for m in view.previous_sentence_mentions(MODEL)}.values())
            if len(earlier) != 1:
                continue
            leader = [m for m in view.earlier if m.entity_id == earlier[0].entity_id and m.type in MODEL][0]
            opening = view._clause_start_before(leader.start)
        if not view.re(dc.SUBJECT_SLOT).fullmatch(text, opening, view._owner_start(leader)):
            continue
        mine = view.re(_OWN_SCORE).match(text, leader.end)
        leader_end = max(leader.end, view.clause_of(leader.start)[1])
        if not mine and not view.re(_LEADING).search(text, leader.end, leader_end):
            continue  # "A发布后，B紧随其后": a follower of a release, not of a ranking
        if view.re(_RELEASED).search(text, leader.end, leader_end) or view.re(NOT_A_RANKING).search(text, leader.end, hi):
            continue  # "A launched first, with B close behind", "A is the best-selling app, with B close behind"
        for f in followers:
            theirs = view.re(_OWN_SCORE).match(text, f.end, cue.start()) or view.re(_OWN_SCORE).match(text, cue.end(), hi)
            if mine and theirs and float(theirs.group("score")) >= float(mine.group("score")):
                continue
            out.append((leader, f))
    return out


TOP_LISTED = "{comparison.top_n_listed}"
_LIST_END = re.compile(r"\s*(?:(?:,\s*)?(?:respectively|in (?:that|this) order|in order))?\s*(?:$|[。.;；!！])")


def top_listed(view: SentenceView) -> list[tuple[Mention, Mention]]:
    """"The top three are A, B and C", "排名前三的分别是A、B和C": the top places named, then as many models, the list
    closing the clause: each beats the one named next."""
    text = view.norm.folded
    out = []
    for cue in view.matches(TOP_LISTED):
        counted = _COUNT.findall(cue.group())
        n = _COUNTS.get(counted[0], int(counted[0]) if counted and counted[0].isdigit() else None) if counted else None
        listed = view.after(cue.end(), MODEL)
        if not listed or text[cue.end():view._owner_start(listed[0])].strip(" :：") or len(listed) != n \
                or len({m.entity_id for m in listed}) != n:
            continue
        if not _LIST_END.match(text, listed[-1].end, view.clause_of(listed[-1].start)[1] + 1):
            continue
        out.extend(zip(listed, listed[1:]))
    return out
