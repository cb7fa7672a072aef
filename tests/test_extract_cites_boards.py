"""CITES of a platform's, firm's or research body's own leaderboard ("Hugging Face的全球开源模型排行榜", "OpenRouter's usage
leaderboard") where a ranking is read on it, and of a board where a rank is given as 排 + scope + place ("排开源第一");
a company that is itself ranked, or a board named with no ranking read on it, is no source."""
import pytest

from newsgraph.schema import Article


def _cites(extractor, text):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {(e.target, ev.rule) for e in found.edges if e.type.value == "CITES" for ev in e.evidence}


@pytest.mark.parametrize("text, expected", [
    # a platform's board, after a possessive and words saying what it ranks
    ("Zeta-3 ranks third on OpenRouter's usage leaderboard.", {("openrouter", "cites.report")}),
    ("Zeta-3 topped the Hugging Face open model leaderboard last week.", {("hugging-face", "cites.report")}),
    ("在 OpenRouter 的使用量榜单上，Zeta-3 位列第三。", {("openrouter", "cites.report")}),
    ("在 OpenRouter 的使用量榜單上，Zeta-3 位列第三。", {("openrouter", "cites.report")}),
    ("Zeta-3 登顶 Hugging Face 全球开源模型排行榜。", {("hugging-face", "cites.report")}),
    ("Zeta-3 在 Hugging Face 的開源模型排行榜上登頂。", {("hugging-face", "cites.report")}),
    # 排, the scope ranked in, the place: a rank read on the board named
    ("在 LMArena 上，Zeta-3 在文本竞技场里排开源第一。", {("lmarena", "cites.report")}),
    ("在 LMArena 上，Zeta-3 在文本競技場裡排開源第一。", {("lmarena", "cites.report")}),
    ("在 LMArena 上，Zeta-3 排全球第三。", {("lmarena", "cites.report")}),
])
def test_board_cited(extractor, text, expected):
    assert _cites(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Anthropic tops the leaderboard with its new model.",          # the company is ranked, it runs no board
    "Anthropic的模型登上排行榜首位。",                                   # a verb of ranking: the company's model is ranked
    "Anthropic的模型登上排行榜首位。".replace("登上", "衝上"),
    "OpenRouter 是一个聚合平台，它的排行榜基于调用量。",                    # a board described, no ranking read on it
    "OpenRouter's usage leaderboard is updated every day.",
    "Hugging Face 的开源模型排行榜每周更新。",
])
def test_no_board_cited(extractor, text):
    assert _cites(extractor, text) == set()
