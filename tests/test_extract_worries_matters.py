"""WORRIES from a probe of a matter — a company's conduct written as a clause: "就X如何…一事展开调查", "an
investigation into how/whether X …". The probe is into the company or model named first in the matter, not
into what it acts on. In three scripts, with cases that must find nothing (planned, no matter named, no probe)."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # 就 … 一事/问题 展开调查: into the first name of the matter (the one who acts), not what it acts on
    ("欧盟委员会就Meta如何将Llama整合进WhatsApp一事展开调查。", {("meta", "european-commission", "worries.probe")}),
    ("歐盟執委會就Meta如何將Llama整合進WhatsApp一事展開調查。", {("meta", "european-commission", "worries.probe")}),
    ("美国联邦贸易委员会就OpenAI涉嫌误导用户一事展开调查。", {("openai", "ftc", "worries.probe")}),
    ("美國聯邦貿易委員會就OpenAI涉嫌誤導用戶一事展開調查。", {("openai", "ftc", "worries.probe")}),
    ("欧盟委员会就Meta涉嫌垄断问题正式展开立案调查。", {("meta", "european-commission", "worries.probe")}),
    ("美国联邦贸易委员会就ChatGPT是否损害消费者一事进行调查。", {("chatgpt", "ftc", "worries.probe")}),
    # 对 X 是否/如何 …: the matter after the name is what the probe is about, not another thing probed
    ("意大利隐私监管机构对OpenAI是否违反GDPR展开调查。", {("openai", "garante", "worries.probe")}),
    ("義大利隱私監管機構對OpenAI是否違反GDPR展開調查。", {("openai", "garante", "worries.probe")}),
    ("欧盟委员会对Meta是否将Llama整合进WhatsApp展开调查。", {("meta", "european-commission", "worries.probe")}),
    ("欧盟委员会对Meta和微软是否违反DMA展开调查。",
     {("meta", "european-commission", "worries.probe"), ("microsoft", "european-commission", "worries.probe")}),
    ("The Garante opened an investigation into whether OpenAI violated the GDPR.", {("openai", "garante", "worries.ban")}),
    # into how / whether: the company named first after the question word
    ("The European Commission opened an investigation into how Meta integrates Llama into WhatsApp.",
     {("meta", "european-commission", "worries.ban")}),
    ("The FTC opened an investigation into whether OpenAI misled users.", {("openai", "ftc", "worries.ban")}),
    ("The FTC's probe into whether OpenAI misled users continues.", {("openai", "ftc", "worries.ban")}),
    # must find nothing: a probe only planned or possible, a matter with no name, no probe, a company's own review
    ("欧盟委员会计划就Meta涉嫌垄断一事展开调查。", set()),
    ("歐盟執委會可能就Meta涉嫌壟斷一事展開調查。", set()),
    ("歐盟執委會就此事展開調查。", set()),
    ("欧盟委员会就Meta与微软的合作一事发表声明。", set()),
    ("The FTC may open an investigation into whether OpenAI misled users.", set()),
    ("The FTC is considering a probe into how OpenAI trains its models.", set()),
    ("The FTC opened an investigation into how chatbots handle data.", set()),
])
def test_worries_probe_of_a_matter(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party urging a body to investigate or punish a company is worried by the company (as "urged … to ban")
    ("noyb敦促监管机构调查OpenAI。", {("openai", "noyb", "worries.urged")}),
    ("noyb敦促美國聯邦貿易委員會調查OpenAI。", {("openai", "noyb", "worries.urged")}),
    ("noyb呼籲立即調查OpenAI。", {("openai", "noyb", "worries.urged")}),
    ("OpenAI呼吁监管机构彻查DeepSeek。", {("deepseek", "openai", "worries.urged")}),
    ("noyb urged the FTC to investigate OpenAI.", {("openai", "noyb", "worries.urged")}),
    # must find nothing: negated, hedged, a finding rather than a company, no company at all
    ("noyb没有敦促监管机构调查OpenAI。", set()),
    ("noyb可能敦促监管机构调查OpenAI。", set()),
    ("noyb敦促监管机构调查结果尽快公布。", set()),
    ("Acme敦促员工调查用户需求。", set()),
    ("noyb did not urge the FTC to investigate OpenAI.", set()),
])
def test_worries_urged_to_investigate(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a harm claimed of "it": the one policy or model of the sentence before (as "the bill", 该法案)
    ("California passed SB 1047 in August. OpenAI said it would stifle innovation.",
     {("california-sb-1047", "openai", "worries.harms")}),
    ("加州通过了SB 1047法案。OpenAI表示，它将扼杀创新。", {("california-sb-1047", "openai", "worries.harms")}),
    ("加州通過了SB 1047法案。OpenAI表示，它將扼殺創新。", {("california-sb-1047", "openai", "worries.harms")}),
    ("California passed SB 1047 in August. OpenAI said it would slow the pace of innovation.",
     {("california-sb-1047", "openai", "worries.harms")}),
    ("加州通過了SB 1047法案。OpenAI表示，它將扼殺AI產業的創新。", {("california-sb-1047", "openai", "worries.harms")}),
    # must find nothing: no harm, a negated harm, two things "it" may stand for
    # or "it" the speaker itself: what it harms is its own business, no common good
    ("The EU passed the AI Act last year. Meta said it would slow hiring in Europe.", set()),
    ("The EU passed the AI Act last year. Meta said it would kill its Europe project.", set()),
    ("加州通过了SB 1047法案。OpenAI表示，它将打击对手。", set()),
    ("California passed SB 1047 in August. OpenAI said it would hire more engineers.", set()),
    ("California passed SB 1047 in August. OpenAI said it would not harm innovation.", set()),
    ("California passed SB 1047 and the EU passed the AI Act. OpenAI said it would stifle innovation.", set()),
    ("加州通过了SB 1047法案，欧盟通过了人工智能法案。OpenAI表示，它将扼杀创新。", set()),
])
def test_worries_harm_claimed_of_it(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
