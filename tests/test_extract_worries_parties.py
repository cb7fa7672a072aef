"""WORRIES with parties the gazetteer lacks: in the sentence of a legal act (a lawsuit, a complaint, a probe, a
fine: names.party_acts), a list holding a known organisation names parties, so its unknown members that look like
names of organisations (one capitalised word, a word in capitals, or words ending with an organisation suffix) are
organisations too (discovery.org_party). Invented names, three scripts; cases that must find nothing: a person, a
word a title opens elsewhere, an ordinary word written in lower case elsewhere, a capital opening the sentence,
a product, no legal act."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised


@pytest.mark.parametrize("text, expected", [
    # "A, B and C sued D": one known plaintiff, two the gazetteer lacks
    ("Disney, Zentor and ORBISCO sued Midjourney over its images.",
     {("midjourney", "disney", "worries.probe"), ("midjourney", "zentor", "worries.probe"),
      ("midjourney", "orbisco", "worries.probe")}),
    ("迪士尼、Zentor 和 ORBISCO 起诉了 Midjourney。",
     {("midjourney", "disney", "worries.probe"), ("midjourney", "zentor", "worries.probe"),
      ("midjourney", "orbisco", "worries.probe")}),
    # the list, then a clause, then what the complaint is about (对…提起…投诉)
    ("这几家唱片商，迪士尼、Zentor 和 ORBISCO，根据法庭文件，对 Midjourney 提起了侵犯版权的诉讼。",
     {("midjourney", "disney", "worries.probe"), ("midjourney", "zentor", "worries.probe"),
      ("midjourney", "orbisco", "worries.probe")}),
    ("迪士尼和Zentor對Midjourney提起訴訟。",
     {("midjourney", "disney", "worries.probe"), ("midjourney", "zentor", "worries.probe")}),
    # "D was sued by A and B"; a name with an organisation suffix
    ("Midjourney was sued by Disney and Zentor over images.",
     {("midjourney", "disney", "worries.scrutiny"), ("midjourney", "zentor", "worries.scrutiny")}),
    ("Disney and Halvern Records filed a lawsuit against Midjourney.",
     {("midjourney", "disney", "worries.probe"), ("midjourney", "halvern-records", "worries.probe")}),
    # fined or probed by a body: the targets
    ("The FTC fined OpenAI and Zentor for misleading users.",
     {("openai", "ftc", "worries.probe"), ("zentor", "ftc", "worries.probe")}),
    # must find nothing for the unknown: a person listed (the list is no list of organisations), a word a
    # title opens elsewhere, a capital opening the sentence, an ordinary word written in lower case elsewhere,
    # a product, no legal act
    ("Disney, Jane Roe and Zentor sued Midjourney.", set()),
    ("Ms. Zentor said Disney and Zentor sued Midjourney.", {("midjourney", "disney", "worries.probe")}),
    ("Zentor and Disney sued Midjourney over images.", {("midjourney", "disney", "worries.probe")}),
    ("Lawyers and Disney sued Midjourney over images.", {("midjourney", "disney", "worries.probe")}),
    ("Disney and Copyright sued Midjourney in a copyright case.", {("midjourney", "disney", "worries.probe")}),
    ("Disney and Zentor app sued Midjourney.", {("midjourney", "disney", "worries.probe")}),
    ("Disney, Zentor and ORBISCO signed a licensing deal with Midjourney.", set()),
    ("迪士尼、Zentor 和 ORBISCO 与 Midjourney 签署了授权协议。", set()),
    ("迪士尼、Zentor 和 ORBISCO 與 Midjourney 簽署了授權協議。", set()),
])
def test_worries_unknown_parties(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, parties", [
    ("Disney, Zentor and ORBISCO sued Midjourney.", ["Zentor", "ORBISCO"]),
    ("環球音樂、Zentor 和 ORBISCO 對 Midjourney 提起了訴訟。", ["Zentor", "ORBISCO"]),
    # must find nothing: no known organisation in the list, no legal act, a person
    ("Zentor and ORBISCO sued Midjourney.", []),
    ("Disney, Zentor and ORBISCO praised Midjourney.", []),
    ("Disney and Jane Roe sued Midjourney.", []),
])
def test_discovered_parties_rule(extractor, text, parties):
    found = extractor.mentions(Normalised.of(text))  # the session's rule extractor, shared
    assert [m.surface for m in found if m.rule == "discovery.org_party"] == parties


@pytest.mark.parametrize("text, expected", [
    # a publisher's, a label's or a news group's name by its suffix or the kind noun before it (discovery.org_en,
    # discovery.org_described, discovery.org_zh)
    ("Halvern Publishing and Orbis Music Group sued Midjourney.",
     {("midjourney", "halvern-publishing", "worries.probe"), ("midjourney", "orbis-music-group", "worries.probe")}),
    ("The record label Halvern filed a lawsuit against Midjourney.", {("midjourney", "halvern", "worries.probe")}),
    ("The news group Zeta sued Midjourney.", {("midjourney", "zeta", "worries.probe")}),
    ("星河出版社起诉了Midjourney。", {("midjourney", "星河出版社", "worries.probe")}),
    ("星河出版社對Midjourney提起訴訟。", {("midjourney", "星河出版社", "worries.probe")}),
    ("星河報社對Midjourney提起訴訟。", {("midjourney", "星河報社", "worries.probe")}),
    # must find nothing: the suffix alone, a generic one, a publisher who may be a person, a description
    ("The Media Group sued Midjourney.", set()),
    ("The National Publishing Group sued Midjourney.", set()),
    ("The music publisher Jane Roe sued Midjourney.", set()),
    ("这家出版社起诉了Midjourney。", set()),
    ("該報社對Midjourney提起訴訟。", set()),
])
def test_worries_publishers_and_labels(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
