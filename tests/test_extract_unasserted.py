"""What a sentence asks, denies or counts asserts no fact — in English, Simplified and Traditional Chinese, each with
the asserted sentence beside it that must still find the fact.

- a yes-or-no question ("Did X release Y?", "X发布Y了吗？", "X是否发布了Y？") asserts no RELEASED, WORRIES or CITES (a
  question opening with a question word, "Why did X release Y?", takes the act as given);
- a release supposed in a condition ("If X releases Y, …", "如果X发布Y，…") is none, and so is a release or win in a
  sentence that opens by supposing ("Imagine X released Y tomorrow", "设想一下，X发布Y", "試想X發布Y") or with a
  correction's former version ("An earlier version of this story said X released Y", "本文早前版本误称X发布Y");
- a denied or refused release ("denied releasing", "denied that it had released", "否认发布") or worry ("denied being worried", "否认担心") and one "not yet" made
  ("has not yet launched") are no release;
- hearsay ("is said to beat", "is rumored to", "allegedly", "据传") asserts no win and no release ("reportedly" passes
  a report on: still the claim), nor does a claim the sentence calls false ("falsely claimed", 谎称, 虛假宣稱);
- a win after a released model and "to" ("X releases Y to beat Z", "X发布Y以超越Z") is what the release is for;
- a win in how much a model is used, bought or downloaded ("X's downloads exceeded Y's", "X overtook Y in market
  share", "X的下载量超过Y", "X在市占率上超越Y") is no OUTPERFORMS.
"""
import pytest

REL = ("RELEASED", "alibaba", "qwen3")
WOR = ("WORRIES", "deepseek", "nvidia")
OUT = ("OUTPERFORMS", "qwen3", "gpt-4o")

