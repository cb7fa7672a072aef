"""Cue words as data: per-language lexicon files (``loaders/lang/<code>/*.yaml``) compiled into regexes.

This is the one place a cue regex is built. A lexicon file holds named lists; a list is
referred to as ``file.list`` (``speech.cites`` is the list ``cites`` of ``speech.yaml``),
and a language-neutral *template* in the rule code refers to lists in braces::

    r"(?:{polarity.hedges})\\s*$"

A reference stands for the union of that list over every registered language (a language
lacking the list adds nothing; a list no language has never matches). The Chinese files are
written in Simplified Chinese: matching runs on the folded copy of the text (Simplified, lower
case), so one list covers both scripts. See ``loaders/lang/README.md`` for the file format.

>>> lex = Lexicon.default()
>>> [m.group() for m in lex.pattern("{speech.cites}").finditer("openai表示，他称为x。")]
['表示']
>>> lex.pattern("(?:{polarity.hedges})\\\\s*$").search("gpt-5 could ") is not None
True
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from ...schema import NewsgraphError
from .patterncheck import validate
from .yamlfile import DuplicateKey, Loader

# The registered languages, in matching order. A new language is a folder of lexicon files
# under loaders/lang/ plus its code here.
LANGUAGES = ("zh", "en")

_REFERENCE = re.compile(r"\{([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)(?::(chars))?\}")
# Tokens a word or an exception may contain, for what is not a literal character.
TOKENS = {
    "<latin>": "[a-z]", "<digit>": "[0-9]", "<han>": "[\\u4e00-\\u9fff]",
    "<space>": "\\s", "<spaces>": "\\s*", "<gap>": "\\s+", "<b>": "\\b",
}
_TOKEN = re.compile("|".join(map(re.escape, TOKENS)))
# How a list's words meet the text around them (Latin words usually must be whole words).
BOUNDARIES = {
    None: ("", ""), "word": ("\\b", "\\b"), "word_end": ("", "\\b"),
    "latin": ("(?<![a-z])", "(?![a-z])"), "latin_start": ("(?<![a-z])", ""), "latin_end": ("", "(?![a-z])"),
}
_EXCEPTIONS = ("not_after", "not_before", "before", "within")
_ENTRY_KEYS = {"word", "words", "why", *_EXCEPTIONS}
_LIST_KEYS = {"why", "boundary", "match", "entries", "chars", "not_after", "not_before", "table"}
_NEVER = "(?:(?!))"  # a list no language has: never matches (and may be made optional)


class LexiconError(NewsgraphError):
    """A lexicon file that cannot be read or compiled; the message names the file and the list."""


@dataclass(frozen=True)
class Entry:
    """One alternative of a list: a regex fragment, its literal anchors (None: cannot tell) and its order key.

    ``anchors``: every match starts with one of these; ``required``: every match contains one of these.
    """

    regex: str
    anchors: tuple[str, ...] | None
    length: int          # literal length (words sort longest first)
    construction: bool   # a sequence or pattern: kept in file order, before the words
    required: tuple[str, ...] | None = None

    def __post_init__(self):
        if self.required is None and self.anchors is not None:
            object.__setattr__(self, "required", self.anchors)


@dataclass(frozen=True)
class WordList:
    """A named list of one language, as read from its file."""

    name: str
    where: str
    entries: tuple[Entry, ...]
    words: tuple[str, ...]      # the plain words (for set lookups)
    boundary: str | None = None
    match: str = "folded"
    prefix: str = ""            # list-wide exceptions
    suffix: str = ""
    table: tuple[tuple[str, tuple[Entry, ...]], ...] = ()

    def regex(self) -> str:
        """This language's alternation, wrapped in its boundary and list-wide exceptions."""
        return _wrap(self.entries, self.boundary, self.prefix, self.suffix)


