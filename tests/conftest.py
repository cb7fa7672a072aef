import os

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


@pytest.fixture(scope="session")
def organisations(extractor):
    """The ids of the Organization nodes the rule extractor finds in one text."""

    def run(text):
        found = extractor.extract(Article(id="article-test", title="test", text=text))
        return {n.id for n in found.nodes if n.type.value == "Organization"}

    return run


@pytest.fixture(scope="session")
def ruled(extractor):
    """The (source, target, rule id) of each edge of one type the rule extractor finds in one text.

    ``ruled("WORRIES", text)``: the rule is that of the edge's first evidence, so tables assert which
    construction found the fact."""

    def run(edge_type, text):
        found = extractor.extract(Article(id="article-test", title="test", text=text))
        return {(e.source, e.target, e.evidence[0].rule) for e in found.edges if e.type.value == edge_type}

    return run


@pytest.fixture(scope="session")
def dask_client():
    """A real dask.distributed cluster of two single-threaded worker processes on 127.0.0.1, for the session."""
    import logging

    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR,
                                  memory_limit="2GiB") as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="session", autouse=True)
def extraction_cache(tmp_path_factory):
    """Every build in the tests (in-process or a child process) caches extractions in a folder of its own."""
    folder = tmp_path_factory.mktemp("extraction-cache")
    before = os.environ.get("NEWSGRAPH_CACHE_DIR")
    os.environ["NEWSGRAPH_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("NEWSGRAPH_CACHE_DIR", None)
    else:
        os.environ["NEWSGRAPH_CACHE_DIR"] = before
