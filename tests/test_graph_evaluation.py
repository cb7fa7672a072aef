"""``newsgraph eval``: the scorer as a project command, on small self-written gold files."""
import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.graph.cli import main
from newsgraph.graph.evaluation import Evaluation, evaluate, load_gold, score
from newsgraph.loaders.extract import register_extractor
from newsgraph.schema import Article, Edge, Evidence, Extraction, Model, NewsgraphError, Organization, Source

ROOT = Path(__file__).resolve().parents[1]

GOLD = {
    "entities": {
        "alibaba": {"type": "Organization", "aliases": ["Alibaba", "阿里巴巴"]},
        "qwen3": {"type": "Model", "aliases": ["Qwen3", "千问3", "千問3"]},
        "gpt-oss": {"type": "Model", "aliases": ["gpt-oss"]},
        "reuters": {"type": "Source", "aliases": ["Reuters", "路透社"]},
        "a1": {"type": "Source", "aliases": ["Alibaba unveils Qwen3"]},
        "extra": {"type": "Organization", "aliases": ["Extra Labs"], "optional": True},
    },
    "edges": [["RELEASED", "alibaba", "qwen3"], ["OUTPERFORMS", "qwen3", "gpt-oss"], ["CITES", "a1", "reuters"]],
    "optional_edges": [["CITES", "a1", "extra"]],
    "forbidden": ["首页"],
}


def node(id, type, name, aliases=()):
    return {"id": id, "type": type, "name": name, "aliases": list(aliases)}


def edge(source, type, target):
    return {"source": source, "target": target, "type": type}


NODES = [node("alibaba", "Organization", "阿里巴巴"), node("q", "Model", "QWEN-3", ["千問3"]),
         node("g", "Model", "GPT-OSS"), node("r", "Source", "路透社"), node("a1", "Source", "Alibaba unveils Qwen3")]


@pytest.mark.parametrize("extra_nodes, edges, expect", [
    # every gold edge, nothing else
    ([], [edge("alibaba", "RELEASED", "q"), edge("q", "OUTPERFORMS", "g"), edge("a1", "CITES", "r")],
     {"edges": (1.0, 1.0), "OUTPERFORMS": (1, 1, 1), "false": [], "missing": []}),
    # MENTIONS and PUBLISHED are not scored; a missing edge lowers recall only
    ([], [edge("alibaba", "RELEASED", "q"), edge("a1", "MENTIONS", "q")],
     {"edges": (1.0, 0.333), "false": [], "missing": [["CITES", "a1", "reuters"], ["OUTPERFORMS", "qwen3", "gpt-oss"]]}),
    # a reversed edge is wrong twice: one false, one missing
    ([], [edge("g", "OUTPERFORMS", "q")],
     {"edges": (0.0, 0.0), "false": [["OUTPERFORMS", "gpt-oss", "qwen3"]]}),
    # an edge that only matches an optional gold edge is neither right nor wrong
    ([node("x", "Organization", "Extra Labs")], [edge("a1", "CITES", "x"), edge("a1", "CITES", "r")],
     {"edges": (1.0, 0.333), "false": []}),
    # an unknown node's edge is false, under its own id
    ([node("z", "Organization", "Zeta")], [edge("z", "RELEASED", "q")],
     {"edges": (0.0, 0.0), "false": [["RELEASED", "?z", "qwen3"]], "unmatched": ["Zeta (Organization)"]}),
])
def test_evaluation_scores_edges(extra_nodes, edges, expect):
    report = score(GOLD, NODES + extra_nodes, edges)
    assert (report["edges"]["precision"], report["edges"]["recall"]) == expect["edges"]
    if "OUTPERFORMS" in expect:
        s = report["edges_by_type"]["OUTPERFORMS"]
        assert (s["tp"], s["predicted"], s["gold"]) == expect["OUTPERFORMS"]
    for key, name in (("false", "false_edges"), ("missing", "missing_edges"), ("unmatched", "unmatched_nodes")):
        if key in expect:
            assert report[name] == expect[key]


