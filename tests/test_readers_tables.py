"""HTML tables read as tables: a data table gives pipe rows (what the ranking and score-table rules read), a
layout table gives text, a table in page chrome gives nothing — in the trafilatura reading and the lxml one."""
import pytest

from newsgraph.loaders.readers import html as html_reader
from newsgraph.loaders.readers import read_string
from newsgraph.schema import Article

Q, M, G = "qwen3", "gemini-2-5-pro", "gpt-4o"
EN = ("<p>The Zeta Arena board was refreshed on Monday after a month of votes from users of the site, and the "
      "order at the top changed again as three chatbots were compared on the same prompts.</p>")
HANS = "<p>星河评测本周公布了最新一期的模型测评结果，本次测评共有三个大模型参加，覆盖推理、代码和写作等多项任务。</p>"
HANT = "<p>星河評測本週公布了最新一期的模型測評結果，本次測評共有三個大模型參加，涵蓋推理、程式和寫作等多項任務。</p>"


def page(intro: str, body: str, chrome: str = "") -> str:
    return (f"<html><head><title>Zeta Arena</title></head><body><nav><a href='/'>Home</a></nav>{chrome}"
            f"<article><h1>Zeta Arena</h1>{intro}{body}{intro}</article></body></html>")


def rows(*cells, head="th"):
    first, *rest = cells
    out = "<tr>" + "".join(f"<{head}>{c}</{head}>" for c in first) + "</tr>"
    return out + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rest)


BOARD = rows(("Rank", "Model", "Score"), ("1", "Qwen3", "1402"), ("2", "Gemini 2.5 Pro", "1398"), ("3", "GPT-4o", "1390"))
LONG = "Qwen3 is a model that answers questions, writes code and reads long documents for the people who use it. " * 3

# (page, lines the article must hold, text it must not hold)
READ = [
    # an English leaderboard, header from <th>
    (page(EN, f"<table>{BOARD}</table>"),
     ["| Rank | Model | Score |", "| 1 | Qwen3 | 1402 |", "| 3 | GPT-4o | 1390 |"], []),
    # no <th>: the first row is the header; cell text on one line, a pipe in a cell replaced
    (page(EN, "<table>" + rows(("Model", "Score"), ("Qwen3<br>(open)", "88.1"), ("GPT-4o | mini", "85.0"), head="td")
          + "</table>"),
     ["| Model | Score |", "| Qwen3 (open) | 88.1 |", "| GPT-4o / mini | 85.0 |"], ["\\|"]),
    # a two-row header merged; a rowspan repeated down, a colspan across
    (page(EN, "<table><tr><th rowspan='2'>Model</th><th colspan='2'>Score</th></tr><tr><th>MMLU</th><th>MATH</th></tr>"
              "<tr><td>Qwen3</td><td>88.1</td><td>70.2</td></tr><tr><td>GPT-4o</td><td colspan='2'>n/a</td></tr></table>"),
     ["| Model | Score MMLU | Score MATH |", "| Qwen3 | 88.1 | 70.2 |", "| GPT-4o | n/a | n/a |"], []),
    # a row across the whole table is a section label: a line of text between two tables, each with the header
    (page(EN, "<table>" + rows(("Rank", "Model", "Score")) + "<tr><td colspan='3'>Open models</td></tr>"
              + rows(("1", "Qwen3", "1402"), ("2", "GPT-4o", "1390"), head="td") + "</table>"),
     ["Open models", "| Rank | Model | Score |", "| 2 | GPT-4o | 1390 |"], ["| Open models"]),
    # Chinese: a table with 总分 / 總分
    (page(HANS, "<table>" + rows(("排名", "模型", "总分"), ("1", "Qwen3", "88.1"), ("2", "GPT-4o", "80.5")) + "</table>"),
     ["| 排名 | 模型 | 总分 |", "| 1 | Qwen3 | 88.1 |"], []),
    (page(HANT, "<table>" + rows(("名次", "模型", "總分"), ("1", "Qwen3", "88.1"), ("2", "GPT-4o", "80.5")) + "</table>"),
     ["| 名次 | 模型 | 總分 |", "| 2 | GPT-4o | 80.5 |"], []),
    # layout tables are text: cells holding paragraphs, a single column
    (page(EN, f"<table><tr><td><p>{LONG}</p></td><td><p>GPT-4o is older.</p></td></tr></table>"),
     [LONG.strip(), "GPT-4o is older."], ["|"]),
    (page(EN, "<table><tr><td>Qwen3 came out in spring.</td></tr><tr><td>GPT-4o came out a year before.</td></tr></table>"),
     ["Qwen3 came out in spring.", "GPT-4o came out a year before."], ["|"]),
    # a layout table holding a leaderboard: the layout is text, the leaderboard a table
    (page(EN, f"<table><tr><td><p>{LONG}</p><table>{BOARD}</table></td><td>GPT-4o is older.</td></tr></table>"),
     [LONG.strip(), "| 1 | Qwen3 | 1402 |", "GPT-4o is older."], ["GPT-4o is older. |"]),
    # a table in the page's chrome is dropped with it
    (page(EN, "", chrome=f"<aside class='sidebar'><table>{BOARD}</table></aside>"), [], ["Qwen3", "|"]),
]


