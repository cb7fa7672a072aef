"""RELEASED when the news does not write the maker as the subject of the release verb.

Real articles often announce a model with the model itself as the subject or with no agent at all ("DeepSeek V3发布即
完全开源", "Foo-2 is now available", "Foo-2正式上线"), or name the model one sentence after the maker's release of "its
newest model". The rules of :mod:`.rel_released` read one sentence; this pass reads the article once they have run,
and gives such a model its maker, in order of confidence:

1. ``released.unstated``: the maker the gazetteer (or the model's own name, "DeepSeek V3" of DeepSeek) knows, when the
   article names that organisation — in its body or its headline;
2. ``released.unstated_sole``: for a model no maker is known of, the one organisation the article shows releasing a
   model (a release found by the sentence rules, or "X unveiled its newest model");
3. ``released.unstated_next``: "X on Monday unveiled its newest model. Foo-2 can …" — the model the next sentence
   opens with, released by the subject of that verb;
4. ``released.unstated_variant``: "Microsoft unveils Phi-3 … Phi-3-mini outperforms …" — a size or tier of a model the
   article states one maker releasing (by a verb of release, or as the model its headline is about), named after it.

Precision first: the cue must be right after the model (only times and adverbs between) or a subjectless release verb
right before it; the sentence names no other organisation (a host: "available on Azure", "Perplexity now offers R1"); a
planned, negated, unfinished or past release ("GPT-4, released last year", "自R1发布以来") finds nothing; a model some
rule has credited already is left alone; a model known to be another's is never credited to the sole releaser; and
when the article shows two organisations releasing, nothing is guessed. The cue words are in
``loaders/lang/<code>/release.yaml`` (``unstated_itself``, ``unstated_past``, ``model_described``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ...schema import NodeType
from .discovery import PLACE_KINDS
from .gazetteer import same_maker
from .rel_released import _dash_head, _developer, _kind, _planned, _subject, _team
from .view import ORG, SentenceView

ITSELF = "{release.unstated_itself}"
VERBS = "{release.verbs}"
_PAST = "{release.unstated_past}"
_IN_PROGRESS = "{release.in_progress}"
_PLAN = "{release.plan_verbs}"
_ABOUT = "{release.object_of}"
_DESCRIBED = r"\s*{release.model_described}"
_FRAME = r"[\s\"“”「」『』'‘’]*(?:(?:{release.when}|{release.carried_frames}|{release.adjectives}|{release.model_nouns})[\s,，]*)*"
# after the model, a word making its versions a series may come first: "文心4.5系列正式开源", "the Foo-3 series is now available"
_AFTER_MODEL = r"\s*(?:{release.series_nouns})?" + _FRAME
_OPENING = r"[\s\"“”「」『』'‘’*#>-]*(?:(?:the|{release.when}|{release.carried_frames})[\s,，]*)*"

KNOWN, SOLE, NEXT = "released.unstated", "released.unstated_sole", "released.unstated_next"
STATING = frozenset({"released.cue", "released.passive", "released.subject_only", KNOWN, NEXT})  # a verb of release
VARIANT = "released.unstated_variant"
CONFIDENCE = {KNOWN: 0.6, SOLE: 0.5, NEXT: 0.55, VARIANT: 0.5}


@dataclass(frozen=True)
class Unstated:
    """A release the pass found: the maker, the model, the sentence's view and the rule."""
    maker: str
    model: str
    view: SentenceView
    rule: str

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.rule]


def unstated_releases(views: list[tuple[int, SentenceView]], named: set[str], credits: dict[tuple[str, str], set[str]],
                      models: set[str], headlined: set[str]) -> list[Unstated]:
    """The releases of models whose maker is not the subject of the verb, in the article's sentences ``views``
    (each with its index among the article's sentences; the headline's with index -1).

    ``named``: the organisations the article names (body and headline); ``credits``: the releases the sentence rules
    found, (maker, released) with the ids of the rules that found each; ``models``: the article's models;
    ``headlined``: the model its headline is about (the first it names)."""
    credited: dict[str, set[str]] = {}
    for maker, released in credits:
        credited.setdefault(released, set()).add(maker)
    releasers = {maker for maker, released in credits if released in models}
    stated = _stated(credits, credited, headlined)
    sole: list = []  # the sole releaser, found when a model of no known maker first needs it
    found: list[Unstated] = []
    by_index = dict(views)
    for i, view in views:
        for model in _unstated_models(view):
            if model.entity_id in credited:
                continue
            maker = _developer(model, view.gazetteer)
            if maker is not None:
                if maker in named and _others_absent(view, maker):
                    found.append(Unstated(maker, model.entity_id, view, KNOWN))
                continue
            if not sole:
                sole.append(_sole(releasers | {s.entity_id for _, v in views for s in _described_releasers(v)}, views))
            if sole[0] is not None and _others_absent(view, sole[0]):
                found.append(Unstated(sole[0], model.entity_id, view, SOLE))
        previous = by_index.get(i - 1) if i > 0 else None
        if previous is not None:
            found += _named_next(previous, view, credited)
        found += _variants(view, stated, credited)
    awaited = _awaited({f.model for f in found}, views)
    out, seen = [], set()
    for fact in found:
        if fact.model not in seen and fact.model not in awaited:  # one maker per model: the first, most confident reading
            seen.add(fact.model)
            out.append(fact)
    return out


