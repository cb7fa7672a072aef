"""Bylines written into the text (【文/觀察者網 齊倩】, 文｜X, (記者 X), 来源：X, By X, 发表于 …).

A recognised byline is metadata: it sets publisher/author/published and the line
(or the bracketed prefix of a paragraph) is removed from the text.
"""
from __future__ import annotations

import re

from .dates import find_date, is_date_line

_BRACKET = re.compile(r"^[【\[]\s*(?:文|撰文|作者|来源|來源)\s*[/／|｜:：]\s*(?P<rest>[^】\]]+?)\s*[】\]]")
_REPORTER = re.compile(
    r"^[（(【\[]\s*(?P<pub>[^\s（()）【】記记]{0,10}?)\s*[記记]者\s*(?P<rest>[^）)】\]]{1,30}?)\s*[）)】\]]")
# 數智財經記者 周子涵 北京報道 / 記者王小明／台北報導: a reporter line without brackets
_REPORTED_FROM = re.compile(
    r"^(?P<pub>[^\s記记]{0,12}?)\s*[記记]者\s*(?P<rest>[\u4e00-\u9fff·]{2,4})\s*(?:[／/]\s*)?[\u4e00-\u9fff]{2,6}[報报][導道]$")
_OWN_PAPER = {"本報", "本报", "本台", "本刊", "本網", "本网", "本社"}  # "our paper": no outlet name
_LABELLED = re.compile(
    r"^(?:文|撰文|作者|[記记]者|author|written by)\s*[|｜/／:：]\s*(?P<rest>.{1,60})$", re.I)
_SOURCE = re.compile(r"^[（(]?\s*(?:本文)?(?:来源|來源|出处|出處|source)\s*[:：]\s*(?P<pub>[^）)]{1,40}?)\s*[）)]?[。.]?$", re.I)
_BY = re.compile(
    r"^By\s+(?P<author>[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4})"
    r"(?:\s*(?:[,|｜–—]|\s-)\s*(?P<pub>[^,|]{2,40}?))?\s*$")
_POSTED = re.compile(
    r"^(?P<author>[^\s()（）]{1,40}?)\s*(?:[(（]\d+[)）]\s*)?"  # one \s* per gap: no quadratic split of a long blank
    r"(?:[发發]表于|發表於|[发發]布于|發佈於|發布於|posted on|published on)\s*(?P<rest>.*)$", re.I)
_EDITOR = re.compile(r"^[（(]?\s*(?:[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯]|editor)\s*[:：|｜]\s*\S{1,20}\s*[）)]?$", re.I)
# a credits line: "<outlet> 作者 | A 编辑 | B 2025-03-22", "出品 | <outlet> · 作者 | A", "X Author: A | Editor: B"
_CREDIT = re.compile(
    r"(?:^|(?<=[\s·•・|｜]))(?P<label>作者|[記记]者|[编編][译譯]|撰文|文|[编編][辑輯]|[责責]任[编編][辑輯]|[责責][编編]|"
    r"主[编編]|校[对對]|排版|[统統]筹|[统統]籌|策[划劃]|出品|[来來]源|author|reporter|writer|editor|source)"
    r"\s*[|｜/／:：]\s*", re.I)
_PERSON = {"作者", "记者", "記者", "编译", "編譯", "撰文", "文", "author", "reporter", "writer"}
_PRODUCER = {"出品", "来源", "來源", "source"}
_NOT_OUTLET = re.compile(r"^(?:图|圖|图片|圖片|照片|视频|視頻|影片|数据|數據|资料|資料|图表|圖表|封面|题图|題圖|photo|image)$", re.I)
_DATELINE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)[\u4e00-\u9fff]{2}\d{1,2}日[電电]$")


_MASTHEAD_SPLIT = re.compile(r"\s+[·•・]\s+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_BRACKETED = re.compile(r"\s*[(（][^)）]*[)）]")


