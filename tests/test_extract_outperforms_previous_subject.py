"""OUTPERFORMS: a sentence with no subject of its own — a frame (where, on what) then, in Chinese, straight its
predicate, or in English a pronoun — after a sentence naming several models is about the one that was the subject
of its clause ("X对标Y。在数学测试中领先Z": X, not Y); nothing when that subject is ambiguous: a maker (the model
is its object), two listed models, a model only compared with (与X相比, compared with X), a model after a
preposition (在X之后), a quotation, or a subject of the sentence's own. A clause only on a par with a rival
(接近A, 与A持平) between the frame and the win is no subject either ("在数学测试中表现优异，接近A，远超B")."""
import pytest

QWEN, GPT4O, CLAUDE, GLM, GPT4 = "qwen-max", "gpt-4o", "claude-3", "glm-4", "gpt-4"


@pytest.mark.parametrize("text, expected", [
    ("Qwen-Max对标GPT-4o，主打推理。在数学测试中领先Claude 3和GLM-4。",
     {(QWEN, CLAUDE, "outperforms.cue"), (QWEN, GLM, "outperforms.cue")}),
    ("Qwen-Max對標GPT-4o，主打推理。在數學測試中表現優異，超越了Claude 3。", {(QWEN, CLAUDE, "outperforms.cue")}),
    ("阿里的Qwen-Max基于Llama 2训练，对标GPT-4o。在多项测试中仍落后于GPT-4。", {(GPT4, QWEN, "outperforms.reversed")}),
    ("阿里的Qwen-Max基於Llama 2訓練，對標GPT-4o。在多項測試中仍落後於GPT-4。", {(GPT4, QWEN, "outperforms.reversed")}),
    ("Qwen-Max takes aim at GPT-4o and Llama 2. On coding tests it beats Claude 3.", {(QWEN, CLAUDE, "outperforms.cue")}),
    ("Qwen-Max, built on Llama 2, targets GPT-4o. In math tests it also beats Claude 3.",
     {(QWEN, CLAUDE, "outperforms.cue")}),
    # (zh) a clause only on a par with a rival between the frame and the win names no subject of its own
    ("Qwen-Max发布。在数学测试中也表现优异，接近GPT-4o，远超GLM-4。", {(QWEN, GLM, "outperforms.cue")}),
    ("Qwen-Max發布。在數學測試中也表現優異，與GPT-4o不相上下，遠超GLM-4。", {(QWEN, GLM, "outperforms.cue")}),
    ("Qwen-Max在MMLU测试中超越了GPT-4。在数学测试中也表现优异，与GPT-4o持平，远超GLM-4。",
     {(QWEN, GPT4, "outperforms.cue"), (QWEN, GLM, "outperforms.cue")}),
    ("Qwen-Max发布。在数学测试中也表现优异，和GPT-4o战成平手，远超GLM-4。", {(QWEN, GLM, "outperforms.cue")}),
    ("Qwen-Max發布。在數學測試中也表現優異，和GPT-4o、Claude 3幾乎打了個平手，遠超GLM-4。", {(QWEN, GLM, "outperforms.cue")}),
])
def test_subject_of_the_sentence_before(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    # two listed models, or a maker whose model is an object
    "Qwen-Max和GLM-4对标GPT-4o。在数学测试中领先Claude 3。",
    "阿里发布了Qwen-Max，对标GPT-4o。在数学测试中领先Claude 3。",
    "Qwen-Max和Claude 3发布。在数学测试中也表现优异，接近GPT-4o，远超GLM-4。",
    "阿里发布了Qwen-Max，对标GPT-4。在数学测试中表现优异，接近GPT-4o，远超GLM-4。",
    # the first model only compared with, or after a preposition
    "与Qwen-Max相比，GPT-4o更便宜。在数学测试中领先Claude 3。",
    "與Qwen-Max相比，GPT-4o更便宜。在數學測試中領先Claude 3。",
    "在Qwen-Max之后，GPT-4o也更新了。在数学测试中领先Claude 3。",
    "Compared with Qwen-Max, GPT-4o is cheaper. In math tests it beats Claude 3.",
    # a quotation
    "「Qwen-Max對標GPT-4o，」阿里稱。在數學測試中領先Claude 3。",
    "“Qwen-Max对标GPT-4o，”阿里称。在数学测试中领先Claude 3。",
    # the carried clause has a subject of its own (a kind noun)
    "Qwen-Max对标GPT-4o。更值得一提的是另一款轻量模型——在数学测试中领先Claude 3。",
    "Qwen-Max對標GPT-4o。更值得一提的是另一款輕量模型——在數學測試中領先Claude 3。",
    # a real negation
    "Qwen-Max对标GPT-4o。在数学测试中未能超越Claude 3。",
])
def test_subject_of_the_sentence_before_claims_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()


def test_a_possessor_before_is_no_subject(facts):
    # "X的错误率": X owns the subject; the next sentence's own 错误率 is not carried from it
    found = {(s, t) for k, s, t in facts("在测试中，Qwen-Max的错误率较GPT-4o降低三成。在推理模式下，错误率较Claude 3大减一半。")
             if k == "OUTPERFORMS"}
    assert found == {(QWEN, GPT4O)}


def test_own_subject_is_kept(ruled):
    assert ruled("OUTPERFORMS", "Qwen-Max对标GPT-4o。在数学测试中GLM-4领先Claude 3。") == {(GLM, CLAUDE, "outperforms.cue")}
