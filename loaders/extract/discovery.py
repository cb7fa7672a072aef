"""Names the gazetteer lacks: organisations, quoted people and titled policies found by cue words."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ...schema import NodeType, slugify
from ...schema.text import to_simplified
from .lexicon import Lexicon, group_span
from .mentions import Mention
from .normalize import Normalised
from .prefilter import finditer, may_match
from .sentences import sentence_spans
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
    simplified_id: bool = False  # one id in both scripts (a policy title written in either)
    title: bool = False       # a title in marks: names inside it are part of it ("《国务院关于…的意见》")
    over_known: bool = False  # read whole over a shorter known name it opens with ("穆迪雅（Jane Roe）" holds "穆迪")


DISCOVERIES = (
    Discovery("names.org_suffixed", "discovery.org_{lang}", NodeType.ORGANIZATION, "company", whole=True,
              checks=("not_generic", "first_word")),
    # a name ending in a trade (AI) coordinated with a suffixed name: "Zentra AI and Borka Labs" are two companies
    Discovery("names.org_coordinated", "discovery.org_coordinated", NodeType.ORGANIZATION, "company", whole=True,
              checks=("not_generic", "first_word")),
    # a name ending in a trade too common to be a suffix elsewhere (AI, 科技, 智能), the subject of a verb of release
    # ("Veltra AI released…", "衡宇科技今天发布了…", "初创公司星澜发布了…")
    Discovery("names.org_releasing", "discovery.org_releasing", NodeType.ORGANIZATION, "company", whole=True,
              checks=("not_generic", "first_word")),
    # typed by its descriptor: "research firm X" an analyst, "think tank X" research, "privacy watchdog X" an agency
    Discovery("names.org_described", "discovery.org_described", NodeType.ORGANIZATION, "typed",
              checks=("first_word",)),
    # a one-word CamelCase name where research is done or authored: "researchers at BerriAI", "a study conducted by FloTorch"
    Discovery("names.org_researching", "discovery.org_researching", NodeType.ORGANIZATION, "research",
              checks=("first_word",)),
    # a public body named head first: "the Ministry of Economy, Trade and Industry", "Department of Digital Affairs"
    Discovery("names.body_headed", "discovery.body_{lang}", NodeType.ORGANIZATION, "agency"),
    Discovery("names.person", "discovery.person_{lang}", NodeType.SOURCE, "person", checks=("person",)),
    # a full name with a title before it or in apposition after it ("Treasurer Jane Roe", "Jane Roe, Minister of …")
    Discovery("names.person_titled", "discovery.person_{lang}", NodeType.SOURCE, "person", checks=("person",)),
    # a foreign name in Chinese characters, its Latin spelling in brackets after it ("分析师坎达巴图（Jane Roe）表示"): no surname needed
    Discovery("names.person_glossed", "discovery.person_{lang}", NodeType.SOURCE, "person", over_known=True),
    Discovery("names.outlet_described", "discovery.outlet_{lang}", NodeType.SOURCE, "outlet", checks=("first_word",)),
    # a name where only a publisher stands ("…, Quillwire reported", "told Quillwire that", "星河日报讯（记者…）")
    Discovery("names.outlet_cited", "discovery.outlet_cited_{lang}", NodeType.SOURCE, "outlet",
              checks=("first_word", "not_outlet", "outlet_words")),
    # a name shaped like a publication's ("Quillwire Daily", "the Ledger Times")
    Discovery("names.outlet_shaped", "discovery.outlet_shaped", NodeType.SOURCE, "outlet",
              checks=("first_word", "not_outlet", "outlet_words")),
    # a name right before "leaderboard"/排行榜: the leaderboard a ranking is read on ("the ZetaBench leaderboard")
    Discovery("names.board_named", "discovery.board_{lang}", NodeType.SOURCE, "report", checks=("first_word", "named")),
    Discovery("names.policy_titled", "discovery.policy_{lang}", NodeType.POLICY, "rule", title=True, simplified_id=True),
    Discovery("names.law_titled", "discovery.policy_{lang}", NodeType.POLICY, "law", title=True,
              checks=("first_word",)),
)
_LONGEST_SUFFIXED = 6   # the most characters names.org_suffixed takes before a suffix
_DESCRIBED_AFTER = r", (?:an?|the) [^,.;]{1,80}"  # (a template: "X, a U.S. research firm," runs past "U.S.")
_TYPED_BEFORE = r"(?:{})\s*[「“]?(?:the\s+)?$"
_TYPED_KINDS = (("analyst", "{names.analyst_nouns}"), ("research", "{names.research_nouns}"), ("agency", "{names.agency_nouns}"))
# "《…办法》（以下简称《办法》）", "(hereinafter the …)": a short title right after the full one, introduced as its short form
_SHORT_FORM = r"[^，。；;]{0,3}?{names.short_form_cues}[^，。；;,]{0,5}?[“\"「《]?\s*"
_POSSESSIVE = re.compile(r"\S+['’]s ")
_AND_AFTER = re.compile(r"\s+(?:and|&)\s+(?=[A-Z])")  # after a known name inside a suffixed one: a list of two names
_NAME_GOES_ON = re.compile(r"\b[A-Z][\w'’-]* (?:of|for|and|on) (?:the )?$")
# "这家公司", "芯片公司", "强调公司" (a speech verb before 公司), "如今这些公司": a description or a clause, not a name
_GENERIC = r"^(?:[{names.generic_starts:chars}].*|{speech.cites}.*|.*{names.generic_ends}|.*{names.generic_inside}.*)$"


def discover_names(norm: Normalised, taken: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """Organisations and quoted people found by cue words, outside already-taken spans."""
    lex = lexicon or Lexicon.default()
    found, spans, own = [], Spans((m.start, m.end) for m in taken), Spans()   # own: the names found here
    # a suffixed name may hold a place ("北京某某研究院"): only names other than places are taken for it
    unplaced = Spans((m.start, m.end) for m in taken if m.kind not in PLACE_KINDS)
    unplaced_titles = Spans()
    # a title ending with a known name is that name ("《中华人民共和国数据安全法》", "State Administration for
    # Market Regulation" is no law); one holding a known name elsewhere is a policy of its own
    # ("《人工智能+教育行动方案》"), kept whole
    known_ends = {m.end for m in taken}
    # a title crossing a known name's edge is a fragment of it ("Export Control Framework" of "… Framework for
    # Artificial Intelligence Diffusion"), none of its own
    # an English title holding a company or a model ("New Rules on AI Chips Hit Nvidia"): a headline, no law
    parties = Spans((m.start, m.end) for m in taken if m.type == NodeType.MODEL
                    or (m.type == NodeType.ORGANIZATION and m.kind not in PLACE_KINDS))
    places: dict[int, int] = {}
    for m in taken:
        if m.kind in PLACE_KINDS:
            places[m.start] = max(places.get(m.start, 0), m.end)
    articles = lex.word_set("names.name_articles")
    titles = lex.word_set("names.person_titles")
    research = lex.word_set("names.research_suffixes")
    agencies = lex.word_set("names.agency_suffixes")
    analysts = lex.word_set("names.analyst_suffixes")
    universities = lex.word_set("names.university_suffixes")
    collectives = lex.word_set("names.collective_suffixes")
    lowered = None  # the text in lower case, made when first needed
    short_forms: dict[str, str] = {}  # a short title's id → the id of the full title it was introduced for
    # the taken names by where they end, and in the order of their starts (each match looks up its own span only:
    # scanning every name per match was quadratic in an article's length)
    ends_at: dict[int, list[Mention]] = {}
    for m in taken:
        ends_at.setdefault(m.end, []).append(m)
    by_start = sorted(((m.start, i) for i, m in enumerate(taken)))
    starts = [b[0] for b in by_start]
    for discovery in DISCOVERIES:
        for code, regex, wordlist in lex.per_language(discovery.lexicon_list):
            rule = discovery.rule.format(lang=code)
            text = norm.folded if wordlist.match == "folded" else norm.original
            if not may_match(regex, text):
                continue  # a word every match needs is missing: nothing to find
            for match in finditer(regex, text):
                start, end = group_span(match, "name")
                if discovery.whole:
                    end = group_span(match, "suffix")[1]
                surface = norm.original[start:end]
                before_cut = None
                while discovery.whole and surface.split(" ", 1)[0] in articles and " " in surface:
                    cut = surface.index(" ") + 1  # "The Authors Guild", "Startup Zeta Labs": the article is no part of the name
                    before_cut = (start, surface)
                    start, surface = start + cut, surface[cut:]
                if before_cut is not None and surface == match.group("suffix"):
                    if before_cut[1].startswith("The "):
                        continue  # "The Commission said": the suffix alone names no one
                    start, surface = before_cut  # "(The) Startup Alliance": the last word cut is the name's own
                while discovery.kind == "person" and surface.count(" ") >= 2 and surface.split(" ", 1)[0] in titles:
                    cut = surface.index(" ") + 1  # "Secretary Jane Roe": the title is not part of the name
                    start, surface = start + cut, surface[cut:]
                if discovery.kind == "law" and _POSSESSIVE.match(surface) and spans.overlaps(start, start + 1):
                    cut = surface.index(" ") + 1  # "Google's Frontier Safety Framework", "Biden's Executive Order": the owner is no part
                    start, surface = start + cut, surface[cut:]
                name = match.string[slice(*group_span(match, "name"))]
                if discovery.whole and len(name) >= _LONGEST_SUFFIXED and code == "zh" \
                        and lex.pattern("{names.truncated_before}").search(text, max(0, start - 2), start):
                    continue  # "星河数据技术及应用国家工程研究中心": the end of a longer name, none of its own
                if discovery.whole and code == "zh" and lex.pattern("{names.described_name_after}").match(norm.original, end):
                    continue  # "德国 AI 算力租赁公司 Zentrix": the words describe the Latin name after them
                if discovery.whole and places.get(start, -1) >= group_span(match, "name")[1]:
                    continue  # "欧洲联盟" is the EU itself: the place is the whole name, not a part of it
                if discovery.whole and start in places and _POSSESSIVE.match(surface) \
                        and norm.original[places[start]:places[start] + 3] in ("'s ", "’s "):
                    cut = places[start] + 3 - start  # "Britain's AI Security Institute": the country is no part of it
                    start, surface = start + cut, surface[cut:]
                listed = min((i for _, i in by_start[bisect_left(starts, start):bisect_left(starts, end)]
                              if taken[i].end < end and _AND_AFTER.match(norm.original, taken[i].end)),
                             default=None) if discovery.whole else None
                listed = taken[listed] if listed is not None else None
                if listed is not None:
                    cut = _AND_AFTER.match(norm.original, listed.end).end() - start
                    start, surface = start + cut, surface[cut:]  # "Disney and Universal Pictures": a known name, then another
                    if surface == match.group("suffix"):
                        continue
                if discovery.whole and _alone_on_line(norm.original, start, end):
                    continue  # "## Breaking Speed Records": a heading's capitals and a suffix's word, no name
                if discovery.whole and any(m.start >= start for m in ends_at.get(end, ())):
                    continue  # "Taiwan's National Science and Technology Council": the known name is the head
                if discovery.whole and any(m.start < start and m.end >= end for m in taken):
                    continue  # "美国管理和预算办公室" known: "预算办公室" is the end of it, no name of its own
                if discovery.kind == "person" and _NAME_GOES_ON.search(norm.original, max(0, start - 40), start):
                    continue  # "Ministry of Internal Affairs said": the end of a longer name, no person
                if discovery.title and end not in known_ends \
                        and not (discovery.kind == "law" and parties.overlaps(start, end)) \
                        and not any(m.start < start < m.end or m.start < end < m.end for m in taken) \
                        and not unplaced_titles.overlaps(start, end) and _plausible(lex, discovery, wordlist, name, surface):
                    unplaced_titles.add(start, end)  # a title holds names ("国务院", "人工智能+"): they are part of it
                    entity_id = slugify(to_simplified(surface) if discovery.simplified_id else surface)
                    earlier = sorted((f for f in (*taken, *found) if f.type == NodeType.POLICY and f.end <= start),
                                     key=lambda f: f.end)
                    if earlier and lex.pattern(_SHORT_FORM).fullmatch(norm.folded, earlier[-1].end, start):
                        short_forms[entity_id] = earlier[-1].entity_id  # "《…标识办法》(以下简称《标识办法》)": the same policy
                    entity_id = short_forms.get(entity_id, entity_id)
                    found.append(Mention(start, end, surface, entity_id, discovery.type, DISCOVERED, rule,
                                         kind=discovery.kind))
                    continue
                if discovery.title:
                    continue
                # "港大经管学院", "新华社研究院": a known body opening a school's or an institute's name is its owner, part of it
                owner = next((m for m in taken if m.start == start and m.end < end and m.kind not in PLACE_KINDS
                              and m.type in (NodeType.ORGANIZATION, NodeType.SOURCE) and m.kind != "person"), None) \
                    if discovery.whole and match.group("suffix") in research | universities else None
                blocked = (unplaced if discovery.whole else spans).overlaps(owner.end if owner else start, end)
                if blocked and discovery.over_known:  # only known names strictly inside it, none of its own kind found
                    blocked = own.overlaps(start, end) or any(
                        m.start < end and start < m.end and not (start <= m.start and m.end < end) for m in taken)
                if _plausible(lex, discovery, wordlist, name, surface) and not blocked:
                    spans.add(start, end)
                    own.add(start, end)
                    unplaced.add(start, end)
                    kind = discovery.kind
                    if kind == "typed":  # the kind its descriptor names (the text of the match outside the name)
                        a, b = group_span(match, "name")
                        after = lex.pattern(_DESCRIBED_AFTER).match(match.string, b)  # "X, a market research firm," (a lookahead)
                        described = (match.string[match.start():a] + " " + (after.group() if after else "")).lower()
                        kind = next((k for k, nouns in _TYPED_KINDS if lex.pattern(nouns).search(described)), "company")
                    if discovery.whole and match.group("suffix") in research:
                        kind = "research"  # "某某研究院", "Acme Institute": typed by its descriptor
                    elif discovery.whole and match.group("suffix") in agencies:
                        kind = "agency"    # "Nordland Data Protection Authority": a public body
                    elif discovery.whole and match.group("suffix") in analysts:
                        kind = "analyst"   # "Tidewater Analytics": a firm selling data and research
                    elif discovery.whole and match.group("suffix") in universities:
                        kind = "university"   # "星河大学", "Quillmoor University": a university or one of its schools
                    elif discovery.whole and match.group("suffix") in collectives:
                        kind = "collective"   # "星河作家协会", "Quillmoor Writers Guild": an association speaking for its members
                    if kind == "company" and discovery.whole:  # "research firm Tidewater Partners": the descriptor types it
                        lowered = lowered if lowered is not None else norm.original.lower()  # once per article
                        kind = next((k for k, nouns in _TYPED_KINDS
                                     if lex.pattern(_TYPED_BEFORE.format(nouns)).search(lowered, max(0, start - 40), start)),
                                    kind)
                    found.append(Mention(start, end, surface, slugify(surface), discovery.type, DISCOVERED, rule,
                                         kind=kind))
    return found


PLACE_KINDS = frozenset({"country", "city", "region", "government"})
_LISTED_NAME = re.compile(r"(?<![A-Za-z0-9&.'’-])[A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,2}(?![A-Za-z0-9&'’-])")
_LISTED_SEPARATOR = "{names.list_separators}"
_LISTED_KNOWN = 2  # known organisations a list must hold for its unknown capitalised members to be organisations too
_LISTED_ITEMS = 3  # items a list must have
_PUBLIC_KINDS = frozenset({"agency", "legislature"})  # known bodies that make a list's unknown "…部", "…委" bodies too
_PARTY_ITEMS = 2  # items a list of parties to a legal act must have (names.party_acts in its sentence)
_TITLED = r"(?:{names.person_titles})\s+$"


def discover_listed(norm: Normalised, taken: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """"Siemens, SAP and Airbus warned…", "三星、LG與SK海力士": a capitalised Latin name the gazetteer lacks, listed
    (commas, "and", 、, 和…: ``names.list_separators``) with at least two known organisations that are no places in
    a list of three or more, is an organisation too. Not a word that opens sentences (``names.not_names``), nor
    generic words only ("Research Institute")."""
    lex = lexicon or Lexicon.default()
    orgs = [m for m in taken if m.type == NodeType.ORGANIZATION and m.kind not in PLACE_KINDS]
    if len(orgs) < _LISTED_KNOWN:
        return []
    text = norm.original
    spans = Spans((m.start, m.end) for m in taken)
    not_names = lex.word_set("names.not_names")
    items = [(m.start, m.end, m) for m in orgs]
    for match in _LISTED_NAME.finditer(text):
        start, end = match.span()
        surface = match.group()
        if spans.overlaps(start, end) or surface.split()[0] in not_names or _generic_words(lex, surface + " X") \
                or any(w in not_names for w in surface.split()):
            continue
        items.append((start, end, None))
    bodies = _listed_bodies(lex, norm, spans)
    items += [(start, end, None) for start, end in bodies]
    items.sort(key=lambda item: item[:2])
    separator = lex.pattern(_LISTED_SEPARATOR)
    context = _PartyContext(norm, taken, lex)
    found, chain = [], []
    for item in items + [None]:
        if item is not None and chain and separator.fullmatch(norm.folded, chain[-1][1], item[0]):
            chain.append(item)
            continue
        known = sum(1 for c in chain if c[2] is not None)
        public = sum(1 for c in chain if c[2] is not None and c[2].kind in _PUBLIC_KINDS)
        if len(chain) >= _LISTED_ITEMS and public >= _LISTED_KNOWN:
            for start, end, m in chain:
                if m is None and (start, end) in bodies:
                    found.append(Mention(start, end, text[start:end], slugify(to_simplified(text[start:end])),
                                         NodeType.ORGANIZATION, DISCOVERED, "discovery.body_listed", kind="agency"))
        if len(chain) >= _LISTED_ITEMS and known >= _LISTED_KNOWN:
            for start, end, m in chain:
                if m is None and (start, end) not in bodies:
                    surface = text[start:end]
                    found.append(Mention(start, end, surface, slugify(surface), NodeType.ORGANIZATION, DISCOVERED,
                                         "discovery.org_listed", kind="company"))
        elif len(chain) >= _PARTY_ITEMS and known and _party_list(lex, norm, context, chain):
            for start, end, m in chain:
                if m is None and (start, end) not in bodies:
                    surface = text[start:end]
                    found.append(Mention(start, end, surface, slugify(surface), NodeType.ORGANIZATION, DISCOVERED,
                                         "discovery.org_party", kind="company"))
        chain = [item] if item is not None else []
    return found


def _alone_on_line(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` is all its line holds (but heading and list marks): a heading, whose words are
    capitalised whatever they are.

    >>> _alone_on_line("Intro\n## Breaking Speed Records\nText", 9, 31), _alone_on_line("Acme Labs said so.", 0, 9)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip(" \t#*>-") and not text[end:line_end].strip(" \t#*:")


def _listed_bodies(lex: Lexicon, norm: Normalised, spans: Spans) -> set[tuple[int, int]]:
    """The spans of short Chinese names of public bodies between list marks (``names.listed_bodies``: "、教育部、")
    that no known name covers: members of a list of bodies when the list holds known ones (discover_listed)."""
    found = set()
    for match in lex.pattern("{names.listed_bodies}").finditer(norm.folded):
        start, end = match.span("name")
        if not spans.overlaps(start, end):
            found.add((start, end))
    return found


class _PartyContext:
    """What :func:`_party_list` reads of the whole article, computed once per article rather than once per list
    (once per list was quadratic in an article's length): where its sentences end, the surnames of its known
    people, and per word whether and where it is written."""

    def __init__(self, norm: Normalised, taken: list[Mention], lexicon: Lexicon | None = None):
        text = norm.original
        # the article's sentences as the extractor splits them ("Acme Inc. and Zeta sued…" is one)
        self.sentences = list(sentence_spans(text, lexicon)) or [(0, len(text))]
        self.ends = [end for _, end in self.sentences]
        self.surnames = {m.surface.split()[-1] for m in taken if m.type == NodeType.SOURCE and m.kind == "person"}
        self._lowered: dict[str, bool] = {}
        self._places: dict[str, list[int]] = {}
        self.text = text

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (the first ending after it), as ``(start, end)``."""
        i = bisect_right(self.ends, pos)
        return self.sentences[min(i, len(self.sentences) - 1)]

    def written_lower(self, word: str) -> bool:
        if word not in self._lowered:
            self._lowered[word] = re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", self.text) is not None
        return self._lowered[word]

    def places(self, word: str) -> list[int]:
        if word not in self._places:
            self._places[word] = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self.text)]
        return self._places[word]


