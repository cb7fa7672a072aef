"""Where this morning's rules read too much, in English, Simplified and Traditional Chinese, each beside the
sentence that must still find the fact (invented companies, real model names the gazetteer knows):

- a loss by a margin or a verb is no loss when the rival is ahead in a cost, a size, use or a poll ("X is 3 points
  behind Y in a poll of developers", "X trails Y in price", "X在下载量上落后于Y");
- a known paper's name ending a longer name before 讯 is another paper ("星河科技日报讯（记者…）" is no 科技日报);
- a name shaped like a paper's that an apposition calls a company ("Zentime Times, a watchmaker") is none;
- "according to Zentrix, which makes the chips": a maker its relative clause describes is no outlet; "documents
  reviewed by Zentrix engineers" are its people's, no outlet's;
- "中方对此坚决反对" after a sentence naming a model and no policy objects to no model;
- a fine on a company's officer ("on OpenAI's CEO", "对OpenAI的首席执行官") is no fine on the company;
- "the lawsuit" after a second suit was filed is not the first plaintiff's.
"""
import pytest

from newsgraph.schema import Article

LOSS = ("OUTPERFORMS", "gpt-4", "gemini-1-0")


@pytest.mark.parametrize("text,expected", [
    ("Gemini Ultra is 11.6 points behind GPT-4 on MMLU.", LOSS),
    ("Gemini Ultra trails GPT-4 on MMLU.", LOSS),
    ("Gemini Ultra is 3 points behind GPT-4 in a poll of developers.", None),
    ("Gemini Ultra is 3 points behind GPT-4 in price.", None),
    ("Gemini Ultra trails GPT-4 in downloads.", None),
    ("Claude 3 ranks behind GPT-4 (57) by price.", None),
    ("Claude 3 ranks behind GPT-4 (57).", ("OUTPERFORMS", "gpt-4", "claude-3")),
    ("Gemini Ultra落后于GPT-4。", LOSS),
    ("Gemini Ultra在下载量上落后于GPT-4。", None),
    ("Gemini Ultra落後於GPT-4。", LOSS),
    ("Gemini Ultra在下載量上落後於GPT-4。", None),
    ("Gemini Ultra在价格上落后GPT-4 3美元。", None),
    ("Gemini Ultra在價格上落後GPT-4 3美元。", None),
    ("Gemini Ultra在民调中落后于GPT-4。", None),
    ("Gemini Ultra在民調中落後於GPT-4。", None),
    ("Gemini Ultra在MMLU上落后GPT-4 11分。", LOSS),
])
def test_a_loss_in_use_cost_or_polls_is_none(facts, text, expected):
    assert {f for f in facts(text) if f[0] == "OUTPERFORMS"} == ({expected} if expected else set())


def _cites(extractor, text):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {e.target for e in found.edges if e.type.value == "CITES"}


@pytest.mark.parametrize("text,expected", [
    ("科技日报讯（记者 张三）示例公司今日发布了新模型。", {"stdaily"}),
    ("星河科技日报讯（记者 张三）示例公司今日发布了新模型。", set()),
    ("星河科技日報訊（記者 張三）示例公司今日發布了新模型。", set()),
    ("The chips ship in June, according to Quillwire.", {"quillwire"}),
    ("The chips ship in June, according to Quillwire, which first reported the plan.", {"quillwire"}),
    ("The chips ship in June, according to Zentrix, which makes them.", set()),
    ("The chips ship in June, according to Zentrix, which has built the line.", set()),
    ("Documents reviewed by Quillwire show the model leaked data.", {"quillwire"}),
    ("Documents reviewed by Zentrix engineers show the model leaked data.", set()),
    ("Zenday Daily, a local newspaper, said Acme would cut prices.", {"zenday-daily"}),
    ("Zentime Times, a watchmaker, said Acme would cut prices.", set()),     # a company shaped like a paper
    ("Zenpost Post, a parcel retailer, said Acme would cut prices.", set()),
    ("据星河公司介绍，该芯片将于6月发货。", set()),
    ("據星河公司介紹，該晶片將於6月出貨。", set()),
])
def test_a_maker_or_a_longer_name_is_no_outlet(extractor, text, expected):
    assert _cites(extractor, text) == expected


WOR = "WORRIES"


@pytest.mark.parametrize("text,expected", [
    ("美国发布新的出口管制。中方对此坚决反对。", {(WOR, "us-export-controls", "china")}),
    ("美國發布新的出口管制。中方對此堅決反對。", {(WOR, "us-export-controls", "china")}),
    ("谷歌发布了Gemini。中方对此坚决反对。", set()),
    ("谷歌發布了Gemini。中方對此堅決反對。", set()),
    ("The Garante imposed a fine of 15 million euros on OpenAI.", {(WOR, "openai", "garante")}),
    ("The Garante imposed a fine of 15 million euros on OpenAI's CEO.", set()),
    ("The Garante imposed a fine of 15 million euros on OpenAI's chief executive.", set()),
    ("意大利对OpenAI的首席执行官处以罚款。", set()),
    ("義大利對OpenAI的執行長處以罰款。", set()),
    ("The Authors Guild sued several AI companies in March. The lawsuit targets OpenAI and Microsoft.",
     {(WOR, "openai", "authors-guild"), (WOR, "microsoft", "authors-guild")}),
    ("The Authors Guild sued several AI companies in March. Getty Images later filed its own lawsuit. "
     "The lawsuit targets Stability AI.", set()),
    ("The Authors Guild sued several AI companies in March. Getty Images also sued them. "   # the later suit's
     "The lawsuit targets Stability AI.", {(WOR, "stability-ai", "organization-getty-images")}),
])
def test_worries_read_no_further_than_said(facts, text, expected):
    assert {f for f in facts(text) if f[0] == WOR} == expected


@pytest.mark.parametrize("text", [
    "Acme, Zeta and OpenAI sued Google. Jane Roe said so.\nMr. Roe and Zeta sued Meta; Quill and Nvidia sued Apple",
    "三星、LG與SK海力士起訴了英偉達。OpenAI和Zeta提起诉讼！",
    "One sentence without a stop",
    "Acme Inc. and Zeta Corp. sued Google. Orbit Ltd. Quill said so.",
])
def test_a_party_list_reads_the_sentence_it_is_in(text):
    """The sentence of each position, found by bisecting the article's sentence ends computed once, is the one a walk
    over the extractor's sentences finds (the first ending after it; once per list, a walk was quadratic in an
    article's length) — the extractor's sentences, so "Acme Inc. and Zeta sued…" stays one."""
    from newsgraph.loaders.extract.discovery import _PartyContext
    from newsgraph.loaders.extract.normalize import Normalised
    from newsgraph.loaders.extract.sentences import sentence_spans

    context = _PartyContext(Normalised.of(text), [])
    spans = list(sentence_spans(text))
    for pos in range(len(text)):
        walked = next((span for span in spans if span[1] > pos), spans[-1])
        assert context.sentence(pos) == walked
