"""Public bodies and consumer organisations acting against a company or its product (worries.probe, worries.ban):
demands for information, questioning, complaints and lawsuits; and a place written against a kind of product
("the US chatbot Replika", 中国AI模型) or a body ("the US Federal Trade Commission", "美國FTC") is no party of its own."""
import pytest


def worries(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "WORRIES"}


def rules(extractor, text):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {ev.rule for e in found.edges if e.type.value == "WORRIES" for ev in e.evidence}


@pytest.mark.parametrize("text, expected, rule", [
    ("Italy's data protection authority seeks information from DeepSeek on its data handling.",
     {("deepseek", "garante")}, "worries.probe"),
    ("The Garante asked OpenAI for information about its training data.", {("openai", "garante")}, "worries.probe"),
    ("Regulators in France and Belgium questioned DeepSeek on its data collection.",
     {("deepseek", "france"), ("deepseek", "belgium")}, "worries.probe"),
    ("Euroconsumers filed a complaint against DeepSeek.", {("deepseek", "euroconsumers")}, "worries.probe"),
    ("The Texas Attorney General sued Meta over misleading claims.", {("meta", "texas-ag")}, "worries.probe"),
    ("韩国个人信息保护委员会要求DeepSeek提供相关资料。", {("deepseek", "korea-pipc")}, "worries.probe"),
    ("韓國個人資訊保護委員會要求DeepSeek說明情況。", {("deepseek", "korea-pipc")}, "worries.probe"),
    ("意大利个人数据保护局向DeepSeek索取资料。", {("deepseek", "garante")}, "worries.probe"),
    ("德州總檢察長對Meta提起訴訟，指其誤導兒童。", {("meta", "texas-ag")}, "worries.probe"),
    ("加州总检察长起诉OpenAI，指其违反消费者保护法。", {("openai", "california-ag")}, "worries.probe"),
    ("Altroconsumo對DeepSeek提出投訴。", {("deepseek", "altroconsumo")}, "worries.probe"),
    # a bare body noun opening the clause: the one agency named shortly before (its name holding the noun if several)
    ("The Garante said it was studying the app. The regulator asked DeepSeek for information.",
     {("deepseek", "garante")}, "worries.probe"),
    ("韩国个人信息保护委员会与中国外交部均表态。然而，该委员会随后向DeepSeek发出质询。",
     {("deepseek", "korea-pipc")}, "worries.probe"),
    ("韓國個人資訊保護委員會上周表態。\n\n報道稱，委員會上月向DeepSeek發送質詢函。",
     {("deepseek", "korea-pipc")}, "worries.probe"),
    ("韩国个人信息保护委员会周一发表声明。该委员会已禁止政府部门使用DeepSeek，担心个人信息安全。",
     {("deepseek", "korea-pipc")}, "worries.ban"),
    ("韓國個人資訊保護委員會周一發表聲明。委員會已暫停DeepSeek的下載。", {("deepseek", "korea-pipc")}, "worries.ban"),
    ("The Garante published a statement on Monday. The watchdog blocked DeepSeek, citing privacy risks.",
     {("deepseek", "garante")}, "worries.ban"),
    # a place written against a kind of product: the named product, or nothing
    ("Italy banned the US chatbot Replika, citing risks to minors.", {("replika", "italy")}, "worries.ban"),
    ("意大利以危害未成年人为由，禁止美国聊天机器人Replika使用意大利用户数据。", {("replika", "italy")}, "worries.ban"),
    ("義大利以危害未成年人為由，禁止美國聊天機器人Replika使用義大利用戶資料。", {("replika", "italy")}, "worries.ban"),
    # a place written against the body: the body only
    ("The US Federal Trade Commission has opened an investigation into OpenAI.", {("openai", "ftc")}, "worries.ban"),
    # a Chinese place glued to a body's abbreviation ("美國FTC", "英国CMA"): the body only, as after a space
    ("聊天機器人開發商OpenAI正被美國FTC調查。", {("openai", "ftc")}, "worries.scrutiny"),
    ("OpenAI正被美国FTC调查。", {("openai", "ftc")}, "worries.scrutiny"),
    ("DeepSeek受到意大利Garante的调查。", {("deepseek", "garante")}, "worries.scrutiny"),
    ("OpenAI受到美国和欧盟的审查。", {("openai", "united-states"), ("openai", "eu")}, "worries.scrutiny"),  # listed: both
])
def test_worries_bodies_acting_against_a_company(facts, extractor, text, expected, rule):
    assert worries(facts, text) == expected
    assert rules(extractor, text) == {rule}


@pytest.mark.parametrize("text", [
    "OpenAI was questioned by lawmakers about safety.",
    "The FTC and the Garante met on Monday. The regulator asked DeepSeek for information.",  # two bodies fit
    "OpenAI released a model. The commission asked DeepSeek for information.",        # no body named before
    "OpenAI发布了新模型。委员会向DeepSeek发出质询。",
    "The Garante and the FTC spoke on Monday. The watchdog blocked DeepSeek, citing privacy risks.",
    "OpenAI周一发表声明。委员会已暂停DeepSeek的下载。",
    "韩国个人信息保护委员会周一发表声明。该委员会考虑暂停DeepSeek的下载。",                   # only considered                 # the passive: its subject is questioned
    "Google sued the startup over patents.",                            # a company's lawsuit, nobody named
    "The company asked employees for details about their use of ChatGPT.",
    "Microsoft filed a complaint against Google.",                      # a company's complaint, no reason of worry
    "The Garante may seek information from DeepSeek.",                  # only possible
    "Regulators are weighing whether to sue Meta.",
    "美方官員擔心，若中國AI模型在全球占據主導地位，北京將藉此施壓。",        # China only says where the models come from
    "美方官员担心，若中国AI模型在全球占据主导地位。",
    "US officials worry that Chinese AI models could dominate.",
    "OpenAI要求员工提供使用ChatGPT的资料。",                              # a company asking its own staff
])
def test_worries_bodies_nothing(facts, text):
    assert worries(facts, text) == set()