def _party_list(lex: Lexicon, norm: Normalised, context: _PartyContext, chain: list) -> bool:
    """A list holding a known organisation, in a sentence of a legal act (``names.party_acts``: "A, B and C sued D",
    "D was sued by A and B", "A、B和C对D提起诉讼"), names parties: its unknown members are organisations too, when
    each is one word ("Concord", "ABKCO") or ends with an organisation suffix ("Zeta Records"): two capitalised
    words may be a person ("Jane Roe"), and so is a word a title opens elsewhere ("Mr. Roe") or a known person's
    surname."""
    text = norm.original
    sentence_start, sentence_end = context.sentence(chain[0][0])
    if not lex.pattern("{names.party_acts}").search(norm.folded, sentence_start, max(sentence_end, chain[-1][1])):
        return False
    suffixes = lex.word_set("names.org_suffixes")
    surnames = context.surnames
    titled = lex.pattern(_TITLED)
    product = lex.pattern("{worry.product_nouns}")
    for start, end, m in chain:
        if m is not None:
            continue
        words = text[start:end].split()
        if len(words) > 1 and words[-1] not in suffixes or words[-1] in surnames:
            return False
        if product.match(norm.folded, end):
            return False  # "Acme and Zeta's app": a product
        if not text[sentence_start:start].strip() and words[-1] not in suffixes and words[0][1:].islower():
            return False  # "Lawyers and Acme sued…": a capital opening a sentence may be an ordinary word's
        if words[0][1:].islower() and context.written_lower(words[0]):
            return False  # "copyright" written elsewhere: "Copyright" is an ordinary word, no name
        for other in context.places(words[-1]):
            if titled.search(text, max(0, other - 20), other):
                return False  # "Mr. Roe": a person
    return True


