import pytest


def worries(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "WORRIES"}


@pytest.mark.parametrize("text, expected", [
    ("中國的進展震驚了華盛頓和硅谷。", {("china", "washington"), ("china", "silicon-valley")}),
    ("中国推动开源模型令硅谷和华盛顿担忧。", {("china", "silicon-valley"), ("china", "washington")}),
    ("這正是中國的進展令美國擔憂的原因。", {("china", "united-states")}),
    ("美國官員擔心,中國將獲得優勢。", {("china", "united-states")}),
    ("China's lead in open models jolts Washington.", {("china", "washington")}),
    ("Washington worries about China and its chips.", {("china", "washington")}),
    ("Silicon Valley is concerned about DeepSeek.", {("deepseek", "silicon-valley")}),
    ("歐盟對DeepSeek感到擔憂。", {("deepseek", "eu")}),
    ("Meta executives were alarmed by how cheaply DeepSeek trained its models.", {("deepseek", "meta")}),
    ("分析指出，華為的晶片對英偉達構成了嚴重威脅。", {("huawei", "nvidia")}),
    ("DeepSeek's cheap models put more pressure on OpenAI.", {("deepseek", "openai")}),
    ("Analysts say Huawei poses a serious threat to Nvidia.", {("huawei", "nvidia")}),
    ("DeepSeek has become a headache for Silicon Valley.", {("deepseek", "silicon-valley")}),
    ("華盛頓將中國視為最大威脅。", {("china", "washington")}),
])
def test_worries_cause_to_worried_party(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "中國的進展並未令華盛頓擔憂。",
    "China's lead did not unsettle Washington.",
    "Policymakers are concerned about the pace of change.",
    "英偉達的黃仁勳稱，這一政策令美國企業承受壓力。",
    "Lawmakers in Washington remain concerned that rivals could copy open models, although Google said it ran tests.",
])
def test_worries_nothing_without_both_parties(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Italy has banned DeepSeek, citing privacy risks.", {("deepseek", "italy")}),
    ("Samsung barred employees from using ChatGPT and Gemini amid fears of leaks.",
     {("chatgpt", "samsung"), ("gemini", "samsung")}),
    ("Japan restricted the use of OpenAI's ChatGPT over security concerns.", {("chatgpt", "japan")}),
    ("為防止機密外洩，蘋果限制員工使用ChatGPT。", {("chatgpt", "apple")}),
    ("为防止机密外泄，苹果限制员工使用ChatGPT。", {("chatgpt", "apple")}),
    ("韓國以安全為由禁止政府設備使用DeepSeek。", {("deepseek", "south-korea")}),
    ("韩国以安全为由禁止政府设备使用DeepSeek。", {("deepseek", "south-korea")}),
])
def test_worries_a_ban_for_a_reason_of_worry(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Italy is weighing banning DeepSeek over privacy risks.",         # only considered
    "Regulators urged Italy to ban DeepSeek over privacy concerns.",  # only urged
    "Italy did not ban DeepSeek despite privacy concerns.",           # denied
    "Italy's watchdog has banned DeepSeek, citing privacy risks.",    # the watchdog bans, not Italy
    "OpenAI suspended ChatGPT after a data leak.",                    # a maker pulling its own product
    "苹果考虑以安全为由禁止员工使用ChatGPT。",                         # only considered
])
def test_worries_no_ban_worry_without_an_asserted_ban_and_its_reason(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("South Korea, Italy and France have voiced concerns about DeepSeek.",
     {("deepseek", "south-korea"), ("deepseek", "italy"), ("deepseek", "france")}),
    ("Several governments, including Japan and Italy, expressed concerns over DeepSeek.",
     {("deepseek", "japan"), ("deepseek", "italy")}),
    ("韓國、義大利和法國對DeepSeek表示關切。",
     {("deepseek", "south-korea"), ("deepseek", "italy"), ("deepseek", "france")}),
    ("包括日本和意大利在内的多国对DeepSeek表示担忧。", {("deepseek", "japan"), ("deepseek", "italy")}),
    ("Italy and France have banned DeepSeek, citing privacy risks.", {("deepseek", "italy"), ("deepseek", "france")}),
    # only the party of the concern: a name in an earlier clause is not listed with it
    ("Google beat OpenAI, and Microsoft has voiced concerns about DeepSeek.", {("deepseek", "microsoft")}),
])
def test_worries_every_listed_party(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "DeepSeek has raised concerns about privacy.",       # the cause, not a worried party
    "Italy has not voiced concerns about DeepSeek.",     # denied
    "義大利並未對DeepSeek表示擔憂。",
])
def test_worries_no_voiced_concern(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("華為的進展令矽谷憂心忡忡。", {("huawei", "silicon-valley")}),
    ("华为的进展令硅谷忧心忡忡。", {("huawei", "silicon-valley")}),
    ("歐盟對DeepSeek深感憂心。", {("deepseek", "eu")}),
    ("OpenAI's spending has spooked Wall Street.", {("openai", "wall-street")}),
    ("OpenAI的支出令華爾街不安。", {("openai", "wall-street")}),
])
def test_worries_more_feelings_and_parties(facts, text, expected):
    assert worries(facts, text) == expected


