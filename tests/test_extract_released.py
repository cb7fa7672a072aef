import pytest

from newsgraph.schema import Article

A = "article-test"


@pytest.mark.parametrize("text, expected", [
    ("阿里巴巴昨日發佈了新一代模型Qwen3。", ("alibaba", "qwen3")),
    ("阿里巴巴昨日发布了新一代模型Qwen3。", ("alibaba", "qwen3")),
    ("Alibaba released Qwen3 on Tuesday.", ("alibaba", "qwen3")),
    ("OpenAI 開源了 gpt-oss。", ("openai", "gpt-oss")),
    ("Google unveiled Gemma 3 at its developer conference.", ("google", "gemma-3")),
    ("月之暗面推出Kimi K2。", ("moonshot-ai", "kimi-k2")),
    ("谷歌的Gemma模型很受歡迎。", ("google", "gemma")),
    ("Meta's Llama is widely used.", ("meta", "llama")),
    ("ChatGPT的開發者OpenAI再度成為焦點。", ("openai", "chatgpt")),
    ("Claude, developed by Anthropic, is popular with programmers.", ("anthropic", "claude")),
    ("特朗普政府發佈的AI行動計劃引發討論。", ("trump-administration", "us-ai-action-plan")),
    ("DeepSeek及其R1推理模型備受關注。", ("deepseek", "deepseek-r1")),
])
def test_released_found_in_three_languages(facts, text, expected):
    assert ("RELEASED", *expected) in facts(text)


@pytest.mark.parametrize("text", [
    "阿里巴巴並未發佈Qwen4。",
    "OpenAI did not release gpt-oss last year.",
    "華僑銀行使用了Qwen3。",
    "OCBC uses Qwen3 for coding help.",
])
def test_released_not_found_without_a_release(facts, text):
    assert not {f for f in facts(text) if f[0] == "RELEASED"}


