"""RELEASED and OUTPERFORMS in constructions of news writing, in the three scripts: the pairs found (with the
rule that finds each), and sentences where nothing may be found."""
import pytest

from newsgraph.schema import Article

A = "article-test"

CASES = [
    # a cost read as a rate ("幻觉率", "錯誤率"): more of it is no win, in the clause and in a clause carried over
    ("GPT-5的錯誤率高於GPT-4.5。", {("OUTPERFORMS", "gpt-4-5", "gpt-5", "outperforms.cost_reversed")}),
    ("GPT-5的错误率高于GPT-4.5。", {("OUTPERFORMS", "gpt-4-5", "gpt-5", "outperforms.cost_reversed")}),
    ("GPT-5's error rate is higher than GPT-4.5's.", set()),
    ("GPT-5的幻覺率略高於GPT-4.5，但明顯高於o3-mini。", {("OUTPERFORMS", "gpt-4-5", "gpt-5", "outperforms.cost_reversed"),
                                                    ("OUTPERFORMS", "o3-mini", "gpt-5", "outperforms.cost_reversed")}),
    ("GPT-5的幻觉率略高于GPT-4.5，但明显高于o3-mini。", {("OUTPERFORMS", "gpt-4-5", "gpt-5", "outperforms.cost_reversed"),
                                                    ("OUTPERFORMS", "o3-mini", "gpt-5", "outperforms.cost_reversed")}),
    ("GPT-5的延迟时间略高于GPT-4.5。", set()),  # a latency: a cost, no fault
    ("GPT-5's hallucination rate exceeds GPT-4.5's.", {("OUTPERFORMS", "gpt-4-5", "gpt-5", "outperforms.cost_reversed")}),
    ("GPT-5的參數量高於GPT-4.5。", set()),     # a size: more of it is no one's win
    ("GPT-5的幻觉率可能高于GPT-4.5。", set()),  # hedged
    ("GPT-5的错误击败GPT-4.5。", set()),       # a cue that says more than "more"
    ("GPT-5的得分高於GPT-4.5，並且超越o3-mini。",
     {("OUTPERFORMS", "gpt-5", "gpt-4-5", "outperforms.cue"), ("OUTPERFORMS", "gpt-5", "o3-mini", "outperforms.cue")}),
    ("GPT-5的价格更低，却超越GPT-4.5。", {("OUTPERFORMS", "gpt-5", "gpt-4-5", "outperforms.cue")}),
    # the maker's name at the head of the model's own name ("腾讯混元T1"), the maker named before
    ("騰訊很忙。騰訊混元T1正式版發布。", {("RELEASED", "tencent", "hunyuan-t1", "released.maker_in_name")}),
    ("腾讯很忙。腾讯混元T1正式版发布。", {("RELEASED", "tencent", "hunyuan-t1", "released.maker_in_name")}),
    ("Tencent is busy. Tencent Hunyuan T1 is out.", {("RELEASED", "tencent", "hunyuan-t1", "released.maker_in_name")}),
    # the maker named only in the model's name, the release in its clause; nothing where no release is stated
    ("腾讯混元T1正式版发布。", {("RELEASED", "tencent", "hunyuan-t1", "released.maker_in_name")}),
    ("騰訊混元T1正式版表現出色。", set()),
    ("腾讯很忙。腾讯混元很强。", set()),           # a model line, no release
    ("DeepSeek is busy. DeepSeek V3 costs little.", set()),  # a line named after its maker: no evidence of a release
    ("Apple is busy. Apple Intelligence is slow.", set()),
    ("DeepSeek很忙。DeepSeek V3正式发布。", {("RELEASED", "deepseek", "deepseek-v3", "released.maker_in_name")}),
    ("Mistral is busy. The company will release Mistral Large 2.", set()),  # planned
    # model names of general knowledge (gazetteer)
    ("TII has released the Falcon 180B model.", {("RELEASED", "tii", "falcon-180b", "released.cue")}),
    ("阶跃星辰发布了Step-1.5V。", {("RELEASED", "stepfun", "step-1-5v", "released.cue")}),
    ("階躍星辰發佈了Step-1.5V。", {("RELEASED", "stepfun", "step-1-5v", "released.cue")}),
    ("MiniMax发布了MiniMax-VL-01。", {("RELEASED", "minimax", "minimax-vl-01", "released.cue")}),
    ("Microsoft released Phi-3-mini.", {("RELEASED", "microsoft", "phi-3-mini", "released.cue")}),
    ("云知声山海大模型超越讯飞星火。", {("OUTPERFORMS", "shanhai", "spark", "outperforms.cue"),
                                 ("RELEASED", "unisound", "shanhai", "released.juxtaposed")}),
    ("山海很美。", set()),                         # 山海 alone names the model only near its full name
    # an API snapshot's context window and date name the same model ("step-2-16k-202411" is Step-2)
    ("阶跃星辰的step-2-16k-202411很强。", {("RELEASED", "stepfun", "step-2", "released.possessive")}),
    ("階躍星辰的step-2-16k-202411很強。", {("RELEASED", "stepfun", "step-2", "released.possessive")}),
    ("Step-2-16k beats o1-preview.", {("OUTPERFORMS", "step-2", "o1-preview", "outperforms.cue")}),
    # a headline's colon apposition: the model, then its maker's description (its own line may be named in it)
    ("Doubao-1.5-pro：字節跳動最新豆包大模型。", {("RELEASED", "bytedance", "doubao-1-5-pro", "released.appositive")}),
    ("Doubao-1.5-pro：字节跳动最新大模型。", {("RELEASED", "bytedance", "doubao-1-5-pro", "released.appositive")}),
    ("Qwen3: Alibaba's newest model.", {("RELEASED", "alibaba", "qwen3", "released.appositive")}),
    ("DeepSeek-R1：中國最新大模型。", set()),  # a place makes no model
    ("GPT-4o：谷歌最新大模型。", set()),        # another maker's model
    # a near-miss spelling that adds or changes a digit is another version, no typo ("Falcone 180B" is not Falcon3):
    # it keeps its size, a model-shaped name, and is Falcon 180B misspelt
    ("In tests, Falcone 180B surpassed Llama 2.", {("OUTPERFORMS", "falcon-180b", "llama-2", "outperforms.cue")}),
    # a line named and then its models listed after a colon or a dash: each listed model is released
    ("智譜發布了兩款GLM系列模型：GLM-4.5和GLM-4.5-Air。", {("RELEASED", "zhipu-ai", "glm-4-5", "released.cue"),
                                                     ("RELEASED", "zhipu-ai", "glm-4-5-air", "released.cue")}),
    ("智谱发布了两款GLM系列模型：GLM-4.5和GLM-4.5-Air。", {("RELEASED", "zhipu-ai", "glm-4-5", "released.cue"),
                                                     ("RELEASED", "zhipu-ai", "glm-4-5-air", "released.cue")}),
    ("Zhipu released two GLM models: GLM-4.5 and GLM-4.5-Air.", {("RELEASED", "zhipu-ai", "glm-4-5", "released.cue"),
                                                                ("RELEASED", "zhipu-ai", "glm-4-5-air", "released.cue")}),
]


@pytest.fixture(scope="module")
def found(extractor):
    def run(text):
        got = extractor.extract(Article(id=A, title="test", text=text))
        return {(e.type.value, e.source, e.target, ev.rule) for e in got.edges
                if e.type.value in ("RELEASED", "OUTPERFORMS") for ev in e.evidence}
    return run


@pytest.mark.parametrize("text, expected", CASES)
def test_released_outperforms_news(found, text, expected):
    assert found(text) == expected