def test_worries_wall_street_is_no_journal(facts):
    assert ("CITES", "article-test", "wsj") in facts("據華爾街日報報導，OpenAI的支出很大。")


@pytest.mark.parametrize("text, expected", [
    ("歐盟擔心Meta新發布的一項政策。", set()),                 # the unnamed policy worries, not Meta
    ("欧盟担心Meta新发布的一项政策。", set()),
    ("The EU is concerned about Meta's new policy.", set()),
    ("歐盟擔心Meta新發布的模型Llama 4。", {("llama-4", "eu")}),   # the thing, when it is named
    ("欧盟担心Meta新发布的模型Llama 4。", {("llama-4", "eu")}),
    ("The EU is concerned about Meta's new model Llama 4.", {("llama-4", "eu")}),
    ("The EU is concerned about Meta.", {("meta", "eu")}),
])
def test_worries_the_thing_an_organisation_made(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("百度發布了財報。百度稱，美國出口管制令該公司感到擔憂。", {("us-export-controls", "baidu")}),
    ("百度发布了财报。百度称，美国出口管制令该公司感到担忧。", {("us-export-controls", "baidu")}),
    # "the company" is the one company named before (a country is none); two companies: nobody
    ("百度很大。美國的出口管制令該公司感到擔憂。", {("us-export-controls", "baidu")}),
    ("百度很大。阿里巴巴的新政策令該公司感到擔憂。", set()),
    ("Google and Microsoft are big. Walker said the company remained concerned about DeepSeek.", set()),
    ("Italy is big. The company is concerned about DeepSeek.", set()),
    # "the watchdog" is the one agency named before (not the country owning it)
    ("Italy's Garante blocked ChatGPT on Friday. The watchdog said it was concerned about DeepSeek.",
     {("chatgpt", "garante"), ("deepseek", "garante")}),
    ("義大利的Garante週五封鎖了ChatGPT。該機構對DeepSeek表示擔憂。", {("chatgpt", "garante"), ("deepseek", "garante")}),
])
def test_worries_causative_with_a_described_party(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("週五，蘋果表示，由於歐盟《數位市場法》帶來的「監管不確定性」，今年不會推出新功能。", {("dma", "apple")}),
    ("周五，苹果表示，由于欧盟《数字市场法》带来的“监管不确定性”，今年不会推出新功能。", {("dma", "apple")}),
    ("苹果表示，DeepSeek带来的风险很大。", {("deepseek", "apple")}),
    ("苹果表示，DeepSeek带来的风险很低。", set()),          # a risk said to be small
    ("蘋果表示，DeepSeek帶來的風險被誇大了。", set()),
    ("蘋果認為DeepSeek帶來的挑戰不可忽視。", {("deepseek", "apple")}),
    ("苹果认为DeepSeek带来的挑战不可忽视。", {("deepseek", "apple")}),
    ("蘋果表示，《數位市場法》帶來的機遇很多。", set()),     # an opportunity, not a risk
    ("分析師指出，蘋果的產品給用戶帶來的風險不大。", set()),
])
def test_worries_the_risk_a_thing_brings(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The EU warned about DeepSeek.", {("deepseek", "eu")}),
    ("Nvidia warned that the AI Diffusion Rule would hurt exports.", {("ai-diffusion-rule", "nvidia")}),
    ("The EU sounded the alarm over DeepSeek.", {("deepseek", "eu")}),
    ("歐盟對DeepSeek發出警告。", {("deepseek", "eu")}),
    ("欧盟对DeepSeek发出警告。", {("deepseek", "eu")}),
    ("The EU opened an investigation into Meta over concerns that it blocks rivals.", {("meta", "eu")}),
    # nothing: a warning to someone, an investigation with no concern, a possessor as the party
    ("OpenAI warned users about scams.", set()),
    ("The EU opened an investigation into Meta.", {("meta", "eu")}),       # a public body's probe
    ("OpenAI opened an investigation into DeepSeek.", set()),             # a company's, with no concern
    ("Italy's regulator opened an investigation into DeepSeek over privacy concerns.", set()),
    ("歐盟並未對DeepSeek發出警告。", set()),
])
def test_worries_warnings_and_investigations(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The EU worries about data leaking to China.", set()),          # where harm goes is no cause
    ("歐盟擔心數據流向中國。", set()),
    ("欧盟担心数据流向中国。", set()),
    ("The EU worries about DeepSeek leaking data to the Chinese government.", {("deepseek", "eu")}),
    ("歐盟擔心DeepSeek將數據交給中國。", {("deepseek", "eu")}),
    ("欧盟担心DeepSeek将数据交给中国。", {("deepseek", "eu")}),
])
def test_worries_the_recipient_of_harm_is_no_cause(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("中國擔心美國的出口管制。", {("us-export-controls", "china")}),       # the possessed, not the possessor
    ("中国担心美国的出口管制。", {("us-export-controls", "china")}),
    ("The EU is worried about Google's Gemini.", {("gemini", "eu")}),
    ("華盛頓擔心DeepSeek和Kimi。", {("deepseek", "washington"), ("kimi", "washington")}),   # a list of causes
    ("华盛顿担心DeepSeek和Kimi。", {("deepseek", "washington"), ("kimi", "washington")}),
    ("Washington worries about DeepSeek and Kimi.", {("deepseek", "washington"), ("kimi", "washington")}),
    ("Washington worries about DeepSeek, and Nvidia is calm.", {("deepseek", "washington")}),
    ("Analysts say DeepSeek could threaten Nvidia.", set()),               # hedged
])
def test_worries_possessed_listed_and_hedged_causes(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The EU has concerns about DeepSeek.", {("deepseek", "eu")}),
    ("The EU has no concerns about DeepSeek.", set()),
    ("Italy cited concerns over DeepSeek.", {("deepseek", "italy")}),
    ("歐盟對DeepSeek感到不安。", {("deepseek", "eu")}),
    ("欧盟对DeepSeek深感焦虑。", {("deepseek", "eu")}),
    # the possessor is not the worried party; a name in a later conjunct is not the cause
    ("Italy's watchdog cited concerns over DeepSeek.", set()),
    ("The EU cited concerns over data protection and violations of the AI Act.", set()),
])
def test_worries_had_and_cited_concerns(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name inside a relative clause before the verb is not its subject
    ("The rules the EU adopted last year have rattled Nvidia.", set()),
    ("DeepSeek rattled Nvidia.", {("deepseek", "nvidia")}),
    # "the company" as the worried party, after a speaker
    ("Google is big. Walker said the company would sign but remained concerned that the AI Act could slow Europe.",
     {("eu-ai-act", "google")}),
    ("谷歌很大。沃克表示，该公司对DeepSeek感到担忧。", {("deepseek", "google")}),
])
def test_worries_relative_clauses_and_described_parties(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("美國商務部對DeepSeek展開調查，擔心其使用受管制的晶片。", {("deepseek", "us-commerce-department")}),
    ("美国商务部对DeepSeek展开调查，担心其使用受管制的芯片。", {("deepseek", "us-commerce-department")}),
    ("美国商务部对DeepSeek展开调查。", {("deepseek", "us-commerce-department")}),  # a public body's probe
    ("OpenAI对DeepSeek展开调查。", set()),                                       # a company's, no reason
    ("美国商务部考虑对DeepSeek展开调查，担心其使用芯片。", set()),                  # only considered
    ("美国商务部并未对DeepSeek展开调查，尽管有安全担忧。", set()),                  # denied
    ("Taiwan banned government agencies from using DeepSeek, citing national security risks.", {("deepseek", "taiwan")}),
    ("DeepSeek's R1 has sparked concern in Washington.", {("deepseek-r1", "washington")}),
])
def test_worries_probes_and_more_bans(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nvidia is under growing pressure from Huawei.", {("huawei", "nvidia")}),
    ("Nvidia feels threatened by Huawei.", {("huawei", "nvidia")}),
    ("英偉達面臨來自華為的競爭壓力。", {("huawei", "nvidia")}),
    ("英伟达面临来自华为的巨大压力。", {("huawei", "nvidia")}),
    ("英伟达面临来自华为的订单。", set()),                        # orders are no pressure
    ("Nvidia is under pressure to cut prices.", set()),
    ("Samsung is concerned that DeepSeek could leak data.", {("deepseek", "samsung")}),
    # the cause of "concerned that …" is the subject of what follows, not a name far inside it
    ("Samsung is concerned that data shared with chatbots gets stored on servers owned by companies like OpenAI.", set()),
])
def test_worries_pressure_from_and_that_clauses(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Italy's ban on DeepSeek over privacy concerns is firm.", {("deepseek", "italy")}),
    ("The US restrictions on Huawei over security concerns remain.", {("huawei", "united-states")}),
    ("Italy's ban on DeepSeek is firm.", {("deepseek", "italy")}),   # a public body's ban, reason or not
    ("Samsung's ban on DeepSeek is firm.", set()),                   # a company's ban of a company: no reason
])
def test_worries_a_ban_named_as_a_noun(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "The US blocked Nvidia from selling chips to China over security concerns.",
    "美國以安全為由禁止英偉達向中國出售晶片。",
    "美国以安全为由禁止英伟达向中国出售芯片。",
])
def test_worries_a_party_kept_from_acting_is_not_feared(facts, text):
    assert ("nvidia", "united-states") not in worries(facts, text)


