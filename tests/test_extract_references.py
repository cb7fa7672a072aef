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


def outperforms(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "OUTPERFORMS"}


@pytest.mark.parametrize("text, expected", [
    # a name never runs over a comma: the subject after "According to X," is found
    ("According to Alibaba, Qwen3 beats GPT-4o.", {("qwen3", "gpt-4o")}),
    ("據阿里巴巴，Qwen3在數學上擊敗了GPT-4o。", {("qwen3", "gpt-4o")}),
    ("据阿里巴巴，Qwen3在数学上击败了GPT-4o。", {("qwen3", "gpt-4o")}),
    # a subject written with its maker carries over an aside
    ("Alibaba's Qwen3, released on Monday, beats GPT-4o on math.", {("qwen3", "gpt-4o")}),
    ("阿里巴巴的Qwen3週一發布，在數學上擊敗了GPT-4o。", {("qwen3", "gpt-4o")}),
    ("阿里巴巴的Qwen3周一发布，在数学上击败了GPT-4o。", {("qwen3", "gpt-4o")}),
    # a company subject is no model antecedent
    ("Alibaba, released on Monday, beats GPT-4o on math.", set()),
])
def test_references_subject_after_a_source_or_a_maker(facts, text, expected):
    assert outperforms(facts, text) == expected
