"""Finding gazetteer names in an article: Aho-Corasick over the folded, squeezed text."""
from __future__ import annotations

import re
from array import array
from itertools import compress
from dataclasses import MISSING, dataclass, fields, replace

import ahocorasick

from ...schema import NodeType
from ...schema.text import _CharTable, is_key_char, name_key
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .normalize import Normalised
from .prefilter import finditer, may_match
from .spans import Spans

_LATIN = re.compile(r"[a-z0-9]")
# "美國時間25日" is a clock and "MIT许可证" a licence, not the country or the university
NOT_A_PARTY = r"\s*{names.not_a_party}"
SHORT_LATIN = 4  # Latin aliases this short must match case-sensitively ("US", not "us")


@dataclass(frozen=True)
class Mention:
    """A span of the article text naming an entity (known or discovered); a value: change it with ``dataclasses.replace``."""

    start: int
    end: int
    surface: str
    entity_id: str
    type: NodeType
    confidence: float = 1.0
    rule: str = "gazetteer"
    extra_aliases: tuple[str, ...] = ()  # other spellings the text gives it: 蘇廉節(Su Lian Jye)
    kind: str | None = None        # discovered names only: company, person…
    family: str | None = None      # discovered model variants: the family's id
    developer: str | None = None   # discovered model variants: the maker's id


