"""OUTPERFORMS: whose win a clause with no subject of its own states — a description after a speech verb carried
into a participle, clauses naming only the point of a comparison or the set ranked among (passed over), a place
with a bracketed "second only to", "slightly above"/略超 and participles with scores, a parity aside before a
coordinated win, and a size conceded before "yet performs better" — each with the rule that finds it, and the
cases that must find nothing."""
import pytest

GROK, GPT, CLAUDE = "grok-3", "gpt-4o", "claude-3-5-sonnet"


@pytest.mark.parametrize("text, expected", [
    # "the model" after a speech verb (or "that"), carried into a clause with no subject of its own
    ("xAI released Grok 3 on Monday. Testers have reported that the model has outperformed its competitors, "
     "surpassing GPT-4o and Claude 3.5 Sonnet.",
     {(GROK, GPT, "outperforms.cue"), (GROK, CLAUDE, "outperforms.cue")}),
    ("Since the launch of Grok 3, insiders revealed that the model has clearly outperformed its rivals on an "
     "internal leaderboard, surpassing the previously top-ranked models GPT-4o and Claude 3.5 Sonnet.",
     {(GROK, GPT, "outperforms.cue"), (GROK, CLAUDE, "outperforms.cue")}),
    ("xAI发布了Grok 3。测试者称该模型在榜单上表现出色，超越了GPT-4o和Claude 3.5 Sonnet。",
     {(GROK, GPT, "outperforms.cue"), (GROK, CLAUDE, "outperforms.cue")}),
    ("xAI發布了Grok 3。測試者稱該模型在榜單上表現出色，超越了GPT-4o。", {(GROK, GPT, "outperforms.cue")}),
    # a clause naming only the models compared with, or the set ranked among, has no subject to carry
    ("本次发布的旗舰模型是Grok 3，在数学测试中，与GPT-4o、Claude 3.5 Sonnet等模型相比，表现出色，"
     "全面超越了GPT-4o、Claude 3.5 Sonnet等模型。",
     {(GROK, GPT, "outperforms.cue"), (GROK, CLAUDE, "outperforms.cue")}),
    ("本次發布的旗艦模型是Grok 3，在數學測試中，與GPT-4o、Claude 3.5 Sonnet等模型相比，表現出色，"
     "全面超越了GPT-4o、Claude 3.5 Sonnet等模型。",
     {(GROK, GPT, "outperforms.cue"), (GROK, CLAUDE, "outperforms.cue")}),
    ("Grok 3以683分的成绩，在GPT-4o、Claude 3.5 Sonnet和o3等一系列全球顶级大语言模型中，位居第二，仅次于GPT-4o。",
     {(GPT, GROK, "outperforms.reversed")}),
    # 更 opening a focus ("更重要的是X"): X is the subject, not a clause carried over
    ("更具突破性的是Grok 3，在数学任务中超越了GPT-4o。", {(GROK, GPT, "outperforms.cue")}),
    ("更具突破性的是Grok 3——以更少的参数规模，在數學任務中超越GPT-4o達6.3%。", {(GROK, GPT, "outperforms.cue")}),
    # a win said as a noun, "双重超越"; a tie before it ("与Y战平") is no subject
    ("xAI发布了Grok 3。这个模型在编程测试中与GPT-4o战平，在工具调用场景下更是实现了对Claude 3.5 Sonnet和o3的双重超越。",
     {(GROK, CLAUDE, "outperforms.nominal"), (GROK, "o3", "outperforms.nominal")}),
    # a place, then whom it is below in brackets; "behind only"
    ("Grok 3以683分的成绩，文科位居第一，理科位居第二（仅次于GPT-4o）。", {(GPT, GROK, "outperforms.reversed")}),
    ("Grok 3以683分的成績，文科位居第一，理科位居第二（僅次於GPT-4o）。", {(GPT, GROK, "outperforms.reversed")}),
    ("Grok 3 ranked second on math, behind only GPT-4o.", {(GPT, GROK, "outperforms.reversed")}),
    ("Among GPT-4o, Claude 3.5 Sonnet and o3, Grok 3 ranked second, behind only GPT-4o.",
     {(GPT, GROK, "outperforms.reversed")}),
    # slightly above a rival's score; participles with the rival and its score right after
    ("Grok 3在数学测试中得分74.9%，略超GPT-4o的74.5%。", {(GROK, GPT, "outperforms.cue")}),
    ("Grok 3在數學測試中得分74.9%，略超GPT-4o的74.5%。", {(GROK, GPT, "outperforms.cue")}),
    ("Grok 3在数学测试中得分74.9%，小幅超越GPT-4o。", {(GROK, GPT, "outperforms.cue")}),
    ("Grok 3 scored 74.9% on math, narrowly topping GPT-4o's 74.5%.", {(GROK, GPT, "outperforms.direct")}),
    ("Grok 3 has an Elo score of 1309, leading GPT-4o's 1253 points and Claude 3.5 Sonnet's 1246 points.",
     {(GROK, GPT, "outperforms.direct"), (GROK, CLAUDE, "outperforms.direct"), (GPT, CLAUDE, "outperforms.ordered_rivals")}),
    ("The new chatbot has an Elo score of 1309, leading GPT-4o's 1253 points and Claude 3.5 Sonnet's 1246 points.",
     {(GPT, CLAUDE, "outperforms.ordered_rivals")}),
    # a parity aside ("close to Y") before a coordinated win: Y is neither winner nor loser
    ("Grok 3 delivers results close to the proprietary GPT-4o model and outperforms Claude 3.5 Sonnet.",
     {(GROK, CLAUDE, "outperforms.cue")}),
    ("Grok 3接近GPT-4o，并超越了Claude 3.5 Sonnet。", {(GROK, CLAUDE, "outperforms.cue")}),
    ("Grok 3接近GPT-4o，並超越了Claude 3.5 Sonnet。", {(GROK, CLAUDE, "outperforms.cue")}),
    # "rivals" after a win verb and its determiner is a noun, not "rivals Y" (parity)
    ("Grok 3 beat its rivals, GPT-4o and Claude 3.5 Sonnet.", {(GROK, GPT, "outperforms.cue"), (GROK, CLAUDE, "outperforms.cue")}),
    ("Grok 3 has outperformed its rivals, surpassing GPT-4o.", {(GROK, GPT, "outperforms.cue")}),
    # a size compared with several rivals, then conceded: the win is over each
    ("Grok 3发布了。有意思的是，它的参数量比GPT-4o少一半，比Claude 3.5 Sonnet只有三分之一，但性能反而更优。",
     {(GROK, GPT, "outperforms.implicit"), (GROK, CLAUDE, "outperforms.implicit")}),
    ("Grok 3發布了。有意思的是，它的參數量比GPT-4o少一半，比Claude 3.5 Sonnet只有三分之一，但性能反而更優。",
     {(GROK, GPT, "outperforms.implicit"), (GROK, CLAUDE, "outperforms.implicit")}),
    ("Grok 3 has half the parameters of GPT-4o and a third of Claude 3.5 Sonnet's, yet performs better.",
     {(GROK, GPT, "outperforms.implicit"), (GROK, CLAUDE, "outperforms.implicit")}),
])
def test_subjects_carried_and_frames_passed_over(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    # a size conceded with no win after it, or a hedged one
    "Grok 3的参数量比GPT-4o少一半，比Claude 3.5 Sonnet只有三分之一，价格也更低。",
    "Grok 3的參數量比GPT-4o少一半，比Claude 3.5 Sonnet只有三分之一，但性能可能更優。",
    "Grok 3 has half the parameters of GPT-4o and a third of Claude 3.5 Sonnet's, yet could perform better.",
    # close to, rivalling, and ranked among, is no win
    "Grok 3 rivals GPT-4o and Claude 3.5 Sonnet on math.",
    "Grok 3接近GPT-4o和Claude 3.5 Sonnet。",
    "Grok 3在GPT-4o、Claude 3.5 Sonnet和o3等模型中位居第二。",
    # "the leading Y" is an attribute; "leading Y development" names no rival beaten
    "The company retrained the leading GPT-4o model last week.",
    "Acme hired engineers from the lab leading GPT-4o development.",
    # "the model" with two models named before it, or no win in its clause
    "xAI released Grok 3 and GPT-5. Testers said the model topped the chart, beating Claude 3.5 Sonnet.",
    "xAI released Grok 3 on Monday. Testers said the model was slow, while GPT-4o topped the chart.",
    # a bare 超 is no cue (超大, 超级)
    "Grok 3超大规模，超GPT-4o。",
])
def test_subjects_carried_and_frames_passed_over_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()
