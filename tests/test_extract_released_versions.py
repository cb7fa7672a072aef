"""RELEASED of a model version written after its family's name — spaced, glued or in lower case ("Kimi k3",
"混元T3", "Doubao 3.5 Lite", "豆包思考版") — and of a version after a maker's name at the end of a sentence
("DeepSeek released DeepSeek R3."): the mention is the version (a new model with the family's developer and a
link to the family), not the family, in zh-Hant, zh-Hans and en, with the rule of each fact; a version named
in Chinese and in English is one node; plans stay unreleased."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised

VERSIONS = [
    # a lower-case letter and digits after a family
    ("Moonshot AI released Kimi k3.5 on Monday.", {("moonshot-ai", "kimi-k3-5", "released.cue")}),
    ("月之暗面週一發布Kimi k3。", {("moonshot-ai", "kimi-k3", "released.cue")}),
    ("月之暗面周一发布Kimi k3。", {("moonshot-ai", "kimi-k3", "released.cue")}),
    ("Tencent launched Hunyuan t3, its newest reasoning model.", {("tencent", "hunyuan-t3", "released.cue")}),
    # a Latin version glued to a family's Chinese name: named from the family's English name
    ("騰訊今天推出混元T3推理模型。", {("tencent", "hunyuan-t3", "released.cue")}),
    ("腾讯今天推出混元T3推理模型。", {("tencent", "hunyuan-t3", "released.cue")}),
    ("Tencent today launched Hunyuan T3.", {("tencent", "hunyuan-t3", "released.cue")}),
    ("字節跳動發布豆包3.5 Lite。", {("bytedance", "doubao-3-5-lite", "released.cue")}),
    ("字节跳动发布豆包3.5 Lite。", {("bytedance", "doubao-3-5-lite", "released.cue")}),
    ("ByteDance rolled out Doubao 3.5 Lite this week.", {("bytedance", "doubao-3-5-lite", "released.cue")}),
    ("阿里巴巴發布通義千問4。", {("alibaba", "qwen-4", "released.cue")}),
    ("Alibaba released Qwen 4 on Tuesday.", {("alibaba", "qwen-4", "released.cue")}),
    # a tier word after a known model's Chinese name: named from its English name
    ("阿里巴巴推出通義千問3.5 Max。", {("alibaba", "qwen3-5-max", "released.cue")}),
    ("阿里巴巴推出通义千问3.5 Max。", {("alibaba", "qwen3-5-max", "released.cue")}),
    ("Alibaba launched Qwen3.5 Max.", {("alibaba", "qwen3-5-max", "released.cue")}),
    # a number after an unversioned model's Chinese name: named from its English name (可灵3.0 = Kling 3.0)
    ("快手發布可靈3.0。", {("kuaishou", "kling-3-0", "released.cue")}),
    ("快手发布可灵3.0。", {("kuaishou", "kling-3-0", "released.cue")}),
    ("Kuaishou released Kling 3.0.", {("kuaishou", "kling-3-0", "released.cue")}),
    # a Chinese tier word after a family
    ("字節跳動推出豆包思考版。", {("bytedance", "doubao-思考版", "released.cue")}),
    ("字节跳动推出豆包推理版。", {("bytedance", "doubao-推理版", "released.cue")}),
    ("Zhipu released GLM 5.5 air.", {("zhipu-ai", "glm-5-5-air", "released.cue")}),
    # a version after a maker's name, a full stop after it
    ("DeepSeek released DeepSeek R3.", {("deepseek", "deepseek-r3", "released.cue")}),
    ("MiniMax released MiniMax M5.", {("minimax", "minimax-m5", "released.cue")}),
    ("深度求索發布了DeepSeek-V5。", {("deepseek", "deepseek-v5", "released.cue")}),
    # nothing: plans, and the family itself where no version follows
    ("Moonshot AI revealed plans to ship Kimi k3.", set()),
    ("腾讯计划发布混元T3。", set()),
    ("騰訊即將發布混元T3。", set()),
    ("字节跳动将于下月发布豆包3.5 Lite。", set()),
    ("Kimi k3 beats GPT-4o on math.", set()),
]


@pytest.mark.parametrize("text,expected", VERSIONS)
def test_version_after_family_is_released(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


@pytest.mark.parametrize("text,surface,entity_id,family,developer", [
    ("The model Kimi k3 beats GPT-4o.", "Kimi k3", "kimi-k3", "kimi", "moonshot-ai"),
    ("騰訊推出混元T3。", "混元T3", "hunyuan-t3", "hunyuan", "tencent"),
    ("字节跳动推出豆包1.5专业版。", "豆包1.5专业版", "doubao-1-5专业版", "doubao", "bytedance"),
    ("DeepSeek released DeepSeek R3.", "DeepSeek R3", "deepseek-r3", None, "deepseek"),
    # a number continuing a known model's version is no tier: not named from the model's English name
    ("华为发布盘古大模型5.7。", "盘古大模型5.7", "盘古大模型5-7", "pangu-5", "huawei"),
])
def test_version_mention_links_family_and_developer(extractor, text, surface, entity_id, family, developer):
    found = [m for m in extractor.mentions(Normalised.of(text)) if m.type == "Model"]
    assert [(m.surface, m.entity_id, m.family, m.developer) for m in found][:1] == [(surface, entity_id, family, developer)]


@pytest.mark.parametrize("text", [
    "GPT-4o o3 and Claude are compared.",  # a lower-case version only after a family, never after a versioned model
    "字节跳动推出豆包企业版。",  # an app's edition is no model version
])
def test_no_version_from_other_tokens(extractor, text):
    found = [m for m in extractor.mentions(Normalised.of(text)) if m.type == "Model"]
    assert all(m.rule != "discovery.model_shape" for m in found)


ACTS = [
    # a public body bans or suspends a product: a policy described by the act and its object, released by the body
    ("The Executive Yuan banned government agencies from using DeepSeek on Monday.",
     {("executive-yuan", "executive-yuan-ban-deepseek", "released.act")}),
    ("行政院週一要求公務機關禁用DeepSeek。", {("executive-yuan", "executive-yuan-ban-deepseek", "released.act")}),
    ("行政院周一要求公务机关禁用DeepSeek。", {("executive-yuan", "executive-yuan-ban-deepseek", "released.act")}),
    ("South Korea's data protection authority suspended new downloads of DeepSeek.",
     {("korea-pipc", "korea-pipc-suspension-deepseek", "released.act")}),
    ("韓國個人資訊保護委員會暫停DeepSeek在韓國的下載服務。", {("korea-pipc", "korea-pipc-suspension-deepseek", "released.act")}),
    ("韩国个人信息保护委员会暂停DeepSeek在韩国的下载服务。", {("korea-pipc", "korea-pipc-suspension-deepseek", "released.act")}),
    # the product after its maker's possessive is what is banned
    ("Italy's privacy watchdog, Garante, temporarily banned the use of OpenAI's ChatGPT.",
     {("garante", "garante-ban-chatgpt", "released.act"), ("openai", "chatgpt", "released.possessive")}),
    # a country acting is its government
    ("Australia's government banned DeepSeek from all federal devices.",
     {("australia", "australia-ban-deepseek", "released.act")}),
    ("義大利上週封鎖DeepSeek。", {("italy", "italy-ban-deepseek", "released.act")}),
    ("意大利上周封锁DeepSeek。", {("italy", "italy-ban-deepseek", "released.act")}),
    # nothing: a company barred from doing something, an issuer across a comma
    ("The Commerce Department barred Nvidia from selling H20 chips to China.", set()),
    ("美國禁止輝達向中國出口H20晶片。", set()),
    ("中国近期也采取限制措施，包括禁止数据中心使用英伟达产品。", set()),
    # nothing: planned, negated, a company's ban, a place banned, a ban reported without its issuer
    ("行政院計劃禁用DeepSeek。", set()),
    ("行政院计划禁用DeepSeek。", set()),
    ("The Executive Yuan has not banned DeepSeek.", set()),
    ("The Executive Yuan revealed plans to ban DeepSeek.", set()),
    ("行政院考慮禁用DeepSeek。", set()),
    ("行政院研拟禁用DeepSeek。", set()),
    ("行政院將於下月禁用DeepSeek。", set()),
    # nothing: others demand the ban of the body
    ("立委要求行政院禁用DeepSeek。", set()),
    ("立委要求行政院禁用DeepSeek。".replace("立委", "议员"), set()),
    ("Lawmakers urged the Executive Yuan to ban DeepSeek.", set()),
    ("The Executive Yuan is expected to ban DeepSeek.", set()),
    ("OpenAI banned accounts linked to DeepSeek.", set()),
    ("The Executive Yuan banned exports to China.", set()),
    ("DeepSeek was banned in Italy last week.", set()),
]


@pytest.mark.parametrize("text,expected", ACTS)
def test_ban_or_suspension_by_a_public_body_is_released(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


def test_act_policy_is_named_by_act_and_object(extractor):
    """"X ban" in English ("ban on X" too), the verb and the object as written in Chinese ("X禁令" too); a ban keeps
    its worry (the act's verb is no mention)."""
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="a", title="t", text="The Executive Yuan banned government agencies from using DeepSeek."))
    node = next(n for n in found.nodes if n.id == "executive-yuan-ban-deepseek")
    assert node.name == "DeepSeek ban" and "ban on DeepSeek" in node.aliases
    found = extractor.extract(Article(id="a", title="t", text="行政院要求公務機關禁用DeepSeek。"))
    node = next(n for n in found.nodes if n.id == "executive-yuan-ban-deepseek")
    assert node.name == "禁用DeepSeek" and "DeepSeek禁令" in node.aliases
    assert ("deepseek", "executive-yuan") in {(e.source, e.target) for e in found.edges if e.type.value == "WORRIES"}