def test_released_bare_juxtaposition_needs_the_known_developer(facts):
    assert ("RELEASED", "alibaba", "qwen") in facts("阿里巴巴Qwen模型緊隨其後。")
    assert not {f for f in facts("微軟Qwen模型很快。") if f[0] == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    ("Analysts compared OpenAI and its own gpt-oss with rivals.", {("openai", "gpt-oss")}),
    ("深度求索在報告中詳細介紹了自研的DeepSeek V3的訓練成本。", {("deepseek", "deepseek-v3")}),
    # a sentence about something else than making or releasing: no weak release
    ("Analysts compared OpenAI and gpt-oss with rivals.", set()),
    ("深度求索在報告中詳細介紹了DeepSeek V3的訓練成本。", set()),
    ("OCBC uses Qwen3 and Gemma for internal tools.", set()),
])
def test_released_a_model_with_its_known_maker_in_one_sentence(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


def test_released_qwen4_is_a_new_version_not_a_typo_of_qwen2(extractor):
    from newsgraph.loaders.extract.normalize import Normalised

    mentions = extractor.mentions(Normalised.of("阿里巴巴預告了Qwen4。"))
    assert [(m.surface, m.family) for m in mentions if m.type.value == "Model"] == [("Qwen4", "qwen")]


@pytest.mark.parametrize("text, expected", [
    # a policy approved by a body: only a policy, right after the verb
    ("歐盟通過了《數位市場法》。", {("eu", "dma")}),
    ("欧盟通过了《数字市场法》。", {("eu", "dma")}),
    ("The EU passed the AI Act after long talks.", {("eu", "eu-ai-act")}),
    # 由X<verb>的Y: the made thing after the maker's verb
    ("這款模型正是由阿里巴巴最新研發的Qwen3。", {("alibaba", "qwen3")}),
    ("这款模型正是由阿里巴巴最新研发的Qwen3。", {("alibaba", "qwen3")}),
    # "we" in a company's own text: the company it names most
    ("OpenAI builds models. Today, we're launching GPT-4.1 and GPT-4.1 mini in the API.",
     {("openai", "gpt-4-1"), ("openai", "gpt-4-1-mini")}),
    ("阿里巴巴很忙。今天，我們發布了Qwen3。", {("alibaba", "qwen3")}),
    ("阿里巴巴很忙。今天，我们发布了Qwen3。", {("alibaba", "qwen3")}),
    # a place qualifying the subject is no maker
    ("China-based DeepSeek is young, but the startup has released R1.", {("deepseek", "deepseek-r1")}),
])
def test_released_more_constructions(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text", [
    "OpenAI plans to release GPT-6 next year.",                   # planned
    "OpenAI revealed plans to ship GPT-6.",
    "OpenAI is expected to launch GPT-6.",
    "OpenAI計劃明年發布GPT-6。",
    "OpenAI将于下月发布GPT-6。",
    "Artificial Analysis published Grok 4 benchmark results.",    # the name qualifies what was published
    "Artificial Analysis公布了Grok 4基準測試。",
    "Artificial Analysis公布了Grok 4基准测试。",
    "GPT-4 passed the bar exam.",                                 # passed: no body, no policy
    "欧盟通过了对OpenAI的调查。",                                   # passed: not a policy
    "Anthropic built models. Today, we're launching GPT-5.",     # "we" cannot be another maker's model's maker
])
def test_released_nothing_planned_qualified_or_not_a_policy(facts, text):
    assert not {f for f in facts(text) if f[0] == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    # a time (and 联合) before the possessive verb, a title bracket after it
    ("歐盟去年通過的《數位市場法》很嚴格。", {("eu", "dma")}),
    ("欧盟去年通过的《人工智能法案》很严格。", {("eu", "eu-ai-act")}),
    ("阿里巴巴4月開源的Qwen3很受歡迎。", {("alibaba", "qwen3")}),
    # an appositive passive: "Y, issued by X,"
    ("The AI Diffusion Rule, issued by the Biden administration, was scrapped.",
     {("biden-administration", "ai-diffusion-rule")}),
    # makers acting jointly are all makers
    ("美國、日本今年3月聯合發布的《數位市場法》很短。", {("united-states", "dma"), ("japan", "dma")}),
    ("美国和日本联合发布了《数字市场法》。", {("united-states", "dma"), ("japan", "dma")}),
    ("The EU and Japan jointly published the AI Act.", {("eu", "eu-ai-act"), ("japan", "eu-ai-act")}),
    # a policy tightened or imposed by a body
    ("美國商務部今年4月收緊出口管制。", {("us-commerce-department", "us-export-controls")}),
])
def test_released_times_appositives_joint_makers(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Microsoft and OpenAI released GPT-5.", {("openai", "gpt-5")}),   # not jointly: the maker next to the verb
    ("Nvidia criticised the AI Diffusion Rule, backed by the Biden administration.", set()),
    ("美國商務部收緊了對英偉達的審查。", set()),                          # not a policy
])
def test_released_not_every_listed_or_nearby_party(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text", [
    "為了符合拜登時代推出的出口管制，英偉達設計了新晶片。",
    "为了符合拜登时代推出的出口管制，英伟达设计了新芯片。",
    "Nvidia designed a new chip to comply with export controls issued by the Biden White House.",
])
def test_released_an_era_is_its_administration(facts, text):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == {("biden-administration", "us-export-controls")}


@pytest.mark.parametrize("text, expected", [
    ("商湯科技發布了SenseChat Lite。", ("sensetime", "sensechat-lite")),
    ("商汤科技发布了SenseChat Lite。", ("sensetime", "sensechat-lite")),
    ("SenseTime released SenseChat Lite.", ("sensetime", "sensechat-lite")),
])
def test_released_sensechat_versions(facts, text, expected):
    assert ("RELEASED", *expected) in facts(text)


@pytest.mark.parametrize("text", [
    "它正是由阿里巴巴最新發布的千問大模型——Qwen3。",
    "阿里巴巴最新发布的千问大模型——Qwen3很强。",
    "阿里巴巴發布了千問系列新模型——Qwen3。",
    "阿里巴巴发布了千问系列新模型——Qwen3。",
    "Alibaba released a new Qwen model: Qwen3.",
])
def test_released_a_family_named_after_a_dash_is_the_named_model(extractor, text):
    from newsgraph.schema import Article
    extraction = extractor.extract(Article(id=A, title="test", text=text))
    found = {(e.source, e.target, ev.rule) for e in extraction.edges if e.type.value == "RELEASED" for ev in e.evidence}
    assert ("alibaba", "qwen3") in {(s, t) for s, t, _ in found} and not {r for s, t, r in found if t == "qwen"}


