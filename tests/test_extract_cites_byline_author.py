"""CITES of a wire or outlet written as the story's author ("By PA Media", "By Reuters" on a page carrying wire copy);
not of a person, nor of the page's own publisher."""
import pytest

from newsgraph.loaders.readers.text import read_plain
from newsgraph.schema import Article


def _cites(extractor, **article):
    found = extractor.extract(Article(id="article-test", title="test", text="Acme released the Zeta-3 model on Monday.", **article))
    return {(e.target, ev.rule) for e in found.edges if e.type.value == "CITES" for ev in e.evidence}


@pytest.mark.parametrize("article, expected", [
    ({"author": "PA Media"}, {("pa-media", "cites.byline_wire")}),
    ({"author": "Reuters", "publisher": "Example Daily"}, {("reuters", "cites.byline_wire")}),
    ({"author": "中央社"}, {("cna", "cites.byline_wire")}),
    ({"author": "中央通訊社"}, {("cna", "cites.byline_wire")}),
    # a person, or the publisher itself: nothing
    ({"author": "Jane Roe"}, set()),
    ({"author": "Reuters", "publisher": "Reuters"}, set()),
    ({"author": "OpenAI"}, set()),   # a company writing its own post is no wire
])
def test_byline_author(extractor, article, expected):
    assert _cites(extractor, **article) == expected


def test_byline_line_read_from_text(extractor):
    art = read_plain("Acme wins case\n\nBy PA Media\n\nThe court heard that Acme released the Zeta-3 model.\n", "a.txt")[0]
    found = extractor.extract(art)
    assert {(e.target, e.evidence[0].rule) for e in found.edges if e.type.value == "CITES"} == {("pa-media", "cites.byline_wire")}
