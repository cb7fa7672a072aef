import pytest


def outperforms(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "OUTPERFORMS"}


@pytest.mark.parametrize("text, expected", [
    ("測試顯示,Qwen3擊敗了gpt-oss。", ("qwen3", "gpt-oss")),
    ("测试显示，Qwen3击败了gpt-oss。", ("qwen3", "gpt-oss")),
    ("In the test, Qwen3 outperforms gpt-oss on math.", ("qwen3", "gpt-oss")),
    ("Claude beat GPT-4o in coding.", ("claude", "gpt-4o")),
    ("gpt-oss 在多項測試中不如 Qwen3。", ("qwen3", "gpt-oss")),
    ("gpt-oss在编码上落后于Qwen3。", ("qwen3", "gpt-oss")),
    ("gpt-oss trails Qwen3 on reasoning.", ("qwen3", "gpt-oss")),
    ("Llama 4 lags behind DeepSeek V3 on benchmarks.", ("deepseek-v3", "llama-4")),
    ("gpt-oss被Qwen3超越。", ("qwen3", "gpt-oss")),
    ("GPT-4o was outperformed by Claude on the benchmark.", ("claude", "gpt-4o")),
    ("gpt-oss 比 DeepSeek R1 性價比更高。", ("gpt-oss", "deepseek-r1")),
    ("Qwen3 is cheaper than GPT-4o for most tasks.", ("qwen3", "gpt-4o")),
    ("GLM-4.5在排行榜上僅次於OpenAI的o3。", ("o3", "glm-4-5")),
    ("Gemini 2.5 Pro tops the leaderboard, ahead of GPT-4.5.", ("gemini-2-5-pro", "gpt-4-5")),
    ("在編程測試中，Kimi K2力壓GPT-4.1。", ("kimi-k2", "gpt-4-1")),
    ("In coding, Llama 4 lost to DeepSeek V3.", ("deepseek-v3", "llama-4")),
])
def test_outperforms_direction(facts, text, expected):
    assert outperforms(facts, text) == {expected}


@pytest.mark.parametrize("text", [
    "Qwen3的表現與gpt-oss比肩。",
    "Qwen3的性能可以媲美gpt-oss。",
    "Qwen3緊逼gpt-oss。",
    "Qwen3和gpt-oss不相上下。",
    "Qwen3 is on par with gpt-oss.",
    "Qwen3 rivals gpt-oss in coding.",
    "Qwen3 is comparable to gpt-oss.",
    "Qwen3 comes close to gpt-oss.",
    "Qwen3並未超越gpt-oss。",
    "Qwen3 did not beat gpt-oss.",
])
def test_outperforms_not_a_win(facts, text):
    assert outperforms(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("文心4.5在中文理解上優於GPT-4o，但在代碼能力上仍落後於Claude。", {("ernie-4-5", "gpt-4o"), ("claude", "ernie-4-5")}),
    ("Google unveiled Gemini 2.5 Pro, which it said tops OpenAI's o3.", {("gemini-2-5-pro", "o3")}),
    ("GPT-4o is fast, Claude is careful, and Qwen3 beat Llama 4.", {("qwen3", "llama-4")}),
])
def test_outperforms_across_clauses_only_with_a_reference_back(facts, text, expected):
    assert outperforms(facts, text) == expected


def test_outperforms_keeps_the_aspect(extractor):
    from newsgraph.schema import Article

    art = Article(id="a", title="t", text="gpt-oss 比 DeepSeek R1 性价比更高。")
    edge = next(e for e in extractor.extract(art).edges if e.type.value == "OUTPERFORMS")
    assert edge.evidence[0].aspect == "cost-performance"


def test_outperforms_an_aspect_is_a_whole_word(extractor):
    from newsgraph.schema import Article

    art = Article(id="a", title="t", text="The latest Qwen3 beats gpt-oss.")
    edge = next(e for e in extractor.extract(art).edges if e.type.value == "OUTPERFORMS")
    assert edge.evidence[0].aspect is None


@pytest.mark.parametrize("text, expected", [
    # a clause opening with a frame (where, on what) carries the subject of the clause before
    ("Qwen3擁有龐大參數，在多項基準測試中超越Llama 4。", {("qwen3", "llama-4")}),
    ("Qwen3拥有庞大参数，在多项基准测试中超越Llama 4。", {("qwen3", "llama-4")}),
    ("Qwen3在數學上表現突出，編程能力上則略遜於Claude。", {("claude", "qwen3")}),
    ("Qwen3在数学方面表现突出，编程能力上则略逊于Claude。", {("claude", "qwen3")}),
    ("Qwen3 has a large context window, and in coding tests it beats Llama 4.", {("qwen3", "llama-4")}),
    # the clause before names no model as its subject: nothing
    ("OpenAI發布了新版本，在多項測試中超越Llama 4。", set()),
    ("OpenAI发布了新版本，在多项测试中超越Llama 4。", set()),
    ("OpenAI released an update; in coding tests it beats Llama 4.", set()),
])
def test_outperforms_subject_over_a_frame(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list runs past a score in brackets, a series word and a maker written before the name
    ("在排行榜上，Qwen3領先於谷歌 Gemini 2.5 Pro(55分)、OpenAI o3(58分)和Claude(49分)。",
     {("qwen3", "o3"), ("qwen3", "gemini-2-5-pro"), ("qwen3", "claude")}),
    ("在排行榜上，Qwen3领先于谷歌 Gemini 2.5 Pro（55分）、OpenAI o3（58分）和Claude（49分）。",
     {("qwen3", "o3"), ("qwen3", "gemini-2-5-pro"), ("qwen3", "claude")}),
    ("Qwen3的排名落後於GPT-4o、Claude系列，以及Google的Gemini 2.5 Pro系列。",
     {("gpt-4o", "qwen3"), ("claude", "qwen3"), ("gemini-2-5-pro", "qwen3")}),
    # (the rivals' scores, highest first, also rank them: outperforms.ordered_rivals)
    ("Qwen3 beats GPT-4o (72%) and Google Gemini 2.5 Pro (65%).", {("qwen3", "gpt-4o"), ("qwen3", "gemini-2-5-pro"),
                                                                   ("gpt-4o", "gemini-2-5-pro")}),
    # what follows the list in its own clause is no part of it
    ("Qwen3 beats GPT-4o (72%), and Claude also trailed Llama 4.", {("qwen3", "gpt-4o"), ("llama-4", "claude")}),
    ("Qwen3超越了GPT-4o（72%），Claude則與Llama 4相當。", {("qwen3", "gpt-4o")}),
])
def test_outperforms_lists(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gain over a rival is a win of the model the clause is about
    ("Qwen3 reaches 60% on a coding set, improving by 12 points over GPT-4o and 20 points over Llama 4.",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-4")}),
    ("Qwen3 reaches 40% in reasoning, a 7% gain over GPT-4o.", {("qwen3", "gpt-4o")}),
    ("Qwen3 holds a clear lead over Claude in math.", {("qwen3", "claude")}),
    ("在編程測試中，Qwen3的得分比GPT-4o高出12%。", {("qwen3", "gpt-4o")}),
    ("在编程测试中，Qwen3的得分比GPT-4o高出12%。", {("qwen3", "gpt-4o")}),
    # a rise in price or cost is no gain; an amount without a gain before it says nothing
    ("Qwen3 has a 20% price increase over GPT-4o.", set()),
    ("Qwen3 costs 20% over GPT-4o.", set()),
    ("Qwen3 did not show an improvement over GPT-4o.", set()),
])
def test_outperforms_gain_over(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a point of comparison (on par) before the cue is never the winner
    ("Qwen3與GPT-4o持平、優於Llama 4。", {("qwen3", "llama-4")}),
    ("Qwen3与GPT-4o持平、优于Llama 4。", {("qwen3", "llama-4")}),
    ("Qwen3 matches GPT-4o and beats Llama 4.", {("qwen3", "llama-4")}),
    ("Qwen3 is on par with GPT-4o but beats Llama 4.", {("qwen3", "llama-4")}),
    # a clause opening with such an aside carries the subject of the clause before
    ("Qwen3發布新版，數學能力與GPT-4o持平、優於Llama 4，代碼能力與Claude相當，優於GPT-4.1。",
     {("qwen3", "llama-4"), ("qwen3", "gpt-4-1")}),
    ("Qwen3发布新版，数学能力与GPT-4o持平、优于Llama 4，代码能力与Claude相当，优于GPT-4.1。",
     {("qwen3", "llama-4"), ("qwen3", "gpt-4-1")}),
    # parity alone, or parity after the win, adds nothing
    ("Qwen3與GPT-4o持平。", set()),
    ("Qwen3 beats GPT-4o and matches Claude.", {("qwen3", "gpt-4o")}),
    ("OpenAI表示，數學能力與GPT-4o持平、優於Llama 4。", set()),
])
def test_outperforms_aside_is_no_subject(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind noun and an exemplifier lead to the list, past the clause
    ("Qwen3 lags larger, costlier systems such as GPT-4.5 and Gemini 2.5 Pro.",
     {("gpt-4-5", "qwen3"), ("gemini-2-5-pro", "qwen3")}),
    ("Qwen3在多項測試中超越了多款模型，例如GPT-4o和Claude。", {("qwen3", "gpt-4o"), ("qwen3", "claude")}),
    ("Qwen3在多项测试中超越了多款模型，例如GPT-4o和Claude。", {("qwen3", "gpt-4o"), ("qwen3", "claude")}),
    # a turn of the sentence before the example ends the object
    ("Qwen3 beats its rivals in math, while models like GPT-4o lag.", set()),
    ("Qwen3在多項測試中超越了多款模型，但競爭對手如GPT-4o仍然領先。", set()),
    ("Qwen3在多项测试中超越了多款模型，但竞争对手如GPT-4o仍然领先。", set()),
])
def test_outperforms_exemplified_objects(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name right after 据 / according to is the source, never the subject carried to a later clause
    ("據Qwen3官方發布的測試結果，新版在推理模式下，大幅超越了GPT-4o。", set()),
    ("据Qwen3官方发布的测试结果，新版在推理模式下，大幅超越了GPT-4o。", set()),
    ("According to Qwen3's own results, the new version, in reasoning mode, beats GPT-4o.", set()),
    ("據測試結果，Qwen3在推理模式下，大幅超越了GPT-4o。", {("qwen3", "gpt-4o")}),
    ("据测试结果，Qwen3在推理模式下，大幅超越了GPT-4o。", {("qwen3", "gpt-4o")}),
])
def test_outperforms_source_is_no_subject(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # every listed subject takes part ("A and B beat C")
    ("Qwen3和GPT-4o都優於Llama 4。", {("qwen3", "llama-4"), ("gpt-4o", "llama-4")}),
    ("Qwen3和GPT-4o都优于Llama 4。", {("qwen3", "llama-4"), ("gpt-4o", "llama-4")}),
    ("Qwen3 and GPT-4o both beat Llama 4.", {("qwen3", "llama-4"), ("gpt-4o", "llama-4")}),
    ("Qwen3、Claude和GPT-4o均落後於Llama 4。", {("llama-4", "qwen3"), ("llama-4", "claude"), ("llama-4", "gpt-4o")}),
    ("Qwen3 and GPT-4o were beaten by Llama 4.", {("llama-4", "qwen3"), ("llama-4", "gpt-4o")}),
    ("Qwen3和GPT-4o被Llama 4超越。", {("llama-4", "qwen3"), ("llama-4", "gpt-4o")}),
    # a comma alone is no list; a point of comparison is no subject
    ("Qwen3, Claude beat Llama 4.", {("claude", "llama-4")}),
    ("Qwen3與GPT-4o持平、優於Llama 4。", {("qwen3", "llama-4")}),
])
def test_outperforms_listed_subjects(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "击败Y的Z" is "the Z that beat Y": Z wins when named there, else no one is said to
    ("排行榜易主，而擊敗GPT-4o的新模型出自一家初創公司。", set()),
    ("排行榜易主，而击败GPT-4o的新模型出自一家初创公司。", set()),
    ("而擊敗GPT-4o的Qwen3來自阿里巴巴。", {("qwen3", "gpt-4o")}),
    ("而击败GPT-4o的Qwen3来自阿里巴巴。", {("qwen3", "gpt-4o")}),
    # 的 before a property ("the level of Y") is no relative clause
    ("Qwen3大幅超越了GPT-4o和Claude的水平。", {("qwen3", "gpt-4o"), ("qwen3", "claude")}),
    ("Qwen3 beat GPT-4o's score.", {("qwen3", "gpt-4o")}),
])
def test_outperforms_relative_clause(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 较/相比 with a rise, and a property of the carried-over subject
    ("Qwen3較上一代GPT-4o提升19%。", {("qwen3", "gpt-4o")}),
    ("Qwen3较上一代GPT-4o提升19%。", {("qwen3", "gpt-4o")}),
    ("Qwen3的得分相比GPT-4o提高了5分。", {("qwen3", "gpt-4o")}),
    ("Qwen3 scores higher than GPT-4o.", {("qwen3", "gpt-4o")}),
    ("Qwen3表現穩定，寫作能力勝過GPT-4o。", {("qwen3", "gpt-4o")}),
    ("Qwen3表现稳定，写作能力胜过GPT-4o。", {("qwen3", "gpt-4o")}),
    ("Qwen3體積不大，甚至在三項評測中勝過Llama 4。", {("qwen3", "llama-4")}),
    # more of a cost is no win; 较 before an adjective is "rather"
    ("Qwen3的價格比GPT-4o更高。", set()),
    ("Qwen3的价格比GPT-4o更高。", set()),
    ("Qwen3 has a higher price than GPT-4o.", set()),
    ("Qwen3的性能較好，GPT-4o較差。", set()),
    ("Qwen3相比GPT-4o，成本提高了一倍。", set()),
])
def test_outperforms_comparative_more(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence opening with "it" / 它 / 该模型 is about the one model of the sentence before
    ("Alibaba calls Qwen3 its strongest release. It posts 64 points on the math set, ahead of OpenAI's GPT-4.1.",
     {("qwen3", "gpt-4-1")}),
    ("Alibaba calls Qwen3 its ‘strongest release’. It posts 64 points, ahead of GPT-4.1.", {("qwen3", "gpt-4-1")}),
    ("阿里巴巴發布了Qwen3。它在多項測試中超越了GPT-4o。", {("qwen3", "gpt-4o")}),
    ("阿里巴巴发布了Qwen3。该模型在多项测试中超越了GPT-4o。", {("qwen3", "gpt-4o")}),
    # "these models" / 这两款模型 / they: every model of the sentence before
    ("We launch two models: Qwen3 and Qwen3 mini. These models outperform GPT-4o.",
     {("qwen3", "gpt-4o"), ("qwen3-mini", "gpt-4o")}),
    ("阿里巴巴發布了Qwen3和Qwen3 mini。這兩款模型在多項測試中超越了GPT-4o。",
     {("qwen3", "gpt-4o"), ("qwen3-mini", "gpt-4o")}),
    ("阿里巴巴发布了Qwen3和Qwen3 mini。它们在多项测试中超越了GPT-4o。",
     {("qwen3", "gpt-4o"), ("qwen3-mini", "gpt-4o")}),
    # ambiguous or no model before: nothing
    ("GPT-4o and Claude were tested. It beats Llama 4.", set()),
    ("OpenAI is growing. It beats Llama 4.", set()),
    ("阿里巴巴發布了GPT-4o和Claude的評測。它超越了Llama 4。", set()),
    ("OpenAI發布了新產品。這些模型超越了Llama 4。", set()),
])
def test_outperforms_subject_of_the_sentence_before(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X比Y略输一点": Y wins
    ("Qwen3的數學成績，只比GPT-4o略輸一點。", {("gpt-4o", "qwen3")}),
    ("Qwen3的数学成绩，只比GPT-4o略输一点。", {("gpt-4o", "qwen3")}),
    ("Qwen3比GPT-4o遜色不少，但比Claude更強。", {("gpt-4o", "qwen3"), ("qwen3", "claude")}),
    ("Qwen3 is weaker than GPT-4o.", {("gpt-4o", "qwen3")}),
    ("Qwen3並不比GPT-4o遜色。", set()),
])
def test_outperforms_comparative_worse(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the former" / 前者 is the first of exactly two models before it, "the latter" / 后者 the second
    ("In a side-by-side review of Qwen3 and OpenAI's o1, the former edged out the OpenAI model in algebra.",
     {("qwen3", "o1")}),
    ("記者比較了Qwen3與GPT-4o，發現前者在數學上超越了OpenAI的模型。", {("qwen3", "gpt-4o")}),
    ("记者比较了Qwen3与GPT-4o，发现后者在数学上超越了Qwen3。", {("gpt-4o", "qwen3")}),
    ("記者比較了Qwen3與GPT-4o，發現後者在數學上超越了Qwen3。", {("gpt-4o", "qwen3")}),
    # three names before "the former", or a maker with no model of its own named: nothing
    ("Qwen3, GPT-4o and Claude were compared, and the former beat Llama 4.", set()),
    ("Qwen3 beats the OpenAI model.", set()),
])
def test_outperforms_former_latter_and_maker_descriptions(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a score after 的 is no relative clause ("高于Y的38%")
    ("Qwen3的得分為71%，高於Llama 4的52%。", {("qwen3", "llama-4")}),
    ("Qwen3的得分为71%，高于Llama 4的52%。", {("qwen3", "llama-4")}),
    ("Qwen3 scores 65%, ahead of Llama 4's 38%.", {("qwen3", "llama-4")}),
    # "跑赢后者": the latter of the two models before; a subject after a kind noun (另一款小模型X)
    ("小模型Qwen3 mini的體積只有Llama 4的一成，成績卻跑贏後者。", {("qwen3-mini", "llama-4")}),
    ("小模型Qwen3 mini的体积只有Llama 4的一成，成绩却跑赢后者。", {("qwen3-mini", "llama-4")}),
    ("小模型Qwen3 mini的体积只有Llama 4的一成，成绩却跑赢前者。", set()),
])
def test_outperforms_scores_and_the_latter(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a model pronoun stands for the first model when it is the subject of its clause
    ("OpenAI released GPT-5, claiming it surpassed Claude.", set()),
    ("OpenAI發布了GPT-5，並稱它超越了Claude。", set()),
    ("OpenAI发布了GPT-5，并称它超越了Claude。", set()),
    ("記者形容，Qwen3是最聰明的模型，並稱其能力比Llama 4高出很多。", {("qwen3", "llama-4")}),
    ("记者形容，Qwen3是最聪明的模型，并称其能力比Llama 4高出很多。", {("qwen3", "llama-4")}),
    # "they" / 它们: every model listed as the subject; "it" after a list is ambiguous
    ("GPT-4.1 and GPT-4.1 mini are out, and they outperform GPT-4o.", {("gpt-4-1", "gpt-4o"), ("gpt-4-1-mini", "gpt-4o")}),
    ("GPT-4.1和GPT-4.1 mini已經上線，它們均超越了GPT-4o。", {("gpt-4-1", "gpt-4o"), ("gpt-4-1-mini", "gpt-4o")}),
    ("GPT-4.1和GPT-4.1 mini已经上线，它超越了GPT-4o。", set()),
    ("Qwen3 is out, and they beat GPT-4o.", set()),
    # a leap over an exemplified list; adverbs such as 甚至 before a carried-over predicate
    ("Qwen3 is a major leap over other leading models, including GPT-4o, Claude and Llama 4.",
     {("qwen3", "gpt-4o"), ("qwen3", "claude"), ("qwen3", "llama-4")}),
    ("Qwen3已經發布，表現甚至超過GPT-4o。", {("qwen3", "gpt-4o")}),
    ("Qwen3已经发布，表现甚至超过GPT-4o。", {("qwen3", "gpt-4o")}),
])
def test_outperforms_pronouns_in_the_sentence(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comparison frame, then how the other model fares
    ("與GPT-4o相比，Qwen3在編程上表現更好。", {("qwen3", "gpt-4o")}),
    ("与GPT-4o相比，Qwen3在编程上表现更好。", {("qwen3", "gpt-4o")}),
    ("Compared with GPT-4o, Qwen3 is faster and cheaper.", {("qwen3", "gpt-4o")}),
    ("和Claude相比，Qwen3在長文本任務上仍有差距。", {("claude", "qwen3")}),
    ("Compared with GPT-4o, Qwen3 still lags in coding.", {("gpt-4o", "qwen3")}),
    ("与GPT-4o相比，Qwen3和Claude都更强。", {("qwen3", "gpt-4o"), ("claude", "gpt-4o")}),
    # a cost, a negation, a hedge, a speaker in between: nothing
    ("与GPT-4o相比，Qwen3的价格更高。", set()),
    ("與GPT-4o相比，Qwen3並不更強。", set()),
    ("与GPT-4o相比，Qwen3可能更强。", set()),
    ("Compared with GPT-4o, OpenAI says Qwen3 is faster.", set()),
])
def test_outperforms_compared_frame(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence with no subject (更是…) continues the one model that was the subject before
    ("Qwen3的成績已是同級最佳。更是在數學評測中勝過Llama 4。", {("qwen3", "llama-4")}),
    ("Qwen3的成绩已是同级最佳。更是在数学评测中胜过Llama 4。", {("qwen3", "llama-4")}),
    # the model was an object, or there were two: nothing
    ("阿里巴巴發布了Qwen3。更是在多項測試中擊敗了Llama 4。", set()),
    ("Qwen3和GPT-4o已经达到了SOTA水准。更是在多项测试中击败了Llama 4。", set()),
])
def test_outperforms_subjectless_sentence(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracketed second name only glosses the first, which stays the subject
    ("Qwen3（又稱Qwen Flash）落後於GPT-4o，但擊敗了Llama 4。", {("gpt-4o", "qwen3"), ("qwen3", "llama-4")}),
    ("Qwen3（又称Qwen Flash）落后于GPT-4o，但击败了Llama 4。", {("gpt-4o", "qwen3"), ("qwen3", "llama-4")}),
    ("Qwen3 (aka Qwen Flash) trails GPT-4o.", {("gpt-4o", "qwen3")}),
    # brackets elsewhere change nothing
    ("Qwen3 beats Claude (65%) and GPT-4o trails Llama 4.", {("qwen3", "claude"), ("llama-4", "gpt-4o")}),
    ("Qwen3超越了Claude（65%），GPT-4o則落後於Llama 4。", {("qwen3", "claude"), ("llama-4", "gpt-4o")}),
    ("Qwen3超越了Claude（65%），GPT-4o则落后于Llama 4。", {("qwen3", "claude"), ("llama-4", "gpt-4o")}),
    # a word ending like a verb after the last name ("across") does not end the list
    ("Qwen3 beats GPT-4o and GPT-4o mini across most tasks.", {("qwen3", "gpt-4o"), ("qwen3", "gpt-4o-mini")}),
])
def test_outperforms_bracketed_gloss(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # scores: the rivals' lower scores, said with "only" / 仅, lose to the model scored before
    ("On the arena, Qwen3 scored 1402; GPT-4o and Claude only 1377 and 1353.", {("qwen3", "gpt-4o"), ("qwen3", "claude")}),
    ("Qwen3在測試中得分80，而GPT-4o僅為75。", {("qwen3", "gpt-4o")}),
    ("Qwen3在测试中得分80，而GPT-4o仅为75。", {("qwen3", "gpt-4o")}),
    # a higher "only", no "only", two scored models, or a price: nothing
    ("Qwen3在測試中得分80，而GPT-4o僅為85。", set()),
    ("Qwen3 scored 80, and GPT-4o scored 75.", set()),
    ("Qwen3 and Claude scored 80; GPT-4o only 75.", set()),
    ("Qwen3的價格為80元，而GPT-4o僅為75元。", set()),
])
def test_outperforms_scores(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short descriptor before a listed name (国内, open-source) does not end the list
    ("這次Qwen3勝過Claude（49分）、OpenAI o3（58分）和國內DeepSeek R1（61分）。", {("qwen3", "o3"), ("qwen3", "claude"), ("qwen3", "deepseek-r1")}),
    ("这次Qwen3胜过Claude（49分）、OpenAI o3（58分）和国内DeepSeek R1（61分）。", {("qwen3", "o3"), ("qwen3", "claude"), ("qwen3", "deepseek-r1")}),
    ("Qwen3 beats GPT-4o and the open-source Llama 4.", {("qwen3", "gpt-4o"), ("qwen3", "llama-4")}),
])
def test_outperforms_list_descriptors(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, surface", [
    # a spaced month-day snapshot after a model's name is part of its name (the same model)
    ("Grok 4在評測中勝過DeepSeek R1 0528（61分）。", "DeepSeek R1 0528"),
    ("Grok 4在评测中胜过DeepSeek R1 0528，位居榜首。", "DeepSeek R1 0528"),
    ("Grok 4 beats DeepSeek R1 0528, the update.", "DeepSeek R1 0528"),
    # a year or a count is not
    ("Qwen3 2025。", "Qwen3"),
    ("GPT-4o 1024 tokens.", "GPT-4o"),
])
def test_spaced_snapshot_suffix(extractor, text, surface):
    from newsgraph.loaders.extract.normalize import Normalised

    mentions = extractor.mentions(Normalised.of(text))
    assert surface in [m.surface for m in mentions]


@pytest.mark.parametrize("text, expected", [
    # a plural description as the object stands for the models listed as the subject before
    ("Qwen3 and Codestral both beat Llama 4 last year. This spring Claude tops those rivals in coding.",
     {("codestral", "llama-4"), ("qwen3", "llama-4"), ("claude", "codestral"), ("claude", "qwen3")}),
    ("Qwen3和GPT-4o已經很強。如今Claude超越了這兩款模型。", {("claude", "qwen3"), ("claude", "gpt-4o")}),
    ("Qwen3和GPT-4o已经很强。如今Claude超越了这两款模型。", {("claude", "qwen3"), ("claude", "gpt-4o")}),
    # no such list opening the sentence before: nothing
    ("OpenAI beat Llama 4 and Qwen3. This spring Claude tops those rivals in coding.", set()),
    ("Qwen3 is out. Now Claude surpasses these models.", set()),
])
def test_outperforms_plural_object(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speaker and a speech verb before the pronoun leave it to the one model of the sentence before
    ("Qwen3 is the one to watch. Alibaba claims it outperforms GPT-4o on most tests.", {("qwen3", "gpt-4o")}),
    ("Qwen3 is here. Alibaba said that it beats GPT-4o.", {("qwen3", "gpt-4o")}),
    ("阿里巴巴發布了Qwen3。阿里巴巴表示，它在多項測試中超越了GPT-4o。", {("qwen3", "gpt-4o")}),
    ("阿里巴巴发布了Qwen3。阿里巴巴表示，它在多项测试中超越了GPT-4o。", {("qwen3", "gpt-4o")}),
    # two models before, or none: nothing
    ("Qwen3 and Claude stand out. Meta claims it outperforms GPT-4o.", set()),
    ("OpenAI released an update. OpenAI claims it surpassed Claude.", set()),
    ("OpenAI發布了更新。OpenAI聲稱，它超越了Claude。", set()),
])
def test_outperforms_pronoun_after_a_speaker(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lead named first, its rival later in the sentence
    ("Qwen3 holds a slight edge in recall (91%), a figure that matters for search, compared with Claude (88%).",
     {("qwen3", "claude")}),
    ("Qwen3 has an edge in reasoning over GPT-4o.", {("qwen3", "gpt-4o")}),
    ("Qwen3 has a lead in precision compared to GPT-4o and Claude.", {("qwen3", "gpt-4o"), ("qwen3", "claude")}),
    # another model in between, or a cost: nothing
    ("Qwen3 has a lead in precision, while Claude leads against GPT-4o.", set()),
    ("Qwen3 has a cost advantage in China compared to GPT-4o.", set()),
])
def test_outperforms_lead_then_rival(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a question or a condition claims no win
    ("Can Qwen3 beat GPT-4o?", set()),
    ("If Qwen3 beats GPT-4o, prices will fall.", set()),
    ("OpenAI asked whether Qwen3 beats GPT-4o.", set()),
    ("Qwen3能否擊敗GPT-4o？", set()),
    ("如果Qwen3超越GPT-4o，價格將下降。", set()),
    ("如果Qwen3超越GPT-4o，价格将下降。", set()),
    ("Qwen3是否超越了GPT-4o，仍待觀察。", set()),
    ("与GPT-4o相比，Qwen3是否更强？", set()),
    # a condition after the claim leaves it standing
    ("Qwen3 beats GPT-4o, even if it costs more.", {("qwen3", "gpt-4o")}),
    ("Qwen3超越了GPT-4o，即使價格更高。", {("qwen3", "gpt-4o")}),
])
def test_outperforms_questions_and_conditions(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plan, a future, a lost lead: no win claimed
    ("Qwen3 plans to surpass GPT-4o.", set()),
    ("Qwen3 is set to overtake GPT-4o.", set()),
    ("Qwen3 no longer beats GPT-4o.", set()),
    ("Qwen3 lost its lead over GPT-4o.", set()),
    ("Qwen3不再領先GPT-4o。", set()),
    ("Qwen3计划超越GPT-4o。", set()),
    ("Qwen3將超越GPT-4o。", set()),
    # the claims themselves
    ("Qwen3 holds a lead over GPT-4o.", {("qwen3", "gpt-4o")}),
    ("Qwen3 lost to GPT-4o.", {("gpt-4o", "qwen3")}),
    ("Qwen3已經超越了GPT-4o。", {("qwen3", "gpt-4o")}),
])
def test_outperforms_plans_and_lost_leads(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 edges past Llama 4 on coding tests.", {("qwen3", "llama-4")}),
    ("Qwen3 pulled ahead of GPT-4o in March.", {("qwen3", "gpt-4o")}),
    ("Qwen3 did not pull ahead of GPT-4o.", set()),
])
def test_outperforms_phrasal_wins(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 eclipsed GPT-4o on math.", {("qwen3", "gpt-4o")}),
    ("Qwen3 falls short of GPT-4o in coding.", {("gpt-4o", "qwen3")}),
    ("GPT-4o was overtaken by Qwen3.", {("qwen3", "gpt-4o")}),
    ("Qwen3在編程上完爆GPT-4o。", {("qwen3", "gpt-4o")}),
    ("GPT-4o被Qwen3反超。", {("qwen3", "gpt-4o")}),
    ("GPT-4o被Qwen3反超。".replace("反超", "甩开"), {("qwen3", "gpt-4o")}),
    ("Qwen3沒有完爆GPT-4o。", set()),
    ("Qwen3 has not eclipsed GPT-4o.", set()),
])
def test_outperforms_more_cue_words(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural description after one list of models named as objects stands for that list
    ("OpenAI發布了GPT-4.1和GPT-4.1 mini，兩款模型均超越了GPT-4o。", {("gpt-4-1", "gpt-4o"), ("gpt-4-1-mini", "gpt-4o")}),
    ("OpenAI发布了GPT-4.1和GPT-4.1 mini，两款模型均超越了GPT-4o。", {("gpt-4-1", "gpt-4o"), ("gpt-4-1-mini", "gpt-4o")}),
    ("OpenAI released GPT-4.1 and GPT-4.1 mini, and both models beat GPT-4o.", {("gpt-4-1", "gpt-4o"), ("gpt-4-1-mini", "gpt-4o")}),
    # the models are not one list, or the pronoun is singular: nothing
    ("OpenAI released GPT-4.1 and tested Claude, and both models beat GPT-4o.", set()),
    ("OpenAI released GPT-4.1 and GPT-4.1 mini, and it beats GPT-4o.", set()),
])
def test_outperforms_plural_description_after_objects(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # less of a cost is a win
    ("Qwen3聯網之後，出錯的概率比GPT-4o減少三成。", {("qwen3", "gpt-4o")}),
    ("Qwen3联网之后，出错的概率比GPT-4o减少三成。", {("qwen3", "gpt-4o")}),
    ("Qwen3的價格比GPT-4o低得多。", {("qwen3", "gpt-4o")}),
    ("Qwen3's error rate is lower than GPT-4o's.", {("qwen3", "gpt-4o")}),
    # less of a score is a win of the other; a size either way is no win
    ("Qwen3's score is lower than GPT-4o's.", {("gpt-4o", "qwen3")}),
    ("Qwen3的得分比GPT-4o更低。", set()),
    ("Qwen3的參數量比GPT-4o更高。", set()),
    ("Qwen3的参数量比GPT-4o更低。", set()),
    ("Qwen3回答的準確率較GPT-4o降低5%。", set()),
])
def test_outperforms_less_of_a_cost(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # rankings: above / below, 排在Y之前 / 之后
    ("Qwen3在榜單上排在GPT-4o之後。", {("gpt-4o", "qwen3")}),
    ("Qwen3在榜单上排在GPT-4o之后。", {("gpt-4o", "qwen3")}),
    ("Qwen3排名在GPT-4o之前。", {("qwen3", "gpt-4o")}),
    ("Qwen3 ranks above GPT-4o on the leaderboard.", {("qwen3", "gpt-4o")}),
    ("Qwen3 ranked below Claude.", {("claude", "qwen3")}),
    # a rank with no rival, or a rival in another clause: nothing
    ("Qwen3位居榜首。", set()),
    ("Qwen3排在第三位，GPT-4o之後是Claude。", set()),
])
def test_outperforms_rankings(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # two scores set against each other: the higher wins
    ("Qwen3 scored 80 vs GPT-4o's 75.", {("qwen3", "gpt-4o")}),
    ("Qwen3 scored 70 versus GPT-4o's 75.", {("gpt-4o", "qwen3")}),
    ("Qwen3得分80，對比GPT-4o的75。", {("qwen3", "gpt-4o")}),
    ("Qwen3得分80，对比GPT-4o的85。", {("gpt-4o", "qwen3")}),
    # a price, no second score, or two scored models: nothing
    ("Qwen3 costs 80 cents vs GPT-4o's 75.", set()),
    ("Qwen3 scored 80 vs GPT-4o.", set()),
    ("Qwen3 and Claude scored 80 vs GPT-4o's 75.", set()),
])
def test_outperforms_scores_set_against_each_other(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 not only beats GPT-4o but also Claude.", {("qwen3", "gpt-4o"), ("qwen3", "claude")}),
    ("Qwen3不僅超越了GPT-4o，還超越了Claude。", {("qwen3", "gpt-4o"), ("qwen3", "claude")}),
    ("Qwen3不仅超越了GPT-4o，还超越了Claude。", {("qwen3", "gpt-4o"), ("qwen3", "claude")}),
    ("Qwen3 beats GPT-4o, and also Claude trails Llama 4.", {("qwen3", "gpt-4o"), ("llama-4", "claude")}),
])
def test_outperforms_not_only_but_also(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X与Y相比更强": the subject opens the frame's own clause
    ("Qwen3與GPT-4o相比更強。", {("qwen3", "gpt-4o")}),
    ("Qwen3与GPT-4o相比更强。", {("qwen3", "gpt-4o")}),
    ("Qwen3和GPT-4o相比，推理能力更強。", {("qwen3", "gpt-4o")}),
    ("Qwen3和GPT-4o相比仍有差距。", {("gpt-4o", "qwen3")}),
    # a company before the frame, another model after it, or a cost: nothing
    ("OpenAI和GPT-4o相比更強。", set()),
    ("Qwen3和GPT-4o相比，Claude更強。", set()),
    ("Qwen3与GPT-4o相比，价格更高。", set()),
])
def test_outperforms_compared_subject_first(facts, text, expected):
    assert outperforms(facts, text) == expected


def test_outperforms_no_match_for(facts):
    assert outperforms(facts, "GPT-4o is no match for Qwen3 in math.") == {("qwen3", "gpt-4o")}
    assert outperforms(facts, "GPT-4o是Qwen3的對手。") == set()


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 is superior to GPT-4o in math.", {("qwen3", "gpt-4o")}),
    ("GPT-4o always loses out to Qwen3.", {("qwen3", "gpt-4o")}),
    ("GPT-4o is inferior to Qwen3.", {("qwen3", "gpt-4o")}),
    ("Qwen3 is not superior to GPT-4o.", set()),
])
def test_outperforms_superior_inferior(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen3領先GPT-4o的幅度達到5分。", {("qwen3", "gpt-4o")}),
    ("Qwen3领先GPT-4o的幅度达到5分。", {("qwen3", "gpt-4o")}),
    ("Qwen3 leads GPT-4o by 5 points.".replace("leads", "beats"), {("qwen3", "gpt-4o")}),
])
def test_outperforms_margin_after_the_rival(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a leave-behind frame: the subject wins over every model listed inside it
    ("Grok 3以高分登頂，將GPT-4o、DeepSeek R1等對手甩在身後。", {("grok-3", "gpt-4o"), ("grok-3", "deepseek-r1")}),
    ("Grok 3以高分登顶，将GPT-4o、DeepSeek R1等对手甩在身后。", {("grok-3", "gpt-4o"), ("grok-3", "deepseek-r1")}),
    ("Grok 3 left GPT-4o and DeepSeek R1 far behind.", {("grok-3", "gpt-4o"), ("grok-3", "deepseek-r1")}),
    ("Grok 3把GPT-4o甩在了后面。", {("grok-3", "gpt-4o")}),
    # "far exceeds"
    ("Grok 3的成績遠超GPT-4o。", {("grok-3", "gpt-4o")}),
    ("Grok 3的成绩远超GPT-4o和DeepSeek R1。", {("grok-3", "gpt-4o"), ("grok-3", "deepseek-r1")}),
    # nothing: hedged, a company, no closing word, a condition
    ("Grok 3有望將GPT-4o甩在身後。", set()),
    ("Grok 3有望将GPT-4o甩在身后。", set()),
    ("Grok 3 could leave GPT-4o behind.", set()),
    ("Grok 3 left OpenAI behind.", set()),
    ("Grok 3将GPT-4o作为对手。", set()),
    ("如果Grok 3将GPT-4o甩在身后，市场会变。", set()),
])
def test_outperforms_left_behind(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a score table in prose: three or more models with a score each, one unit — the top one wins
    ("在測試中，Qwen3得分61%，GPT-4o得分54%，而Claude 3.5 Sonnet以38%的得分墊底。",
     {("qwen3", "gpt-4o"), ("qwen3", "claude-3-5-sonnet")}),
    ("在测试中，GPT-4o得分54%，Claude 3.5 Sonnet得分38%，而Qwen3以61%的得分登顶。",
     {("qwen3", "gpt-4o"), ("qwen3", "claude-3-5-sonnet")}),
    ("On the test, GPT-4o scored 54%, Claude 3.5 Sonnet scored 38% and Qwen3 scored 61%.",
     {("qwen3", "gpt-4o"), ("qwen3", "claude-3-5-sonnet")}),
    ("In the arena, GPT-4o reached 1350 points, Claude 3.5 Sonnet 1300 points and Qwen3 with a score of 1400 points.",
     {("qwen3", "gpt-4o"), ("qwen3", "claude-3-5-sonnet")}),
    ("Qwen3得分80，GPT-4o得分75，Claude 3.5 Sonnet得分70。", {("qwen3", "gpt-4o"), ("qwen3", "claude-3-5-sonnet")}),
    ("Qwen3 得分 80，GPT-4o 得分 75，Claude 3.5 Sonnet 得分 70。", {("qwen3", "gpt-4o"), ("qwen3", "claude-3-5-sonnet")}),
    # nothing: counts, two rows only, mixed units, a tie at the top, a cost, a row broken by another test, a margin
    ("Qwen3達到3倍，GPT-4o達到2倍，Claude 3.5 Sonnet達到1倍。", set()),
    ("Qwen3 reached 3 times, GPT-4o reached 2 times and Claude 3.5 Sonnet reached 1 times.", set()),
    ("Qwen3得分61%，GPT-4o得分54%。", set()),
    ("Qwen3得分61%，GPT-4o得分54分，Claude 3.5 Sonnet得分38%。", set()),
    ("Qwen3 scored 61%, GPT-4o scored 61% and Claude 3.5 Sonnet scored 38%.", set()),
    ("Qwen3的延迟为61，GPT-4o为54，Claude 3.5 Sonnet为38。", set()),
    ("Qwen3得分61%，GPT-4o在另一項測試中得分54%，Claude 3.5 Sonnet得分38%。", set()),
    ("Qwen3得分61%，GPT-4o在另一项测试中得分54%，Claude 3.5 Sonnet得分38%。", set()),
    ("GPT-4o得分54%，Claude 3.5 Sonnet得分38%，Qwen3以10%的优势领先。", set()),
    ("Can GPT-4o, scoring 54%, Claude 3.5 Sonnet scoring 38% and Qwen3 scoring 61% be compared?", set()),
])
def test_outperforms_score_table(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, model", [
    # a number before a score's unit is a score, not a version
    ("中段包括gpt-oss-120B 58 分。", "gpt-oss"),
    ("中段包括Qwen3 58分。", "qwen3"),
    ("Mid-table: Qwen3 58 points.", "qwen3"),
])
def test_outperforms_a_score_is_no_version(extractor, text, model):
    from newsgraph.schema import Article
    ids = {n.id for n in extractor.extract(Article(id="article-test", title="test", text=text)).nodes if n.type.value == "Model"}
    assert ids == {model}


@pytest.mark.parametrize("text, expected", [
    # a decimal right after a known name continues its version: GPT-5.2 is no GPT-5
    ("GPT-5.2-Thinking領先GPT-4o。", {("gpt-5-2-thinking", "gpt-4o")}),
    ("GPT-5.2领先GPT-4o。", {("gpt-5-2", "gpt-4o")}),
    ("GPT-5.2 beats GPT-4o.", {("gpt-5-2", "gpt-4o")}),
    # a full stop is no decimal point
    ("OpenAI shipped GPT-5. 2 rivals trail it.", set()),
])
def test_outperforms_a_decimal_continues_a_version(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "than" takes a whole list; a score noun may stand between "higher" and "than"
    ("Qwen3, built for agents, achieved higher scores than GPT-4o, Claude 3.5 Sonnet and DeepSeek R1.",
     {("qwen3", "gpt-4o"), ("qwen3", "claude-3-5-sonnet"), ("qwen3", "deepseek-r1")}),
    ("Qwen3 is faster than GPT-4o and DeepSeek R1.", {("qwen3", "gpt-4o"), ("qwen3", "deepseek-r1")}),
    ("Qwen3的得分高於GPT-4o和DeepSeek R1。", {("qwen3", "gpt-4o"), ("qwen3", "deepseek-r1")}),
    ("Qwen3的得分高于GPT-4o和DeepSeek R1。", {("qwen3", "gpt-4o"), ("qwen3", "deepseek-r1")}),
    # a version descriptor ends a listed name without ending the list
    ("Grok 3擊敗了GPT-4o最新版本和DeepSeek R1實驗版。", {("grok-3", "gpt-4o"), ("grok-3", "deepseek-r1")}),
    ("Grok 3击败了GPT-4o最新版本和DeepSeek R1实验版。", {("grok-3", "gpt-4o"), ("grok-3", "deepseek-r1")}),
    ("Grok 3 beat the GPT-4o latest version and DeepSeek R1.", {("grok-3", "gpt-4o"), ("grok-3", "deepseek-r1")}),
    # nothing, or only the first clause: a cost that is higher, a list broken by a clause of its own
    ("Qwen3 had higher error rates than GPT-4o, Claude 3.5 Sonnet and DeepSeek R1.", set()),
    ("Qwen3 is faster than GPT-4o and DeepSeek R1 is cheaper.", {("qwen3", "gpt-4o")}),
])
def test_outperforms_than_a_list(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "scores (slightly) lower than Y": Y wins
    ("Qwen3 scores slightly lower than GPT-4o in C++.", {("gpt-4o", "qwen3")}),
    ("Qwen3 scored lower than GPT-4o and DeepSeek R1.", {("gpt-4o", "qwen3"), ("deepseek-r1", "qwen3")}),
    ("Qwen3 scored lower error rates than GPT-4o.", set()),
    # "A有60.8，而B只有39.2": 有 before a bare number gives a score
    ("在榜單上，Qwen3有60.8，而GPT-4o只有39.2。", {("qwen3", "gpt-4o")}),
    ("在榜单上，Qwen3有60.8，而GPT-4o只有39.2。", {("qwen3", "gpt-4o")}),
    ("On the board, Qwen3 has 60.8, while GPT-4o only 39.2.", set()),
    # a count is no score
    ("Qwen3有3款模型，而GPT-4o只有2款。", set()),
    # less of a cost: "大减"
    ("Qwen3的錯誤率較GPT-4o大減78%。", {("qwen3", "gpt-4o")}),
    ("Qwen3的错误率较GPT-4o大减78%。", {("qwen3", "gpt-4o")}),
    ("Qwen3的得分较GPT-4o大减78%。", set()),
])
def test_outperforms_lower_scores_and_costs(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a win said as a noun: "实现对Y的超越", "a win over Y"
    ("Qwen3在數學上實現對GPT-4o和DeepSeek R1的全面超越。", {("qwen3", "gpt-4o"), ("qwen3", "deepseek-r1")}),
    ("Qwen3在数学上实现对GPT-4o和DeepSeek R1的全面超越。", {("qwen3", "gpt-4o"), ("qwen3", "deepseek-r1")}),
    ("Qwen3 scored a clear win over GPT-4o in math.", {("qwen3", "gpt-4o")}),
    # nothing: hedged, no win noun, the frame about something else
    ("Qwen3有望實現對GPT-4o的超越。", set()),
    ("Qwen3有望实现对GPT-4o的超越。", set()),
    ("Qwen3实现对GPT-4o的兼容。", set()),
    ("Qwen3 could score a win over GPT-4o.", set()),
])
def test_outperforms_nominal_win(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" opening a sentence after several models: the one subject of the sentence before, never a listed one
    ("Grok 3對標GPT-4o。它在數學上超越了Claude 3.5 Sonnet。", {("grok-3", "claude-3-5-sonnet")}),
    ("Grok 3对标GPT-4o。它在数学上超越了Claude 3.5 Sonnet。", {("grok-3", "claude-3-5-sonnet")}),
    ("Grok 3 is pitched against GPT-4o. It beats Claude 3.5 Sonnet on math.", {("grok-3", "claude-3-5-sonnet")}),
    ("Grok 3 and GPT-4o are out. It beats Claude 3.5 Sonnet on math.", set()),
    ("Grok 3和GPT-4o都已推出。它在数学上超越了Claude 3.5 Sonnet。", set()),
    ("Compared with GPT-4o, Grok 3 is new. It beats Claude 3.5 Sonnet on math.", set()),
    # that "it" carries over a clause with no subject of its own
    ("Grok 3對標GPT-4o。它在數學上超越了Claude 3.5 Sonnet，但在代碼上不及Gemini 2.5 Pro。",
     {("grok-3", "claude-3-5-sonnet"), ("gemini-2-5-pro", "grok-3")}),
    ("Grok 3对标GPT-4o。它在数学上超越了Claude 3.5 Sonnet，但在代码上不及Gemini 2.5 Pro。",
     {("grok-3", "claude-3-5-sonnet"), ("gemini-2-5-pro", "grok-3")}),
    ("Grok 3 is pitched against GPT-4o. It beats Claude 3.5 Sonnet on math, but trails Gemini 2.5 Pro on code.",
     {("grok-3", "claude-3-5-sonnet"), ("gemini-2-5-pro", "grok-3")}),
])
def test_outperforms_it_after_several_models(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text", [
    # aims, designs, struggles, inabilities and doubts are no win
    "Grok 3 was designed to outperform GPT-4o.",
    "Grok 3 has yet to beat GPT-4o.",
    "Grok 3 struggled to beat GPT-4o.",
    "Grok 3 can't beat GPT-4o.",
    "Grok 3 is unlikely to beat GPT-4o.",
    "Critics doubt Grok 3 beats GPT-4o.",
    "Few believe Grok 3 beats GPT-4o.",
    "Grok 3旨在超越GPT-4o。",
    "Grok 3旨在超越GPT-4o。".replace("旨在", "無法"),
    "Grok 3无法超越GPT-4o。",
    "Grok 3距離超越GPT-4o還有差距。",
    "Grok 3距离超越GPT-4o还有差距。",
    "外界質疑Grok 3超越GPT-4o的說法。",
    "外界质疑Grok 3超越GPT-4o的说法。",
])
def test_outperforms_unclaimed_or_doubted(facts, text):
    assert outperforms(facts, text) == set()


