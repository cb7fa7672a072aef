from pathlib import Path

import pytest

from newsgraph.loaders.extract import EXTRACTORS, get_extractor, register_extractor
from newsgraph.schema import Article, Extraction, NewsgraphError

TEXT = ("《華爾街日報》報道,阿里巴巴發佈了Qwen3。\n"
        "測試中,Qwen3擊敗了gpt-oss,這令華盛頓擔憂。 OpenAI said gpt-oss is cheaper than DeepSeek R1.")


def test_evidence_sentences_are_verbatim_at_their_offsets(extractor):
    art = Article(id="a", title="t", text=TEXT)
    edges = [e for e in extractor.extract(art).edges if e.type.value != "PUBLISHED"]
    assert {e.type.value for e in edges} >= {"RELEASED", "OUTPERFORMS", "CITES", "WORRIES", "MENTIONS"}
    for edge in edges:
        for ev in edge.evidence:
            assert TEXT[ev.start:ev.end] == ev.sentence and ev.sentence
            assert 0 < ev.confidence <= 1 and ev.rule


def test_evidence_extraction_is_deterministic(extractor):
    art = Article(id="a", title="t", text=TEXT)
    assert extractor.extract(art).model_dump_json() == extractor.extract(art).model_dump_json()


def test_registry_unknown_extractor_lists_the_available_ones():
    with pytest.raises(NewsgraphError, match="available: .*rules"):
        get_extractor("nope")


def test_registry_a_second_extractor_plugs_in():
    @register_extractor("nothing")
    class Nothing:
        def extract(self, article):
            return Extraction(article=article)

    try:
        assert get_extractor("nothing").extract(Article(id="a", title="t", text="x")).nodes == []
    finally:
        EXTRACTORS.remove("nothing")


def test_registry_user_gazetteer_adds_entries(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("- {id: acme-lab, type: Organization, en: Acme Lab, zh_hant: 極點實驗, aliases: [ACME]}\n"
                     "- {id: zeta-1, type: Model, en: Zeta-1, developer: acme-lab}\n", encoding="utf-8")
    ex = get_extractor("rules", gazetteer_files=[extra]).extract(Article(id="a", title="t", text="極點實驗發佈了Zeta-1。"))
    assert ("RELEASED", "acme-lab", "zeta-1") in {(e.type.value, e.source, e.target) for e in ex.edges}


def test_registry_a_lone_alias_string_is_one_alias(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("- {id: acme, type: Organization, en: Acme, aliases: 艾克米}\n", encoding="utf-8")
    entry = get_extractor("rules", gazetteer_files=[extra]).gazetteer.entries["acme"]
    assert entry.aliases == ("Acme", "艾克米")


def test_registry_bad_user_gazetteer_names_the_file(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {id: x, type: Planet, en: X}\n", encoding="utf-8")
    with pytest.raises(NewsgraphError, match=r"bad\.yaml.*unknown type 'Planet'.*Organization"):
        get_extractor("rules", gazetteer_files=[bad])


@pytest.mark.parametrize("name, content", [
    ("plain.txt", "阿里巴巴發佈Qwen3\n【文/示例新聞網 記者】\n據路透社報道，阿里巴巴發佈了Qwen3。\n\n測試中，Qwen3擊敗了gpt-oss。\n"),
    ("page.md", "---\ntitle: Qwen3 beats gpt-oss\nsource: Example Wire\n---\n\n# Qwen3 beats gpt-oss\n\n"
                "* [Home](/)\n* [Tech](/tech)\n\nAccording to Reuters, Alibaba released Qwen3, which beats gpt-oss on math.\n"),
])
def test_evidence_offsets_index_the_file_itself_for_text_and_markdown(tmp_path, name, content):
    from newsgraph.graph.pipeline import build_graph

    (tmp_path / name).write_text(content, encoding="utf-8")
    kg = build_graph([tmp_path / name]).kg
    semantic = [e for e in kg.edges() if e.type.value in ("RELEASED", "OUTPERFORMS", "CITES", "WORRIES")]
    assert {e.type.value for e in semantic} >= {"RELEASED", "OUTPERFORMS", "CITES"}
    for edge in semantic:
        for ev in edge.evidence:
            if (ev.start, ev.end) == (0, 0) and ev.sentence == content.split("\n", 1)[0]:
                continue  # a headline's fact: the title as sentence, no span of the text (README, "Two kinds of evidence")
            assert content[ev.start:ev.end] == ev.sentence
