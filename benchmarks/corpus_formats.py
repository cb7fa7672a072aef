"""File formats of the synthetic corpus: one synthetic article (or several) → the bytes of one file."""
from __future__ import annotations

import datetime as dt
import email.utils
import html
import json
from dataclasses import dataclass


@dataclass
class Story:
    """One synthetic article before it is written: text, metadata and where it was published."""

    index: int
    lang: str            # en, zh-Hans, zh-Hant
    title: str
    paragraphs: list[str]
    url: str
    published: dt.datetime
    publisher: str
    author: str
    site: str            # https://host/ of the publisher

    @property
    def chars(self) -> int:
        return len(self.title) + sum(len(p) for p in self.paragraphs)


def _byline(s: Story) -> str:
    if s.lang == "en":
        return f"By {s.author}, {s.publisher}"
    return f"【文/{s.publisher} {s.author}】" if s.lang == "zh-Hant" else f"来源：{s.publisher}　作者：{s.author}"


def _date_line(s: Story) -> str:
    d = s.published
    return d.strftime("%B %-d, %Y") if s.lang == "en" else f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"


def _footer(s: Story) -> str:
    if s.lang == "en":
        return f"© {s.published.year} {s.publisher}. All rights reserved."
    return f"本文版權歸{s.publisher}所有，未經授權不得轉載。" if s.lang == "zh-Hant" else f"本站所有内容版权归{s.publisher}所有，未经许可不得转载。"


def text_file(s: Story) -> str:
    """Plain text: title line, byline, date line, paragraphs, a reprint notice."""
    return "\n".join([s.title, _byline(s), _date_line(s), "", "\n\n".join(s.paragraphs), "", _footer(s)]) + "\n"


def markdown_file(s: Story) -> str:
    """Markdown with YAML front matter (JSON strings are YAML scalars), a nav line and share links."""
    meta = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in
            (("title", s.title), ("url", s.url), ("date", s.published.date().isoformat()),
             ("publisher", s.publisher), ("author", s.author))]
    nav = f"[Home]({s.site}) | [AI]({s.site}ai) | [Policy]({s.site}policy) | [Sign in]({s.site}login)"
    share = [f"* [Share on X]({s.site}share/x?u={s.index})", f"* [Share on Weibo]({s.site}share/weibo?u={s.index})"]
    return "\n".join(["---", *meta, "---", "", nav, "", f"# {s.title}", "", "\n\n".join(s.paragraphs), "",
                      *share, "", _footer(s)]) + "\n"


def html_file(s: Story) -> str:
    """An HTML page with head metadata, navigation, related links, comments and a footer around the article."""
    e = html.escape
    lang = {"en": "en", "zh-Hans": "zh-CN", "zh-Hant": "zh-TW"}[s.lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s.paragraphs)
    related = "".join(f'<li><a href="{s.site}{y}/story-{(s.index * 7 + y) % 997}">{e(s.publisher)} #{y}</a></li>'
                      for y in range(1, 5))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(s.title)} | {e(s.publisher)}</title>
  <meta property="og:site_name" content="{e(s.publisher)}">
  <meta property="og:title" content="{e(s.title)}">
  <link rel="canonical" href="{e(s.url)}">
  <meta property="article:published_time" content="{s.published.isoformat()}">
  <meta name="author" content="{e(s.author)}">
  <script>window.analytics = {{"page": {s.index}}};</script>
</head>
<body>
  <header>
    <nav><a href="/">Home</a> · <a href="/ai">AI</a> · <a href="/chips">Chips</a> · <a href="/policy">Policy</a> · <a href="/login">Sign in</a></nav>
  </header>
  <main>
    <article>
      <h1>{e(s.title)}</h1>
      <p class="byline">{e(s.author)} · <time datetime="{s.published.isoformat()}">{e(_date_line(s))}</time></p>
{body}
    </article>
    <aside class="related"><h3>Related</h3><ul>{related}</ul></aside>
    <div class="share"><a href="/share/x">Share</a> <a href="/share/weibo">Weibo</a> <a href="/share/line">LINE</a></div>
    <section class="comments">
      <h3>Comments (2)</h3>
      <p>Interesting, but I would like to see the full benchmark table for every model mentioned here.</p>
      <p>Reply</p>
    </section>
  </main>
  <footer>
    <p>{e(_footer(s))}</p>
    <a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a>
  </footer>