def _awaited(models: set[str], views) -> set[str]:
    """Of ``models``, those the article calls upcoming or planned anywhere ("the upcoming Gemini Ultra model"): not out."""
    return {m.entity_id for _, v in views for m in v.mentions if m.entity_id in models and _planned(v, m.start)}


def _stated(credits: dict, credited: dict[str, set[str]], headlined: set[str]) -> dict[str, set[str]]:
    """The released models a verb of release states as released (and by whom): not one only owned ("Google's PaLM 2")
    — unless the headline names it (the article's own release, "Meta says Llama 3 beats …")."""
    stated: dict[str, set[str]] = {}
    for released, makers in credited.items():
        by_verb = {m for m in makers if credits[(m, released)] & STATING}
        if by_verb or released in headlined:
            stated[released] = by_verb or makers
    return stated


def _unstated_models(view: SentenceView) -> list:
    """The models of the sentence a release cue governs with no organisation as its subject: "Foo-2 is now available",
    "Foo-2正式上线", "今日正式发布Foo-2" (the verb opening its clause)."""
    if not any(m.type == NodeType.MODEL for m in view.mentions) \
            or not (next(view.matches(ITSELF), None) or next(view.matches(VERBS), None)):
        return []  # no model, or no cue at all: what follows finds nothing (its cues are among these matches)
    text = view.norm.folded
    models = [m for m in view.mentions if m.type == NodeType.MODEL and _own_model(view, m)]
    if not models or view.re(_IN_PROGRESS).search(text, view.start, view.end):
        return []
    out = []
    itself, verbs = view.cues(ITSELF), None  # the sentence's cues, read once for all its models
    for m in models:
        lo, hi = view.clause_of(m.start)
        cue = next((a for a, b in itself if m.end <= a < hi and view.re(_AFTER_MODEL).fullmatch(text, m.end, a)), None)
        if cue is None:
            if verbs is None:
                verbs = view.cues(VERBS)
            cue = next((a for a, b in verbs if lo <= a and b <= m.start and _subjectless(view, a, b, m)), None)
        if cue is None or _planned(view, cue) or view.re(_PAST).search(text, lo, hi):
            continue
        out.append(m)
    return out


def _own_model(view: SentenceView, m) -> bool:
    """A model named for itself: not a family ("the Llama line"), a team, or a line described before its model."""
    entry = view.gazetteer.entries.get(m.entity_id) if view.gazetteer is not None else None
    return (entry is None or entry.kind != "family") and not _team(view, m) and _dash_head(view, m) is m


def _subjectless(view: SentenceView, a: int, b: int, model) -> bool:
    """"今日正式发布Foo-2", "Introducing Foo-2": a release verb opening its clause (only times and adverbs before
    it), the model the first name after it, with nothing it is about between ("launched a tool based on Foo-2")."""
    text = view.norm.folded
    lo = view.clause_of(a)[0]
    after = [m for m in view.mentions if m.start >= b]
    return bool(view.re(_FRAME).fullmatch(text, lo, a)) and bool(after) and after[0] is model \
        and not view.re(_ABOUT).search(text, b, model.start)


_RANKERS = frozenset({"report"})  # the Source kind of leaderboards and their producers (a test set, "benchmark", may be named in a release)


def _others_absent(view: SentenceView, maker: str) -> bool:
    """Whether the sentence names no organisation but ``maker`` (or one of its units): another would be a host
    ("available on Azure"), a subject the sentence rules read, or a second maker; nor a leaderboard or its producer
    (a ranking's announcement, "LMArena公布排行榜", is no release)."""
    return all(same_maker(m.entity_id, maker) for m in view.mentions if m.type in ORG) \
        and not any(m.type == NodeType.SOURCE and _kind(m, view.gazetteer) in _RANKERS for m in view.mentions)


def _described_releasers(view: SentenceView) -> list:
    """The subjects of "X unveiled its newest model", "X发布了新模型": a release of a model described, not named."""
    text = view.norm.folded
    out = []
    for a, b in view.cues(VERBS):
        if _planned(view, a) or not view.re(_DESCRIBED).match(text, b):
            continue
        subject = _subject(view, a)
        if subject is not None and _kind(subject, view.gazetteer) not in PLACE_KINDS:
            out.append(subject)
    return out