def without_places_inside(mentions: list[Mention], discovered: list[Mention],
                          norm: Normalised | None = None) -> list[Mention]:
    """Drop the place mentions a discovered organisation's name holds ("北京" in "北京某某研究院"),
    and every name a discovered policy's title holds ("人工智能+" in "《人工智能+教育行动方案》") but
    the issuing body opening it ("国务院" in "《国务院关于…的意见》", kept when ``norm`` is given)."""
    names = Spans((m.start, m.end) for m in discovered if m.type == NodeType.ORGANIZATION)
    titles = Spans((m.start, m.end) for m in discovered if m.type == NodeType.POLICY)
    issuers = {m.start for m in discovered if m.type == NodeType.POLICY}
    schools = {(m.start, m.end) for m in discovered if m.kind in _OWNED_KINDS}   # "港大经管学院": its owner is part of it
    people = Spans((m.start, m.end) for m in discovered if m.kind == "person")   # "穆迪" in "穆迪雅（Jane Roe）"
    return [m for m in mentions if (not titles.overlaps(m.start, m.end) or _issuer(norm, m, issuers))
            and not people.overlaps(m.start, m.end)
            and (m.kind not in PLACE_KINDS or not names.overlaps(m.start, m.end))
            and not any(a == m.start and m.end < b for a, b in schools)]