TITLED = [
    # a title a public body issues, whatever noun ends it: 《…》 in Chinese, a quoted title-cased title in English
    ("私隱專員公署週四發布《AI安全使用十大貼士》。", {("hk-pcpd", "ai安全使用十大贴士", "released.cue")}),
    ("私隐专员公署周四发布《AI安全使用十大贴士》。", {("hk-pcpd", "ai安全使用十大贴士", "released.cue")}),
    ("香港個人資料私隱專員公署同日發布《人工智能個人資料保障模範框架》。",
     {("hk-pcpd", "人工智能个人资料保障模范框架", "released.cue")}),
    ("The Office of the Privacy Commissioner for Personal Data released a checklist titled \"Ten Tips for Using AI Chatbots Safely\".",
     {("hk-pcpd", "ten-tips-for-using-ai-chatbots-safely", "released.cue")}),
    # a policy found inside the quotes gives way to the whole title
    ("The Office of the Privacy Commissioner for Personal Data released \"Checklist on Guidelines for the Use of Generative AI by Employees\".",
     {("hk-pcpd", "checklist-on-guidelines-for-the-use-of-generative-ai-by-employees", "released.cue")}),
    ("私隱專員公署發布了一份名為《AI安全使用十大貼士》的文件。", {("hk-pcpd", "ai安全使用十大贴士", "released.cue")}),
    # described: tips, a checklist, by a commissioner named as a person's office
    ("Hong Kong's privacy commissioner published ten tips for using AI chatbots safely.",
     {("hk-pcpd", "hk-pcpd-tips-for-using-ai", "released.cue")}),
    ("Hong Kong's privacy commissioner published guidance on deepfakes on Thursday.",
     {("hk-pcpd", "hk-pcpd-guidance-on-deepfakes", "released.cue")}),
    ("私隐专员公署发布十大贴士，提醒市民慎用AI聊天机器人。", {("hk-pcpd", "hk-pcpd-十大贴士", "released.cue")}),
    ("私隱專員公署發布AI使用貼士。", {("hk-pcpd", "hk-pcpd-ai使用贴士", "released.cue")}),
    # nothing: a company's title, a planned one, a report, a quoted remark, a company's tips
    ("OpenAI published ten tips for prompting.", set()),
    ("阿里巴巴發布《AI安全使用十大貼士》。", set()),
    ("私隐专员公署计划发布《AI安全使用十大贴士》。", set()),
    ("國家統計局發布《2025年人工智慧產業報告》。", set()),
    ("The Executive Yuan released \"We will not tolerate risks,\" a spokesman said.", set()),
]


@pytest.mark.parametrize("text,expected", TITLED)
def test_title_issued_by_a_public_body_is_released(ruled, text, expected):
    assert ruled("RELEASED", text) == expected
