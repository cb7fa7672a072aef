import pytest

from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.schema import Article


def mention(extractor, text, surface):
    found = [m for m in extractor.mentions(Normalised.of(text)) if m.surface == surface]
    assert found, [m.surface for m in extractor.mentions(Normalised.of(text))]
    return found[0]


@pytest.mark.parametrize("text, surface, family", [
    ("阿里巴巴推出了Qwen3-Nano。", "Qwen3-Nano", "qwen3"),
    ("智譜發佈GLM-4.5-Nano。", "GLM-4.5-Nano", "glm-4-5"),
    ("Moonshot released Kimi K3 today.", "Kimi K3", "kimi"),
    ("The new Gemma 3 Vision runs on one GPU.", "Gemma 3 Vision", "gemma-3"),
])
def test_discovery_model_variants_link_to_their_family(extractor, text, surface, family):
    m = mention(extractor, text, surface)
    assert m.type.value == "Model" and m.confidence < 1.0
    assert m.family == family


@pytest.mark.parametrize("text, surface, entity", [
    ("OpenAI released gpt-oss-120b.", "gpt-oss-120b", "gpt-oss"),
    ("千问Qwen3-235B-A22B-Instruct表现出色。", "Qwen3-235B-A22B-Instruct", "qwen3"),
    ("Llama 3.1 405B is large.", "Llama 3.1 405B", "llama-3-1"),
])
def test_discovery_a_size_suffix_names_the_same_model(extractor, text, surface, entity):
    m = mention(extractor, text, surface)
    assert m.entity_id == entity and m.confidence == 1.0


def test_discovery_a_grown_name_swallows_the_names_inside_it(extractor):
    found = [m.surface for m in extractor.mentions(Normalised.of("DeepSeek-R1-Distill-Qwen-32B beats o1-mini."))]
    assert found == ["DeepSeek-R1-Distill-Qwen-32B", "o1-mini"]


@pytest.mark.parametrize("text, surface, node_type", [
    ("Acme Robotics Inc. raised money.", "Acme Robotics Inc.", "Organization"),
    ("由星河實驗室主導的項目", "星河實驗室", "Organization"),
    ("首席分析師李大偉表示,需求強勁。", "李大偉", "Source"),
    ("\"Demand is strong,\" said Maria Lopez, an analyst.", "Maria Lopez", "Source"),
    ("Maria Lopez, an analyst at a bank, said demand was strong.", "Maria Lopez", "Source"),
    ("Klarwerk, a Berlin start-up that uses open models, said costs fell.", "Klarwerk", "Organization"),
    ("The start-up Klarwerk said costs fell.", "Klarwerk", "Organization"),
    # a name ending in "AI" after a descriptor keeps it ("Veltra", a word of the name, is no company of its own)
    ("The start-up Veltra AI said costs fell.", "Veltra AI", "Organization"),
    ("Paris-based startup Veltra AI and rival Orbis AI said costs fell.", "Orbis AI", "Organization"),
    ("據了解，永晴金控已在內部測試新模型。", "永晴金控", "Organization"),
    ("据了解，永晴金控已在内部测试新模型。", "永晴金控", "Organization"),
    ("由星河实验室主导的项目", "星河实验室", "Organization"),
])
def test_discovery_names_by_cue(extractor, text, surface, node_type):
    m = mention(extractor, text, surface)
    assert m.type.value == node_type and m.confidence < 1.0


@pytest.mark.parametrize("text", ["這家研究公司很低調。", "大型科技公司正在招聘。", "The company said profits rose.",
                                  "這是公司去年推出的模型。",
                                  # a stretch of the clause before the suffix: pronouns, quantifiers, adverbs, verbs
                                  "市場冷清，且對很多公司不利。", "市场冷清，且对很多公司不利。",
                                  "他們希望讓公司轉型。", "他们希望让公司转型。",
                                  "如今這些公司都在招聘。", "如今这些公司都在招聘。",
                                  "模型迅速從實驗室走向市場。", "模型迅速从实验室走向市场。",
                                  "中國超大規模公司加大投資。", "中国超大规模公司加大投资。", "多家企業集團參與。",
                                  # "AI" after a descriptor and a common word: no name ("the company AI")
                                  "The company AI is popular.", "Startup AI budgets rose."])
