"""CITES to voices the earlier rules missed: associations and unions speaking for their members (known or found by
their name's suffix), a titled person set off by a comma before a time and a frame, a foreign name glossed in Latin
that opens with a known shorter name, a chief's title in lower case, a surname closing a quote with "stated", an
outlet named before "interview", a warning inverted after a quote. Invented names and sentences."""
import pytest

A = "article-test"


@pytest.mark.parametrize("text, expected", [
    # an association known to the gazetteer, or found by its suffix, speaks for its members
    ("美國電影協會表示，新模型侵犯版權。", {(A, "mpa", "cites.says")}),
    ("美国电影协会表示，新模型侵犯版权。", {(A, "mpa", "cites.says")}),
    ("The Motion Picture Association said on Monday that the tool copies films.", {(A, "mpa", "cites.says")}),
    ("星河內容協會在聲明中指出，模型侵權。", {(A, "星河內容協會", "cites.says")}),
    ("星河内容协会在声明中指出，模型侵权。", {(A, "星河内容协会", "cites.says")}),
    ("The Zeta Writers Guild said the deal was unfair.", {(A, "zeta-writers-guild", "cites.says")}),
    ("“Rules must stay,” warns BEUC.", {(A, "beuc", "cites.said_by")}),
    # a titled person set off by a comma, then only a time and a frame before the verb (a place inside the frame)
    ("示例公司創辦人唐明，近期在北京一場研討會上說，「差距持續擴大」。", {(A, "唐明", "cites.says")}),
    ("示例公司创办人唐明，近期在北京一场研讨会上说，“差距持续扩大”。", {(A, "唐明", "cites.says")}),
    ("示例公司首席AI科学家姚明，在该场研讨会上说，“瓶颈是芯片产能”。", {(A, "姚明", "cites.says")}),
    # a glossed foreign name opening with a known shorter name (穆迪, Moody's): the person, not the firm
    ("星河通訊部長穆迪雅（Jane Roe）10日發表聲明指出：「深偽影像侵犯人權。」", {(A, "穆迪雅", "cites.says")}),
    ("星河通讯部长穆迪雅（Jane Roe）10日发表声明指出：“深伪影像侵犯人权。”", {(A, "穆迪雅", "cites.says")}),
    # a chief's title in lower case, then the surname alone; a surname closing a quote with "stated"
    ("Acme chief executive officer Jane Roe defended the plan. Roe said on Wednesday that talks go on.",
     {(A, "jane-roe", "cites.says")}),
    ("Acme CEO Jane Roe demanded a halt. “This is theft,” Roe stated.", {(A, "jane-roe", "cites.says")}),
    # an outlet named before "interview"; the Chinese forms are interviews read by cites.says already
    ("Acme keeps no records, the founder said in a Reuters TV interview last week.", {(A, "reuters", "cites.interview_named")}),
    ("他在路透社的專訪中表示，價格下降。", {(A, "reuters", "cites.says")}),
    ("他在路透社的一次采访中表示，价格下降。", {(A, "reuters", "cites.says")}),
    # nothing: a company found by its suffix, a person as another's object, a frame followed by another act,
    # an interview only mentioned, the firm itself not glossed as a person
    ("星河科技公司表示，需求強勁。", set()),
    ("星河科技公司表示，需求强劲。", set()),
    ("示例公司向创办人唐明，在会上表示感谢。", set()),
    ("示例公司創辦人唐明，在會上簽署了協議。", set()),
    ("Acme CEO Jane Roe demanded a halt to the app.", set()),
    ("The Reuters interview was long.", set()),
    ("He watched a Reuters TV interview with the founder.", set()),
    ("路透社的采访很长。", set()),
])
def test_cites_voices(ruled, text, expected):
    assert ruled("CITES", text) == expected


def test_a_known_name_standing_alone_is_still_the_firm(ruled):
    assert ruled("CITES", "穆迪表示，評級穩定。") == {(A, "moodys", "cites.says")}
    assert ruled("CITES", "穆迪表示，评级稳定。") == {(A, "moodys", "cites.says")}