CASES = [
    # yes-or-no questions: nothing; the statement beside each finds the fact
    ("Did Alibaba release Qwen3?", None),
    ("Has Alibaba released Qwen3 yet?", None),
    ("Alibaba released Qwen3.", REL),
    ("Why did Alibaba release Qwen3 so early?", REL),           # a question word: the release is given
    ("Is Nvidia worried about DeepSeek?", None),
    ("Nvidia is worried about DeepSeek.", WOR),
    ("阿里巴巴发布Qwen3了吗？", None),
    ("阿里巴巴是否发布了Qwen3？", None),
    ("阿里巴巴发布了Qwen3。", REL),
    ("英伟达担心DeepSeek吗？", None),
    ("阿里巴巴發布Qwen3了嗎？", None),
    ("阿里巴巴是否發布了Qwen3？", None),
    ("阿里巴巴發布了Qwen3。", REL),
    ("英偉達擔心DeepSeek嗎？", None),
    ("阿里巴巴为什么发布了Qwen3？", REL),                          # asks why (什么 is no 吗): the release is given
    ("阿里巴巴為什麼發布了Qwen3？", REL),
    # a release supposed in a condition
    ("If Alibaba releases Qwen3, Google will respond.", None),
    ("Google said it would respond if Alibaba releases Qwen3.", None),
    ("When Alibaba released Qwen3, Google responded.", REL),
    ("If anything, Alibaba released Qwen3 too early.", REL),
    ("如果阿里巴巴发布Qwen3，谷歌将作出回应。", None),
    ("如果阿里巴巴發布Qwen3，谷歌將作出回應。", None),
    ("阿里巴巴发布Qwen3后，谷歌作出回应。", REL),
    # a sentence that opens by supposing; the same words later in a sentence suppose nothing
    ("Imagine Alibaba released Qwen3 tomorrow.", None),
    ("Hypothetically, Alibaba releases Qwen3 and it beats GPT-4o.", None),
    ("Picture this: Qwen3 beats GPT-4o on every test.", None),
    ("Alibaba released Qwen3, faster than anyone could imagine.", REL),
    ("Qwen3 beats GPT-4o, which few would have imagined.", OUT),
    ("设想一下，阿里巴巴发布了Qwen3，并超越GPT-4o。", None),
    ("假设阿里巴巴发布了Qwen3。", None),
    ("这一设想落空后，阿里巴巴发布了Qwen3。", REL),
    ("試想阿里巴巴發布了Qwen3，並超越GPT-4o。", None),
    ("想像一下，Qwen3在數學測試中超過GPT-4o。", None),
    ("Qwen3在數學測試中超過GPT-4o，超出外界想像。", OUT),
    # an inverted condition opening the sentence ("Should X release Y, …"); "should" later asserts nothing away
    ("Should Alibaba release Qwen3 this year, the rankings could shift.", None),
    ("Had Alibaba released Qwen3 earlier, Google would have responded.", None),
    ("Were Qwen3 to beat GPT-4o, Alibaba would cut prices.", None),
    ("Alibaba released Qwen3, which analysts said should help its cloud unit.", REL),
    # a correction opening the sentence reports what an earlier version of the story said: withdrawn; the same
    # words after the fact ("…; an earlier version gave the wrong date") leave the fact as it is
    ("Correction: An earlier version of this story said Alibaba released Qwen3.", None),
    ("An earlier version said Qwen3 outperformed GPT-4o on coding.", None),
    ("A previous version of this article incorrectly stated that Alibaba launched Qwen3, which beats GPT-4o.", None),
    ("This story previously said Alibaba released Qwen3 on Monday.", None),
    ("Alibaba released Qwen3 on Monday; an earlier version of this story gave the wrong date.", REL),
    ("更正：本文早前版本误称阿里巴巴发布了Qwen3。", None),
    ("此前版本中曾误称Qwen3击败了GPT-4o，特此更正。", None),
    ("本報此前報道稱Qwen3超越GPT-4o，有誤。", None),
    ("更正：本文早前版本誤稱阿里巴巴發布了Qwen3。", None),
    ("阿里巴巴發布了Qwen3，此前報道的日期有誤。", REL),
    # denied, refused, not yet
    ("Alibaba denied releasing Qwen3.", None),
    ("Alibaba denied that it had released Qwen3.", None),
    ("Alibaba declined to release Qwen3.", None),
    ("Alibaba has not yet launched Qwen3.", None),
    ("Alibaba, which denied the rumours, released Qwen3 on Monday.", REL),
    ("Alibaba released Qwen3 and denied that it was rushed.", REL),
    ("阿里巴巴否认发布了Qwen3。", None),
    ("Nvidia denied being worried about DeepSeek.", None),
    ("Nvidia denies that it is worried about DeepSeek.", None),
    ("Nvidia, which denied the report, is worried about DeepSeek.", WOR),
    ("英伟达否认担心DeepSeek。", None),
    ("英伟达否认对DeepSeek表示担忧。", None),
    ("英偉達否認擔心DeepSeek。", None),
    ("阿里巴巴否認發布了Qwen3。", None),
    # hearsay: said, rumoured, alleged
    ("Qwen3 is said to beat GPT-4o.", None),
    ("Qwen3 is rumored to beat GPT-4o.", None),
    ("Qwen3 allegedly beats GPT-4o.", None),
    ("Qwen3 reportedly beats GPT-4o.", OUT),                    # a report passed on is still the claim
    ("Alibaba is said to have released Qwen3.", None),
    ("Qwen3据传超越了GPT-4o。", None),
    ("据传阿里巴巴已发布Qwen3。", None),
    ("Qwen3據傳超越了GPT-4o。", None),
    ("據傳阿里巴巴已發布Qwen3。", None),
    # a claim the sentence calls false ("falsely claimed", 谎称, 虛假宣稱); a later "wrongly" leaves the claim as it is
    ("The suit alleges Alibaba falsely claimed Qwen3 beats GPT-4o.", None),
    ("Investors say Alibaba misleadingly touted that Qwen3 outperforms GPT-4o.", None),
    ("Alibaba said Qwen3 beats GPT-4o, a claim rivals wrongly dismissed.", OUT),
    ("诉状称阿里巴巴谎称Qwen3超越GPT-4o。", None),
    ("起訴書指阿里巴巴虛假宣稱Qwen3超越GPT-4o。", None),
    ("起訴書指阿里巴巴謊稱Qwen3超越GPT-4o。", None),
    # a purpose: what a release is for, not what the model did ("releases" is a release verb)
    ("Alibaba releases Qwen3.", REL),
    ("Alibaba Releases Qwen3 To Beat GPT-4o", REL),
    ("Alibaba released Qwen3 in order to beat GPT-4o.", REL),
    ("Alibaba released Qwen3, which went on to beat GPT-4o.", {REL, OUT}),
    ("Qwen3 was able to beat GPT-4o.", OUT),
    ("阿里巴巴发布Qwen3以超越GPT-4o。", REL),
    ("阿里巴巴發布Qwen3來擊敗GPT-4o。", REL),
    ("阿里巴巴发布的Qwen3超越了GPT-4o。", {REL, OUT}),
    # use, sales, downloads: no test of the model
    ("Qwen3's downloads exceeded GPT-4o's.", None),
    ("Qwen3 overtook GPT-4o in market share.", None),
    ("Qwen3 beat GPT-4o in app store rankings.", None),
    ("Qwen3 surpassed GPT-4o in the number of monthly active users.", None),
    ("Qwen3 beat GPT-4o on MMLU.", OUT),
    ("Qwen3 beat GPT-4o on sales-related benchmarks.", OUT),
    ("Qwen3的下载量超过GPT-4o。", None),
    ("Qwen3在市场份额上超越GPT-4o。", None),
    ("Qwen3在数学测试中超过GPT-4o。", OUT),
    ("Qwen3的下載量超過GPT-4o。", None),
    ("Qwen3在市佔率上超越GPT-4o。", None),
    ("Qwen3在數學測試中超過GPT-4o。", OUT),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_asked_denied_or_counted_is_no_fact(facts, text, expected):
    found = {f for f in facts(text) if f[0] in ("RELEASED", "WORRIES", "OUTPERFORMS", "CITES")}
    assert found == (expected if isinstance(expected, set) else {expected} if expected else set())


@pytest.mark.parametrize("text", [
    "Did Reuters report that Alibaba released Qwen3?",
    "路透社是否报道了阿里巴巴发布Qwen3？",
    "路透社是否報導了阿里巴巴發布Qwen3？",
])
def test_a_yes_or_no_question_cites_nothing(facts, text):
    assert not {f for f in facts(text) if f[0] in ("CITES", "RELEASED")}