def test_released_shang_liang_alone_is_no_model(facts):
    assert not {f for f in facts("我們商量一下，再決定用哪個模型。") if f[0] == "RELEASED"}


@pytest.mark.parametrize("text, rule", [
    ("Qwen3, Alibaba's latest model, is fast.", "released.appositive"),
    ("Qwen3是阿里巴巴的最新模型。", "released.appositive"),
    ("Alibaba, the company behind Qwen3, raised money.", "released.maker_of"),
    ("Qwen3背後的公司阿里巴巴很忙。", "released.developer"),
    ("Qwen3的母公司阿里巴巴很忙。", "released.developer"),
    ("Qwen3, the new model from Alibaba, is out.", "released.developer"),
    ("The Alibaba-developed Qwen3 is open.", "released.possessive"),
    ("阿里巴巴自研的Qwen3很強。", "released.possessive"),
    ("阿里巴巴自研的Qwen3很强。", "released.possessive"),
    ("Alibaba's chatbot Qwen3 is popular.", "released.possessive"),
    # described otherwise: only the weak co-occurrence of a known maker (in a sentence about making)
    ("Qwen3, Alibaba's new rival, is fast.", "released.known_developer"),
    ("Qwen3是阿里巴巴旗下的客戶。", "released.known_developer"),
])
def test_released_appositives_and_maker_descriptions(extractor, text, rule):
    from newsgraph.schema import Article
    extraction = extractor.extract(Article(id=A, title="test", text=text))
    found = {(e.source, e.target, ev.rule) for e in extraction.edges if e.type.value == "RELEASED" for ev in e.evidence}
    assert found == {("alibaba", "qwen3", rule)}


@pytest.mark.parametrize("text", [
    "工信部印發《人形機器人創新發展指導意見》。",
    "工信部印发《人形机器人创新发展指导意见》。",
])
def test_released_a_titled_policy_of_a_ministry_one_id_in_both_scripts(facts, text):
    assert ("RELEASED", "miit", "人形机器人创新发展指导意见") in facts(text)


