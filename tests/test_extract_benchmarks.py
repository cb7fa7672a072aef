"""Benchmarks (a gazetteer Source of kind ``benchmark``): never a Model node nor an OUTPERFORMS side, and cited
only as a source of information ("according to LiveCodeBench"), never for a score read "on" it — in zh-Hant,
zh-Hans and en, with the cases that must cite nothing."""
import pytest

from newsgraph.schema import Article


@pytest.fixture(scope="module")
def read(extractor):
    def run(text):
        ex = extractor.extract(Article(id="article-bench", title="test", text=text))
        nodes = {n.id: n for n in ex.nodes}
        edges = {(e.type.value, e.source, e.target, e.evidence[0].rule) for e in ex.edges
                 if e.type.value not in ("MENTIONS", "PUBLISHED")}
        return nodes, edges
    return run


BENCHES = {"aime", "swe-bench", "terminal-bench", "gpqa", "mmlu-pro", "livecodebench", "math-500", "humanitys-last-exam"}


@pytest.mark.parametrize("text", [
    # a score read on a benchmark: no citation, and the benchmark is no side
    "GPT-4.1 scored 64.2 on SWE-bench Verified, ahead of Gemini 2.5 Pro.",
    "GPT-4.1在SWE-bench Verified上得分64.2，領先Gemini 2.5 Pro。",
    "GPT-4.1在SWE-bench Verified上得分64.2，领先Gemini 2.5 Pro。",
    # a table row: "<benchmark> <score> <cue> <model> (<score>)"
    "Terminal-Bench 37.5 ahead of Gemini 2.5 Pro (25.3)",
    "Terminal-Bench 37.5 顯著領先Gemini 2.5 Pro (25.3)",
    "Terminal-Bench 37.5 显著领先Gemini 2.5 Pro (25.3)",
    "AIME24 91.0 beats Claude Opus 4 (75.7)",
    "國際數學競賽AIME24 91.0 超越Claude Opus 4 (75.7)",
    "国际数学竞赛AIME24 91.0 超越Claude Opus 4 (75.7)",
    # a benchmark saying something is no source
    "GPQA shows that the gap is closing, and MMLU-Pro says the same.",
    "MMLU-Pro表示差距正在縮小。",
    "MMLU-Pro表示差距正在缩小。",
])
def test_benchmark_is_no_model_no_side_no_citation(read, text):
    nodes, edges = read(text)
    assert not [n for n in nodes.values() if n.type.value == "Model" and ("bench" in n.id or "aime" in n.id)]
    assert not [e for e in edges if e[1] in BENCHES or e[2] in BENCHES], edges
    assert not BENCHES & nodes.keys()  # a benchmark is a node only when cited


@pytest.mark.parametrize("text", [
    "Gemini 2.5 Pro topped the board. On the hard HLE test, the model scored 18.8%, ahead of o3-mini.",
    "Gemini 2.5 Pro登上榜首。在「人類最後的考試」測驗中，該模型拿下18.8%，高於o3-mini的14%。",
    "Gemini 2.5 Pro登上榜首。在「人类最后的考试」测验中，该模型拿下18.8%，高于o3-mini的14%。",
])
def test_a_frame_naming_a_benchmark_still_carries_the_model(read, text):
    """"在「HLE」测验中，该模型…": the test in the frame names no one; "the model" is the one named before."""
    nodes, edges = read(text)
    assert ("OUTPERFORMS", "gemini-2-5-pro", "o3-mini", "outperforms.cue") in edges, edges


@pytest.mark.parametrize("text, bench", [
    ("According to LiveCodeBench, Gemini 2.5 Pro leads the coding results.", "livecodebench"),
    ("據LiveCodeBench的數據，Gemini 2.5 Pro在程式測試中領先。", "livecodebench"),
    ("据LiveCodeBench的数据，Gemini 2.5 Pro在编程测试中领先。", "livecodebench"),
])
def test_benchmark_cited_as_a_source_of_information(read, text, bench):
    nodes, edges = read(text)
    assert ("CITES", "article-bench", bench, "cites.according_to") in edges
