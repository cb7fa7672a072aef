"""How a model's name may be written: with Unicode hyphens (U+2010, U+2011: "Aurora‑5‑Pro", read as "-"), with its parts
joined by spaced hyphens as some Chinese outlets set Latin names ("Aurora 5 - 70B - A8B - Thinking - 2507"), and as a
bare version after its maker and a word describing a new model ("艾克米发布新一代V5模型": the maker's Aurora V5; "新一代V5"
is no name). All names invented."""
import pytest

from newsgraph.loaders.extract import RuleExtractor
from newsgraph.loaders.extract.gazetteer import Entry, Gazetteer
from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.loaders.readers import read_string
from newsgraph.schema import NodeType


@pytest.fixture(scope="module")
def acme():
    """The bundled gazetteer and an invented maker with a model family and two known models of it."""
    invented = [
        Entry(id="acme-labs", type=NodeType.ORGANIZATION, name="Acme Labs", aliases=("Acme Labs", "Acme", "艾克米"),
              kind="company", canonical=("Acme Labs", "艾克米")),
        Entry(id="aurora", type=NodeType.MODEL, name="Aurora", aliases=("Aurora",),
              kind="family", developer="acme-labs", canonical=("Aurora",)),
        Entry(id="aurora-5", type=NodeType.MODEL, name="Aurora 5", aliases=("Aurora 5", "Aurora-5", "极光5", "極光5"),
              kind="model", developer="acme-labs", family="aurora", canonical=("Aurora 5",)),
        Entry(id="acme-v5", type=NodeType.MODEL, name="Acme V5", aliases=("Acme V5", "Acme-V5"),
              kind="model", developer="acme-labs", canonical=("Acme V5",)),
    ]
    return RuleExtractor(gazetteer=Gazetteer([*Gazetteer.default().entries.values(), *invented]))


def models(extractor, text):
    return [(m.surface, m.entity_id) for m in extractor.mentions(Normalised.of(text)) if m.type == NodeType.MODEL]


@pytest.mark.parametrize("text, expected", [
    # non-breaking hyphens (U+2011) and hyphens (U+2010) are read as "-": the tier joins the name
    ("Acme Labs released Aurora\u20115\u2011Pro, which beat GPT\u20114o.",
     [("Aurora-5-Pro", "aurora-5-pro"), ("GPT-4o", "gpt-4o")]),
    ("艾克米发布了Aurora\u20105\u2010Flash，在测试中超越GPT\u20114o。", [("Aurora-5-Flash", "aurora-5-flash"), ("GPT-4o", "gpt-4o")]),
    ("艾克米發布了Aurora\u20115\u2011Max，在測試中超越GPT\u20114o。", [("Aurora-5-Max", "aurora-5-max"), ("GPT-4o", "gpt-4o")]),
])
def test_unicode_hyphens_are_read_as_hyphens(acme, text, expected):
    article = read_string("Title\n\n" + text + "\n", "a.txt")[0]
    assert "\u2011" not in article.text and "\u2010" not in article.text
    assert models(acme, article.text) == expected


@pytest.mark.parametrize("text, expected", [
    # parts joined by spaced hyphens: one name, a tier making another model of the line
    ("Acme Labs released Aurora 5 - 70B - A8B - Thinking - 2507 on Monday.",
     [("Aurora 5 - 70B - A8B - Thinking - 2507", "aurora-5-70b-a8b-thinking-2507")]),
    ("艾克米推出 Aurora 5 - 70B - A8B - Thinking - 2507 与 Aurora 5 - Coder。",
     [("Aurora 5 - 70B - A8B - Thinking - 2507", "aurora-5-70b-a8b-thinking-2507"), ("Aurora 5 - Coder", "aurora-5-coder")]),
    ("艾克米推出 Aurora 5 - 70B - A8B - Instruct - 2507 和 Aurora 5 - Max。",
     [("Aurora 5 - 70B - A8B - Instruct - 2507", "aurora-5"), ("Aurora 5 - Max", "aurora-5-max")]),
    # a spaced dash before a count or a clause: no part of the name
    ("Aurora 5 - 8 of the 10 testers preferred it - beat GPT-4o.", [("Aurora 5", "aurora-5"), ("GPT-4o", "gpt-4o")]),
    ("Acme released Aurora 5 - its best model - in May.", [("Aurora 5", "aurora-5")]),
])
def test_spaced_hyphens_join_a_name(acme, text, expected):
    assert models(acme, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare version after its maker and a word describing a new model: the maker's known model of that version
    ("中国AI公司Acme发布新一代V5模型，三大看点引关注。", [("V5", "acme-v5")]),
    ("Acme新模型V5在数学测试中超越GPT-4o。", [("V5", "acme-v5"), ("GPT-4o", "gpt-4o")]),
    ("Acme發布了全新的V5模型。", [("V5", "acme-v5")]),
    # a version the gazetteer does not know for that maker: nothing, and no name "新一代V9" either
    ("中国AI公司Acme发布新一代V9模型。", []),
    ("星澜科技推出旗舰X2大模型。", []),
    ("星瀾科技發布全新R3模型。", []),
    # a name of its own opening with 新 stays a name
    ("星澜科技发布了新星V2模型。", [("新星V2", "新星v2")]),
])
def test_maker_and_described_version(acme, text, expected):
    assert models(acme, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a family member written by its bare version and tier once the maker is named (DeepSeek-V4's contextual "V4", as
    # its siblings V3, V3.1 have theirs)
    ("DeepSeek发布了V4。V4分为两个版本：V4-Pro和V4-Flash。",
     [("V4", "deepseek-v4"), ("V4", "deepseek-v4"), ("V4-Pro", "deepseek-v4-pro"), ("V4-Flash", "deepseek-v4-flash")]),
    ("DeepSeek發布了V4，其中V4-Pro在測試中超越GPT-5。",
     [("V4", "deepseek-v4"), ("V4-Pro", "deepseek-v4-pro"), ("GPT-5", "gpt-5")]),
    ("DeepSeek released V4; V4-Flash is the cheaper of the two.", [("V4", "deepseek-v4"), ("V4-Flash", "deepseek-v4-flash")]),
    # no maker named: a bare version is no model
    ("The V4-Pro trim of the engine sold well.", []),
])
def test_bare_version_after_its_maker(extractor, text, expected):
    assert models(extractor, text) == expected  # the session's extractor: the bundled gazetteer