@dataclass
class Language:
    """A registered language: its lists by ``file.list`` name and how its sequences are joined."""

    code: str
    joiner: str = ""
    variants: str | None = None  # OpenCC config giving the other spelling of lists matched on the original text
    lists: dict[str, WordList] = field(default_factory=dict)
    abbreviation_dot: str = _NEVER  # the full stop of one of its abbreviations (sentences.abbreviations)


def _wrap(entries, boundary, prefix="", suffix="") -> str:
    if not entries:
        return _NEVER
    ordered = [e for e in entries if e.construction] + sorted((e for e in entries if not e.construction),
                                                              key=lambda e: -e.length)
    before, after = BOUNDARIES[boundary]
    return f"{before}{prefix}{_first_chars(entries)}(?:{'|'.join(e.regex for e in ordered)}){suffix}{after}"


def _first_chars(entries) -> str:
    """A lookahead on the characters the entries' anchors start with, when every entry has anchors and there
    are many: the regex engine then tries the alternatives only where one can start (the same matches, faster).

    >>> _first_chars([Entry(re.escape(w), (w,), len(w), False) for w in ["ab", "cd", "ae", "x-y", "z", "q", "r", "s"]])
    '(?=[acqrsxz])'
    """
    if len(entries) < 8 or any(not e.anchors or not all(e.anchors) for e in entries):
        return ""
    firsts = sorted({a[0] for e in entries for a in e.anchors})
    return "(?=[" + "".join(re.escape(ch) for ch in firsts) + "])"


# A straight apostrophe in a word also matches the typographic one ("doesn't" finds "doesn’t"); a word's
# anchor stops before it, so the cue prefilter finds either spelling.
_APOSTROPHE = ("'", "['\u2019]")


def _literal(text: str, in_class: bool = False) -> str:
    """A word as a regex: escaped, with its tokens expanded (``in_class``: characters of a character class).

    >>> _literal("doesn't"), _literal("'", in_class=True)
    ("doesn['’]t", "'")
    """
    out, at = [], 0
    for token in _TOKEN.finditer(text):
        out.append(_escape(text[at:token.start()], in_class))
        out.append(TOKENS[token.group()])
        at = token.end()
    out.append(_escape(text[at:], in_class))
    return "".join(out)


def _escape(text: str, in_class: bool) -> str:
    escaped = re.escape(text)
    return escaped if in_class else escaped.replace(_APOSTROPHE[0], _APOSTROPHE[1])


def _anchor(text: str) -> str | None:
    """The literal start of a word (up to its first token or apostrophe); None if it starts with one."""
    token = _TOKEN.search(text)
    head = text[:token.start()] if token else text
    return head.split(_APOSTROPHE[0])[0] or None


def _length(text: str) -> int:
    return len(_TOKEN.sub("#", text))


def _alternatives(words: list[str]) -> str:
    ordered = sorted(words, key=lambda w: -_length(w))
    return "|".join(_literal(w) for w in ordered)


