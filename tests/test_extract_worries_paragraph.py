"""WORRIES spread over two sentences: a worry with no cause of its own ("对此表示担忧", "The Garante voiced concern.")
is about the one model or policy named in the sentence before — and about nothing when several are named."""
import pytest


@pytest.mark.parametrize("text, expected", [
    ("DeepSeek上月推出R1。韓國個人資訊保護委員會對此表示擔憂。", {("deepseek-r1", "korea-pipc", "worries.experiencer")}),
    ("DeepSeek上月推出R1。韩国个人信息保护委员会对此表示担忧。", {("deepseek-r1", "korea-pipc", "worries.experiencer")}),
    ("DeepSeek上月推出R1。韩国个人信息保护委员会表示担忧。", {("deepseek-r1", "korea-pipc", "worries.experiencer")}),
    ("歐盟去年通過《人工智能法案》。Meta和谷歌對此表達關切。",
     {("eu-ai-act", "meta", "worries.experiencer"), ("eu-ai-act", "google", "worries.experiencer")}),
    ("欧盟去年通过《人工智能法案》。Meta和谷歌对此表达关切。",
     {("eu-ai-act", "meta", "worries.experiencer"), ("eu-ai-act", "google", "worries.experiencer")}),
    ("OpenAI launched Sora 2 last week. The Garante expressed concern.", {("sora-2", "garante", "worries.experiencer")}),
    ("OpenAI launched Sora 2 last week. The Garante voiced concern about it.", {("sora-2", "garante", "worries.experiencer")}),
    ("DeepSeek's chatbot topped the app charts. But the Garante is worried.", {("deepseek", "garante", "worries.experiencer")}),
    # a product carried over from the clause before worries, not its maker
    ("OpenAI上週推出的GPT-5，令谷歌倍感擔憂。", {("gpt-5", "google", "worries.causative")}),
    ("OpenAI上周推出的GPT-5，令谷歌倍感担忧。", {("gpt-5", "google", "worries.causative")}),
    # a person opening the sentence speaks for the organisation named in apposition
    ("Jason Oxman, the head of the ITIC, said he was worried about the AI Diffusion Rule.",
     {("ai-diffusion-rule", "itic", "worries.experiencer")}),
    ("Jason Oxman, the head of the ITIC, wrote to the secretary, expressing concerns about the AI Diffusion Rule.",
     {("ai-diffusion-rule", "itic", "worries.experiencer")}),
    ("The Commerce Department issued the AI Diffusion Rule. Jason Oxman, the head of the ITIC, wrote to the secretary, "
     "expressing concerns that further restrictions could disrupt supply chains.",
     {("ai-diffusion-rule", "itic", "worries.experiencer")}),
])
def test_worries_about_the_one_thing_named_before(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text", [
    "OpenAI launched Sora 2 and GPT-5 last week. The Garante expressed concern.",     # two candidates
    "DeepSeek推出R1和V3。韩国个人信息保护委员会对此表示担忧。",
    "DeepSeek推出R1和V3。韓國個人資訊保護委員會對此表示擔憂。",
    "OpenAI launched Sora 2 last week. The Garante did not express concern.",
    "OpenAI launched Sora 2 last week. Analysts expressed concern.",                 # no organisation worried
    "The Garante expressed concern.",                                                # nothing named before
    "Jason Oxman, a former adviser to the ITIC, said he was worried about the AI Diffusion Rule.",
    "Jason Oxman, the head of the ITIC, wrote to the secretary, expressing concerns that further restrictions could "
    "disrupt supply chains.",                                                        # no policy named before
])
def test_worries_nothing_when_the_earlier_thing_is_not_one(ruled, text):
    assert ruled("WORRIES", text) == set()
