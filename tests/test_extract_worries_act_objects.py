"""WORRIES whose cause is an act written as a noun ("X对A的打压令B担忧", "X's crackdown on A has rattled B": X, the
act's agent, worries B — A, its object, does not; with no agent named, nothing), and a public body named only as
the other side of another company's agreement, which does not take over its country's worry; a place that only
names a committee's remit ("the House committee on China", 中国问题委员会), no party. Three scripts, with cases that
must find nothing."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # the agent of the act, not its object, is the cause
    ("欧盟委员会对Meta的打压令微软担忧。", {("european-commission", "microsoft", "worries.causative")}),
    ("歐盟委員會對Meta的打壓令微軟擔憂。", {("european-commission", "microsoft", "worries.causative")}),
    ("歐盟委員會對Meta的打壓震驚微軟。", {("european-commission", "microsoft", "worries.cue")}),
    ("The European Commission's crackdown on Meta has rattled Microsoft.",
     {("european-commission", "microsoft", "worries.cue")}),
    # a plain cause is kept
    ("DeepSeek的崛起令硅谷担忧。", {("deepseek", "silicon-valley", "worries.causative")}),
    ("DeepSeek's rise rattled Silicon Valley.", {("deepseek", "silicon-valley", "worries.cue")}),
    # must find nothing: an act with no named agent
    ("对Meta的打压令微软担忧。", set()),
    ("對Meta的打壓令微軟擔憂。", set()),
    ("A crackdown on Meta has rattled Microsoft.", set()),
])
def test_worries_agent_of_an_act_is_the_cause(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body is only another company's partner: the country's ban stays the country's
    ("美国政府封杀智谱，微软则宣布与五角大厦签署合同。", {("zhipu-ai", "united-states", "worries.ban")}),
    ("美國政府封殺智譜，微軟則宣布與五角大廈簽署合同。", {("zhipu-ai", "united-states", "worries.ban")}),
    ("The US government banned Zhipu, and Microsoft signed a contract with the Pentagon.",
     {("zhipu-ai", "united-states", "worries.ban")}),
])
def test_worries_partner_body_takes_no_country_worry(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text", [
    "美国政府封杀智谱，微软则宣布与五角大厦签署合同。",
    "美國政府封殺智譜，微軟則宣布與五角大廈簽署合同。",
    "The US government banned Zhipu, and Microsoft signed a contract with the Pentagon.",
])
def test_worries_partner_body_is_never_worried(ruled, text):
    assert not {t for t in ruled("WORRIES", text) if t[1] == "pentagon"}


@pytest.mark.parametrize("text, expected", [
    # must find nothing: a place that only names a committee's remit is no party
    ("The House committee on China opened a probe into Microsoft over its data centres.", set()),
    ("众议院中国问题委员会对微软展开调查。", set()),
    ("眾議院中國問題委員會對微軟展開調查。", set()),
    # the place itself still acts
    ("China opened a probe into Nvidia, citing security concerns.", {("nvidia", "china", "worries.ban")}),
    ("中国对英伟达展开调查。", {("nvidia", "china", "worries.probe")}),
    ("中國對輝達展開調查。", {("nvidia", "china", "worries.probe")}),
])
def test_worries_place_naming_a_remit_is_no_party(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
