"""OUTPERFORMS read from how evaluation reports list and rank models: the winners set out after a win whose subject
is a kind noun ("Models that beat Y include A and B", "超过Y的模型有11个，比如A、B"), a follower after the best
model ("A表现最佳，B与C紧随其后", "…, with B close behind"), a margin below a rival ("11.6 points behind Y",
"距离Y有11.6分"), rivals tied in a list from the top down, and a leaderboard table with no place column — each with
the rule that finds it, and the cases that must find nothing. The sentences are invented."""
import pytest

QWEN, GLM, YI, GPT35, GEMP = "qwen2-5", "glm-4", "yi-large", "gpt-3-5", "gemini-pro"
GPT4O, GPT4 = "gpt-4o", "gpt-4"


def _each(winners, losers, rule):
    return {(w, l, rule) for w in winners for l in losers}


@pytest.mark.parametrize("text, expected", [
    ("Models that beat GPT-3.5 include Qwen 2.5, Yi-Large and GLM-4.",
     _each([QWEN, YI, GLM], [GPT35], "outperforms.exemplified")),
    ("Eleven models now surpass GPT-3.5 and Gemini Pro, including Qwen 2.5, Yi-Large and GLM-4.",
     _each([QWEN, YI, GLM], [GPT35, GEMP], "outperforms.exemplified")),
    ("Several models outperform Gemini Pro on MMLU, such as Qwen 2.5 and GLM-4.",
     _each([QWEN, GLM], [GEMP], "outperforms.exemplified")),
    ("综合能力超过GPT-3.5和Gemini Pro的模型有11个，比如Qwen 2.5、Yi-Large、GLM-4等都有比较好的表现。",
     _each([QWEN, YI, GLM], [GPT35, GEMP], "outperforms.exemplified")),
    ("超过GPT-3.5的国产模型包括Qwen 2.5、Yi-Large和GLM-4。",
     _each([QWEN, YI, GLM], [GPT35], "outperforms.exemplified")),
    ("綜合能力超過GPT-3.5的模型有11個，例如Qwen 2.5、Yi-Large、GLM-4等。",
     _each([QWEN, YI, GLM], [GPT35], "outperforms.exemplified")),
    ("Eleven models have now surpassed GPT-3.5, including Qwen 2.5 and GLM-4.",
     _each([QWEN, GLM], [GPT35], "outperforms.exemplified")),
    ("有11个模型已经超过了GPT-3.5，包括Qwen 2.5和GLM-4。", _each([QWEN, GLM], [GPT35], "outperforms.exemplified")),
])
def test_winners_set_out_after_a_kind_noun(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    "Models that could beat GPT-4o include Qwen 2.5 and GLM-4.",
    "Models that will beat GPT-4o next year include Qwen 2.5 and GLM-4.",
    "Models expected to surpass GPT-4o include Qwen 2.5 and GLM-4.",
    "Models that failed to beat GPT-4o include Qwen 2.5 and GLM-4.",
    "No models beat GPT-4o, including Qwen 2.5 and GLM-4.",
    "Models that surpass GPT-4o in price include Qwen 2.5 and GLM-4.",
    "Did any models beat GPT-4o, such as Qwen 2.5?",
    "有望超过GPT-4o的模型包括Qwen 2.5和GLM-4。",
    "将超越GPT-4o的模型包括Qwen 2.5和GLM-4。",
    "没有模型超越GPT-4o，包括Qwen 2.5和GLM-4。",
    "價格高於GPT-4o的模型有5個，包括Qwen 2.5和GLM-4。",
    "參數量超過GPT-4o的模型包括Qwen 2.5和GLM-4。",
])
def test_winners_set_out_that_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()


