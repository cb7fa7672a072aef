"""Schema nodes for the article, its outlet and each mentioned entity."""
from __future__ import annotations

from ...schema import Article, NodeType, Source, make_node, slugify
from .gazetteer import Entry, Gazetteer
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
    publishing its own blog ("OpenAI") never collides with the company's node.
    """
    if not article.publisher:
        return None
    entry = gazetteer.lookup(article.publisher)
    if entry is None or entry.type != NodeType.SOURCE:
        found = [m for m in matcher.find(Normalised.of(article.publisher)) if m.type == NodeType.SOURCE]
        entry = gazetteer.entries[found[0].entity_id] if found else None
    if entry is None:
        return Source(id="outlet-" + slugify(article.publisher), name=article.publisher, kind="outlet",
                      confidence=0.6, first_seen=article.published)
    return gazetteer_node(entry, article, (article.publisher,))


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
