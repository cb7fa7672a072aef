"""OUTPERFORMS from stated scores: score tables read model against model (outperforms.table_dominance: A over B
when A's number is higher on every test both have, at least two tests), as Markdown or HTML, and score lists in prose
with bare numbers after the first (outperforms.score_table); nothing for costs, sizes, speeds, gaps, ties or a
single test."""
import pytest

from newsgraph.loaders.readers import read_string
from newsgraph.schema import Article

D = "outperforms.table_dominance"
S = "outperforms.score_table"

# invented tables: Qwen3 is higher than GPT-4o everywhere, gpt-oss higher than GPT-4o everywhere, Qwen3 and gpt-oss split
_ACROSS = "| {h} | Qwen3 | gpt-oss | GPT-4o |\n|---|---|---|---|\n| MMLU | 85.2 | 80.1 | 78.0 |\n| GPQA | 70.3 | 65.2 | 60.0 |\n| AIME 2025 | 81.0 | 82.5 | 70.1 |\n"
_DOWN = "| {h} | MMLU | GPQA | AIME 2025 |\n|---|---|---|---|\n| Qwen3 | 85.2 | 70.3 | 81.0 |\n| gpt-oss | 80.1 | 65.2 | 82.5 |\n| GPT-4o | 78.0 | 60.0 | 70.1 |\n"
_SPLIT = {("qwen3", "gpt-4o", D), ("gpt-oss", "gpt-4o", D)}

CASES = [
    # models across the header, one test a row (en, zh-Hans, zh-Hant heads)
    ("The new model's results:\n\n" + _ACROSS.format(h="Benchmark"), _SPLIT),
    ("新模型的成绩如下：\n\n" + _ACROSS.format(h="基准"), _SPLIT),
    ("新模型的成績如下：\n\n" + _ACROSS.format(h="基準"), _SPLIT),
    # one model a row, one test a column
    ("The new model's results:\n\n" + _DOWN.format(h="Model"), _SPLIT),
    ("成绩如下：\n\n" + _DOWN.format(h="模型"), _SPLIT),
    ("成績如下：\n\n" + _DOWN.format(h="模型"), _SPLIT),
    # a cell with no number ("—") leaves that test out for the pair; a length row is no test
    ("结果：\n\n| 基准 | Qwen3 | gpt-oss | GPT-4o |\n|---|---|---|---|\n| MMLU | 85.2 | 80.1 | — |\n| GPQA | 70.3 | 65.2 | 60.0 |\n"
     "| AIME 2025 | 81.0 | 79.5 | 70.1 |\n| 上下文长度 | 128K | 128K | 128K |\n",
     {("qwen3", "gpt-oss", D), ("qwen3", "gpt-4o", D), ("gpt-oss", "gpt-4o", D)}),
    # a gap column (a difference between scores) is no test where more is better
    ("Results:\n\n| Model | MMLU | GPQA | Gap |\n|---|---|---|---|\n| Qwen3 | 85.2 | 70.3 | 2.0 |\n| gpt-oss | 80.1 | 65.2 | 9.5 |\n",
     {("qwen3", "gpt-oss", D)}),
    # nothing: a tie on one test, one test only for a pair that splits, costs and speeds, a table naming no test
    ("Results:\n\n| Model | MMLU | GPQA |\n|---|---|---|\n| Qwen3 | 85.2 | 70.3 |\n| gpt-oss | 85.2 | 65.2 |\n", set()),
    ("结果：\n\n| 模型 | MMLU | 速度 |\n|---|---|---|\n| Qwen3 | 85.2 | 40 |\n| gpt-oss | 80.1 | 90 |\n| GPT-4o | 86.0 | 60 |\n", set()),
    ("Prices:\n\n| Model | Latency (ms) | Price ($/M) |\n|---|---|---|\n| Qwen3 | 120 | 2.0 |\n| gpt-oss | 200 | 1.0 |\n| GPT-4o | 150 | 5.0 |\n", set()),
    ("價格：\n\n| 模型 | 價格 | 延遲 |\n|---|---|---|\n| Qwen3 | 2.0 | 300 |\n| gpt-oss | 1.0 | 200 |\n", set()),
    ("Usage:\n\n| Model | Users | Downloads |\n|---|---|---|\n| Qwen3 | 120 | 300 |\n| gpt-oss | 100 | 200 |\n", set()),
    # prose score lists: bare numbers after the first row are scores, not versions of the name before them
    ("Qwen3 scored 71.2 on MMLU, gpt-oss 65.0 and GPT-4o 60.3.", {("qwen3", "gpt-oss", S), ("qwen3", "gpt-4o", S)}),
    ("On MMLU, Qwen3 scored 71.2, gpt-oss 65.0 and GPT-4o 60.3.", {("qwen3", "gpt-oss", S), ("qwen3", "gpt-4o", S)}),
    ("在MMLU上，Qwen3得分71.2，gpt-oss为65.0，GPT-4o为60.3。", {("qwen3", "gpt-oss", S), ("qwen3", "gpt-4o", S)}),
    ("在MMLU上，Qwen3得分71.2，gpt-oss為65.0，GPT-4o為60.3。", {("qwen3", "gpt-oss", S), ("qwen3", "gpt-4o", S)}),
    # scores given in the order of the names, the test maybe named between
    ("Qwen3, gpt-oss and GPT-4o scored 85.2, 80.1 and 78.0 respectively on MMLU.", {("qwen3", "gpt-oss", S), ("qwen3", "gpt-4o", S)}),
    ("Qwen3、gpt-oss和GPT-4o在MMLU上分别得分85.2、80.1和78.0。", {("qwen3", "gpt-oss", S), ("qwen3", "gpt-4o", S)}),
    ("Qwen3、gpt-oss與GPT-4o在MMLU上分別得分85.2、80.1和78.0。", {("qwen3", "gpt-oss", S), ("qwen3", "gpt-4o", S)}),
    # nothing: sizes, costs, dates, latencies given in order; a tie at the top; fewer numbers than names
    ("Qwen3、gpt-oss和GPT-4o分别有235、120和200个参数。", set()),
    ("Qwen3, gpt-oss and GPT-4o cost 2, 1 and 5 dollars respectively.", set()),
    ("Qwen3, gpt-oss and GPT-4o were released in 2023, 2024 and 2025 respectively.", set()),
    ("Qwen3、gpt-oss與GPT-4o的延遲分別為120、200和150毫秒。", set()),
    ("Qwen3, gpt-oss and GPT-4o scored 85, 85 and 78 respectively on MMLU.", set()),
    ("Qwen3, gpt-oss and GPT-4o scored 85 and 80 on MMLU.", set()),
    # footnote marks in cells are no part of the number
    ("Results:\n\n| Benchmark | Qwen3 | gpt-oss | GPT-4o |\n|---|---|---|---|\n| MMLU | 85.2% [1] | 80.1% [2] | 81.0 |\n"
     "| GPQA | 70.3† | 65.2 | 60.0 |\n", {("qwen3", "gpt-oss", "outperforms.table"), ("qwen3", "gpt-4o", "outperforms.table")}),
    # nothing in prose: a tie at the top, a cost list, a size list
    ("Qwen3 scored 80 on MMLU, gpt-oss 80 and GPT-4o 75.", set()),
    ("Qwen3 costs $2 per million tokens, gpt-oss $1 and GPT-4o $5.", set()),
    ("Qwen3的延迟为120毫秒，gpt-oss为200毫秒，GPT-4o为150毫秒。", set()),
]