@pytest.mark.parametrize("text, expected", [
    ("在中文语境下，Qwen 2.5综合表现最佳，获得74.58分，而GPT-4o与GLM-4紧随其后。",
     _each([QWEN], [GPT4O, GLM], "outperforms.follows")),
    ("在中文語境下，Qwen 2.5綜合表現最佳，獲得74.58分，而GPT-4o與GLM-4緊隨其後。",
     _each([QWEN], [GPT4O, GLM], "outperforms.follows")),
    ("Qwen 2.5 performed best overall with 74.6 points, with GPT-4o and GLM-4 close behind.",
     _each([QWEN], [GPT4O, GLM], "outperforms.follows")),
    ("Qwen 2.5 leads the arena with 1402, with GPT-4o close behind at 1398.",
     _each([QWEN], [GPT4O], "outperforms.follows")),
])
def test_followers_of_the_best(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    "Qwen 2.5 launched first in May, with GPT-4o close behind.",
    "Qwen 2.5 is the best-selling app on the store, with GLM-4 close behind.",
    "Qwen 2.5率先发布，GPT-4o紧随其后。",
    "Qwen 2.5在应用商店下载量最高，GLM-4紧随其后。",
])
def test_followers_that_are_no_ranking(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Qwen 2.5 scored 79, 11.6 points behind GPT-4o.", {(GPT4O, QWEN, "outperforms.reversed")}),
    ("Qwen 2.5 is 3% behind GPT-4o on MMLU.", {(GPT4O, QWEN, "outperforms.reversed")}),
    ("Qwen 2.5总分79.02分，距离GPT-4o有11.61分，距离GPT-4有4.9分的差距。",
     {(GPT4O, QWEN, "outperforms.reversed"), (GPT4, QWEN, "outperforms.reversed")}),
    ("Qwen 2.5總分79分，落後GPT-4o 11分，落後GPT-4 4分。",
     {(GPT4O, QWEN, "outperforms.reversed"), (GPT4, QWEN, "outperforms.reversed")}),
    ("Qwen 2.5距离GPT-4o仍有一定差距。", {(GPT4O, QWEN, "outperforms.reversed")}),
])
def test_a_margin_below_the_rival(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    "Qwen 2.5 launched 3 weeks behind GPT-4o.",
    "Qwen 2.5 could end up 5 points behind GPT-4o.",
    "Qwen 2.5距离GPT-4o发布已有3个月。",
    "Qwen 2.5距离超越GPT-4o还有差距。",
    "国产模型距离GPT-4o仍有差距。",
])
def test_margins_that_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()


def test_rivals_tied_in_a_list_share_a_place(ruled):
    found = ruled("OUTPERFORMS", "Qwen 2.5 ranks fifth, behind Gemini 2.5 Pro (71), GPT-5 (71), Grok 4 (66) and Claude Opus 4 (64).")
    ordered = {(a, b) for a, b, rule in found if rule == "outperforms.ordered_rivals"}
    assert ordered == {("gemini-2-5-pro", "grok-4"), ("gpt-5", "grok-4"), ("grok-4", "claude-opus-4")}


LEADERBOARD_EN = """The newest leaderboard from the benchmark:

| Model | Developer | Reasoning Score |
|---|---|---|
| Gemini 2.5 Pro | Google | 71 |
| GPT-5 | OpenAI | 68 |
| Grok 4 | xAI | 68 |
| Claude Opus 4 | Anthropic | 64 |
"""
LEADERBOARD_ZH = """最新榜单：

| 模型 | 厂商 | 总分 |
|---|---|---|
| Gemini 2.5 Pro | Google | 71 |
| GPT-5 | OpenAI | 68 |
| Claude Opus 4 | Anthropic | 64 |
"""
LEADERBOARD_HANT = """最新排行榜：

| 模型 | 廠商 | 總分 |
|---|---|---|
| Gemini 2.5 Pro | Google | 71 |
| GPT-5 | OpenAI | 68 |
| Claude Opus 4 | Anthropic | 64 |
"""


@pytest.mark.parametrize("text, expected", [
    (LEADERBOARD_EN, {("gemini-2-5-pro", "gpt-5"), ("gemini-2-5-pro", "grok-4"), ("gpt-5", "claude-opus-4"),
                      ("grok-4", "claude-opus-4")}),
    (LEADERBOARD_ZH, {("gemini-2-5-pro", "gpt-5"), ("gpt-5", "claude-opus-4")}),
    (LEADERBOARD_HANT, {("gemini-2-5-pro", "gpt-5"), ("gpt-5", "claude-opus-4")}),
])
def test_a_leaderboard_table_with_no_place_column(ruled, text, expected):
    assert {(a, b) for a, b, rule in ruled("OUTPERFORMS", text) if rule == "outperforms.leaderboard_table"} == expected


@pytest.mark.parametrize("text", [
    LEADERBOARD_EN.replace("Reasoning Score", "Price per million tokens"),
    LEADERBOARD_EN.replace("Reasoning Score", "Context window").replace("leaderboard", "list"),
    LEADERBOARD_EN.replace("| 71 |", "| 60 |"),  # not falling from top to bottom
    LEADERBOARD_EN.replace("The newest leaderboard from the benchmark:", "The models we tried:").replace("Reasoning Score", "Users"),
    LEADERBOARD_ZH.replace("总分", "下载量"),
])
def test_tables_that_are_no_leaderboard(ruled, text):
    assert {(a, b) for a, b, rule in ruled("OUTPERFORMS", text) if rule == "outperforms.leaderboard_table"} == set()


@pytest.mark.parametrize("text, expected", [
    ("Qwen 2.5 scored 69% on SWE-bench, compared with 62% for GPT-4o and 60% for GLM-4.",
     {(QWEN, GPT4O), (QWEN, GLM)}),
    ("Qwen 2.5 scored 69% on SWE-bench, compared with 62% for GPT-4o, 71% for GLM-4 and 50% for Grok 4.",
     {(QWEN, GPT4O), (GLM, QWEN), (QWEN, "grok-4")}),
    ("Qwen 2.5 scored 69% on SWE-bench, compared with 62% for GPT-4o and 60% for the GLM-4 team.", {(QWEN, GPT4O)}),
])
def test_rivals_each_with_its_score_after_compared_with(ruled, text, expected):
    assert {(a, b) for a, b, rule in ruled("OUTPERFORMS", text) if rule == "outperforms.score"} == expected


