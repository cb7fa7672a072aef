"""Grounding LLM facts in their article, table-driven in the three scripts: what is kept (with the ids the
rule extractor gives and the article's own sentence at its offsets) and what is dropped, and why."""
from __future__ import annotations

import pytest

from newsgraph.loaders.extract.llm.contract import LLMFact, parse_reply
from newsgraph.loaders.extract.llm.grounding import Grounding, squash
from newsgraph.schema import Article, slugify

HANT = "月之暗面上週發佈了Kimi K2。\n在編程測試中，Kimi K2擊敗了DeepSeek V3。據路透社報道，Kimi K2令英偉達感到擔憂。"
HANS = "阿里巴巴发布了新模型Qwen3。据彭博社报道，该公司称Qwen3在数学测试中胜过gpt-oss。星河智能随后推出了天枢-2。"
EN = ("Anthropic released Claude on Tuesday.\nClaude “beats GPT-5 on coding,” said analyst Jane Roe. "
      "Klarwerk, a Berlin start-up, launched Nova-7.\nThe EU AI Act worries Meta. Meta shares fell, Reuters reported.")
TEXTS = {"zh-Hant": HANT, "zh-Hans": HANS, "en": EN}
A = "@article"  # the article's id in the expected rows

# (script, (type, source, source_type, target, target_type, evidence), expected: (source id, target id, sentence) or a reason)
CASES = [
    ("zh-Hant", ("RELEASED", "月之暗面", "Organization", "Kimi K2", "Model", "月之暗面上週發佈了Kimi K2。"),
     ("moonshot-ai", "kimi-k2", "月之暗面上週發佈了Kimi K2。")),
    # a name in another script or language folds to the gazetteer entry named in the sentence
    ("zh-Hant", ("RELEASED", "Moonshot AI", "Organization", "Kimi K2", "Model", "月之暗面上週發佈了Kimi K2。"),
     ("moonshot-ai", "kimi-k2", "月之暗面上週發佈了Kimi K2。")),
    # spaces and a half-width comma are no difference; the sentence recorded is the article's own
    ("zh-Hant", ("OUTPERFORMS", "Kimi K2", "Model", "DeepSeek V3", "Model", "在編程測試中, Kimi K2 擊敗了 DeepSeek V3。"),
     ("kimi-k2", "deepseek-v3", "在編程測試中，Kimi K2擊敗了DeepSeek V3。")),
    # a fragment of a sentence stands for the whole sentence
    ("zh-Hant", ("WORRIES", "Kimi K2", "Model", "英偉達", "Organization", "Kimi K2令英偉達感到擔憂"),
     ("kimi-k2", "nvidia", "據路透社報道，Kimi K2令英偉達感到擔憂。")),
    ("zh-Hant", ("CITES", "ARTICLE", "Source", "路透社", "Source", "據路透社報道，Kimi K2令英偉達感到擔憂。"),
     (A, "reuters", "據路透社報道，Kimi K2令英偉達感到擔憂。")),
    # dropped: evidence in another script is not verbatim; a sentence the article does not have; a name not in it
    ("zh-Hant", ("RELEASED", "月之暗面", "Organization", "Kimi K2", "Model", "月之暗面上周发布了Kimi K2。"), "ungrounded"),
    ("zh-Hant", ("RELEASED", "英偉達", "Organization", "Kimi K2", "Model", "英偉達發佈了Kimi K2。"), "ungrounded"),
    ("zh-Hant", ("RELEASED", "OpenAI", "Organization", "Kimi K2", "Model", "月之暗面上週發佈了Kimi K2。"),
     "name not in evidence"),
    # the worried party must be an Organization
    ("zh-Hant", ("WORRIES", "英偉達", "Organization", "Kimi K2", "Model", "Kimi K2令英偉達感到擔憂。"), "bad type"),
    ("zh-Hans", ("RELEASED", "阿里巴巴", "Organization", "Qwen3", "Model", "阿里巴巴发布了新模型Qwen3。"),
     ("alibaba", "qwen3", "阿里巴巴发布了新模型Qwen3。")),
    ("zh-Hans", ("OUTPERFORMS", "Qwen3", "Model", "gpt-oss", "Model", "据彭博社报道，该公司称Qwen3在数学测试中胜过gpt-oss。"),
     ("qwen3", "gpt-oss", "据彭博社报道，该公司称Qwen3在数学测试中胜过gpt-oss。")),
    ("zh-Hans", ("CITES", "ARTICLE", "Source", "彭博社", "Source", "据彭博社报道"),
     (A, "bloomberg", "据彭博社报道，该公司称Qwen3在数学测试中胜过gpt-oss。")),
    # names the rules do not know get the slug ids the rules would give them
    ("zh-Hans", ("RELEASED", "星河智能", "Organization", "天枢-2", "Model", "星河智能随后推出了天枢-2。"),
     (slugify("星河智能"), slugify("天枢-2"), "星河智能随后推出了天枢-2。")),
    ("zh-Hans", ("RELEASED", "该公司", "Organization", "Qwen3", "Model", "该公司称Qwen3在数学测试中胜过gpt-oss。"), "generic name"),
    ("zh-Hans", ("OUTPERFORMS", "Qwen3", "Model", "Qwen3", "Model", "阿里巴巴发布了新模型Qwen3。"), "self-reference"),
    ("zh-Hans", ("RELEASED", "阿里巴巴", "Organization", "Qwen3", "Model", ""), "ungrounded"),
    # straight quotes for curly ones
    ("en", ("OUTPERFORMS", "Claude", "Model", "GPT-5", "Model", 'Claude "beats GPT-5 on coding," said analyst Jane Roe.'),
     ("claude", "gpt-5", "Claude “beats GPT-5 on coding,” said analyst Jane Roe.")),
    ("en", ("CITES", "ARTICLE", "Source", "Jane Roe", "Source", 'Claude "beats GPT-5 on coding," said analyst Jane Roe.'),
     (A, "jane-roe", "Claude “beats GPT-5 on coding,” said analyst Jane Roe.")),
    ("en", ("RELEASED", "Klarwerk", "Organization", "Nova-7", "Model", "Klarwerk, a Berlin start-up, launched Nova-7."),
     ("klarwerk", "nova-7", "Klarwerk, a Berlin start-up, launched Nova-7.")),
    ("en", ("WORRIES", "EU AI Act", "Policy", "Meta", "Organization", "The EU AI Act worries Meta."),
     ("eu-ai-act", "meta", "The EU AI Act worries Meta.")),
    ("en", ("RELEASED", "Claude", "Model", "Anthropic", "Organization", "Anthropic released Claude on Tuesday."), "bad type"),
    ("en", ("CITES", "ARTICLE", "Source", "analyst", "Source", 'said analyst Jane Roe'), "generic name"),
    # the article's own outlet is no citation
    ("en", ("CITES", "ARTICLE", "Source", "Reuters", "Source", "Meta shares fell, Reuters reported."), "self-reference"),
    # "Meta" is no name inside "Metaverse"; a name must be a whole word
    ("en", ("RELEASED", "Meta", "Organization", "Claude", "Model", "Anthropic released Claude on Tuesday."),
     "name not in evidence"),
    ("en", ("RELEASED", "Anthropic", "Organization", "Claude", "Model", "Anthropic released Claude in 2023."), "ungrounded"),
]