def test_evaluation_entities_types_forbidden_and_splits():
    nodes = NODES + [node("q2", "Model", "Qwen 3"), node("bad", "Model", "Alibaba"), node("nav", "Source", "首页")]
    report = score(GOLD, nodes, [])
    assert report["entities"]["core_recall"] == 1.0          # the optional entity is not needed
    assert report["entities"]["split_entities"] == {"qwen3": 2}
    assert report["wrong_type_nodes"] == ["Alibaba (Model) ~ alibaba (Organization)"]
    assert report["forbidden_nodes"] == ["首页 (Source)"]
    assert report["entities"]["node_precision"] == round((len(nodes) - 2) / len(nodes), 3)
    assert score(GOLD, NODES[:1], [])["missing_entities"] == ["a1", "gpt-oss", "qwen3", "reuters"]


def test_evaluation_thresholds_as_the_scorer_applies_them():
    report = score(GOLD, NODES, [edge("alibaba", "RELEASED", "q")])
    result = Evaluation(report, len(NODES))
    assert result.passes() and result.passes(min_edge_f1=0.5) and not result.passes(min_edge_f1=0.6)
    assert not result.passes(min_edge_precision=1.01) and result.passes(min_entity_recall=1.0)
    forbidden = Evaluation(score(GOLD, NODES + [node("nav", "Source", "首页")], []), 6)
    assert forbidden.passes() and not forbidden.passes(min_edge_f1=0.0)


