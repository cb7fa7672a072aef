"""One line of Markdown (or plain text) → visible text, its link targets and its kind."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_LIST = re.compile(r"^(?:[*+-]|\d{1,3}[.)])(?:\s+|$)")
_QUOTE = re.compile(r"^>\s?")
# Link text stops at the next bracket and a target at the next parenthesis (one balanced pair allowed,
# as in …/Foo_(bar)): every attempt ends where the next could start, so a line of many "[" or "![x]("
# costs linear time, not quadratic.
_TARGET = r"(?:[^()\s<>]|\([^()\s<>]*\))*"
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\((" + _TARGET + r")(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*<?(" + _TARGET + r")>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?:)?//[^<>\s]+|www\.[^<>\s]+)>")
_EMPHASIS = re.compile(r"\*\*|__|~~|`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_BARE_URL = re.compile(  # https://…, www.…, or host.tld/… with a common top-level domain
    r"^(?:https?://\S+|www\.\S+|(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|ai|cn|tw|hk|jp|uk|de|fr|eu|"
    r"news|info|co)(?:[/?#]\S*)?)$", re.I)
_SPACE = re.compile(r"\s")
_URL_HINT = re.compile(r"://|www\.", re.I)  # what every _URL_IN_TEXT match holds
_URL_IN_TEXT = re.compile(r"(?:https?://|(?<![\w./])www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+", re.I)


@dataclass
class Line:
    raw: str
    text: str = ""                 # what a reader sees: markup removed
    kind: str = "text"             # blank | heading | list | url | text
    links: list[str] = field(default_factory=list)
    link_chars: int = 0            # visible characters inside links
    images: int = 0

    @property
    def size(self) -> int:
        """Visible characters other than whitespace (remembered until ``text`` changes: chrome asks often)."""
        text = self.text
        memo = self.__dict__.get("_size")
        if memo is None or memo[0] is not text:
            memo = self.__dict__["_size"] = (text, len(_SPACE.sub("", text)))
        return memo[1]

    @property
    def link_density(self) -> float:
        return self.link_chars / self.size if self.size else (1.0 if self.links or self.images else 0.0)


def absolute(target: str) -> str | None:
    """An http(s) URL for a link target, or None for relative/mailto/anchor targets."""
    target = target.strip()
    if target.startswith("//"):
        return "https:" + target
    if re.match(r"https?://", target, re.I):
        return target
    if re.match(r"www\.", target, re.I):
        return "https://" + target
    return None


def parse(raw: str, markdown: bool = True) -> Line:
    """Strip Markdown syntax from one line, remembering link targets and how much was link text."""
    line = Line(raw=raw)
    text = raw.strip()
    if not text:
        line.kind = "blank"
        return line
    if markdown:
        if m := _HEADING.match(text):
            line.kind, text = "heading", m.group(1)
        elif m := _LIST.match(text):
            line.kind, text = "list", text[m.end():]
        text = _QUOTE.sub("", text)
        if "![" in text:  # each pattern below starts with (or needs) the literal it is tested for
            line.images = len(_IMAGE.findall(text))
            text = _IMAGE.sub("", text)

        def link(label: str, target: str) -> str:
            label = _EMPHASIS.sub("", label)
            line.link_chars += len(re.sub(r"\s", "", label))
            if url := absolute(_ESCAPE.sub(r"\1", target)):
                line.links.append(url)
            return label

        if "](" in text:
            text = _LINK.sub(lambda m: link(m.group(1), m.group(2)), text)
        if "][" in text:
            text = _REF_LINK.sub(lambda m: m.group(1), text)
        if "<" in text:
            text = _AUTOLINK.sub(lambda m: link(m.group(1), m.group(1)), text)
        text = re.sub(r"[ \t]{2,}", " ", _ESCAPE.sub(r"\1", _EMPHASIS.sub("", text)))
    text = text.strip()
    line.text = text
    if _BARE_URL.match(text):  # a citation such as www.example.com/story: text and link
        line.kind = "url" if line.kind != "heading" else line.kind
        line.links.append(absolute(text) or "https://" + text)
    for url in (_URL_IN_TEXT.findall(text) if _URL_HINT.search(text) else ()):
        line.links.append(absolute(url.rstrip(".,;:!?")) or url)
    line.links = list(dict.fromkeys(line.links))
    return line
