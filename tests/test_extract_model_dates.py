"""A date listed next to models ("Zeta 4.5 on August 3, GPT-5.1 on October 21") is no model: a month and its day
have a model's shape (a capitalised word and a number) but the month opens no model's name (names.model_not_names)."""
import pytest

from newsgraph.schema import Article


def _models(extractor, text):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {n.name for n in found.nodes if n.type == "Model"}


@pytest.mark.parametrize("text, dates", [
    ("Two launches in one quarter: Claude Sonnet 4.5 on August 3, GPT-5.1 on October 21, and lately Gemini 3.",
     {"August 3", "October 21"}),
    ("Acme matched GPT-5.1 on Sept 29, Claude Sonnet 4.5 on Oct 3 and Gemini 3 on Nov 12.", {"Sept 29", "Oct 3", "Nov 12"}),
    ("GPT-5.1 arrived on May 4, Gemini 3 on June 2.", {"May 4", "June 2"}),
])
def test_a_date_listed_with_models_is_no_model(extractor, text, dates):
    models = _models(extractor, text)
    assert "GPT-5.1" in models and not models & dates


@pytest.mark.parametrize("text, expected", [
    # a model-shaped name listed next to a known model is still one ("Nova 3"), in each script
    ("Acme compared Nova 3, GPT-5.1 and Gemini 3 on coding.", "Nova 3"),
    ("星河科技比較了Nova 3、GPT-5.1和Gemini 3的程式能力。", "Nova 3"),
    ("星河科技比较了Nova 3、GPT-5.1和Gemini 3的编程能力。", "Nova 3"),
])
def test_a_name_listed_with_models_is_still_one(extractor, text, expected):
    assert expected in _models(extractor, text)
