"""RELEASED: a document released (a letter, a statement, test results) is no release of the model or law it is
about; a model only compared against is named, not released, unless the sentence marks it as the maker's own; a
public body revising or announcing a policy it describes issues it (invented companies and sentences; real models,
makers and public bodies)."""
import pytest


def released(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "RELEASED"}


@pytest.mark.parametrize("text, unwanted", [
    # the verb's object is a document; the name later in the clause is what the document is about
    ("Zentra Labs published an open letter to the governor urging him to veto SB 53.", ("zentra-labs", "california-sb-53")),
    ("Zentra Labs released a statement on Friday criticising SB 53 as too vague.", ("zentra-labs", "california-sb-53")),
    ("星河科技发表一封公开信，呼吁州长否决SB 53。", ("星河科技", "california-sb-53")),
    ("星河科技發表一封公開信，呼籲州長否決SB 53。", ("星河科技", "california-sb-53")),
    # a document the maker published, then a model it reports on
    ("根据OpenAI公布的成绩单，GPT-4在这组测试中拿到72.5分。", ("openai", "gpt-4")),
    ("根據OpenAI公佈的成績單，GPT-4在這組測試中拿到72.5分。", ("openai", "gpt-4")),
    ("According to results OpenAI published on Tuesday, GPT-4 scored 80.1 on the test.", ("openai", "gpt-4")),
    ("OpenAI published test results showing GPT-4 scored 80.1 on the test.", ("openai", "gpt-4")),
])
def test_released_a_document_is_no_release_of_what_it_is_about(facts, text, unwanted):
    assert unwanted not in released(facts, text)


@pytest.mark.parametrize("text, expected", [
    # the document's name in apposition is what was released; a model released in the same sentence still is
    ("OpenAI released GPT-4o on Monday, and published a report on its safety tests.", ("openai", "gpt-4o")),
    ("OpenAI发布了GPT-4o，并公布了安全测试报告。", ("openai", "gpt-4o")),
    ("OpenAI發佈了GPT-4o，並公佈了安全測試報告。", ("openai", "gpt-4o")),
])
def test_released_a_model_released_with_a_document(facts, text, expected):
    assert expected in released(facts, text)


@pytest.mark.parametrize("text, kept, unwanted", [
    # a launch sentence comparing the new model with the maker's existing one: only the new one is released
    ("OpenAI在週一的發佈會上表示，GPT-4o的推理速度比現有的GPT-4 Turbo快兩倍。", ("openai", "gpt-4o"), ("openai", "gpt-4-turbo")),
    ("OpenAI在周一的发布会上表示，GPT-4o的推理速度比现有的GPT-4 Turbo快两倍。", ("openai", "gpt-4o"), ("openai", "gpt-4-turbo")),
    ("At the launch event, OpenAI said GPT-4o runs twice as fast as the existing GPT-4 Turbo.", ("openai", "gpt-4o"),
     ("openai", "gpt-4-turbo")),
    ("OpenAI发布了GPT-4o，相比GPT-4 Turbo速度快一倍。", ("openai", "gpt-4o"), ("openai", "gpt-4-turbo")),
])
def test_released_a_model_compared_against_is_not_released(facts, text, kept, unwanted):
    found = released(facts, text)
    assert kept in found and unwanted not in found


@pytest.mark.parametrize("text", [
    # the sentence marks the compared model as the maker's own ("自家", "its"): its release
    "阿里同时表示，小尺寸的Qwen3-30B-A3B表现优于自家上一代推理模型QwQ-32B。",
    "阿里同時表示，小尺寸的Qwen3-30B-A3B表現優於自家上一代推理模型QwQ-32B。",
    "Alibaba said the small Qwen3-30B-A3B beats its previous reasoning model QwQ-32B.",
])
def test_released_a_compared_model_marked_as_the_makers_own(facts, text):
    assert ("alibaba", "qwq") in released(facts, text)


