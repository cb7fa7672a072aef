"""A model's API put online by a platform ("火山引擎上线了豆包2.0系列模型API服务", "Acme Cloud launched the Zeta-3 API") is
a service of a model released before: no RELEASED of the model by the platform; the model itself released is one."""
import pytest


def _released(ruled, text):
    return {(s, t) for s, t, _ in ruled("RELEASED", text)}


@pytest.mark.parametrize("text", [
    "火山引擎本周上线豆包2.0模型的API服务。",
    "火山引擎本週上線豆包2.0模型的API服務。",
    "Microsoft Azure launched the GPT-4o API for enterprise customers.",
    "Microsoft Azure rolled out GPT-4o API access this week.",
    "火山引擎开放了豆包2.0的API接口。",
])
def test_api_of_a_model_is_no_release(ruled, text):
    assert _released(ruled, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("字节跳动发布了豆包2.0系列模型。", {("bytedance", "doubao-seed-2-0")}),
    ("字節跳動發布了豆包2.0系列模型。", {("bytedance", "doubao-seed-2-0")}),
    ("OpenAI released GPT-4o and its API on Monday.", {("openai", "gpt-4o")}),
])
def test_the_model_itself_released(ruled, text, expected):
    assert _released(ruled, text) == expected