def test_discovery_generic_phrases_are_not_names(extractor, text):
    assert [m for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery")] == []


def test_discovered_variant_becomes_a_model_node(extractor):
    ex = extractor.extract(Article(id="a", title="t", text="阿里巴巴推出了Qwen3-Nano。"))
    node = next(n for n in ex.nodes if n.name == "Qwen3-Nano")
    assert node.type.value == "Model" and node.family == "qwen3"
    assert ("RELEASED", "alibaba", node.id) in {(e.type.value, e.source, e.target) for e in ex.edges}


@pytest.mark.parametrize("text, surfaces", [
    ("Alibaba Q1 revenue rose.", ["Alibaba"]),
    ("Nvidia H20 chips sold out.", ["Nvidia"]),
    ("DeepSeek-V3.2 is out; DeepSeek R2 may follow.", ["DeepSeek-V3.2", "DeepSeek R2"]),
])
def test_discovery_a_makers_name_grows_into_a_model_only_on_a_model_version(extractor, text, surfaces):
    assert [m.surface for m in extractor.mentions(Normalised.of(text))] == surfaces


@pytest.mark.parametrize("text", [
    "蘋果也加入部分公司行列，限制員工使用。",
    "苹果也加入部分公司行列，限制员工使用。",
    "微軟、谷歌等公司正在招聘。",
    "微软、谷歌等公司正在招聘。",
    "它不僅向公司高層求情。",
    "这项政策将阻止小公司进入市场。",
    "多家頭部互聯網公司已跟進。",
    "多家头部互联网公司已跟进。",
    "OpenAI 應馬丁 · 路德 · 金遺產委員會的要求暫停生成。",
])
def test_discovery_function_words_never_make_a_name(extractor, text):
    """"也加入部分公司", "…等公司", "不仅向公司": spans of function words before a suffix are no organisation."""
    assert [m.surface for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery.org")] == []


@pytest.mark.parametrize("text, surface", [
    ("Department of Home Affairs Secretary Jane Roe said the ban is needed.", "Jane Roe"),
    ("Professor Jane Roe said the ban is needed.", "Jane Roe"),
    ("\"The ban is needed,\" said Senator Jane Roe.", "Jane Roe"),
])
def test_discovery_a_title_is_not_part_of_a_quoted_persons_name(extractor, text, surface):
    people = [m.surface for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery.person")]
    assert people == [surface]


@pytest.mark.parametrize("text, surface", [
    ("Jane Roe told national broadcaster ABC that the apps are risky.", "ABC"),
    ("According to the German newspaper Rheinblatt, talks stalled.", "Rheinblatt"),
    ("據示例日報報導，行政院將通過指引。", "示例日報"),
    ("据示例日报报道，行政院将通过指引。", "示例日报"),
    ("据《示例观察》报道，价格下降。", "示例观察"),
    ("據《示例觀察》報導，價格下降。", "示例觀察"),
])
def test_discovery_outlets_by_their_descriptors(extractor, text, surface):
    m = mention(extractor, text, surface)
    assert (m.type.value, m.kind) == ("Source", "outlet") and m.confidence < 1.0


@pytest.mark.parametrize("text", [
    "欧盟的《数字市场法》规定了义务。",
    "歐盟的《數位市場法》規定了義務。",
    "The newspaper said the deal was off.",
    "据日报报道，价格下降。",
])
def test_discovery_no_outlet_without_a_name_and_a_report(extractor, text):
    assert [m for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery.outlet")] == []


@pytest.mark.parametrize("text, surface, kind", [
    ("北京某某研究院院長王大同表示，模型很好。", "北京某某研究院", "research"),
    ("北京某某研究院院长王大同表示，模型很好。", "北京某某研究院", "research"),
    ("示例未來實驗室指出，模型很好。", "示例未來實驗室", "research"),
    ("The Rhine Foundation said the rule was weak.", "Rhine Foundation", "research"),
    ("Acme Robotics Inc. said costs fell.", "Acme Robotics Inc.", "company"),
])
def test_discovery_organisations_typed_by_their_descriptor(extractor, text, surface, kind):
    """A research body's suffix (研究院, 实验室, Institute, Foundation) types it research; a city it holds is no mention."""
    m = mention(extractor, text, surface)
    assert m.kind == kind
    assert "beijing" not in [x.entity_id for x in extractor.mentions(Normalised.of(text))]


@pytest.mark.parametrize("text, entity", [
    ("歐洲聯盟今天表示，已展開調查。", "eu"),
    ("欧洲联盟今天表示，已展开调查。", "eu"),
    ("北京一家券商分析師表示，股價偏高。", "beijing"),
])
def test_discovery_a_place_that_is_the_whole_name_stays_the_place(extractor, text, entity):
    found = extractor.mentions(Normalised.of(text))
    assert [m.entity_id for m in found] == [entity]


@pytest.mark.parametrize("text, surface", [
    ("教育部發布《中小學生成式人工智慧使用指南（2025年版）》。", "中小學生成式人工智慧使用指南（2025年版）"),
    ("教育部发布《中小学生成式人工智能使用指南》。", "中小学生成式人工智能使用指南"),
    ("行政院將通過「示例機關使用生成式AI參考指引草案」。", "示例機關使用生成式AI參考指引草案"),
    ("国务院印发《关于加快示例产业发展的指导意见》。", "关于加快示例产业发展的指导意见"),
])
def test_discovery_policies_titled_in_marks(extractor, text, surface):
    m = mention(extractor, text, surface)
    assert m.type.value == "Policy" and m.confidence < 1.0


@pytest.mark.parametrize("text", [
    "他讀了《三體》和《紅樓夢》。",
    "她推荐了《人工智能简史》这本书。",
    "欧盟的《数字市场法》规定了义务。",      # a known policy: the gazetteer's, not a discovered one
])
def test_discovery_no_policy_from_other_titles(extractor, text):
    assert [m for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery.policy")] == []


@pytest.mark.parametrize("text, surface", [
    ("Congress passed the Rhine Data Security Act on Monday.", "Rhine Data Security Act"),
    ("The Protecting Users from Foreign Adversary Applications Act was signed.",
     "Protecting Users from Foreign Adversary Applications Act"),
    ("Senator Jane Roe introduced the Algorithmic Fairness Bill.", "Algorithmic Fairness Bill"),
])
def test_discovery_laws_named_in_english(extractor, text, surface):
    m = mention(extractor, text, surface)
    assert (m.type.value, m.kind) == ("Policy", "law")


@pytest.mark.parametrize("text", ["The Act was passed.", "The company will Act fast.", "This Act will matter."])
def test_discovery_no_law_without_a_name(extractor, text):
    assert [m for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery.policy")] == []


@pytest.mark.parametrize("text", ["The group Thursday said it would sue.", "The start-up Monday released a model."])
def test_discovery_a_weekday_is_no_organisation(extractor, text):
    assert [m for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery.org")] == []


@pytest.mark.parametrize("text, surface", [
    # a title holding a known policy elsewhere than at its end is a policy of its own, kept whole
    ("兩部委印發《人工智能+示例行動方案》。", "人工智能+示例行動方案"),
    ("两部委印发《人工智能+示例行动方案》。", "人工智能+示例行动方案"),
    ("国务院印发《关于深入实施“人工智能+”行动的意见》。", "关于深入实施“人工智能+”行动的意见"),
])
def test_discovery_a_title_holding_a_known_policy_stays_whole(extractor, text, surface):
    m = mention(extractor, text, surface)
    assert m.type.value == "Policy" and m.rule == "discovery.policy_zh"
    assert [x.surface for x in extractor.mentions(Normalised.of(text)) if x.type.value == "Policy"] == [surface]


@pytest.mark.parametrize("text, entity", [
    # a title ending with a known name is that name
    ("全國人大通過《中華人民共和國數據安全法》。", "china-data-security-law"),
    ("全国人大通过《中华人民共和国数据安全法》。", "china-data-security-law"),
    # an English "law" ending where a known organisation ends is that organisation
    ("The State Administration for Market Regulation fined the firm.", "samr"),
])
def test_discovery_a_title_ending_with_a_known_name_is_that_name(extractor, text, entity):
    found = extractor.mentions(Normalised.of(text))
    assert entity in [m.entity_id for m in found]
    assert [m for m in found if m.rule.startswith("discovery.policy")] == []


@pytest.mark.parametrize("text, issuer, title", [
    ("《國務院關於加快示例產業發展的意見》近日發布。", "state-council", "國務院關於加快示例產業發展的意見"),
    ("《国务院关于加快示例产业发展的意见》近日发布。", "state-council", "国务院关于加快示例产业发展的意见"),
])
def test_discovery_the_issuer_opening_a_title_is_kept(extractor, text, issuer, title):
    found = extractor.mentions(Normalised.of(text))
    assert [m.entity_id for m in found if m.type.value == "Organization"] == [issuer]
    assert [m.surface for m in found if m.type.value == "Policy"] == [title]


@pytest.mark.parametrize("text", [
    "《示例市人工智能發展條例》近日發布。",     # a place opening a title is part of it, no issuer
    "《北京市促进人工智能发展的若干措施》发布。",
])
def test_discovery_no_issuer_from_a_place_opening_a_title(extractor, text):
    assert [m for m in extractor.mentions(Normalised.of(text)) if m.type.value == "Organization"] == []


@pytest.mark.parametrize("text, entity", [
    ("Japan's Ministry of Economy, Trade and Industry issued guidance.", "meti"),
    ("The Department for Science, Innovation and Technology said so.", "dsit"),
    ("英國科學、創新與科技部表示。", "dsit"),
    ("英国科学、创新和技术部表示。", "dsit"),
])
def test_gazetteer_names_holding_a_comma(extractor, text, entity):
    assert entity in [m.entity_id for m in extractor.mentions(Normalised.of(text))]


@pytest.mark.parametrize("text", [
    "According to Alibaba, Qwen3 is strong.",          # still no name over a comma
    "The Ministry of Economy; Trade and Industry rose.",
])
def test_gazetteer_no_name_over_a_comma_the_name_lacks(extractor, text):
    assert "meti" not in [m.entity_id for m in extractor.mentions(Normalised.of(text))]
    assert [m.surface for m in extractor.mentions(Normalised.of(text)) if "," in m.surface] == []


@pytest.mark.parametrize("text, surface", [
    ("金管會公布「示例業運用人工智慧核心原則」。", "示例業運用人工智慧核心原則"),
    ("立法院三讀通過「示例產業基本法」。", "示例產業基本法"),
    ("商务部公布《示例清单工作规定实施细则》。", "示例清单工作规定实施细则"),
    ("網信辦公布《示例服務管理辦法（徵求意見稿）》。", "示例服務管理辦法（徵求意見稿）"),
    ("NIST released the Rhine Risk Management Framework in 2023.", "Rhine Risk Management Framework"),
    ("NIST released the AI Risk Management Framework in 2023.", "AI Risk Management Framework"),
    ("The regulator issued the Interim Measures for the Management of Rhine Data Services.",
     "Interim Measures for the Management of Rhine Data Services"),
    ("The EU published Ethics Guidelines for Trustworthy Rhine Systems.", "Ethics Guidelines for Trustworthy Rhine Systems"),
    ("The agency issued the Foundry Data Rule on Monday.", "Foundry Data Rule"),
    ("Acme signed the Rhine Code of Practice.", "Rhine Code of Practice"),
    ("The president signed Executive Order 99999.", "Executive Order 99999"),
    ("Google's Rhine Safety Framework sets limits.", "Rhine Safety Framework"),   # the owner is no part of it
])
def test_discovery_more_policy_titles(extractor, text, surface):
    m = mention(extractor, text, surface)
    assert m.type.value == "Policy"


@pytest.mark.parametrize("text", [
    "他說「我們會遵守相關規定」。",          # speech in 「」, not a title
    "她表示「這是一個好的政策」。",
    "他说「我们尊重这项法」。",
    "New Rules on AI Chips Hit Nvidia Shares",   # a headline holding a company is no title
    "The Rules on Monday were clear.",
    "Guidelines on Friday.",
    "The company built its Agent Framework on PyTorch.",   # a software framework
    "The Code of Practice was signed.",           # no name before the code
    "OpenAI released the spec under new Rules.",
    "This regulation, called the Export Control Framework for Artificial Intelligence Diffusion, is final.",
    "胡潤發布《2025全球示例獨角兽名單》。",       # a ranking, no policy
    "研究院发布《2025示例大模型白皮书》。",        # a research house's white paper
    "Biden's Executive Order set limits.",       # no name: the owner cut off, "Executive Order" alone is none
    "The Senate Rule was changed.",              # a rule needs two words of name
])
def test_discovery_no_policy_from_these(extractor, text):
    assert [m for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery.policy")] == []


@pytest.mark.parametrize("text, entity", [
    # known bodies named by a description
    ("Italy's privacy watchdog ordered the app offline.", "garante"),
    ("意大利隐私监管机构下令下架该应用。", "garante"),
    ("義大利隱私監管機構下令下架該應用。", "garante"),
    ("Britain's competition regulator opened a review.", "cma"),
    ("英國競爭監管機構展開審查。", "cma"),
    ("英国竞争监管机构展开审查。", "cma"),
    ("China's internet regulator issued draft rules.", "cac"),
    ("South Korea's privacy watchdog suspended the app.", "korea-pipc"),
    ("南韓個人資訊保護委員會暫停了下載。", "korea-pipc"),
    ("南韩个人信息保护委员会暂停了下载。", "korea-pipc"),
    ("Ireland's data protection regulator opened an inquiry.", "irish-dpc"),
    ("China's Ministry of Commerce said so.", "china-commerce-ministry"),
    ("歐盟人工智慧辦公室發布指引。", "eu-ai-office"),
    ("欧盟人工智能办公室发布指引。", "eu-ai-office"),
    # Taiwan's ministries and agencies
    ("經濟部表示將協助業者。", "taiwan-moea"),
    ("国发会表示将推动计划。", "taiwan-ndc"),
    ("數位產業署公布補助名單。", "taiwan-adi"),
    ("資安署要求公務機關停用。", "taiwan-acs"),
    ("Taiwan's Ministry of Economic Affairs said so.", "taiwan-moea"),
])
def test_gazetteer_regulators_and_their_descriptions(extractor, text, entity):
    assert entity in [m.entity_id for m in extractor.mentions(Normalised.of(text))]


@pytest.mark.parametrize("text, entity", [
    ("The Ministry of Economic Affairs of the Netherlands said so.", "taiwan-moea"),  # no country, no Taiwan
    ("A privacy watchdog said so.", "garante"),
    ("The competition regulator said so.", "cma"),
])
def test_gazetteer_no_body_from_a_bare_description(extractor, text, entity):
    assert entity not in [m.entity_id for m in extractor.mentions(Normalised.of(text))]


@pytest.mark.parametrize("text, expected", [
    ("《國務院關於加快示例產業發展的意見》近日發布。", {("RELEASED", "state-council", "国务院关于加快示例产业发展的意见")}),
    ("《国务院关于加快示例产业发展的意见》近日发布。", {("RELEASED", "state-council", "国务院关于加快示例产业发展的意见")}),
    ("The State Council's opinions on the sector came out.", set()),
    ("《北京市促進示例產業發展的若干措施》發布。", set()),     # a place opening a title issues nothing
    ("《关于国务院示例机构改革的评论》发表。", set()),         # the body is not at the title's start, no policy head
])
def test_released_the_issuer_opening_a_title(facts, text, expected):
    assert {f for f in facts(text) if f[0] == "RELEASED"} == expected


@pytest.mark.parametrize("text, entity", [
    # a known body after a country's possessive is that body, not a longer discovered name
    ("Taiwan's National Science and Technology Council said so.", "nstc"),
    ("China's State Council issued a plan.", "state-council"),
    ("China's Cyberspace Administration issued rules.", "cac"),
    ("Taiwan's Ministry of Education said so.", "taiwan-moe"),
    ("英国科学创新技术部表示。", "dsit"),
    ("英國科學創新科技部表示。", "dsit"),
])
def test_discovery_a_known_body_after_a_possessive(extractor, text, entity):
    found = extractor.mentions(Normalised.of(text))
    assert entity in [m.entity_id for m in found]
    assert [m.surface for m in found if m.rule.startswith("discovery")] == []


@pytest.mark.parametrize("text", [
    "Japan's Ministry of Internal Affairs said so.",     # the end of a longer name, no person
    "The Department of Homeland Security said so.",
])
def test_discovery_no_person_from_the_end_of_a_longer_name(extractor, text):
    assert [m for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery.person")] == []


@pytest.mark.parametrize("text, surface", [
    ("Taiwan's Rhine Research Institute said so.", "Rhine Research Institute"),   # the country's possessive cut off
    ("Germany's Rhine Data Foundation said so.", "Rhine Data Foundation"),
])
def test_discovery_a_country_possessive_is_no_part_of_a_name(extractor, text, surface):
    assert surface in [m.surface for m in extractor.mentions(Normalised.of(text)) if m.rule.startswith("discovery.org")]


@pytest.mark.parametrize("text", ["Britain's AI Security Institute said so.", "英國人工智慧安全研究所表示。", "英国AI安全研究所表示。"])
def test_gazetteer_uk_ai_security_institute(extractor, text):
    assert "uk-ai-security-institute" in [m.entity_id for m in extractor.mentions(Normalised.of(text))]


@pytest.mark.parametrize("text, person", [
    # a preposition and its frame after a title opens no name (於 is never a surname; 于 is, but not before a frame)
    ("李主任表示，卓院長於會中強調，新模型須符合法規。", None),
    ("李主任表示，卓院长于会中强调，新模型须符合法规。", None),
    ("部長於日前表示，新模型須符合法規。", None),
    ("部长于日前表示，新模型须符合法规。", None),
    # a name that opens with the surname 于, and a name before a frame, are still names
    ("分析師于正表示，需求強勁。", "于正"),
    ("分析师于正表示，需求强劲。", "于正"),
    ("首席分析師李大偉於會中表示，需求強勁。", "李大偉"),
    ("Chief analyst Maria Lopez said at the meeting that demand was strong.", "Maria Lopez"),
    ("The chief analyst said at the meeting that demand was strong.", None),
])
def test_discovery_a_frame_after_a_title_is_no_person(extractor, text, person):
    people = [m.surface for m in extractor.mentions(Normalised.of(text))
              if m.rule.startswith("discovery") and getattr(m, "kind", None) == "person"]
    assert people == ([person] if person else [])
