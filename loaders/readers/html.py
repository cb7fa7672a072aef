"""HTML pages: main text only (trafilatura, else lxml on <article>/<main>) plus page metadata. A data table
reads as pipe rows ("| Model | Score |"), a layout table as text, an ordered list's items as "1. item", in
either reading (see ``tables`` and ``lists``).

trafilatura costs about a millisecond per element: a page past ``MAX_ELEMENTS`` elements (news pages
have a few thousand), or with an element carrying more than ``MAX_ATTRIBUTES`` attributes, is a markup
bomb, and is read with the lxml extractor alone, whose cost stays small and linear."""
from __future__ import annotations

import logging
import re

import lxml.html
from lxml import etree

from newsgraph.schema.errors import InputError

from .article import make_article
from .budget import check_length
from .lists import number as number_lists, unbullet
from .tables import normalize as normalize_tables, to_blocks
from .text import build_body

log = logging.getLogger(__name__)
BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "br", "tr", "table", "section", "article", "main", "header", "footer", "figcaption",
          "dd", "dt", "hr"}
CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
               "iframe", "template", "svg", "button", "select")
MAX_ELEMENTS, MAX_ATTRIBUTES = 10_000, 200
CHROME_ATTR = re.compile(r"comment|share|social|related|footer|sidebar|menu|breadcrumb|advert|"
                         r"\bads?\b|promo|subscribe|newsletter|cookie|login|signup|copyright", re.I)


# A tag 20,000 characters long: its attributes are counted (libxml2's cost grows with their square).
# Possessive quantifiers: one pass over the text, whatever it holds.
_LONG_TAG = re.compile(r"<([A-Za-z][\w:-]*+)([^<>]{20000,}+)>")


def defuse(text: str) -> str:
    """``text`` with the attributes of any tag holding more than ``MAX_ATTRIBUTES`` of them dropped
    (an attribute bomb), so that parsing stays linear. Other markup is left as it is."""
    if len(text) < 20000:
        return text
    return _LONG_TAG.sub(lambda m: m.group(0) if m.group(2).count("=") <= MAX_ATTRIBUTES else f"<{m.group(1)}>", text)


def parse_html(text: str, path: str):
    try:  # bytes, so an <?xml encoding=...?> declaration is accepted
        return lxml.html.document_fromstring(
            defuse(text).encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"malformed HTML: {exc}") from None