def test_a_rival_named_with_its_setting_before_its_score(ruled):
    found = ruled("OUTPERFORMS", "Qwen 2.5 ranks fifth, behind Gemini 2.5 Pro (71), GPT-5 (71), Grok 4 (66) and "
                                 "Claude Opus 4 Extended Thinking (64).")
    ordered = {(a, b) for a, b, rule in found if rule == "outperforms.ordered_rivals"}
    assert ordered == {("gemini-2-5-pro", "grok-4"), ("gpt-5", "grok-4"), ("grok-4", "claude-opus-4")}


@pytest.mark.parametrize("text, expected", [
    ("Qwen 2.5 (released in May) trails GPT-5.", {("gpt-5", QWEN)}),
    ("Qwen 2.5 (out since May) beats GPT-4o.", {(QWEN, GPT4O)}),
    ("Qwen 2.5 may beat GPT-4o.", set()),
])
def test_the_month_may_is_no_hedge(ruled, text, expected):
    assert {(a, b) for a, b, _ in ruled("OUTPERFORMS", text)} == expected


TOTALS_HANS = """十二月中文大模型排行榜：

| 模型 | 机构 | 总分 | 理科 | 文科 |
|---|---|---|---|---|
| Qwen 2.5 | 阿里云 | 79.0 | 70.1 | 88.2 |
| GLM-4 | 智谱 | 77.5 | 72.3 | 80.1 |
| Yi-Large | 零一万物 | 75.1 | 69.0 | 81.5 |
"""
TOTALS_HANT = TOTALS_HANS.replace("十二月中文大模型排行榜", "十二月中文大模型排行榜").replace("总分", "總分").replace("机构", "機構")
TOTALS_EN = """December leaderboard:

| Model | Average | MMLU | GPQA |
|---|---|---|---|
| Qwen 2.5 | 79.0 | 70.1 | 88.2 |
| GLM-4 | 77.5 | 72.3 | 80.1 |
| Yi-Large | 75.1 | 69.0 | 81.5 |
"""


@pytest.mark.parametrize("text, expected", [
    (TOTALS_HANS, {(QWEN, GLM), (GLM, YI)}),
    (TOTALS_HANT, {(QWEN, GLM), (GLM, YI)}),
    (TOTALS_EN, {(QWEN, GLM), (GLM, YI)}),
    (TOTALS_EN.replace("Average", "Average latency"), set()),  # no column of totals: no ranking
    (TOTALS_EN.replace("| 77.5 |", "| 80.5 |"), set()),       # the totals rise: not ranked by them
    (TOTALS_HANS.replace("总分", "价格"), set()),
])
def test_a_leaderboard_table_ranked_by_its_totals(ruled, text, expected):
    assert {(a, b) for a, b, rule in ruled("OUTPERFORMS", text) if rule == "outperforms.leaderboard_table"} == expected


@pytest.mark.parametrize("text, expected", [
    ("In MMLU, Qwen 2.5 came in at 88.1, GPT-4o at 86.4 and GLM-4 at 80.2.", {(QWEN, GPT4O), (QWEN, GLM)}),
    ("On the arena, GPT-4o sits at 1440, Qwen 2.5 at 1420 and GLM-4 at 1390.", {(GPT4O, QWEN), (GPT4O, GLM)}),
    ("Qwen 2.5 recorded 2 million downloads, GPT-4o 1.5 million and GLM-4 1 million.", set()),
    ("Qwen 2.5 came in at 88.1 on MMLU, whereas GPT-4o got only 86.4.", {(QWEN, GPT4O)}),
])
def test_scores_said_with_other_verbs(ruled, text, expected):
    assert {(a, b) for a, b, _ in ruled("OUTPERFORMS", text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen 3在编程、数学等项目对比Qwen 2.5均有明显提升。", {("qwen3", QWEN)}),
    ("Qwen 3對比Qwen 2.5均有明顯提升。", {("qwen3", QWEN)}),
    ("Qwen 3 shows clear improvements over Qwen 2.5 in math.", {("qwen3", QWEN)}),
    ("Qwen 3对比Qwen 2.5有望提升。", set()),
    ("Qwen 3相比Qwen 2.5有望提升。", set()),
    ("Qwen 3与Qwen 2.5形成对比。", set()),
    ("Qwen 3 is expected to be better than Qwen 2.5.", set()),
])
def test_set_against_a_rival_and_improved(ruled, text, expected):
    assert {(a, b) for a, b, _ in ruled("OUTPERFORMS", text)} == expected
