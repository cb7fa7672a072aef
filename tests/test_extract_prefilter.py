"""The prefilter never skips a scan that could match: checked over every lexicon list of every language.

For each list's compiled regex and each text (the bundled examples, whole, and sentences written for this
test in the three scripts), ``may_match`` must be True wherever the regex finds something — and the words
it needs must really be needed (a text without any of them has no match).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.loaders.extract.lexicon import Lexicon
from newsgraph.loaders.extract.prefilter import (finditer, guarded_opening, may_match, opening_class, required_words,
                                                 start_finder)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SENTENCES = [
    "新华社北京3月5日电（记者 王小明）国家网信办等七部门联合发布《生成式人工智能服务管理暂行办法》。",
    "中央社台北5日電 數位發展部表示，DeepSeek 的應用程式恐有資安疑慮，已要求公務機關禁用。",
    "路透社报道，阿里巴巴发布的Qwen3在多项基准测试中超越了GPT-4o和Llama 3.1 405B。",
    "圖／美聯社 據彭博報導，輝達股價下跌。",
    "SAN FRANCISCO, March 5 (Reuters) - OpenAI said on Tuesday its new model beat Gemini 2.5 Pro.",
    "According to IDC data, shipments rose 12%, analysts at Morgan Stanley said. Photo: Jane Doe/AP",
    "Italy's privacy watchdog Garante ordered the chatbot blocked; the research firm Omdia expects growth.",
    "(Photo by John Smith/Getty Images) https://www.example.com/news/ai-model — Source: Counterpoint",
    "The startup, Acme Labs Inc., unveiled Zeta-2, a model it says outperforms GPT-5 on MMLU.",
    "",
]


def _texts():
    texts = list(SENTENCES)
    for path in sorted(EXAMPLES.glob("*")):
        if path.is_file():
            try:
                texts.append(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                continue
    return texts


TEXTS = _texts()  # read once for every list


def _regexes():
    lex = Lexicon.default()
    for name in lex.names():
        for code, regex, _ in lex.per_language(name):
            yield f"{code}:{name}", regex


@pytest.mark.parametrize("name,regex", list(_regexes()), ids=lambda v: v if isinstance(v, str) else "")
def test_never_skips_a_match(name, regex):
    words = required_words(regex)
    for text in TEXTS:
        found = regex.search(text)
        if found:
            assert may_match(regex, text), (name, found.group(0), words)
        if words is not None and not any(w in text for w in words):
            assert not found, (name, words)


@pytest.mark.parametrize("pattern,text,expected", [
    (r"[A-Z]\w+ (?:said|says)", "他说", False),
    (r"[A-Z]\w+ (?:said|says)", "Wei said", True),
    (r"(?:据|據)\w{1,8}(?:报道|報導)", "据路透社报道", True),
    (r"(?:据|據)\w{1,8}(?:报道|報導)", "路透社消息", False),
    (r"\w+", "", True),  # no word needed: the scan always runs
])
def test_may_match_table(pattern, text, expected):
    assert may_match(re.compile(pattern), text) is expected


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("name,regex", list(_regexes()), ids=lambda v: v if isinstance(v, str) else "")
def test_finditer_finds_what_a_full_scan_finds(name, regex):
    """Trying a lexicon list only at the characters its matches can open with gives every match, the same."""
    for text in TEXTS:
        assert _spans(finditer(regex, text)) == _spans(regex.finditer(text)), name


@pytest.mark.parametrize("pattern,text,opening", [
    # zh-Hans: an alternation of words opening with a lookbehind: tried at 据 and 援 only
    (r"(?<![的])(?:据|援引)(?P<name>[\u4e00-\u9fff]{2,6}?)(?:报道|消息)", "据路透社报道，援引新华社消息，据说的据称", "据援"),
    # zh-Hant: a class after an optional word
    (r"(?:中央社)?[臺台]北\d{1,2}日電", "中央社台北5日電 臺北3日電", "中台臺"),
    # en: a lookbehind, then a capital (and a word of an alternation)
    (r"(?<![\w.])(?:[A-Z][a-z]+ )+(?:said|says)|according to [A-Z]\w+", "Wei said; e.Kim said; according to Lee", None),
    # nothing selective: every character may open a match, so the scan is the plain one
    (r"\w+ said", "Lee said so", None),
    (r"x*", "xx y", None),  # a match may be empty: plain scan
])
def test_opening_class_table(pattern, text, opening):
    regex = re.compile(pattern)
    found = opening_class(regex)
    if opening is None:
        assert found is None or set(found.findall(text)) <= set(text)
    else:
        assert "".join(sorted(set(found.findall(text)))) == "".join(sorted(opening))
    assert _spans(finditer(regex, text)) == _spans(regex.finditer(text))
    if pattern.startswith("(?<![的])"):
        assert [m.group("name") for m in finditer(regex, text)] == ["路透社", "新华社"]


@pytest.mark.parametrize("pattern,text,starts", [
    # zh-Hans: any Han character may open a name, but every match needs a suffix 2-4 characters after its start
    (r"(?<![，。])(?P<name>[\u4e00-\u9fff]{2,4})(?:公司|集团)", "我们说某某科技公司与甲乙集团。没有后缀的句子", [3, 4, 5, 8, 9, 10]),
    # zh-Hant: the same, with a suffix at a fixed distance and a word of one branch only
    (r"(?:[\u4e00-\u9fff]{2}委員會|臺北\d日電)", "數位發展委員會表示，臺北5日電", [2, 10]),
    # en: one branch by its capital, the other by its descriptor words ("a research firm X" / "X, a think tank")
    (r"(?<![\w.])[A-Z][a-z]+, an? (?:research firm|think tank)|(?<![a-z])(?:research firm|think tank|analyst house) [A-Z]\w+",
     "Acme, a research firm, said so; think tank Borealis agreed.", [0, 8, 32, 43]),
    # en: capitals, "according to"/"citing" and "the" open few characters each but not together ("a", "c", "t" are
    # common): the branches with a word are found by it, the one opening with a capital by its (guarded) capitals
    (r"(?<=, )[A-Z][a-z]+(?= reported)|(?:according to|citing) (?P<n>[A-Z]\w+)|(?<![\w-])the [A-Z]\w+ newspaper",
     "So, Quillwire reported; according to Acme and the Ledger newspaper.", [4, 24, 46]),
    # a branch with neither a few opening characters nor a bounded word: no finder, the plain scan
    (r"[a-z]+ said|(?:research firm) [A-Z]\w+", "he said", None),
])
def test_start_finder_table(pattern, text, starts):
    """A pattern without one selective opening class is tried only where a branch can start: the same matches."""
    regex = re.compile(pattern)
    assert opening_class(regex) is None
    finder = start_finder(regex)
    if starts is None:
        assert finder is None
    else:
        assert finder.candidates(text) == starts
    assert _spans(finditer(regex, text)) == _spans(regex.finditer(text))
    assert _spans(finditer(regex, text * 3)) == _spans(regex.finditer(text * 3))


def test_start_finder_serves_the_discovery_lists():
    """The discovery lists that were scanned at every character (no selective opening) now have a finder."""
    lex = Lexicon.default()
    for name in ("names.org_suffixed", "names.org_described", "names.outlet_described", "names.outlet_cited"):
        for code, regex, _ in lex.per_language(name):
            assert opening_class(regex) is not None or start_finder(regex) is not None, (name, code)


@pytest.mark.parametrize("pattern,text,starts", [
    # en: a dateline opens a line: tried at the starts of lines only, not at every capital and blank
    (r"(?m:^[ \t]*[A-Z]+ \([A-Z][a-z]+\) -)|(?m:^[ \t]*[A-Z]+ [—–-] )", "SEOUL (Reuters) - A B C\nSo it goes.\n  TOKYO — x", [0, 24, 36]),
    # a branch whose word is missing from the text gives no positions ("Getty" is not there: only the line starts)
    (r"\((?:via|from) (?:Getty|Alamy)\)|(?m:^[ \t]*Photo: [^\n]+$)", "A (via Reuters) note.\nPhoto: J. Doe", [0, 22]),
])
def test_start_finder_lines_and_live_branches(pattern, text, starts):
    regex = re.compile(pattern)
    assert start_finder(regex).candidates(text) == starts
    assert _spans(finditer(regex, text)) == _spans(regex.finditer(text))
    assert _spans(finditer(regex, text * 3)) == _spans(regex.finditer(text * 3))


@pytest.mark.parametrize("pattern,text,opening", [
    # the lookbehind a match opens with is checked at C speed: the capitals inside "OpenAI" and after "." are skipped
    (r"(?<![\w.])[A-Z][a-z]+ said", "Lee said OpenAI.Kim said", "LO"),
    # per branch: a word boundary before "says", a lookbehind before the capital
    (r"(?<![\w.])[A-Z][a-z]+ said|\bsays [A-Z]", "xsays OpenAI.Kim says Bo", "OsB"),
    # zh: a credit in brackets right after a full stop (not the blank or bracket after 说), or one opening with 图
    (r"(?<=[。！？])[ \t]*[（(][^（）]{2,10}[）)]|图[：:]\S+", "他说 （x）。（路透社）图：美联社", "（图"),
])
def test_guarded_opening_table(pattern, text, opening):
    regex = re.compile(pattern)
    assert "".join(guarded_opening(regex).findall(text)) == opening
    assert _spans(finditer(regex, text)) == _spans(regex.finditer(text))


@pytest.mark.parametrize("pattern", [
    r"(?m:^[ \t]*$)|(?m:^#+ [A-Z])",  # a line-start branch that may match empty: not tried by line starts alone
    r"(?m:(?<=[.!?] )[A-Z][a-z]+ via [A-Z]\w+$)|\((?:via|from) Getty\)",  # a lookbehind under a group's own flags
    r"\b[A-Z]\w+ Inc\b|(?<![\w.])Acme\b",
])
def test_finditer_edge_shapes(pattern):
    regex = re.compile(pattern)
    for text in ("\n\n# Title\n  \nNo. Tim via Reuters\nSo. Ann via AP (via Getty) OpenAI Inc and Acme.Acme Acme", ""):
        assert _spans(finditer(regex, text)) == _spans(regex.finditer(text)), pattern


def test_every_rule_trigger_has_a_word_to_find():
    """A trigger whose matches hold no word the cue scan can find (a list of bare patterns opening on spaces) is
    'present' in every sentence, so its rule is tried everywhere: each trigger needs required words."""
    from newsgraph.loaders.extract.relations import RULES

    lex = Lexicon.default()
    unanchored = sorted({t for rule in RULES for t in rule.triggers if lex.anchors(t, "required") is None})
    assert unanchored == []