def read(html, engine, monkeypatch):
    """The one article of ``html``, read by trafilatura ("default") or by the lxml reader it falls back to."""
    if engine == "lxml-fallback":
        monkeypatch.setattr(html_reader, "_trafilatura", lambda text: None)
    [art] = read_string(html, "board.html")
    return art


@pytest.mark.parametrize("engine", ["default", "lxml-fallback"])
@pytest.mark.parametrize("html,present,absent", READ)
def test_html_tables_read_as_pipe_rows(engine, html, present, absent, monkeypatch):
    art = read(html, engine, monkeypatch)
    lines = art.text.split("\n")
    for line in present:
        assert line in lines, (line, art.text)
    for text in absent:
        assert text not in art.text, (text, art.text)


def test_table_in_a_fragment_reads_as_pipe_rows():
    text = html_reader.html_to_text(f"<p>Zeta Arena:</p><table>{BOARD}</table>")
    assert text.split("\n") == ["Zeta Arena:", "| Rank | Model | Score |", "|---|---|---|", "| 1 | Qwen3 | 1402 |",
                                "| 2 | Gemini 2.5 Pro | 1398 |", "| 3 | GPT-4o | 1390 |"]


def test_malformed_html_is_still_one_error():
    from newsgraph.schema.errors import InputError
    with pytest.raises(InputError) as err:
        read_string("", "empty.html", fmt="html")
    assert "\n" not in str(err.value)


# (page, the OUTPERFORMS edges): the ranking rules read an HTML leaderboard as they read a Markdown one
RANKED = [
    (page(EN, f"<table>{BOARD}</table>"), {(Q, M, "outperforms.rank_table"), (M, G, "outperforms.rank_table")}),
    (page(HANS, "<table>" + rows(("排名", "模型", "总分"), ("1", "Qwen3", "1402"), ("2", "Gemini 2.5 Pro", "1398"),
                                 ("3", "GPT-4o", "1390")) + "</table>"),
     {(Q, M, "outperforms.rank_table"), (M, G, "outperforms.rank_table")}),
    (page(HANT, "<table>" + rows(("名次", "模型", "總分"), ("1", "Qwen3", "1402"), ("2", "Gemini 2.5 Pro", "1398"),
                                 ("3", "GPT-4o", "1390"), head="td") + "</table>"),
     {(Q, M, "outperforms.rank_table"), (M, G, "outperforms.rank_table")}),
    # --- must find nothing ---
    (page(EN, "<table><tr><td><p>1</p></td><td><p>" + LONG + "</p></td></tr><tr><td>2</td><td>GPT-4o</td></tr>"
              "<tr><td>3</td><td>Gemini 2.5 Pro</td></tr></table>"), set()),                  # a layout table
    (page(EN, "", chrome=f"<aside class='sidebar'><table>{BOARD}</table></aside>"), set()),  # in the chrome
]


@pytest.mark.parametrize("engine", ["default", "lxml-fallback"])
@pytest.mark.parametrize("html,expected", RANKED)
def test_html_leaderboards_are_ranked(extractor, engine, html, expected, monkeypatch):
    art = read(html, engine, monkeypatch)
    found = extractor.extract(Article(id="article-test", title=art.title, text=art.text))
    assert {(e.source, e.target, e.evidence[0].rule) for e in found.edges if e.type.value == "OUTPERFORMS"} == expected
