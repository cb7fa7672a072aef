"""RELEASED of a policy signed by a leader named after the verb ("was signed into law by Ohio Gov. Jane Roe", "已由加州州长纽森签署")
and by a governor whose title is written with no place ("Gov. Newsom signs SB 53": the place the gazetteer's own names of
the governor give) — and nothing for a policy signed by people who hold no office, in three scripts (short invented articles)."""
import pytest


def _released(ruled, text):
    return {(s, t, r) for s, t, r in ruled("RELEASED", text)}


@pytest.mark.parametrize("text, expected", [
    # the leader after "by": a place before the title, the leader's name unknown
    ("The Robot Fairness Act was signed into law by Tennessee Gov. Jane Roe on Thursday.",
     {("tennessee", "robot-fairness-act", "released.signed_passive")}),
    ("The Robot Fairness Act was signed by Utah Governor Jane Roe last week.",   # "signed by" alone: the passive rule's
     {("utah", "robot-fairness-act", "released.passive")}),
    # a governor the gazetteer knows, titled, after "by"
    ("SB 53 was signed by Governor Gavin Newsom on Monday.", {("california", "california-sb-53", "released.signed_passive")}),
    # 由 before the leader
    ("SB 53法案已由加州州长纽森签署生效。", {("california", "california-sb-53", "released.signed_passive")}),
    ("SB 53法案已由加州州長紐森簽署生效。", {("california", "california-sb-53", "released.signed_passive")}),
    # a governor's title with no place: the place his own names give
    ("Gov. Newsom signs SB 53 into law.", {("california", "california-sb-53", "released.leader")}),
    ("州长纽森签署了SB 53法案。", {("california", "california-sb-53", "released.leader")}),
    ("州長紐森簽署了SB 53法案。", {("california", "california-sb-53", "released.leader")}),
])
def test_signed_by_a_leader(ruled, text, expected):
    assert _released(ruled, text) == expected


@pytest.mark.parametrize("text", [
    "SB 53 was signed by 40 researchers in an open letter.",                 # people of no office
    "The Robot Fairness Act was signed by the presidents of two universities.",
    "SB 53法案已由四十名研究人员联署支持。",                                      # no leader signs
    "Newsom signed SB 53 on Monday." .replace("Newsom", "Jane Roe"),        # a name with no title
])
def test_signed_by_no_office(ruled, text):
    assert _released(ruled, text) == set()