@pytest.mark.parametrize("text", [
    "工信部官員推薦了《三體》。",            # a book, not a policy
    "工信部官员推荐了《三体》。",
    "MIIT published The Three-Body Problem.",
])
def test_released_no_policy_from_other_titles(facts, text):
    assert not {f for f in facts(text) if f[0] == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    ("After Alibaba's release of Qwen3, rivals moved.", {("alibaba", "qwen3")}),
    ("Alibaba's rollout of Qwen3 was quiet.", {("alibaba", "qwen3")}),
    ("Alibaba's planned release of Qwen3 is near.", set()),     # planned
    ("Alibaba's upcoming launch of Qwen3 is near.", set()),
    ("Alibaba's criticism of Gemma 3 was loud.", set()),       # no release
])
def test_released_a_release_named_as_a_noun(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


def test_released_from_a_maker_s_website_is_no_developer(extractor):
    from newsgraph.schema import Article
    extraction = extractor.extract(Article(id=A, title="test", text="Developers can download the new Qwen3 from Alibaba's website."))
    assert {ev.rule for e in extraction.edges if e.type.value == "RELEASED" for ev in e.evidence} == {"released.known_developer"}


@pytest.mark.parametrize("text, expected", [
    # listed makers and listed models: a model known to be another listed maker's is not this one's
    ("Alibaba and Google both released new models: Qwen3 and Gemma 3.",
     {("alibaba", "qwen3"), ("google", "gemma-3")}),
    # a maker's own platform releasing a family of the parent is still a release by the platform
    ("字節跳動旗下平台火山引擎正式發布豆包大模型。", {("volcano-engine", "doubao"), ("bytedance", "doubao")}),
    ("字节跳动旗下平台火山引擎正式发布豆包大模型。", {("volcano-engine", "doubao"), ("bytedance", "doubao")}),
    # an appositive passive after an auxiliary
    ("The model, called Qwen3, was released by Alibaba on Tuesday.", {("alibaba", "qwen3")}),
])
def test_released_listed_makers_platforms_and_auxiliaries(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text, expected", [
    ("微軟宣布在Azure上線DeepSeek R1。", set()),                       # a platform hosting another's model
    ("微软宣布在Azure上线DeepSeek R1。", set()),
    ("Microsoft rolled out DeepSeek R1 on Azure.", set()),
    ("蘋果與阿里巴巴合作，在中國推出Apple Intelligence。", {("apple", "apple-intelligence")}),  # a place is no maker
    ("苹果与阿里巴巴合作，在中国推出Apple Intelligence。", {("apple", "apple-intelligence")}),
    ("Apple launched Apple Intelligence in China.", {("apple", "apple-intelligence")}),
    ("據路透社報道，OpenAI正在開發GPT-6。", set()),                      # still being made
    ("据路透社报道，OpenAI正在开发GPT-6。", set()),
    ("OpenAI is developing GPT-6.", set()),
    ("字节跳动旗下平台火山引擎在大会上正式发布豆包大模型。", {("volcano-engine", "doubao"), ("bytedance", "doubao")}),
])
def test_released_not_hosted_placed_or_in_progress(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Mistral unveils Large 2 model.", {("RELEASED", "mistral-ai", "mistral-large-2")}),
    ("Mistral AI發布了Mistral Large 2。", {("RELEASED", "mistral-ai", "mistral-large-2")}),
    ("Mistral AI发布了Mistral Large 2。", {("RELEASED", "mistral-ai", "mistral-large-2")}),
    ("The Large 2 sofa is comfy.", set()),                      # "Large 2" only near its maker
])
def test_released_a_version_is_not_its_predecessor(facts, text, expected):
    assert {f for f in facts(text) if f[0] == "RELEASED"} == expected


