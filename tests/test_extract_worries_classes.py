"""WORRIES by construction class, in three scripts: parties opposing or criticizing a model or policy,
regulators looking into or warning a company, breaches and failings a party states, alarm spread inside a
party, restrictions put in place, regulatory attention; each class with cases that must find nothing
(negated, hedged, conditional, passive, planned, a company criticized)."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a party opposing or criticizing a policy or a model: the policy or model worries the party
    ("谷歌反對《人工智能法案》。", {("eu-ai-act", "google", "worries.opposed")}),
    ("谷歌反对《人工智能法案》。", {("eu-ai-act", "google", "worries.opposed")}),
    ("Google opposed the AI Act.", {("eu-ai-act", "google", "worries.opposed")}),
    ("ITIC lobbied against the AI Diffusion Rule.", {("ai-diffusion-rule", "itic", "worries.opposed")}),
    ("ITIC voiced opposition to the AI Diffusion Rule.", {("ai-diffusion-rule", "itic", "worries.opposed")}),
    ("Meta slammed the AI Act as unworkable.", {("eu-ai-act", "meta", "worries.opposed")}),
    ("SAG-AFTRA condemned Sora.", {("sora", "sag-aftra", "worries.opposed")}),
    ("The FTC raised questions about ChatGPT.", {("chatgpt", "ftc", "worries.opposed")}),
    # coordinated parties; the model named in the object, not the company criticized
    ("CAA和UTA公開批評OpenAI在Sora中使用受版權保護的素材。", {("sora", "caa", "worries.opposed"), ("sora", "uta", "worries.opposed")}),
    ("CAA和UTA公开批评OpenAI在Sora中使用受版权保护的素材。", {("sora", "caa", "worries.opposed"), ("sora", "uta", "worries.opposed")}),
    ("CAA and UTA criticized OpenAI for using protected material in Sora.",
     {("sora", "caa", "worries.opposed"), ("sora", "uta", "worries.opposed")}),
    # a description of the policy named in the sentence before
    ("歐盟通過了《人工智能法案》。谷歌批評該法案。", {("eu-ai-act", "google", "worries.opposed")}),
    ("欧盟通过了《人工智能法案》。谷歌批评该法案。", {("eu-ai-act", "google", "worries.opposed")}),
    ("The EU approved the AI Act. Google criticized the law.", {("eu-ai-act", "google", "worries.opposed")}),
    # the cause between 对 and the cue (an industry body voicing opposition)
    ("美國商會對《人工智能法案》提出異議。", {("eu-ai-act", "us-chamber-of-commerce", "worries.opposed")}),
    ("美国商会对《人工智能法案》表示反对。", {("eu-ai-act", "us-chamber-of-commerce", "worries.opposed")}),
    ("The U.S. Chamber of Commerce voiced opposition to the AI Act.", {("eu-ai-act", "us-chamber-of-commerce", "worries.opposed")}),
    # must find nothing: negated, hedged, conditional, passive, "as opposed to", a company criticized
    ("美国商会对《人工智能法案》并未表示反对。", set()),
    ("美国商会对OpenAI提出批评。", set()),
    ("谷歌沒有批評《人工智能法案》。", set()),
    ("谷歌没有批评《人工智能法案》。", set()),
    ("Google did not criticize the AI Act.", set()),
    ("谷歌可能反对《人工智能法案》。", set()),
    ("Google may oppose the AI Act.", set()),
    ("如果谷歌批评《人工智能法案》，它会受损。", set()),
    ("If Google criticized the AI Act, it would lose.", set()),
    ("《人工智能法案》遭到谷歌批評。", set()),
    ("The AI Act was criticized by Google.", set()),
    ("Google praised the AI Act, as opposed to the DMA.", set()),
    ("Google criticized OpenAI.", set()),
    ("谷歌批评OpenAI。", set()),
])
def test_worries_opposed(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a regulator looking into a company, in the progressive too
    ("The FTC is looking into ChatGPT.", {("chatgpt", "ftc", "worries.probe")}),
    ("The Garante is examining DeepSeek.", {("deepseek", "garante", "worries.probe")}),
    ("OpenAI is under scrutiny from the FTC.", {("openai", "ftc", "worries.scrutiny")}),
    # a warning addressed to a company by a public body, about something of its own (en only: 警告X不要… is an order)
    ("The EU warned Meta over its AI policy.", {("meta", "eu", "worries.probe")}),
    ("The FTC warned OpenAI about its data practices.", {("openai", "ftc", "worries.probe")}),
    # a breach a party states
    ("數位發展部表示，DeepSeek違反資安規定。", {("deepseek", "moda", "worries.found")}),
    ("数位发展部表示，DeepSeek违反资安规定。", {("deepseek", "moda", "worries.found")}),
    ("The Irish DPC said DeepSeek violated the GDPR.", {("deepseek", "irish-dpc", "worries.found")}),
    # a failing a party points out, its subject right before the verb
    ("Reports say Euroconsumers have pointed out flaws in DeepSeek.", {("deepseek", "euroconsumers", "worries.found")}),
    ("Euroconsumers pointed out flaws in DeepSeek and praised Qwen.", {("deepseek", "euroconsumers", "worries.found")}),
    # alarm spread inside a party
    ("DeepSeek在矽谷引發恐慌。", {("deepseek", "silicon-valley", "worries.poses")}),
    ("DeepSeek在硅谷引发恐慌。", {("deepseek", "silicon-valley", "worries.poses")}),
    ("DeepSeek sparked panic in Silicon Valley.", {("deepseek", "silicon-valley", "worries.cue")}),
    # calls for regulation; staff kept from sharing data with a tool; a restriction put in place
    ("The EU called for regulation of ChatGPT.", {("chatgpt", "eu", "worries.urged")}),
    ("Amazon told its employees not to share code with ChatGPT.", {("chatgpt", "amazon", "worries.experiencer")}),
    ("ChatGPT leaked data. Amazon had taken steps to control its employees' use of the chatbot.",
     {("chatgpt", "amazon", "worries.ban")}),
    ("DeepSeek has caught the attention of regulators in Italy.", {("deepseek", "italy", "worries.scrutiny")}),
    ("DeepSeek and its model have caught the attention of regulators in Italy.", {("deepseek", "italy", "worries.scrutiny")}),
    # questions, red flags and opposition raised or drawn
    ("DeepSeek raised red flags at the Pentagon.", {("deepseek", "pentagon", "worries.cue")}),
    ("ChatGPT drew questions from the FTC.", {("chatgpt", "ftc", "worries.scrutiny")}),
    ("The AI Act has drawn opposition from Meta.", {("eu-ai-act", "meta", "worries.scrutiny")}),
    ("ChatGPT could raise questions among regulators in Italy.", set()),
    ("DeepSeek has not raised questions in Italy.", set()),
    ("The EDPB is assessing ChatGPT amid privacy concerns.", {("chatgpt", "edpb", "worries.probe")}),
    # must find nothing
    ("Apple is assessing Gemini for Siri.", set()),
    ("DeepSeek alarmed Meta and drew criticism from the FTC.", {("deepseek", "meta", "worries.cue")}),
    ("The FTC was looking into it.", set()),
    ("The Commerce Department warned DeepSeek to stop.", set()),
    ("歐盟警告Meta不要推出新政策。", set()),
    ("欧盟警告Meta不要推出新政策。", set()),
    ("Apple is examining Gemini for Siri.", set()),
    ("DeepSeek在硅谷並未引發恐慌。", set()),
    ("DeepSeek并未在硅谷引发恐慌。", set()),
    ("DeepSeek對Meta不構成威脅。", set()),
    ("The Irish DPC said DeepSeek may have violated the GDPR.", set()),
    ("The Irish DPC did not say DeepSeek violated the GDPR.", set()),
    ("Euroconsumers did not point out flaws in DeepSeek.", set()),
    ("DeepSeek caught the attention of Meta engineers.", set()),
    ("Amazon may take steps to restrict ChatGPT.", set()),
])
def test_worries_actions_and_statements(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a model or policy a party says will harm
    ("歐盟通過了《人工智能法案》。美國商會表示，該法案將扼殺創新。", {("eu-ai-act", "us-chamber-of-commerce", "worries.harms")}),
    ("欧盟通过了《人工智能法案》。美国商会表示，该法案将扼杀创新。", {("eu-ai-act", "us-chamber-of-commerce", "worries.harms")}),
    ("Nvidia said the AI Diffusion Rule would undermine American leadership.", {("ai-diffusion-rule", "nvidia", "worries.harms")}),
    ("SAG-AFTRA表示，Sora威脅到演員的生計。", {("sora", "sag-aftra", "worries.harms")}),
    ("SAG-AFTRA表示，Sora威胁到演员的生计。", {("sora", "sag-aftra", "worries.harms")}),
    ("SAG-AFTRA said Sora threatens actors' livelihoods.", {("sora", "sag-aftra", "worries.harms")}),
    ("SAG-AFTRA said Sora no longer threatens actors.", set()),
    ("SAG-AFTRA said it does not believe Sora threatens actors.", set()),
    ("SAG-AFTRA表示，Sora並未威脅到演員。", set()),
    # accusations
    ("OpenAI指控DeepSeek蒸餾其模型。", {("deepseek", "openai", "worries.found")}),
    ("OpenAI指控DeepSeek蒸馏其模型。", {("deepseek", "openai", "worries.found")}),
    ("OpenAI accused DeepSeek of distilling its models.", {("deepseek", "openai", "worries.found")}),
    # a finding with nothing between the verb and the risk; a risk stated in the clause after the thing
    ("The Garante found that DeepSeek poses risks.", {("deepseek", "garante", "worries.found")}),
    ("數位發展部指出，DeepSeek的服務涉及跨境傳輸，存在外洩風險。", {("deepseek", "moda", "worries.found")}),
    ("数位发展部指出，DeepSeek的服务涉及跨境传输，存在外泄风险。", {("deepseek", "moda", "worries.found")}),
    # a place between a banned company and its product
    ("韓國個人資訊保護委員會暫停DeepSeek在韓國的新下載。", {("deepseek", "korea-pipc", "worries.ban")}),
    ("韩国个人信息保护委员会暂停DeepSeek在韩国的新下载。", {("deepseek", "korea-pipc", "worries.ban")}),
    # a spokesperson written with the possessive of the employer
    ("The EU adopted the AI Act. Kent Walker, Google's president of global affairs, said the company remained "
     "concerned that the act could slow Europe.", {("eu-ai-act", "google", "worries.experiencer")}),
    # plural parties with examples
    ("The EU adopted the AI Act. Several trade groups, including CCIA and DigitalEurope, lobbied against the law.",
     {("eu-ai-act", "ccia", "worries.opposed"), ("eu-ai-act", "digitaleurope", "worries.opposed")}),
    # must find nothing: denied, passive, negated, a place where a company suspends its own service, a move criticized
    ("Nvidia said the AI Diffusion Rule would not harm anyone.", set()),
    ("If Nvidia said the AI Act would harm innovation, it would be odd.", set()),
    ("Meta said Llama 4 will slow down less than expected.", set()),
    ("OpenAI否認指控DeepSeek蒸餾其模型。", set()),
    ("OpenAI否认指控DeepSeek蒸馏其模型。", set()),
    ("OpenAI denied accusing DeepSeek of theft.", set()),
    ("DeepSeek was accused by OpenAI of distilling its models.", set()),
    ("DeepSeek被OpenAI指控蒸馏其模型。", set()),
    ("OpenAI accused DeepSeek of nothing.", set()),
    ("The Garante found that DeepSeek poses no risks.", set()),
    ("數位發展部指出，DeepSeek的服務涉及跨境傳輸，不存在外洩風險。", set()),
    ("DeepSeek的應用暫停在韓國的新下載服務。", set()),
    ("美國將華為列入實體清單。國台辦隨即批評此舉。", set()),
    ("The EU adopted the AI Act. Google criticized the move.", set()),
])
def test_worries_claims_accusations_and_spread(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # calls for regulation of a product
    ("歐盟呼籲加強對ChatGPT的監管。", {("chatgpt", "eu", "worries.urged")}),
    ("欧盟呼吁加强对ChatGPT的监管。", {("chatgpt", "eu", "worries.urged")}),
    ("The EU urged tighter oversight of ChatGPT.", {("chatgpt", "eu", "worries.urged")}),
    # a complaint about the company named right after 就 (data transfers)
    ("noyb就DeepSeek將數據傳輸至中國提出投訴。", {("deepseek", "noyb", "worries.probe")}),
    ("noyb就DeepSeek将数据传输至中国提出投诉。", {("deepseek", "noyb", "worries.probe")}),
    ("noyb filed a complaint against DeepSeek over data transfers to China.", {("deepseek", "noyb", "worries.probe")}),
    # a company alarmed by a competitor, written after its place and kind
    ("DeepSeek讓美國科技巨頭Meta陷入恐慌。", {("deepseek", "meta", "worries.causative")}),
    ("DeepSeek让美国科技巨头Meta陷入恐慌。", {("deepseek", "meta", "worries.causative")}),
    ("DeepSeek sent shockwaves through Meta.", {("deepseek", "meta", "worries.cue")}),
    # must find nothing
    ("歐盟未呼籲加強對ChatGPT的監管。", set()),
    ("欧盟未呼吁加强对ChatGPT的监管。", set()),
    ("The EU did not urge tighter oversight of ChatGPT.", set()),
    ("noyb沒有就DeepSeek提出投訴。", set()),
    ("noyb没有就DeepSeek提出投诉。", set()),
    ("DeepSeek並未讓Meta陷入恐慌。", set()),
])
def test_worries_regulation_complaints_and_rivals(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # parties moved to ban or probe: by what they ban, or by the thing opening the sentence
    ("Privacy concerns led the Garante to block DeepSeek.", {("deepseek", "garante", "worries.prompted")}),
    ("ChatGPT leaked data, prompting Samsung to ban the tool.", {("chatgpt", "samsung", "worries.prompted")}),
    ("DeepSeek's data practices prompted the Garante to block the app.", {("deepseek", "garante", "worries.prompted")}),
    ("DeepSeek的隱私問題促使義大利禁用該應用。", {("deepseek", "italy", "worries.prompted")}),
    ("DeepSeek的隐私问题促使意大利禁用该应用。", {("deepseek", "italy", "worries.prompted")}),
    # must find nothing: hedged, negated, two things opening the sentence
    ("DeepSeek could prompt Italy to ban it.", set()),
    ("The leak did not prompt Samsung to ban ChatGPT.", set()),
    ("DeepSeek的隐私问题可能促使意大利禁用该应用。", set()),
    ("DeepSeek的隱私問題並未促使義大利禁用該應用。", set()),
    ("Qwen and Kimi drew interest, prompting the Garante to block the app.", set()),
    ("Alibaba and DeepSeek drew interest, prompting the Garante to investigate.", set()),
    ("DeepSeek drew interest, prompting the Garante to investigate.", {("deepseek", "garante", "worries.prompted")}),
])
def test_worries_prompted(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the destination of a data transfer is no cause (direction: the company is, the place is not)
    ("義大利個資保護局表示，已對DeepSeek展開調查。該機構擔心用戶資料被傳回中國。", {("deepseek", "garante", "worries.probe")}),
    ("意大利数据保护局表示，已对DeepSeek展开调查。该机构担心用户资料被传回中国。", {("deepseek", "garante", "worries.probe")}),
    ("The Garante opened a probe into DeepSeek. It is worried that user data could be sent to China.",
     {("deepseek", "garante", "worries.ban")}),
    ("The Pentagon is concerned about data flowing to China.", set()),
    # a place named as what is feared stays a cause
    ("台灣擔心中國。", {("china", "taiwan", "worries.experiencer")}),
    ("台湾担心中国。", {("china", "taiwan", "worries.experiencer")}),
    ("Taiwan is worried about China.", {("china", "taiwan", "worries.experiencer")}),
])
def test_worries_destination_is_no_cause(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a probe, ban, fine or lawsuit the cause faces, or undergoes in the passive voice
    ("DeepSeek faces a ban in Italy.", {("deepseek", "italy", "worries.scrutiny")}),
    ("OpenAI faces a lawsuit from the FTC.", {("openai", "ftc", "worries.scrutiny")}),
    ("Meta faces an EU investigation over its AI policy.", {("meta", "eu", "worries.scrutiny")}),
    ("DeepSeek面臨義大利的禁令。", {("deepseek", "italy", "worries.scrutiny")}),
    ("DeepSeek面临意大利的禁令。", {("deepseek", "italy", "worries.scrutiny")}),
    ("DeepSeek is under investigation in Italy.", {("deepseek", "italy", "worries.scrutiny")}),
    ("OpenAI was fined 15 million euros by the Garante.", {("openai", "garante", "worries.scrutiny")}),
    ("OpenAI被義大利個資保護局罰款1500萬歐元。", {("openai", "garante", "worries.scrutiny")}),
    ("Meta遭歐盟調查。", {("meta", "eu", "worries.scrutiny")}),
    ("Meta遭欧盟调查。", {("meta", "eu", "worries.scrutiny")}),
    # a probe or ban named as a noun, its owner the prober
    ("The EU's investigation into Meta continues.", {("meta", "eu", "worries.ban")}),
    ("歐盟對Meta的調查仍在進行。", {("meta", "eu", "worries.probe")}),
    ("欧盟对Meta的调查仍在进行。", {("meta", "eu", "worries.probe")}),
    # must find nothing: hedged, negated, a finding about the thing
    ("DeepSeek could face a ban in Italy.", set()),
    ("DeepSeek可能面臨義大利的禁令。", set()),
    ("DeepSeek may be fined by the Garante.", set()),
    ("DeepSeek was not fined by the Garante.", set()),
    ("DeepSeek未被義大利罰款。", set()),
    ("DeepSeek未被意大利罚款。", set()),
    ("欧盟对Meta的调查结果感到满意。", set()),
])
def test_worries_faced_and_passive_probes(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company alarmed by a competitor: seen as a threat, panic because of it
    ("OpenAI視DeepSeek為威脅。", {("deepseek", "openai", "worries.sees_as_threat")}),
    ("OpenAI视DeepSeek为威胁。", {("deepseek", "openai", "worries.sees_as_threat")}),
    ("OpenAI views DeepSeek as a competitive threat.", {("deepseek", "openai", "worries.sees_as_threat")}),
    ("Meta內部因DeepSeek陷入恐慌。", {("deepseek", "meta", "worries.experiencer")}),
    ("Meta内部因DeepSeek陷入恐慌。", {("deepseek", "meta", "worries.experiencer")}),
    # must find nothing: passive, negated, hedged
    ("DeepSeek is seen as a threat by OpenAI.", set()),
    ("OpenAI never viewed DeepSeek as a threat.", set()),
    ("OpenAI could regard DeepSeek as a threat.", set()),
    ("OpenAI並不視DeepSeek為威脅。", set()),
    ("OpenAI并不视DeepSeek为威胁。", set()),
    ("Meta並未因DeepSeek陷入恐慌。", set()),
    ("Meta并未因DeepSeek陷入恐慌。", set()),
])
def test_worries_rivals_alarmed(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # an object pronoun for the one model or policy of the sentence before
    ("OpenAI launched Sora 2 on Monday. SAG-AFTRA criticized it.", {("sora-2", "sag-aftra", "worries.opposed")}),
    ("DeepSeek released R1 last week. Italy banned it over privacy concerns.", {("deepseek-r1", "italy", "worries.ban")}),
    ("DeepSeek發布了R1。韓國對其展開調查。", {("deepseek-r1", "south-korea", "worries.probe")}),
    ("DeepSeek发布了R1。韩国对其展开调查。", {("deepseek-r1", "south-korea", "worries.probe")}),
    ("The EU adopted the AI Act in 2024. Meta has lobbied against it.", {("eu-ai-act", "meta", "worries.opposed")}),
    # must find nothing: several antecedents, none, hedged, negated
    ("OpenAI launched Sora and GPT-5. SAG-AFTRA criticized it.", set()),
    ("Italy banned it.", set()),
    ("DeepSeek released R1. Italy may ban it.", set()),
    ("DeepSeek released R1. Italy did not ban it.", set()),
    ("DeepSeek發布了R1和V3。韓國對其展開調查。", set()),
    ("DeepSeek发布了R1。韩国可能对其展开调查。", set()),
])
def test_worries_object_pronouns(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # countries restricting a foreign app: counted kinds with examples, coordinated ban verbs, use restricted
    ("At least five countries have banned DeepSeek, including Italy and Taiwan.",
     {("deepseek", "italy", "worries.ban"), ("deepseek", "taiwan", "worries.ban")}),
    ("台灣、南韓和澳洲已陸續封鎖或限制DeepSeek。",
     {("deepseek", "taiwan", "worries.ban"), ("deepseek", "south-korea", "worries.ban"), ("deepseek", "australia", "worries.ban")}),
    ("台湾、韩国和澳大利亚已陆续封锁或限制DeepSeek。",
     {("deepseek", "taiwan", "worries.ban"), ("deepseek", "south-korea", "worries.ban"), ("deepseek", "australia", "worries.ban")}),
    ("Taiwan has restricted government agencies from using DeepSeek.", {("deepseek", "taiwan", "worries.ban")}),
    ("南韓暫停DeepSeek下載。", {("deepseek", "south-korea", "worries.ban")}),
    ("韩国暂停DeepSeek下载。", {("deepseek", "south-korea", "worries.ban")}),
    ("South Korea suspended DeepSeek downloads.", {("deepseek", "south-korea", "worries.ban")}),
    ("義大利對DeepSeek採取限制措施。", {("deepseek", "italy", "worries.probe")}),
    ("意大利对DeepSeek采取限制措施。", {("deepseek", "italy", "worries.probe")}),
    # must find nothing
    ("美國國會議員提案禁止DeepSeek。", set()),
    ("美国国会议员提案禁止DeepSeek。", set()),
    ("美国限制英伟达芯片出口。", set()),
    ("At least five countries have not banned DeepSeek, including Italy.", set()),
    ("台灣可能封鎖或限制DeepSeek。", set()),
    ("台湾可能封锁或限制DeepSeek。", set()),
    ("The regulator restricted Nvidia from selling chips.", set()),
])
def test_worries_countries_restricting_an_app(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # parties that voiced the same worry first, listed in a "继A和B之后" / "joins A and B in" / "the latest, after A
    # and B, to" frame, worry too (the subject of "joins" / "is the latest" with them)
    ("繼義大利、法國和澳洲之後，韓國也對DeepSeek表示擔憂。",
     {("deepseek", "italy", "worries.joined"), ("deepseek", "france", "worries.joined"),
      ("deepseek", "australia", "worries.joined"), ("deepseek", "south-korea", "worries.experiencer")}),
    ("这是继意大利、法国和澳大利亚等多国之后，又一对DeepSeek表示担忧的国家。",
     {("deepseek", "italy", "worries.joined"), ("deepseek", "france", "worries.joined"),
      ("deepseek", "australia", "worries.joined")}),
    ("South Korea is the latest country, after Italy and France, to ban DeepSeek.",
     {("deepseek", "italy", "worries.joined"), ("deepseek", "france", "worries.joined"),
      ("deepseek", "south-korea", "worries.joined")}),
    ("South Korea joins Italy and France in voicing concern about DeepSeek.",  # France is also the nearest party
     {("deepseek", "italy", "worries.joined"), ("deepseek", "france", "worries.experiencer"),
      ("deepseek", "south-korea", "worries.joined")}),
    # must find nothing
    ("繼OpenAI發布GPT-5之後，谷歌也發布了新模型。", set()),
    ("继意大利和法国之后，韩国也发布了新模型。", set()),
    ("繼義大利和法國之後，韓國也可能禁用DeepSeek。", set()),
    ("继意大利和法国之后，韩国也可能禁用DeepSeek。", set()),
    ("South Korea is the latest country, after Italy and France, to consider banning DeepSeek.", set()),
    ("South Korea is the latest country, after Italy and France, to embrace DeepSeek.", set()),
    ("South Korea joined Italy and France in praising DeepSeek.", set()),
    ("South Korea joined Italy in praising Qwen; analysts at a bank far away in another market voiced concern about DeepSeek.", set()),
])
def test_worries_joined_lists(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # one hedge check for every WORRIES rule: a hedge (and only fillers) before the cue or the frame's verb
    ("義大利對DeepSeek表示擔憂。", {("deepseek", "italy", "worries.experiencer")}),
    ("意大利对DeepSeek表示担忧。", {("deepseek", "italy", "worries.experiencer")}),
    ("Italy voiced concern about DeepSeek.", {("deepseek", "italy", "worries.experiencer")}),
    ("意大利或法国对DeepSeek表示担忧。",  # 或 before the party is "or", no hedge
     {("deepseek", "italy", "worries.experiencer"), ("deepseek", "france", "worries.experiencer")}),
    ("DeepSeek令英偉達感到擔憂。", {("deepseek", "nvidia", "worries.causative")}),
    ("DeepSeek对英伟达构成威胁。", {("deepseek", "nvidia", "worries.poses")}),
    ("The FTC opened an investigation into OpenAI.", {("openai", "ftc", "worries.ban")}),
    ("RSF呼籲蘋果停用Apple Intelligence。", {("apple-intelligence", "rsf", "worries.urged")}),
    ("Amid security concerns about DeepSeek, Taiwan banned the app.", {("deepseek", "taiwan", "worries.concern")}),
    # must find nothing: hedged
    ("義大利可能對DeepSeek表示擔憂。", set()),
    ("意大利可能对DeepSeek表示担忧。", set()),
    ("意大利或将对DeepSeek表示担忧。", set()),
    ("義大利也許對DeepSeek表示擔憂。", set()),
    ("意大利恐将对DeepSeek表示担忧。", set()),
    ("Italy may voice concern about DeepSeek.", set()),
    ("Italy could be worried about DeepSeek.", set()),
    ("Italy is expected to voice concerns about DeepSeek.", set()),
    ("Italy might also be concerned about DeepSeek.", set()),
    ("DeepSeek可能令英偉達感到擔憂。", set()),
    ("DeepSeek可能令英伟达感到担忧。", set()),
    ("DeepSeek可能对英伟达构成威胁。", set()),
    ("DeepSeek may pose a threat to Nvidia.", set()),
    ("The FTC is expected to open an investigation into OpenAI.", set()),
    ("美国商务部或将对DeepSeek展开调查。", set()),
    ("RSF可能呼籲蘋果停用Apple Intelligence。", set()),
    ("RSF可能呼吁苹果停用Apple Intelligence。", set()),
    ("RSF may urge Apple to scrap Apple Intelligence.", set()),
    ("Amid security concerns about DeepSeek, Taiwan may ban the app.", set()),
    ("Amid security concerns about DeepSeek, Taiwan is likely to ban the app.", set()),
    ("South Korea may join Italy and France in voicing concern about DeepSeek.", set()),
    ("繼義大利和法國之後，韓國也可能對DeepSeek表示擔憂。", set()),
    ("继意大利和法国之后，韩国也可能对DeepSeek表示担忧。", set()),
    ("Google is expected to oppose the AI Act.", set()),
    ("谷歌或将视DeepSeek为威胁。", set()),
])
def test_worries_hedged_anywhere(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # an investigation's targets listed after it: each worries the one investigating public body in scope
    ("The investigation will center on chatbots from OpenAI, Meta and Google, the FTC said.",
     {("openai", "ftc", "worries.probe_targets"), ("meta", "ftc", "worries.probe_targets"),
      ("google", "ftc", "worries.probe_targets")}),
    ("The FTC opened an inquiry into chatbots. The inquiry targets OpenAI and Google.",
     {("openai", "ftc", "worries.probe_targets"), ("google", "ftc", "worries.probe_targets")}),
    ("美国联邦贸易委员会宣布展开调查，调查对象包括OpenAI、谷歌和Meta。",
     {("openai", "ftc", "worries.probe_targets"), ("google", "ftc", "worries.probe_targets"),
      ("meta", "ftc", "worries.probe_targets")}),
    ("美國聯邦貿易委員會宣布展開調查，調查對象包括OpenAI、谷歌和Meta。",
     {("openai", "ftc", "worries.probe_targets"), ("google", "ftc", "worries.probe_targets"),
      ("meta", "ftc", "worries.probe_targets")}),
    ("The FTC opened an inquiry. The companies that received orders include OpenAI and Google.",
     {("openai", "ftc", "worries.probe_targets"), ("google", "ftc", "worries.probe_targets")}),
    ("The FTC launched an inquiry into AI chatbots from OpenAI and Google.",
     {("openai", "ftc", "worries.probe_targets"), ("google", "ftc", "worries.probe_targets")}),
    ("美國聯邦貿易委員會向OpenAI和谷歌發出命令。", {("openai", "ftc", "worries.probe"), ("google", "ftc", "worries.probe")}),
    ("美国联邦贸易委员会向OpenAI和谷歌发出命令。", {("openai", "ftc", "worries.probe"), ("google", "ftc", "worries.probe")}),
    # a name the gazetteer lacks, listed with two known companies, is a company too (discovery.org_listed)
    ("The investigation will center on OpenAI, Zorblat and Meta, the FTC said.",
     {("openai", "ftc", "worries.probe_targets"), ("zorblat", "ftc", "worries.probe_targets"),
      ("meta", "ftc", "worries.probe_targets")}),
    # one the list runs past when it is not listed with two known ones
    ("The investigation will center on OpenAI and Zorblat's chatbot, the FTC said.",
     {("openai", "ftc", "worries.probe_targets")}),
    # must find nothing: two investigating bodies, none, hedged, negated, the list ended by a clause
    ("The investigation will focus on OpenAI and Google, the FTC and the DOJ said.", set()),
    ("美国联邦贸易委员会和美国司法部宣布展开调查，调查对象包括OpenAI和谷歌。", set()),
    ("The investigation will center on OpenAI and Google.", set()),
    ("The FTC said the inquiry may focus on OpenAI and Google.", set()),
    ("The inquiry will not focus on OpenAI, the FTC said.", set()),
    ("The Commerce Department said suppliers that received orders include OpenAI and Google.", set()),
    ("美国联邦贸易委员会称，调查对象可能包括OpenAI和谷歌。", set()),
    ("The inquiry targets OpenAI, the FTC said, while Meta praised the move.", {("openai", "ftc", "worries.probe_targets")}),
])
def test_worries_probe_targets(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a probe into whether a company did something: the company worries the prober
    ("美國聯邦貿易委員會對OpenAI是否違反消費者保護法展開調查。", {("openai", "ftc", "worries.probe")}),
    ("美国联邦贸易委员会对OpenAI是否违反消费者保护法展开调查。", {("openai", "ftc", "worries.probe")}),
    ("The FTC launched an investigation into whether OpenAI violated consumer protection laws.",
     {("openai", "ftc", "worries.ban")}),
    # must find nothing: hedged, no probe
    ("The FTC may open an investigation into whether OpenAI violated the law.", set()),
    ("The FTC declined to say whether OpenAI violated the law.", set()),
    ("Analysts asked whether OpenAI would win.", set()),
])
def test_worries_probe_into_whether(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a probe whose prober is the subject of the sentence before: only when one investigating body is named there
    ("美國聯邦貿易委員會宣布展開調查。它向OpenAI和Meta發出問詢函。",
     {("openai", "ftc", "worries.probe"), ("meta", "ftc", "worries.probe")}),
    ("美国联邦贸易委员会宣布展开调查。它向OpenAI和Meta发出问询函。",
     {("openai", "ftc", "worries.probe"), ("meta", "ftc", "worries.probe")}),
    ("The FTC opened an inquiry. It sent orders to OpenAI and Meta.",
     {("openai", "ftc", "worries.probe"), ("meta", "ftc", "worries.probe")}),
    # must find nothing: two bodies before, which one sent them?
    ("美國聯邦貿易委員會和美國司法部宣布展開調查。它們向OpenAI和Meta發出問詢函。", set()),
    ("美国联邦贸易委员会和美国司法部宣布展开调查。它们向OpenAI和Meta发出问询函。", set()),
    ("The FTC and the DOJ opened an inquiry. They sent orders to OpenAI and Meta.", set()),
])
def test_worries_probe_one_body_before(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
