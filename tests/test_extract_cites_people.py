"""CITES to quoted people introduced by a role: a title and a name in either script (a Latin name with an apostrophe,
a blank before the frame, a foreign name in Chinese characters glossed in Latin letters), a time and a frame between
the name and the verb, the person speaking rather than the platform they post on, an office named before the name
or in apposition after it, and the surname alone later. Invented names and sentences."""
import pytest

A = "article-test"


@pytest.mark.parametrize("text, expected", [
    # a title, a Latin name, a blank, then a frame
    ("示例公司执行长 Jane Roe 在 X 平台上表示：“我很满意。”", {(A, "jane-roe", "cites.says")}),
    ("示例公司執行長 Jane Roe 在 X 平台上表示：「我很滿意。」", {(A, "jane-roe", "cites.says")}),
    # an apostrophe inside the surname
    ("示例证券首席策略师Mike O'Neil指出：“市场将变化。”", {(A, "mike-o-neil", "cites.says")}),
    ("示例證券首席策略師Mike O'Neil指出：「市場將變化。」", {(A, "mike-o-neil", "cites.says")}),
    # a foreign name in Chinese characters with its Latin spelling: no surname needed
    ("示例投资分析师普兰德(Tom Prand)也说，这出乎市场意料。", {(A, "普兰德", "cites.says")}),
    ("示例投資分析師普蘭德(Tom Prand)也說，這出乎市場意料。", {(A, "普蘭德", "cites.says")}),
    # a name with ·, then a statement that carries the words
    ("示例公司副总裁艾德·芬奇发表声明指出，新规则将限制创新。", {(A, "艾德-芬奇", "cites.says")}),
    ("示例公司副總裁艾德·芬奇發表聲明指出，新規則將限制創新。", {(A, "艾德-芬奇", "cites.says")}),
    # a time and a frame both before the verb
    ("示例公司CEO何明随后在朋友圈发文，质疑部分模型。", {(A, "何明", "cites.says")}),
    ("前任部长唐明28日晚间在网上表示，可以绕过限制。", {(A, "唐明", "cites.says")}),
    ("前任部長唐明28日晚間在網上表示，可以繞過限制。", {(A, "唐明", "cites.says")}),
    # the person speaks, not the platform the frame names
    ("游戏制作人冯明在微博写道：“这个评价相当客观。”", {(A, "冯明", "cites.says")}),
    ("遊戲製作人馮明在微博寫道：「這個評價相當客觀。」", {(A, "馮明", "cites.says")}),
    # the Latin surname alone later, before a Chinese verb
    ("据示例协会总裁Jane Roe介绍，规定限制出口。Roe表示：“风险很高。”", {(A, "jane-roe", "cites.says")}),
    ("據示例協會總裁Jane Roe介紹，規定限制出口。Roe說：「風險很高。」", {(A, "jane-roe", "cites.says")}),
    # English: an office before the name, a clause carrying the subject to its verb
    ("Digital Minister Jane Roeland spoke next, stating that Acme must comply.", {(A, "jane-roeland", "cites.says")}),
    ("Australia Treasurer Tom Brandt called on users to be careful.", {(A, "tom-brandt", "cites.says")}),
    ("Acme CEO Jane Roe announced on Tuesday that the company would add filters.", {(A, "jane-roe", "cites.says")}),
    # the office in apposition, the surname quoted later
    ("Tom Brandt, Minister in charge of Fisheries, opened the hearing. “We will act,” Brandt said.",
     {(A, "tom-brandt", "cites.says")}),
    # nothing: no name after the title, no speech, a company's statement, a date before a title
    ("官员私下表示，市场很好。", set()),
    ("分析师普兰德说，市场很好。", set()),
    ("示例公司介绍了新产品。", set()),
    ("示例公司在微博表示，需求强劲。", set()),
    ("示例公司在微博表示，需求強勁。", set()),
    ("Acme announced that it would add filters.", set()),
    ("By Monday, Digital Minister Jane Roeland had left the meeting.", set()),
    ("Tom Brandt, Minister in charge of Fisheries, opened the hearing.", set()),
])
def test_cites_a_quoted_person_introduced_by_a_role(ruled, text, expected):
    assert ruled("CITES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # an outlet reported through another: both are where the story came from
    ("As reported by the Tokyo daily Nikkei (via Reuters), the minister opened the hearing.",
     {(A, "nikkei", "cites.according_to"), (A, "reuters", "cites.via")}),
    ("According to Bloomberg (via Reuters), Acme grew.",
     {(A, "bloomberg", "cites.according_to"), (A, "reuters", "cites.via")}),
    # a firm's index a score is read on, after "on the"
    ("Zeta-3 scored 32 points on the Artificial Analysis Intelligence Index, the best score in Europe.",
     {(A, "artificial-analysis", "cites.report")}),
    # nothing: no ranking read on the index, a host after an outlet's own credit
    ("Acme relies on the Artificial Analysis Intelligence Index for advice.", set()),
    ("Nikkei (via Reuters) · By Jane Roe", set()),
])
def test_cites_an_outlet_reported_through_another_and_a_firm_s_index(ruled, text, expected):
    assert ruled("CITES", text) == expected
