"""The extraction stage on worker processes and on a Dask cluster: the same graph, byte for byte, as one
process; failures reported the same way; a bounded number of tasks in flight. Real processes, a real cluster."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.graph import parallel
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


def test_parallel_the_build_lets_go_of_the_extractor_it_kept_for_its_workers(corpus, one_process):
    # the parent keeps the extractor only while its workers may fork from it: the exports and the
    # database load after the extraction do not carry it; a second build makes it again, same graph
    before = dict(parallel._ENGINES)
    for _ in range(2):
        _same(build_graph([corpus], workers=2, cache=False), one_process)
        assert parallel._ENGINES == before


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


def _aged(corpus: Path, into: Path) -> Path:
    """A copy of the corpus whose files were last modified a minute ago (so the cache may remember them)."""
    import os
    import shutil
    import time

    shutil.copytree(corpus, into)
    past = time.time() - 60
    for path in into.iterdir():
        os.utime(path, (past, past))
    return into


def test_parallel_with_the_extraction_cache_cold_warm_and_touched(corpus, tmp_path):
    folder = _aged(corpus, tmp_path / "in")
    cache = tmp_path / "cache"
    alone = build_graph([folder], workers=1, cache=False)
    cold = build_graph([folder], workers=2, cache=cache)
    assert cold.extracted == len(alone.articles) and cold.cached == 0
    warm = build_graph([folder], workers=2, cache=cache)  # every file remembered, every article cached: no worker
    assert warm.extracted == 0 and warm.cached == len(alone.articles)
    touched = sorted(folder.glob("own_*.txt"))[:5]
    for path in touched:
        path.write_bytes(path.read_bytes())  # new time stamps, same content: read again by a worker, still cached
    again = build_graph([folder], workers=2, cache=cache)
    assert again.extracted == 0 and again.cached == len(alone.articles)
    for result in (cold, warm, again, build_graph([folder], workers=1, cache=cache)):
        _same(result, (to_json(alone.kg), [str(s) for s in alone.skipped], [a.title for a in alone.articles]))


def test_parallel_remembered_files_a_new_extractor_has_not_seen_go_to_the_workers(corpus, tmp_path, fragile):
    folder = _aged(corpus, tmp_path / "in")
    cache = tmp_path / "cache"
    build_graph([folder], workers=2, cache=cache)  # the files are remembered now (by the readers, any extractor)
    here = build_graph([folder], extractor=fragile, workers=1, cache=False)
    there = build_graph([folder], extractor=fragile, workers=2, cache=cache)
    assert there.cached == 0 and there.extracted == here.extracted > 0
    assert [str(s) for s in there.skipped] == [str(s) for s in here.skipped]
    assert to_json(there.kg) == to_json(here.kg)


def test_parallel_a_duplicate_article_is_skipped_as_in_one_process(tmp_path):
    (tmp_path / "a.txt").write_text("Same\n\nOpenAI released gpt-oss.\n", encoding="utf-8")
    for n in range(20):
        (tmp_path / f"b{n:02d}.md").write_text(f"---\ntitle: B{n}\nurl: https://example.com/same\n---\n"
                                               f"Alibaba released Qwen{n + 3}.\n", encoding="utf-8")
    here, there = build_graph([tmp_path], workers=1, cache=False), build_graph([tmp_path], workers=2, cache=False)
    assert [str(s) for s in there.skipped] == [str(s) for s in here.skipped] and len(here.skipped) == 19
    assert to_json(there.kg) == to_json(here.kg)
