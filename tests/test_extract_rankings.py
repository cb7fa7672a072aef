"""Ranked statements (loaders/extract/rankings.py): ranked lists of lines, places of models in one ranking, "second
only to" after a copula, and the leaderboard cited — each in English, Simplified and Traditional Chinese, with the
cases that must find nothing (two rankings, ties, rising scores, costs and counts, lists that are no ranking).
The texts are invented; the leaderboards ("Zeta Arena", "星河榜") too, except where a citation needs a known one."""
import pytest

from newsgraph.schema import Article

Q, G, M, C = "qwen3", "gpt-4o", "gemini-2-5-pro", "claude-2"

# (text, the OUTPERFORMS facts with the rule that finds each)
RANKED = [
    # a ranked list of lines with scores falling from top to bottom: each model beats the next one down
    ("Zeta Arena scores:\n- Qwen3: 88.1\n- Gemini 2.5 Pro: 85.3\n- GPT-4o: 84.0\n",
     {(Q, M, "outperforms.ranked_lines"), (M, G, "outperforms.ranked_lines")}),
    ("星河榜总分：\n- Qwen3（阿里巴巴）：68.25分\n- Gemini 2.5 Pro（谷歌）：65.59分\n- GPT-4o（OpenAI）：64.32分\n",
     {(Q, M, "outperforms.ranked_lines"), (M, G, "outperforms.ranked_lines")}),
    ("星河榜總分：\n- Qwen3（阿里巴巴）：68.25分\n- Gemini 2.5 Pro（谷歌）：65.59分\n- GPT-4o（OpenAI）：64.32分\n",
     {(Q, M, "outperforms.ranked_lines"), (M, G, "outperforms.ranked_lines")}),
    # a note in brackets naming another model is a note; a line naming no model is passed over
    ("星河榜总分：\n- Gemini 2.5 Pro：70.1分\n- （第二名未公布）\n- Qwen3（通义千问，开源）：61.5分\n- GPT-4o：60.6分\n",
     {(M, Q, "outperforms.ranked_lines"), (Q, G, "outperforms.ranked_lines")}),
    # numbered without scores, under a header naming a ranking
    ("Zeta Arena leaderboard, top three:\n1. Qwen3\n2. Gemini 2.5 Pro\n3. GPT-4o\n",
     {(Q, M, "outperforms.ranked_lines"), (M, G, "outperforms.ranked_lines")}),
    # "1. A" lines are cut into the sentences "1." and "A": the list is read at its last name all the same (it was
    # found only when that name held a hyphen, "GPT-4o", the bullet trigger)
    ("Zeta Arena leaderboard:\n1. Qwen3\n2. GPT-4o\n3. Claude 2\n",
     {(Q, G, "outperforms.ranked_lines"), (G, C, "outperforms.ranked_lines")}),
    ("Zeta Arena leaderboard:\n1. GPT-4o\n2. Qwen3\n", {(G, Q, "outperforms.ranked_lines")}),
    ("星河榜排名前三：\n1、Qwen3\n2、Gemini 2.5 Pro\n3、GPT-4o\n",
     {(Q, M, "outperforms.ranked_lines"), (M, G, "outperforms.ranked_lines")}),
    ("星河榜總排名：\n1、Qwen3\n2、Gemini 2.5 Pro\n3、GPT-4o\n",
     {(Q, M, "outperforms.ranked_lines"), (M, G, "outperforms.ranked_lines")}),
    # places of models in one ranking: adjacent places only
    ("Qwen3 ranked second on Zeta Arena and GPT-4o fourth.", {(Q, G, "outperforms.ranked_places")}),
    ("总体而言，Qwen3排名第三，GPT-4o排名第六。", {(Q, G, "outperforms.ranked_places")}),
    ("總體而言，Qwen3排名第三，GPT-4o排名第六。", {(Q, G, "outperforms.ranked_places")}),
    ("在星河榜上，Gemini 2.5 Pro位列第二，Qwen3第三，GPT-4o第五。",
     {(M, Q, "outperforms.ranked_places"), (Q, G, "outperforms.ranked_places")}),
    ("在星河榜單上，Gemini 2.5 Pro位列第二，Qwen3第三，GPT-4o第五。",
     {(M, Q, "outperforms.ranked_places"), (Q, G, "outperforms.ranked_places")}),
    # a place between two placed models given to something read as no model: an entry missed, the two not adjacent
    ("On Zeta Arena, Gemini 2.5 Pro ranked second, Qwen3 third, an unnamed model fourth and GPT-4o fifth.",
     {(M, Q, "outperforms.ranked_places")}),
    ("在星河榜上，Gemini 2.5 Pro位列第二，Qwen3第三，一款未具名模型第四，GPT-4o第五。",
     {(M, Q, "outperforms.ranked_places")}),
    ("在星河榜單上，Gemini 2.5 Pro位列第二，Qwen3第三，一款未具名模型第四，GPT-4o第五。",
     {(M, Q, "outperforms.ranked_places")}),
    # listed models given their places in order ("respectively", 分列/分居), a later model's place after "in"/排在,
    # the top said by a verb ("topped the list", 登顶) or "highest"
    ("Qwen3 ranked first on Zeta Arena, while GPT-4o and Claude 2 came second and third respectively.",
     {(Q, G, "outperforms.ranked_places"), (G, C, "outperforms.ranked_places")}),
    ("在星河榜上，Qwen3位列第一，GPT-4o和Claude 2分列第二、第三位。",
     {(Q, G, "outperforms.ranked_places"), (G, C, "outperforms.ranked_places")}),
    ("在星河榜上，Qwen3名列第一，GPT-4o與Claude 2分居第二、第三名。",
     {(Q, G, "outperforms.ranked_places"), (G, C, "outperforms.ranked_places")}),
    ("Qwen3 topped the Zeta Arena leaderboard, with GPT-4o in second place and Claude 2 in third.",
     {(Q, G, "outperforms.ordinal"), (Q, C, "outperforms.ordinal"), (G, C, "outperforms.ranked_places")}),
    ("Qwen3 ranked highest on Zeta Arena, with GPT-4o second and Claude 2 third.",
     {(Q, G, "outperforms.ranked_places"), (G, C, "outperforms.ranked_places")}),
    ("在星河榜上，Qwen3登顶，GPT-4o排在第二，Claude 2排在第三。",  # the top over each: an ordinal's, kept
     {(Q, G, "outperforms.ordinal"), (Q, C, "outperforms.ordinal"), (G, C, "outperforms.ranked_places")}),
    ("在星河榜上，Qwen3登頂，GPT-4o排在第二，Claude 2排在第三。",  # the top over each: an ordinal's, kept
     {(Q, G, "outperforms.ordinal"), (Q, C, "outperforms.ordinal"), (G, C, "outperforms.ranked_places")}),
    # "second only to Y" after a copula: the sentence's subject is second, not the object named before
    ("Qwen3 beat Claude 2 and became the best model second only to GPT-4o.",
     {(Q, C, "outperforms.cue"), (G, Q, "outperforms.reversed")}),
    ("Qwen3超越Claude 2，在开源类别中，成为业内仅次于GPT-4o的模型。",
     {(Q, C, "outperforms.cue"), (G, Q, "outperforms.reversed")}),
    ("Qwen3超越Claude 2，在開源類別中，成為業內僅次於GPT-4o的模型。",
     {(Q, C, "outperforms.cue"), (G, Q, "outperforms.reversed")}),
    # a capability noun between a carried-over subject and its win; an effort suffix after a hyphen
    ("Qwen3以1437分登顶星河榜，能力已超过GPT-5.1-High与Gemini 2.5 Pro。",
     {(Q, "gpt-5-1-high", "outperforms.cue"), (Q, M, "outperforms.cue")}),
    ("Qwen3以1437分登頂星河榜，能力已超過GPT-5.1-High與Gemini 2.5 Pro。",
     {(Q, "gpt-5-1-high", "outperforms.cue"), (Q, M, "outperforms.cue")}),
    # a leaderboard table with a column of places: adjacent places; a tie shares its place
    ("| Rank | Model | Score |\n|---|---|---|\n| 1 | Qwen3 | 88.1 |\n| 2 | Gemini 2.5 Pro | 85.3 |\n| 3 | GPT-4o | 84.0 |\n",
     {(Q, M, "outperforms.rank_table"), (M, G, "outperforms.rank_table")}),
    ("| 排名 | 模型 | 得分 |\n|---|---|---|\n| 1 | Qwen3 | 1402 |\n| 2 | Gemini 2.5 Pro | 1398 |\n| 2 | GPT-4o | 1398 |\n",
     {(Q, M, "outperforms.rank_table"), (Q, G, "outperforms.rank_table")}),
    ("| 名次 | 模型 | 總分 |\n|---|---|---|\n| 1 | Qwen3 | 1402 |\n| 2 | Gemini 2.5 Pro | 1398 |\n| 3 | GPT-4o | 1390 |\n",
     {(Q, M, "outperforms.rank_table"), (M, G, "outperforms.rank_table")}),
    # the top places taken by a list, as many as the models, in the order named
    ("Qwen3, Gemini 2.5 Pro and GPT-4o took the top three spots on Zeta Arena.",
     {(Q, M, "outperforms.top_places"), (M, G, "outperforms.top_places")}),
    ("Qwen3、Gemini 2.5 Pro、GPT-4o分列星河榜前三。", {(Q, M, "outperforms.top_places"), (M, G, "outperforms.top_places")}),
    ("Qwen3、Gemini 2.5 Pro、GPT-4o分列星河榜單前三。", {(Q, M, "outperforms.top_places"), (M, G, "outperforms.top_places")}),
    ("On Zeta Arena, the top three spots went to Qwen3, Gemini 2.5 Pro and GPT-4o.",
     {(Q, M, "outperforms.top_places"), (M, G, "outperforms.top_places")}),
    ("星河榜排名前三的分别是Qwen3、Gemini 2.5 Pro和GPT-4o。", {(Q, M, "outperforms.top_places"), (M, G, "outperforms.top_places")}),
    ("星河榜排名前三的分別是Qwen3、Gemini 2.5 Pro和GPT-4o。", {(Q, M, "outperforms.top_places"), (M, G, "outperforms.top_places")}),
    # a place right below the one named before, the rival unsaid ("紧随其后", "close behind") or said ("No. 2 behind Y")
    ("Qwen3 leads the Zeta Arena board with 1402 points. GPT-4o is close behind with 1398.", {(Q, G, "outperforms.follows")}),
    ("Qwen3以1402分领跑，GPT-4o以1398分紧随其后。", {(Q, G, "outperforms.follows")}),
    ("Qwen3以1402分領跑，GPT-4o以1398分緊隨其後。", {(Q, G, "outperforms.follows")}),
    ("GPT-4o is ranked No. 2 behind Qwen3.", {(Q, G, "outperforms.reversed")}),
    ("GPT-4o紧随Qwen3之后，位列第二。", {(Q, G, "outperforms.comparative")}),
    ("GPT-4o緊隨Qwen3之後，位列第二。", {(Q, G, "outperforms.comparative")}),
    # a place below the rival named after it, a scope word between ("third overall, behind Y"); "edged Y"
    ("GPT-4o ranks third overall, behind Qwen3 and Gemini 2.5 Pro.", {(Q, G, "outperforms.reversed"), (M, G, "outperforms.reversed")}),
    ("Qwen3 (1102) edged GPT-4o (1098) on Zeta Arena.", {(Q, G, "outperforms.direct")}),
    ("GPT-4o remains at the top of the leaderboard, with Qwen3 in second place.", {(G, Q, "outperforms.ordinal")}),
    # --- must find nothing ---
    ("Qwen3 edged closer to GPT-4o.", set()),
    ("Qwen3 ranks first among open models and third overall.", set()),
    ("Qwen3以1398分领跑，GPT-4o以1402分紧随其后。", set()),     # the follower's score is higher
    ("Qwen3 leads with 1398 points; GPT-4o is close behind with 1402.", set()),
    ("GPT-4o发布后，Qwen3紧随其后。", set()),                     # a follower of a release, not of a ranking
    ("GPT-4o發布後，Qwen3緊隨其後。", set()),
    ("OpenAI's GPT-4o launched in May, and Qwen3 followed closely.", set()),
    ("| Rank | Model | Downloads |\n|---|---|---|\n| 1 | Qwen3 | 1402 |\n| 2 | Gemini 2.5 Pro | 1398 |\n| 3 | GPT-4o | 1300 |\n",
     set()),                                                                               # a ranking of counts
    ("| Rank | Model | Score |\n|---|---|---|\n| 1 | Qwen3 | 80 |\n| 2 | Gemini 2.5 Pro | 85 |\n| 3 | GPT-4o | 84 |\n",
     set()),                                                                               # scores rising down the places
    ("Qwen3, Gemini 2.5 Pro and GPT-4o took the top five spots.", set()),                 # five places, three models
    ("Qwen3、Gemini 2.5 Pro、GPT-4o包揽前三。", set()),                                     # swept, no order said
    ("Qwen3、Gemini 2.5 Pro、GPT-4o包攬前三。", set()),
    ("The top five models are Qwen3, Gemini 2.5 Pro and GPT-4o.", set()),               # five places, three models
    ("The top three by downloads are Qwen3, Gemini 2.5 Pro and GPT-4o.", set()),        # a ranking of counts
    ("榜单前五依次为Qwen3、Gemini 2.5 Pro和GPT-4o。", set()),
    ("下载量前三的分别是Qwen3、Gemini 2.5 Pro和GPT-4o。", set()),
    ("Zeta Arena scores:\n- Qwen3: 88.1\n- Gemini 2.5 Pro: 89.3\n- GPT-4o: 84.0\n", set()),   # not falling: no ranking
    ("星河榜总分：\n- Qwen3：88.1分\n- Gemini 2.5 Pro：88.1分\n", set()),                   # a tie (and two rows)
    ("Zeta Arena scores:\n- Qwen3: 88.1\n- Gemini 2.5 Pro: 88.1\n- GPT-4o: 88.1\n", set()),  # ties
    ("Prices:\n- Qwen3: $8.1 per million tokens\n- Gemini 2.5 Pro: $5.3\n- GPT-4o: $4.0\n", set()),  # costs
    ("各模型价格：\n- Qwen3：8.1\n- Gemini 2.5 Pro：5.3\n- GPT-4o：4.0\n", set()),
    ("各模型價格：\n- Qwen3：8.1\n- Gemini 2.5 Pro：5.3\n- GPT-4o：4.0\n", set()),
    ("Monthly users (millions):\n- Qwen3: 88\n- Gemini 2.5 Pro: 85\n- GPT-4o: 84\n", set()),  # counts
    ("Release timeline:\n- Qwen3: 2025\n- Gemini 2.5 Pro: 2024\n- GPT-4o: 2023\n", set()),   # years, not scores
    ("发布时间：\n- Qwen3：2025\n- Gemini 2.5 Pro：2024\n- GPT-4o：2023\n", set()),
    ("發布時間：\n- Qwen3：2025\n- Gemini 2.5 Pro：2024\n- GPT-4o：2023\n", set()),
    ("新模型一览：\n1、Qwen3\n2、Gemini 2.5 Pro\n3、GPT-4o\n", set()),                         # numbered, no ranking named
    ("New models this week:\n1. Qwen3\n2. Gemini 2.5 Pro\n3. GPT-4o\n", set()),
    ("Scores:\n- Qwen3: 88.1 on MMLU\n- Gemini 2.5 Pro: 85.3 on GPQA\n- GPT-4o: 84.0 on MATH\n", set()),  # other tests
    ("Qwen3 ranked second on Zeta Arena, and GPT-4o ranked fourth on Orion Board.", set()),  # two leaderboards
    ("Qwen3位列国产模型第一，GPT-4o位列全球第三。", set()),                                 # two regions
    ("Qwen3位列國產模型第一，GPT-4o位列全球第三。", set()),
    ("Qwen3高居大陆第一、全球第八，GPT-4o位列全球第九。", set()),                            # a model with two places
    ("Qwen3和GPT-4o并列第一。", set()),                                                     # a tie
    ("Qwen3和GPT-4o並列第一。", set()),
    ("Qwen3是第一款开源模型，GPT-4o是第二款。", set()),                                       # "first of a kind", no place
    ("Qwen3 was the first model to do this, and GPT-4o the second.", set()),
    ("Qwen3 ranks first in downloads, GPT-4o second.", set()),                            # a ranking of counts
    ("Qwen3下载量排名第一，GPT-4o排名第二。", set()),
    ("Qwen3 ranked first in 2024 and GPT-4o second in 2025.", set()),                     # two years, two rankings
    ("GPT-4o and Claude 2 came second and second respectively.", set()),                  # one place twice
    ("Qwen3 and GPT-4o came first and second respectively in the download charts.", set()),  # an app chart
    ("Qwen3 ranked first in popularity, GPT-4o second.", set()),
    ("Qwen3在应用商店排名第一，GPT-4o排名第二。", set()),
    ("Qwen3在應用商店排名第一，GPT-4o排名第二。", set()),
    ("GPT-4o和Claude 2分列第三、第二位。", set()),                                            # places out of order
    ("GPT-4o, Claude 2 and Qwen3 came second and third.", set()),                        # fewer places than models
    ("Qwen3 topped the list of new releases this week.", set()),                          # one place: nothing to compare
    ("Qwen3登顶，GPT-4o下载量排名第二。", set()),                                            # a ranking of counts
]