@pytest.mark.parametrize("text", [
    "4月29日，Qwen3正式發布。",                         # its maker not named in the article yet
    "阿里巴巴很忙。市場期待Qwen3發布。",                  # awaited
    "阿里巴巴很忙。市场期待Qwen3发布。",
    "阿里巴巴很忙。分析師出席了Qwen3發布會。",            # the launch event
    "阿里巴巴推迟发布Qwen3。",                           # delayed
    "Alibaba is busy. Qwen3 will be released next year.",
    "Alibaba delayed the release of Qwen3.",
])
def test_released_subject_only_needs_a_named_maker_and_a_done_release(facts, text):
    assert not {f for f in facts(text) if f[0] == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    ("工信部發布「人形機器人管理條例」。", {("miit", "人形机器人管理条例")}),   # a title in 「」, one id in both scripts
    ("工信部发布「人形机器人管理条例」。", {("miit", "人形机器人管理条例")}),
    ("工信部官員說「這是一份草案」。", set()),                               # a quoted remark, not a title
    ("工信部官員說：「我們沒有辦法。」", set()),
])
def test_released_a_policy_titled_in_corner_brackets(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text, expected", [
    # the maker, not a place or a platform
    ("China's DeepSeek released R1 last week.", {("deepseek", "deepseek-r1")}),
    ("中國的DeepSeek發布了R1模型。", {("deepseek", "deepseek-r1")}),
    ("中国的DeepSeek发布了R1模型。", {("deepseek", "deepseek-r1")}),
    # nothing: a place owning a model, a platform hosting or offering another maker's model
    ("China's DeepSeek R1 shocked markets.", set()),
    ("中國的DeepSeek R1震驚了市場。", set()),
    ("中国的DeepSeek R1震惊了市场。", set()),
    ("France's Mistral Large 2 is good.", set()),
    ("百度智能雲上線了DeepSeek R1。", set()),
    ("百度智能云上线了DeepSeek R1。", set()),
    ("Perplexity launched DeepSeek R1 for its users.", set()),
    ("Azure's DeepSeek R1 deployment is fast.", set()),
    ("百度智能雲的DeepSeek R1服務很受歡迎。", set()),
    # a unit of the maker named with its owner still releases it; a maker's unit shares its name
    ("字节跳动旗下平台火山引擎正式发布豆包大模型。", {("bytedance", "doubao"), ("volcano-engine", "doubao")}),
])
def test_released_no_place_or_platform_as_maker(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The European Commission issued guidelines on the AI Act.", set()),     # about the Act, not the Act
    ("歐盟委員會發布了關於《人工智慧法》的指南。", set()),
    ("欧盟委员会发布了关于《人工智能法》的指南。", set()),
    ("Google is reportedly set to release Gemini 3.", set()),              # planned
    ("OpenAI's upcoming GPT-5 will be big.", set()),
    ("OpenAI即將推出的GPT-5備受期待。", set()),
    ("OpenAI即将推出的GPT-5备受期待。", set()),
    ("Google released Gemini 3 on Tuesday.", {("google", "gemini-3")}),
])
def test_released_not_what_a_release_is_about_nor_a_plan(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text, expected", [
    # a clause of only a time or an adverb before the verb carries the subject of the clause before
    ("台灣金管會為因應AI的快速發展，於今日發布「金融業運用AI指引」。", {("fsc-taiwan", "金融业运用ai指引")}),
    ("台湾金管会为因应AI的快速发展，于今日发布《金融业运用AI指引》。", {("fsc-taiwan", "金融业运用ai指引")}),
    ("OpenAI is big, and on Tuesday released GPT-5.", {("openai", "gpt-5")}),
    # nothing: a source is no subject, a place releases no model, a clause with its own words is no frame
    ("据路透社报道，周二发布了GPT-5。", set()),
    ("中國很大，於今日發布了DeepSeek R1。", set()),
    ("OpenAI很大，分析师认为今日发布了《人工智能法》。", set()),
])
def test_released_subject_carried_over_a_time_clause(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text", [
    "OpenAI teased the launch of GPT-5 next week.",
    "OpenAI hasn't released GPT-5 yet.",
    "OpenAI is yet to release GPT-5.",
    "據悉，OpenAI最快下周發布GPT-5。",
    "据悉，OpenAI最快下周发布GPT-5。",
    "OpenAI預告將於下月推出GPT-5。",
    "OpenAI明年推出GPT-6。",
])
def test_released_nothing_teased_pending_or_next_week(facts, text):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == set()


def test_released_only_what_is_out_ahead_of_a_launch(facts):
    assert {(s, t) for k, s, t in facts("Ahead of the launch of GPT-5, OpenAI released o3.") if k == "RELEASED"} \
        == {("openai", "o3")}


@pytest.mark.parametrize("text, expected", [
    # a maker and its known model in a sentence about making or releasing: a weak release
    ("同一天，百度宣布旗下模型ERNIE Lite全面免費。", {("baidu", "ernie-lite")}),
    ("同一天，百度宣布旗下模型ERNIE Lite全面免费。", {("baidu", "ernie-lite")}),
    ("Llama 4 Scout is Meta's first model built on a mixture of experts.", {("meta", "llama-4-scout")}),
    # nothing: a sentence about scores or comparisons that names a maker
    ("Gemini 2.5 Pro與Claude Opus 4分別得60與59分，顯示Google與Anthropic仍具實力。", set()),
    ("Gemini 2.5 Pro与Claude Opus 4分别得60与59分，显示Google与Anthropic仍具实力。", set()),
    ("Claude Opus 4 scored 59 points, which shows Anthropic is still strong.", set()),
])
def test_released_a_known_maker_only_in_a_sentence_about_releasing(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text, expected", [
    # the passive's maker is the possessed name, never the place owning it
    ("R1, developed by China's DeepSeek, shocked markets.", {("deepseek", "deepseek-r1")}),
    ("R1由中國的DeepSeek開發。", {("deepseek", "deepseek-r1")}),
    ("R1由中国的DeepSeek开发。", {("deepseek", "deepseek-r1")}),
    # nothing: a place as the only name after the passive, a platform hosting another maker's model
    ("DeepSeek R1, hosted by Microsoft Azure, is fast.", set()),
    ("Gemini 2.5 Pro was released by Microsoft Azure.", set()),
])
def test_released_passive_maker_not_its_place(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text", [
    "Le Chat, France's flagship chatbot, is popular.",
    "Qwen3 from China is fast.",
    "來自中國的Qwen3很快。",
    "来自中国的Qwen3很快。",
])
def test_released_no_place_as_maker_in_appositives_and_by_phrases(facts, text):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == set()


