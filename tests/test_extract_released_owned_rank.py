"""A model described as its maker's by a size or a rank among the maker's own models ("Zeta-5, OpenAI's larger
480-billion-parameter model", "Zeta-5是阿里巴巴最强大的模型": release.adjectives) is the maker's release
(released.appositive, released.possessive); a size or rank of anything else ("OpenAI's larger rival", "阿里巴巴最大的客户")
is none. Sentences invented."""
import pytest

from newsgraph.schema import Article


def released(extractor, text):
    ex = extractor.extract(Article(id="article-test", title="test", text=text))
    return {(e.source, e.target, e.evidence[0].rule) for e in ex.edges if e.type.value == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    ("Zeta-5, OpenAI's larger 480-billion-parameter model, scored 32 points.",
     {("openai", "zeta-5", "released.appositive")}),
    ("Zeta-5, OpenAI's smallest model, runs on a phone.", {("openai", "zeta-5", "released.appositive")}),
    ("Zeta-5, OpenAI's 7B-parameter model, runs on a phone.", {("openai", "zeta-5", "released.appositive")}),
    ("OpenAI's most capable model Zeta-5 scored well.", {("openai", "zeta-5", "released.possessive")}),
    ("Zeta-5是阿里巴巴最强大的模型，得分很高。", {("alibaba", "zeta-5", "released.appositive")}),
    ("Zeta-5是阿里巴巴最強大的模型，得分很高。", {("alibaba", "zeta-5", "released.appositive")}),
    # a size or rank of something other than a model: no release
    ("Zeta-5, OpenAI's larger rival, scored 32 points.", set()),
    ("阿里巴巴最大的客户是OpenAI。", set()),
    ("阿里巴巴最大的客戶是OpenAI。", set()),
])
def test_released_owned_rank(extractor, text, expected):
    assert released(extractor, text) == expected