def masthead(text: str) -> dict | None:
    """The outlet of a masthead line under the title: ``<outlet> · <section> · <date>`` (the date may be a month).

    The line is kept in the text (a wire named after the date still counts); only the publisher is read.

    >>> masthead("聯合新聞網 udn · 兩岸 · 2025-11-17")
    {'publisher': '聯合新聞網 udn'}
    >>> masthead("London Insider (Reuters-based copy) · Business · July 2024")
    {'publisher': 'London Insider'}
    >>> masthead("2025-04-27 北京 · 本文字数:5284 字") is None   # a date first: no outlet
    True
    >>> masthead("Gemini 3 · Claude 4 · GPT-5") is None   # no date: a list, not a masthead
    True
    """
    text = text.strip()
    parts = _MASTHEAD_SPLIT.split(text)
    if len(text) > 120 or len(parts) < 2 or max(map(len, parts)) > 40 or _YEAR.search(parts[0]) or not any(_YEAR.search(p) for p in parts[1:]):
        return None
    name = _BRACKETED.sub("", parts[0]).strip()
    if not name or len(name) > 40 or re.search(r"[。！？!?，,;；:：|｜]", name):
        return None
    return {"publisher": name}


def _split_name(rest: str) -> str:
    """The name in ``張三 編輯｜李四`` or ``王小明／台北報導``: up to the next label or separator."""
    rest = re.split(r"[／/|｜,，;；·•]|\s{2,}|\s+(?=\S{1,6}[|｜:：])", rest.strip())[0].strip()
    if m := _DATELINE.match(rest):
        return m.group("name")
    return rest


def _source(rest: str) -> dict:
    """"潮汐科技网　2025-01-28 08:15" → the outlet, and the date when one follows it."""
    pub = re.split(r"\s+(?=\d{4}[-/年.]\d)", rest.strip(), maxsplit=1)[0]
    found = {"publisher": pub.strip()}
    if day := find_date(rest[len(pub):]):
        found["published"] = day
    return found


def _credits(text: str) -> dict | None:
    """A credits line of ``label | name`` pairs, led by the outlet or naming it with 出品/来源.

    >>> _credits("智东西 作者 | 程茜 编辑 | 漠影 2025-03-22")
    {'publisher': '智东西', 'author': '程茜', 'published': datetime.date(2025, 3, 22)}
    >>> _credits("出品｜搜狐科技 · 作者｜梁昌均")
    {'publisher': '搜狐科技', 'author': '梁昌均'}
    >>> _credits("图片 来源 | 公司官网") is None   # a picture credit names no publisher
    True
    """
    marks = list(_CREDIT.finditer(text))
    if not marks:
        return None
    found: dict = {}
    lead = text[:marks[0].start()].strip(" ·•・|｜")
    labels = [m.group("label").lower() for m in marks]
    values = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        value = text[m.end():nxt.start() if nxt else len(text)].strip(" ·•・|｜")
        if nxt is None and (day := find_date(value)):
            found["published"] = day
            value = re.split(r"\s*[·•・]?\s*\d{4}[-/年.]\d", value, maxsplit=1)[0].strip(" ·•・|｜")
        if not value or len(value) > 20 or re.search(r"[。！？，,;；!?]|\s\S+\s", value):
            return None  # prose, not a name
        values.append(value)
    persons = [v for lab, v in zip(labels, values) if lab in _PERSON]
    producers = [v for lab, v in zip(labels, values) if lab in _PRODUCER]
    if lead:
        if len(lead) > 16 or re.search(r"\s", lead) or _NOT_OUTLET.match(lead) or not persons and not producers:
            return None
        if labels[0] in _PRODUCER:  # "图片来源" style caption: a lead before 来源 is not an outlet
            return None
        found = {"publisher": lead, **found}
    elif producers and (persons or len(marks) >= 2):
        found = {"publisher": producers[0], **found}
    else:
        return None
    if persons:
        found = {**{k: v for k, v in found.items() if k == "publisher"}, "author": persons[0],
                 **{k: v for k, v in found.items() if k == "published"}}
    return found