class _Reader:
    """Reads one language folder: files → WordLists (references inside patterns resolved later)."""

    def __init__(self, language: Language, files: dict[str, Path]):
        self.language, self.files = language, files
        self.raw: dict[str, tuple[str, object]] = {}
        for stem, path in sorted(files.items()):
            data = _load_yaml(path)
            if not isinstance(data, dict):
                raise LexiconError(f"{path}: a lexicon file is a mapping of list names to lists")
            for key, value in data.items():
                self.raw[f"{stem}.{key}"] = (f"{path}: {key}", value)
        self.building: set[str] = set()
        self._abbreviations: str | None = None

    def build(self) -> None:
        for name in self.raw:
            self.get(name)
        self.language.abbreviation_dot = self._abbreviation_dot()

    def get(self, name: str) -> WordList:
        if name in self.language.lists:
            return self.language.lists[name]
        if name not in self.raw:
            return WordList(name, "", (), ())  # a list this language does not have
        if name in self.building:
            raise LexiconError(f"{self.raw[name][0]}: refers to itself")
        self.building.add(name)
        where, spec = self.raw[name]
        built = self._list(name, where, spec)
        self.language.lists[name] = built
        return built

    def _list(self, name: str, where: str, spec) -> WordList:
        if isinstance(spec, list):
            spec = {"entries": spec}
        if not isinstance(spec, dict):
            raise LexiconError(f"{where}: a list is a YAML list of entries or a mapping with 'entries'")
        unknown = set(spec) - _LIST_KEYS
        if unknown:
            raise LexiconError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_LIST_KEYS)}")
        boundary = spec.get("boundary")
        if boundary not in BOUNDARIES:
            raise LexiconError(f"{where}: unknown boundary {boundary!r}; allowed: "
                               f"{', '.join(b for b in BOUNDARIES if b)}")
        match = spec.get("match", "folded")
        if match not in ("folded", "original"):
            raise LexiconError(f"{where}: 'match' is 'folded' or 'original', not {match!r}")
        prefix, suffix = self._exceptions(where, spec)
        if (prefix or suffix) and not spec.get("why"):
            raise LexiconError(f"{where}: a list-wide exception needs a 'why'")
        if "table" in spec:
            table = spec["table"]
            if not isinstance(table, dict):
                raise LexiconError(f"{where}: 'table' maps each key to a list of entries")
            rows = tuple((str(key), self._entries(f"{where}: {key}", entries, match)[0]) for key, entries in table.items())
            return WordList(name, where, (), (), boundary, match, prefix, suffix, table=rows)
        raw_entries = list(spec.get("entries") or [])
        if "chars" in spec:
            raw_entries += list(str(spec["chars"]))
        entries, words = self._entries(where, raw_entries, match)
        return WordList(name, where, entries, words, boundary, match, prefix, suffix)

    def _entries(self, where: str, raw_entries, match: str):
        if not isinstance(raw_entries, list):
            raise LexiconError(f"{where}: entries must be a list")
        entries, words = [], []
        for i, raw in enumerate(raw_entries):
            here = f"{where}: entry {i + 1}"
            if isinstance(raw, bool):
                raise LexiconError(f"{here}: {raw} is read as a yes/no value; quote the word (\"on\", \"no\")")
            if isinstance(raw, (str, int, float)):
                for word in self._spellings(str(raw), match):
                    words.append(word)
                    entries.append(Entry(_literal(word), (_anchor(word),) if _anchor(word) else None, _length(word), False))
            elif isinstance(raw, dict) and ("pattern" in raw or "seq" in raw):
                entries.append(self._construction(here, raw))
            elif isinstance(raw, dict) and ("word" in raw or "words" in raw):
                entries += self._word_with_exceptions(here, raw, match, words)
            else:
                raise LexiconError(f"{here}: an entry is a word, or a mapping with 'word'/'words', 'seq' or 'pattern'")
        return tuple(entries), tuple(words)

    def _spellings(self, word: str, match: str) -> list[str]:
        """A word, and on the original text its other spelling too (Simplified → Traditional)."""
        if match != "original" or not self.language.variants:
            return [word]
        from ...schema.text import converter

        other = converter(self.language.variants).convert(word)
        return [word] if other == word else [word, other]

    def _word_with_exceptions(self, where: str, raw: dict, match: str, words: list) -> list[Entry]:
        unknown = set(raw) - _ENTRY_KEYS
        if unknown:
            raise LexiconError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_ENTRY_KEYS)}")
        if not raw.get("why"):
            raise LexiconError(f"{where}: a word with exceptions needs a 'why' saying what they exclude")
        group = raw["words"] if "words" in raw else [raw["word"]]
        prefix, suffix = self._exceptions(where, raw)
        out = []
        for word in (s for w in group for s in self._spellings(str(w), match)):
            words.append(word)
            out.append(Entry(f"{prefix}{_literal(word)}{suffix}", (_anchor(word),) if _anchor(word) else None,
                             _length(word), False))
        return out

    def _exceptions(self, where: str, spec: dict) -> tuple[str, str]:
        prefix, suffix = "", ""
        if spec.get("not_after"):
            by_length: dict[int, list[str]] = {}
            for w in _strings(where, spec["not_after"], "not_after"):
                by_length.setdefault(_length(w), []).append(w)
            if any(t in w for ws in by_length.values() for w in ws for t in ("<spaces>", "<gap>")):
                raise LexiconError(f"{where}: 'not_after' must be of fixed width (no <spaces> or <gap>)")
            for n in sorted(by_length, reverse=True):
                ws = by_length[n]
                body = f"[{''.join(_literal(w, in_class=True) for w in ws)}]" if n == 1 and all(len(w) == 1 for w in ws) else _alternatives(ws)
                prefix += f"(?<!{body})"
        if spec.get("not_before"):
            suffix += f"(?!{_alternatives(_strings(where, spec['not_before'], 'not_before'))})"
        if spec.get("before"):
            suffix += f"(?={_alternatives(_strings(where, spec['before'], 'before'))})"
        if spec.get("within"):
            within = spec["within"]
            if not isinstance(within, dict) or not {"chars", "words"} <= set(within):
                raise LexiconError(f"{where}: 'within' needs 'chars' (how far) and 'words' (what must follow)")
            suffix += f"(?={self._gap_char(str(within.get('stop', '')))}{{1,{int(within['chars'])}}}?(?:{_alternatives(_strings(where, within['words'], 'within'))}))"
        return prefix, suffix

    def _construction(self, where: str, raw: dict) -> Entry:
        unknown = set(raw) - {"pattern", "seq", "why", "joiner"}
        if unknown:
            raise LexiconError(f"{where}: unknown keys {sorted(unknown)}; allowed: pattern, seq, joiner, why")
        if "pattern" in raw:
            if not raw.get("why"):
                raise LexiconError(f"{where}: a pattern needs a 'why'")
            text = self._resolve(where, str(raw["pattern"]))
            _check(where, text)
            return Entry(text, None, 0, True)
        slots = raw["seq"]
        if not isinstance(slots, list) or not slots:
            raise LexiconError(f"{where}: 'seq' is a non-empty list of slots")
        joiner = _literal(str(raw["joiner"])) if "joiner" in raw else re.escape(self.language.joiner)
        parts, anchors, open_start, required = [], [], True, None
        for i, slot in enumerate(slots):
            sep = joiner if i < len(slots) - 1 else ""
            optional = isinstance(slot, dict) and "optional" in slot
            body, slot_anchors = self._slot(where, slot["optional"] if optional else slot)
            parts.append(f"(?:{body}{sep})?" if optional else f"{body}{sep}")
            if open_start:
                anchors = None if slot_anchors is None or anchors is None else anchors + list(slot_anchors)
                open_start = optional
            if required is None and not optional and slot_anchors is not None and not _is_pattern(slot):
                required = tuple(slot_anchors)  # every match has this slot: the words it contains for sure
        text = "".join(parts)
        _check(where, text)
        anchors = tuple(anchors) if anchors and not open_start else None
        return Entry(text, anchors, 0, True, required or anchors)

    def _slot(self, where: str, slot) -> tuple[str, tuple[str, ...] | None]:
        """One slot of a sequence: a word, words, a reference, a gap or a pattern."""
        if isinstance(slot, str) and _REFERENCE.fullmatch(slot):
            ref = self._reference(where, _REFERENCE.fullmatch(slot))
            return ref.regex(), _list_anchors(ref)
        if isinstance(slot, str):
            return _literal(slot), (_anchor(slot),) if _anchor(slot) else None
        if isinstance(slot, list):
            words = _strings(where, slot, "seq")
            anchors = tuple(_anchor(w) for w in words)
            return f"(?:{_alternatives(words)})", None if None in anchors else anchors
        if isinstance(slot, dict) and "gap" in slot:
            body = f"{self._gap_char(str(slot.get('stop', '')))}{{{int(slot.get('min', 1))},{int(slot['gap'])}}}?"
            if slot.get("name") == "party" and "names.party_descriptors" in self.raw:
                # "sued Canadian AI-driven answer engine Acme": a chain of descriptors before a
                # party's name adds no distance (names.party_descriptors)
                body = f"(?:{self.get('names.party_descriptors').regex()})?{body}"
            return (f"(?P<{slot['name']}>{body})" if slot.get("name") else body), None
        if isinstance(slot, dict) and "pattern" in slot:
            body = self._resolve(where, str(slot["pattern"]))
            return f"(?:{body})", _opening_chars(body)
        if isinstance(slot, dict) and "chars" in slot:
            return f"[{''.join(_literal(c, in_class=True) for c in str(slot['chars']))}]", None
        raise LexiconError(f"{where}: a slot is a word, a list of words, '{{file.list}}', "
                           f"{{optional: …}}, {{gap: N}}, {{chars: …}} or {{pattern: …}}")

    def _gap_char(self, stop: str) -> str:
        """One character of a gap that stops at the characters ``stop``: when a full stop is one of them, the
        full stop of an abbreviation or an initial (``sentences.abbreviations``: "sued U.S. AI firm X", "Acme Inc.
        said", "J. Smith") is no stop, as it ends no sentence or clause."""
        if "." not in stop:
            return f"[^{re.escape(stop)}]"
        return f"(?:[^{re.escape(stop)}]|{self._abbreviation_dot()})"

    def _abbreviation_dot(self) -> str:
        """The full stop of an abbreviation, on the folded text: ``sentences.abbreviations`` (each a word or a
        fixed-width pattern, matched on the original text there) in lower case, after no other letter; blind to case,
        so a pattern matched on the original text lets "Inc." pass too."""
        if self._abbreviations is None:
            where, spec = self.raw.get("sentences.abbreviations", ("", None))
            entries = spec.get("entries", []) if isinstance(spec, dict) else (spec or [])
            found = []
            for entry in entries:
                body = str(entry["pattern"]).lower() if isinstance(entry, dict) else re.escape(str(entry).lower())
                found.append(f"(?<=(?<![a-z]){body})")
            self._abbreviations = f"(?i:(?:{'|'.join(found)})\\.)" if found else _NEVER  # on either text
            _check(where, self._abbreviations)
        return self._abbreviations

    def _reference(self, where: str, ref: re.Match) -> WordList:
        name = f"{ref.group(1)}.{ref.group(2)}"
        if name not in self.raw:
            raise LexiconError(f"{where}: refers to {name}, which {self.language.code} does not have; "
                               f"available: {', '.join(sorted(self.raw))}")
        return self.get(name)

    def _resolve(self, where: str, text: str) -> str:
        """A pattern's ``{file.list}`` references, as this language's alternations."""
        def one(ref: re.Match) -> str:
            wl = self._reference(where, ref)
            return _char_class(where, wl.words) if ref.group(3) else f"(?:{wl.regex()})"

        return self._abbreviations_pass(_REFERENCE.sub(one, text))

    def _abbreviations_pass(self, text: str) -> str:
        """See :func:`abbreviations_pass`."""
        return abbreviations_pass(text, self._abbreviation_dot())


