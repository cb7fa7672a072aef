"""Source text for the synthetic corpus: titles and paragraphs of examples/ and heldout*/, by script.

Standard library only, and independent of the project's readers, so the corpus stays the same
bytes while the readers change. Each source article becomes (language, title, paragraphs), the
language one of "en", "zh-Hans", "zh-Hant".
"""
from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "zh-Hans", "zh-Hant")
MIN_PARAGRAPH = 40  # shorter lines are bylines, dates, "Reply", share links

# characters that differ between the scripts: (traditional, simplified)
_PAIRS = ("們们 這这 個个 說说 為为 國国 會会 來来 時时 對对 發发 與与 經经 後后 開开 點点 產产 業业 學学 體体 實实"
          " 術术 將将 關关 際际 長长 億亿 萬万 報报 導导 務务 員员 術术 間间 進进 過过 還还 認认 據据 華华 價价 區区")
_HANT = {p[0] for p in _PAIRS.split()}
_HANS = {p[1] for p in _PAIRS.split()}
_TAG = re.compile(r"<script.*?</script>|<[^>]+>", re.S)


def language(text: str) -> str:
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    if cjk < len(text) * 0.15:
        return "en"
    hant = sum(ch in _HANT for ch in text)
    hans = sum(ch in _HANS for ch in text)
    return "zh-Hant" if hant > hans else "zh-Hans"


def _clean(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", fragment))).strip() if "<" in fragment or "&" in fragment \
        else fragment.strip()


def _paragraphs(chunks) -> list[str]:
    """Each line of each chunk that is long enough to be prose (bylines and Q: lines are not)."""
    lines = (_clean(line) for c in chunks for line in c.split("\n"))
    return [l for l in lines if len(l) >= MIN_PARAGRAPH and not l.startswith(("http", "©", "*"))]


def _from_plain(text: str) -> list[tuple[str, list[str]]]:
    lines = text.split("\n")
    title, body = lines[0].strip(), "\n".join(lines[1:])
    return [(title, _paragraphs([body]))]


def _from_markdown(text: str) -> list[tuple[str, list[str]]]:
    meta, _, body = text.partition("\n---\n") if text.startswith("---\n") else ("", "", text)
    title = next((l.split(":", 1)[1].strip() for l in meta.split("\n") if l.startswith("title:")), "")
    lines = [l for l in body.split("\n") if l.strip()]
    if not title:
        title = lines[0].lstrip("# ").strip()
    kept = [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", l) for l in lines if not l.startswith(("#", "[", "**", "* "))]
    return [(title, _paragraphs(kept))]


def _from_html(text: str) -> list[tuple[str, list[str]]]:
    article = re.search(r"<article>(.*?)</article>", text, re.S)
    part = article.group(1) if article else text
    title = _clean(re.search(r"<h1>(.*?)</h1>", part, re.S).group(1))
    return [(title, _paragraphs(re.findall(r"<p>(.*?)</p>", part, re.S)))]


def _from_records(text: str) -> list[tuple[str, list[str]]]:
    rows = [json.loads(l) for l in text.split("\n") if l.strip()] if text.lstrip().startswith("{\"") and "\n{" in text \
        else json.loads(text)
    rows = rows.get("articles", []) if isinstance(rows, dict) else rows
    out = []
    for row in rows:
        body = next(row[k] for k in ("content", "text", "body") if k in row)
        out.append((_clean(row["title"]), _split_sentences_into_paragraphs(body)))
    return out


def _from_feed(text: str) -> list[tuple[str, list[str]]]:
    root = ET.fromstring(text.encode("utf-8"))
    out = []
    for item in root.iter():
        tag = item.tag.rsplit("}", 1)[-1]
        if tag not in ("item", "entry"):
            continue
        fields = {child.tag.rsplit("}", 1)[-1]: child.text or "" for child in item}
        body = fields.get("description") or fields.get("content") or ""
        out.append((_clean(fields["title"]), _paragraphs(re.split(r"</p>", body))))
    return out


def _split_sentences_into_paragraphs(body: str) -> list[str]:
    """A record's text is one block: cut it into two or three paragraphs at sentence ends."""
    sentences = [s for s in re.split(r"(?<=[。！？])|(?<=[.!?]) (?=[A-Z\"“])", body) if s and s.strip()]
    size = max(1, len(sentences) // 3 + 1)
    return _paragraphs(" ".join(sentences[i:i + size]) if sentences[i].isascii() else "".join(sentences[i:i + size])
                       for i in range(0, len(sentences), size))


_READERS = {".txt": _from_plain, ".md": _from_markdown, ".html": _from_html, ".json": _from_records,
            ".jsonl": _from_records, ".xml": _from_feed}
_ENCODINGS = ("utf-8", "gb18030", "big5")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")  # a wrong legacy guess decodes to these


def _decode(data: bytes) -> str:
    for enc in _ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _PRIVATE_USE.search(text):
            return text
    raise ValueError("undecodable source file")


def source_files(root: Path = ROOT) -> list[Path]:
    files = [p for p in (root / "examples").iterdir() if p.suffix in _READERS and p.stem.lower() != "readme"]
    files += [p for d in sorted(root.glob("benchmarks/heldout*/articles")) for p in d.iterdir() if p.suffix == ".txt"]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def load_pool(root: Path = ROOT) -> dict[str, list[tuple[str, list[str]]]]:
    """{language: [(title, [paragraph, ...]), ...]}, in a fixed order."""
    pool: dict[str, list[tuple[str, list[str]]]] = {lang: [] for lang in LANGUAGES}
    for path in source_files(root):
        for title, paragraphs in _READERS[path.suffix](_decode(path.read_bytes())):
            if paragraphs:
                pool[language(title + "".join(paragraphs))].append((title, paragraphs))
    return pool


if __name__ == "__main__":
    for lang, articles in load_pool().items():
        paras = [p for _, ps in articles for p in ps]
        print(f"{lang}: {len(articles)} sources, {len(paras)} paragraphs, {sum(map(len, paras))} chars")