@pytest.fixture(scope="module")
def found(extractor):
    def run(article):
        ex = extractor.extract(article)
        return {(e.source, e.target, ev.rule) for e in ex.edges if e.type.value == "OUTPERFORMS" for ev in e.evidence}
    return run


@pytest.mark.parametrize("text, expected", CASES)
def test_score_tables_and_lists(found, text, expected):
    assert found(Article(id="article-test", title="test", text=text)) == expected


_HTML = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{lead}</p><table>"
         "<thead><tr><th>{head}</th><th>Qwen3</th><th>gpt-oss</th><th>GPT-4o</th></tr></thead><tbody>"
         "<tr><td>MMLU</td><td>85.2</td><td>80.1</td><td>78.0</td></tr>"
         "<tr><td>GPQA</td><td>70.3</td><td>65.2</td><td>60.0</td></tr>"
         "<tr><td>{third}</td><td>81.0</td><td>82.5</td><td>70.1</td></tr></tbody></table>"
         "<p>{tail}</p></article></body></html>")


@pytest.mark.parametrize("title, lead, head, third, tail, expected", [
    ("New model", "The lab published the new model's results on three tests against two rivals this week.", "Benchmark",
     "AIME 2025", "The model is open to developers from next month through the lab's own cloud service.", _SPLIT),
    ("新模型", "实验室本周公布了新模型在三项测试上与两款对手模型的对比成绩，结果如下表所示。", "基准", "AIME 2025",
     "该模型将于下月起通过实验室自己的云服务向开发者开放，价格另行公布。", _SPLIT),
    ("新模型", "實驗室本週公布了新模型在三項測試上與兩款對手模型的對比成績，結果如下表所示。", "基準", "AIME 2025",
     "該模型將於下月起透過實驗室自己的雲端服務向開發者開放，價格另行公布。", _SPLIT),
    # the third row is a price: the two score rows still give the pairs higher on both
    ("New model", "The lab published the new model's results and prices against two rivals this week.", "Benchmark",
     "Price ($/M)", "The model is open to developers from next month through the lab's own cloud service.",
     {("qwen3", "gpt-oss", D), ("qwen3", "gpt-4o", D), ("gpt-oss", "gpt-4o", D)}),
])
def test_html_score_tables(found, title, lead, head, third, tail, expected):
    html = _HTML.format(title=title, lead=lead, head=head, third=third, tail=tail)
    [article] = read_string(html, "t.html")
    assert found(article) == expected