def block_lines(root) -> list[str]:
    """The text of an element tree, one line per block element, whitespace collapsed."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        el.text = re.sub(r"\s+", " ", el.text) if el.text else el.text
        el.tail = re.sub(r"\s+", " ", el.tail) if el.tail else el.tail
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n" + (el.text or "")
    return [line.strip() for line in root.text_content().split("\n") if line.strip()]


def html_to_text(fragment: str) -> str:
    """An HTML fragment (feed summary, JSON body) → plain text lines."""
    if "<" not in fragment:
        return fragment
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for el in root.xpath("//script|//style"):
        el.drop_tree()
    if normalize_tables(root):
        to_blocks(root)
    number_lists(root)
    return "\n".join(block_lines(root))


def _trafilatura(text: str) -> str | None:
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml>=5.2 without lxml_html_clean
        log.debug("trafilatura unavailable (%s); using the lxml fallback", exc)
        return None
    try:
        return trafilatura.extract(text, include_comments=False, include_tables=True,
                                   include_images=False, deduplicate=False, favor_recall=True)
    except Exception as exc:  # noqa: BLE001 - any trafilatura failure: use the fallback
        log.debug("trafilatura failed (%s); using the lxml fallback", exc)
        return None


def _heavy(doc) -> bool:
    """Whether the page is too big a tree for trafilatura (see the module docstring)."""
    for count, el in enumerate(doc.iter(), start=1):
        if count > MAX_ELEMENTS or len(el.attrib) > MAX_ATTRIBUTES:
            return True
    return False


def _fallback(doc) -> str:
    root = (doc.xpath("//article") or doc.xpath("//main") or doc.xpath("//*[@role='main']")
            or doc.xpath("//body") or [doc])[0]
    for el in root.xpath("|".join(f".//{t}" for t in CHROME_TAGS)):
        el.drop_tree()
    for el in root.xpath(".//*[@class or @id]"):
        if el.getparent() is not None and CHROME_ATTR.search(f"{el.get('class', '')} {el.get('id', '')}"):
            el.drop_tree()
    to_blocks(root)
    return "\n".join(block_lines(root))


def _first(doc, *xpaths: str) -> str | None:
    for xp in xpaths:
        for value in doc.xpath(xp):
            value = (value if isinstance(value, str) else value.text_content()).strip()
            if value:
                return re.sub(r"\s+", " ", value)
    return None


_SITE_SUFFIX = re.compile(r"\s+[|\-–—_]\s+(?P<site>[^|\-–—_]{2,30}?)\s*$")


def _site_after_headline(page_title: str | None, headline: str | None) -> str | None:
    """The site's name a page title adds after the headline ("Acme unveils X - Example News" under the heading "Acme
    unveils X"): the publisher, when no meta tag names one.

    >>> _site_after_headline("Acme unveils X - Example News", "Acme unveils X")
    'Example News'
    >>> _site_after_headline("示例公司发布新模型 | 星河新闻网", "示例公司发布新模型")
    '星河新闻网'
    >>> _site_after_headline("Gemini vs GPT - which is better", "Gemini vs GPT - which is better") is None
    True
    """
    if not page_title or not headline or not page_title.startswith(headline):
        return None
    found = _SITE_SUFFIX.fullmatch(page_title, len(headline))
    return found.group("site").strip() if found else None


def _meta(name: str) -> str:
    return f"//meta[@property='{name}' or @name='{name}' or @itemprop='{name}']/@content"


def _page_date(text: str) -> str | None:
    """The page's date from its markup beyond the usual meta tags (JSON-LD, ``<time>``, date or
    byline elements), by htmldate — markup only, no guessing from the text or the URL."""
    try:
        import htmldate

        return htmldate.find_date(text, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception as exc:  # noqa: BLE001 - no date is better than no article
        log.debug("htmldate failed (%s)", exc)
        return None


def read_html(text: str, path: str) -> list:
    """One article from an HTML page."""
    doc = parse_html(text, path)
    meta = {
        "url": _first(doc, "//link[@rel='canonical']/@href", _meta("og:url")),
        "published": _first(doc, *map(_meta, ("article:published_time", "og:published_time",
                            "datePublished", "date", "pubdate", "publishdate", "dc.date",
                            "dcterms.date", "parsely-pub-date")), "//time/@datetime"),
        "publisher": _first(doc, *map(_meta, ("og:site_name", "publisher", "application-name"))),
        "author": _first(doc, _meta("author"), _meta("article:author")),
    }
    if not meta["publisher"]:
        meta["publisher"] = _site_after_headline(_first(doc, "//title"), _first(doc, "//h1"))
    if meta["author"] and meta["author"].startswith("http"):
        meta["author"] = None
    heavy = _heavy(doc)  # too big a tree for trafilatura and htmldate: the lxml reading only
    safe_text = None if heavy else defuse(text)
    if not meta["published"] and not heavy:
        meta["published"] = _page_date(safe_text)
    tables = normalize_tables(doc)  # tables as grids (or layout as text)
    numbered = number_lists(doc)    # <ol> items as "1. item": trafilatura reads the page so
    if (tables or numbered) and not heavy:
        safe_text = lxml.html.tostring(doc, encoding="unicode")
    title = _first(doc, _meta("og:title"), "//h1", "//title") or ""
    if site := meta["publisher"]:
        title = re.sub(rf"\s*[|\-–—:]\s*{re.escape(site)}\s*$", "", title)
    body = None if heavy else _trafilatura(safe_text)
    if body and "\n" not in body.strip():
        # one line for a whole page: trafilatura's baseline on a short page with a figure runs the headline, captions
        # and a related-links line into the paragraphs; the markup's own blocks, when it has several, read it better
        blocks = _fallback(doc)
        body = blocks if "\n" in blocks.strip() else body
    body = body or _fallback(doc)
    if numbered:
        body = unbullet(body)
    check_length(path, len(body))
    meta = {k: v for k, v in meta.items() if v}
    body, links = build_body(body.split("\n"), title=title, markdown=False, meta=meta)
    return [make_article(path, title, body, links=links, **meta)]
