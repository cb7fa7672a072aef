"""CITES of the outlets and producers news attributes its information to — a wire's dateline however its dash is
written, a leaderboard a win is read on, an outlet after a description of it, the story a publisher carries from
another outlet (its metadata says so and the text names it) — and the names that are no source: a leaderboard's
category, a name with an adverb glued to it, a surname without its first name and middle initial."""
import pytest

from newsgraph.schema import Article


def _cites(extractor, text, **article):
    found = extractor.extract(Article(id="article-test", title="test", text=text, **article))
    return {(e.target, ev.rule) for e in found.edges if e.type.value == "CITES" for ev in e.evidence}


@pytest.mark.parametrize("text, expected", [
    # datelines: the dash glued to the bracket, an abbreviated wire
    ("OSAKA, June 3 (Jiji Press)--The city opened a new robotics lab.", {("jiji", "cites.byline")}),
    ("AMSTERDAM, Netherlands (AP) — The council approved a new budget.", {("ap", "cites.byline")}),
    ("LONDON (AP) — The regulator fined Acme.", {("ap", "cites.byline")}),
    # a leaderboard where a win is read
    ("Grok 3 surpassed GPT-4o for the first time on Chatbot Arena, a crowdsourced leaderboard.", {("lmarena", "cites.report")}),
    ("在权威模型测评榜单OpenCompass中，Grok 3已领先于GPT-4o。", {("opencompass", "cites.report")}),
    ("在權威模型測評榜單OpenCompass中，Grok 3已領先於GPT-4o。", {("opencompass", "cites.report")}),
    # an outlet after a description of it
    ("According to Hong Kong-based English media South China Morning Post, the talks ended early.", {("scmp", "cites.according_to")}),
    ("According to Japanese media Nikkei, Acme will cut jobs.", {("nikkei", "cites.according_to")}),
    # a magazine in title marks
    ("有專家接受內地《財經》雜誌訪問時稱，可能涉及壟斷行為。", {("caijing", "cites.says")}),
    ("有专家接受内地《财经》杂志访问时称，可能涉及垄断行为。", {("caijing", "cites.says")}),
])
def test_sources_cited(extractor, text, expected):
    assert _cites(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The AP Photo shows the chip.",                                         # no dateline, no speech
    "Grok 3 beat GPT-4o, the company said, and it is hosted on Hugging Face.",  # a host, no leaderboard
    "Grok 3 may surpass GPT-4o on Chatbot Arena.",                          # a win only hedged: nothing read on it
    "Grok 3有望在OpenCompass中超越GPT-4o。",
    "According to social media posts, Acme will cut jobs.",                 # no outlet named
    "财经新闻报道称英伟达可能违法。",                                            # 财经 is "finance", no magazine
    # a leaderboard's category is no source of its own
    "Grok 3 ranks third on the Arena Expert leaderboard with a score of 1507.",
    "On the WebDev leaderboard, which tests coding, Grok 3 scored 1487.",
])
def test_nothing_cited(extractor, text):
    assert _cites(extractor, text) == set()


def test_a_dateline_wire_is_no_abbreviation_of_the_place(extractor):
    found = extractor.extract(Article(id="article-test", title="test", text="AMSTERDAM, Netherlands (AP) — The Netherlands fined Acme for breaking privacy rules."))
    place = next(n for n in found.nodes if n.id == "netherlands")   # a party (a place only mentioned is no node)
    assert "AP" not in place.aliases


@pytest.mark.parametrize("text, person", [
    # an adverb glued to a two-character name stays out of it
    ("腾讯副总裁蒋杰也坦言：“版本只是可用。”", "蒋杰"),
    ("騰訊副總裁蔣杰也坦言：「版本只是可用。」", "蔣杰"),
    ("腾讯副总裁王小明也表示，模型很强。", "王小明"),
    # a first name and a middle initial belong to the surname
    ("“Tricking people is illegal,” FTC Chair Lina M. Khan wrote in a statement.", "lina-m-khan"),
    ("Jane Q. Roe said the model is good.", "jane-q-roe"),
])
def test_quoted_people_whole(extractor, text, person):
    assert _cites(extractor, text) == {(person, "cites.says")}


