"""The reference resolver across relation types: a pronoun points back only when exactly one
antecedent of its type is in scope (short sentences written for these tests, three scripts)."""
import pytest


def released(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    # "it" opening a sentence: the one organisation of the sentence before
    ("Alibaba is based in Hangzhou. It released Qwen3 today.", {("alibaba", "qwen3")}),
    ("阿里巴巴總部位於杭州。它今天發布了Qwen3。", {("alibaba", "qwen3")}),
    ("阿里巴巴总部位于杭州。它今天发布了Qwen3。", {("alibaba", "qwen3")}),
    # two organisations before: nothing
    ("Alibaba and Tencent are based in China. It released Qwen3 today.", set()),
    ("阿里巴巴和騰訊都在中國。它今天發布了Qwen3。", set()),
])
def test_references_an_organisation_in_the_sentence_before(facts, text, expected):
    assert released(facts, text) == expected
