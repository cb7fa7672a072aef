"""Names AI news of late 2025 and 2026 uses (session 19): new model versions under their Chinese brand names
(豆包, 混元, 万相, 盘古) and English names are one entity in zh-Hant, zh-Hans and English; a release names its
maker (rule released.cue); products, start-ups, funds, analysts and people; names that are also ordinary words
count only with their maker in the article or written as the name is written."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised


def ids(extractor, text):
    return {m.entity_id for m in extractor.mentions(Normalised.of(text))}


@pytest.mark.parametrize("text, entity", [
    # one version, three scripts
    ("字節跳動推出豆包大模型2.0。", "doubao-seed-2-0"),
    ("字节跳动推出豆包2.0。", "doubao-seed-2-0"),
    ("ByteDance shipped Doubao-Seed-2.0.", "doubao-seed-2-0"),
    ("ByteDance shipped Doubao Seed 1.8.", "doubao-seed-1-8"),
    ("豆包1.8 的價格下調。", "doubao-seed-1-8"),
    ("The studio tried Seedance 2.0 for a trailer.", "seedance-2-0"),
    ("騰訊混元2.0 已上線。", "hunyuan-hy-2-0"),
    ("腾讯混元2.0 已上线。", "hunyuan-hy-2-0"),
    ("Tencent said HY 2.0 is live.", "hunyuan-hy-2-0"),
    ("騰訊混元Hy3 開放測試。", "hunyuan-hy3"),
    ("Tencent opened Hy3 preview to testers.", "hunyuan-hy3"),
    ("通義萬相2.6 可生成影片。", "wan-2-6"),
    ("通义万相2.6 可生成视频。", "wan-2-6"),
    ("Alibaba's Wan 2.6 makes videos.", "wan-2-6"),
    ("盤古大模型5.5 面向企業。", "pangu-5-5"),
    ("盘古大模型5.5 面向企业。", "pangu-5-5"),
    ("Huawei pitched Pangu 5.5 to banks.", "pangu-5-5"),
    ("Zhipu's GLM-4.6V reads charts.", "glm-4-6v"),
    ("Xiaomi's MiMo-V2-Flash is open.", "mimo-v2-flash"),
    ("港話通 可以講粵語。", "ganghuatong"),
    ("港话通 可以讲粤语。", "ganghuatong"),
    ("Rakuten said Rakuten AI 3.0 speaks Japanese.", "rakuten-ai-3"),
    ("SK Telecom said A.X K1 is its largest model.", "ax-k1"),
    ("Naver said HyperCLOVA X SEED is free.", "hyperclova-x-seed"),
    ("Prime Intellect trained INTELLECT-3 in the open.", "intellect-3"),
    ("Google DeepMind said SIMA 2 plays games.", "sima-2"),
    # organisations, funds, analysts
    ("國家集成電路產業投資基金三期成立。", "big-fund"),
    ("国家大基金入股该公司。", "big-fund"),
    ("China's Big Fund joined the round.", "big-fund"),
    ("國家人工智能產業投資基金領投。", "national-ai-industry-fund"),
    ("国家人工智能产业投资基金领投。", "national-ai-industry-fund"),
    ("深創投與源碼資本跟投。", "shenzhen-capital"),
    ("深创投与五源资本跟投。", "5y-capital"),
    ("WSTS raised its chip sales forecast.", "wsts"),
    ("樂聚機器人完成融資。", "leju-robotics"),
    ("逐际动力与星动纪元都在招人。", "robotera"),
    ("LimX Dynamics showed a humanoid.", "limx-dynamics"),
    ("京東雲與天翼雲合作。", "ctyun"),
    ("京东云与天翼云合作。", "jd-cloud"),
    ("Physical Intelligence raised a new round.", "physical-intelligence"),
    # people and sources
    ("騰訊首席AI科學家姚順雨說，模型將開源。", "yao-shunyu"),
    ("腾讯首席AI科学家姚顺雨说，模型将开源。", "yao-shunyu"),
    ("Yao Shunyu said the model will be open.", "yao-shunyu"),
    ("OpenAI scored the models on HealthBench.", "healthbench"),
    # policies
    ("美國啟動232條款調查。", "section-232"),
    ("美国启动232调查。", "section-232"),
    ("The US opened a Section 232 investigation.", "section-232"),
    ("BIS widened the Affiliates Rule to more firms.", "bis-affiliates-rule"),
    ("美國商務部擴大BIS 50%規則。", "bis-affiliates-rule"),
    ("美国商务部扩大BIS 50%规则。", "bis-affiliates-rule"),
    ("網信辦就人工智能擬人化互動服務管理暫行辦法徵求意見。", "china-anthropomorphic-ai-measures"),
    ("网信办就人工智能拟人化互动服务管理暂行办法征求意见。", "china-anthropomorphic-ai-measures"),
])
def test_gazetteer_knows_names_of_2025_and_2026(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("他收到一個元寶。", "yuanbao"),                   # 元宝: an ingot, without Tencent
    ("他收到一个元宝。", "yuanbao"),
    ("他靈光一閃。", "lingguang"),                    # 灵光: a flash of inspiration, without Ant Group
    ("他灵光一闪。", "lingguang"),
    ("他把扣子扣好。", "coze"),                        # 扣子: a button, without ByteDance
    ("Antigravity is a staple of science fiction.", "google-antigravity"),
    ("We cowork in a shared office.", "claude-cowork"),
    ("A marble statue stood in the hall.", "marble-world-labs"),
    ("The big fund manager retired.", "big-fund"),     # written as a name only
    ("physical intelligence is what robots lack.", "physical-intelligence"),
    ("Please open the solar open day invitation.", "solar-open"),
    ("The Hy3 reading came back normal.", "hunyuan-hy3"),
    ("The club's affiliates rule was changed.", "bis-affiliates-rule"),
])
def test_gazetteer_new_names_that_are_ordinary_words_need_context(extractor, text, entity):
    assert entity not in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("騰訊表示，旗下的元寶將標註來源。", "yuanbao"),
    ("腾讯表示，旗下的元宝将标注来源。", "yuanbao"),
    ("Tencent said 元宝 will label its answers.", "yuanbao"),
    ("螞蟻集團表示，靈光用戶增長。", "lingguang"),
    ("蚂蚁集团表示，灵光用户增长。", "lingguang"),
    ("Google said Antigravity now supports Gemini 3.", "google-antigravity"),
    ("Anthropic said Cowork reads local files.", "claude-cowork"),
    ("World Labs said Marble builds 3D worlds.", "marble-world-labs"),
])
def test_gazetteer_new_ordinary_word_names_count_with_their_maker(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, fact", [
    ("字節跳動發布了豆包大模型2.0。", ("RELEASED", "bytedance", "doubao-seed-2-0", "released.cue")),
    ("字节跳动发布了豆包大模型2.0。", ("RELEASED", "bytedance", "doubao-seed-2-0", "released.cue")),
    ("ByteDance released Doubao-Seed-2.0.", ("RELEASED", "bytedance", "doubao-seed-2-0", "released.cue")),
    ("騰訊推出混元2.0。", ("RELEASED", "tencent", "hunyuan-hy-2-0", "released.cue")),
    ("腾讯推出混元2.0。", ("RELEASED", "tencent", "hunyuan-hy-2-0", "released.cue")),
    ("Tencent launched HY 2.0.", ("RELEASED", "tencent", "hunyuan-hy-2-0", "released.cue")),
    ("阿里巴巴發布通義萬相2.6。", ("RELEASED", "alibaba", "wan-2-6", "released.cue")),
    ("阿里巴巴发布通义万相2.6。", ("RELEASED", "alibaba", "wan-2-6", "released.cue")),
    ("Alibaba released Wan 2.6.", ("RELEASED", "alibaba", "wan-2-6", "released.cue")),
    ("華為發布盤古大模型5.5。", ("RELEASED", "huawei", "pangu-5-5", "released.cue")),
    ("华为发布盘古大模型5.5。", ("RELEASED", "huawei", "pangu-5-5", "released.cue")),
    ("Huawei released Pangu 5.5.", ("RELEASED", "huawei", "pangu-5-5", "released.cue")),
    ("香港生成式人工智能研發中心推出港話通。", ("RELEASED", "hkgai", "ganghuatong", "released.cue")),
    ("香港生成式人工智能研发中心推出港话通。", ("RELEASED", "hkgai", "ganghuatong", "released.cue")),
])
def test_gazetteer_new_versions_are_released_by_their_maker(extractor, text, fact):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    got = {(e.type.value, e.source, e.target, v.rule) for e in found.edges for v in e.evidence
           if e.type.value == "RELEASED"}
    assert got == {fact}


@pytest.mark.parametrize("text", [
    "他收到一個元寶，還有一顆扣子。",
    "他收到一个元宝，还有一颗扣子。",
    "The big fund bought a marble statue.",
])
def test_gazetteer_new_names_find_nothing_in_ordinary_prose(extractor, text):
    assert ids(extractor, text) == set()