@pytest.mark.parametrize("publisher, text, expected", [
    # a publisher's metadata naming the outlet whose story it carries, the text naming it too
    ("Local News 8 (AP)", "AMSTERDAM, Netherlands (AP) — The council approved a new budget.", {("ap", "cites.byline"), ("ap", "cites.reprinted")}),
    ("华尔街见闻（转载量子位）", "量子位\n\n百度发布了文心4.0。", {("qbitai", "cites.reprinted")}),
    ("聯合新聞網（轉載量子位）", "量子位\n\n百度發布了文心4.0。", {("qbitai", "cites.reprinted")}),
    # the carried outlet is no longer taken for the publisher: what its people say is cited
    ("Tech Digest (republishing Ars Technica)", "“It is good,” researcher Jane Roe told Ars Technica.",
     {("ars-technica", "cites.told"), ("ars-technica", "cites.reprinted"), ("jane-roe", "cites.says")}),
    # an outlet the gazetteer lacks, named after the reprint word: where the text names it, it is that outlet
    ("Coin Flash (citing Decrypt)", "According to Decrypt, Acme has released Zeta-2.", {("decrypt", "cites.according_to")}),
    ("Coin Flash (citing Decrypt)", "Acme has released Zeta-2.", set()),
    # a Chinese name is glued to the words around it, and either script names it
    ("华尔街见闻（转载新智猿）", "据新智猿报道，百度发布了文心4.0。", {("新智猿", "cites.according_to")}),
    ("华尔街见闻（转载新智猿）", "據新智猿報導，百度發布了文心4.0。", {("新智猿", "cites.according_to")}),
    # a Latin name as written, a word apart; a word of every sentence is no outlet's name
    ("Coin Flash (citing Decrypt)", "According to Decryptor, Acme has released Zeta-2.", set()),
    ("Coin Flash (citing AI)", "According to AI, Acme has released Zeta-2.", set()),
    ("Coin Flash (citing The)", "The report says Acme has released Zeta-2.", set()),
    # the text does not name it: nothing
    ("The Daily Planet (republishing The Register)", "Meta released Llama 3.1 405B today.", set()),
    # the bracket names a host or a mirror the story is read through: the host is no source; what the text credits to
    # the writer is cited, no self-citation (tests/test_extract_cites_carried.py)
    ("Reuters (via Yahoo Finance)", "Meta released Llama 3.1 405B today on Yahoo Finance.", set()),
    ("OpenCompass 司南 (CSDN mirror)", "司南公布了最新榜单，CSDN转发。", {("opencompass", "cites.report")}),
])
def test_stories_carried_from_another_outlet(extractor, publisher, text, expected):
    assert _cites(extractor, text, publisher=publisher) == expected


@pytest.mark.parametrize("author, publisher, expected", [
    # a byline crediting a wire service as the author ("By PA Media", "By Reuters", "文｜新华社"): the wire's copy, cited
    ("PA Media", None, {("pa-media", "cites.byline_wire")}),
    ("Reuters", "Coin Flash", {("reuters", "cites.byline_wire")}),
    ("AP (Associated Press)", None, {("ap", "cites.byline_wire")}),
    ("新华社", "星河日报", {("xinhua", "cites.byline_wire")}),
    ("新華社", "星河日報", {("xinhua", "cites.byline_wire")}),
    # the wire is the publisher itself, a reporter is the author, or an outlet that is no wire: nothing
    ("Reuters", "Reuters", set()),
    ("Jane Roe", "Coin Flash", set()),
    ("Jane Roe and Reuters", None, set()),
    ("The Verge", "Coin Flash", set()),
])
def test_wire_credited_in_the_byline(extractor, author, publisher, expected):
    assert _cites(extractor, "Acme Labs has released Zeta-2.", author=author, publisher=publisher) == expected
