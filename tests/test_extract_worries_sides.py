"""A government named as "the side" of an official statement ("中方对此坚决反对", "荷方于…发布", "the Chinese side
firmly opposes it"): the country, and the worried party is the one ministry the article names as speaking
("商务部新闻发言人表示"); with no ministry speaking, or two, it stays the country (authorities.retarget_countries)."""
import pytest

from newsgraph.schema import Article


def worried(facts, text):
    return {t for k, s, t in facts(text) if k == "WORRIES"}


def released_by(facts, text):
    return {s for k, s, t in facts(text) if k == "RELEASED"}


def node_ids(extractor, text):
    return {n.id for n in extractor.extract(Article(id="article-test", title="test", text=text)).nodes}


@pytest.mark.parametrize("text", [
    "商务部新闻发言人14日表示,日本发布了对华光子芯片出口管制措施。中方对此坚决反对。",
    "中国商务部发言人表示,美方于3月4日发布了对华量子芯片出口管制新规。该新规涉及多家企业。中方对此坚决反对。",
    "中國商務部13日回應時表示,日方於3月4日發布了對華光子晶片出口管制新規。中方對此堅決反對。",
    "商務部新聞發言人就荷蘭出口管制問題答記者問。荷方於5月2日發布了對華量子設備出口管制措施。中方對此表示強烈不滿。",
    "China's Ministry of Commerce said on Tuesday that Washington had issued new export rules on photonic chips. "
    "The Chinese side firmly opposes the rules.",
])
def test_side_of_a_ministry_statement_is_the_ministry(facts, text):
    assert worried(facts, text) == {"china-commerce-ministry"}


@pytest.mark.parametrize("text", [
    # no ministry named as speaking: the country
    "美方于3月4日发布了对华光子芯片出口管制新规。中方对此坚决反对。",
    "中国网信办上月发布了生成式AI新规。美方于3月4日发布了对华光子芯片出口管制新规。中方对此坚决反对。",
    "美方於3月4日發布了對華光子晶片出口管制新規。中方對此堅決反對。",
    "Washington issued new export rules on photonic chips on Monday. The Chinese side firmly opposes the rules.",
    # two ministries of the country speak: which one the side is, is not said
    "中国外交部发言人周一表示,将密切关注事态。商务部新闻发言人14日表示,日本发布了对华光子芯片出口管制措施。中方对此坚决反对。",
    # the ministry speaks, but the worry names the country itself, not its side
    "China's Ministry of Commerce said on Tuesday that Washington had issued new export rules on photonic chips. "
    "China firmly opposes the rules, officials in Beijing added.",
])
def test_side_without_one_speaking_ministry_stays_the_country(facts, text):
    assert worried(facts, text) == {"china"}


@pytest.mark.parametrize("text, expected", [
    ("荷方于3月4日发布了对华光子芯片出口管制新规。", {"netherlands"}),
    ("日方於3月4日發布了對華光子晶片出口管制新規。", {"japan"}),
    ("韩方于3月4日发布了对华量子芯片出口管制新规。", {"south-korea"}),
])
def test_side_names_its_country(facts, text, expected):
    assert released_by(facts, text) == expected


@pytest.mark.parametrize("text, absent", [
    ("新规自3月1日方可生效。", "japan"),
    ("这种做法方面存在问题,打印方面也很慢。", "france"),
    ("其中方案一由一家初创公司提出,这是一个完美方案。", "china"),
    ("負荷方面很高。", "netherlands"),
])
def test_side_inside_other_words_is_no_country(extractor, text, absent):
    assert absent not in node_ids(extractor, text)
