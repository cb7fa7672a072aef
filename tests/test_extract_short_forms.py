"""A body named in full once and by its short form after: the short form (a name discovered, ending the full name,
the rest a known place) is the same organisation (Simplified and Traditional Chinese, where news drops the country
after the first mention); nothing without the full name in the article."""
import pytest


@pytest.mark.parametrize("text, present, absent", [
    ("韩国个人信息保护委员会17日表示，DeepSeek服务已暂停。个人信息保护委员会表示，将继续调查。",
     {"korea-pipc"}, {"个人信息保护委员会"}),
    ("韓國個人資訊保護委員會17日表示，DeepSeek服務已暫停。個人資訊保護委員會表示，將繼續調查。",
     {"korea-pipc"}, {"個人資訊保護委員會", "个人资讯保护委员会"}),
])
def test_short_form_is_the_body_named_in_full(organisations, text, present, absent):
    orgs = organisations(text)
    assert present <= orgs and not (absent & orgs)


@pytest.mark.parametrize("text, expected", [
    ("韩国个人信息保护委员会17日表示，DeepSeek服务已暂停。去年，个人信息保护委员会对OpenAI和谷歌进行了检查。",
     {("openai", "korea-pipc", "worries.probe"), ("google", "korea-pipc", "worries.probe")}),
    ("韓國個人資訊保護委員會17日表示，DeepSeek服務已暫停。去年，個人資訊保護委員會對OpenAI和谷歌進行了檢查。",
     {("openai", "korea-pipc", "worries.probe"), ("google", "korea-pipc", "worries.probe")}),
    # must find nothing: a short form with no full name in the article
    ("去年，个人信息保护委员会对OpenAI和谷歌进行了检查。", set()),
    ("The Protection Commission fined OpenAI over data leaks.", set()),
])
def test_short_form_acts_as_the_body(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
