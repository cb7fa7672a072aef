import pytest
from pydantic import ValidationError

from newsgraph.schema import Article, Edge, Evidence, Extraction, Model, Organization, Policy, SchemaError, Source, check_endpoints, slugify

EV = Evidence(article="a", sentence="s", start=0, end=1, rule="r", confidence=0.5)


@pytest.mark.parametrize("etype, src, dst", [
    ("RELEASED", "Model", "Organization"),
    ("RELEASED", "Organization", "Source"),
    ("OUTPERFORMS", "Model", "Organization"),
    ("CITES", "Model", "Source"),
    ("WORRIES", "Organization", "Model"),
    ("PUBLISHED", "Organization", "Source"),
])
def test_schema_rejects_pairs_and_names_both_types(etype, src, dst):
    with pytest.raises(SchemaError, match=f"{etype} cannot go from {src} to {dst}"):
        check_endpoints(etype, src, dst)


@pytest.mark.parametrize("etype, src, dst", [
    ("RELEASED", "Organization", "Model"), ("RELEASED", "Organization", "Policy"),
    ("OUTPERFORMS", "Model", "Model"), ("CITES", "Source", "Source"), ("CITES", "Source", "Organization"),
    ("WORRIES", "Model", "Organization"), ("MENTIONS", "Source", "Policy"), ("PUBLISHED", "Source", "Source"),
])
def test_schema_accepts_allowed_pairs(etype, src, dst):
    check_endpoints(etype, src, dst)


def test_schema_extraction_rejects_a_bad_edge():
    nodes = [Organization(id="o", name="O"), Model(id="m", name="M")]
    with pytest.raises(ValidationError, match="RELEASED cannot go from Model to Organization"):
        Extraction(article=Article(id="a", title="t", text="x"), nodes=nodes,
                   edges=[Edge(source="m", target="o", type="RELEASED", evidence=[EV])])


@pytest.mark.parametrize("model, fields", [
    (Organization, {"id": "o", "name": "O", "colour": "red"}),
    (Evidence, {"article": "a", "sentence": "s", "start": 5, "end": 1, "rule": "r", "confidence": 0.5}),
    (Evidence, {"article": "a", "sentence": "s", "start": 0, "end": 1, "rule": "r", "confidence": 1.5}),
    (Edge, {"source": "a", "target": "b", "type": "LIKES"}),
    (Policy, {"id": "", "name": "P"}),
])
def test_schema_rejects_bad_fields(model, fields):
    with pytest.raises(ValidationError):
        model(**fields)


def test_schema_node_name_is_always_an_alias():
    assert Source(id="wsj", name="WSJ", aliases=["華爾街日報"]).aliases == ["WSJ", "華爾街日報"]


@pytest.mark.parametrize("name, slug", [("DeepSeek R1", "deepseek-r1"), ("GPT-4o mini", "gpt-4o-mini"), ("Z.ai", "z-ai")])
def test_schema_slug_is_stable(name, slug):
    assert slugify(name) == slug == slugify(name)
