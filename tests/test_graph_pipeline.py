"""build_graph: one bad article never ends the batch, and leaves nothing behind."""
import pytest

from newsgraph.graph.pipeline import build_graph
from newsgraph.loaders.extract import EXTRACTORS, register_extractor
from newsgraph.schema import Extraction, Model, Organization


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: OpenAI ships gpt-oss\npublisher: OpenAI\n---\n\n"
                                   "OpenAI released gpt-oss, which beats o3-mini on math.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Qwen3 news\nAlibaba released Qwen3.\n", encoding="utf-8")
    return tmp_path


def test_pipeline_a_company_publishing_its_own_news_is_both_outlet_and_company(corpus):
    result = build_graph([corpus])
    kg = result.kg
    assert not result.skipped and len(result.articles) == 2
    assert kg.node("openai").type.value == "Organization" and kg.node("outlet-openai").type.value == "Source"
    assert kg.edge("openai", "gpt-oss", "RELEASED").support == 1


@pytest.fixture
def plugin():
    names = []

    def add(name, factory):
        register_extractor(name)(factory)
        names.append(name)

    yield add
    for name in names:
        EXTRACTORS.remove(name)


def test_pipeline_an_extractor_crash_skips_only_that_article(corpus, plugin):
    class Fragile:
        def extract(self, article):
            if "Qwen3" in article.title:
                raise ValueError("cannot cope")
            return Extraction(article=article)

    plugin("fragile", Fragile)
    result = build_graph([corpus], extractor="fragile")
    assert len(result.articles) == 1
    assert [s.reason for s in result.skipped] == ["extraction failed: ValueError: cannot cope"]
    assert str(corpus / "b.txt") in str(result.skipped[0])


def test_pipeline_a_clashing_article_leaves_nothing_in_the_graph(corpus, plugin):
    class Clashing:
        def extract(self, article):
            if "Qwen3" in article.title:  # claims "openai" is a Model
                nodes = [Organization(id="alibaba", name="Alibaba"), Model(id="openai", name="OpenAI")]
            else:
                nodes = [Organization(id="openai", name="OpenAI")]
            return Extraction(article=article, nodes=nodes)

    plugin("clashing", Clashing)
    result = build_graph([corpus], extractor="clashing")
    assert "already of type Organization" in result.skipped[0].reason
    assert "alibaba" not in result.kg and result.kg.node("openai").type.value == "Organization"


def test_pipeline_a_batch_extractor_gets_every_article_and_results_keep_the_input_order(corpus, plugin):
    (corpus / "0-empty.txt").write_bytes(b"")     # unreadable: skipped before the first article
    (corpus / "c-empty.txt").write_bytes(b"")     # and between the others
    seen, reported = [], []

    class Batch:
        def extract(self, article):  # never called when extract_all is there
            raise AssertionError("extract_all should be used")

        def extract_all(self, articles):
            batch = list(articles)  # reads ahead, as a concurrent extractor would
            seen.extend(a.title for a in batch)
            for article in batch:
                yield ValueError("no luck") if "Qwen3" in article.title else Extraction(article=article)

        def report(self):
            return ["batch: 2 articles"]

    plugin("batch", Batch)
    result = build_graph([corpus], extractor="batch", progress=lambda item: reported.append(item))
    assert seen == ["OpenAI ships gpt-oss", "Qwen3 news"]
    assert [a.title for a in result.articles] == ["OpenAI ships gpt-oss"]
    assert [s.reason for s in result.skipped] == ["empty file", "extraction failed: ValueError: no luck", "empty file"]
    assert [getattr(i, "title", None) or i.path.rsplit("/", 1)[-1] for i in reported] == [
        "0-empty.txt", "OpenAI ships gpt-oss", "b.txt", "c-empty.txt"]
    assert result.report == ["batch: 2 articles"] and result.summary()["report"] == ["batch: 2 articles"]


def _spill_files(folder) -> list[str]:
    """This process's open files in ``folder`` (an anonymous temporary file shows as ``folder/#inode (deleted)``)."""
    import os

    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


@pytest.mark.parametrize("failure", [None, KeyboardInterrupt, RuntimeError])
def test_pipeline_extractions_wait_for_the_merge_on_disk_and_the_file_goes_on_every_exit(corpus, tmp_path_factory,
                                                                                          monkeypatch, failure):
    import tempfile

    from newsgraph.graph import pipeline

    spill_dir = tmp_path_factory.mktemp("spill")
    monkeypatch.setattr(tempfile, "tempdir", str(spill_dir))
    monkeypatch.setattr(pipeline._Spill, "spill_above", 0)  # every extraction goes to disk
    seen = {}
    merge = pipeline._merge

    def watched(result, extractions, made_by):
        seen["spilled"] = len(extractions), _spill_files(spill_dir)
        if failure is not None:
            raise failure("stopped in the merge")
        merge(result, extractions, made_by)

    monkeypatch.setattr(pipeline, "_merge", watched)
    if failure is None:
        result = build_graph([corpus], cache=False)
        assert result.kg.edge("openai", "gpt-oss", "RELEASED").support == 1 and len(result.articles) == 2
    else:
        with pytest.raises(failure):
            build_graph([corpus], cache=False)
    count, files = seen["spilled"]
    assert count == 2 and len(files) == 1  # both extractions in one temporary file while the merge waits
    assert _spill_files(spill_dir) == [] and list(spill_dir.iterdir()) == []  # closed and gone


def test_pipeline_a_small_build_keeps_its_extractions_in_memory(corpus, tmp_path_factory, monkeypatch):
    import tempfile

    from newsgraph.graph import pipeline

    spill_dir = tmp_path_factory.mktemp("spill")
    monkeypatch.setattr(tempfile, "tempdir", str(spill_dir))
    seen = {}
    merge = pipeline._merge

    def watched(result, extractions, made_by):
        seen["on_disk"] = extractions.on_disk, _spill_files(spill_dir)
        merge(result, extractions, made_by)

    monkeypatch.setattr(pipeline, "_merge", watched)
    assert len(build_graph([corpus], cache=False).articles) == 2
    assert seen["on_disk"] == (False, []) and list(spill_dir.iterdir()) == []


def test_pipeline_a_spilled_build_gives_the_same_graph_as_one_merged_from_memory(corpus, monkeypatch):
    from newsgraph.graph import pipeline
    from newsgraph.graph.export.jsonio import to_json

    monkeypatch.setattr(pipeline._Spill, "spill_above", 0)
    spilled = build_graph([corpus], cache=False)
    held = []
    original = pipeline._merge
    try:
        pipeline._merge = lambda result, extractions, made_by: held.append(
            (result, [e for e in extractions.drain()], made_by))
        build_graph([corpus], cache=False)
    finally:
        pipeline._merge = original
    result, items, made_by = held[0]
    pipeline._merge(result, list(reversed(items)), made_by)  # from a list, in any order: the same graph
    assert to_json(result.kg) == to_json(spilled.kg)
