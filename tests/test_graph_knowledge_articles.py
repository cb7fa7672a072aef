"""What a graph keeps of each article (compactly: one version per distinct node version, the article's
date once) gives back exactly what the article said: taking it out leaves the graph the others make."""
import datetime as dt

import pytest

from newsgraph.graph import KnowledgeGraph
from newsgraph.loaders.extract.registry import get_extractor
from newsgraph.schema import Article

# (id, language, date, text): short articles written for this test, in the three scripts
ARTICLES = [
    ("hans", "zh-Hans", dt.date(2025, 2, 1), "阿里巴巴发布了Qwen3。Qwen3在编程测试中超过了GPT-4o。"),
    ("hant", "zh-Hant", dt.date(2025, 3, 1), "阿里巴巴發佈了Qwen3。OpenAI發佈了GPT-4o。"),
    ("en", "en", dt.date(2025, 4, 1), "Alibaba released Qwen3. OpenAI released GPT-4o."),
    ("undated", "en", None, "Alibaba released Qwen3."),
]


@pytest.fixture(scope="module")
def extractions():
    rules = get_extractor("rules")
    out = []
    for aid, language, day, text in ARTICLES:
        article = Article(id=aid, title=aid, text=text, language=language, published=day)
        out.append(rules.extract(article).model_dump(mode="json"))
    return out


def built(extractions, skip=()):
    kg = KnowledgeGraph()
    for found in extractions:
        if found["article"]["id"] not in skip:
            kg.add_extraction(found, extractor="rules:test", digest=f"h-{found['article']['id']}")
    return kg


@pytest.mark.parametrize("article", [a[0] for a in ARTICLES])
def test_taking_an_article_out_leaves_the_graph_the_others_make(extractions, article):
    kg = built(extractions)
    assert article in kg.articles()
    changed = kg.remove_article(article)
    assert changed["edges_changed"] + changed["edges_removed"] > 0
    assert kg == built(extractions, skip={article})
    assert article not in kg.articles()


@pytest.mark.parametrize("article", [a[0] for a in ARTICLES])
def test_without_an_article_is_the_graph_the_others_make(extractions, article):
    assert built(extractions).without_articles([article]) == built(extractions, skip={article})


@pytest.mark.parametrize("article, day", [(a[0], a[2]) for a in ARTICLES])
def test_an_articles_version_of_a_node_carries_its_date(extractions, article, day):
    kg = built(extractions)
    said = kg.contribution("qwen3", article)
    assert said is not None and said["id"] == "qwen3"
    assert said["first_seen"] == said["last_seen"] == (day.isoformat() if day else None)
    assert type(said) is dict  # as the article said it, not how the graph keeps it


@pytest.mark.parametrize("node, article", [("gpt-4o", "undated"), ("qwen3", "nowhere"), ("nothing", "en")])
def test_no_version_where_the_article_did_not_name_the_node(extractions, node, article):
    assert built(extractions).contribution(node, article) is None


def test_equal_versions_are_kept_once(extractions):
    kg = built(extractions)
    hans, hant = kg._contributions["alibaba"]["hans"], kg._contributions["alibaba"]["hant"]
    assert kg.contribution("alibaba", "hans") != kg.contribution("alibaba", "hant")  # two dates…
    assert hans is hant  # …one version kept


def test_a_copy_gives_back_the_same_versions(extractions):
    kg = built(extractions)
    copy = kg.copy()
    copy.remove_article("en")
    assert copy == built(extractions, skip={"en"})
    assert kg == built(extractions)  # the original is untouched
