"""Regulatory scrutiny and counted worries in the constructions of real news (worries.joined, worries.probe,
worries.scrutiny, worries.experiencer): the party who fears, probes or bans is the target, what it fears the
source — in three scripts, and nothing where a frame is negated, hedged, praising, or only names a regulator."""
import pytest


def ruled_worries(extractor, text):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {(e.source, e.target, ev.rule) for e in found.edges if e.type.value == "WORRIES" for ev in e.evidence}


def pairs(extractor, text):
    return {(s, t) for s, t, _ in ruled_worries(extractor, text)}


# each case: the text, the expected (cause, party) pairs, and the rule that must give the new ones
JOINED = [
    # "joins A in …": the subject and the parties listed after it (an article may open the list)
    ("The CNIL joins the Garante in raising concerns over DeepSeek.",
     {("deepseek", "cnil"), ("deepseek", "garante")}, {("deepseek", "cnil", "worries.joined")}),
    ("Ireland's DPC joined the Garante and the CNIL in questioning DeepSeek.",
     {("deepseek", "irish-dpc"), ("deepseek", "garante"), ("deepseek", "cnil")},
     {("deepseek", "irish-dpc", "worries.joined")}),
    ("Spain's AEPD joins the CNIL and the Garante in examining ChatGPT.",
     {("chatgpt", "aepd"), ("chatgpt", "cnil"), ("chatgpt", "garante")}, {("chatgpt", "aepd", "worries.joined")}),
    # "成为继A之后又一个…的国家": the subject linked to the frame, a probe's object inside its match
    ("法国成为继意大利之后又一个对DeepSeek展开调查的国家。",
     {("deepseek", "france"), ("deepseek", "italy")}, {("deepseek", "france", "worries.joined")}),
    ("法國成為繼義大利之後又一個對DeepSeek表達疑慮的國家。",
     {("deepseek", "france"), ("deepseek", "italy")}, {("deepseek", "france", "worries.joined")}),
    ("韩国是继意大利之后第二个禁止DeepSeek的国家。",
     {("deepseek", "south-korea"), ("deepseek", "italy")}, {("deepseek", "south-korea", "worries.joined")}),
    ("韓國是繼義大利之後第二個禁用DeepSeek的國家。",
     {("deepseek", "south-korea"), ("deepseek", "italy")}, {("deepseek", "south-korea", "worries.joined")}),
    # "the latest regulator to question X": a probe counted
    ("Ireland became the latest regulator to question DeepSeek.", {("deepseek", "ireland")},
     {("deepseek", "ireland", "worries.probe")}),
    ("The Irish DPC is the latest watchdog to scrutinize DeepSeek.", {("deepseek", "irish-dpc")},
     {("deepseek", "irish-dpc", "worries.probe")}),
]


@pytest.mark.parametrize("text, expected, evidence", JOINED)
def test_worries_joined_and_counted(extractor, text, expected, evidence):
    assert pairs(extractor, text) == expected
    assert evidence <= ruled_worries(extractor, text)


JOINED_NOTHING = [
    ("The CNIL did not join the Garante in raising concerns over DeepSeek.", {("deepseek", "garante")}),  # the CNIL did not
    ("The CNIL may join the Garante in questioning DeepSeek.", set()),                   # only possible
    ("The CNIL joined the Garante in praising DeepSeek.", set()),                        # praise, no worry
    ("Microsoft joins Google in investing in Anthropic.", set()),
    ("OpenAI成为继谷歌之后又一家发布推理模型的公司。", set()),                              # a release, no worry
    ("法国并未成为继意大利之后又一个对DeepSeek展开调查的国家。", set()),                    # negated
    ("OpenAI is the latest company to question the benchmark.", set()),                  # nothing named after the verb
    ("Google became the first company to examine Gemini's safety.", set()),              # its own product
]


@pytest.mark.parametrize("text, expected", JOINED_NOTHING)
def test_worries_joined_nothing_new(extractor, text, expected):
    assert pairs(extractor, text) == expected
