"""Keeping only what the text says: an LLM fact is grounded in its article, or dropped with a reason.

A fact is kept when

1. its evidence is found in the piece of text the model was given, comparing with whitespace
   removed and quotes, dashes and full-width forms folded on both sides; the evidence recorded is
   the article's sentence (or sentences) holding it, at offsets into the original text;
2. each endpoint name is in that sentence: as a mention the rule extractor finds there
   (gazetteer, discovered names, variants, typos), as the gazetteer entry the name folds to
   (any script or alias of it in the sentence), or as the name itself — a name new to the rules,
   which gets the slug id the rule extractor would give it;
3. the endpoint types (what the rules know wins over what the model says) are a pair the schema
   allows for the edge type, and the fact is no self-reference (a CITES of the article's own
   outlet, an edge from a node to itself).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from ....schema import Article, EdgeType, NodeType, SchemaError, check_endpoints, slugify
from ....schema.text import is_key_char, name_key
from ..mentions import Mention
from ..nodes import outlet_node
from ..normalize import Normalised
from ..sentences import sentence_spans
from ..variants import DISCOVERED
from .contract import ARTICLE, LLMFact

UNGROUNDED, UNNAMED, GENERIC, BAD_TYPE, SELF = (
    "ungrounded", "name not in evidence", "generic name", "bad type", "self-reference")

_SAME = {**dict.fromkeys("“”„‟«»「」『』〝〞〟＂″", '"'), **dict.fromkeys("‘’‚‛‹›＇′`´", "'"),
         **dict.fromkeys("‐‑‒–—―−－", "-")}
_LATIN = re.compile(r"[a-z0-9]")
# a new name must be a name: not all lower-case words ("analysts"), not a determiner phrase (该公司, the firm)
_GENERIC = re.compile(r"^(?:[a-z][a-z\s'’-]*|(?i:the|a|an|its|their|this|that|these|those)\s.*|[这那该此本其各某這該].*)$")


@dataclass(frozen=True)
class Grounded:
    """A kept fact: its endpoints as mentions (``source`` None: the article itself) and its evidence span."""

    type: EdgeType
    source: Mention | None
    target: Mention
    start: int
    end: int


def squash(text: str, start: int = 0, end: int | None = None) -> tuple[str, list[int]]:
    """``text[start:end]`` without whitespace, quotes/dashes/widths folded, with each kept character's position.

    >>> squash("He said: “Qwen3  beats\\ngpt‑oss.”")[0]
    'Hesaid:"Qwen3beatsgpt-oss."'
    """
    end = len(text) if end is None else end
    chars, where = [], []
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            continue
        folded = unicodedata.normalize("NFKC", ch)
        ch = _SAME.get(ch, folded if len(folded) == 1 else ch)
        chars.append(_SAME.get(ch, ch))
        where.append(i)
    return "".join(chars), where


class Grounding:
    """One article's text, sentences and rule mentions, against which its LLM facts are checked.

    ``rules`` is a :class:`~newsgraph.loaders.extract.rules.RuleExtractor` (its mentions, gazetteer
    and ids); ``taken`` the node types already in the article's extraction, which a new name may
    not contradict.
    """

    def __init__(self, article: Article, rules, taken: dict[str, NodeType] | None = None):
        self.article, self.text, self.rules = article, article.text, rules
        self.gazetteer = rules.gazetteer
        self.norm = Normalised.of(article.text)
        self.mentions = rules.mentions(self.norm)
        self.sentences = sentence_spans(article.text)
        outlet = outlet_node(article, self.gazetteer, rules.matcher)
        self.outlet_id = outlet.id if outlet is not None else None
        self.taken = dict(taken or {})
        self.named: dict[str, Mention] = {}  # name key → how the article (rules first, then earlier facts) reads it
        for m in self.mentions:
            self.named.setdefault(name_key(m.surface), m)
        self._pieces: dict[tuple[int, int], tuple[str, list[int]]] = {}

    def ground(self, fact: LLMFact, piece: tuple[int, int]) -> Grounded | str:
        """The grounded fact, or the reason it is dropped."""
        span = self.locate(fact.evidence, *piece)
        if span is None:
            return UNGROUNDED
        edge = EdgeType(fact.type)
        article_cites = edge == EdgeType.CITES and fact.source.strip().upper() == ARTICLE
        source = None if article_cites else self.endpoint(fact.source, fact.source_type, *span)
        target = self.endpoint(fact.target, fact.target_type, *span)
        for end in (source, target):
            if isinstance(end, str):
                return end
        try:
            check_endpoints(edge, NodeType.SOURCE if source is None else source.type, target.type)
        except SchemaError:
            return BAD_TYPE
        source_id = self.article.id if source is None else source.entity_id
        if source_id == target.entity_id or (edge == EdgeType.CITES and target.entity_id == self.outlet_id):
            return SELF
        for end in (source, target):
            if end is not None:
                self.taken.setdefault(end.entity_id, end.type)
                self.named.setdefault(name_key(end.surface), end)
        return Grounded(edge, source, target, *span)

    def locate(self, evidence: str, start: int, end: int) -> tuple[int, int] | None:
        """The sentence span(s) of the article holding ``evidence`` within ``[start, end)``, or None."""
        needle = squash(evidence)[0]
        if len(needle) < 2:
            return None
        if (start, end) not in self._pieces:
            self._pieces[(start, end)] = squash(self.text, start, end)
        hay, where = self._pieces[(start, end)]
        at = hay.find(needle)
        if at < 0:
            return None
        first, last = where[at], where[at + len(needle) - 1] + 1
        covering = [(a, b) for a, b in self.sentences if a < last and first < b]
        return (covering[0][0], covering[-1][1]) if covering else (first, last)

    def endpoint(self, name: str, declared: str, start: int, end: int) -> Mention | str:
        """The mention ``name`` stands for in the sentence ``[start, end)``, or why there is none."""
        key = name_key(name)
        if not key:
            return UNNAMED
        entry = self.gazetteer.lookup(name)
        for m in self.mentions:
            if m.start >= start and m.end <= end and (
                    name_key(m.surface) == key or key in map(name_key, m.extra_aliases)
                    or (entry is not None and m.entity_id == entry.id)):
                return m
        found = self._find(key, start, end)
        if found is not None:
            if key in self.named:
                return replace(self.named[key], start=found[0], end=found[1])
            if entry is not None:
                return self._known(entry, *found)
            return self._new(declared, *found)
        if entry is not None:
            for alias in entry.aliases:
                found = self._find(name_key(alias), start, end)
                if found is not None:
                    return self._known(entry, *found)
        return UNNAMED

    def _find(self, key: str, start: int, end: int) -> tuple[int, int] | None:
        """Where ``key`` (a name key) occurs in ``[start, end)`` of the original text, as whole Latin words."""
        folded = self.norm.folded
        where = [i for i in range(start, end) if is_key_char(folded[i])]
        squeezed = "".join(folded[i] for i in where)
        at = squeezed.find(key)
        while at >= 0:
            a, b = where[at], where[at + len(key) - 1] + 1
            if not (_LATIN.match(key[0]) and a > 0 and _LATIN.match(folded[a - 1])) and \
                    not (_LATIN.match(key[-1]) and b < len(folded) and _LATIN.match(folded[b])):
                return a, b
            at = squeezed.find(key, at + 1)
        return None

    def _known(self, entry, start: int, end: int) -> Mention:
        return Mention(start, end, self.text[start:end], entry.id, entry.type, rule="llm", kind=entry.kind)

    def _new(self, declared: str, start: int, end: int) -> Mention | str:
        """A name the rules do not know: the slug id they would give it (own id if a gazetteer id of another type)."""
        surface = self.text[start:end]
        if _GENERIC.match(surface):
            return GENERIC
        mention = self.rules._own_id(Mention(start, end, surface, slugify(surface), NodeType(declared), DISCOVERED, "llm"))
        if self.taken.get(mention.entity_id, mention.type) != mention.type:
            return BAD_TYPE
        return mention
