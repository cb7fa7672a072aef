"""A probe or scrutiny between nations is geopolitics, not a WORRIES edge; a body probing a company still is."""
import pytest

from newsgraph.schema import Article

CASES = [
    # a nation probing a nation, or a nation's firms facing a union's probe: nothing
    ("美國對中國展開調查。", set()),
    ("美国对中国展开调查。", set()),
    ("美國對中國AI模型的審查引發爭議。", set()),
    ("美国对中国AI模型的审查引发争议。", set()),
    ("美國科技巨頭再度遭遇歐盟調查。", set()),
    ("美国科技巨头再度遭遇欧盟调查。", set()),
    # a body probing a company: the company worries the body
    ("歐盟對DeepSeek展開調查。", {("deepseek", "eu", "worries.probe")}),
    ("欧盟对DeepSeek展开调查。", {("deepseek", "eu", "worries.probe")}),
    ("The EU opened an investigation into DeepSeek.", {("deepseek", "eu", "worries.ban")}),
    # a country's progress worrying a capital is no probe: it stays (the seeds count it)
    ("中國的突破令華盛頓感到擔憂。", {("china", "washington", "worries.causative")}),
    ("中国的突破令华盛顿感到担忧。", {("china", "washington", "worries.causative")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_worries_between_nations(extractor, text, expected):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    assert {(e.source, e.target, ev.rule) for e in found.edges if e.type.value == "WORRIES"
            for ev in e.evidence} == expected