def _quick_init(cls):
    """Give a frozen dataclass an ``__init__`` that sets its fields in one step (the generated one sets them one
    by one through ``object.__setattr__``): the same signature, defaults and attributes, ~3× faster; hundreds
    of mentions are made (and ``replace``d) per article. Only for a class with no ``__post_init__``."""
    assert not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")
    names = {"_set": object.__setattr__}
    params = []
    for f in fields(cls):
        if f.default is MISSING:
            params.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields(cls))
    exec(f"def __init__(self, {', '.join(params)}):\n    _set(self, '__dict__', {{{values}}})\n", names)
    names["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = names["__init__"]
    return cls


_quick_init(Mention)


_BODY_KINDS = frozenset({"agency", "legislature"})
_LISTED_BEFORE = "(?:{names.list_separators})$"
_OWNER_KINDS = frozenset({"country", "region", "city"})


def _owned_body_keys(gazetteer: Gazetteer):
    """A Chinese name of a public body that opens with its place ("意大利反垄断机构") written with 的 after the place
    ("義大利的反壟斷機構"): the same body. (key, entry id) pairs for the automaton."""
    places = {name_key(a) for e in gazetteer.entries.values() if e.kind in _OWNER_KINDS for a in e.aliases}
    places = sorted((p for p in places if p and not p.isascii()), key=len, reverse=True)
    for entry in gazetteer.entries.values():
        if entry.kind not in _BODY_KINDS:
            continue
        for alias in entry.aliases:
            key = name_key(alias)
            if key.isascii():
                continue
            place = next((p for p in places if key.startswith(p) and len(key) - len(p) >= 3), None)
            if place is not None and not key[len(place):].startswith("的"):
                yield place + "的" + key[len(place):], entry.id


def _described_body_keys(gazetteer: Gazetteer, lexicon: Lexicon):
    """A public body named by its place and a descriptor of its office (names.data_protection_descriptors: "Italy's
    data protection authority", "意大利数据保护机构") is named by that place and any other such descriptor too ("Italy's
    data watchdog", "意大利数据监管机构"): (key, entry id) pairs for the automaton, for keys no entry holds and only
    one body is so named by."""
    descriptors = sorted({name_key(d) for d in lexicon.words("names.data_protection_descriptors")} - {""}, key=len,
                         reverse=True)
    found: dict[str, set[str]] = {}
    for entry in gazetteer.entries.values():
        if entry.kind not in _BODY_KINDS:
            continue
        for alias in entry.aliases:
            key = name_key(alias)
            head = next((key[:-len(d)] for d in descriptors if key.endswith(d) and len(key) > len(d)), None)
            if head:
                for d in descriptors:
                    found.setdefault(head + d, set()).add(entry.id)
    for key, ids in found.items():
        if len(ids) == 1 and key not in gazetteer.by_alias:
            yield key, next(iter(ids))


class Matcher:
    """Dictionary matcher built once per gazetteer."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon | None = None):
        self.gazetteer = gazetteer
        self.not_a_party = (lexicon or Lexicon.default()).pattern(NOT_A_PARTY)
        self.automaton = ahocorasick.Automaton()
        self.cased: dict[str, set[str]] = {}
        for key, entry_id in gazetteer.by_alias.items():
            if key:
                self.automaton.add_word(key, (key, entry_id, _Shape.of(key, gazetteer.entries[entry_id])))
        self.owned_keys: set[str] = set()  # "義大利的反壟斷機構": a body written with 的 after its place
        self.listed = (lexicon or Lexicon.default()).pattern(_LISTED_BEFORE)
        for key, entry_id in [*_owned_body_keys(gazetteer), *_described_body_keys(gazetteer, lexicon or Lexicon.default())]:
            if key not in gazetteer.by_alias and key not in self.owned_keys:
                self.owned_keys.add(key)
                self.automaton.add_word(key, (key, entry_id, _Shape.of(key, gazetteer.entries[entry_id])))
        for entry in gazetteer.entries.values():
            for alias in entry.aliases:
                key = name_key(alias)
                if _is_short_latin(key):
                    self.cased.setdefault(key, set()).add(_alnum(alias))
        # a name that is also a common word ("Variety", "a variety of") counts only written as the entry writes it
        self.exact: dict[str, set[str]] = {}
        for entry in gazetteer.entries.values():
            for name in entry.cased:
                self.exact.setdefault(name_key(name), set()).add(_alnum(name))
        if len(self.automaton):
            self.automaton.make_automaton()

    def find(self, norm: Normalised) -> list[Mention]:
        """Longest non-overlapping gazetteer mentions, in text order."""
        if not len(self.automaton):
            return []
        squeezed, where = _squeeze(norm.folded)
        hits = []
        for last, (key, entry_id, shape) in self.automaton.iter(squeezed):
            start, end = where[last - len(key) + 1], where[last] + 1
            if self._acceptable(norm, start, end, key, shape):
                hits.append((start, end, entry_id))
        mentions = [self._mention(norm, *hit) for hit in _longest_first(hits)]
        mentions = [m for m in mentions if not self.not_a_party.match(norm.folded, m.end) and not self._split_words(m)]
        return _with_context(mentions, self.gazetteer)

    def _split_words(self, m: Mention) -> bool:
        """"told the paper", "The paper said" are no "ThePaper": a name written as one word with a capital
        inside, found as separate words with a lower-case letter at that capital, is a phrase ("Deep Seek" still counts)."""
        if " " not in m.surface or not m.surface.isascii():
            return False
        entry = self.gazetteer.entries[m.entity_id]
        key, letters = name_key(m.surface), [ch for ch in m.surface if ch.isalnum()]
        names = [n for n in (*entry.aliases, entry.name, *entry.canonical) if name_key(n) == key]
        if not names or not all(n.isascii() and n.isalnum() for n in names):
            return False  # a name written with a space or a hyphen ("Gemini 1.5 Pro", "Gemini-1.5-Pro") may be split
        starts = {sum(ch.isalnum() for ch in m.surface[:i]) for i, ch in enumerate(m.surface) if i and m.surface[i - 1] == " "}
        shapes = [[c for c in n if c.isalnum()] for n in names]
        return all(any(i < min(len(letters), len(shape)) and letters[i].islower() and shape[i].isupper() for i in starts)
                   for shape in shapes)

    def _acceptable(self, norm: Normalised, start: int, end: int, key: str, shape: "_Shape") -> bool:
        text = norm.folded
        if key in self.owned_keys and self.listed.search(text, max(0, start - 4), start):
            return False  # "爱尔兰、比利时和荷兰的数据保护机构": the 的 reaches over every place listed, not the last one's body
        if (_STOP if shape.punctuated else _BREAK).search(text, start, end):
            return False  # "According to Alibaba, Qwen3…": no name runs over a comma or a full stop
        if shape.latin_start and start > 0 and _latin(text[start - 1]):
            return False
        if shape.latin_end and end < len(text) and _latin(text[end]):
            # a model family may run straight into its version ("Qwen4"): the variant rule grows it
            versioned = text[end].isdigit() and not shape.digit_end
            if not (versioned and shape.model):
                return False
        if key in self.exact and _alnum(norm.original[start:end]) not in self.exact[key]:
            return False
        if shape.short_latin:
            surface = _alnum(norm.original[start:end])
            return surface in self.cased.get(key, ()) or (len(surface) >= 3 and surface.isupper()) \
                or shape.version  # "k1.5" for "K1.5": a model's short version, kept only near its family
        return True

    def _mention(self, norm: Normalised, start: int, end: int, entry_id: str) -> Mention:
        entry = self.gazetteer.entries[entry_id]
        return Mention(start, end, norm.original[start:end], entry_id, entry.type, kind=entry.kind)


@dataclass(frozen=True)
class _Shape:
    """What the matcher checks of an alias key, worked out once per key."""

    latin_start: bool
    latin_end: bool
    digit_end: bool
    short_latin: bool
    model: bool
    version: bool = False   # a model's short name holding a digit ("K1.5", "R1"): any case
    punctuated: bool = False  # the name holds a comma ("Ministry of Economy, Trade and Industry")

    @classmethod
    def of(cls, key: str, entry) -> "_Shape":
        short, model = _is_short_latin(key), entry.type == NodeType.MODEL
        return cls(_latin(key[0]), _latin(key[-1]), key[-1].isdigit(), short, model,
                   short and model and any(ch.isdigit() for ch in key) and not key.isdigit(),
                   any(_BREAK.search(n) and name_key(n) == key for n in (*entry.aliases, *entry.canonical)))


_BREAK = re.compile(r"[,，、;；:：。!?！？]")
_STOP = re.compile(r"[;；:：。!?！？]")  # what a name holding a comma still may not run over


def _latin(ch: str) -> bool:
    """A lower-case ASCII letter or digit (what ``_LATIN`` matches)."""
    return "a" <= ch <= "z" or "0" <= ch <= "9"


def _with_context(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Drop names that need context ('R1', 'Maverick') unless the article also names the model in
    full, its maker or its family."""
    needs = [gazetteer.entries[m.entity_id].needs_context(m.surface) for m in mentions]
    present = {m.entity_id for m, needed in zip(mentions, needs) if not needed}
    present |= {gazetteer.entries[i].family for i in present} - {None}  # Qwen3 puts the Qwen family in context
    # a maker's other model puts its maker in context: an article naming GPT-4o may say "o3" alone
    present |= {gazetteer.entries[i].developer for i in present if gazetteer.entries[i].type == NodeType.MODEL} - {None}
    kept = []
    for m, needed in zip(mentions, needs):
        if needed:
            entry = gazetteer.entries[m.entity_id]
            if not ({entry.id, entry.developer, entry.family} - {None}) & present:
                continue
        kept.append(m)
    return kept


_NOT_KEY = re.compile(r"[^\w+]|_")  # what is_key_char drops (\w is str.isalnum() plus "_")
_KEY_MASK = _CharTable(lambda ch: "\x01" if is_key_char(ch) else "\x00")
_ASCII_KEY_MASK = bytes(int(is_key_char(chr(b))) for b in range(256))


def _squeeze(folded: str) -> tuple[str, list[int] | array]:
    """Only the alphanumerics, with each one's position in the full text (both built at C speed: the kept
    characters picked by one mask; the positions as a list, or as a compact array for a huge text).

    >>> _squeeze("gpt-oss 与 qwen+")
    ('gptoss与qwen+', [0, 1, 2, 4, 5, 6, 8, 10, 11, 12, 13, 14])
    """
    if folded.isascii():
        keep = folded.encode("ascii").translate(_ASCII_KEY_MASK)
    else:
        keep = folded.translate(_KEY_MASK).encode("latin-1")
    where = compress(range(len(folded)), keep)
    return "".join(compress(folded, keep)), list(where) if len(folded) <= _LIST_MAX else array("q", where)


_LIST_MAX = 1 << 18  # positions of a longer text go in an array (8 bytes each, not a list's 36)


def _longest_first(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    taken, spans = [], Spans()
    for hit in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0], h[2])):
        if not spans.overlaps(hit[0], hit[1]):
            spans.add(hit[0], hit[1])
            taken.append(hit)
    return sorted(taken)