_STOP_CLASS = re.compile(r"(?<!\\)\[(\^?)((?:\\.|[^\]\\])*)\]")


def abbreviations_pass(text: str, dot: str) -> str:
    r"""A pattern whose runs stop at a full stop (a negated class with one, "[^,.;]{1,24}?") lets the full stop of
    an abbreviation (``dot``) pass, as a gap does (see :meth:`_Reader._gap_char`); a class that stops at spaces too
    (one word, "[^\\s.,]+") is left as it is, and a class of stop marks ("(?=\\s*[.;])") no longer takes that full
    stop for an end. Lists and the templates rules write in code (:meth:`Lexicon.pattern`) both go through it.

    >>> import re
    >>> rx = re.compile(abbreviations_pass(r"sued[^,.;]{1,40}?(?=[.;])", r"(?i:(?<=inc)\.)"))
    >>> rx.match("sued Acme Inc. over data.").group()
    'sued Acme Inc. over data'
    """
    if dot == _NEVER:
        return text

    def one(cls: re.Match) -> str:
        negated, inside = cls.group(1), cls.group(2)
        if "." not in inside:
            return cls.group()
        if negated and "\\s" not in inside and " " not in inside:
            return f"(?:{cls.group()}|{dot})"
        if not negated and not re.search(r"[A-Za-z0-9]", inside.replace("\\", "")):
            return f"(?:(?!{dot}(?!\\s*$)){cls.group()})"  # "(?=\\s*[.;])": an end, not "U.S." (but where the sentence ends)
        return cls.group()

    return _STOP_CLASS.sub(one, text)


