"""Models the gazetteer lacks, named next to a model noun (variants.discover_models)."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised


def models(extractor, text):
    return [(m.surface, m.entity_id) for m in extractor.mentions(Normalised.of(text)) if m.type == "Model"]


@pytest.mark.parametrize("text, expected", [
    ("中心昨日發布首個本地研發的大語言模型「Nova V1」。測試中，Nova V1的表現勝過GPT-4o。",
     [("Nova V1", "nova-v1"), ("Nova V1", "nova-v1"), ("GPT-4o", "gpt-4o")]),
    ("该公司发布了新模型Zeta 3。Zeta 3超过了GPT-4o。", [("Zeta 3", "zeta-3"), ("Zeta 3", "zeta-3"), ("GPT-4o", "gpt-4o")]),
    ("The lab released its model Nova 3. Nova 3 beats GPT-4o.", [("Nova 3", "nova-3"), ("Nova 3", "nova-3"), ("GPT-4o", "gpt-4o")]),
    ("Startup Acme released the Zeta-2 model on Monday.", [("Zeta-2", "zeta-2")]),
    ("團隊推出Orion-M2大模型。", [("Orion-M2", "orion-m2")]),
    # no model: no model noun next to it, a word naming no model, a percentage, a known name
    ("Nova 3 launched on Monday.", []),
    ("The Phase 3 model and the Covid-19 model were built in 2024.", []),
    ("Windows 11 model teams met.", []),
    ("模型Nova 3%的用户", []),
    ("The model GPT-4o is fast.", [("GPT-4o", "gpt-4o")]),
])
def test_model_named_next_to_a_model_noun(extractor, text, expected):
    assert models(extractor, text) == expected


def test_a_discovered_model_is_found_in_a_comparison(facts):
    text = "The lab released its model Nova 3. Nova 3 beats GPT-4o on math."
    assert ("OUTPERFORMS", "nova-3", "gpt-4o") in facts(text)


@pytest.mark.parametrize("text, name", [
    ("科大讯飞发布了推理模型星火X9。", "星火X9"),
    ("科大訊飛發布了推理模型星火X9。", "星火X9"),
    ("The lab released its new model Falcon-H1.", "Falcon-H1"),
])
def test_discovered_versions_next_to_a_model_noun(extractor, text, name):
    from newsgraph.schema import Article
    models = {n.name for n in extractor.extract(Article(id="a", title="t", text=text)).nodes if n.type.value == "Model"}
    assert models == {name}
