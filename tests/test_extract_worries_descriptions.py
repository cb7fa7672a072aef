"""WORRIES read over the descriptions news writes around a name, in three scripts: a kind of product written before
the company name that stands for the product ("blocked Chinese AI app Zeta", "封锁聊天机器人Zeta"), a company written
only as the backer of another ("the Microsoft-backed AI company", "微软支持的OpenAI"), plaintiffs listed with a count
of their kind before or after them ("美国三大影视集团迪士尼、…", "A、B和C三大影视集团，联合起诉X") and a wrong the accused is
said to hold ("指控其…存在大规模侵权"), and companies a ban keeps from buying ("禁止A、B等企业采购X"). Each class with
cases that must find nothing."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # the kind of product, with a place or a quality word, between the ban verb and the company's name
    ("France's CNIL blocked Chinese AI app Zhipu, citing privacy risks.", {("zhipu-ai", "cnil", "worries.ban")}),
    ("The Garante banned the popular chatbot Mistral over data protection concerns.",
     {("mistral-ai", "garante", "worries.ban")}),
    ("The Garante blocked the AI app Mistral over privacy concerns.", {("mistral-ai", "garante", "worries.ban")}),
    ("意大利隐私监管机构以数据保护为由封禁聊天机器人Mistral。", {("mistral-ai", "garante", "worries.ban")}),
    ("義大利隱私監管機構以資料保護為由封禁聊天機器人Mistral。", {("mistral-ai", "garante", "worries.ban")}),
    ("法国CNIL以隐私风险为由封锁了AI应用程序智谱。", {("zhipu-ai", "cnil", "worries.ban")}),
    # must find nothing: the ban hedged; a place after "in"; a maker pulling its own app
    ("The Garante may block Chinese AI app Zhipu over privacy concerns.", set()),
    ("法国CNIL可能以隐私风险为由封锁AI应用程序智谱。", set()),
    ("The Garante blocked the app in Italy over privacy concerns.", set()),
    ("Zhipu blocked the AI app Zhipu for maintenance.", set()),
])
def test_worries_product_kind_before_the_name(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the backer only describes the company sued; the company itself still worries the plaintiff
    ("The Daily Ledger sued OpenAI, accusing the Microsoft-backed company of copying its articles.", set()),
    ("Getty Images sued Amazon-backed Anthropic over copyright.",
     {("anthropic", "organization-getty-images", "worries.probe")}),
    ("盖蒂图片社起诉微软支持的OpenAI侵犯版权。", {("openai", "organization-getty-images", "worries.probe")}),
    ("蓋蒂圖片社起訴微軟支持的OpenAI侵犯版權。", {("openai", "organization-getty-images", "worries.probe")}),
    # the same backer sued in its own right is a cause
    ("Getty Images sued Microsoft over copyright.", {("microsoft", "organization-getty-images", "worries.probe")}),
])
def test_worries_backer_only_describes(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


def test_worries_backer_is_no_cause_in_an_accusation(ruled):
    found = ruled("WORRIES", "The Daily Ledger sued OpenAI, accusing the Microsoft-backed AI company of copying its "
                             "articles.")
    assert not any(cause == "microsoft" for cause, _, _ in found)


_STUDIOS = {"disney", "universal-pictures", "warner-bros-discovery"}


@pytest.mark.parametrize("text, causes", [
    # a count of the plaintiffs' kind after the list, then a comma and a joint suit
    ("迪士尼、环球影业和华纳兄弟三大影视集团，联合起诉稀宇科技。", {("minimax", "worries.probe")}),
    ("迪士尼、環球影業和華納兄弟三大影視集團，聯合起訴稀宇科技。", {("minimax", "worries.probe")}),
    # the count with a place before the list: the studios, not the place, sue; the product accused with a wrong held
    ("美国三大影视集团迪士尼、环球影业及华纳兄弟联合对稀宇科技提起版权诉讼，指控其视频生成服务“海螺AI”存在大规模侵权。",
     {("minimax", "worries.probe"), ("hailuo", "worries.found")}),
    ("美國三大影視集團迪士尼、環球影業及華納兄弟聯合對稀宇科技提起版權訴訟，指控其影片生成服務「海螺AI」存在大規模侵權。",
     {("minimax", "worries.probe"), ("hailuo", "worries.found")}),
    ("The three Hollywood studios Disney, Universal Pictures and Warner Bros. sued MiniMax over its video generator.",
     {("minimax", "worries.probe")}),
])
def test_worries_plaintiffs_with_a_count(ruled, text, causes):
    assert ruled("WORRIES", text) == {(c, s, r) for c, r in causes for s in _STUDIOS}


@pytest.mark.parametrize("text", [
    # must find nothing: the suit only threatened; the wrong denied; no group node from the count
    "迪士尼、环球影业和华纳兄弟三大影视集团，可能联合起诉稀宇科技。",
    "迪士尼表示，稀宇科技的“海螺AI”不存在侵权。",
])
def test_worries_plaintiffs_with_a_count_nothing(ruled, text):
    assert ruled("WORRIES", text) == set()


def test_worries_count_is_no_party(ruled):
    found = ruled("WORRIES", "美国三大影视集团迪士尼、环球影业及华纳兄弟联合对稀宇科技提起版权诉讼。")
    assert {party for _, party, _ in found} == _STUDIOS


@pytest.mark.parametrize("text, expected", [
    # companies a ban keeps from buying are no cause of the banner's worry
    ("The CAC barred ByteDance, Alibaba and other tech firms from buying Nvidia chips.", set()),
    ("The CAC barred ByteDance and Alibaba from buying Nvidia chips, citing security risks.", set()),
    ("国家网信办下令禁止字节跳动、阿里巴巴在内的科技企业，采购英伟达芯片。", set()),
    ("國家網信辦下令禁止字節跳動、阿里巴巴在內的科技企業採購輝達晶片。", set()),
    # what is banned from use still worries the banner
    ("Taiwan banned agencies from using DeepSeek, citing security risks.", {("deepseek", "taiwan", "worries.ban")}),
    ("台湾禁止公务机关使用DeepSeek，理由是资安风险。", {("deepseek", "taiwan", "worries.ban")}),
    ("臺灣禁止公務機關使用DeepSeek，理由是資安風險。", {("deepseek", "taiwan", "worries.ban")}),
])
def test_worries_ban_keeps_companies_from_buying(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ban in the passive with no agent: the place of a fronted "In X," / "在X，" bans
    ("In Canada, DeepSeek has been banned on government devices due to privacy concerns.",
     {("deepseek", "canada", "worries.ban")}),
    ("在加拿大，DeepSeek已因隐私疑虑被禁止在政府设备上使用。", {("deepseek", "canada", "worries.ban")}),
    ("在義大利，Mistral已因隱私疑慮被封鎖。", {("mistral-ai", "italy", "worries.ban")}),
    # must find nothing: the ban hedged; no place fronted; the people kept from use, not the app, are the subject
    ("In Canada, DeepSeek may be banned over privacy concerns.", set()),
    ("在加拿大，DeepSeek可能因隐私疑虑被禁用。", set()),
    ("In a statement, DeepSeek was banned over privacy concerns.", set()),
    ("In Canada, staff were banned from using the tool.", set()),
])
def test_worries_passive_ban_in_a_fronted_place(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # must find nothing: a place only says where the people suing or complaining are from
    ("美国加州一名16岁少年在使用ChatGPT后自杀身亡，其父母周二起诉OpenAI。", set()),
    ("美國16歲少年父母起訴OpenAI。", set()),
    ("A California teen's parents sued OpenAI over ChatGPT.", set()),
    ("A Norwegian man has filed a complaint against OpenAI.", set()),
    # the place itself suing is a party
    ("California sued OpenAI over ChatGPT.",
     {("openai", "california", "worries.probe"), ("chatgpt", "california", "worries.probe")}),
    ("加州起诉OpenAI。", {("openai", "california", "worries.probe")}),
    ("加州起訴OpenAI。", {("openai", "california", "worries.probe")}),
])
def test_worries_people_of_a_place_are_no_party(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a record label is its own company, not its parent group
    ("Sony Music Entertainment and Warner Music sued Suno over copyright.",
     {("suno", "sony-music", "worries.probe"), ("suno", "warner-music", "worries.probe")}),
    ("索尼音乐和华纳音乐共同起诉了Suno。", {("suno", "sony-music", "worries.probe"), ("suno", "warner-music", "worries.probe")}),
    ("索尼音樂和華納音樂共同起訴了Suno。", {("suno", "sony-music", "worries.probe"), ("suno", "warner-music", "worries.probe")}),
    # must find nothing: a deal, not a suit
    ("Sony Music Entertainment signed a licensing deal with Suno.", set()),
])
def test_worries_record_labels_sue(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a public body asks a company to pull its own product: the company worries the body
    ("The PIPC asked DeepSeek to remove its app from app stores.", {("deepseek", "korea-pipc", "worries.urged")}),
    ("The PIPC asked DeepSeek to remove its app from Apple's App Store.", {("deepseek", "korea-pipc", "worries.urged")}),
    ("The PIPC asked Kakao and Naver to withdraw their chatbot apps.",
     {("kakao", "korea-pipc", "worries.urged"), ("naver", "korea-pipc", "worries.urged")}),
    ("韩国个人信息保护委员会要求DeepSeek下架其应用。", {("deepseek", "korea-pipc", "worries.urged")}),
    ("韓國個人資訊保護委員會要求DeepSeek下架其應用程式。", {("deepseek", "korea-pipc", "worries.urged")}),
    # an apposition describing the company asked, before the demand
    ("The PIPC asked Zeta Labs, a Seoul startup, to withdraw its chatbot.", {("zeta-labs", "korea-pipc", "worries.urged")}),
    # must find nothing: a company's request, not a public body's; the request hedged; no removal asked
    ("Microsoft asked OpenAI to remove its app.", set()),
    ("Microsoft asked OpenAI, its partner, to remove its app.", set()),
    ("Microsoft asked OpenAI to remove its app from Apple's App Store.", set()),
    ("The PIPC asked Zeta Labs, a Seoul startup, to explain its data practices.", set()),
    ("The PIPC may ask DeepSeek to remove its app.", set()),
    ("韩国个人信息保护委员会可能要求DeepSeek下架其应用。", set()),
])
def test_worries_body_asks_a_company_to_pull_its_product(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