def _char_class(where: str, words) -> str:
    if any(len(w) != 1 for w in words):
        raise LexiconError(f"{where}: ':chars' needs a list of single characters")
    return "".join(_literal(w, in_class=True) for w in words)


def _is_pattern(slot) -> bool:
    return isinstance(slot, dict) and "pattern" in slot


_MAX_OPENING_CHARS = 10


def _opening_chars(regex: str) -> tuple[str, ...] | None:
    r"""The characters every match of ``regex`` starts with, when they are a few known ones (a pattern slot's
    anchors: "11.6 points behind" starts with a digit), else None.

    >>> _opening_chars(r"(?<![0-9.])[0-9]{1,4}(?:\.[0-9]+)?\s*%"), _opening_chars(r"[a-z]+"), _opening_chars(r"x?y")
    (('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), None, ('x', 'y'))
    """
    from .prefilter import _P, _opening

    if _P is None:
        return None
    try:
        parsed = _P.parse(regex)
        if parsed.state.flags & re.IGNORECASE:
            return None
        found = _opening(parsed.data)
    except Exception:  # an unknown parser shape: no anchors
        return None
    if found is None or found[1] or not found[0]:
        return None  # any character, or a match that may be empty
    chars: set[str] = set()
    for item in found[0]:
        codes = _OPENING_ITEM.fullmatch(item)
        if codes is None:
            return None  # a category (\w, \d): too many characters
        low, high = int(codes.group(1), 16), int(codes.group(2) or codes.group(1), 16)
        if high - low >= _MAX_OPENING_CHARS:
            return None
        chars.update(chr(c) for c in range(low, high + 1))
    return tuple(sorted(chars)) if len(chars) <= _MAX_OPENING_CHARS else None


