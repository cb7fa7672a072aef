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
