"""Schema nodes for the article, its outlet and each mentioned entity."""
from __future__ import annotations

import re

from ...schema import Article, NodeType, Source, make_node, slugify
from .gazetteer import Entry, Gazetteer
from .lexicon import Lexicon
from .mentions import Matcher, Mention
from .normalize import Normalised


def article_node(article: Article) -> Source:
    """The article itself, a Source named by its title."""
    return Source(id=article.id, name=article.title or article.id, kind="article", title=article.title,
                  url=article.url, published=article.published, language=article.language,
                  first_seen=article.published)


def outlet_node(article: Article, gazetteer: Gazetteer, matcher: Matcher) -> Source | None:
    """The outlet that published the article: a gazetteer Source if its name contains one.

    A publisher that is not a known outlet gets an ``outlet-`` id, so a company
    publishing its own blog ("OpenAI") never collides with the company's node. A story it
    carries from another outlet ("Local News 8 (AP)", "华尔街见闻（转载量子位）": see
    :func:`reprinted_from`) or the host it is read through ("Quillwire (via example.com)": see
    :func:`carried_by_host`) is not its own name: the outlet is looked for before the bracket.
    """
    if not article.publisher:
        return None
    publisher, parts = article.publisher, _reprint_of(article)
    if parts and (Lexicon.default().pattern("{citation.reprint_cues}").search(Normalised.of(parts[1]).folded)
                  or reprinted_from(article, gazetteer, matcher) or carried_by_host(article)):
        publisher = parts[0]   # "脑极体 (via example.com)": the outlet that wrote it, not the host it is read through
    entry = gazetteer.lookup(publisher)
    if entry is None or entry.type != NodeType.SOURCE:
        found = [m for m in matcher.find(Normalised.of(publisher)) if m.type == NodeType.SOURCE]
        entry = gazetteer.entries[found[0].entity_id] if found else None
    if entry is None:
        return Source(id="outlet-" + slugify(publisher), name=publisher, kind="outlet",
                      confidence=0.6, first_seen=article.published)
    return gazetteer_node(entry, article, (article.publisher,))


_REPRINT_OPEN = re.compile(r"\s*(?:[（(]|,\s+|，)")


def _split_reprint(publisher: str) -> tuple[str, str]:
    """The publisher's own name and what follows it in brackets or after a comma ("Local News 8 (AP)" →
    ("Local News 8", "AP"); "TechieMag, republishing The Verge" → ("TechieMag", "republishing The Verge"))."""
    found = _REPRINT_OPEN.search(publisher)
    if not found or found.start() == 0:
        return publisher.strip(), ""
    return publisher[:found.start()].strip(), publisher[found.end():].strip(" )）")


def _reprint_of(article: Article) -> tuple[str, str] | None:
    """The publisher's own name and what its metadata adds after it (:func:`_split_reprint`), or None when the
    article has no publisher or the publisher no such addition."""
    own, rest = _split_reprint(article.publisher) if article.publisher else ("", "")
    return (own, rest) if own and rest else None


def carried_by_host(article: Article, lexicon: Lexicon | None = None) -> bool:
    """Whether the publisher's metadata names a host the story is read through ("澎湃新闻 (via example.com)",
    "星河日报(转载于 example.cn)", "Quillwire (as carried by Example News)"): the outlet named first wrote the story,
    and what the text credits to it (a dateline, its journalists, its byline) is a citation of it, no self-citation."""
    parts = _reprint_of(article)
    if parts is None:
        return False
    lex = lexicon or Lexicon.default()
    rest = Normalised.of(parts[1]).folded.strip(" )）")
    opens = lex.pattern("{citation.carried_by}")
    # the host opens the bracket or one of its comma-separated parts ("English edition, via example.com"), or is named
    # first and a word of copying closes the bracket ("example.com 转载", "CSDN blog mirror")
    if any(opens.match(part.strip()) for part in _PARTS.split(rest)):
        return True
    closes = lex.pattern(r"(?:{citation.carried_by_after})\s*$").search(rest)
    # the host is a name or an address ("example.cn 转载"), not a description ("科技文章转载": a reprinted article)
    return bool(closes and _LATIN.search(rest, 0, closes.start()))


_LATIN = re.compile(r"[a-z]")


_PARTS = re.compile(r"[,，;；、]")