_OPENING_ITEM = re.compile(r"\\U([0-9a-f]{8})(?:-\\U([0-9a-f]{8}))?")


def _list_anchors(wl: WordList, kind: str = "anchors") -> tuple[str, ...] | None:
    if not wl.entries or any(getattr(e, kind) is None for e in wl.entries):
        return None
    return tuple(a for e in wl.entries for a in getattr(e, kind))


def _strings(where: str, value, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value):
        raise LexiconError(f"{where}: '{key}' must be a list of words")
    return [str(v) for v in value]


_VALID: set[str] = set()  # patterns already found valid in this process: a lexicon read again checks only new ones


def _check(where: str, text: str) -> None:
    if text in _VALID:
        return
    try:
        validate(_unique_groups(text))
    except re.error as exc:
        raise LexiconError(f"{where}: not a valid pattern ({exc}): {text}") from None
    _VALID.add(text)


def _load_yaml(path: Path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)
    except DuplicateKey as exc:
        raise LexiconError(f"{path}: {exc}") from None
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon: {' '.join(str(exc).split())}") from exc


def _unique_groups(regex: str) -> str:
    """Named groups made unique across the languages' alternatives: party, party__2, …"""
    seen: dict[str, int] = {}

    def rename(m: re.Match) -> str:
        seen[m.group(1)] = seen.get(m.group(1), 0) + 1
        n = seen[m.group(1)]
        return m.group() if n == 1 else f"(?P<{m.group(1)}__{n}>"

    return re.sub(r"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>", rename, regex)


