"""OUTPERFORMS: whose win it is when the nearest name before the verb is only a point of comparison ("X相比Y提升明显并超越Z",
"it gains a lot compared with Y and beats Z": X, not Y), when the subject is a pronoun or a description after a frame
naming tests ("在MMLU、GPQA等测试中，该模型…"), and when "it" stands for a model whose sentence before set it on par
with another ("X matches Y. Among open models, it beats Z": the parity there is no part of this claim) — each with the
rule that finds it, and the cases that must find nothing (no subject, two antecedents, a hedge, a parity, a negation)."""
import pytest

L3, L2, G35, MIX = "llama-3", "llama-2", "gpt-3-5", "mixtral-8x7b"
CUE = "outperforms.cue"


@pytest.mark.parametrize("text, expected", [
    # a point of comparison right before the verb is no subject
    ("Llama 3相比Llama 2提升明显并超越GPT-3.5。", {(L3, G35, CUE), (L3, L2, "outperforms.comparative")}),
    ("Llama 3相較Llama 2提升明顯並超越GPT-3.5。", {(L3, G35, CUE), (L3, L2, "outperforms.comparative")}),
    ("Meta发布了Llama 3。它相比Llama 2提升明显并超越GPT-3.5。", {(L3, G35, CUE), (L3, L2, "outperforms.comparative")}),
    ("Llama 3 gains a lot compared with Llama 2 and beats GPT-3.5.", {(L3, G35, CUE)}),
    ("Meta released Llama 3. It gains a lot compared with Llama 2 and beats GPT-3.5.", {(L3, G35, CUE)}),
    # a frame naming tests, then a description: the one model of the sentence before
    ("Meta发布了Llama 3。在MMLU、GPQA等基准测试中，该模型相比Llama 2有明显提升，并超越GPT-3.5与Mixtral 8x7B。",
     {(L3, G35, CUE), (L3, MIX, CUE), (L3, L2, "outperforms.comparative")}),
    ("Meta發布了Llama 3。在MMLU、GPQA等基準測試中，該模型相比Llama 2出現明顯提升，並普遍超越GPT-3.5。",
     {(L3, G35, CUE), (L3, L2, "outperforms.comparative")}),
    ("Meta released Llama 3. On the MMLU and GPQA benchmarks, the model improves on Llama 2 and beats GPT-3.5.",
     {(L3, G35, CUE)}),
    # a parity in the sentence before is no part of the claim "it" makes here
    ("Llama 3 is about level with GPT-4. Within the open-weight field, though, it leads, edging out Qwen 2.",
     {(L3, "qwen2", CUE)}),
    ("Llama 3大致与GPT-4持平。不过在开源模型中，它超越了Qwen 2。", {(L3, "qwen2", CUE)}),
    ("Llama 3大致與GPT-4持平。不過在開源模型中，它超越了Qwen 2。", {(L3, "qwen2", CUE)}),
    # a licence and its version, or a preposition opening the sentence, names no model that "it" could stand for
    ("Llama 3 is about level with GPT-4. Among GPL 3-licensed releases, it edges out Qwen 2.", {(L3, "qwen2", CUE)}),
    ("Llama 3在Apache 2.0协议下开源。在开源模型中，它超越了Qwen 2。", {(L3, "qwen2", CUE)}),
    ("Llama 3在Apache 2.0協議下開源。在開源模型中，它超越了Qwen 2。", {(L3, "qwen2", CUE)}),
    # nothing: an unknown model before "it", no subject, two antecedents, a hedge or a parity in the claim itself, a negation
    ("Llama 3 is about level with Nova 3 from Acme. Within the open-weight field, it beats Qwen 2.", set()),
    ("相比Llama 2提升明显并超越GPT-3.5。", set()),
    ("Meta released Llama 3 and Llama 3.1. It gains a lot compared with Llama 2 and beats GPT-3.5.", set()),
    ("Llama 3 matches GPT-4 on most tests. It could beat Qwen 2.", set()),
    ("Llama 3 matches GPT-4 on most tests. It is on par with Qwen 2.", set()),
    ("Llama 3与GPT-4持平。它可能超越Qwen 2。", set()),
    ("Llama 3與GPT-4持平。它並未超越Qwen 2。", set()),
])
def test_point_of_comparison_and_carried_subject(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected
