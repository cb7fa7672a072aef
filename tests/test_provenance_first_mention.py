"""A provenance edge keeps one piece of evidence: a MENTIONS edge (article → entity) holds its article's
first mention of the entity (the earliest by offset) and ``mentions``, how many mentions the article has
(what the evidence count was). Relation edges keep all their evidence. Extraction, the graph, the JSON,
the embedded database (bulk load and merging path) and the neo4j-admin CSV all see the same thing; a
build written twice, or an article loaded again, changes nothing."""
from __future__ import annotations

import csv

import pytest

from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.export import export_graph
from newsgraph.graph.export.jsonio import read_json, to_dict
from newsgraph.graph.store import LadybugStore
from newsgraph.schema import Article, Evidence, Extraction, Organization, Source
from newsgraph.schema.merging import first_mention

# (script, text naming the company three times, company, the first sentence)
THREE_TIMES = [
    ("simplified", "字节跳动今天举行了发布会。分析人士认为，字节跳动的投入很大。市场期待字节跳动明年的计划。",
     "bytedance", "字节跳动今天举行了发布会。"),
    ("traditional", "輝達今天舉行了發表會。分析師認為，輝達的營收很高。市場期待輝達明年的計畫。",
     "nvidia", "輝達今天舉行了發表會。"),
    ("english", "Anthropic held an event on Monday. Analysts said Anthropic spends heavily. "
                "Investors expect more from Anthropic next year.", "anthropic", "Anthropic held an event on Monday."),
]
# (script, text naming none of them)
NOT_NAMED = [
    ("simplified", "今天天气很好。市场很平静。"),
    ("traditional", "今天天氣很好。市場很平靜。"),
    ("english", "The weather was fine. Markets were calm."),
]


def _extract(extractor, text: str, article_id: str = "article-test") -> Extraction:
    return extractor.extract(Article(id=article_id, title="test", text=text))


def _mentions(extraction: Extraction, target: str) -> list:
    return [e for e in extraction.edges if e.type.value == "MENTIONS" and e.target == target]


@pytest.mark.parametrize("script, text, company, first", THREE_TIMES, ids=[t[0] for t in THREE_TIMES])
def test_a_company_named_three_times_has_one_mentions_evidence_the_first_sentence(extractor, script, text, company, first):
    [edge] = _mentions(_extract(extractor, text), company)
    [piece] = edge.evidence
    assert (piece.sentence, piece.start, piece.mentions, edge.mentions) == (first, 0, 3, 3)
    assert piece.rule.startswith("mention.")


@pytest.mark.parametrize("script, text", NOT_NAMED, ids=[t[0] for t in NOT_NAMED])
def test_an_article_not_naming_a_company_has_no_mentions_edge(extractor, script, text):
    found = _extract(extractor, text)
    assert [e for e in found.edges if e.type.value == "MENTIONS"] == []
    for _, _, company, _ in THREE_TIMES:
        assert _mentions(found, company) == []


@pytest.mark.parametrize("text, pieces", [
    ("DeepSeek-R1 outperforms GPT-4o on math. Reviewers said DeepSeek-R1 beats GPT-4o at coding too.", 2),
    ("DeepSeek-R1 超越了 GPT-4o。評測指出，DeepSeek-R1 的表現優於 GPT-4o。", 2),
])
def test_relation_edges_keep_every_piece_of_evidence_and_no_count(extractor, text, pieces):
    found = _extract(extractor, text)
    [edge] = [e for e in found.edges if e.type.value == "OUTPERFORMS"]
    assert len(edge.evidence) == pieces and edge.mentions is None
    assert all(e.mentions is None for e in edge.evidence)
    assert {e.target: e.mentions for e in found.edges if e.type.value == "MENTIONS"} == {"deepseek-r1": 2, "gpt-4o": 2}


def test_published_keeps_its_one_piece_without_a_count(extractor):
    art = Article(id="article-test", title="t", text="Anthropic held an event.", publisher="Reuters")
    published = [e for e in extractor.extract(art).edges if e.type.value == "PUBLISHED"]
    assert published and all(len(e.evidence) == 1 and e.mentions is None for e in published)