_OWNED_KINDS = ("research", "university")   # a school or an institute may open with its owner's name


def _issuer(norm: Normalised | None, m: Mention, title_starts: set[int]) -> bool:
    """An organisation opening a title, followed by "关于" ("《国务院关于…的意见》"): the issuer."""
    return norm is not None and m.type == NodeType.ORGANIZATION and m.start in title_starts \
        and norm.folded.startswith("关于", m.end)


def later_surnames(norm: Normalised, mentions: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """"Wei said" after "C.C. Wei, the chief executive, …", "Roe表示" after "分析师Jane Roe指出": a quoted person's
    Latin surname alone is that person."""
    people = {m.surface.split()[-1]: m for m in mentions if m.type == NodeType.SOURCE and m.kind == "person"
              and " " in m.surface and m.surface.split()[-1][:1].isupper()}
    if not people:
        return []
    spans = Spans((m.start, m.end) for m in mentions)
    found = []
    speaks_after = (lexicon or Lexicon.default()).alternation("names.speaks_after")
    # on the folded copy (a Chinese verb in either script: "Roe表示", "Roe說"), the name as written checked after
    pattern = re.compile(rf"(?<![a-z0-9.'’-])({'|'.join(map(re.escape, sorted({p.lower() for p in people})))})"
                         rf"(?={speaks_after})")
    for match in pattern.finditer(norm.folded):
        surface = norm.original[match.start(1):match.end(1)]
        if surface in people and not spans.overlaps(*match.span(1)):
            who = people[surface]
            found.append(Mention(match.start(1), match.end(1), surface, who.entity_id, who.type,
                                 who.confidence, "discovery.surname", kind="person"))
    return found


def _plausible(lex: Lexicon, discovery: Discovery, wordlist, name: str, surface: str) -> bool:
    """The checks a discovery asks for, with the lexicons' word lists."""
    for check in discovery.checks:
        if check == "not_generic" and (lex.pattern(_GENERIC).match(name) or _generic_words(lex, surface)):
            return False  # "这家公司", "芯片公司", "the Research Institute": a description, not a name
        if check == "first_word" and surface.split()[0] in lex.word_set("names.not_names") \
                and not (discovery.kind == "law" and surface.count(" ") >= 2
                         and surface.split()[0] in lex.word_set("names.law_openers")):
            return False  # "The", "Chief": the capitalised word opening a sentence
        if check == "named" and all(w in lex.word_set("names.generic_words") for w in surface.split()):
            return False  # "the AI leaderboard", "Open leaderboard": only generic words, no name
        if check == "not_outlet" and any(w in lex.word_set("names.not_outlets") for w in surface.split()):
            return False  # "told Congress", "according to Parliament": a body of state, no outlet
        if check == "outlet_words" and surface[:1].isascii() and all(
                w in lex.word_set("names.generic_words") | lex.word_set("names.outlet_not_heads") for w in surface.split()):
            return False  # "Breaking News", "the Tech Wire": only generic words, no publication named
        if check == "person" and not _person(lex, wordlist, name, surface):
            return False
    return True


def _generic_words(lex: Lexicon, surface: str) -> bool:
    """Every word but the suffix is a generic one ("Research Institute", "Chinese AI Labs"): no name.

    >>> _generic_words(Lexicon.default(), "National Research Institute"), _generic_words(Lexicon.default(), "Allen Institute")
    (True, False)
    """
    words = surface.split()
    generic = lex.word_set("names.generic_words")
    return len(words) > 1 and all(w in generic for w in words[:-1])


def _person(lex: Lexicon, wordlist, name: str, surface: str) -> bool:
    if surface[:1].isascii():
        if wordlist.match == "folded" and not surface[:1].isupper():
            return False  # matched on the folded copy: a Latin name must be capitalised
        not_person = lex.word_set("names.generic_words") | lex.word_set("names.org_suffixes")
        # "Chinese Research Institutes said": a description or an organisation, not a person
        return surface.split()[0] not in lex.word_set("names.not_names") and not any(w in not_person for w in surface.split())
    # a Chinese name found by its title opens with a common surname ("官员私下表示" has no name in it), and not
    # with a preposition and its frame ("院長於會中強調", "院长于会上强调": 於 is never a surname)
    if name.startswith(lex.words("names.not_name_openings")) or surface.startswith(lex.words("names.not_name_openings_original")):
        return False
    return "·" in name or name[:1] in lex.word_set("names.surnames") or name.startswith(lex.words("names.compound_surnames"))
