"""WORRIES in shapes common in news of lawsuits, fines and export blacklists, in three scripts: a lawsuit whose
backers are named in an appositive and whose defendants follow "targets"; "the lawsuit" naming the defendants of a
suit an organisation opened in the sentence before; a case named "A诉B…案"; a fine imposed on a maker whose
product an appositive names; a place qualifying the probed companies; a company's chief, in a relative clause, opposing
a rule; a country standing for the one authority of its own the article names. Each with cases that must find
nothing."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # backers in an appositive participle, defendants after "targets" (a description of their kind before them)
    ("Their complaint, backed by Disney and Microsoft, targets the platforms Midjourney and Perplexity.",
     {("midjourney", "disney", "worries.act"), ("midjourney", "microsoft", "worries.act"),
      ("perplexity", "disney", "worries.act"), ("perplexity", "microsoft", "worries.act")}),
    ("The suit, filed by Disney, targets Midjourney over copyright.", {("midjourney", "disney", "worries.act")}),
    # "the lawsuit" of an organisation that sued unnamed companies in the sentence before, and its backers
    ("The RIAA filed a lawsuit against a pair of song-generation startups on Tuesday. The suit targets Suno and "
     "Midjourney.",
     {("suno", "riaa", "worries.act"), ("midjourney", "riaa", "worries.act")}),
    ("The RIAA has initiated legal action against a pair of song-generation startups. The lawsuit, backed by Warner Music, "
     "targets Suno and Midjourney.",
     {("suno", "riaa", "worries.act"), ("midjourney", "riaa", "worries.act"),
      ("suno", "warner-music", "worries.act"), ("midjourney", "warner-music", "worries.act")}),
    # a case named by its parties, A诉B…案
    ("迪士尼诉Midjourney侵权案一审宣判。", {("midjourney", "disney", "worries.probe")}),
    ("迪士尼訴Midjourney侵權案一審宣判。", {("midjourney", "disney", "worries.probe")}),
    ("迪士尼诉Midjourney不正当竞争纠纷一案近日宣判。", {("midjourney", "disney", "worries.probe")}),
    # must find nothing: a hedged target; no plaintiff named; the earlier suit's defendant named already;
    # a complaint (投诉) or an appeal (上诉) is no "A诉B" case
    ("The lawsuit, backed by Disney, may target Midjourney.", set()),
    ("Filings show the suit targets Midjourney and Perplexity.", set()),
    ("OpenAI said the lawsuit targets Microsoft.", set()),
    ("消费者投诉Midjourney的案件增加。", set()),
    ("迪士尼上诉，Midjourney案仍未结案。", set()),
    ("迪士尼上訴，Midjourney案仍未結案。", set()),
])
def test_worries_lawsuit_shapes(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fine imposed on a maker, its product in an appositive
    ("The Garante said it had imposed a fine of 7.2 million euros on OpenAI, the developer of the chatbot ChatGPT, "
     "over a data breach.",
     {("openai", "garante", "worries.probe"), ("chatgpt", "garante", "worries.probe")}),
    ("The Garante imposed a 15 million euro fine on OpenAI.", {("openai", "garante", "worries.probe")}),
    ("The FTC opened a probe into OpenAI, the developer of AI-driven assistant ChatGPT.",
     {("openai", "ftc", "worries.ban"), ("chatgpt", "ftc", "worries.ban")}),
    # must find nothing: a fee, a fine only possible
    ("OpenAI imposed a fee on users of ChatGPT.", set()),
    ("The FTC may impose a fine on OpenAI.", set()),
])
def test_worries_fines_imposed(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place written before the kind of the probed companies only says where they are: no party probed
    ("美国商务部对智谱等中国科技企业展开调查。", {("zhipu-ai", "us-commerce-department", "worries.probe")}),
    ("美國商務部對智譜等中國科技企業展開調查。", {("zhipu-ai", "us-commerce-department", "worries.probe")}),
    ("The Commerce Department is examining Zhipu AI and other Chinese tech firms.",
     {("zhipu-ai", "us-commerce-department", "worries.probe")}),
    # must find nothing: only the place and the kind
    ("美国商务部对中国科技企业展开调查。", set()),
    ("美國商務部對中國科技企業展開調查。", set()),
    ("The Commerce Department is examining Chinese tech firms.", set()),
])
def test_worries_place_of_probed_companies(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's chief opposing a rule in a relative clause after the title and the name
    ("AMD CEO Lisa Su, who opposed the AI diffusion rule, spoke on Monday.",
     {("ai-diffusion-rule", "amd", "worries.opposed")}),
    ("AMD CEO Lisa Su — who opposed the AI diffusion rule — spoke on Monday.",
     {("ai-diffusion-rule", "amd", "worries.opposed")}),
    ("AMD首席执行官苏姿丰批评AI扩散规则。", {("ai-diffusion-rule", "amd", "worries.opposed")}),
    ("AMD執行長蘇姿丰批評AI擴散規則。", {("ai-diffusion-rule", "amd", "worries.opposed")}),
    # must find nothing: the chief praises it; another company opposes it (that company is the party)
    ("AMD CEO Lisa Su, who met Microsoft executives, praised the AI diffusion rule.", set()),
])
def test_worries_titled_chief(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country standing for the one authority of its own the article names
    ("Italy fined OpenAI over its handling of user data.\nItaly's data protection authority closed its probe into "
     "OpenAI's ChatGPT on Friday.",
     {("openai", "garante"), ("chatgpt", "garante")}),
    ("Canada has begun investigating OpenAI, the company behind ChatGPT.\nThe probe is led by the Office of the "
     "Privacy Commissioner of Canada, which received a complaint in 2022.",
     {("openai", "canada-opc"), ("chatgpt", "canada-opc")}),
    ("意大利对OpenAI处以罚款。\n意大利个人数据保护局周五发布了这一决定。", {("openai", "garante")}),
    ("義大利對OpenAI處以罰款。\n義大利個人資料保護局週五發布了這一決定。", {("openai", "garante")}),
    # the country stays: no authority of its own named; or the authority's own worry of the same cause is stated
    ("Italy fined OpenAI over its handling of user data.", {("openai", "italy")}),
    ("韩国多个政府部门已屏蔽DeepSeek，理由是数据安全疑虑。\n韩国个人信息保护委员会已对DeepSeek展开调查。",
     {("deepseek", "south-korea"), ("deepseek", "korea-pipc")}),
])
def test_worries_country_for_its_authority(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "WORRIES"} == expected


@pytest.mark.parametrize("text, expected", [
    # the probed company's own model that the conduct looked into went into
    ("Ireland's Data Protection Commission opened an inquiry into Meta over its use of public Instagram captions to "
     "train its AI model, Llama.",
     {("meta", "irish-dpc", "worries.ban"), ("llama", "irish-dpc", "worries.ban")}),
    ("Ireland's Data Protection Commission opened an inquiry into Meta over its AI model, Llama.",
     {("meta", "irish-dpc", "worries.ban"), ("llama", "irish-dpc", "worries.ban")}),
    ("爱尔兰数据保护委员会对Meta使用欧洲用户帖子训练其AI模型Llama一事展开调查。",
     {("meta", "irish-dpc", "worries.probe"), ("llama", "irish-dpc", "worries.probe")}),
    ("愛爾蘭數據保護委員會對Meta使用歐洲用戶貼文訓練其AI模型Llama一事展開調查。",
     {("meta", "irish-dpc", "worries.probe"), ("llama", "irish-dpc", "worries.probe")}),
    # must add no model: another maker's model
    ("Ireland's Data Protection Commission opened an inquiry into Meta over its use of public Instagram captions to "
     "train Google's model Gemini.", {("meta", "irish-dpc", "worries.ban")}),
    ("爱尔兰数据保护委员会对Meta使用欧洲用户帖子训练谷歌的模型Gemini一事展开调查。", {("meta", "irish-dpc", "worries.probe")}),
    ("愛爾蘭數據保護委員會對Meta使用歐洲用戶貼文訓練谷歌的模型Gemini一事展開調查。", {("meta", "irish-dpc", "worries.probe")}),
])
def test_worries_probed_conduct_model(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body questioning others about a company's conduct is looking into that company
    ("Since the summer, the Justice Department has been asking cloud providers about Nvidia's pricing.",
     {("nvidia", "us-justice-department", "worries.probe")}),
    ("美国司法部近期一直向云服务商询问英伟达的定价。", {("nvidia", "us-justice-department", "worries.probe")}),
    ("美國司法部近期一直向雲端服務商詢問輝達的定價。", {("nvidia", "us-justice-department", "worries.probe")}),
    # must find nothing: no public body asking; hedged
    ("Reporters asked analysts about Nvidia's pricing.", set()),
    ("记者向分析师询问英伟达的定价。", set()),
    ("記者向分析師詢問輝達的定價。", set()),
    ("The Justice Department may ask cloud providers about Nvidia's pricing.", set()),
    ("美国司法部可能向云服务商询问英伟达的定价。", set()),
])
def test_worries_questioned_about_conduct(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lawsuit or a fine received: the one who brings it after "by"/"from", a kind of suit before it
    ("Midjourney is facing a copyright lawsuit from Disney.", {("midjourney", "disney", "worries.scrutiny")}),
    ("Midjourney was hit with a lawsuit by Disney.", {("midjourney", "disney", "worries.scrutiny")}),
    ("OpenAI has been hit with a 15 million euro fine by the Garante.", {("openai", "garante", "worries.scrutiny")}),
    ("Midjourney面临迪士尼提起的版权诉讼。", {("midjourney", "disney", "worries.scrutiny")}),
    ("Midjourney面臨迪士尼提起的版權訴訟。", {("midjourney", "disney", "worries.scrutiny")}),
    # must find nothing: hedged
    ("Midjourney could face a copyright lawsuit from Disney.", set()),
    ("Midjourney could be hit with a lawsuit from Disney.", set()),
    ("Midjourney可能面临迪士尼提起的版权诉讼。", set()),
    ("Midjourney可能面臨迪士尼提起的版權訴訟。", set()),
])
def test_worries_suit_received(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party objecting to the one policy named in the sentence before (对此), or with dissatisfaction
    ("美国发布AI扩散规则。中方对此坚决反对。", {("ai-diffusion-rule", "china")}),
    ("美國發布AI擴散規則。中方對此堅決反對。", {("ai-diffusion-rule", "china")}),
    ("中国对AI扩散规则表示强烈不满。", {("ai-diffusion-rule", "china")}),
    # the ministry whose spokesperson says so, for the country it speaks for
    ("美国发布AI扩散规则。中国商务部新闻发言人表示，中方对此坚决反对。", {("ai-diffusion-rule", "china-commerce-ministry")}),
    ("美國發布AI擴散規則。中國商務部新聞發言人表示，中方對此堅決反對。", {("ai-diffusion-rule", "china-commerce-ministry")}),
    # must find nothing: two policies before 此; a product launch is no policy; satisfaction
    ("美国发布AI扩散规则和欧盟人工智能法案。中方对此坚决反对。", set()),
    ("英伟达发布了新芯片。中方对此表示不满。", set()),
    ("美国发布AI扩散规则。中方对此表示满意。", set()),
    ("The US published the AI diffusion rule. China welcomed it.", set()),
])
def test_worries_objection_to_policy_before(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "WORRIES"} == expected


@pytest.mark.parametrize("text, expected", [
    # a warning to a company about its model: the model warned about too
    ("The FTC warned OpenAI about ChatGPT's data practices.",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe")}),
    ("The FTC warned OpenAI about its chatbot ChatGPT.",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe")}),
    ("美国联邦贸易委员会对OpenAI展开调查，重点关注其ChatGPT。",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe")}),
    ("美國聯邦貿易委員會對OpenAI展開調查，重點關注其ChatGPT。",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe")}),
    # must add no model: another company's model is named, no model at all
    ("The FTC warned OpenAI about Google's Gemini.", {("openai", "ftc", "worries.probe")}),
    ("The FTC warned OpenAI over its AI policy.", {("openai", "ftc", "worries.probe")}),
])
def test_worries_warned_about_model(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