def group_span(match: re.Match, name: str) -> tuple[int, int] | None:
    """The span of the named slot ``name`` in whichever alternative matched (None if none took part).

    >>> m = Lexicon.default().pattern("{worry.poses}").search("这对英伟达构成威胁")
    >>> "这对英伟达构成威胁"[slice(*group_span(m, "party"))]
    '英伟达'
    """
    for group in sorted(match.re.groupindex, key=match.re.groupindex.get):
        if (group == name or group.startswith(name + "__")) and match.start(group) >= 0:
            return match.span(group)
    return None


class Lexicon:
    """The lexicons of the registered languages, and the regexes compiled from them (each once)."""

    def __init__(self, languages: list[Language]):
        self.languages = languages
        self.compiled = _Compiled(self)  # template → regex, filled on first use (``compiled[template]``)
        self._anchors: dict[tuple[str, str], tuple[str, ...] | None] = {}
        self._sets: dict[str, frozenset[str]] = {}
        self._per_language: dict[str, list] = {}
        self._tables: dict[str, list] = {}

    @classmethod
    @functools.lru_cache(maxsize=None)
    def default(cls) -> "Lexicon":
        """The bundled lexicons of :data:`LANGUAGES` (read once per process)."""
        return cls.load()

    @classmethod
    def load(cls, codes=LANGUAGES, roots=None) -> "Lexicon":
        """Lexicons of ``codes``, each from the first of ``roots`` (folders holding ``<code>/``) that has it.

        The bundled folder is always searched last, so a root may add a language or replace one.
        """
        folders = [Path(r) for r in roots or ()] + [resources.files("newsgraph.loaders") / "lang"]
        languages = []
        for code in codes:
            folder = next((f / code for f in folders if (f / code).is_dir()), None)
            if folder is None:
                raise LexiconError(f"no lexicon for language {code!r}; looked in {', '.join(map(str, folders))}")
            languages.append(_read_language(code, Path(str(folder))))
        return cls(languages)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.languages)

    def names(self) -> list[str]:
        """Every ``file.list`` name some language has."""
        return sorted({name for lang in self.languages for name in lang.lists})

    def lists(self, name: str) -> list[WordList]:
        """The list ``name`` of each language that has it (none: it matches nothing)."""
        return [lang.lists[name] for lang in self.languages if name in lang.lists]

    def alternation(self, name: str) -> str:
        """The union of ``name`` over the languages, as one regex group."""
        parts = [wl.regex() for wl in self.lists(name) if wl.entries]
        return f"(?:{'|'.join(parts)})" if parts else _NEVER

    def words(self, name: str) -> tuple[str, ...]:
        """The plain words of ``name`` in every language (for set lookups such as surnames)."""
        return tuple(w for wl in self.lists(name) for w in wl.words)

    def word_set(self, name: str) -> frozenset[str]:
        """:meth:`words` as a set, built once."""
        found = self._sets.get(name)
        if found is None:
            found = self._sets[name] = frozenset(self.words(name))
        return found

    def chars(self, name: str) -> str:
        """A list of single characters as the inside of a character class."""
        return _char_class(name, self.words(name))

    def pattern(self, template: str) -> re.Pattern:
        """``template`` with every ``{file.list}`` replaced by that list's union, compiled (cached)."""
        return self.compiled[template]

    def _compile(self, template: str) -> re.Pattern:
        def one(ref: re.Match) -> str:
            name = f"{ref.group(1)}.{ref.group(2)}"
            return self.chars(name) if ref.group(3) else self.alternation(name)

        # the template's own runs let an abbreviation's full stop pass, as the lists' do ("Acme, a U.S. publisher,")
        return re.compile(_unique_groups(_REFERENCE.sub(one, abbreviations_pass(template, self.abbreviation_dot))))

    @property
    def abbreviation_dot(self) -> str:
        """The full stop of an abbreviation of any of the languages (``sentences.abbreviations``)."""
        dots = [lang.abbreviation_dot for lang in self.languages if lang.abbreviation_dot != _NEVER]
        return f"(?:{'|'.join(dots)})" if dots else _NEVER

    def per_language(self, name: str) -> list[tuple[str, re.Pattern, WordList]]:
        """``name`` compiled separately for each language that has it: (code, regex, list)."""
        found = self._per_language.get(name)
        if found is None:
            found = self._per_language[name] = [
                (lang.code, re.compile(_unique_groups(lang.lists[name].regex())), lang.lists[name])
                for lang in self.languages if name in lang.lists and lang.lists[name].entries]
        return found

    def table(self, name: str) -> list[tuple[str, re.Pattern]]:
        """A keyed list (``table:``) as (key, regex) in order of first appearance, each key over every language."""
        found = self._tables.get(name)
        if found is None:
            keys: dict[str, list[str]] = {}
            for wl in self.lists(name):
                for key, entries in wl.table:
                    keys.setdefault(key, []).append(_wrap(entries, wl.boundary, wl.prefix, wl.suffix))
            found = self._tables[name] = [(key, re.compile("|".join(parts))) for key, parts in keys.items()]
        return found

    def anchors(self, template: str, kind: str = "anchors") -> tuple[str, ...] | None:
        """Literal strings one of which starts every match of ``template`` (a lone ``{file.list}``), else None.

        With ``kind="required"``: strings one of which every match contains (for a sequence, the words
        of its first slot that is not optional: "a report by" needs "report", not "a").

        >>> lex = Lexicon.default()
        >>> "a" in lex.anchors("{citation.according_to}"), "a" in lex.anchors("{citation.according_to}", "required")
        (True, False)
        """
        key = (template, kind)
        if key not in self._anchors:
            ref = _REFERENCE.fullmatch(template)
            found: tuple[str, ...] | None = None
            if ref and not ref.group(3):
                parts = [_list_anchors(wl, kind) for wl in self.lists(f"{ref.group(1)}.{ref.group(2)}") if wl.entries]
                if parts and None not in parts:
                    found = tuple(dict.fromkeys(a for p in parts for a in p))
            self._anchors[key] = found
        return self._anchors[key]


class _Compiled(dict):
    """Compiled templates of one lexicon, each compiled on first use."""

    def __init__(self, lexicon: Lexicon):
        super().__init__()
        self.lexicon = lexicon

    def __missing__(self, template: str) -> re.Pattern:
        compiled = self[template] = self.lexicon._compile(template)
        return compiled


def _read_language(code: str, folder: Path) -> Language:
    settings_path = folder / "language.yaml"
    settings = _load_yaml(settings_path) if settings_path.is_file() else {}
    if not isinstance(settings, dict):
        raise LexiconError(f"{settings_path}: language settings are a mapping")
    unknown = set(settings) - {"name", "joiner", "variants"}
    if unknown:
        raise LexiconError(f"{settings_path}: unknown keys {sorted(unknown)}; allowed: joiner, name, variants")
    language = Language(code, str(settings.get("joiner", "")), settings.get("variants"))
    files = {p.stem: p for p in folder.glob("*.yaml") if p.name != "language.yaml"}
    _Reader(language, files).build()
    return language
