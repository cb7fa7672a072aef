"""RELEASED of a model named with its maker's name at its head and released in its own clause ("智谱GLM-9发布",
"MiniMax M7.5上线", "讯飞星火X9官宣"), the maker named nowhere else or the model unknown to the gazetteer; and of a
maker's model released by a group named after its line ("Kimi团队上线…") or by a unit the gazetteer gives that maker as owner ("火山引擎推出豆包9.0 Pro"), in zh-Hant,
zh-Hans and en. Nothing where the release is another clause's, a plan, or a model of another maker."""
import pytest

HEADED = [
    # the maker's name, then a version: a model the gazetteer does not know
    ("MiniMax M7.5於今日上線。", {("minimax", "minimax-m7-5", "released.maker_in_name")}),
    ("MiniMax M7.5今日上线，已在海外内测。", {("minimax", "minimax-m7-5", "released.maker_in_name")}),
    ("MiniMax M7.5 was released on Tuesday.", {("minimax", "minimax-m7-5", "released.maker_in_name")}),
    # the maker's name glued to its line and a version
    ("訊飛星火X9官宣，單台伺服器就能運行。", {("iflytek", "iflytek-spark-x9", "released.maker_in_name")}),
    ("讯飞星火X9官宣，单台服务器就能运行。", {("iflytek", "iflytek-spark-x9", "released.maker_in_name")}),
    # the maker's name before a model the gazetteer knows, the maker named nowhere else
    ("2月11日，智譜GLM-5深夜上線。", {("zhipu-ai", "glm-5", "released.maker_in_name")}),
    ("2月11日，智谱GLM-5发布。", {("zhipu-ai", "glm-5", "released.maker_in_name")}),
    # nothing: the release is another clause's, planned, or there is none
    ("Acme发布了Nova-2，性能超过智谱GLM-5。", set()),
    ("Acme發布了Nova-2，性能超過MiniMax M7.5。", set()),
    ("MiniMax M7.5计划下月发布。", set()),
    ("MiniMax M7.5 will be released next month.", set()),
    ("MiniMax M7.5在测试中得分最高。", set()),
]

TEAM = [
    # a group named after a line, opening the verb's clause: the line's maker releases
    ("最近Kimi团队上线了一款重量级模型——Kimi k9。", {("moonshot-ai", "kimi-k9", "released.cue")}),
    ("混元團隊今天發布了混元T9。", {("tencent", "hunyuan-t9", "released.cue")}),
    ("The Gemma team released Gemma 9 on Monday.", {("google-deepmind", "gemma-9", "released.cue")}),
    # nothing: the group only described, or its release planned
    ("使用Kimi的团队上线了新功能。", set()),
    ("Kimi團隊計劃下月發布Kimi k9。", set()),
    ("The Gemma team plans to release Gemma 9.", set()),
]

OWNED = [
    # a unit the gazetteer gives an owner releases the owner's line
    ("火山引擎今天推出豆包9.0 Pro。", {("volcano-engine", "doubao-9-0-pro", "released.cue")}),
    ("火山引擎今天推出豆包大模型9.0 Pro。", {("volcano-engine", "doubao-9-0-pro", "released.cue")}),
    ("Volcano Engine launched Doubao 9.0 Pro on Monday.", {("volcano-engine", "doubao-9-0-pro", "released.cue")}),
    # nothing: a unit with no such owner, hosting another maker's model
    ("火山引擎今天上线Kimi K9。", set()),
    ("Volcano Engine launched Kimi K9 on its cloud.", set()),
    # the owner's release of a line, its tier credited to the owner too where the unit only offers it; the unit
    # putting the tier's API online releases nothing (a service of a model released before)
    ("字節跳動今天發布豆包9.0系列模型。豆包9.0 Pro表現出色。火山引擎也同步上線了豆包9.0 Pro的API服務。",
     {("bytedance", "doubao-9-0", "released.cue"), ("bytedance", "doubao-9-0-pro", "released.unstated_variant")}),
    # a line, what the model does, 模型 and a dotted version: one model of the line
    ("火山引擎推出了豆包語音合成模型9.0、豆包聲音復刻模型9.0等全新模型。",
     {("volcano-engine", "doubao-语音合成模型9-0", "released.cue"), ("volcano-engine", "doubao-声音复刻模型9-0", "released.cue")}),
    ("火山引擎推出了豆包语音合成模型9.0。", {("volcano-engine", "doubao-语音合成模型9-0", "released.cue")}),
    ("豆包模型3.5倍于去年。", set()),
    # an update of a line is no release of it
    ("火山引擎发布豆包大模型系列更新。", set()),
    ("Volcano Engine rolled out a Doubao update.", set()),
]


@pytest.mark.parametrize("text,expected", HEADED)
def test_maker_at_the_head_of_the_name(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


@pytest.mark.parametrize("text,expected", TEAM)
def test_team_named_after_a_line_is_its_makers(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


@pytest.mark.parametrize("text,expected", OWNED)
def test_owned_unit_releases_the_owners_model(ruled, text, expected):
    assert ruled("RELEASED", text) == expected
