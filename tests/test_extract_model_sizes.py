"""Sizes of a model written other than as a glued "27B": a count of parameters in 亿 after the name
(names.count_sizes), a mixture-of-experts line joined to its version ("MoE-2507", names.model_variants) and a size
after a possessive pronoun ("its 300B-A47B model", "其300B-A47B模型": names.pronoun_sizes). All names invented."""
import pytest

from newsgraph.loaders.extract import RuleExtractor
from newsgraph.loaders.extract.gazetteer import Entry, Gazetteer
from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.schema import NodeType


@pytest.fixture(scope="module")
def aurora():
    """The bundled gazetteer and an invented maker with a model family and one known version of it."""
    invented = [
        Entry(id="acme-labs", type=NodeType.ORGANIZATION, name="Acme Labs", aliases=("Acme Labs", "艾克米"),
              kind="company", canonical=("Acme Labs", "艾克米")),
        Entry(id="aurora", type=NodeType.MODEL, name="Aurora", aliases=("Aurora",),
              kind="family", developer="acme-labs", canonical=("Aurora",)),
        Entry(id="aurora-4.5", type=NodeType.MODEL, name="Aurora 4.5", aliases=("Aurora 4.5", "极光4.5", "極光4.5"),
              kind="model", developer="acme-labs", family="aurora", canonical=("Aurora 4.5", "极光4.5", "極光4.5")),
    ]
    return RuleExtractor(gazetteer=Gazetteer([*Gazetteer.default().entries.values(), *invented]))


def models(extractor, text):
    return [(m.surface, m.entity_id) for m in extractor.mentions(Normalised.of(text)) if m.type == NodeType.MODEL]


@pytest.mark.parametrize("text, expected", [
    # a count of parameters after the name, in an article naming two sizes: the model of that size
    ("Aurora 2 270亿参数版本在测试中超越GPT-4o，90亿参数版本则落后。",
     [("Aurora 2 270亿参数版本", "aurora-2-27b"), ("GPT-4o", "gpt-4o")]),
    ("Aurora 2 270億組參數版本在測試中超越GPT-4o，90億組參數版本則落後。",
     [("Aurora 2 270億組參數版本", "aurora-2-27b"), ("GPT-4o", "gpt-4o")]),
    ("Aurora 4.5 26亿参数模型超越GPT-4o，而Aurora 4.5 90亿参数模型更强。",
     [("Aurora 4.5 26亿参数模型", "aurora-4-5-2-6b"), ("GPT-4o", "gpt-4o"), ("Aurora 4.5 90亿参数模型", "aurora-4-5-9b")]),
    # one size only: the model itself, as "Aurora 2 27B" alone is
    ("Aurora 2 270亿参数版本在测试中超越GPT-4o。", [("Aurora 2 270亿参数版本", "aurora-2"), ("GPT-4o", "gpt-4o")]),
    # the bare name after a counted size is the line, not that size
    ("Aurora 2 270亿参数版本超越GPT-4o，90亿参数版本落后。Aurora 2在数学上超越GPT-4。",
     [("Aurora 2 270亿参数版本", "aurora-2-27b"), ("GPT-4o", "gpt-4o"), ("Aurora 2", "aurora-2"), ("GPT-4", "gpt-4")]),
    # a count of money is no size
    ("Aurora 2在测试中超越GPT-4o，艾克米融资270亿元。", [("Aurora 2", "aurora-2"), ("GPT-4o", "gpt-4o")]),
    # a mixture-of-experts line joined to its version or size
    ("Kimi K2 beat Aurora 3 MoE-2507 in agent tests.", [("Kimi K2", "kimi-k2"), ("Aurora 3 MoE-2507", "aurora-3-moe-2507")]),
    ("Kimi K2在测试中超越了Aurora 3 MoE-2507。", [("Kimi K2", "kimi-k2"), ("Aurora 3 MoE-2507", "aurora-3-moe-2507")]),
    ("Aurora-3-MoE-A2.7B在測試中超越GPT-4o。", [("Aurora-3-MoE-A2.7B", "aurora-3-moe-a2-7b"), ("GPT-4o", "gpt-4o")]),
    # MoE spaced and alone is the design, no name
    ("Aurora 3 MoE架构模型超越GPT-4o。", [("Aurora 3", "aurora-3"), ("GPT-4o", "gpt-4o")]),
    ("Aurora 3 MoE models beat GPT-4o.", [("Aurora 3", "aurora-3"), ("GPT-4o", "gpt-4o")]),
    # a size after a possessive pronoun: that size of the known model named just before
    ("艾克米发布了极光4.5系列，其300B-A47B模型在多项测试中超越GPT-4o。",
     [("极光4.5", "aurora-4.5"), ("300B-A47B模型", "aurora-4-5-300b-a47b"), ("GPT-4o", "gpt-4o")]),
    ("艾克米發布了極光4.5系列，其21B-A3B模型在多項測試中超越GPT-4o。",
     [("極光4.5", "aurora-4.5"), ("21B-A3B模型", "aurora-4-5-21b-a3b"), ("GPT-4o", "gpt-4o")]),
    ("Acme Labs released Aurora 4.5; its 300B-A47B model beat GPT-4o.",
     [("Aurora 4.5", "aurora-4.5"), ("300B-A47B model", "aurora-4-5-300b-a47b"), ("GPT-4o", "gpt-4o")]),
    # no model named before it (in the paragraph): nothing
    ("The lab said its 70B model beat GPT-4o.", [("GPT-4o", "gpt-4o")]),
    ("该公司表示，其70B模型超越GPT-4o。", [("GPT-4o", "gpt-4o")]),
    ("Aurora 4.5 is out.\n\nA rival said its 70B model is faster.", [("Aurora 4.5", "aurora-4.5")]),
])
def test_model_sizes(aurora, text, expected):
    assert models(aurora, text) == expected
