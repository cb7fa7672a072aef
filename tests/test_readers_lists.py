"""HTML ordered lists keep their numbers: an <ol>'s items read as "1. item" (start, reversed and value honoured),
in the trafilatura reading and the lxml one, so a "top 5" <ol> is ranked as the same list in Markdown is; a list of
steps gives nothing, a list in page chrome is dropped with it, and a page without <ol> reads as before."""
import pytest

from newsgraph.loaders.readers import html as html_reader
from newsgraph.loaders.readers import read_string
from newsgraph.loaders.readers.lists import unbullet
from newsgraph.schema import Article

Q, M, G = "qwen3", "gemini-2-5-pro", "gpt-4o"
EN = ("<p>The Zeta Arena board was refreshed on Monday after a month of votes on the site, and the "
      "order at the top changed again as chatbots were compared on the same prompts.</p>")
HANS = "<p>星河评测本周公布了最新一期的模型测评结果，本次测评覆盖推理、代码和写作等多项任务，结果如下。</p>"
HANT = "<p>星河評測本週公布了最新一期的模型測評結果，本次測評涵蓋推理、程式和寫作等多項任務，結果如下。</p>"
ENGINES = ["default", "lxml-fallback"]


def page(intro: str, body: str, chrome: str = "") -> str:
    return (f"<html><head><title>Zeta Arena</title></head><body><nav><a href='/'>Home</a></nav>{chrome}"
            f"<article><h1>Zeta Arena</h1>{intro}{body}{intro}</article></body></html>")


def ol(*items, attrs=""):
    return f"<ol{attrs}>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


def read(html, engine, monkeypatch):
    if engine == "lxml-fallback":
        monkeypatch.setattr(html_reader, "_trafilatura", lambda text: None)
    [art] = read_string(html, "board.html")
    return art