@pytest.mark.parametrize("text, expected", [
    ("百度發布財報。百度管理層表示，美國的出口管制令公司感到擔憂。", {("us-export-controls", "baidu")}),
    ("百度发布财报。百度管理层表示，美国的出口管制令公司感到担忧。", {("us-export-controls", "baidu")}),
    ("百度发布财报。出口管制令公司股价大跌。", set()),            # no feeling
])
def test_worries_a_bare_company_noun_after_the_causative(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a description of the cause stands for the one thing of its kind named just before
    ("The DeepSeek chatbot is popular. But South Korea, Italy and France have voiced concerns about the app's security.",
     {("deepseek", "south-korea"), ("deepseek", "italy"), ("deepseek", "france")}),
    ("DeepSeek聊天機器人很火。歐盟對該應用表示擔憂。", {("deepseek", "eu")}),
    ("DeepSeek聊天机器人很火。欧盟对该应用表示担忧。", {("deepseek", "eu")}),
    ("The Commerce Department issued the AI Diffusion Rule. Nvidia warned about the rule.",
     {("ai-diffusion-rule", "nvidia")}),
    ("美國商務部發布了AI擴散規則。輝達對該規定表示擔憂。", {("ai-diffusion-rule", "nvidia")}),
    ("美国商务部发布了AI扩散规则。英伟达对该规定表示担忧。", {("ai-diffusion-rule", "nvidia")}),
    ("OpenAI released ChatGPT. JPMorgan restricted employee use of the chatbot.", {("chatgpt", "jpmorgan")}),
    ("DeepSeek發布了R1。義大利以隱私為由封鎖了該應用程式。", {("deepseek-r1", "italy")}),
    ("DeepSeek发布了R1。意大利以隐私为由屏蔽了该应用。", {("deepseek-r1", "italy")}),
    # nothing: two products fit, none fits, a place is never "the app"
    ("DeepSeek released R1 and OpenAI released o3. Italy blocked the app over privacy concerns.", set()),
    ("DeepSeek發布了R1，OpenAI發布了o3。義大利對該應用表示擔憂。", set()),
    ("DeepSeek推出了聊天机器人。欧盟对该应用表示担忧。", set()),
    ("China is big. Italy voiced concerns about the app.", set()),
    ("中國很大。義大利對該應用表示擔憂。", set()),
])
def test_worries_a_described_cause_named_in_the_sentence_before(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an app or a model banned from use is a worry of the banning party, with or without a stated reason
    ("Italy has banned ChatGPT.", {("chatgpt", "italy")}),
    ("蘋果限制員工使用ChatGPT。", {("chatgpt", "apple")}),
    ("苹果限制员工使用ChatGPT。", {("chatgpt", "apple")}),
    ("JPMorgan restricted employee use of ChatGPT.", {("chatgpt", "jpmorgan")}),
    # nothing: a company banned with no reason, a place ending a longer name, a ban far from its reason
    ("Italy has banned DeepSeek.", {("deepseek", "italy")}),          # a public body's ban
    ("義大利禁止了DeepSeek。", {("deepseek", "italy")}),
    ("意大利禁止了DeepSeek。", {("deepseek", "italy")}),
    ("Apple blocked Epic.", set()),                                   # a company banned by a company, no reason
    ("蘋果封殺了Epic。", set()),
    ("The Central Bank of Ireland blocks staff use of ChatGPT.", {("chatgpt", "central-bank-ireland")}),
    ("The Bank of Spain blocks staff use of ChatGPT.", set()),         # not Spain: the place ends a longer name
    ("Samsung blocked DeepSeek last week, and after a long and unrelated discussion of markets, pricing, chips, data "
     "centres, energy, talent, funding and valuations across the whole industry, analysts cited privacy concerns.", set()),
])
def test_worries_bans_of_apps_and_companies(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The FTC is investigating OpenAI.", {("openai", "ftc")}),
    ("美國聯邦貿易委員會正在調查OpenAI。", {("openai", "ftc")}),
    ("美国联邦贸易委员会正在调查OpenAI。", {("openai", "ftc")}),
    # the passive: its subject is investigated, never the investigator (worries.scrutiny, the right way round)
    ("DeepSeek was investigated by Italy.", {("deepseek", "italy")}),
    # nothing: an open question, a company's probe without concern
    ("Microsoft is investigating whether DeepSeek used OpenAI data.", set()),
    ("OpenAI is investigating DeepSeek.", set()),
    # a party only a pronoun names in the clause of the probe is nobody ("…announced it has opened…")
    ("Italy is big, and the regulator announced it has opened an investigation into OpenAI.", set()),
])
def test_worries_investigations_as_verbs(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a probe is into the name closing its slot ("the lab that made ChatGPT, OpenAI"), and every name listed there
    ("加拿大對開發ChatGPT的人工智慧研究實驗室OpenAI展開調查。", {("openai", "canada")}),
    ("加拿大对开发ChatGPT的人工智能研究实验室OpenAI展开调查。", {("openai", "canada")}),
    ("加拿大对DeepSeek和Kimi展开调查。", {("deepseek", "canada"), ("kimi", "canada")}),
    ("加拿大對OpenAI的ChatGPT展開調查。", {("chatgpt", "canada")}),
])
def test_worries_what_a_probe_is_into(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the sentence's subject finds risky worries it
    ("兩岸資安角力，數位發展部昨表示，測試五款應用，包括DeepSeek、豆包、文心一言，發現普遍存在資安風險。",
     {("deepseek", "moda"), ("doubao", "moda"), ("ernie-bot", "moda")}),
    ("数位发展部检测发现，DeepSeek和豆包存在资安风险。", {("deepseek", "moda"), ("doubao", "moda")}),
    ("The FTC found that DeepSeek poses serious security risks.", {("deepseek", "ftc")}),
    ("The FTC found vulnerabilities in DeepSeek and Kimi.", {("deepseek", "ftc"), ("kimi", "ftc")}),
    # nothing: no risk found, a risk said to be low, no organisation finding it
    ("The FTC found no vulnerabilities in DeepSeek.", set()),
    ("數位發展部檢測發現，DeepSeek不存在資安風險。", set()),
    ("数位发展部检测发现，DeepSeek存在的风险很低。", set()),
    ("Researchers found that DeepSeek poses risks.", set()),
    ("分析師發現，DeepSeek存在風險。", set()),
])
def test_worries_risks_a_party_finds(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural kind of party opening the clause, named by a list after it
    ("Several governments have banned DeepSeek, including Italy and Taiwan.", {("deepseek", "italy"), ("deepseek", "taiwan")}),
    ("Several countries have voiced concerns about DeepSeek, including Italy and France.",
     {("deepseek", "italy"), ("deepseek", "france")}),
    ("多國已禁止DeepSeek，包括義大利和台灣。", {("deepseek", "italy"), ("deepseek", "taiwan")}),
    ("多国对DeepSeek表示担忧，包括意大利和法国。", {("deepseek", "italy"), ("deepseek", "france")}),
    # the speaker opening the sentence is the "it" that banned; its owner is not listed with it
    ("Garante, Italy's privacy watchdog, said it had blocked DeepSeek over data concerns.", {("deepseek", "garante")}),
    # nothing: no worry in the clause, the list not after an opener
    ("Several analysts praised DeepSeek, including Italy and France.", set()),
    ("Several countries have voiced concerns about DeepSeek, and Google and OpenAI praised it.", set()),
])
def test_worries_a_plural_party_named_by_a_list_after_it(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a maker (or its unit) is not worried by its own product
    ("谷歌暫停了Gemini的人像生成功能。", set()),
    ("谷歌暂停了Gemini的人像生成功能。", set()),
    ("Alibaba Cloud suspended Qwen 3 downloads.", set()),
    ("Anthropic warned that Claude could be misused.", set()),
    # a worry in a participle clause is its sentence's subject's, not the object before it
    ("Italy and France praised Mistral while voicing concerns about DeepSeek.",
     {("deepseek", "italy"), ("deepseek", "france")}),
    ("The EU praised Mistral while voicing concerns about DeepSeek.", {("deepseek", "eu")}),
])
def test_worries_no_maker_of_its_own_product_and_participle_clauses(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a party wants removed or banned worries it
    ("RSF urged Apple to scrap Apple Intelligence.", {("apple-intelligence", "rsf")}),
    ("無國界記者呼籲蘋果下架Apple Intelligence。", {("apple-intelligence", "rsf")}),
    ("无国界记者呼吁苹果下架Apple Intelligence。", {("apple-intelligence", "rsf")}),
    ("Nvidia urged the US to scrap the AI Diffusion Rule.", {("ai-diffusion-rule", "nvidia")}),
    ("The EU urged Italy to ban DeepSeek over privacy concerns.", {("deepseek", "eu")}),
    # nothing: an urge to use, no named party, a denied urge
    ("OpenAI urged users to try ChatGPT.", set()),
    ("Regulators urged Italy to ban DeepSeek over privacy concerns.", set()),
    ("RSF did not urge Apple to scrap Apple Intelligence.", set()),
    ("无国界记者并未呼吁苹果下架Apple Intelligence。", set()),
])
def test_worries_what_a_party_wants_removed(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" after a speech verb is the body named after its owner ("Italy's watchdog, Garante,")
    ("Italy's data protection watchdog, Garante, announced it has opened an investigation into OpenAI.",
     {("openai", "garante")}),
    ("Italy's privacy watchdog Garante said it had blocked DeepSeek.", {("deepseek", "garante")}),
    ("Italy's prime minister said it had blocked DeepSeek.", set()),    # a person's "it": nobody named
])
def test_worries_it_is_the_body_named_after_its_owner(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a public body's ban of a company with no reason: only a strong ban, of the company or its app
    ("The US banned Huawei.", {("huawei", "united-states")}),
    ("韓國個人資訊保護委員會表示，已暫停DeepSeek的下載。", {("deepseek", "korea-pipc")}),
    ("韩国个人信息保护委员会表示，已暂停DeepSeek的下载。", {("deepseek", "korea-pipc")}),
    # nothing: what of the company is restricted is no worry about it; a soft verb with no reason
    ("The US restricted Nvidia's sales to China.", set()),
    ("美國商務部限制輝達的晶片出口。", set()),
    ("美国商务部限制英伟达的芯片出口。", set()),
    ("China suspended Micron.", set()),
])
def test_worries_a_public_body_s_ban_without_a_reason(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party calling for a ban or a probe is worried by what it names (the ban itself is not asserted)
    ("韩国呼吁禁止DeepSeek，以防数据泄露。", {("deepseek", "south-korea")}),
    ("美國國會要求禁用DeepSeek。", {("deepseek", "us-congress")}),
    ("美国国会要求禁用DeepSeek。", {("deepseek", "us-congress")}),
    ("The EU called for a ban on DeepSeek.", {("deepseek", "eu")}),
    ("The FTC urged an investigation into OpenAI.", {("openai", "ftc")}),
    ("The EU did not call for a ban on DeepSeek.", set()),
])
def test_worries_a_call_for_a_ban(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # examples of the banning parties in the clause before one that opens with auxiliaries and the ban
    ("Many banks, including JPMorgan and Citigroup, have restricted ChatGPT.", {("chatgpt", "jpmorgan"), ("chatgpt", "citi")}),
    ("多家銀行，包括摩根大通和花旗，已限制使用ChatGPT。", {("chatgpt", "jpmorgan"), ("chatgpt", "citi")}),
    ("多家银行，包括摩根大通和花旗，已限制使用ChatGPT。", {("chatgpt", "jpmorgan"), ("chatgpt", "citi")}),
    ("Many banks, such as JPMorgan, praised ChatGPT.", set()),
])
def test_worries_examples_of_the_banning_parties(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The FTC ordered OpenAI, Google and Meta to hand over information about their chatbots.",
     {("openai", "ftc"), ("google", "ftc"), ("meta", "ftc")}),
    ("The FTC sent letters to OpenAI, Google and Meta.", {("openai", "ftc"), ("google", "ftc"), ("meta", "ftc")}),
    ("The FTC subpoenaed OpenAI and Anthropic over chatbot safety.", {("openai", "ftc"), ("anthropic", "ftc")}),
    ("美国联邦贸易委员会向OpenAI、谷歌和Meta发出问询。", {("openai", "ftc"), ("google", "ftc"), ("meta", "ftc")}),
    ("美國聯邦貿易委員會向OpenAI、Google發出問詢函，要求說明。", {("openai", "ftc"), ("google", "ftc")}),
    ("国家网信办约谈了百度、阿里巴巴和腾讯。", {("baidu", "cac"), ("alibaba", "cac"), ("tencent", "cac")}),
    ("Taiwan, Italy and South Korea have restricted DeepSeek on government devices.",
     {("deepseek", "taiwan"), ("deepseek", "italy"), ("deepseek", "south-korea")}),
    ("Samsung restricted ChatGPT on company devices.", {("chatgpt", "samsung")}),
    ("工信部禁止公务员使用DeepSeek。", {("deepseek", "miit")}),
    ("數位發展部限制在公部門使用DeepSeek。", {("deepseek", "moda")}),
    ("Microsoft cited security concerns about DeepSeek.", {("deepseek", "microsoft")}),
    ("Italy voiced privacy concerns over ChatGPT.", {("chatgpt", "italy")}),
])
def test_worries_regulators_inquiries_and_bans_from_public_devices(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Microsoft ordered its staff to provide feedback on Copilot.",
    "OpenAI sent letters to Microsoft about the partnership.",
    "OpenAI向微软发出问询。",
    "The US restricted Nvidia's sales to China.",
    "美國限制英偉達的晶片出口。",
    "Apple restricted the Vision Pro to US stores.",
    "The FTC could send letters to OpenAI and Meta.",
])
def test_worries_no_inquiry_or_ban_without_a_public_body_or_a_reason(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Other banks that have moved to restrict their workers' use of ChatGPT include Citigroup, Goldman Sachs and Wells Fargo.",
     {("chatgpt", "citi"), ("chatgpt", "goldman-sachs"), ("chatgpt", "wells-fargo")}),
    ("Companies that have restricted employees' use of ChatGPT include Apple and Samsung.",
     {("chatgpt", "apple"), ("chatgpt", "samsung")}),
    ("限制員工使用ChatGPT的銀行包括高盛和摩根大通。", {("chatgpt", "goldman-sachs"), ("chatgpt", "jpmorgan")}),
    ("禁止员工使用ChatGPT的公司包括三星和苹果。", {("chatgpt", "samsung"), ("chatgpt", "apple")}),
])
def test_worries_a_plural_party_with_a_ban_named_by_include(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Banks that have praised ChatGPT include Citigroup and Goldman Sachs.",
    "Banks that could ban ChatGPT include Citigroup and Goldman Sachs.",
    "采用ChatGPT的银行包括花旗和高盛。",
    "採用ChatGPT的銀行包括花旗和高盛。",
])
def test_worries_no_plural_party_without_an_asserted_ban(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Privacy concerns over DeepSeek prompted Italy to block the app.", {("deepseek", "italy")}),
    ("Security concerns about DeepSeek have led Taiwan and South Korea to restrict it.",
     {("deepseek", "taiwan"), ("deepseek", "south-korea")}),
    ("Amid security concerns about DeepSeek, Taiwan banned the app.", {("deepseek", "taiwan")}),
    ("Citing privacy concerns over ChatGPT, Italy and France opened investigations.",
     {("chatgpt", "italy"), ("chatgpt", "france")}),
    ("基于对DeepSeek的安全疑虑，韩国暂停了该应用的下载。", {("deepseek", "south-korea")}),
    ("基於對DeepSeek的資安疑慮，數位發展部限制公部門使用。", {("deepseek", "moda")}),
    ("出於對ChatGPT的隱私擔憂，三星禁止員工使用。", {("chatgpt", "samsung")}),
    ("对DeepSeek的隐私担忧促使意大利屏蔽了该应用。", {("deepseek", "italy")}),
])
def test_worries_a_concern_named_as_a_noun_phrase(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Concerns about DeepSeek could prompt Italy to act.",
    "Despite concerns about DeepSeek, Microsoft added it to Azure.",
    "Amid concerns about DeepSeek, Nvidia shares fell.",
    "Amid concerns about DeepSeek, Nvidia's shares fell.",
    "由於對DeepSeek的擔憂，輝達股價下跌。",
    "由于对DeepSeek的担忧缓解，英伟达股价回升。",
    "出于对用户的关切，OpenAI推出了新功能。",
])
def test_worries_no_concern_phrase_without_a_moved_party(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("美国商务部警告DeepSeek存在安全风险。", {("deepseek", "us-commerce-department")}),
    ("美國商務部警告稱，DeepSeek可能將用戶資料傳回中國。", {("deepseek", "us-commerce-department")}),
    ("微软警告，DeepSeek可能被滥用。", {("deepseek", "microsoft")}),
    ("Microsoft warned DeepSeek could leak user data.", {("deepseek", "microsoft")}),
    ("韩国个人信息保护委员会就DeepSeek发出警告。", {("deepseek", "korea-pipc")}),
    ("微軟就OpenAI的新模型表示關切。", {("openai", "microsoft")}),
])
def test_worries_warnings_of_a_risk(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "美国警告中国不要干涉。",
    "美國警告北京不要干預。",
    "OpenAI warned employees about phishing.",
    "Nvidia warned that sales may fall.",
    "The Commerce Department warned DeepSeek to stop.",
    "欧盟就此表示关切。",
])
def test_worries_no_warning_without_a_risk_and_a_cause(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The Central Bank of Ireland has become the latest institution to ban its employees from using the AI chatbot ChatGPT.",
     {("chatgpt", "central-bank-ireland")}),
    ("Samsung became the first company to restrict ChatGPT.", {("chatgpt", "samsung")}),
    ("Apple launched Apple Intelligence last year. RSF has demanded Apple discontinue the feature.",
     {("apple-intelligence", "rsf")}),
    ("蘋果去年推出Apple Intelligence。無國界記者呼籲蘋果下架該功能。", {("apple-intelligence", "rsf")}),
    ("苹果去年推出Apple Intelligence。无国界记者呼吁苹果下架该功能。", {("apple-intelligence", "rsf")}),
])
def test_worries_counted_bans_and_described_features(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Samsung is the latest company to praise ChatGPT.",
    "Samsung could become the first company to ban ChatGPT.",
    "Apple launched Apple Intelligence last year. RSF asked Apple to explain the feature.",
    "Apple launched Apple Intelligence last year. RSF praised Apple for the feature.",
])
def test_worries_no_counted_ban_or_feature_removal_that_is_not_one(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("DeepSeek has been banned by Italy and Taiwan.", {("deepseek", "italy"), ("deepseek", "taiwan")}),
    ("DeepSeek has been banned on government devices in Italy, Taiwan and Australia.",
     {("deepseek", "italy"), ("deepseek", "taiwan"), ("deepseek", "australia")}),
    ("DeepSeek was reportedly blocked by Microsoft over security concerns.", {("deepseek", "microsoft")}),
    ("DeepSeek已被意大利、台湾和澳大利亚禁用。", {("deepseek", "italy"), ("deepseek", "taiwan"), ("deepseek", "australia")}),
    ("DeepSeek遭意大利以隱私為由封禁。", {("deepseek", "italy")}),
    ("ChatGPT is popular. Last month JPMorgan announced that staff were banned from using the tool.",
     {("chatgpt", "jpmorgan")}),
])
def test_worries_a_ban_in_the_passive_voice(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "DeepSeek was praised by Italy.",
    "Nvidia was blocked from selling chips to China by the US.",
    "DeepSeek has been banned in schools.",
    "OpenAI被微软限制。",
    "Nvidia was restricted by Microsoft.",
    "DeepSeek was launched in January. It was blocked by Italy.",
])
def test_worries_no_passive_ban_reversed_or_without_parties(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a name after 向/给 inside what is feared receives the harm: it is not the cause
    ("DeepSeek的隱私條款雖與OpenAI的條款相近，但一些學者仍對其可能向中國政府提供資料表示擔憂。", set()),
    ("DeepSeek的隐私条款虽与OpenAI的条款相近，但一些学者仍对其可能向中国政府提供资料表示担忧。", set()),
    ("Some scholars worry that DeepSeek could hand data to the Chinese government.", set()),
    # the feared one named after 对 still is the cause
    ("義大利對DeepSeek表示擔憂。", {("deepseek", "italy")}),
    ("意大利对DeepSeek表示担忧。", {("deepseek", "italy")}),
    ("Italy voiced concerns about DeepSeek.", {("deepseek", "italy")}),
])
def test_worries_a_recipient_of_what_is_feared_is_no_cause(extractor, text, expected):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    assert {(e.source, e.target) for e in found.edges if e.type.value == "WORRIES"} == expected
