"""A family's name, the noun "model", then one of its members ("通义千问模型Qwen3", "its GPT model GPT-5"): the family
only describes the member released, which alone is released; a family released by itself is still one."""
import pytest


def _released(ruled, text):
    return {(s, t) for s, t, _ in ruled("RELEASED", text)}


@pytest.mark.parametrize("text, expected", [
    ("阿里巴巴开源新一代通义千问模型Qwen3。", {("alibaba", "qwen3")}),
    ("阿里巴巴開源新一代通義千問模型Qwen3。", {("alibaba", "qwen3")}),
    ("阿里巴巴正式开源了其新一代通义千问大模型Qwen3系列。", {("alibaba", "qwen3")}),
    ("Alibaba open-sourced its new Tongyi Qianwen model Qwen3.", {("alibaba", "qwen3")}),
    ("OpenAI released its GPT model GPT-5.", {("openai", "gpt-5")}),
    # the family alone, or listed with another: released
    ("阿里巴巴发布了通义千问。", {("alibaba", "qwen")}),
    ("阿里巴巴發布了通義千問。", {("alibaba", "qwen")}),
])
def test_family_describing_its_member(ruled, text, expected):
    assert _released(ruled, text) == expected