_NAMED_AFTER = r"{citation.reprint_cues}\s*(?P<name>[A-Z\u4e00-\u9fff《][^()（）,，;；]{1,40}?)\s*$"


def reprinted_names(article: Article, norm: Normalised, taken: list[Mention], matcher: Matcher,
                    lexicon: Lexicon | None = None) -> list[Mention]:
    """An outlet the gazetteer lacks, named after a reprint word in the publisher's metadata ("Cointeeth (citing
    Decrypt)"): the article's every mention of that exact name is that outlet (then read by the rules as any outlet:
    "According to Decrypt, …"). Names the gazetteer knows are left to it."""
    parts = _reprint_of(article)
    if parts is None:
        return []
    rest = parts[1]
    lex = lexicon or Lexicon.default()
    found = lex.pattern(_NAMED_AFTER).search(rest)
    if not found or any(m.type == NodeType.SOURCE for m in matcher.find(Normalised.of(rest))):
        return []
    name = found.group("name").strip()
    if name in lex.word_set("names.not_names"):
        return []  # "(citing AI)", "(citing The)": a word of every sentence, no outlet's name
    spans = [(m.start, m.end) for m in taken]
    out = []
    # a Latin name stands apart from the words around it, as written; a Chinese one is glued to them ("据新智猿报道")
    # and is looked for in the folded text (either script: "據新智猿報導"; folding keeps every offset)
    before = r"(?<![\w-])" if name[0].isascii() else ""
    after = r"(?![\w-])" if name[-1].isascii() else ""
    latin = name[0].isascii()
    wanted = re.escape(name if latin else Normalised.of(name).folded)
    for hit in re.finditer(before + wanted + after, norm.original if latin else norm.folded):
        if not any(a < hit.end() and hit.start() < b for a, b in spans):
            out.append(Mention(hit.start(), hit.end(), name, slugify(name), NodeType.SOURCE, 0.6,
                               "discovery.reprinted", kind="outlet"))
    return out


def reprinted_from(article: Article, gazetteer: Gazetteer, matcher: Matcher, lexicon: Lexicon | None = None) -> list[str]:
    """The outlets or wires whose story the publisher carries, as its metadata says: "Local News 8 (AP)",
    "nippon.com (Jiji Press)" (a wire's name alone in the bracket), "华尔街见闻（转载量子位）", "X (republishing Ars
    Technica)", "Y（中央社外電）" (a reprint word with the name: ``citation.reprint_cues``). The host a story is
    read through ("Reuters (via Yahoo Finance)") or a site's own address or edition ("(CSDN blog mirror)",
    "(English edition)") carries no story: nothing."""
    parts = _reprint_of(article)
    if parts is None:
        return []
    own, rest = parts
    lex = lexicon or Lexicon.default()
    if carried_by_host(article, lex):
        return []   # "中央社（雅虎奇摩新闻转载）": the bracket names the host that reprinted the story, not whose it is
    inner = Normalised.of(rest)
    named = [m for m in matcher.find(inner) if m.type == NodeType.SOURCE and m.kind not in ("person", "benchmark")]
    if not named:
        return []
    own_ids = {m.entity_id for m in matcher.find(Normalised.of(own)) if m.type == NodeType.SOURCE}
    bare = len(named) == 1 and named[0].kind == "wire" and not inner.folded[:named[0].start].strip() \
        and not inner.folded[named[0].end:].strip()
    if not bare and not lex.pattern("{citation.reprint_cues}").search(inner.folded):
        return []
    return list(dict.fromkeys(m.entity_id for m in named if m.entity_id not in own_ids))


def byline_wires(article: Article, gazetteer: Gazetteer, matcher: Matcher) -> list[Entry]:
    """The wire services the article's byline credits as its author ("By PA Media", "By Reuters", "文/新华社"): the story
    is the wire's copy, carried by the page (a wire named whole as the author; a reporter's name is none).

    >>> from newsgraph.schema import Article
    >>> g = Gazetteer.default()
    >>> [e.id for e in byline_wires(Article(id="a1", title="t", text="x", author="PA Media"), g, Matcher(g))]
    ['pa-media']
    >>> byline_wires(Article(id="a1", title="t", text="x", author="Jane Doe"), g, Matcher(g))
    []
    """
    if not article.author:
        return []
    author = Normalised.of(article.author.strip())
    found = [m for m in matcher.find(author) if m.type == NodeType.SOURCE and m.entity_id in gazetteer.entries]
    wires = {m.entity_id for m in found if gazetteer.entries[m.entity_id].kind == "wire"}
    if len(wires) != 1 or len({m.entity_id for m in found}) != 1:
        return []  # no wire, or names of two sources
    rest = author.original
    for m in sorted(found, key=lambda m: -m.start):
        rest = rest[:m.start] + rest[m.end:]
    return [] if _OUTSIDE.sub("", rest) else [gazetteer.entries[wires.pop()]]