@pytest.mark.parametrize("pieces, expected", [
    ([(40, 60), (0, 12), (40, 60)], ((0, 12), 2)),   # the earliest by offset; a repeated piece counts once
    ([(5, 9)], ((5, 9), 1)),
    ([], None),                                       # nothing to keep
])
def test_first_mention_rule_on_dicts_and_models(pieces, expected):
    dicts = [{"article": "a", "sentence": "s", "start": s, "end": e, "rule": "mention.gazetteer", "confidence": 1.0}
             for s, e in pieces]
    for items in (dicts, [Evidence(**d) for d in dicts]):
        kept = first_mention(items)
        if expected is None:
            assert kept == []
            continue
        [piece] = kept
        get = piece.get if isinstance(piece, dict) else piece.__getattribute__
        assert ((get("start"), get("end")), get("mentions")) == expected
        assert first_mention(kept) == kept  # kept once: the same again


def _graph(extractor, texts: dict[str, str]) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    for article_id, text in texts.items():
        kg.add_extraction(_extract(extractor, text, article_id))
    return kg


def _stored_mentions(store) -> dict:
    rows = store.query("MATCH (a:Source)-[e:MENTIONS]->(b) RETURN a.id AS article, b.id AS entity, e.mentions AS mentions, "
                       "size(e.evidence_starts) AS pieces")
    return {(r["article"], r["entity"]): (r["mentions"], r["pieces"]) for r in rows}


def test_graph_json_and_database_hold_one_piece_and_the_count(extractor, tmp_path):
    texts = {f"article-{script}": text for script, text, _, _ in THREE_TIMES}
    kg = _graph(extractor, texts)
    expected = {(f"article-{script}", company): (3, 1) for script, _, company, _ in THREE_TIMES}
    edges = [e for e in to_dict(kg)["edges"] if e["type"] == "MENTIONS"]
    assert {(e["source"], e["target"]): (e["mentions"], len(e["evidence"])) for e in edges} == expected
    assert all(e["evidence"][0]["mentions"] == 3 for e in edges)
    export_graph(kg, "json", tmp_path / "g.json")
    again = read_json(tmp_path / "g.json")
    assert to_dict(again) == to_dict(kg)  # the count round-trips through the JSON

    with LadybugStore(tmp_path / "db") as store:  # an empty database: the bulk load
        store.write(kg)
        assert _stored_mentions(store) == expected
        assert store.write(kg)["edges_changed"] == 0  # the same build again changes nothing
        assert _stored_mentions(store) == expected
        read_back = store.read_graph()
    assert to_dict(read_back)["edges"] == to_dict(kg)["edges"]


def test_an_article_loaded_again_keeps_its_count_on_the_merging_path(extractor, tmp_path):
    first = {"article-english": THREE_TIMES[2][1]}
    later = {"article-simplified": THREE_TIMES[0][1], "article-english": THREE_TIMES[2][1]}
    with LadybugStore(tmp_path / "db") as store:
        store.write(_graph(extractor, first))
        store.write(_graph(extractor, later))  # a new article through the merging path, the old one again
        assert _stored_mentions(store) == {("article-english", "anthropic"): (3, 1),
                                           ("article-simplified", "bytedance"): (3, 1)}
        before = store.read_graph()
        assert store.write(_graph(extractor, later))["edges_changed"] == 0
        assert to_dict(store.read_graph()) == to_dict(before)


def test_an_extractor_that_gives_every_mention_is_counted_when_its_extraction_joins_a_graph():
    article = Article(id="a1", title="t", text="Anthropic. Anthropic again. And Anthropic.")
    every = [Evidence(article="a1", sentence=s, start=i, end=i + len(s), rule="mention.plugin", confidence=1.0)
             for s, i in (("And Anthropic.", 28), ("Anthropic.", 0), ("Anthropic again.", 11))]
    extraction = Extraction(article=article, nodes=[Source(id="a1", name="t", kind="article"),
                                                    Organization(id="anthropic", name="Anthropic")],
                            edges=[{"source": "a1", "target": "anthropic", "type": "MENTIONS", "evidence": every}])
    kg = KnowledgeGraph()
    kg.add_extraction(extraction)
    edge = kg.edge("a1", "anthropic", "MENTIONS")
    assert [(e.start, e.mentions) for e in edge.evidence] == [(0, 3)] and edge.mentions == 3


def test_neo4j_csv_carries_the_count(extractor, tmp_path):
    kg = _graph(extractor, {"article-english": THREE_TIMES[2][1]})
    export_graph(kg, "neo4j-csv", tmp_path / "csv")
    path = tmp_path / "csv" / "relationships_MENTIONS.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    [row] = rows
    assert row["mentions:long"] == "3" and row["support:long"] == "1"