@pytest.mark.parametrize("text, expected", [
    # a public body revising a policy it describes issues the revised policy
    ("美國商務部工業與安全局修訂了針對記憶體晶片的許可審查政策。", ("bis", "许可审查政策")),  # ids in Simplified
    ("美国商务部工业与安全局修订了针对存储芯片的许可审查政策。", ("bis", "许可审查政策")),
    ("The Bureau of Industry and Security revised its license review policy for chip exports to China.",
     ("bis", "license review policy for chip exports")),
    # 宣布了 before a counted policy
    ("美国商务部工业安全局宣布了一项临时最终规则，限制先进芯片出口。", ("bis", "临时最终规则")),
    ("美國商務部工業安全局宣佈了一項臨時最終規則，限制先進晶片出口。", ("bis", "临时最终规则")),
])
def test_released_a_body_revising_or_announcing_a_described_policy(facts, text, expected):
    issuer, name = expected
    assert any(s == issuer and name.lower().replace(" ", "-") in t for s, t in released(facts, text)), released(facts, text)


@pytest.mark.parametrize("text", [
    "星河科技修订了今年的营收预期。",
    "Zentra Labs revised its revenue forecast for the year.",
    "星河科技宣布了一项新计划，扩大招聘。",
])
def test_released_no_policy_revised_or_announced_by_a_company(facts, text):
    assert not released(facts, text)


@pytest.mark.parametrize("text", [
    # a line's name, the noun "model", then its member: the member is what was released, not the whole line
    "阿里巴巴周二发布了通义千问模型Qwen3，面向开发者。",
    "阿里巴巴週二發布了通義千問模型Qwen3，面向開發者。",
    "Alibaba open-sourced its new Tongyi Qianwen model Qwen3 on Tuesday.",
])
def test_released_a_line_describing_its_member_is_not_released(facts, text):
    found = released(facts, text)
    assert ("alibaba", "qwen3") in found and ("alibaba", "qwen") not in found


def test_released_a_line_listed_with_a_member_is_released_too(facts):
    assert {("alibaba", "qwen"), ("alibaba", "qwen3")} <= released(facts, "阿里巴巴發佈了通義千問模型和Qwen3。")


@pytest.mark.parametrize("text", [
    # a clause of only a sequence word and a time carries the described company of the clause before it
    "Anthropic是一家AI公司。早在9月下旬，该公司就推出了Sonnet 4.5，紧接着在10月发布了Haiku 4.5。",
    "Anthropic是一家AI公司。 8 月初,該公司先推出了 Sonnet 4.5,緊接著在 11 月發佈了 Haiku 4.5。",
    "Anthropic is an AI lab. The company launched Sonnet 4.5 in September, and then released Haiku 4.5 in October.",
])
def test_released_a_described_company_carried_to_the_next_clause(facts, text):
    assert {("anthropic", "claude-sonnet-4-5"), ("anthropic", "claude-haiku-4-5")} <= released(facts, text)


def test_released_a_named_party_in_the_clause_before_is_not_carried_as_described(facts):
    # the clause before names its company: the described-company carry does not apply (the named one is the subject)
    assert ("星河科技", "claude-haiku-4-5") not in released(
        facts, "Anthropic是一家AI公司。星河科技的高管表示，紧接着在10月发布了Haiku 4.5。")


@pytest.mark.parametrize("text, expected", [
    # the members of a released line, listed after a word of inclusion, are released with it (a described subject)
    ("Anthropic is an AI lab. The company unveiled a new family of Claude 3 models including Haiku, Sonnet and Opus.",
     {("anthropic", "claude-3-opus"), ("anthropic", "claude-3-sonnet"), ("anthropic", "claude-3-haiku")}),
    ("阿里巴巴是一家公司。该公司发布了Qwen3系列，其中包括Qwen3-235B-A22B和Qwen3-30B-A3B。",
     {("alibaba", "qwen3-235b-a22b"), ("alibaba", "qwen3-30b-a3b")}),
    ("阿里巴巴是一家公司。該公司發佈了Qwen3系列，其中包括Qwen3-235B-A22B和Qwen3-30B-A3B。",
     {("alibaba", "qwen3-235b-a22b"), ("alibaba", "qwen3-30b-a3b")}),
])
def test_released_members_listed_after_a_released_line(facts, text, expected):
    assert expected <= released(facts, text)


def test_released_no_member_of_another_maker_after_an_inclusion_word(facts):
    found = released(facts, "Alibaba is a company. The company released Qwen3, including support for DeepSeek-R1.")
    assert ("alibaba", "qwen3") in found and ("alibaba", "deepseek-r1") not in found
