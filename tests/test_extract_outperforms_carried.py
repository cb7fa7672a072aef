"""OUTPERFORMS where the subject is carried past a clause (a long frame of where or on what, an adverb of success)
and where a listed loser carries a description of its maker — each in zh-Hant, zh-Hans and en, with the rule that
finds each fact, and cases that must find nothing (hedged, planned, negated, parity, question)."""
import pytest

from newsgraph.schema import Article

A = "article-carried"

CASES = [
    # a long frame closed by its localiser opens the clause: the subject of the clause before carries over
    ("Qwen3在單卡運行的情況下，在某排行榜的初步人類偏好評估中勝過GPT-4o和Llama 4。",
     {("qwen3", "gpt-4o", "outperforms.cue"), ("qwen3", "llama-4", "outperforms.cue")}),
    ("Qwen3在单卡运行的情况下，在某排行榜的初步人类偏好评估中胜过GPT-4o和Llama 4。",
     {("qwen3", "gpt-4o", "outperforms.cue"), ("qwen3", "llama-4", "outperforms.cue")}),
    ("Running on a single card, Qwen3 beat GPT-4o and Llama 4 in the early human preference ratings.",
     {("qwen3", "gpt-4o", "outperforms.cue"), ("qwen3", "llama-4", "outperforms.cue")}),
    # an adverb of success before the verb of a subjectless clause
    ("Qwen3憑藉強大的功能，成功超越了GPT-4o。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    ("Qwen3凭借强大的功能，一举击败了GPT-4o。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    ("Qwen3 shipped on Monday, and successfully beat GPT-4o.", {("qwen3", "gpt-4o", "outperforms.cue")}),
    # a listed loser after a description of its maker ("…和法国AI平台M的B"): the list runs past it
    ("Qwen3超越了科技巨頭Meta的Llama 3和法國大模型平台Mistral AI的Mixtral。",
     {("qwen3", "llama-3", "outperforms.cue"), ("qwen3", "mixtral-8x7b", "outperforms.cue")}),
    ("Qwen3超越了科技巨头Meta的Llama 3和法国大模型平台Mistral AI的Mixtral。",
     {("qwen3", "llama-3", "outperforms.cue"), ("qwen3", "mixtral-8x7b", "outperforms.cue")}),
    ("Qwen3 beat tech giant Meta's Llama 3 and French AI startup Mistral AI's Mixtral.",
     {("qwen3", "llama-3", "outperforms.cue"), ("qwen3", "mixtral-8x7b", "outperforms.cue")}),
    # a family as the possessor of one of its members ("Google Gemini's 1.5 Pro"): the member is the loser
    ("Llama 3超越了谷歌Gemini的1.5 Pro。", {("llama-3", "gemini-1-5-pro", "outperforms.cue")}),
    ("Llama 3勝過谷歌Gemini的1.5 Pro。", {("llama-3", "gemini-1-5-pro", "outperforms.cue")}),
    ("Llama 3超越了Gemini的1.5 Pro和Claude的Opus 4.1。",
     {("llama-3", "gemini-1-5-pro", "outperforms.cue"), ("llama-3", "claude-opus-4-1", "outperforms.cue")}),
    ("Llama 3 surpasses Google Gemini's 1.5 Pro and Claude's Opus 4.1.",
     {("llama-3", "gemini-1-5-pro", "outperforms.cue"), ("llama-3", "claude-opus-4-1", "outperforms.cue")}),
    # a bare tier word for the one model of that tier of a line named before (reference.tier)
    ("Anthropic發布了Claude 3。最大的模型Opus擊敗了GPT-4。", {("claude-3-opus", "gpt-4", "outperforms.cue")}),
    ("Anthropic发布了Claude 3。最大的模型Opus击败了GPT-4。", {("claude-3-opus", "gpt-4", "outperforms.cue")}),
    ("Anthropic released Claude 3. The largest model, Opus, beats GPT-4.", {("claude-3-opus", "gpt-4", "outperforms.cue")}),
    # must find nothing
    ("最大的模型Opus击败了GPT-4。", set()),                                             # no line named before
    ("Anthropic released Claude 3. The largest model, Opus, could beat GPT-4.", set()),  # hedged
    ("Anthropic發布了Claude 3。最大的模型Opus與GPT-4持平。", set()),                      # parity
    ("Llama 3有望超越谷歌Gemini的1.5 Pro。", set()),                                   # hedged
    ("Llama 3 matches Google Gemini's 1.5 Pro.", set()),                                 # parity
    ("Llama 3 did not surpass Google Gemini's 1.5 Pro.", set()),                         # negated
    ("Qwen3在單卡運行的情況下，在某排行榜的初步人類偏好評估中有望勝過GPT-4o。", set()),   # hedged
    ("Qwen3在单卡运行的情况下，在某排行榜的初步人类偏好评估中与GPT-4o持平。", set()),      # parity
    ("Qwen3凭借强大的功能，计划超越GPT-4o。", set()),                                  # planned
    ("Qwen3憑藉強大的功能，並未成功超越GPT-4o。", set()),                              # negated
    ("Qwen3凭借强大的功能，能否成功超越GPT-4o？", set()),                               # question
    ("Qwen3 shipped on Monday, and could successfully beat GPT-4o.", set()),             # hedged
    ("Qwen3 shipped on Monday, and did not successfully beat GPT-4o.", set()),           # negated
]


@pytest.fixture(scope="module")
def ruled(extractor):
    def run(text):
        found = extractor.extract(Article(id=A, title="test", text=text))
        return {(e.source, e.target, ev.rule) for e in found.edges if e.type.value == "OUTPERFORMS" for ev in e.evidence}
    return run


@pytest.mark.parametrize("text, expected", CASES)
def test_outperforms_carried(ruled, text, expected):
    assert ruled(text) == expected
