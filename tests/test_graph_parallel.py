"""The extraction stage on worker processes and on a Dask cluster: the same graph, byte for byte, as one
process; failures reported the same way; a bounded number of tasks in flight. Real processes, a real cluster."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.graph.cli import main
from newsgraph.graph.export.jsonio import to_json
from newsgraph.graph.parallel import CHUNK_FILES, Failed, chunks, run_ordered
from newsgraph.graph.pipeline import build_graph
from newsgraph.loaders.extract import EXTRACTORS, RuleExtractor, register_extractor
from newsgraph.schema import InputError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The examples, articles of our own in the three scripts, an unreadable file and a bad record."""
    root = tmp_path_factory.mktemp("corpus")
    for path in sorted(EXAMPLES.iterdir()):
        if path.is_file() and path.name != "README.md":
            (root / path.name).write_bytes(path.read_bytes())
    texts = {"zh-Hant": "深度求索發佈了新模型DeepSeek-V{n}。DeepSeek-V{n}擊敗了gpt-oss。",
             "zh-Hans": "阿里巴巴发布了Qwen{n}。Qwen{n}超越了Llama 4。",
             "en": "Moonshot AI released Kimi K{n}. Kimi K{n} beats GPT-4.1 on coding, Reuters reported."}
    for n in range(18):
        script = list(texts)[n % 3]
        (root / f"own_{n:02d}.txt").write_text(f"Story {n}\n\n" + texts[script].format(n=n + 3) + "\n", encoding="utf-8")
    (root / "broken.json").write_text("{not json", encoding="utf-8")
    (root / "records.jsonl").write_text('{"title": "One", "text": "OpenAI released gpt-oss."}\n{"title": 3}\n',
                                        encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def one_process(corpus):
    result = build_graph([corpus], workers=1)
    return to_json(result.kg), [str(s) for s in result.skipped], [a.title for a in result.articles]


def _same(result, expected) -> None:
    assert (to_json(result.kg), [str(s) for s in result.skipped], [a.title for a in result.articles]) == expected


@pytest.mark.parametrize("workers", [2, 3])
def test_parallel_workers_build_the_same_graph_byte_for_byte(corpus, one_process, workers):
    result = build_graph([corpus], workers=workers)
    _same(result, one_process)
    assert len(result.skipped) == 2 and len(result.articles) > 25


def test_parallel_dask_cluster_builds_the_same_graph_byte_for_byte(corpus, one_process, dask_client):
    _same(build_graph([corpus], dask=dask_client), one_process)


def test_parallel_cli_workers_and_one_process_write_the_same_json(corpus, tmp_path):
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.json"
        result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--no-db", "-q", "--workers", workers])
        assert result.exit_code == 0, result.output
        assert "skipped: 2" in result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


class _Unpicklable(Exception):
    def __init__(self, a, b):  # pickle would call it with one argument
        super().__init__(f"{a} and {b}")


@pytest.fixture
def fragile():
    class Fragile(RuleExtractor):
        def extract(self, article):
            if "Story 4" in article.title:
                raise _Unpicklable("cannot", "cope")
            return super().extract(article)

    register_extractor("fragile-parallel")(Fragile)
    yield "fragile-parallel"
    EXTRACTORS.remove("fragile-parallel")


def test_parallel_an_extractor_error_in_a_worker_is_that_article_skip(corpus, fragile):
    here, there = build_graph([corpus], extractor=fragile, workers=1), build_graph([corpus], extractor=fragile, workers=2)
    expected = [s for s in map(str, here.skipped) if "extraction failed" in s]
    assert expected == [s for s in map(str, there.skipped) if "extraction failed" in s]
    assert expected and expected[0].endswith("extraction failed: _Unpicklable: cannot and cope")
    assert to_json(here.kg) == to_json(there.kg)


def test_parallel_skips_and_failures_cross_processes():
    error = pickle.loads(pickle.dumps(InputError("a/b.txt", "cannot decode")))
    assert (error.path, error.reason, str(error)) == ("a/b.txt", "cannot decode", "a/b.txt: cannot decode")
    failed = pickle.loads(pickle.dumps(Failed("KeyError", "'x'"))).rebuilt()
    assert (type(failed).__name__, str(failed)) == ("KeyError", "'x'")


def test_parallel_keeps_a_bounded_number_of_tasks_in_flight():
    in_flight, most = set(), []

    class Future:
        def __init__(self, n):
            self.n = n
            in_flight.add(n)
            most.append(len(in_flight))

        def result(self):
            in_flight.discard(self.n)
            return [self.n]

    got = list(run_ordered(lambda fn, task: Future(fn(task)), lambda n: n, range(50), window=4))
    assert got == list(range(50)) and max(most) == 4


def test_parallel_chunks_give_every_worker_work_in_input_order():
    files = [f"f{i}" for i in range(5)]
    assert chunks(files, workers=2, size=CHUNK_FILES) == [files[:3], files[3:]]
    assert sum(chunks(list(range(100)), workers=2, size=CHUNK_FILES), []) == list(range(100))
    assert max(map(len, chunks(list(range(100)), workers=2, size=CHUNK_FILES))) == CHUNK_FILES