def writer_in_byline(article: Article, outlet) -> bool:
    """Whether the byline opens with the outlet's name ("华商韬略 林岚" for 华商韬略; "Quillwire Staff"): on a host's copy of
    its story (:func:`carried_by_host`) the outlet credits itself as the author, a credit the page carries (cites.byline_writer).

    >>> from newsgraph.schema import Article, Source
    >>> out = Source(id="outlet-quillwire", name="Quillwire", kind="outlet")
    >>> writer_in_byline(Article(id="a", title="t", text="x", author="Quillwire Staff"), out)
    True
    >>> writer_in_byline(Article(id="a", title="t", text="x", author="Jane Roe"), out)
    False
    >>> writer_in_byline(Article(id="a", title="t", text="x", author="Quillwireless"), out)   # a longer name
    False
    """
    if not article.author or outlet is None:
        return False
    author = Normalised.of(article.author.strip()).folded
    for name in {outlet.name, *(getattr(outlet, "aliases", None) or ())}:
        key = Normalised.of(name.strip()).folded
        if len(key) >= 2 and author.startswith(key):
            rest = author[len(key):]
            if not rest or not (key[-1].isascii() and key[-1].isalnum() and rest[0].isascii() and rest[0].isalnum()):
                return True
    return False


_OUTSIDE = re.compile(r"[\s()（）,，]|(?i:the)")  # what may stand around a wire's name in a byline ("AP (Associated Press)")


def gazetteer_node(entry: Entry, article: Article, seen=()):
    """The node for a gazetteer entry: its canonical names and the spellings ``seen`` in the article.

    >>> from newsgraph.schema import Article
    >>> entry = Gazetteer.default().entries["qwen3"]
    >>> art = Article(id="a1", title="t", text="x")
    >>> node = gazetteer_node(entry, art, ("QWEN3",))
    >>> node == make_node(entry.type, id=entry.id, name=entry.name, aliases=[*entry.canonical, "QWEN3"], kind=entry.kind,
    ...                   first_seen=None, family=entry.family) and node.model_fields_set == make_node(entry.type, id=entry.id,
    ...     name=entry.name, aliases=[*entry.canonical, "QWEN3"], kind=entry.kind, first_seen=None, family=entry.family).model_fields_set
    True
    """
    key = (id(entry), article.published)
    built = _BUILT.get(key)
    node = built[1] if built is not None and built[0] is entry else None
    if node is None:
        fields = dict(id=entry.id, name=entry.name, aliases=list(entry.canonical), kind=entry.kind,
                      first_seen=article.published)
        if entry.type == NodeType.MODEL:
            fields["family"] = entry.family
        node = make_node(entry.type, **fields)
        if len(_BUILT) >= _BUILT_MAX:
            _BUILT.clear()
        _BUILT[key] = (entry, node)
    # a copy with a list of its own: the node built (and validated) once is never handed out
    return node.model_copy(update={"aliases": sorted({*node.aliases, *seen}) if seen else list(node.aliases)})


# per (entry, publication date): the entry and its node without the spellings seen (the same for every article of that date)
_BUILT: dict[tuple, object] = {}
_BUILT_MAX = 1 << 16


def entity_node(m: Mention, gazetteer: Gazetteer, article: Article):
    """The node a mention names, with the spelling seen and any learned aliases."""
    seen = [m.surface, *m.extra_aliases]
    entry = gazetteer.entries.get(m.entity_id)
    if entry is not None:
        return gazetteer_node(entry, article, seen)
    fields = dict(id=m.entity_id, name=m.surface, aliases=seen, confidence=m.confidence,
                  kind=m.kind, first_seen=article.published)
    if m.type == NodeType.MODEL:
        fields["family"] = m.family
    return make_node(m.type, **fields)
