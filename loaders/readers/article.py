"""Building an ``Article``: identity (key and id), language detection, final assembly."""
from __future__ import annotations

import re

from newsgraph.schema.errors import InputError
from newsgraph.schema.identity import article_id, article_key
from newsgraph.schema.models import Article
from newsgraph.schema.text import script_changes, strip_controls

from .dates import parse_date

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NOT_CJK = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")  # deleting these leaves _CJK's matches, in order
_NOT_LATIN = re.compile(r"[^A-Za-z\u00c0-\u024f]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # a lone one (from a JSON or YAML escape) cannot be written as UTF-8
# the Unicode hyphens (U+2010 hyphen, U+2011 non-breaking hyphen: "GPT\u20115", "DeepSeek\u2011V4\u2011Pro" as some
# publishers and their copies write names) are the hyphen-minus every name pattern and alias is written with
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def detect_language(text: str) -> str:
    """``zh-Hant``, ``zh-Hans``, ``en`` or ``und`` for a piece of text.

    Chinese when CJK characters make up a good share of the letters; Traditional
    when OpenCC's t2s conversion changes enough of them (and more than s2t would).
    """
    cjk = _NOT_CJK.sub("", text)  # = "".join(_CJK.findall(text)), without a list of one-character strings
    latin = len(_NOT_LATIN.sub("", text))  # = len(_LATIN.findall(text))
    if not cjk and not latin:
        return "und"
    # a CJK character carries about as much as a short Latin word: weigh it x3
    if len(cjk) * 3 >= latin or len(cjk) >= 200:
        t2s = script_changes("t2s", cjk)  # s2t only matters when t2s changes enough
        if t2s >= max(1, 0.02 * len(cjk)) and t2s > script_changes("s2t", cjk):
            return "zh-Hant"
        return "zh-Hans"
    return "en" if latin >= 2 else "und"


def _clean_publisher(name: str | None) -> str | None:
    """Drop a site slogan: ``"奇客Solidot–传递最新科技情报"`` → ``"奇客Solidot"``."""
    if not name:
        return None
    name = strip_controls(str(name), keep="").strip()
    head = re.split(r"\s*[–—|｜]\s*|\s+-\s+", name, maxsplit=1)[0].strip()
    return head or name


def no_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (a JSON or YAML ``\\ud800`` escape) replaced by U+FFFD, and each Unicode
    hyphen by "-", one for one.

    >>> no_surrogates("GPT\u20115 and DeepSeek\u2010V4")
    'GPT-5 and DeepSeek-V4'
    """
    return _SURROGATE.sub("\ufffd", text).translate(_HYPHENS)


def visible_text(text: str) -> str:
    r"""An aligned article text as a reader sees it: blanked lines gone, one empty line between paragraphs.

    >>> visible_text("      \n  Body one.\n\n\nBody two.   \n     ")
    'Body one.\n\nBody two.'
    """
    out: list[str] = []
    for line in text.split("\n"):
        if line == "":
            if out and out[-1] != "":
                out.append("")
        elif line.strip():
            out.append(line.strip())
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def make_article(path: str, title: str | None, text: str, *, url=None, published=None,
                 publisher=None, author=None, links=(), aligned: bool = False, record: str | None = None) -> Article:
    """Assemble an ``Article``; raise ``InputError(path, "no article text found")`` if empty.

    ``aligned`` text keeps every character where the file has it (see ``build_body``),
    so it is not tidied. Its key is its canonical URL, else ``path`` (with ``#record`` for
    one record of a file holding several); its id comes from the key."""
    if not aligned:
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(l.rstrip() for l in text.split("\n"))).strip("\n")
    if not text.strip():
        raise InputError(path, "no article text found")
    text = no_surrogates(text)  # one character for one: offsets stay
    title = re.sub(r"[ \t\r\n]+", " ", strip_controls(no_surrogates(title or ""))).strip()
    if not title:
        title = strip_controls(text.strip().split("\n", 1)[0][:120], keep="").strip()
    url = strip_controls(str(url), keep="").strip() if url else None
    author = strip_controls(str(author), keep="").strip() if author else None
    key = article_key(url, path, record)
    return Article(
        id=article_id(key),
        key=key,
        title=title,
        text=text,
        url=url or None,
        published=parse_date(published),
        publisher=_clean_publisher(publisher),
        author=author or None,
        links=list(dict.fromkeys(l for l in links if l)),
        language=detect_language(title + "\n" + text),
        path=path,
    )


def distinct_keys(items: list) -> list:
    """Records of one file that came out with the same key (same title, no URL or id): the
    second and later get ``#2``, ``#3`` … so that no record replaces another.

    >>> a = make_article("f.json", "T", "one", record="T"); b = make_article("f.json", "T", "two", record="T")
    >>> [x.key.rsplit("/", 1)[1] for x in distinct_keys([a, b])]
    ['f.json#T', 'f.json#T#2']
    """
    seen: dict[str, int] = {}
    out = []
    for item in items:
        if isinstance(item, Article) and item.key:
            seen[item.key] = seen.get(item.key, 0) + 1
            if seen[item.key] > 1:
                key = f"{item.key}#{seen[item.key]}"
                item = item.model_copy(update={"key": key, "id": article_id(key)})
        out.append(item)
    return out
