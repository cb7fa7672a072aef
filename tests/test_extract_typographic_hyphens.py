"""A typographic hyphen inside a model's name (U+2010, the non-breaking U+2011: "Zeta‑3‑Pro") is the ASCII hyphen the
name is spelled with: the whole name is read, in three scripts; an en dash stays a dash (a range, an aside)."""
import pytest

from newsgraph.loaders.readers.article import make_article


def _released(extractor, text):
    found = extractor.extract(make_article("a.txt", "test", text))
    return {(e.source, e.target) for e in found.edges if e.type.value == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    ("DeepSeek released DeepSeek\u2011V4\u2011Pro on Friday.", {("deepseek", "deepseek-v4-pro")}),
    ("DeepSeek released DeepSeek\u2010V4\u2010Pro on Friday.", {("deepseek", "deepseek-v4-pro")}),
    ("深度求索发布了DeepSeek\u2011V4\u2011Pro。", {("deepseek", "deepseek-v4-pro")}),
    ("深度求索發布了DeepSeek\u2011V4\u2011Pro。", {("deepseek", "deepseek-v4-pro")}),
])
def test_typographic_hyphen_inside_a_name(extractor, text, expected):
    assert _released(extractor, text) == expected


def test_en_dash_is_kept():
    art = make_article("a.txt", "test", "Scores rose 10\u201320% \u2011 a record.")
    assert "\u2013" in art.text and "\u2011" not in art.text and len(art.text) == len("Scores rose 10\u201320% \u2011 a record.")
