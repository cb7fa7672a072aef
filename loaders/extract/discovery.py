"""Names the gazetteer lacks: organisations and quoted people found by cue words."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...schema import NodeType, slugify
from .lexicon import Lexicon, group_span
from .mentions import Mention
from .normalize import Normalised
from .spans import Spans
from .variants import DISCOVERED

# Each discovery reads one lexicon list, in every language that has it (names.yaml); a list
# matched on the original text finds capitalised names, one on the folded copy both scripts.
# The rule id may name the language ("discovery.org_zh"); the slot `name` is the name found
# (`whole`: the name and its `suffix`).


@dataclass(frozen=True)
class Discovery:
    """One way of finding names: a lexicon list of patterns, the rule id, and what the names are."""

    lexicon_list: str
    rule: str                 # "{lang}" becomes the language's code
    type: NodeType
    kind: str
    whole: bool = False       # the name runs on over its suffix ("某某研究院")
    checks: tuple[str, ...] = ()


DISCOVERIES = (
    Discovery("names.org_suffixed", "discovery.org_{lang}", NodeType.ORGANIZATION, "company", whole=True,
              checks=("not_generic", "first_word")),
    Discovery("names.org_described", "discovery.org_described", NodeType.ORGANIZATION, "company",
              checks=("first_word",)),
    Discovery("names.person", "discovery.person_{lang}", NodeType.SOURCE, "person", checks=("person",)),
)
_GENERIC = r"^(?:[{names.generic_starts:chars}].*|.*{names.generic_ends})$"


def discover_names(norm: Normalised, taken: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """Organisations and quoted people found by cue words, outside already-taken spans."""
    lex = lexicon or Lexicon.default()
    found, spans = [], Spans((m.start, m.end) for m in taken)
    articles = lex.word_set("names.name_articles")
    for discovery in DISCOVERIES:
        for code, regex, wordlist in lex.per_language(discovery.lexicon_list):
            rule = discovery.rule.format(lang=code)
            for match in regex.finditer(norm.folded if wordlist.match == "folded" else norm.original):
                start, end = group_span(match, "name")
                if discovery.whole:
                    end = group_span(match, "suffix")[1]
                surface = norm.original[start:end]
                if discovery.whole and surface.split(" ", 1)[0] in articles and " " in surface:
                    cut = surface.index(" ") + 1  # "The Authors Guild": the article is not part of the name
                    start, surface = start + cut, surface[cut:]
                name = match.string[slice(*group_span(match, "name"))]
                if _plausible(lex, discovery, wordlist, name, surface) and not spans.overlaps(start, end):
                    spans.add(start, end)
                    found.append(Mention(start, end, surface, slugify(surface), discovery.type, DISCOVERED, rule,
                                         kind=discovery.kind))
    return found


def later_surnames(norm: Normalised, mentions: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """"Wei said" after "C.C. Wei, the chief executive, …": a quoted person's surname alone is that person."""
    people = {m.surface.split()[-1]: m for m in mentions if m.type == NodeType.SOURCE and m.kind == "person"
              and " " in m.surface and m.surface.split()[-1][:1].isupper()}
    if not people:
        return []
    spans = Spans((m.start, m.end) for m in mentions)
    found = []
    speaks_after = (lexicon or Lexicon.default()).alternation("names.speaks_after")
    pattern = re.compile(rf"(?<![\w.])({'|'.join(map(re.escape, sorted(people)))})(?={speaks_after})")
    for match in pattern.finditer(norm.original):
        if not spans.overlaps(*match.span(1)):
            who = people[match.group(1)]
            found.append(Mention(match.start(1), match.end(1), match.group(1), who.entity_id, who.type,
                                 who.confidence, "discovery.surname", kind="person"))
    return found


def _plausible(lex: Lexicon, discovery: Discovery, wordlist, name: str, surface: str) -> bool:
    """The checks a discovery asks for, with the lexicons' word lists."""
    for check in discovery.checks:
        if check == "not_generic" and lex.pattern(_GENERIC).match(name):
            return False  # "这家公司", "芯片公司": a description, not a name
        if check == "first_word" and surface.split()[0] in lex.word_set("names.not_names"):
            return False  # "The", "Chief": the capitalised word opening a sentence
        if check == "person" and not _person(lex, wordlist, name, surface):
            return False
    return True


def _person(lex: Lexicon, wordlist, name: str, surface: str) -> bool:
    if surface[:1].isascii():
        if wordlist.match == "folded" and not surface[:1].isupper():
            return False  # matched on the folded copy: a Latin name must be capitalised
        return surface.split()[0] not in lex.word_set("names.not_names")
    # a Chinese name found by its title opens with a common surname ("官员私下表示" has no name in it)
    return "·" in name or name[:1] in lex.word_set("names.surnames") or name.startswith(lex.words("names.compound_surnames"))
