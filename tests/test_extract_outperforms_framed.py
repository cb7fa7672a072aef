"""OUTPERFORMS: comparisons whose subject or objects the plain rules do not reach — a sentence opening with a frame
(where, on what) and then a pronoun or, in Chinese, straight its predicate with no subject at all, about the one model
of the sentence before; a gap being closed ("closing the gap with Y", 缩小与Y的差距) or widened (拉开与Y的差距, 抛离Y);
a loss whose subject is a kind noun, the models set out after the rival ("Several models are closing the gap with Y,
including A and B"); a comparison frame whose subject is reported ("Meta表示X与Y相比仍有差距"); and 不少/不断/不仅,
which are no negation — each with the rule that finds it, and the cases that must find nothing (two models before, a
subject of its own, a plural pronoun, a gap closed, a real negation, two speakers, a hedge)."""
import pytest

LLAMA, GPT35, MIXTRAL, GPT4 = "llama-3", "gpt-3-5", "mixtral-8x7b", "gpt-4"
GLM, QWEN = "glm-4", "qwen-max"


@pytest.mark.parametrize("text, expected", [
    # a frame, then a pronoun: the one model of the sentence before
    ("Meta released Llama 3 on Monday. On coding tests it also beats GPT-3.5 and Mixtral 8x7B.",
     {(LLAMA, GPT35, "outperforms.cue"), (LLAMA, MIXTRAL, "outperforms.cue")}),
    ("Meta released Llama 3 on Monday. In several benchmarks its scores also beat GPT-3.5.",
     {(LLAMA, GPT35, "outperforms.cue")}),
    ("Meta released Llama 3 on Monday. In most benchmarks it still trails GPT-4.",
     {(GPT4, LLAMA, "outperforms.reversed")}),
    ("Llama 3是Meta的新模型。在多项测试中它也超越了GPT-3.5。", {(LLAMA, GPT35, "outperforms.cue")}),
    # (zh) a frame, then the predicate with no subject at all
    ("Meta发布了新模型Llama 3。在多项测试中领先，超越了GPT-3.5和Mixtral 8x7B。",
     {(LLAMA, GPT35, "outperforms.cue"), (LLAMA, MIXTRAL, "outperforms.cue")}),
    ("Meta发布了新模型Llama 3。在AIME测试中表现优异，远超GPT-3.5。", {(LLAMA, GPT35, "outperforms.cue")}),
    ("Meta發布了新模型Llama 3。在數學測試中得分87分，超越GPT-3.5（84分）。", {(LLAMA, GPT35, "outperforms.cue")}),
    ("Meta發布了新模型Llama 3。在多項測試中領先，超越了GPT-3.5。", {(LLAMA, GPT35, "outperforms.cue")}),
    ("Meta发布了新模型Llama 3。在多项测试中落后于GPT-4。", {(GPT4, LLAMA, "outperforms.reversed")}),
    # a gap being closed: the rival is still ahead; one being widened, or a rival left behind: ahead of it
    ("GLM-4正在缩小与GPT-4的差距。", {(GPT4, GLM, "outperforms.reversed")}),
    ("GLM-4和Qwen-Max进一步缩小了与GPT-4的差距。", {(GPT4, GLM, "outperforms.reversed"), (GPT4, QWEN, "outperforms.reversed")}),
    ("GLM-4縮小了與GPT-4的差距。", {(GPT4, GLM, "outperforms.reversed")}),
    ("GLM-4 has narrowed the gap to GPT-4 on coding.", {(GPT4, GLM, "outperforms.reversed")}),
    ("GLM-4进一步拉开了与GPT-4的差距。", {(GLM, GPT4, "outperforms.cue")}),
    ("GLM-4在多項測試中全面拋離GPT-4與GPT-3.5。", {(GLM, GPT4, "outperforms.cue"), (GLM, GPT35, "outperforms.cue")}),
    # a kind noun closing the gap, the models set out after the rival
    ("Several models are closing the gap with GPT-4, including GLM-4 and Qwen-Max.",
     {(GPT4, GLM, "outperforms.exemplified"), (GPT4, QWEN, "outperforms.exemplified")}),
    ("不少新模型在推理和代码上正在快速缩小与GPT-4的差距，包括GLM-4、Qwen-Max。",
     {(GPT4, GLM, "outperforms.exemplified"), (GPT4, QWEN, "outperforms.exemplified")}),
    ("不少國內廠商新發布的模型正在快速縮小與GPT-4的差距，包括GLM-4、Qwen-Max。",
     {(GPT4, GLM, "outperforms.exemplified"), (GPT4, QWEN, "outperforms.exemplified")}),
    ("不少模型正在缩小与GPT-4的差距，包括智谱清言GLM-4、阿里巴巴Qwen-Max。",
     {(GPT4, GLM, "outperforms.exemplified"), (GPT4, QWEN, "outperforms.exemplified")}),
    # a comparison frame whose subject is reported after a speaker and a speech verb
    ("Meta表示Llama 3与GPT-4相比仍有差距。", {(GPT4, LLAMA, "outperforms.compared")}),
    ("据了解，Meta表示Llama 3與先進模型GPT-4相比仍有差距，主要表現在推理上。", {(GPT4, LLAMA, "outperforms.compared")}),
    ("Meta称Llama 3和GPT-4相比，推理能力更强。", {(LLAMA, GPT4, "outperforms.compared")}),
    # 不少 (many), 不仅 (not only), 不断 (on and on) negate nothing
    ("不少模型超越了GPT-3.5，包括GLM-4、Qwen-Max。",
     {(GLM, GPT35, "outperforms.exemplified"), (QWEN, GPT35, "outperforms.exemplified")}),
    ("GLM-4不仅超越了GPT-3.5，还超越了Llama 3。", {(GLM, GPT35, "outperforms.cue"), (GLM, LLAMA, "outperforms.cue")}),
])
def test_framed_subjects_gaps_and_kinds(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    # two models before: no one antecedent; a plural pronoun for one model
    "Meta发布了Llama 3和Mixtral 8x7B。在多项测试中超越了GPT-3.5。",
    "Meta released Llama 3 on Monday. On most tests they beat GPT-3.5.",
    # the framed clause has a subject of its own (a kind noun), or a real negation
    "Meta发布了新模型Llama 3。在多项测试中开源模型普遍超越了GPT-3.5。",
    "Meta發布了新模型Llama 3。在多項測試中未能超越GPT-3.5。",
    "Meta released Llama 3 on Monday. In math it did not beat GPT-3.5.",
    # a gap closed (caught up), or only named
    "GLM-4 has closed the gap with GPT-4.",
    "GLM-4已经追上GPT-4，差距基本消失。",
    "GLM-4与GPT-4的差距正在扩大。",
    "No models trail GPT-4, including GLM-4.",
    "GLM-4并不超越GPT-3.5。",
    # two speakers, or a hedged comparison after one
    "Meta和OpenAI表示Llama 3与GPT-4相比仍有差距。",
    "Meta表示Llama 3与GPT-4相比可能更强。",
])
def test_framed_subjects_gaps_and_kinds_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()