@pytest.mark.parametrize("text, expected", [
    ("国务院近日印发新文件。《国务院关于深入实施人工智能行动的意见》提出六大领域。",
     {("state-council", "国务院关于深入实施人工智能行动的意见")}),
    ("國務院近日印發新文件。《國務院關於深入實施人工智能行動的意見》提出六大領域。",
     {("state-council", "国务院关于深入实施人工智能行动的意见")}),
])
def test_released_the_issuer_opening_a_policy_title(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text", [
    # (a title that opens with "<body>关于" names its issuer itself: 《国务院关于…》 alone gives the State Council)
    "美国近日发文。《美国关于人工智能的行政命令》近日发布。",          # a country is no issuer
    "国务院近日印发新文件。《关于深入实施人工智能行动的意见》提出六大领域。",  # no issuer in the title
])
def test_released_no_issuer_from_a_title_without_one(facts, text):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == set()


@pytest.mark.parametrize("text, expected", [
    ("《生成式人工智能服务管理暂行办法》由国家网信办、公安部等七部门联合发布。",
     {("cac", "china-genai-interim-measures"), ("china-mps", "china-genai-interim-measures")}),
    ("《生成式人工智能服務管理暫行辦法》由國家網信辦與公安部聯合發布。",
     {("cac", "china-genai-interim-measures"), ("china-mps", "china-genai-interim-measures")}),
    ("欧盟施行《人工智能法案》。", {("eu", "eu-ai-act")}),
    ("The European Parliament voted to approve the AI Act.", {("european-parliament", "eu-ai-act")}),
    ("DeepSeek-R1, developed by DeepSeek and hosted by Microsoft, is popular.", {("deepseek", "deepseek-r1")}),
])
def test_released_every_joint_issuer_and_enacting_verbs(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text", [
    "The European Parliament did not vote to approve the AI Act.",
    "OpenAI施行了新的政策。",
])
def test_released_no_enactment_denied_or_unnamed(facts, text):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == set()


