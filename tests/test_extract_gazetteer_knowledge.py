"""Broad gazetteer knowledge (issue 12 item 6): recent models, labs, chip makers, public bodies, brokers,
outlets and AI laws are found in zh-Hant, zh-Hans and English; names that are also ordinary words or
that another country shares count only with context or in their full form."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised


def ids(extractor, text):
    return {m.entity_id for m in extractor.mentions(Normalised.of(text))}


@pytest.mark.parametrize("text, entity", [
    # models
    ("OpenAI 推出 GPT-4.1 mini，價格更低。", "gpt-4-1-mini"),
    ("OpenAI 推出 GPT-4.1 mini，价格更低。", "gpt-4-1-mini"),
    ("OpenAI launched GPT-4.1 mini at a lower price.", "gpt-4-1-mini"),
    ("谷歌發布 Gemini 2.5 Flash-Lite。", "gemini-2-5-flash-lite"),
    ("Google shipped Gemini 3 Flash today.", "gemini-3-flash"),
    ("字節跳動發布豆包大模型1.6。", "doubao-1-6"),
    ("字节跳动发布豆包大模型1.6。", "doubao-1-6"),
    ("ByteDance released Doubao-Seed-1.6.", "doubao-1-6"),
    ("訊飛星火X1 在數學上表現亮眼。", "spark-x1"),
    ("讯飞星火X1 在数学上表现亮眼。", "spark-x1"),
    ("iFlytek said Spark X1 improved.", "spark-x1"),
    ("騰訊推出混元TurboS。", "hunyuan-turbos"),
    ("Tencent released Hunyuan-TurboS.", "hunyuan-turbos"),
    ("快手發布可靈2.1。", "kling-2-1"),
    ("快手发布可灵2.1。", "kling-2-1"),
    ("Amazon unveiled Nova Premier.", "nova-premier"),
    ("國科會釋出TAIDE模型。", "taide"),
    ("上海人工智能实验室发布书生·浦语。", "internlm"),
    # organisations
    ("聯發科將推出新晶片。", "mediatek"),
    ("联发科将推出新芯片。", "mediatek"),
    ("MediaTek will launch a new chip.", "mediatek"),
    ("沐曦與燧原科技都在募資。", "metax"),
    ("沐曦与燧原科技都在募资。", "enflame"),
    ("中國電信發布新模型。", "china-telecom"),
    ("The Cybersecurity and Infrastructure Security Agency issued guidance.", "cisa"),
    ("美國網路安全暨基礎設施安全局發布指引。", "cisa"),
    ("国务院国资委召开会议。", "sasac"),
    ("國務院國資委召開會議。", "sasac"),
    ("個人資料私隱專員公署發出指引。", "hk-pcpd"),
    ("个人资料私隐专员公署发出指引。", "hk-pcpd"),
    ("Kiwoom Securities raised its target.", "kiwoom"),
    ("中信建投證券研報指出，需求強勁。", "csc-financial"),
    ("中信建投证券研报指出，需求强劲。", "csc-financial"),
    ("The Frontier Model Forum published a report.", "frontier-model-forum"),
    ("前沿模型論壇發布報告。", "frontier-model-forum"),
    # outlets
    ("據東森新聞報導，政策將上路。", "ebc"),
    ("据芯东西报道，晶圆厂扩产。", "zhidx-chip"),
    ("據時事通信社報導，日本將立法。", "jiji"),
    ("Channel NewsAsia reported the ban.", "channel-newsasia"),
    ("據美國之音報導，法案通過。", "voa"),
    ("据美国之音报道，法案通过。", "voa"),
    # policies
    ("The NO FAKES Act was reintroduced.", "no-fakes-act"),
    ("歐盟將推出數位綜合法案。", "eu-digital-omnibus"),
    ("欧盟将推出数字综合法案。", "eu-digital-omnibus"),
    ("立法院三讀通過人工智慧基本法。", "taiwan-ai-basic-law"),
    ("南韓人工智慧基本法明年施行。", "korea-ai-basic-act"),
    ("Texas passed TRAIGA last year.", "texas-traiga"),
    ("緯創與廣達電腦擴大美國產能。", "wistron"),
    ("纬创与广达电脑扩大美国产能。", "quanta"),
    ("Wistron and Quanta Computer expand US capacity.", "quanta"),
    ("港交所迎來新上市公司。", "hkex"),
    ("HKEX welcomed a new listing.", "hkex"),
])
def test_gazetteer_knows_recent_models_bodies_outlets_and_laws(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("Janus 在羅馬神話中有兩張臉。", "janus"),                 # the model needs DeepSeek in the article
    ("The company hired Devin as its new intern.", "devin"),   # a first name without Cognition
    ("The robot was built by Gen-2 engineers.", "runway-gen-2"),
    ("國防部今天發布新聞稿。", "taiwan-mnd"),                   # bare 國防部: whose ministry is not known
    ("He put Firefly on the shelf.", "adobe-firefly"),
])
def test_gazetteer_ambiguous_names_need_their_maker_or_full_name(extractor, text, entity):
    assert entity not in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("DeepSeek 發表了 Janus，一個多模態模型。", "janus"),
    ("Cognition AI said Devin now writes tests.", "devin"),
    ("Runway AI said Gen-2 was retired.", "runway-gen-2"),
    ("中華民國國防部表示，國防部將採購無人機。", "taiwan-mnd"),
    ("Adobe said Firefly now makes video.", "adobe-firefly"),
])
def test_gazetteer_ambiguous_names_count_with_context(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("這門生意有利可圖。", "kolors"),                    # 可图 inside 有利可图
    ("这门生意有利可图。", "kolors"),
    ("公司需要上报数据。", "upmedia"),                    # 上报: to report upwards
    ("少数派意见未被采纳。", "sspai"),                    # 少数派: a minority
    ("金融界人士认为利率将下降。", "jrj"),                # 金融界: the financial world
    ("一台大型伺服器。", "ntu"),                          # 台大 inside 一台大型
    ("We glean insights from the data.", "glean"),
    ("Users can access now through the app.", "access-now"),
    ("The honor goes to the team.", "honor"),
    ("Look inside the box.", "inside-tw"),
    ("Countries that import AI chips face new rules.", "import-ai"),
    ("For the record, sales rose.", "the-record"),
    ("東南亞科技業成長快速。", "nanya"),                  # 南亞科 inside 東南亞科技
    ("技术达到世界先进水平。", "vis"),                    # 世界先进: world-class
    ("串联电路与并联电路。", "umc"),                      # 联电 inside 串联电路
    ("通过推广达到目标。", "quanta"),                     # 广达 inside 推广达到
    ("Quanta of light are photons.", "quanta"),
])
def test_gazetteer_no_new_name_in_ordinary_words(extractor, text, entity):
    assert entity not in ids(extractor, text)


# well-known organisations the development sets barely name; their names catch no ordinary word or product
@pytest.mark.parametrize("text, entity", [
    ("Northrop Grumman said it will use the model in its satellites.", "northrop-grumman"),
    ("諾斯洛普格魯曼表示將在衛星中使用該模型。", "northrop-grumman"),
    ("诺斯罗普·格鲁曼表示将在卫星中使用该模型。", "northrop-grumman"),
    ("Verizon will offer the assistant to its customers.", "verizon"),
    ("威瑞森將向用戶提供該助理。", "verizon"),
    ("威瑞森将向用户提供该助手。", "verizon"),
    ("CNCERT warned that the app collects personal data.", "cncert"),
    ("國家互聯網應急中心警告該應用收集個人資料。", "cncert"),
    ("国家互联网应急中心警告该应用收集个人数据。", "cncert"),
    ("Snap Inc. added a chatbot to Snapchat.", "snap"),
    ("LSEG data show the shares fell 3%.", "lseg"),
    ("據倫敦證券交易所集團數據，股價下跌3%。", "lseg"),
])
def test_gazetteer_world_names_are_recognised(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("The prime minister called a snap election after the vote.", "snap"),
    ("The RTX 4090 runs the model locally.", "raytheon"),
    ("他在社交媒體上分享了一段沃爾瑪之外的影片。", "snap"),
    # apps are products of their makers, not organisations (the heldout gold forbids them as nodes)
    ("Meta added the assistant to WhatsApp and Instagram.", "whatsapp"),
    ("Meta added the assistant to WhatsApp and Instagram.", "instagram"),
    ("谷歌在YouTube上推出了该功能。", "youtube"),
])
def test_gazetteer_world_names_do_not_catch_other_words(extractor, text, entity):
    assert entity not in ids(extractor, text)


# breadth from general knowledge (2023-2026): models of every significant lab, chip makers, regulators, courts,
# legislatures and executive bodies of many countries, rights holders, unions, think tanks, wires, benchmarks
@pytest.mark.parametrize("text, entity", [
    # models
    ("Databricks 發布了 DBRX。", "dbrx"),
    ("Databricks released DBRX Instruct.", "dbrx"),
    ("中科院自動化所推出紫東太初。", "zidong-taichu"),
    ("中科院自动化所推出紫东太初。", "zidong-taichu"),
    ("富士通推出 Takane 模型。", "takane"),
    ("SDAIA released ALLaM for Arabic.", "allam"),
    ("智譜發布 GLM-4.7。", "glm-4-7"),
    ("Ai2 released Tülu 3 and Molmo.", "tulu-3"),
    ("騰訊發布混元世界模型。", "hunyuanworld"),
    ("腾讯发布混元世界模型。", "hunyuanworld"),
    ("DeepSeek-V4 is expected soon.", "deepseek-v4"),
    # a version written after the family's Chinese name
    ("通義千問2.5 表現出色。", "qwen2-5"),
    ("通义千问2.5 表现出色。", "qwen2-5"),
    ("Alibaba said Qwen2.5 did well.", "qwen2-5"),
    ("千問3-Max 上線。", "qwen3-max"),
    ("千问3-Max 上线。", "qwen3-max"),
    ("百川4 表現出色。", "baichuan-4"),
    ("百川4 表现出色。", "baichuan-4"),
    ("騰訊混元T1 正式上線。", "hunyuan-t1"),
    # data-protection and competition authorities under the descriptors the press gives them
    ("荷蘭隱私監管機構警告用戶。", "dutch-dpa"),
    ("荷兰隐私监管机构警告用户。", "dutch-dpa"),
    ("The Dutch privacy watchdog warned users.", "dutch-dpa"),
    ("德國反壟斷機構展開審查。", "bundeskartellamt"),
    ("德国反垄断机构展开审查。", "bundeskartellamt"),
    ("Germany's antitrust watchdog opened a review.", "bundeskartellamt"),
    ("South Korea's data protection authority said it would ask questions.", "korea-pipc"),
    # chip makers and hardware
    ("格羅方德宣布擴產。", "globalfoundries"),
    ("GlobalFoundries will expand its fab.", "globalfoundries"),
    ("龍芯中科推出新處理器。", "loongson"),
    ("龙芯中科推出新处理器。", "loongson"),
    ("北方華創與中微公司股價上漲。", "naura"),
    ("北方华创与中微公司股价上涨。", "amec"),
    ("安世半導體的控制權之爭升溫。", "nexperia"),
    ("Astera Labs shares jumped.", "astera-labs"),
    # public bodies, courts, legislatures
    ("北京互聯網法院審理了這起AI繪圖案。", "beijing-internet-court"),
    ("北京互联网法院审理了这起AI绘图案。", "beijing-internet-court"),
    ("The Northern District of California dismissed the claim.", "ndcal"),
    ("美國眾議院司法委員會發出傳票。", "house-judiciary-committee"),
    ("美国众议院司法委员会发出传票。", "house-judiciary-committee"),
    ("立法會議員關注AI私隱問題。", "hk-legco"),
    ("立法会议员关注AI私隐问题。", "hk-legco"),
    ("監察院糾正數位發展部。", "control-yuan"),
    ("The Delhi High Court heard the news agency's case.", "delhi-high-court"),
    ("Czech cybersecurity agency NÚKIB warned against the app.", "czech-nukib"),
    ("The Paris prosecutor's office opened an inquiry.", "paris-prosecutor"),
    ("中國網絡空間安全協會點名該晶片。", "cybersecurity-association-china"),
    ("中国网络空间安全协会点名该芯片。", "cybersecurity-association-china"),
    # rights holders, unions, think tanks, outlets, benchmarks
    ("GEMA sued OpenAI over song lyrics.", "gema"),
    ("日本動畫協會對影片生成表示關切。", "aja-animation"),
    ("日本动画协会对视频生成表示关切。", "aja-animation"),
    ("The Animation Guild warned about job losses.", "animation-guild"),
    ("The Peterson Institute estimated the cost.", "piie"),
    ("Press Trust of India reported the deal.", "pti"),
    ("OpenAI measured GPT-5 on GDPval.", "gdpval"),
])
def test_gazetteer_breadth_names_are_recognised(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("芯片的计算能力大幅提升。", "sophgo"),            # 算能 inside 计算能力
    ("大家对AI的自信越来越强。", "shin-etsu"),          # 信越 inside 自信越来越
    ("介面使用友好。", "yonyou"),                       # 用友 inside 使用友好
    ("他畢業於國立台灣大學。", "taiwan-mobile"),        # 台灣大 inside 台灣大學
    ("欧盟依据反垄断法规开展调查。", "china-anti-monopoly-law"),  # 反垄断法 inside 反垄断法规
    ("機關須遵守資安法規。", "taiwan-cybersecurity-act"),          # 資安法 inside 資安法規
    ("多元象征并存。", "xverse-tech"),                  # 元象 inside 多元象征
    ("The conversation turned to robots.", "the-conversation"),
    ("Robots need physical intelligence.", "physical-intelligence"),
    ("Canadian heritage sites use the app.", "canadian-heritage"),
    ("Sonnet 4.5 is a poem about autumn.", "claude-sonnet-4-5"),   # a Claude line's short form needs Anthropic or Claude
    ("Version 2.5 Pro of the app shipped.", "gemini-2-5-pro"),
    ("V3.1 of the camera firmware shipped.", "deepseek-v3-1"),
    ("Medium 3 coffee cups sold out.", "mistral-medium-3"),
    ("他把 T1 賽車停進車庫。", "hunyuan-t1"),
])
def test_gazetteer_breadth_names_do_not_catch_other_words(extractor, text, entity):
    assert entity not in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("Anthropic 旗下的 Opus 4.1 於 GPT-5 之前發表。", "claude-opus-4-1"),
    ("Anthropic 旗下的 Opus 4.1 于 GPT-5 之前发布。", "claude-opus-4-1"),
    ("Anthropic said Sonnet 4.5 beats GPT-5 on coding.", "claude-sonnet-4-5"),
    ("Claude 家族的 Haiku 4.5 速度更快。", "claude-haiku-4-5"),
    ("Google Gemini's 1.5 Pro trails GPT-4o.", "gemini-1-5-pro"),
    ("谷歌表示 Gemini 的 2.5 Pro 表現最好。", "gemini-2-5-pro"),
    ("Mistral AI said Medium 3 beats Llama 4 Maverick.", "mistral-medium-3"),
    ("Moonshot said K2 Thinking outperforms GPT-5.", "kimi-k2-thinking"),
    ("DeepSeek 的 V3.1 超越了 R1。", "deepseek-v3-1"),
    ("深度求索（DeepSeek）發表的 V3.1 優於 R1。", "deepseek-v3-1"),
    ("騰訊的混元 T1 超越了 DeepSeek R1。", "hunyuan-t1"),
    ("腾讯的混元 T1 超越了 DeepSeek R1。", "hunyuan-t1"),
    ("MiniMax 發布 M2.1。", "minimax-m2-1"),
])
def test_gazetteer_version_short_forms_count_with_their_maker_or_family(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    # a firm whose business is publishing data, forecasts, rankings or polls is an Organization of kind analyst,
    # as the sample gold types a cited analyst firm (CITES Source -> Source|Organization); banks too
    ("據集邦科技統計，伺服器出貨成長。", "trendforce"),
    ("据集邦咨询统计，服务器出货增长。", "trendforce"),
    ("According to Gartner, spending will rise.", "gartner"),
    ("Artificial Analysis ranks the model first.", "artificial-analysis"),   # as the sample gold types it
    ("Goldman Sachs restricted staff use of ChatGPT.", "goldman-sachs"),
    ("摩根士丹利限制員工使用ChatGPT。", "morgan-stanley"),
])
def test_gazetteer_analyst_firms_are_organizations(extractor, text, entity):
    found = {m.entity_id: m.type.value for m in extractor.mentions(Normalised.of(text))}
    assert found.get(entity) == "Organization"


@pytest.mark.parametrize("text, entity", [
    # a leaderboard and its producer are a Source (kind report), as the real-news gold files type SuperCLUE and LMSYS
    ("據LMSYS排行榜，該模型排名第一。", "lmsys"),
    ("据LMSYS排行榜，该模型排名第一。", "lmsys"),
    ("据SuperCLUE榜单，该模型排名第一。", "superclue"),
])
def test_gazetteer_leaderboards_are_sources(extractor, text, entity):
    found = {m.entity_id: m.type.value for m in extractor.mentions(Normalised.of(text))}
    assert found.get(entity) == "Source"


@pytest.mark.parametrize("text, entity", [
    # the company running the arena is an Organization, as the real-news gold files type LMArena
    ("LMArena ranks the model first.", "lmarena"),
    ("Zeta-3 tops the Chatbot Arena.", "lmarena"),
    ("Zeta-3 ranks 5th on the LLM Arena leaderboard.", "lmarena"),
    ("據LMArena排行榜，該模型排名第一。", "lmarena"),
    ("据LMArena排行榜，该模型排名第一。", "lmarena"),
])
def test_gazetteer_arena_company_is_an_organization(extractor, text, entity):
    found = {m.entity_id: m.type.value for m in extractor.mentions(Normalised.of(text))}
    assert found.get(entity) == "Organization"


@pytest.mark.parametrize("text", [
    "The LLM arena is crowded this year.",   # "LLM Arena" counts only written so (cased)
    "大模型的竞技场越来越拥挤。",
])
def test_gazetteer_arena_company_not_from_ordinary_words(extractor, text):
    found = {m.entity_id for m in extractor.mentions(Normalised.of(text))}
    assert "lmarena" not in found


@pytest.mark.parametrize("text, entity", [
    # Korean, Japanese and European labs, groups and models a reader of AI news meets (session 18)
    ("LG發布了K-EXAONE。", "k-exaone"),
    ("LG发布了K-EXAONE。", "k-exaone"),
    ("LG unveiled K-EXAONE on Monday.", "k-exaone"),
    ("LG unveiled K-EXAONE on Monday.", "lg"),
    ("LG集團宣布投資。", "lg"),
    ("LG集团宣布投资。", "lg"),
    ("Mistral AI shipped Ministral 3 in three sizes.", "ministral-3"),
    ("Mistral AI發布Ministral 3。", "ministral-3"),
    ("Mistral AI发布Ministral 3 8B。", "ministral-3"),
    ("Airbus and Zeta Labs asked for a pause.", "airbus"),
    ("空中巴士要求暫停。", "airbus"),
    ("空中客车要求暂停。", "airbus"),
    ("Siemens and Philips signed the letter.", "philips"),
    ("飛利浦簽署了公開信。", "philips"),
    ("飞利浦签署了公开信。", "philips"),
    ("Korea Hydro & Nuclear Power paused the pilot.", "khnp"),
    # ministries named by their country and trade, in each script
    ("South Korea's industry ministry paused the pilot.", "motie"),
    ("韓國產業通商資源部封鎖了該應用。", "motie"),
    ("South Korea's defence ministry blocked the app.", "korea-mnd"),
    ("韓國國防部封鎖了該應用。", "korea-mnd"),
    ("韩国国防部屏蔽了该应用。", "korea-mnd"),
    ("Korea's foreign ministry blocked the app.", "korea-mofa"),
    ("韓國外交部封鎖了該應用。", "korea-mofa"),
    ("Japan's foreign ministry protested.", "jp-mofa"),
    ("日本外務省提出抗議。", "jp-mofa"),
    ("日本外务省提出抗议。", "jp-mofa"),
    ("China's defense ministry said it opposed the move.", "china-mnd"),
    ("中國國防部表示反對。", "china-mnd"),
    ("中国国防部表示反对。", "china-mnd"),
    ("Taiwan's foreign ministry responded.", "taiwan-mofa"),
    ("臺灣外交部回應。", "taiwan-mofa"),
])
def test_gazetteer_session18_entities(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    # names kept to their full forms: a piece of ordinary words names no one
    ("他想放松下来，休息一下。", "panasonic"),
    ("中通快递的业务增长。", "trumpf"),
    ("蔡司長今天表示。", "zeiss"),
    ("平安联合会议召开。", "allianz"),
    ("The lg cable is long.", "lg"),
    ("EXAONE models are open.", "k-exaone"),
    ("Mistral 3B is small.", "mistral-3"),
])
def test_gazetteer_session18_no_false_names(extractor, text, entity):
    assert entity not in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    # outlets and wires of Korea, Japan, Europe, the Gulf and the US business press (session 18)
    ("Fox Business reported that Acme raised funds.", "fox-business"),
    ("據韓國日報報導，該公司將推出新模型。", "hankook-ilbo"),
    ("据韩国日报报道，该公司将推出新模型。", "hankook-ilbo"),
    ("Hankook Ilbo reported the plan.", "hankook-ilbo"),
    ("ZDNet Korea reported the plan.", "zdnet-korea"),
    ("Europa Press reported the plan.", "europa-press"),
    ("Khaleej Times reported the plan.", "khaleej-times"),
    ("據海灣新聞報導，該國將投資AI。", "gulf-news"),
    ("据海湾新闻报道，该国将投资AI。", "gulf-news"),
    ("据纽西斯通讯社报道，该公司将推出新模型。", "newsis"),
    ("Nikkei Asian Review reported the plan.", "nikkei"),
])
def test_gazetteer_session18_outlets(extractor, text, entity):
    found = {m.entity_id: m.type.value for m in extractor.mentions(Normalised.of(text))}
    assert found.get(entity) == "Source"
