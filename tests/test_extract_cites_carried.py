"""A page that is a host's copy of another outlet's story — the publisher's metadata names the outlet, then the host in
brackets ("Quillwire (via example.com)", "星河日报（网易号）", "中央社（LINE TODAY）", "星河日报（example.cn 转载）"): the
outlet named first wrote it, so what the text credits to it (a dateline, "X reported") cites it — no self-citation,
as on the outlet's own page — and the host is no source. A wire's dateline with its reporter stays in the text, and a
dateline may write blanks around its digits."""
import pytest

from newsgraph.loaders.readers import read_string
from newsgraph.schema import Article


def _cites(extractor, text, publisher):
    found = extractor.extract(Article(id="article-test", title="test", text=text, publisher=publisher))
    return {e.target for e in found.edges if e.type.value == "CITES"}


CREDITED = {
    "en": ("LONDON (Reuters) - Acme Labs has released Zeta-2, a model for code.", "reuters"),
    "hans": ("（中央社台北24日电）星河科技发布了新模型悦途-2。", "cna"),
    "hant": ("（中央社台北24日電）星河科技發布了新模型悅途-2。", "cna"),
}


@pytest.mark.parametrize("publisher, script", [
    # a host named after "via", "republished on", "as captured by", or after a comma ("English edition, via …")
    ("Reuters (via Example News)", "en"),
    ("Reuters (republished on example.com)", "en"),
    ("Reuters (company feed, as captured by example.fyi)", "en"),
    ("Reuters (English edition, via example.net)", "en"),
    # a host named first and a word of copying after it: a mirror, a repost, 转载 (reprinted by the host)
    ("Reuters (example.com repost)", "en"),
    ("中央社（example.cn 转载）", "hans"),
    ("中央社（Yahoo奇摩轉載）", "hant"),
    # a self-media platform the outlet keeps an account on, an aggregator named alone
    ("中央社 (网易号, 163.com)", "hans"),
    ("中央社（百家號）", "hant"),
    ("中央社（LINE TODAY）", "hant"),
    ("Reuters (MSN)", "en"),
])
def test_the_writer_a_host_carries_is_cited_where_the_text_credits_it(extractor, publisher, script):
    text, writer = CREDITED[script]
    assert _cites(extractor, text, publisher) == {writer}


@pytest.mark.parametrize("publisher, script", [
    ("Reuters (reuters.com)", "en"),            # the outlet's own address: its own page, no self-citation
    ("Reuters (English edition)", "en"),        # its own edition
    ("中央社（cna.com.tw）", "hans"),
    ("中央社（繁體版）", "hant"),
    ("中央社（科技文章转载）", "hans"),             # 转载 after a description, no host's name: a reprinted article
    ("Reuters", "en"),                          # no bracket
    ("中央社", "hant"),
])
def test_the_outlet_s_own_page_cites_nothing(extractor, publisher, script):
    assert _cites(extractor, CREDITED[script][0], publisher) == set()


@pytest.mark.parametrize("publisher, script", [
    ("Reuters (via Example News)", "en"),
    ("中央社（LINE TODAY）", "hant"),
])
def test_no_credit_in_the_text_no_citation(extractor, publisher, script):
    text = {"en": "Acme Labs has released Zeta-2, a model for code.", "hant": "星河科技發布了新模型悅途-2。"}[script]
    assert _cites(extractor, text, publisher) == set()


def test_the_host_is_never_the_story_s_source(extractor):
    # "中央社（雅虎奇摩新闻转载）": the bracket names who reprinted the story, so naming the host in the text cites nothing
    cited = _cites(extractor, "（中央社台北24日电）雅虎奇摩新闻首页刊出了这则消息。", "中央社（雅虎奇摩新闻转载）")
    assert cited == {"cna"}


