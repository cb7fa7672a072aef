"""WORRIES from a demand to put a policy off ("called on the Commission to delay the AI Act", 呼吁欧盟推迟该法案)
and from a body seeking clarification from a company, in three scripts; each with cases that must find nothing."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a party asking a body to delay, postpone or pause a policy is worried by the policy (each listed party)
    ("Google and Microsoft called on the Commission to delay the AI Act.",
     {("eu-ai-act", "google", "worries.urged"), ("eu-ai-act", "microsoft", "worries.urged")}),
    ("Meta urged the European Commission to postpone the AI Act by a year.", {("eu-ai-act", "meta", "worries.urged")}),
    ("Google asked Brussels to pause the AI Act.", {("eu-ai-act", "google", "worries.urged")}),
    ("谷歌和微软呼吁欧盟委员会推迟《人工智能法案》。",
     {("eu-ai-act", "google", "worries.urged"), ("eu-ai-act", "microsoft", "worries.urged")}),
    ("谷歌和微軟呼籲歐盟委員會推遲《人工智能法案》。",
     {("eu-ai-act", "google", "worries.urged"), ("eu-ai-act", "microsoft", "worries.urged")}),
    ("Meta要求欧盟暂缓《人工智能法案》。", {("eu-ai-act", "meta", "worries.urged")}),
    # must find nothing: negated, asked not to delay, a hedge, a delay merely reported
    ("Google did not urge the Commission to delay the AI Act.", set()),
    ("Google urged the Commission not to delay the AI Act.", set()),
    ("Google may call on the Commission to delay the AI Act.", set()),
    ("The Commission decided to delay the AI Act.", set()),
    ("欧盟委员会决定推迟《人工智能法案》。", set()),
    ("歐盟委員會決定推遲《人工智能法案》。", set()),
    # must find nothing: a description that stands for no policy named before
    ("谷歌呼吁欧盟撤回该法案。", set()),
    ("谷歌呼籲歐盟撤回該法案。", set()),
    ("Google urged the Commission to delay the bill.", set()),
])
def test_worries_delay_asked(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a public body seeking clarification from a company: the company worries the body
    ("The Garante sought clarifications from DeepSeek on how long it keeps chat logs.",
     {("deepseek", "garante", "worries.probe")}),
    ("The CNIL seeks clarifications from OpenAI over ChatGPT.", {("openai", "cnil", "worries.probe"), ("chatgpt", "cnil", "worries.probe")}),
    # must find nothing: not sought, a company (no public body, no reason) seeking clarification
    ("The Garante never sought clarifications from DeepSeek.", set()),
    ("Microsoft sought clarification from OpenAI about the contract.", set()),
])
def test_worries_clarification_sought(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # an inquiry into a company or its app is a worry of the public body
    ("The CNIL is examining DeepSeek over its data transfers.", {("deepseek", "cnil", "worries.probe")}),
    # must find nothing: a study of what using a thing means is no probe of the thing (zh has no such cue)
    ("The CNIL is examining the implications of Zeta-3 for schools.", set()),
    ("Regulators in France and Italy are assessing the potential impact of DeepSeek.", set()),
    ("The CNIL is reviewing the possible uses of ChatGPT in schools.", set()),
    ("法国国家信息与自由委员会正在研究使用DeepSeek的影响。", set()),
    ("法國國家信息與自由委員會正在研究使用DeepSeek的影響。", set()),
])
def test_worries_study_of_implications(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