@pytest.mark.parametrize("text", [
    # a claim is still a claim
    "xAI claims Grok 3 beats GPT-4o.",
    "Grok 3號稱超越GPT-4o。",
    "Grok 3号称超越GPT-4o。",
])
def test_outperforms_claimed(facts, text):
    assert outperforms(facts, text) == {("grok-3", "gpt-4o")}


@pytest.mark.parametrize("text, expected", [
    # a ranking: the model at the top wins over those that follow it
    ("In the ranking, Grok 3 came first, followed by GPT-4o and Claude 3.5 Sonnet.",
     {("grok-3", "gpt-4o"), ("grok-3", "claude-3-5-sonnet")}),
    ("Grok 3 topped the leaderboard, followed by GPT-4o.", {("grok-3", "gpt-4o")}),
    ("榜單中，Grok 3以68分居首，其次是GPT-4o與Claude 3.5 Sonnet。", {("grok-3", "gpt-4o"), ("grok-3", "claude-3-5-sonnet")}),
    ("榜单中，Grok 3以68分居首，其次是GPT-4o与Claude 3.5 Sonnet。", {("grok-3", "gpt-4o"), ("grok-3", "claude-3-5-sonnet")}),
    # nothing: a sequence of releases, a hedged top place, no top place at all
    ("OpenAI released GPT-4o first, followed by GPT-4o mini.", set()),
    ("Grok 3 may top the leaderboard, followed by GPT-4o.", set()),
    ("Grok 3表现不错，其次是GPT-4o。", set()),
    ("Grok 3有望登顶，其次是GPT-4o。", set()),
    # "both" opens a listed subject; "neither … nor" denies
    ("Both Grok 3 and Gemini 2.5 Pro beat GPT-4o.", {("grok-3", "gpt-4o"), ("gemini-2-5-pro", "gpt-4o")}),
    ("Neither Grok 3 nor Gemini 2.5 Pro beat GPT-4o.", set()),
    # "rivals such as": a noun, no parity; "better at X than"
    ("Grok 3 outperformed rivals such as GPT-4o and Claude 3.5 Sonnet.",
     {("grok-3", "gpt-4o"), ("grok-3", "claude-3-5-sonnet")}),
    ("Grok 3 rivals GPT-4o.", set()),
    ("Grok 3 is better at math than GPT-4o.", {("grok-3", "gpt-4o")}),
    ("Grok 3 is better at math, but GPT-4o is better at code than Claude.", {("gpt-4o", "claude")}),
])
def test_outperforms_rankings_and_lists(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # two scores set against each other: "compared with N for Y", or two rows joined by a contrast
    ("GPT-4.1 scores 54.6% on SWE-bench, compared with 33.2% for GPT-4o.", {("gpt-4-1", "gpt-4o")}),
    ("GPT-4.1 scored 33.2%, compared with 54.6% for GPT-4o.", {("gpt-4o", "gpt-4-1")}),
    ("GPT-4.1 scored 54.6% while GPT-4o scored 33.2%.", {("gpt-4-1", "gpt-4o")}),
    ("GPT-4.1得分54.6%，而GPT-4o為33.2%。", {("gpt-4-1", "gpt-4o")}),
    ("GPT-4.1的得分为54.6%，而GPT-4o则为33.2%。", {("gpt-4-1", "gpt-4o")}),
    # nothing: two rows without a contrast, different tests, a tie, a cost
    ("GPT-4.1得分54.6%，GPT-4o得分33.2%。", set()),
    ("GPT-4.1在MMLU上得分80%，而GPT-4o在GSM8K上得分90%。", set()),
    ("GPT-4.1得分54.6%，而GPT-4o为54.6%。", set()),
    ("GPT-4.1 scored 54.6% while GPT-4o's latency was 33.2.", set()),
    ("GPT-4.1的延遲為54.6，而GPT-4o為33.2。", set()),
])
def test_outperforms_two_scores_set_against_each_other(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 is the best among GPT-4o, Llama 3 and Claude 3.5 Sonnet.",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("qwen3", "claude-3-5-sonnet")}),
    ("Qwen3 was the strongest model among GPT-4o and Llama 3.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Among Qwen3, GPT-4o and Llama 3, Qwen3 performed best.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("在Qwen3、GPT-4o和Llama 3中，Qwen3表现最好。", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("在Qwen3、GPT-4o和Llama 3之中，Qwen3的表現最佳。", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Qwen3在GPT-4o和Llama 3中最強。", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    # no win: a hedge, an aim, a negation, a question, one of many, a listed subject, a cost, no named set
    ("Qwen3 aims to be the best among GPT-4o, Llama 3 and Claude 3.5 Sonnet.", set()),
    ("Qwen3 is not the best among GPT-4o and Llama 3.", set()),
    ("Qwen3 could be the best among GPT-4o and Llama 3.", set()),
    ("Is Qwen3 the best among GPT-4o and Llama 3?", set()),
    ("Qwen3 is one of the best among GPT-4o and Llama 3.", set()),
    ("Qwen3 is the best open model, and GPT-4o and Llama 3 are closed.", set()),
    ("在Qwen3、GPT-4o和Llama 3中，哪款表现最好？", set()),
    ("Qwen3有望在GPT-4o和Llama 3中表現最好。", set()),
    ("Qwen3在GPT-4o和Llama 3中价格最低。", set()),
])
def test_outperforms_superlative_over_a_named_set(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (the rest, scored from the highest down, also rank among themselves: outperforms.ordered_rivals)
    ("Qwen3以68分居首，其次是GPT-4o 66分、Llama 3（65）與Claude 3.5 Sonnet 63分。",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("qwen3", "claude-3-5-sonnet"), ("gpt-4o", "llama-3"), ("llama-3", "claude-3-5-sonnet")}),
    ("Qwen3以68分居首，显示其综合领先，其次是GPT-4o (high)66 分与Llama 3。", {("qwen3", "gpt-4o-high"), ("qwen3", "llama-3")}),  # a bracketed effort names a version
    ("Qwen3以68分居首；其次是GPT-4o、Llama 3與Claude 3.5 Sonnet。",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("qwen3", "claude-3-5-sonnet")}),
    ("Qwen3 ranked first with 68, followed by GPT-4o with 66 and Llama 3 with 65.",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    # no win: no top named before, two models before the rest, a question
    ("GPT-4o与Qwen3分列前两位；其次是Llama 3。", {("gpt-4o", "qwen3")}),  # the two top places in order (top_places)
    ("Qwen3和GPT-4o以68分居首；其次是Llama 3。", set()),
    ("Qwen3 is new; followed by GPT-4o and Llama 3.", set()),
])
def test_outperforms_ranking_with_scores_and_across_clauses(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 scored 85 on MMLU; GPT-4o scored 80 and Llama 3 78.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Qwen3 scored 85 on MMLU. GPT-4o scored 80 and Llama 3 scored 78.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Qwen3在MMLU上得分85；GPT-4o得分80，Llama 3得分78。", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Qwen3在MMLU上得分85；GPT-4o得分90，Llama 3得分78。", {("gpt-4o", "qwen3"), ("gpt-4o", "llama-3")}),
    ("Qwen3得分85。而GPT-4o得分80。", {("qwen3", "gpt-4o")}),
    ("Qwen3 scored 85. By contrast, GPT-4o scored 80.", {("qwen3", "gpt-4o")}),
    # no win: two rows set side by side, another test named, a listed subject, a cost, units, a tie, a hedge
    ("Qwen3 scored 85. GPT-4o scored 80.", set()),
    ("Qwen3 scored 85 on MMLU; GPT-4o scored 90 on GPQA and Llama 3 78.", set()),
    ("Qwen3 and Claude 3.5 Sonnet scored 85; GPT-4o scored 80 and Llama 3 78.", set()),
    ("Qwen3的價格為85；GPT-4o為80，Llama 3為78。", set()),
    ("Qwen3 scored 85%; GPT-4o scored 80 points and Llama 3 78%.", set()),
    ("Qwen3 scored 85; GPT-4o scored 85 and Llama 3 78.", set()),
    ("Qwen3 could score 85; GPT-4o scored 80 and Llama 3 78.", set()),
])
def test_outperforms_scores_carried_over_a_semicolon_or_a_sentence(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, ids", [
    ("Llama 3 78 and GPT-4o 66 lead.", ["llama-3", "gpt-4o"]),       # a score after a versioned name
    ("Gemini 1.5 Pro 002 is out.", ["gemini-1-5-pro-002"]),          # a snapshot stays part of the name
    ("Qwen3 32B is out.", ["qwen3"]),                                # a size names the same model
])
def test_a_bare_number_after_a_versioned_name_is_no_version(extractor, text, ids):
    from newsgraph.loaders.extract.normalize import Normalised

    assert [m.entity_id for m in extractor.mentions(Normalised.of(text)) if m.type == "Model"] == ids