@pytest.mark.parametrize("text, expected", [
    ("April 30 (UPI) -- Acme Labs sued Globex over its chatbot.", {"upi"}),
    ("据合众国际社报道，星河科技起诉了悦途公司。", {"upi"}),
    ("據合眾國際社報導，星河科技起訴了悅途公司。", {"upi"}),
    ("據周刊王報導，聯發科發表了新模型。", {"ctwant"}),
    # a dateline with blanks around its digits
    ("IT之家 8 月 5 日消息，星河科技发布了新模型悦途-2。", {"ithome"}),
    ("IT之家 8 月 5 日消息，星河科技發布了新模型悅途-2。", {"ithome"}),
    ("阿里巴巴 8 月 5 日消息，星河科技发布了新模型悦途-2。", set()),   # a company's news, no outlet's dateline
])
def test_wires_and_datelines_in_text(extractor, text, expected):
    assert _cites(extractor, text, "Example Daily") == expected


@pytest.mark.parametrize("prefix, cited", [
    ("（中央社記者王小明台北24日電）", {"cna"}),     # a wire's dateline with its reporter stays and credits the wire
    ("（中央社记者王小明北京24日电）", {"cna"}),
    ("（記者 林志玲／台北報導）", set()),             # a reporter's line: metadata only, left out of the text
])
def test_wire_dateline_with_reporter_on_another_page(extractor, prefix, cited):
    [art] = read_string(f"晶片新聞\n{prefix}星河科技發布了新模型悅途-2，據公司介紹效能提升兩倍。\n", "b.txt")
    found = extractor.extract(art.model_copy(update={"publisher": "Example Daily"}))
    assert {e.target for e in found.edges if e.type.value == "CITES"} == cited


@pytest.mark.parametrize("publisher, author, cited", [
    # a host's page whose byline opens with the writer's name: the writer's own credit, cited
    ("星河日报 (网易号, 163.com)", "星河日报 王小明", {"outlet-星河日报"}),
    ("星河日報（百家號）", "星河日報 王小明", {"outlet-星河日報"}),
    ("Quillwire Daily (via example.com)", "Quillwire Daily Staff", {"outlet-quillwire-daily"}),
    # the outlet's own page, a reporter alone, a longer name: nothing
    ("星河日报", "星河日报 王小明", set()),
    ("星河日報（百家號）", "王小明", set()),
    ("Quillwire (via example.com)", "Quillwireless Staff", set()),
])
def test_the_writer_s_byline_on_a_host_s_page(extractor, publisher, author, cited):
    found = extractor.extract(Article(id="article-test", title="test", text="Acme Labs has released Zeta-2.",
                                      publisher=publisher, author=author))
    assert {e.target for e in found.edges if e.type.value == "CITES"} == cited


@pytest.mark.parametrize("text, cited", [
    # an outlet's name alone in square brackets opening a paragraph near the top, perhaps under a photo's caption
    ("[Reuters] Acme Labs has released Zeta-2, a model for code.", {"reuters"}),
    ("*星河科技的新平台。(图/记者王某摄)*\n\n【路透社】星河科技发布了新模型悦途-2。", {"reuters"}),
    ("*星河科技的新平台。(圖/記者王某攝)*\n\n[周刊王CTWANT] 「不做才可惜」，星河科技發布了新模型悅途-2。", {"ctwant"}),
    # inside a sentence, or far down the story: no opening credit
    ("Acme Labs has released Zeta-2 [Reuters] today.", set()),
    ("星河科技发布了新模型悦途-2。" * 40 + "\n\n【路透社】悦途-2很快。", set()),
    ("[Zeta-2] 星河科技發布了新模型悅途-2。", set()),   # a model's name, no outlet
])
def test_an_outlet_in_square_brackets_opening_the_story(extractor, text, cited):
    assert {t for t in _cites(extractor, text, "Example Daily")} == cited


def test_an_opening_credit_on_a_page_of_unknown_publisher_is_its_own(extractor):
    # no publisher in the metadata: "[星河周刊]" opening the story is most likely the page's own masthead
    found = extractor.extract(Article(id="article-test", title="test", text="[Reuters] Acme Labs has released Zeta-2."))
    assert not [e for e in found.edges if e.type.value == "CITES"]
