"""A name the article teaches once, written again: every later writing of a discovered name (out of its title marks,
without "the" or its legal form: "Acme Inc." then "Acme", "星河科技有限公司" then "星河科技") is a mention of the
same entity, so the relations of the later sentence reach it (English, Simplified and Traditional Chinese). Nothing
for a form that is a common word of the article, fits two of its entities, runs on into a longer name, or is too short."""
import pytest


@pytest.mark.parametrize("text, present, absent", [
    ("Veltrion Robotics Inc. is based in Ohio. On Monday, Veltrion Robotics released Nimbus-3, a coding model.",
     {"veltrion-robotics-inc"}, {"veltrion-robotics"}),
    ("星澜智能科技有限公司成立于2021年。昨天，星澜智能科技发布了新模型星澜-7B。",
     {"星澜智能科技有限公司"}, {"星澜智能科技"}),
    ("星瀾智慧科技有限公司成立於2021年。昨天，星瀾智慧科技發布了新模型星瀾-7B。",
     {"星瀾智慧科技有限公司"}, {"星瀾智慧科技"}),
])
def test_a_name_without_its_legal_form_is_the_same_organisation(organisations, text, present, absent):
    orgs = organisations(text)
    assert present <= orgs and not (absent & orgs)


@pytest.mark.parametrize("edge_type, text, expected", [
    ("RELEASED", "Lumora Inc. makes chatbots. On Monday, Lumora released Vira-2, a coding model.",
     {("lumora-inc", "vira-2", "released.cue")}),
    ("WORRIES", "Lumora Inc. makes a companion chatbot. Italy's privacy watchdog said Lumora had violated privacy rules.",
     {("lumora-inc", "garante", "worries.found")}),
    ("RELEASED", "星澜智能科技有限公司成立于2021年。昨天，星澜智能科技发布了新模型星澜-7B。",
     {("星澜智能科技有限公司", "星澜-7b", "released.cue")}),
    ("RELEASED", "星瀾智慧科技有限公司成立於2021年。昨天，星瀾智慧科技發布了新模型星瀾-7B。",
     {("星瀾智慧科技有限公司", "星瀾-7b", "released.cue")}),
    # must find nothing: the short form runs on into another name, fits two organisations, is a common word of the
    # article, or is too short to tell (two Chinese characters)
    ("RELEASED", "Lumora Inc. makes chatbots. On Monday, Lumora Health released Vira-2, a coding model.", set()),
    ("RELEASED", "Kestrel Inc. and Kestrel Ltd. make chatbots. On Monday, Kestrel released Vira-2, a coding model.", set()),
    ("RELEASED", "The apex of the market came as Apex Inc. grew. On Monday, Apex released Vira-2, a coding model.", set()),
    ("RELEASED", "星澜智能科技有限公司成立于2021年。昨天，星澜发布了新模型星澜-7B。", set()),
    ("RELEASED", "星瀾智慧科技有限公司成立於2021年。昨天，星瀾發布了新模型星瀾-7B。", set()),
])
def test_a_name_written_again_takes_part_in_relations(ruled, edge_type, text, expected):
    assert ruled(edge_type, text) == expected


def repeated(extractor, text):
    from newsgraph.loaders.extract.normalize import Normalised
    return [(m.surface, m.entity_id) for m in extractor.mentions(Normalised.of(text)) if m.rule == "repeated"]


@pytest.mark.parametrize("text, expected", [
    # an alias learned in brackets, written again later: a mention there, none where it was learned
    ("分析師林思遠(Lin Siyuan)表示，價格將下降。Lin Siyuan說，需求仍強。", [("Lin Siyuan", "林思遠")]),
    ("分析师林思远(Lin Siyuan)表示，价格将下降。Lin Siyuan说，需求仍强。", [("Lin Siyuan", "林思远")]),
    ("The Orbis Content Association (OCA) said on Monday that it had written to OpenAI. OCA said it wanted answers.",
     [("OCA", "orbis-content-association")]),
    # must find nothing: the alias only where it was learned; a name running on into a longer one
    ("分析師林思遠(Lin Siyuan)表示，價格將下降。", []),
    ("The Orbis Content Association (OCA) said on Monday that it had written to OpenAI.", []),
    ("Orbis Labs Inc. grew. Zeta Orbis Labs released a model.", []),
])
def test_an_alias_learned_once_is_found_again(extractor, text, expected):
    assert repeated(extractor, text) == expected