TOP = ("Qwen3", "Gemini 2.5 Pro", "GPT-4o")
# (page, lines the article must hold in this order, text it must not hold)
READ = [
    (page(EN, "<p>Top 5 models on the board:</p>" + ol(*TOP)), ["1. Qwen3", "2. Gemini 2.5 Pro", "3. GPT-4o"], ["- "]),
    # start="", reversed, value=""
    (page(EN, ol(*TOP, attrs=" start='4'")), ["4. Qwen3", "5. Gemini 2.5 Pro", "6. GPT-4o"], []),
    (page(EN, ol(*TOP, attrs=" reversed")), ["3. Qwen3", "2. Gemini 2.5 Pro", "1. GPT-4o"], []),
    (page(EN, ol(*TOP, attrs=" reversed start='10'")), ["10. Qwen3", "9. Gemini 2.5 Pro", "8. GPT-4o"], []),
    (page(EN, "<ol><li>Qwen3</li><li value='7'>Gemini 2.5 Pro</li><li>GPT-4o</li></ol>"),
     ["1. Qwen3", "7. Gemini 2.5 Pro", "8. GPT-4o"], []),
    # an item opening with a block: the number goes inside it, on the item's line
    (page(EN, "<ol><li><p><strong>Qwen3</strong> leads</p></li><li><p>GPT-4o</p></li></ol>"),
     ["1. Qwen3 leads", "2. GPT-4o"], []),
    # a nested list numbered on its own, after its item
    (page(EN, "<ol><li>Reasoning<ol><li>Qwen3</li><li>GPT-4o</li></ol></li><li>Coding</li></ol>"),
     ["1. Reasoning", "1. Qwen3", "2. GPT-4o", "2. Coding"], []),
    # an unordered list is not numbered
    (page(EN, "<ul><li>Qwen3</li><li>GPT-4o</li></ul>"), ["Qwen3", "GPT-4o"], ["1. "]),
    (page(HANS, ol("Qwen3", "GPT-4o")), ["1. Qwen3", "2. GPT-4o"], []),
    (page(HANT, ol("Qwen3", "GPT-4o")), ["1. Qwen3", "2. GPT-4o"], []),
    # a list in the page's chrome is dropped with it
    (page(EN, "", chrome="<aside class='sidebar'>" + ol(*TOP) + "</aside>"), [], ["Qwen3", "1. "]),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("html,present,absent", READ)
def test_ordered_list_items_keep_their_numbers(engine, html, present, absent, monkeypatch):
    text = read(html, engine, monkeypatch).text
    lines = [line.strip().removeprefix("- ") for line in text.split("\n")]  # a <ul> keeps its bullets
    assert [line for line in lines if line in present] == present, text
    for part in absent:
        assert part not in text, (part, text)


def test_a_page_without_ol_reads_as_before(monkeypatch):
    html = page(EN, "<ul><li>1. Qwen3</li><li>2. GPT-4o</li></ul>")
    before = read(html, "default", monkeypatch).text
    monkeypatch.setattr(html_reader, "number_lists", lambda root: False)
    assert read(html, "default", monkeypatch).text == before
    assert "- 1. Qwen3" in before  # no <ol>: trafilatura's bullets stay


def test_ordered_list_in_a_fragment():
    assert html_reader.html_to_text("<p>Top 3:</p>" + ol(*TOP)).split("\n") == \
        ["Top 3:", "1. Qwen3", "2. Gemini 2.5 Pro", "3. GPT-4o"]


def test_unbullet_keeps_nesting_and_other_bullets():
    assert unbullet("- 1. A\n  - 2. B\n- C\n- 2024 was") == "1. A\n  2. B\n- C\n- 2024 was"


TOP5 = {(Q, M), (M, G)}
RANK = ("Qwen3 (Alibaba)", "Gemini 2.5 Pro", "GPT-4o (OpenAI)")
LINES = "1. Qwen3 (Alibaba)\n2. Gemini 2.5 Pro\n3. GPT-4o (OpenAI)\n"
# (page, the same list as the rules read it in text, the OUTPERFORMS edges both must give). The text is given to
# the extractor as it is: the Markdown and plain-text readers blank a list's "1. " markers (see the report of
# branch htmlol), so a numbered list read from a .md file is not ranked today.
RANKED = [
    (page(EN, "<p>The top 5 models on the leaderboard:</p>" + ol(*RANK)),
     "The top 5 models on the leaderboard:\n" + LINES, TOP5),
    (page(HANS, "<p>本期榜单前五名如下：</p>" + ol(*RANK)), "本期榜单前五名如下：\n" + LINES, TOP5),
    (page(HANT, "<p>本期排名如下：</p>" + ol(*RANK)), "本期排名如下：\n" + LINES, TOP5),
    # --- must find nothing ---
    # steps, no models
    (page(EN, "<p>To try the leaderboard yourself:</p>" + ol("Open the site", "Sign in with an account", "Pick two prompts")),
     "To try the leaderboard yourself:\n1. Open the site\n2. Sign in with an account\n3. Pick two prompts\n", set()),
    (page(HANS, "<p>参与排名的步骤：</p>" + ol("打开网站", "登录账号", "选择两个提示词")), "参与排名的步骤：\n1. 打开网站\n2. 登录账号\n3. 选择两个提示词\n", set()),
    # in the chrome: dropped, nothing ranked (the Markdown has no list)
    (page(EN, "", chrome="<aside class='sidebar'><p>Top 5 models on the leaderboard:</p>" + ol(*RANK) + "</aside>"),
     EN[3:-4] + "\n", set()),
]


def _edges(extractor, art):
    found = extractor.extract(Article(id="article-test", title=art.title, text=art.text))
    return {(e.source, e.target) for e in found.edges if e.type.value == "OUTPERFORMS"}


def _text_edges(extractor, text):
    found = extractor.extract(Article(id="article-text", title="Zeta Arena", text=text))
    return {(e.source, e.target) for e in found.edges if e.type.value == "OUTPERFORMS"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("html,markdown,expected", RANKED)
def test_html_ordered_lists_are_ranked_as_text_lists(extractor, engine, html, markdown, expected, monkeypatch):
    assert _text_edges(extractor, EN[3:-4] + "\n\n" + markdown) == expected
    assert _edges(extractor, read(html, engine, monkeypatch)) == expected