_CLOSING_SOURCE = re.compile(r"^[（(]?\s*(?:(?:本文|文章|稿件)?(?:来源|來源|出处|出處|稿源)\s*[:：|｜]|source\s*:)", re.I)


def closing_source(text: str) -> bool:
    """A line that credits where the story came from ("来源：星河财经", "來源:星河日報  責任編輯:王某").

    Closing a Chinese story it names the outlet the page carries it from (a credit the text keeps), not the page's
    publisher; so does "Source: Quillwire" closing an English story (a wire's copy carried by another site).

    >>> closing_source("来源：星河财经"), closing_source("來源:星河日報"), closing_source("图片来源：星河财经")
    (True, True, False)
    >>> closing_source("Source: Quillwire"), closing_source("Image source: Quillwire")
    (True, False)
    """
    return bool(_CLOSING_SOURCE.match(text.strip()))


def match_line(text: str, dates: bool = True) -> dict | None:
    """Metadata if the whole line is a byline, else None (``{}`` for an editor credit).

    ``dates=False`` leaves out the last two forms (a line that is only a date, an editor credit):
    for a line deep in the body, where only a byline naming both author and date counts, they
    never would, and the date test is the costliest.

    >>> match_line("2025年8月15日"), match_line("2025年8月15日", dates=False)
    ({'published': datetime.date(2025, 8, 15)}, None)
    """
    text = text.strip()
    if len(text) <= 80 and len(_CREDIT.findall(text)) >= 1 and (found := _credits(text)) is not None:
        return found
    if m := _BRACKET.match(text):
        if m.end() == len(text):
            return _bracket(m)
    if (m := _REPORTER.match(text)) and m.end() == len(text):
        return _reporter(m)
    if m := _REPORTED_FROM.match(text):
        return _reporter(m)
    if m := _LABELLED.match(text):
        return {"author": _split_name(m.group("rest"))}
    if m := _SOURCE.match(text):
        return _source(m.group("pub"))
    if m := _BY.match(text):
        return {k: v for k, v in (("author", m.group("author")), ("publisher", m.group("pub"))) if v}
    if (m := _POSTED.match(text)) and (day := find_date(m.group("rest"))):
        return {"author": m.group("author"), "published": day}
    if not dates:
        return None
    if day := is_date_line(text):
        return {"published": day}
    if _EDITOR.match(text):
        return {}
    return None


def _bracket(m: re.Match) -> dict:
    parts = m.group("rest").split()
    if len(parts) >= 2:
        return {"publisher": parts[0], "author": " ".join(parts[1:])}
    return {"author": parts[0]} if parts else {}


def _reporter(m: re.Match) -> dict:
    meta = {"author": _split_name(m.group("rest"))}
    if m.group("pub") and m.group("pub") not in _OWN_PAPER:
        meta["publisher"] = m.group("pub")
    return meta


def match_prefix(text: str) -> tuple[dict, str] | None:
    """``(meta, rest)`` when a paragraph opens with a bracketed byline: 【文/X Y】正文…, （記者X／台北報導）正文…"""
    for regex, build in ((_BRACKET, _bracket), (_REPORTER, _reporter)):
        if m := regex.match(text.strip()):
            rest = text.strip()[m.end():].lstrip()
            if rest:
                # a wire's dateline ("（中央社記者王小明台北15日電）正文…") stays in the text: on another outlet's page it credits
                # the wire (cites.byline), whose name the page's metadata need not give
                return build(m), text.strip() if _WIRE_DATELINE.search(m.group()) else rest
    return None


_WIRE_DATELINE = re.compile(r"\d{1,2}\s*日\s*[電电]\s*[）)】\]]$")