@pytest.mark.parametrize("text, expected", [
    ("The European Commission and the European Parliament unveiled the AI Act.",
     {("european-commission", "eu-ai-act"), ("european-parliament", "eu-ai-act")}),
    ("欧盟委员会和欧洲议会公布了《人工智能法案》。", {("european-commission", "eu-ai-act"), ("european-parliament", "eu-ai-act")}),
    ("OpenAI and Google released GPT-5 and Gemini 3.", {("openai", "gpt-5"), ("google", "gemini-3")}),
    ("台灣金管會今日發布「金融業運用人工智慧(AI)指引」。", {("fsc-taiwan", "金融业运用人工智慧-ai-指引")}),
])
def test_released_a_policy_issued_by_every_listed_body_but_no_place(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


@pytest.mark.parametrize("text, expected", [
    # a maker's whole model line ("系列", "series", "family") named by its possessive is no release
    ("OpenAI的GPT系列模型進步放緩。", set()),
    ("OpenAI的GPT系列模型进步放缓。", set()),
    ("Anthropic's Claude series keeps getting better.", set()),
    ("Meta's Llama family is widely used.", set()),
    ("Meta的Llama家族越来越大。", set()),
    # one model of it still is
    ("OpenAI的GPT-5速度很快。", {("openai", "gpt-5", "released.possessive")}),
    ("Google的Gemini系列持續更新。", set()),
    ("OpenAI's GPT-5 is fast.", {("openai", "gpt-5", "released.possessive")}),
    ("Google's Gemma is popular.", {("google", "gemma", "released.possessive")}),
])
def test_released_a_possessive_model_line_is_no_release(extractor, text, expected):
    found = extractor.extract(Article(id=A, title="test", text=text))
    assert {(e.source, e.target, ev.rule) for e in found.edges if e.type.value == "RELEASED" for ev in e.evidence} == expected


@pytest.mark.parametrize("text, expected", [
    # a law named as the frame something is judged by is in force already: no release of it here
    ("監管機構指出，該服務可能違反歐盟的《通用資料保護規則》。", set()),
    ("监管机构指出，该服务可能违反欧盟的《通用数据保护条例》。", set()),
    ("The regulator cited possible violations of the European Union's General Data Protection Regulation.", set()),
    ("競爭管理局發布的文件將詢問此交易是否構成英國《2002年企業法》下的合併。", set()),
    ("竞争管理局发布的文件将询问此交易是否构成英国《2002年企业法》下的合并。", set()),
    # a law released after one it is based on still is; and a plain release is
    ("国家网信办依据《网络安全法》发布了《生成式人工智能服务管理暂行办法》。",
     {("cac", "china-genai-interim-measures", "released.cue")}),
    ("國家網信辦根據《網絡安全法》發布了《生成式人工智能服務管理暫行辦法》。",
     {("cac", "china-genai-interim-measures", "released.cue")}),
    ("The EU adopted the AI Act on Tuesday.", {("eu", "eu-ai-act", "released.cue")}),
])
def test_released_a_law_named_as_a_frame_is_no_release(extractor, text, expected):
    found = extractor.extract(Article(id=A, title="test", text=text))
    assert {(e.source, e.target, ev.rule) for e in found.edges if e.type.value == "RELEASED" for ev in e.evidence} == expected


@pytest.mark.parametrize("text, expected", [
    # a company set off by a comma before another one is not its owner: the backer releases nothing
    ("The watchdog asked OpenAI, the Microsoft-backed startup behind ChatGPT, to collect less data.",
     {("openai", "chatgpt", "released.known_developer")}),
    ("监管机构要求OpenAI，这家微软支持的ChatGPT开发商，减少数据收集。", {("openai", "chatgpt", "released.known_developer")}),
    ("監管機構要求OpenAI，這家微軟支持的ChatGPT開發商，減少資料收集。", {("openai", "chatgpt", "released.known_developer")}),
    # an owner named right before its unit still is ("字节跳动旗下平台火山引擎")
    ("OpenAI, the startup behind ChatGPT, raised money.", {("openai", "chatgpt", "released.maker_of")}),
])
def test_released_a_backer_set_off_by_a_comma_is_no_maker(extractor, text, expected):
    found = extractor.extract(Article(id=A, title="test", text=text))
    assert {(e.source, e.target, ev.rule) for e in found.edges if e.type.value == "RELEASED" for ev in e.evidence} == expected


@pytest.mark.parametrize("text, expected", [
    # the one a new generation, version or successor is of is not what was released
    ("Meta has introduced the fourth generation of its Llama models, with Llama 4 Scout among them.",
     {("meta", "llama-4-scout", "released.known_developer")}),
    ("OpenAI released a successor to GPT-4 on Monday.", set()),
    ("阿里巴巴推出基於Qwen3的新工具。", set()),
    ("阿里巴巴推出基于Qwen3的新工具。", set()),
    # the released model itself still is
    ("OpenAI released GPT-5 on Monday.", {("openai", "gpt-5", "released.cue")}),
    ("阿里巴巴推出最新模型Qwen3。", {("alibaba", "qwen3", "released.cue")}),
    ("阿里巴巴推出了最新模型Qwen3。", {("alibaba", "qwen3", "released.cue")}),
])
def test_released_not_the_model_a_new_one_is_of(extractor, text, expected):
    found = extractor.extract(Article(id=A, title="test", text=text))
    assert {(e.source, e.target, ev.rule) for e in found.edges if e.type.value == "RELEASED" for ev in e.evidence} == expected