def _sole(releasers: set[str], views) -> str | None:
    """The one organisation (with its units) the article shows releasing a model, when the article names none more
    often (what it is about: not Acme in a host's "Acme released Zeta-1 … Volt-9 is now available to our users"), or
    None (none, or two)."""
    heads = sorted(releasers, key=len)
    distinct = [r for i, r in enumerate(heads) if not any(same_maker(r, h) for h in heads[:i])]
    if len(distinct) != 1:
        return None
    counts = Counter(m.entity_id for i, v in views if i >= 0 for m in v.mentions if m.type in ORG)
    own = sum(n for org, n in counts.items() if same_maker(org, distinct[0]))
    if any(n > own for org, n in counts.items() if not same_maker(org, distinct[0])):
        return None
    gazetteer = next((v.gazetteer for _, v in views), None)
    entry = gazetteer.entries.get(distinct[0]) if gazetteer is not None else None
    return None if entry is not None and entry.kind in PLACE_KINDS else distinct[0]


def _named_next(previous: SentenceView, view: SentenceView, credited: set[str]) -> list[Unstated]:
    """"Acme on Monday unveiled its newest model. Foo-2 can write code": a sentence releasing a described model and
    naming none, then a sentence opening with a model — that model, the subject's (unless known to be another's)."""
    first = view.mentions[0] if view.mentions else None
    if first is None or first.type != NodeType.MODEL or first.entity_id in credited \
            or any(m.type == NodeType.MODEL for m in previous.mentions) \
            or not view.re(_OPENING).fullmatch(view.norm.folded, view.start, first.start) or not _own_model(view, first):
        return []
    subjects = _described_releasers(previous)
    if len(subjects) != 1:
        return []
    maker = _developer(first, view.gazetteer)
    subject = subjects[0]
    if maker is not None and not same_maker(maker, subject.entity_id):
        return []
    return [Unstated(subject.entity_id, first.entity_id, view, NEXT)]


def _variants(view: SentenceView, stated: dict[str, set[str]], credited) -> list[Unstated]:
    """"Microsoft unveils Phi-3 … Phi-3-mini outperforms …", "Llama 3 … Llama 3 70B": a size or tier of a model the
    article states one maker releasing (by a verb of release, not a possessive only: "Google's PaLM 2" is no release of
    "PaLM-2 Large") — a variant found after its name, or a model whose name is that name and a tier ("Phi-3" +
    "-mini") — is that maker's."""
    if not stated:
        return []  # no stated release: no maker to give
    text = view.norm.folded
    out = []
    names_stated = None  # the stated models' names, read once for the sentence
    for m in view.mentions:
        if m.type != NodeType.MODEL or not _own_model(view, m) or _planned(view, m.start):
            continue
        family = getattr(m, "family", None)
        if family not in stated:
            surface = text[m.start:m.end]
            if names_stated is None:
                names_stated = _stated_names(view, stated)
            family = next((f for f, names in names_stated.items()
                           if any(surface.startswith(n) and surface[len(n):len(n) + 1] in "- " for n in names)), None)
        makers = stated.get(family, set())
        if len(makers) != 1:
            continue
        maker = next(iter(makers))
        if any(_parent(view, c) != maker for c in credited.get(m.entity_id, ())):
            continue  # credited already — unless only by the maker's own unit ("火山引擎上线豆包2.0": ByteDance's too)
        known = _developer(m, view.gazetteer)
        if known is None or same_maker(known, maker):
            out.append(Unstated(maker, m.entity_id, view, VARIANT))
    if out and (view.re(_IN_PROGRESS).search(text, view.start, view.end) or view.re(_PLAN).search(text, view.start, view.end)):
        return []  # "Meta is still training Llama 4 Behemoth", "Behemoth will have 2T parameters": not out
    return out


def _parent(view: SentenceView, org: str) -> str | None:
    """The owner the gazetteer gives ``org`` ("volcano-engine": "bytedance"), or None."""
    entry = view.gazetteer.entries.get(org) if view.gazetteer is not None else None
    return entry.parent if entry is not None else None


def _stated_names(view: SentenceView, stated: dict[str, set[str]]) -> dict[str, set[str]]:
    """The names (folded, as the article writes them) of the models released by a stated release."""
    text = view.norm.folded
    names: dict[str, set[str]] = {}
    for m in [*view.earlier, *view.mentions]:
        if m.entity_id in stated:
            names.setdefault(m.entity_id, set()).add(text[m.start:m.end])
    return names