</body>
</html>
"""


def _record(s: Story, style: int) -> dict:
    text_key = ("content", "text", "body")[style % 3]
    date_key = ("published_at", "date", "published")[style % 3]
    source_key = ("publisher", "source", "site")[style % 3]
    return {"title": s.title, text_key: "\n\n".join(s.paragraphs), "url" if style % 2 else "link": s.url,
            date_key: s.published.isoformat(), source_key: s.publisher, "author": s.author}


def json_file(stories: list[Story]) -> str:
    """A JSON object with an ``articles`` list."""
    return json.dumps({"articles": [_record(s, i) for i, s in enumerate(stories)]}, ensure_ascii=False, indent=2) + "\n"


def jsonl_file(stories: list[Story]) -> str:
    """JSON Lines, one record per article."""
    return "".join(json.dumps(_record(s, i + 1), ensure_ascii=False) + "\n" for i, s in enumerate(stories))


def _html_paragraphs(s: Story) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in s.paragraphs)


def rss_file(stories: list[Story]) -> str:
    """RSS 2.0: one channel (the publisher of the first story), one item per story, HTML in CDATA."""
    e, first = html.escape, stories[0]
    items = "".join(f"""    <item>
      <title>{e(s.title)}</title>
      <link>{e(s.url)}</link>
      <guid>{e(s.url)}</guid>
      <pubDate>{email.utils.format_datetime(s.published)}</pubDate>
      <dc:creator>{e(s.author)}</dc:creator>
      <description><![CDATA[{_html_paragraphs(s)}]]></description>
    </item>
""" for s in stories)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{e(first.publisher)}</title>
    <link>{e(first.site)}</link>
    <description>AI-industry news from {e(first.publisher)}</description>
{items}  </channel>
</rss>
"""


def atom_file(stories: list[Story]) -> str:
    """Atom: one feed, one entry per story, escaped HTML content."""
    e, first = html.escape, stories[0]
    entries = "".join(f"""  <entry>
    <title>{e(s.title)}</title>
    <id>{e(s.url)}</id>
    <link href="{e(s.url)}" />
    <published>{s.published.isoformat()}</published>
    <updated>{s.published.isoformat()}</updated>
    <author><name>{e(s.author)}</name></author>
    <content type="html">{e(_html_paragraphs(s))}</content>
  </entry>
""" for s in stories)
    updated = max(s.published for s in stories).isoformat()
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{e(first.publisher)}</title>
  <id>{e(first.site)}feed</id>
  <updated>{updated}</updated>
  <link href="{e(first.site)}" />
{entries}</feed>
"""


def legacy_file(s: Story) -> tuple[str, bytes]:
    """Plain text in the story's legacy encoding: Big5 for zh-Hant, GB18030 for zh-Hans, else UTF-8 with a BOM.
    Returns (encoding, bytes); a zh-Hant story Big5 cannot hold is written in GB18030."""
    text = text_file(s)
    if s.lang == "zh-Hant":
        try:
            return "big5", text.encode("big5")
        except UnicodeEncodeError:
            pass
    if s.lang != "en":
        return "gb18030", text.encode("gb18030")
    return "utf-8-sig", text.encode("utf-8-sig")


# name: (extension, file writer, articles per file (low, high), share of all articles)
FORMATS = {
    "txt": (".txt", text_file, (1, 1), 0.30),
    "md": (".md", markdown_file, (1, 1), 0.18),
    "html": (".html", html_file, (1, 1), 0.24),
    "json": (".json", json_file, (2, 5), 0.07),
    "jsonl": (".jsonl", jsonl_file, (3, 10), 0.08),
    "rss": (".xml", rss_file, (3, 8), 0.06),
    "atom": (".xml", atom_file, (3, 8), 0.04),
    "legacy": (".txt", legacy_file, (1, 1), 0.03),
}