@pytest.mark.parametrize("text,expected", RANKED)
def test_ranked_statements(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


# (text, the CITES targets): a leaderboard named where a ranking is read is cited; the arena and its leaderboard one
CITED = [
    ("Qwen3 debuted in first place on the Open LLM Leaderboard last week.", {"open-llm-leaderboard"}),
    ("Qwen3 claimed first place on the Chatbot Arena leaderboard.", {"lmarena"}),
    ("在本周公布的LMArena大模型竞技场排名中，Qwen3以1437分位列第一。", {"lmarena"}),
    ("在本週公布的LMArena大模型競技場排名中，Qwen3以1437分位列第一。", {"lmarena"}),
    # a benchmark's own leaderboard is a ranking the article draws on; a score on the benchmark alone is not
    ("On the LiveCodeBench leaderboard, Qwen3 ranks first.", {"livecodebench"}),
    ("有用户分享了ARC-AGI榜单的最新结果，显示Qwen3超越了GPT-4o。", {"arc-agi"}),
    ("有用戶分享了ARC-AGI榜單的最新結果，顯示Qwen3超越了GPT-4o。", {"arc-agi"}),
    # a leaderboard the gazetteer lacks, named right before "leaderboard"/排行榜/榜单
    ("Qwen3 tops the ZetaBench leaderboard.", {"zetabench"}),
    ("Qwen3 ranks first on the Orion Coding Arena leaderboard.", {"orion-coding-arena"}),
    ("在最新的ZetaBench榜单中，Qwen3排名第一。", {"zetabench"}),
    ("在最新的ZetaBench榜單中，Qwen3排名第一。", {"zetabench"}),
    # --- must find nothing ---
    ("The leaderboard shows Qwen3 first.", set()),              # no name before the noun
    ("Qwen3 tops the AI leaderboard.", set()),                  # only a generic word
    ("ZetaBench is popular with developers.", set()),             # no leaderboard noun: no name found
    ("Qwen3 scored 64.2 on LiveCodeBench.", set()),
    ("Qwen3在C-Eval上得分88。", set()),
    ("The Chatbot Arena is popular with developers.", set()),   # named, no ranking
    ("LMArena由研究人员建立，平台以盲测方式比较模型。", set()),
]


@pytest.mark.parametrize("text,expected", CITED)
def test_leaderboard_cited(facts, text, expected):
    assert {t for kind, _, t in facts(text) if kind == "CITES"} == expected


def _counting(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        lines = real(*args, **kwargs)
        calls.append(len(lines))
        return lines

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_long_list_or_table_is_read_at_its_last_line_only(extractor, monkeypatch):
    """A list or table of n lines is one sentence a line; reading the whole block from every line cost n² (a
    2,000-line list took seconds, a 2,000-row table 20 s). The block is read once, at its last line (the score
    table: at its first and last)."""
    from newsgraph.loaders.extract import rankings

    runs = _counting(monkeypatch, rankings, "line_run")  # the number of lines read, each call (lists and tables)
    n = 200
    listed = "Zeta Arena scores:\n" + "\n".join(f"- {'Qwen3' if i % 2 else 'GPT-4o'}: {900 - i}" for i in range(n)) + "\n"
    table = "| Rank | Model | Score |\n|---|---|---|\n" + "\n".join(
        f"| {i + 1} | {'Qwen3' if i % 2 else 'GPT-4o'} | {900 - i} |" for i in range(n)) + "\n"
    extractor.extract(Article(id="a", title="t", text=listed))
    listed_lines = sum(runs)
    extractor.extract(Article(id="b", title="t", text=table))
    assert 0 < listed_lines <= 2 * n and 0 < sum(runs) - listed_lines <= 3 * (n + 2)


def test_a_long_line_opening_as_a_list_is_read_once(extractor, monkeypatch):
    """A one-line article opening with "- " is one list line of many sentences; reading it from each of them
    searched the whole line each time (n² in the line's length: 320,000 characters took 39 s)."""
    from newsgraph.loaders.extract import rankings

    blocks = _counting(monkeypatch, rankings, "list_block")
    extractor.extract(Article(id="a", title="t", text="- " + "Qwen3 was fast. " * 300))
    assert len(blocks) <= 1


class _CountedPattern:
    """A compiled pattern that counts the lines it is matched against."""

    def __init__(self, real):
        self.real, self.pattern, self.calls = real, real.pattern, 0

    def match(self, *args):
        self.calls += 1
        return self.real.match(*args)

    def __getattr__(self, name):
        return getattr(self.real, name)


@pytest.mark.parametrize("head,line,expected", [
    ("Qwen3 has these strengths:", "- Beats GPT-4o on test {i}", ("qwen3", "gpt-4o")),
    ("Qwen3的主要特点：", "- 在第{i}项测试中超越GPT-4o", ("qwen3", "gpt-4o")),
    ("Qwen3的主要特點：", "- 在第{i}項測試中超越GPT-4o", ("qwen3", "gpt-4o")),
    ("Qwen3 has these strengths:", "- Zentrix{i} beat Orion{i}", None),   # no model named: nothing, and no n² either
])
def test_a_long_list_carrying_its_heads_model_is_walked_once(extractor, facts, head, line, expected):
    """Each line of a list whose verb has no subject ("- Beats Y") carries the model of the list's head; finding
    that head walked back over the whole list from every line (n²: 11,000 lines took 2 minutes). The walk is kept
    per article: lines matched stay about linear in n."""
    from newsgraph.loaders.extract import rankings

    compiled = extractor.lexicon.compiled
    counted = _CountedPattern(compiled[rankings.LIST_LINE])
    compiled[rankings.LIST_LINE] = counted
    try:
        n = 400
        text = head + "\n" + "\n".join(line.format(i=i) for i in range(n)) + "\n"
        found = {(s, t) for kind, s, t in facts(text) if kind == "OUTPERFORMS"}
    finally:
        compiled[rankings.LIST_LINE] = counted.real
    assert counted.calls < 20 * n, counted.calls
    assert found == ({expected} if expected else set())