@pytest.mark.parametrize("content, message", [
    ("{", "cannot read gold file"),
    ('{"entities": {}}', "'entities'"),
    ('{"entities": {"x": {"type": "Model"}}, "edges": []}', "entity 'x' needs"),
    ('{"entities": {}, "edges": [["RELEASED", "a"]]}', "[type, source, target]"),
    # a number of thousands of digits, a nesting thousands deep: were Python's ValueError and RecursionError
    ('{"entities": {}, "edges": [], "n": ' + "9" * 5000 + "}", "a number of 5,000 digits"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
])
def test_evaluation_bad_gold_files_are_one_line_errors(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NewsgraphError, match=message.replace("[", r"\[").replace("]", r"\]")) as err:
        load_gold(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a1.txt").write_text(
        "Alibaba unveils Qwen3\nAlibaba released Qwen3 on Tuesday. Qwen3 beats gpt-oss on math, according to Reuters.\n",
        encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_cli_eval_builds_and_scores(corpus):
    result = CliRunner().invoke(main, ["eval", str(corpus / "gold.json"), str(corpus / "in"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["edges"]["f1"] == 1.0 and report["entities"]["core_recall"] == 1.0


def test_cli_eval_scores_a_graph_file_and_sets_the_exit_code(corpus):
    graph = corpus / "g.json"
    graph.write_text(json.dumps({"nodes": NODES, "edges": [edge("alibaba", "RELEASED", "q")]}), encoding="utf-8")
    runner = CliRunner()
    text = runner.invoke(main, ["eval", str(corpus / "gold.json"), "-g", str(graph)])
    assert text.exit_code == 0 and "RELEASED     P=1.00 R=1.00 F1=1.00 (1/1 predicted, 1 gold)" in text.output
    assert "missing_edges:" in text.output and "edges: P=1.00 R=0.33 F1=0.50" in text.output
    assert runner.invoke(main, ["eval", str(corpus / "gold.json"), "-g", str(graph), "--min-edge-f1", "0.6"]).exit_code == 1
    assert runner.invoke(main, ["eval", str(corpus / "gold.json"), "-g", str(graph), "--min-edge-f1", "0.5"]).exit_code == 0


@pytest.mark.parametrize("args", [[], ["-g", "g.json", "in"]])
def test_cli_eval_needs_paths_or_a_graph_not_both(corpus, args):
    result = CliRunner().invoke(main, ["eval", str(corpus / "gold.json"), *args])
    assert result.exit_code == 2 and "one of the two" in result.output


def test_cli_eval_measures_a_plug_in_extractor(corpus):
    @register_extractor("eval-test-fixed")
    class Fixed:
        """Finds one fact whatever the article says."""

        def extract(self, article: Article) -> Extraction:
            ev = Evidence(article=article.id, sentence="x", start=0, end=1, rule="fixed", confidence=1.0)
            return Extraction(article=article, nodes=[Source(id=article.id, name=article.title),
                                                      Organization(id="alibaba", name="Alibaba"),
                                                      Model(id="qwen3", name="Qwen3")],
                              edges=[Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev])])

    result = CliRunner().invoke(main, ["eval", str(corpus / "gold.json"), str(corpus / "in"), "--json",
                                       "--extractor", "eval-test-fixed"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["edges"]["tp"] == 1 and report["edges"]["predicted"] == 1 and report["edges"]["recall"] == 0.333


def _scorer():
    for path in (ROOT.parent / "shared" / "eval" / "score.py", Path("/work/shared/eval/score.py")):
        if path.is_file():
            spec = importlib.util.spec_from_file_location("shared_score", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module, path.parent
    pytest.skip("the evaluation scorer (../shared/eval/score.py) is not beside this clone")


def test_evaluation_agrees_with_the_shared_scorer(corpus):
    scorer, _ = _scorer()
    cases = [(GOLD, NODES + [node("x", "Organization", "Extra Labs"), node("nav", "Source", "首页"),
                             node("bad", "Model", "Alibaba"), node("q2", "Model", "Qwen 3")],
              [edge("alibaba", "RELEASED", "q"), edge("g", "OUTPERFORMS", "q"), edge("a1", "CITES", "x"),
               edge("zz", "WORRIES", "q"), edge("a1", "MENTIONS", "r")])]
    for gold, nodes, edges in cases:
        assert score(gold, nodes, edges) == scorer.score(gold, nodes, edges)


def test_evaluation_agrees_with_the_shared_scorer_on_the_development_set():
    scorer, folder = _scorer()
    gold_path, articles = folder / "real-dev" / "gold.json", folder / "real-dev" / "articles"
    if not gold_path.is_file() or not articles.is_dir():
        pytest.skip("the development set (../shared/eval/real-dev) is not beside this clone")
    ours = evaluate(gold_path, [articles])
    from newsgraph.graph.export.jsonio import to_dict
    from newsgraph.graph.pipeline import build_graph

    data = json.loads(json.dumps(to_dict(build_graph([articles]).kg)))
    assert ours.report == scorer.score(json.loads(gold_path.read_text(encoding="utf-8")), data["nodes"], data["edges"])


def test_cli_eval_help_stays_light():
    import subprocess
    import sys

    probe = ("import sys\nfrom newsgraph.graph.cli import main\ntry:\n    main(['eval', '--help'])\n"
             "except SystemExit:\n    pass\nprint(' '.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "Score against GOLD" in out
    heavy = ("networkx", "pydantic", "yaml", "ahocorasick", "opencc", "ladybug", "neo4j", "pyvis")
    assert not {m for m in out.splitlines()[-1].split() if m.split(".")[0] in heavy}


@pytest.mark.parametrize("content, message", [
    ('{"nodes": [], "edges": [], "n": ' + "9" * 5000 + "}", "a number of 5,000 digits"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
])
def test_unreadable_graph_json_is_a_one_line_error_for_eval_and_the_commands(tmp_path, content, message):
    """``eval -g`` and ``stats``/``neighbors`` read a graph JSON a user names: a number Python will not read or a
    nesting it cannot follow is the file's one-line error, not a traceback."""
    from newsgraph.graph.evaluation import read_graph

    path = tmp_path / "g.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NewsgraphError, match=message) as err:
        read_graph(path)
    assert str(path) in str(err.value)
    for args in (["stats", str(path)], ["neighbors", "Qwen3", "-g", str(path)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output, result.output
