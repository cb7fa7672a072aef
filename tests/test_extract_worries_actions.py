"""WORRIES from what public bodies and companies do about a thing: fines, orders to stop, removal from app
stores, summons (约谈), staff warnings — with the party and the cause the right way round, in three scripts."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # fines
    ("The FTC fined Meta over its data practices.", {("meta", "ftc", "worries.probe")}),
    ("The Garante fined OpenAI 15 million euros.", {("openai", "garante", "worries.probe")}),
    ("歐盟執委會對Meta處以5億歐元罰款。", {("meta", "european-commission", "worries.probe")}),
    ("欧盟委员会对Meta处以5亿欧元罚款。", {("meta", "european-commission", "worries.probe")}),
    ("欧盟委员会对Meta罚款5亿欧元。", {("meta", "european-commission", "worries.probe")}),
    # orders to stop
    ("The Garante ordered OpenAI to stop processing users' data.", {("openai", "garante", "worries.probe")}),
    ("The Garante ordered DeepSeek to immediately halt its service in Italy.", {("deepseek", "garante", "worries.probe")}),
    ("網信辦責令DeepSeek整改。", {("deepseek", "cac", "worries.probe")}),
    ("网信办责令DeepSeek整改。", {("deepseek", "cac", "worries.probe")}),
    ("网信办下令DeepSeek停止处理用户数据。", {("deepseek", "cac", "worries.probe")}),
    # removal from app stores
    ("South Korea pulled DeepSeek from app stores.", {("deepseek", "south-korea", "worries.probe")}),
    ("South Korea removed DeepSeek from local app stores over privacy concerns.", {("deepseek", "south-korea", "worries.probe")}),
    ("韓國將DeepSeek從應用商店下架。", {("deepseek", "south-korea", "worries.probe")}),
    ("韩国将DeepSeek从应用商店下架。", {("deepseek", "south-korea", "worries.probe")}),
    ("韩国下架了DeepSeek。", {("deepseek", "south-korea", "worries.ban")}),
    # scrutiny and criticism from named parties
    ("ChatGPT has come under scrutiny from the EDPB over its data practices.", {("chatgpt", "edpb", "worries.scrutiny")}),
    ("ChatGPT drew criticism from the EDPB and the FTC.",
     {("chatgpt", "edpb", "worries.scrutiny"), ("chatgpt", "ftc", "worries.scrutiny")}),
    ("DeepSeek遭到意大利和法國的調查。", {("deepseek", "italy", "worries.scrutiny"), ("deepseek", "france", "worries.scrutiny")}),
    ("DeepSeek遭到意大利和法国的调查。", {("deepseek", "italy", "worries.scrutiny"), ("deepseek", "france", "worries.scrutiny")}),
    # a risk a party states
    ("The EDPB said ChatGPT poses a serious privacy risk.", {("chatgpt", "edpb", "worries.found")}),
    ("數位發展部指出，DeepSeek存在資安風險。", {("deepseek", "moda", "worries.found")}),
    ("数位发展部指出，DeepSeek存在资安风险。", {("deepseek", "moda", "worries.found")}),
    # a plural kind of party before a listed subject: every member
    ("Talent agencies CAA and UTA voiced concern about Sora.", {("sora", "caa", "worries.experiencer"), ("sora", "uta", "worries.experiencer")}),
    ("Regulators in Italy, France and Ireland have raised concerns about DeepSeek.",
     {("deepseek", "italy", "worries.experiencer"), ("deepseek", "france", "worries.experiencer"),
      ("deepseek", "ireland", "worries.experiencer")}),
    ("人才經紀公司CAA和UTA對Sora表示擔憂。", {("sora", "caa", "worries.experiencer"), ("sora", "uta", "worries.experiencer")}),
    ("人才经纪公司CAA和UTA对Sora表示担忧。", {("sora", "caa", "worries.experiencer"), ("sora", "uta", "worries.experiencer")}),
    # a party warning its people off a product
    ("The Pentagon warned staff against using DeepSeek.", {("deepseek", "pentagon", "worries.experiencer")}),
    ("Microsoft told employees not to use DeepSeek.", {("deepseek", "microsoft", "worries.experiencer")}),
    ("數位發展部提醒公務員不要使用DeepSeek。", {("deepseek", "moda", "worries.experiencer")}),
    ("数位发展部提醒公务员不要使用DeepSeek。", {("deepseek", "moda", "worries.experiencer")}),
    # the product a company owns, named after it, is the cause
    ("蘋果要求員工不要使用微軟旗下GitHub的AI工具Copilot。", {("microsoft-copilot", "apple", "worries.experiencer")}),
    ("苹果要求员工不要使用微软旗下GitHub的AI工具Copilot。", {("microsoft-copilot", "apple", "worries.experiencer")}),
    # a probe of a deal: both sides
    ("The FTC is probing Microsoft's deal with OpenAI.", {("microsoft", "ftc", "worries.ban"), ("openai", "ftc", "worries.ban")}),
    ("The CMA launched an investigation into the partnership between Microsoft and OpenAI.",
     {("microsoft", "cma", "worries.ban"), ("openai", "cma", "worries.ban")}),
    ("英國CMA對微軟與OpenAI的合作關係展開調查。", {("microsoft", "cma", "worries.probe"), ("openai", "cma", "worries.probe")}),
    ("英国CMA对微软与OpenAI的合作关系展开调查。", {("microsoft", "cma", "worries.probe"), ("openai", "cma", "worries.probe")}),
    # a ban asserted by being counted
    ("意大利成為首個禁用DeepSeek的國家。", {("deepseek", "italy", "worries.ban")}),
    ("意大利成为首个禁用DeepSeek的国家。", {("deepseek", "italy", "worries.ban")}),
    ("Italy became the first country to ban DeepSeek.", {("deepseek", "italy", "worries.ban")}),
    # a place written against a ministry's name modifies it
    ("台灣數位發展部示警DeepSeek存在資安風險。", {("deepseek", "moda", "worries.experiencer")}),
    ("台湾数位发展部示警DeepSeek存在资安风险。", {("deepseek", "moda", "worries.experiencer")}),
    # a body named by its place and its office (names.data_protection_descriptors) asking stores to remove an app: that
    # body urges; Apple and Google are no cause
    ("Germany's data protection commissioner asked Apple and Google to remove DeepSeek from their app stores.",
     {("deepseek", "bfdi", "worries.urged")}),
    ("德國數據保護專員要求蘋果和谷歌下架DeepSeek。", {("deepseek", "bfdi", "worries.urged")}),
    ("德国数据保护专员要求苹果和谷歌下架DeepSeek。", {("deepseek", "bfdi", "worries.urged")}),
])
def test_worries_from_actions(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text", [
    "The Garante was fined by nobody.",  # passive: never the fined subject as the party ("OpenAI was fined by the Garante": test_extract_worries_classes)
    "The FTC did not fine Meta.",
    "The FTC may fine Meta over its data practices.",
    "Italy is considering a ban on DeepSeek.",
    "Italy is weighing whether to ban DeepSeek.",
    "The regulator ordered Alibaba to stop buying Nvidia chips.",
    "網信辦下令阿里巴巴停止採購英偉達晶片。",
    "网信办下令阿里巴巴停止采购英伟达芯片。",
    "Apple removed DeepSeek from its App Store.",            # a company removing an app, no reason given
    "歐盟執委會未對Meta處以罰款。",
    "欧盟委员会未对Meta处以罚款。",
    "欧盟委员会可能对Meta处以罚款。",
    "韩国可能将DeepSeek从应用商店下架。",
    # a place written against a body the gazetteer does not know names that body, not the place
    "義大利個資保護機關下令DeepSeek停止處理用戶資料。",
    "意大利个资保护机关下令DeepSeek停止处理用户资料。",
    "The Italian privacy body fined OpenAI.",
    "The rules alarmed Silicon Valley and drew criticism from Washington.",
    "DeepSeek could face scrutiny from the EDPB.",
    "DeepSeek has not drawn scrutiny from the EDPB.",
    "DeepSeek可能受到歐洲數據保護委員會的審查。",
    "DeepSeek可能受到欧洲数据保护委员会的审查。",
    "The EDPB said ChatGPT could pose risks.",
    "The EDPB said ChatGPT poses no risk.",
    "数位发展部指出，DeepSeek不存在资安风险。",
    "Italy is the latest country to consider whether to ban DeepSeek.",
    "DeepSeek引发意大利监管机构的隐私疑虑。",              # the unnamed regulator worries, not Italy
    "美国海军禁止成员使用DeepSeek。",
    "Microsoft may warn staff against using DeepSeek.",
    "Microsoft did not tell employees not to use DeepSeek.",
    "OpenAI warned users against using ChatGPT for medical advice.",   # a maker about its own product
    "The US restricted Nvidia's sales to China.",
    "The FTC may open a probe into Microsoft's deal with OpenAI.",
    # people of a place who are not its government
    "美國智庫人士擔心Qwen的普及。",
    "美国智库人士担心Qwen的普及。",
    "US experts worry about Qwen.",
    # the market worries, not the company
    "Nvidia shares fell as investors worried about DeepSeek.",
])
def test_worries_from_actions_nothing(ruled, text):
    assert ruled("WORRIES", text) == set()
