import pytest

from newsgraph.loaders.extract import RuleExtractor
from newsgraph.schema import Article


@pytest.fixture(scope="session")
def extractor():
    return RuleExtractor()


@pytest.fixture(scope="session")
def facts(extractor):
    """Semantic (type, source, target) triples the rule extractor finds in one text."""

    def run(text, **article):
        art = Article(id="article-test", title=article.pop("title", "test"), text=text, **article)
        ex = extractor.extract(art)
        return {(e.type.value, e.source, e.target) for e in ex.edges if e.type.value not in ("MENTIONS", "PUBLISHED")}

    return run