def _is_short_latin(key: str) -> bool:
    return len(key) <= SHORT_LATIN and all(_LATIN.match(ch) for ch in key)


def _alnum(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def drop_credits(norm: Normalised, mentions: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """Photo credits ("(Photo: Getty Images)", "（圖：路透社）"), web addresses ("pic.twitter.com/…") and stock
    tickers ("(GOOGL-US)", "(NASDAQ: NVDA)"): the names in them are no parties.

    >>> norm = Normalised.of("Shares rose. (Photo: Reuters)")
    >>> m = Mention(21, 28, "Reuters", "reuters", NodeType.SOURCE)
    >>> drop_credits(norm, [m])
    []
    """
    if not mentions:
        return mentions
    credits = _lexicon_spans(norm, ("citation.credit", "names.url", "names.ticker"), lexicon)
    if credits is None:
        return mentions
    return [m for m in mentions if not credits.overlaps(m.start, m.end) or _closes_story(norm, m)]


# the wire alone in brackets closing the story, perhaps before an editor's note and a number: "…。（中央社）"
_STORY_CREDIT_END = re.compile(r"[ \t]*[)）][ \t]*(?:\n\s*|[ \t]*)(?:[（(](?:編輯|编辑|責任編輯|责任编辑|完)[^（）()\n]{0,20}[）)]\s*)*\d*\s*")


def _closes_story(norm: Normalised, m: Mention) -> bool:
    """"…協助建立國際治理框架。（中央社）" at the very end of a story of several paragraphs: the wire whose story
    it is, no caption's credit."""
    return m.type == NodeType.SOURCE and m.start > 0 and norm.original[m.start - 1] in "(（" \
        and _STORY_CREDIT_END.fullmatch(norm.original, m.end) is not None and "\n" in norm.original[:m.start].strip()


_SLASH = re.compile(r"\s*/\s*")


def outlets_as_parties(norm: Normalised, mentions: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """An outlet that sues ("The Daily Planet sued Acme", "Acme Images has filed a lawsuit against…", "星报起诉了Acme",
    "星报对Acme提起诉讼") acts as the company that owns it, not as a source: its mention there is an organisation
    (of its own id: ``RuleExtractor._own_id``), so it can be a party of the lawsuit; its other mentions stay the outlet.
    So does an outlet claiming a wrong against its own work ("The Star said Acme unlawfully used its articles"), an
    outlet listed with such a party ("The Star and The Planet sued…", "CBC/Radio-Canada": one name), and outlets
    listed together claiming a wrong (``worry.outlet_accusations``: one outlet saying so alone may be reporting), and
    the agent of a lawsuit against someone ("the case brought by The Star against Acme": ``worry.act_agents``).

    >>> norm = Normalised.of("The Star sued Acme.")
    >>> [(m.type.value, m.kind) for m in outlets_as_parties(norm, [Mention(0, 8, "The Star", "star", NodeType.SOURCE)])]
    [('Organization', 'company')]
    """
    sources = [m for m in mentions if m.type == NodeType.SOURCE]
    if not sources:
        return mentions
    lex = lexicon or Lexicon.default()
    suing, joint = lex.pattern("{worry.outlet_parties}"), lex.pattern("{worry.outlet_accusations}")
    by, against = lex.pattern(r"{worry.act_nouns}{worry.act_agents}(?:{discourse.articles}\s+)?$"), lex.pattern("{worry.act_objects}")
    separator = lex.pattern("{names.list_separators}")
    text = norm.folded
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    parties: set[int] = set()
    for i in range(len(ordered) - 1, -1, -1):  # from the end: a list is a party when its last member is
        m = ordered[i]
        if m.type != NodeType.SOURCE or m.kind == "person":
            continue
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        party_next = nxt is not None and (id(nxt) in parties or nxt.type == NodeType.ORGANIZATION
                                          and (suing.match(text, nxt.end) or joint.match(text, nxt.end)))
        listed = party_next and (separator.fullmatch(text, m.end, nxt.start) or _SLASH.fullmatch(text, m.end, nxt.start))
        j = i - 1
        while j > 0 and _SLASH.fullmatch(text, ordered[j].end, ordered[j + 1].start):
            j -= 1  # "CBC/Radio-Canada": one name written two ways
        before = ordered[j] if j >= 0 and j < i else None
        closes_list = before is not None and before.type in (NodeType.SOURCE, NodeType.ORGANIZATION) \
            and before.kind not in ("person", *_PLACES) and separator.fullmatch(text, before.end, ordered[j + 1].start)
        brought_by = against.match(text, m.end) and by.search(text, max(0, m.start - 60), m.start)  # "the case brought by X against…"
        if listed or suing.match(text, m.end) or closes_list and joint.match(text, m.end) or brought_by:
            parties.add(id(m))  # "A, B and C sued…", "A and B said Acme was scraping content without permission"
    return [replace(m, type=NodeType.ORGANIZATION, kind="company") if id(m) in parties else m for m in mentions]


def _lexicon_spans(norm: Normalised, names: tuple[str, ...], lexicon: Lexicon | None) -> Spans | None:
    """Where the lexicon's ``names`` match the original text, in every language (None: nowhere)."""
    lex = lexicon or Lexicon.default()
    found = [match.span() for name in names
             for _, regex, _ in lex.per_language(name) if may_match(regex, norm.original)
             for match in finditer(regex, norm.original)]
    return Spans(found) if found else None


_PLACES = frozenset({"country", "city", "region", "government", "industry"})


def drop_dateline_places(norm: Normalised, mentions: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """Datelines ("（法新社布魯塞爾4日電）", "WASHINGTON (Reuters) -") and places that only locate something
    ("China-based DeepSeek", "in Brussels, Belgium", "总部位于北京的"): the place is no party (a wire in a
    dateline stays: its dateline cites it).

    >>> norm = Normalised.of("BRUSSELS (Reuters) - Prices fell.")
    >>> m = Mention(0, 8, "BRUSSELS", "brussels", NodeType.ORGANIZATION, kind="government")
    >>> drop_dateline_places(norm, [m])
    []
    """
    if not any(m.kind in _PLACES for m in mentions):
        return mentions  # no place to drop: the lexicons need not be matched
    datelines = _lexicon_spans(norm, ("citation.dateline", "names.location_only"), lexicon)
    if datelines is None:
        return mentions
    return [m for m in mentions if m.kind not in _PLACES or not datelines.overlaps(m.start, m.end)]
