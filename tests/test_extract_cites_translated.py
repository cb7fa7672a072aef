"""CITES of the outlet a publisher's metadata says its story is translated, compiled or credited from ("X（编译自 Y）",
"X(中央社翻譯路透社稿)", "X (story credited to Y)") where the text names it too; nothing where the text does not."""
import pytest

from newsgraph.schema import Article


def _cites(extractor, text, publisher):
    found = extractor.extract(Article(id="article-test", title="test", text=text, publisher=publisher))
    return {(e.target, ev.rule) for e in found.edges if e.type.value == "CITES" for ev in e.evidence}


@pytest.mark.parametrize("publisher, text, expected", [
    ("example.cn（编译自 量子位）", "量子位\n\n示例公司发布了Zeta-3模型。", {("qbitai", "cites.reprinted")}),
    ("example.tw(量子位翻譯稿)", "示例公司發布了Zeta-3模型。量子位", {("qbitai", "cites.reprinted")}),
    ("example.cn（译自量子位）", "据量子位报道，示例公司发布了Zeta-3模型。", {("qbitai", "cites.reprinted"), ("qbitai", "cites.according_to")}),
    ("Example News (story credited to Ars Technica)", "Ars Technica\n\nAcme released Zeta-3 today.", {("ars-technica", "cites.reprinted")}),
    ("Example News (translated from Ars Technica)", "Ars Technica\n\nAcme released Zeta-3 today.", {("ars-technica", "cites.reprinted")}),
    # the text does not name it
    ("example.cn（编译自 量子位）", "示例公司发布了Zeta-3模型。", set()),
    ("Example News (story credited to Ars Technica)", "Acme released Zeta-3 today.", set()),
])
def test_translated_or_credited_story(extractor, publisher, text, expected):
    assert _cites(extractor, text, publisher) == expected
