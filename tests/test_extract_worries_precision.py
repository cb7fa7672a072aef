"""WORRIES precision classes, in three scripts: who is no worried party and what is no cause — a place or trade
that only qualifies a product or a party ("Chinese advanced chips", "华尔街投行"), what would be lost or left out
("excluding China", "失去中国市场"), people counted in a place ("许多人", "many in Washington"); each class with
a case that still finds its fact."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a place written against a product with a quality word only says where the product comes from
    ("美國商務部警告業界使用中國先進計算機晶片的風險。", set()),
    ("美国商务部警告业界使用中国先进计算机芯片的风险。", set()),
    ("The Commerce Department warned the industry about the risks of Chinese advanced computer chips.", set()),
    # a place or trade written against a kind of party qualifies the party: what is banned is the product
    ("摩根大通是第一家限制員工使用ChatGPT的華爾街投行。", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("摩根大通是第一家限制员工使用ChatGPT的华尔街投行。", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("JPMorgan, a Wall Street bank, has restricted employees from using ChatGPT.", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("JPMorgan, the Wall Street bank, has restricted staff from using ChatGPT.", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("華爾街投行摩根大通禁止員工使用ChatGPT。", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("华尔街投行摩根大通禁止员工使用ChatGPT。", {("chatgpt", "jpmorgan", "worries.ban")}),
    # what would be lost or left out is no cause of the worry
    ("英偉達擔心失去中國市場。", set()),
    ("英伟达担心失去中国市场。", set()),
    ("Nvidia expressed concerns that excluding China would hurt sales.", set()),
    ("Nvidia is worried about losing China.", set()),
    # people counted in a place are worried, no organisation
    ("中國的進展令華府和矽谷許多人擔憂。", set()),
    ("中国的进展令华府和硅谷许多人担忧。", set()),
    ("DeepSeek worried many in Washington.", set()),
    ("中國計劃把自家模型變成行業標準，引起美國政策制定者警覺，因為擔心美國落後。", set()),
    ("中国计划把自家模型变成行业标准，引起美国政策制定者警觉，因为担心美国落后。", set()),
    # the same constructions with the organisation itself worried still find the fact
    ("DeepSeek令華府擔憂。", {("deepseek", "washington", "worries.causative")}),
    ("DeepSeek令华府担忧。", {("deepseek", "washington", "worries.causative")}),
    ("DeepSeek alarmed Washington.", {("deepseek", "washington", "worries.cue")}),
])
def test_worries_party_and_cause_scope(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party warning its staff off feeding data to a tool: the tool worries the party
    ("埃森哲警告員工不要將客戶資訊暴露給ChatGPT。", {("chatgpt", "accenture", "worries.experiencer")}),
    ("埃森哲警告员工不要将客户信息暴露给ChatGPT。", {("chatgpt", "accenture", "worries.experiencer")}),
    ("Accenture warned staff not to expose client information to ChatGPT.", {("chatgpt", "accenture", "worries.experiencer")}),
    ("Accenture warned staff not to share client information with ChatGPT.", {("chatgpt", "accenture", "worries.experiencer")}),
    ("埃森哲沒有警告員工不要將客戶資訊暴露給ChatGPT。", set()),
    ("埃森哲可能警告员工不要将客户信息暴露给ChatGPT。", set()),
    ("Accenture did not warn staff not to expose client information to ChatGPT.", set()),
    ("Accenture may warn staff not to expose client information to ChatGPT.", set()),
    ("埃森哲警告员工不要将客户信息暴露给竞争对手，并推荐使用ChatGPT。", set()),
    # criticism received from a party
    ("Sora 2遭到日本政府的批評。", {("sora-2", "japan", "worries.scrutiny")}),
    ("Sora 2受到日本政府的批评。", {("sora-2", "japan", "worries.scrutiny")}),
    ("Sora 2 has received flak from the Japanese government over copyright.", {("sora-2", "japan", "worries.scrutiny")}),
    ("Sora 2 received praise from the Japanese government.", set()),
    ("Sora 2 may receive criticism from the Japanese government.", set()),
    ("Sora 2 received investments from Japan.", set()),
    # a government asking a company to stop what it does
    ("日本政府正式要求OpenAI停止侵犯版權。", {("openai", "japan", "worries.probe")}),
    ("日本政府正式要求OpenAI停止侵犯版权。", {("openai", "japan", "worries.probe")}),
    ("The Japanese government formally asked OpenAI to stop infringing copyrights.", {("openai", "japan", "worries.probe")}),
    ("日本政府沒有要求OpenAI停止侵犯版權。", set()),
    ("日本政府可能要求OpenAI停止侵犯版权。", set()),
    ("The Japanese government may ask OpenAI to stop infringing copyrights.", set()),
    # a probe of a company about its model: the model named right after the link is probed with it
    ("美國聯邦貿易委員會對OpenAI展開調查，重點關注其ChatGPT。", {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe")}),
    ("美国联邦贸易委员会对OpenAI展开调查，重点关注ChatGPT的风险。", {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe")}),
    ("The Irish DPC launched an inquiry into Google over its PaLM 2 model.",
     {("google", "irish-dpc", "worries.ban"), ("palm-2", "irish-dpc", "worries.ban")}),
    ("The FTC opened an investigation into OpenAI, focusing on ChatGPT.", {("openai", "ftc", "worries.ban"), ("chatgpt", "ftc", "worries.ban")}),
    ("The FTC opened an investigation into OpenAI over a data leak, not ChatGPT.", {("openai", "ftc", "worries.ban")}),
    ("美国联邦贸易委员会对OpenAI展开调查，并称赞ChatGPT。", {("openai", "ftc", "worries.probe")}),
    ("美国联邦贸易委员会可能对OpenAI展开调查，重点关注ChatGPT。", set()),
    ("The FTC may open an investigation into OpenAI over ChatGPT.", set()),
])
def test_worries_unseen_classes(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party joining others in a ban: the list may close with an unnamed kind, the product named by its maker
    ("摩根大通已限制員工使用ChatGPT，成為繼亞馬遜和幾所大學之後，又一家限制使用OpenAI聊天機器人的組織。",
     {("chatgpt", "jpmorgan", "worries.ban"), ("chatgpt", "amazon", "worries.joined")}),
    ("摩根大通已限制员工使用ChatGPT，成为继亚马逊和几所大学之后，又一家限制使用OpenAI聊天机器人的组织。",
     {("chatgpt", "jpmorgan", "worries.ban"), ("chatgpt", "amazon", "worries.joined")}),
    ("摩根大通已限制员工使用ChatGPT，成为继亚马逊之后，又一家限制使用该聊天机器人的组织。",
     {("chatgpt", "jpmorgan", "worries.ban"), ("chatgpt", "amazon", "worries.joined")}),
    ("JPMorgan is the latest company, after Amazon and several universities, to restrict ChatGPT.",
     {("chatgpt", "jpmorgan", "worries.joined"), ("chatgpt", "amazon", "worries.joined")}),
    # must find nothing: hedged, no worry cue after the frame, a description with nothing to stand for
    ("摩根大通可能成为继亚马逊和几所大学之后，又一家限制使用ChatGPT的组织。", set()),
    ("继亚马逊和几所大学之后，摩根大通也推出了ChatGPT插件。", set()),
    ("繼亞馬遜和幾所大學之後，摩根大通也限制員工使用該聊天機器人。", set()),
    ("JPMorgan may become the latest company, after Amazon and several universities, to restrict ChatGPT.", set()),
])
def test_worries_joined_lists(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company looking into another over a suspected wrong: the suspicion is the reason of worry
    ("OpenAI正在調查DeepSeek是否涉嫌不當使用其模型。", {("deepseek", "openai", "worries.ban")}),
    ("OpenAI正在调查DeepSeek是否涉嫌不当使用其模型。", {("deepseek", "openai", "worries.ban")}),
    ("OpenAI is looking into DeepSeek over alleged copying of its model.", {("deepseek", "openai", "worries.probe")}),
    ("OpenAI and Microsoft are investigating whether DeepSeek improperly used OpenAI's models.",
     {("deepseek", "openai", "worries.ban"), ("deepseek", "microsoft", "worries.ban")}),
    # must find nothing: hedged, negated, no reason given (a company's probe is a worry only with one)
    ("OpenAI可能調查DeepSeek是否涉嫌不當使用其模型。", set()),
    ("OpenAI may look into DeepSeek over alleged copying of its model.", set()),
    ("OpenAI is not investigating DeepSeek over alleged copying.", set()),
    ("OpenAI正在调查DeepSeek。", set()),
    ("OpenAI is looking into DeepSeek.", set()),
])
def test_worries_suspected_wrong(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body after 在 before the cue is where it was said; the subject before it is worried, also carried over a comma
    ("國家安全局在立法院表示憂心DeepSeek。", {("deepseek", "taiwan-nsb", "worries.experiencer")}),
    ("国家安全局在立法院表示忧心DeepSeek。", {("deepseek", "taiwan-nsb", "worries.experiencer")}),
    ("国家安全局今天在立法院提出书面报告，表示忧心DeepSeek。", {("deepseek", "taiwan-nsb", "worries.experiencer")}),
    ("The National Security Bureau filed a report, voicing concern about DeepSeek.", {("deepseek", "taiwan-nsb", "worries.experiencer")}),
    # must find nothing: the venue alone, hedged, negated
    ("在立法院表示忧心DeepSeek。", set()),
    ("國家安全局今天在立法院提出書面報告，可能表示憂心DeepSeek。", set()),
    ("国家安全局今天在立法院提出书面报告，并未表示忧心DeepSeek。", set()),
    ("The National Security Bureau filed a report, which may voice concern about DeepSeek.", set()),
])
def test_worries_venue_and_carried_subject(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party said to misjudge or underestimate something is warned about its judgement: it is not what is feared
    ("英偉達的主管警告，華府可能低估了華為的實力。", set()),
    ("英伟达的主管警告，华府可能低估了华为的实力。", set()),
    ("Nvidia warned that Washington may have underestimated Huawei.", set()),
    ("Nvidia warned that the United States is misjudging Huawei.", set()),
    ("谷歌警告稱，歐盟顯然誤判了風險。", set()),
    ("谷歌警告称，欧盟显然误判了风险。", set()),
    # the same warning with a party that threatens still finds the fact
    ("英偉達警告，華為可能搶走市場。", {("huawei", "nvidia", "worries.experiencer")}),
    ("英伟达警告，华为可能抢走市场。", {("huawei", "nvidia", "worries.experiencer")}),
    ("Nvidia warned that Huawei could take its market.", {("huawei", "nvidia", "worries.experiencer")}),
])
def test_worries_misjudging_party_is_no_cause(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person written as a company's ("Google's Jane Roe") speaks for it: the company is the worried party
    ("Google's Sundar Pichai said he was worried about DeepSeek.", {("deepseek", "google", "worries.experiencer")}),
    ("谷歌的羅珍說她擔心DeepSeek。", {("deepseek", "google", "worries.experiencer")}),
    ("谷歌的罗珍说她担心DeepSeek。", {("deepseek", "google", "worries.experiencer")}),
    # a body written as a place's is still no worry of the place
    ("Italy's watchdog cited concerns about DeepSeek.", set()),
    ("Italy's prime minister said she was worried about DeepSeek.", set()),
])
def test_worries_person_of_company_possessive(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # alarm voiced "at" what causes it, and 表示震惊 after 对
    ("Ofcom expressed alarm at reports of Grok being misused.", {("grok", "ofcom", "worries.experiencer")}),
    ("Ofcom voiced particular alarm at Grok.", {("grok", "ofcom", "worries.experiencer")}),
    ("Ofcom對Grok遭濫用的報導表示震驚。", {("grok", "ofcom", "worries.experiencer")}),
    ("Ofcom对Grok遭滥用的报道表示震惊。", {("grok", "ofcom", "worries.experiencer")}),
    # alarm at a place or an event that is no party, or denied, finds nothing
    ("Ofcom voiced alarm at a hearing in London.", set()),
    ("谷歌對結果並不表示震驚。", set()),
    ("谷歌对结果并不表示震惊。", set()),
])
def test_worries_alarm_at(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