_ACROSS = "| {h} | Qwen3 | GPT-4o | Llama 3 |\n|---|---|---|---|\n| MMLU | {a} | 80.2 | 78.0 |\n| {t} | 60.3% | 55.0% | 50.1% |\n"
_DOWN = "| {h} | MMLU | {t} |\n| --- | --- | --- |\n| Qwen3 | 85.1 | {a} |\n| **GPT-4o** | 80.2 | 55.0 |\n| Llama 3 | 78.0 | 50.1 |\n"


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 posts strong numbers.\n\n" + _ACROSS.format(h="Benchmark", a="85.1", t="GPQA") + "\nMore to come.",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    (_ACROSS.format(h="基準測試", a="85.1", t="數學"), {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    ("Scores:\n\n" + _DOWN.format(h="Model", a="60.3", t="GPQA"), {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    (_DOWN.format(h="模型", a="60.3", t="数学"), {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    # the rows disagree on the top: only the pairs one model wins on both rows (outperforms.table_dominance)
    (_ACROSS.format(h="Benchmark", a="79.0", t="GPQA"), {("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    (_DOWN.format(h="Model", a="50.0", t="GPQA"), {("gpt-4o", "llama-3")}),
    # no win: a tie at the top, a missing cell, no test named, a cost, a count
    ("| Benchmark | Qwen3 | GPT-4o |\n|---|---|---|\n| MMLU | 85.1 | 85.1 |\n", set()),
    ("| Benchmark | Qwen3 | GPT-4o |\n|---|---|---|\n| MMLU | 85.1 | - |\n", set()),
    ("| Item | Qwen3 | GPT-4o |\n|---|---|---|\n| Price per million tokens | 0.5 | 2.5 |\n", set()),
    ("| 模型 | 價格 | 延遲 |\n|---|---|---|\n| Qwen3 | 0.5 | 1.0 |\n| GPT-4o | 2.5 | 2.0 |\n", set()),
    ("| App | Users |\n|---|---|\n| Qwen3 | 300 |\n| GPT-4o | 400 |\n", set()),
    ("| 模型 | 参数 |\n|---|---|\n| Qwen3 | 235 |\n| GPT-4o | 200 |\n", set()),
])
def test_outperforms_score_tables(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (the losers' scores, highest first, rank them too: outperforms.ordered_rivals)
    ("Qwen3在MMLU上拿下85分，高於GPT-4o的80分和Llama 3的78分。", {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    ("Qwen3以85分领先GPT-4o的80分和Llama 3的78分。", {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    ("Qwen3 scored 85, higher than GPT-4o's 80 and Llama 3's 78.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Qwen3 has overtaken GPT-4o and Llama 3 on the leaderboard.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("GPT-4o was overtaken by Qwen3.", {("qwen3", "gpt-4o")}),
    # no win: a count is no score, a hedge, parity
    ("Qwen3 beat GPT-4o 3 times and Llama 3 once.", {("qwen3", "gpt-4o")}),
    ("Qwen3 could be overtaken by GPT-4o.", set()),
    ("Qwen3以85分追平GPT-4o的85分和Llama 3的85分。", set()),
])
def test_outperforms_losers_listed_with_their_scores(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (the top over each lower place, outperforms.ordinal; each place over the next, outperforms.ranked_places)
    ("Qwen3以85分位居榜首，GPT-4o以80分排名第二，Llama 3以78分排名第三。", {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    ("Qwen3排名第一，GPT-4o第二，Llama 3第三。", {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    ("Qwen3 ranked first with 85, GPT-4o second with 80 and Llama 3 third with 78.",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    # the ordinal reading gives the first over each; the places, read since the top may be said by "was first", the
    # second over the third
    ("Qwen3 was first, GPT-4o second and Llama 3 third.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3"), ("gpt-4o", "llama-3")}),
    # no win: a place given twice, a model with no place, two rankings, a hedge, a condition, no ranking
    ("Qwen3 ranked first, GPT-4o second and Llama 3 also second.", set()),
    ("Qwen3 ranked first, GPT-4o second and Llama 3 is new.", {("qwen3", "gpt-4o")}),  # the two placed (ranked_places)
    ("Qwen3 ranked first in 2024, and GPT-4o came second in 2025.", set()),
    ("Qwen3 could rank first, GPT-4o second.", set()),
    ("If Qwen3 ranks first, GPT-4o is second.", set()),
    ("Qwen3 is the first model from Alibaba; GPT-4o second.", set()),
    ("Qwen3第二季度发布，GPT-4o第三季度发布。", set()),
])
def test_outperforms_ordinal_places(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 scored 85 on MMLU, GPT-4o scored 80 and Llama 3 78.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Qwen3在MMLU上得分85，GPT-4o得分80，Llama 3得分78。", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Qwen3 scored 85 on MMLU while GPT-4o scored 80.", {("qwen3", "gpt-4o")}),
    # two rows making the whole sentence, the test named: a pair set against each other
    ("Qwen3 scored 85 on MMLU, GPT-4o scored 80.", {("qwen3", "gpt-4o")}),
    # no win: a second test named, a tie at the top
    ("Qwen3 scored 85 on MMLU, GPT-4o scored 80 on GPQA and Llama 3 78.", set()),
    ("Qwen3在MMLU上得分85，GPT-4o在GPQA上得分80，Llama 3得分78。", set()),
    ("Qwen3 scored 85 on MMLU, GPT-4o scored 85 and Llama 3 78.", set()),
])
def test_outperforms_score_table_naming_its_test_once(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("According to LMArena, Qwen3 topped the leaderboard. On a harder test, the model scored 18.8%, higher than o3-mini's 14%.",
     {("qwen3", "o3-mini")}),
    ("根據LMArena的數據，Qwen3登上榜首。在高難度測驗中，該模型拿下18.8%，高於o3-mini的14%。", {("qwen3", "o3-mini")}),
    # no one to point at: two models named as equals, or the subject is not a model
    ("Qwen3 and GPT-4o were both released. On a harder test, the model beats o3-mini.", set()),
    ("Alibaba compared GPT-4o with Qwen3. In a new test, the model beats o3-mini.", set()),
    ("在高难度测验中，该模型超越o3-mini。", set()),
])
def test_outperforms_description_after_an_opening_frame(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 leads GPT-4o and Llama 3 on math.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Qwen3 led OpenAI's GPT-4o in the test.", {("qwen3", "gpt-4o")}),
    ("Qwen3 beat every rival, including GPT-4o and Llama 3.", {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    # no win: "lead" not right before the loser, a passive, a hedge, "no longer", a question
    ("Qwen3 joins leading models GPT-4o and Llama 3.", set()),
    ("Qwen3 leads the pack, with GPT-4o close.", set()),
    ("Qwen3 was led by GPT-4o.", set()),
    ("Qwen3 could lead GPT-4o.", set()),
    ("Qwen3 no longer leads GPT-4o.", set()),
    ("Qwen3 leading GPT-4o? Not yet.", set()),
])
def test_outperforms_lead_with_the_loser_right_after(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qwen3 outperformed competing models from OpenAI and Meta, including GPT-4o and Llama 3.",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-3")}),
    ("Qwen3 trails models from OpenAI, such as GPT-4o.", {("gpt-4o", "qwen3")}),
    ("Qwen3 was compared with models from OpenAI and Meta, including GPT-4o and Llama 3.", set()),
])
def test_outperforms_kind_noun_with_its_makers_before_the_examples(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a win verb followed by a number says "more than" a quantity: no rival is beaten
    ("Gemini 3 發布一天內就吸引了超過一百萬名用戶在 Gemini API 中試用。", set()),
    ("Gemini 3 发布一天内就吸引了超过一百万名用户在 Gemini API 中试用。", set()),
    ("Gemini 3 发布一天内用户就超过了300万，Gemini API 调用量也翻倍。", set()),
    ("Within a day Gemini 3 surpassed 1 million users of the Gemini API.", set()),
    # a rival right after the verb still is
    ("Qwen3超過了GPT-4o。", {("qwen3", "gpt-4o")}),
    ("Qwen3超过GPT-4o。", {("qwen3", "gpt-4o")}),
    ("Qwen3 surpassed GPT-4o on math.", {("qwen3", "gpt-4o")}),
])
def test_outperforms_more_than_a_quantity_is_no_win(extractor, text, expected):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    assert {(e.source, e.target) for e in found.edges if e.type.value == "OUTPERFORMS"} == expected