def _article(script: str) -> Article:
    return Article(id="art-1", title="t", text=TEXTS[script], language=script,
                   publisher="Reuters" if script == "en" else None)


@pytest.mark.parametrize("script, fields, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_llm_grounding_keeps_what_the_text_says(extractor, script, fields, expected):
    article = _article(script)
    fact = LLMFact(**dict(zip(("type", "source", "source_type", "target", "target_type", "evidence"), fields)))
    got = Grounding(article, extractor).ground(fact, (0, len(article.text)))
    if isinstance(expected, str):
        assert got == expected
        return
    assert not isinstance(got, str), got
    source = article.id if got.source is None else got.source.entity_id
    assert (source, got.target.entity_id) == tuple(article.id if x == A else x for x in expected[:2])
    assert article.text[got.start:got.end] == expected[2]


def test_llm_grounding_known_names_get_the_rule_extractors_ids_and_types(extractor):
    article = _article("en")
    rules = {n.id: n.type for n in extractor.extract(article).nodes}
    grounding = Grounding(article, extractor, taken=rules)
    fact = LLMFact(type="RELEASED", source="Anthropic", source_type="Source", target="Claude", target_type="Policy",
                   evidence="Anthropic released Claude on Tuesday.")
    got = grounding.ground(fact, (0, len(article.text)))  # the model's types lose to what the rules know
    assert (got.source.entity_id, got.source.type) == ("anthropic", rules["anthropic"])
    assert (got.target.entity_id, got.target.type) == ("claude", rules["claude"])


def test_llm_grounding_a_new_name_keeps_its_first_type_in_the_article(extractor):
    article = _article("en")
    grounding = Grounding(article, extractor)
    first = LLMFact(type="RELEASED", source="Klarwerk", source_type="Organization", target="Nova-7", target_type="Model",
                    evidence="Klarwerk, a Berlin start-up, launched Nova-7.")
    again = first.model_copy(update={"type": "WORRIES", "source": "Nova-7", "source_type": "Organization",
                                     "target": "Klarwerk", "target_type": "Organization"})
    assert not isinstance(grounding.ground(first, (0, len(article.text))), str)
    assert grounding.ground(again, (0, len(article.text))).source.type.value == "Model"


def test_llm_grounding_evidence_is_looked_for_only_in_the_piece_the_model_saw(extractor):
    article = _article("zh-Hans")
    fact = LLMFact(type="RELEASED", source="阿里巴巴", source_type="Organization", target="Qwen3", target_type="Model",
                   evidence="阿里巴巴发布了新模型Qwen3。")
    second = article.text.index("据")
    assert Grounding(article, extractor).ground(fact, (second, len(article.text))) == "ungrounded"


def test_llm_grounding_squash_keeps_every_position():
    text = "A  “b”\n—c"
    squashed, where = squash(text)
    assert squashed == 'A"b"-c' and [text[i] for i in where] == ["A", "“", "b", "”", "—", "c"]


@pytest.mark.parametrize("content, facts, invalid", [
    ('{"facts": []}', 0, []),
    ('{"facts": [{"type": "RELEASED", "source": "a", "source_type": "Organization", "target": "b", '
     '"target_type": "Model", "evidence": "a released b"}, {"type": "RELEASED"}, "text", '
     '{"type": "RELEASED", "source": "a", "source_type": "Person", "target": "b", "target_type": "Model", "evidence": "e"}]}',
     1, ["invalid", "invalid", "bad type"]),
])
def test_llm_contract_reads_each_fact_on_its_own(content, facts, invalid):
    reply = parse_reply(content)
    assert len(reply.facts) == facts and reply.invalid == invalid


def test_llm_grounding_keeps_the_rules_own_facts_with_the_rules_ids(extractor):
    """Every fact the rules find in examples/, stated back as a model would (names as written, the sentence
    as evidence), is kept with the same ids, unless an endpoint is only referred to ("the company", 该公司)."""
    from pathlib import Path

    from newsgraph.loaders.readers import read_paths

    examples = Path(__file__).resolve().parents[1] / "examples"
    kept, dropped = 0, []
    for article in read_paths([examples]):
        if not isinstance(article, Article):
            continue
        grounding = Grounding(article, extractor)
        for edge in extractor.extract(article).edges:
            if edge.type.value in ("MENTIONS", "PUBLISHED"):
                continue
            for ev in edge.evidence:
                if (ev.start, ev.end) == (0, 0) and ev.sentence == article.title:
                    continue  # a headline's fact: the model is given the text, not the title, so it cannot state it
                source, target = (_as_written(grounding, article, node, ev, extractor) for node in (edge.source, edge.target))
                fact = LLMFact(type=edge.type.value, source=source[0], source_type=source[1], target=target[0],
                               target_type=target[1], evidence=ev.sentence)
                got = grounding.ground(fact, (0, len(article.text)))
                if isinstance(got, str):
                    dropped.append(got)
                    continue
                kept += 1
                got_source = article.id if got.source is None else got.source.entity_id
                assert (got_source, got.target.entity_id) == (edge.source, edge.target), ev.sentence
    assert kept >= 80 and set(dropped) <= {"name not in evidence"} and len(dropped) * 10 < kept


def _as_written(grounding, article, node_id, ev, extractor):
    """How the text writes ``node_id`` in the evidence sentence (or anywhere), with its type."""
    if node_id == article.id:
        return "ARTICLE", "Source"
    found = [m for m in grounding.mentions if m.entity_id == node_id]
    if not found:  # a maker written only at the head of its model's name ("DeepSeek-R1"): a model states its name
        entry = extractor.gazetteer.entries[node_id]
        return entry.name, entry.type.value
    inside = [m for m in found if ev.start <= m.start and m.end <= ev.end]
    m = (inside or found)[0]
    return m.surface, m.type.value
