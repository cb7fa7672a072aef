"""Every relation rule has a stable id; each fact's evidence names the rule that found it."""
import pytest

from newsgraph.loaders.extract.relations import RULES
from newsgraph.schema import Article, EdgeType

A = "article-test"

# (text, the facts with the rule that finds each): every rule in the three scripts where it applies
CASES = [
    ("阿里巴巴發佈了Qwen3。", {("RELEASED", "alibaba", "qwen3", "released.cue")}),
    ("阿里巴巴发布了Qwen3。", {("RELEASED", "alibaba", "qwen3", "released.cue")}),
    ("Alibaba released Qwen3 on Tuesday.", {("RELEASED", "alibaba", "qwen3", "released.cue")}),
    ("Qwen3由阿里巴巴研發。", {("RELEASED", "alibaba", "qwen3", "released.passive")}),
    ("Qwen3由阿里巴巴研发。", {("RELEASED", "alibaba", "qwen3", "released.passive")}),
    ("Qwen3, developed by Alibaba, is popular.", {("RELEASED", "alibaba", "qwen3", "released.passive")}),
    ("Qwen3是阿里巴巴的最新開源模型。", {("RELEASED", "alibaba", "qwen3", "released.appositive")}),
    ("Qwen3是阿里巴巴的最新开源模型。", {("RELEASED", "alibaba", "qwen3", "released.appositive")}),
    ("Qwen3, Alibaba's newest model, is popular.", {("RELEASED", "alibaba", "qwen3", "released.appositive")}),
    ("阿里巴巴很忙。4月29日，Qwen3正式發布。", {("RELEASED", "alibaba", "qwen3", "released.subject_only")}),
    ("阿里巴巴很忙。4月29日，Qwen3正式发布。", {("RELEASED", "alibaba", "qwen3", "released.subject_only")}),
    ("Alibaba is busy. Qwen3 was released on Tuesday.", {("RELEASED", "alibaba", "qwen3", "released.subject_only")}),
    ("歐盟通過了《數位市場法》。", {("RELEASED", "eu", "dma", "released.enacted")}),
    ("欧盟通过了《数字市场法》。", {("RELEASED", "eu", "dma", "released.enacted")}),
    ("The EU approved the AI Act.", {("RELEASED", "eu", "eu-ai-act", "released.enacted")}),
    ("《國務院關於加快示例產業發展的意見》近日發布。",
     {("RELEASED", "state-council", "国务院关于加快示例产业发展的意见", "released.titled")}),
    ("《国务院关于加快示例产业发展的意见》近日发布。",
     {("RELEASED", "state-council", "国务院关于加快示例产业发展的意见", "released.titled")}),
    ("阿里巴巴 Qwen3很受歡迎。", {("RELEASED", "alibaba", "qwen3", "released.juxtaposed")}),
    ("阿里巴巴Qwen3很受欢迎。", {("RELEASED", "alibaba", "qwen3", "released.juxtaposed")}),
    ("OpenAI GPT-5 is popular.", {("RELEASED", "openai", "gpt-5", "released.juxtaposed")}),
    ("阿里巴巴的Qwen3很受歡迎。", {("RELEASED", "alibaba", "qwen3", "released.possessive")}),
    ("阿里巴巴的Qwen3很受欢迎。", {("RELEASED", "alibaba", "qwen3", "released.possessive")}),
    ("Alibaba's Qwen3 is popular.", {("RELEASED", "alibaba", "qwen3", "released.possessive")}),
    ("Alibaba, the maker of Qwen3, is busy.", {("RELEASED", "alibaba", "qwen3", "released.maker_of")}),
    ("Qwen3的開發者阿里巴巴很忙。", {("RELEASED", "alibaba", "qwen3", "released.developer")}),
    ("Qwen3的开发者阿里巴巴很忙。", {("RELEASED", "alibaba", "qwen3", "released.developer")}),
    ("Qwen3 by Alibaba is popular.", {("RELEASED", "alibaba", "qwen3", "released.developer")}),
    ("阿里巴巴今天談到自研的Qwen3。", {("RELEASED", "alibaba", "qwen3", "released.known_developer")}),
    ("阿里巴巴今天谈到自研的Qwen3。", {("RELEASED", "alibaba", "qwen3", "released.known_developer")}),
    ("Alibaba talked about its own Qwen3 today.", {("RELEASED", "alibaba", "qwen3", "released.known_developer")}),
    ("Qwen3擊敗了gpt-oss。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.cue")}),
    ("Qwen3击败了gpt-oss。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.cue")}),
    ("Qwen3 beats gpt-oss.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.cue")}),
    ("gpt-oss落後於Qwen3。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.reversed")}),
    ("gpt-oss落后于Qwen3。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.reversed")}),
    ("gpt-oss trails Qwen3.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.reversed")}),
    ("gpt-oss被Qwen3超越。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.passive")}),
    ("gpt-oss被千問3超過。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.passive")}),
    ("gpt-oss was beaten by Qwen3.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.passive")}),
    ("Qwen3比gpt-oss更強。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.comparative")}),
    ("Qwen3比gpt-oss更强。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.comparative")}),
    ("Qwen3 is faster than gpt-oss.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.comparative")}),
    ("Qwen3 scores 60%, a 10% improvement over gpt-oss.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.gain")}),
    ("與gpt-oss相比，Qwen3更強。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.compared")}),
    ("与gpt-oss相比，Qwen3更强。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.compared")}),
    ("Compared with gpt-oss, Qwen3 is faster.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.compared")}),
    ("gpt-oss得分80。Qwen3則以85分略勝一籌。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.implicit")}),
    ("gpt-oss得分80。Qwen3则以85分略胜一筹。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.implicit")}),
    ("gpt-oss scored 80 on AIME. Qwen3, with 85, came out ahead.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.implicit")}),
    ("Qwen3得分80，而gpt-oss僅為75。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.score")}),
    ("Qwen3得分80，而gpt-oss仅为75。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.score")}),
    ("Qwen3 scored 80; gpt-oss only 75.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.score")}),
    ("榜單中，Qwen3排名第一，其次是gpt-oss。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.ranked")}),
    ("榜单中，Qwen3排名第一，其次是gpt-oss。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.ranked")}),
    ("Qwen3 ranked first, followed by gpt-oss.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.ranked")}),
    ("Qwen3在數學上實現對gpt-oss的超越。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.nominal")}),
    ("Qwen3在数学上实现对gpt-oss的超越。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.nominal")}),
    ("Qwen3將gpt-oss甩在身後。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.left_behind")}),
    ("Qwen3将gpt-oss甩在身后。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.left_behind")}),
    ("Qwen3 left gpt-oss behind.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.left_behind")}),
    ("Qwen3得分80%，gpt-oss得分75%，GPT-4o得分70%。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.score_table"),
                                                  ("OUTPERFORMS", "qwen3", "gpt-4o", "outperforms.score_table")}),
    ("Qwen3 scored 80%, gpt-oss scored 75% and GPT-4o scored 70%.",
     {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.score_table"), ("OUTPERFORMS", "qwen3", "gpt-4o", "outperforms.score_table")}),
    ("在Qwen3、gpt-oss和GPT-4o中，Qwen3表現最好。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.superlative"),
                                                 ("OUTPERFORMS", "qwen3", "gpt-4o", "outperforms.superlative")}),
    ("Qwen3 is the best among gpt-oss and GPT-4o.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.superlative"),
                                                     ("OUTPERFORMS", "qwen3", "gpt-4o", "outperforms.superlative")}),
    ("Qwen3在MMLU上得分85；gpt-oss得分80，GPT-4o得分78。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.score_carried"),
                                                     ("OUTPERFORMS", "qwen3", "gpt-4o", "outperforms.score_carried")}),
    ("Qwen3 scored 85 on MMLU. gpt-oss scored 80 and GPT-4o 78.",
     {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.score_carried"), ("OUTPERFORMS", "qwen3", "gpt-4o", "outperforms.score_carried")}),
    ("| Test | Qwen3 | gpt-oss |\n|---|---|---|\n| MMLU | 85 | 80 |\n", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.table")}),
    ("| 模型 | 得分 |\n|---|---|\n| Qwen3 | 85 |\n| gpt-oss | 80 |\n", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.table")}),
    ("Qwen3排名第一，gpt-oss第二。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.ordinal")}),
    ("Qwen3 was first and gpt-oss second.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.ordinal")}),
    ("Qwen3 leads gpt-oss on math.", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.direct")}),
    ("Qwen3以68分居首。gpt-oss與GPT-4o分別60與59分。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.ranked_carried"),
                                                ("OUTPERFORMS", "qwen3", "gpt-4o", "outperforms.ranked_carried")}),
    ("Qwen3以68分居首。尾端为gpt-oss (54) 与GPT-4o (36)。", {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.ranked_carried"),
                                                   ("OUTPERFORMS", "qwen3", "gpt-4o", "outperforms.ranked_carried")}),
    ("Qwen3 ranked first with 68 points. gpt-oss and GPT-4o scored 60 and 59 respectively.",
     {("OUTPERFORMS", "qwen3", "gpt-oss", "outperforms.ranked_carried"), ("OUTPERFORMS", "qwen3", "gpt-4o", "outperforms.ranked_carried")}),
    ("彭博社表示，新模型很便宜。", {("CITES", A, "bloomberg", "cites.says")}),
    ("彭博社表示，新模型很便宜。", {("CITES", A, "bloomberg", "cites.says")}),
    ("Bloomberg said the model is cheap.", {("CITES", A, "bloomberg", "cites.says")}),
    ("The model is cheap, said Reuters.", {("CITES", A, "reuters", "cites.said_by")}),
    ("據路透社報道，價格下降。", {("CITES", A, "reuters", "cites.according_to")}),
    ("据路透社报道，价格下降。", {("CITES", A, "reuters", "cites.according_to")}),
    ("According to Reuters, prices fell.", {("CITES", A, "reuters", "cites.according_to")}),
    ("示例公司告訴路透社，價格下降。", {("CITES", A, "reuters", "cites.told")}),
    ("示例公司告诉路透社，价格下降。", {("CITES", A, "reuters", "cites.told")}),
    ("Prices fell, the chief executive told Reuters.", {("CITES", A, "reuters", "cites.told")}),
    ("路透社記者測試了這款聊天機器人。", {("CITES", A, "reuters", "cites.reporter")}),
    ("路透社记者测试了这款聊天机器人。", {("CITES", A, "reuters", "cites.reporter")}),
    ("Reuters reporters tested the chatbot.", {("CITES", A, "reuters", "cites.reporter")}),
    ("清華大學的研究團隊發現，該方法有效。", {("CITES", A, "tsinghua-university", "cites.researchers")}),
    ("清华大学的研究团队发现，该方法有效。", {("CITES", A, "tsinghua-university", "cites.researchers")}),
    ("Researchers at Stanford found that the method works.", {("CITES", A, "stanford-university", "cites.researchers")}),
    ("智源研究院公布了評測報告。", {("CITES", A, "baai", "cites.report")}),
    ("智源研究院公布了评测报告。", {("CITES", A, "baai", "cites.report")}),
    ("A Gartner survey of buyers came out.", {("CITES", A, "gartner", "cites.report")}),
    ("The firm was founded in 2023 by a hedge fund (via Bloomberg).", {("CITES", A, "bloomberg", "cites.via")}),
    ("（法新社巴黎4日電）展會今天開幕。", {("CITES", A, "afp", "cites.byline")}),
    ("（法新社巴黎4日电）展会今天开幕。", {("CITES", A, "afp", "cites.byline")}),
    ("PARIS, May 4 (AFP) - The fair opened today.", {("CITES", A, "afp", "cites.byline")}),
    ("DeepSeek令英偉達擔憂。", {("WORRIES", "deepseek", "nvidia", "worries.causative")}),
    ("DeepSeek令英伟达担忧。", {("WORRIES", "deepseek", "nvidia", "worries.causative")}),
    ("DeepSeek震驚了英偉達。", {("WORRIES", "deepseek", "nvidia", "worries.cue")}),
    ("DeepSeek震惊了英伟达。", {("WORRIES", "deepseek", "nvidia", "worries.cue")}),
    ("DeepSeek rattled Nvidia.", {("WORRIES", "deepseek", "nvidia", "worries.cue")}),
    ("DeepSeek poses a threat to Nvidia.", {("WORRIES", "deepseek", "nvidia", "worries.cue")}),
    ("DeepSeek對英偉達構成威脅。", {("WORRIES", "deepseek", "nvidia", "worries.poses")}),
    ("DeepSeek对英伟达构成威胁。", {("WORRIES", "deepseek", "nvidia", "worries.poses")}),
    ("英偉達視DeepSeek為威脅。", {("WORRIES", "deepseek", "nvidia", "worries.sees_as_threat")}),
    ("英伟达视DeepSeek为威胁。", {("WORRIES", "deepseek", "nvidia", "worries.sees_as_threat")}),
    ("英偉達擔憂DeepSeek。", {("WORRIES", "deepseek", "nvidia", "worries.experiencer")}),
    ("英伟达担忧DeepSeek。", {("WORRIES", "deepseek", "nvidia", "worries.experiencer")}),
    ("Nvidia is worried about DeepSeek.", {("WORRIES", "deepseek", "nvidia", "worries.experiencer")}),
    ("為防洩密，英偉達禁止員工使用DeepSeek。", {("WORRIES", "deepseek", "nvidia", "worries.ban")}),
    ("为防泄密，英伟达禁止员工使用DeepSeek。", {("WORRIES", "deepseek", "nvidia", "worries.ban")}),
    ("Nvidia banned DeepSeek, citing security risks.", {("WORRIES", "deepseek", "nvidia", "worries.ban")}),
    ("英偉達由於DeepSeek帶來的不確定性而下調預期。", {("WORRIES", "deepseek", "nvidia", "worries.brought")}),
    ("英偉達對DeepSeek展開調查，以防洩密。", {("WORRIES", "deepseek", "nvidia", "worries.probe")}),
    ("英伟达对DeepSeek展开调查，以防泄密。", {("WORRIES", "deepseek", "nvidia", "worries.probe")}),
    ("英伟达由于DeepSeek带来的不确定性而下调预期。", {("WORRIES", "deepseek", "nvidia", "worries.brought")}),
    ("數位發展部檢測發現，DeepSeek存在資安風險。", {("WORRIES", "deepseek", "moda", "worries.found")}),
    ("数位发展部检测发现，DeepSeek存在资安风险。", {("WORRIES", "deepseek", "moda", "worries.found")}),
    ("ChatGPT has drawn scrutiny from the EDPB.", {("WORRIES", "chatgpt", "edpb", "worries.scrutiny")}),
    ("ChatGPT受到歐洲數據保護委員會的審查。", {("WORRIES", "chatgpt", "edpb", "worries.scrutiny")}),
    ("ChatGPT受到欧洲数据保护委员会的审查。", {("WORRIES", "chatgpt", "edpb", "worries.scrutiny")}),
    ("RSF urged Apple to scrap Apple Intelligence.", {("WORRIES", "apple-intelligence", "rsf", "worries.urged")}),
    ("無國界記者呼籲蘋果下架Apple Intelligence。", {("WORRIES", "apple-intelligence", "rsf", "worries.urged")}),
    ("无国界记者呼吁苹果下架Apple Intelligence。", {("WORRIES", "apple-intelligence", "rsf", "worries.urged")}),
    ("基於對DeepSeek的資安疑慮，韓國暫停了該應用的下載。", {("WORRIES", "deepseek", "south-korea", "worries.concern")}),
    ("对DeepSeek的隐私担忧促使意大利屏蔽了该应用。", {("WORRIES", "deepseek", "italy", "worries.concern")}),
    ("Privacy concerns over DeepSeek prompted Italy to act.", {("WORRIES", "deepseek", "italy", "worries.concern")}),
    ("谷歌批評《人工智能法案》。", {("WORRIES", "eu-ai-act", "google", "worries.opposed")}),
    ("谷歌批评《人工智能法案》。", {("WORRIES", "eu-ai-act", "google", "worries.opposed")}),
    ("Google opposed the AI Act.", {("WORRIES", "eu-ai-act", "google", "worries.opposed")}),
    ("英偉達稱，AI擴散規則將損害美國的領導地位。", {("WORRIES", "ai-diffusion-rule", "nvidia", "worries.harms")}),
    ("英伟达称，AI扩散规则将损害美国的领导地位。", {("WORRIES", "ai-diffusion-rule", "nvidia", "worries.harms")}),
    ("Nvidia said the AI Diffusion Rule would hurt exports.", {("WORRIES", "ai-diffusion-rule", "nvidia", "worries.harms")}),
    ("DeepSeek的隱私問題促使義大利禁用該應用。", {("WORRIES", "deepseek", "italy", "worries.prompted")}),
    ("DeepSeek的隐私问题促使意大利禁用该应用。", {("WORRIES", "deepseek", "italy", "worries.prompted")}),
    ("Privacy concerns led the Garante to block DeepSeek.", {("WORRIES", "deepseek", "garante", "worries.prompted")}),
    ("國務院近日印發新文件。《國務院關於深入實施人工智能行動的意見》提出六大領域。",
     {("RELEASED", "state-council", "国务院关于深入实施人工智能行动的意见", "released.titled")}),
    ("国务院近日印发新文件。《国务院关于深入实施人工智能行动的意见》提出六大领域。",
     {("RELEASED", "state-council", "国务院关于深入实施人工智能行动的意见", "released.titled")}),
    ("The FTC found that DeepSeek poses security risks.", {("WORRIES", "deepseek", "ftc", "worries.found")}),
    # nothing to find: the cue is negated, hedged, or no rule applies
    ("阿里巴巴並未發佈Qwen3。", set()),
    ("Qwen3 could beat gpt-oss.", set()),
    ("Qwen3与gpt-oss不相上下。", set()),
]


@pytest.fixture(scope="module")
def ruled(extractor):
    def run(text):
        found = extractor.extract(Article(id=A, title="test", text=text))
        return {(e.type.value, e.source, e.target, ev.rule) for e in found.edges
                if e.type.value not in ("MENTIONS", "PUBLISHED") for ev in e.evidence}
    return run


@pytest.mark.parametrize("text, expected", CASES)
def test_rule_ids_name_the_rule_that_found_each_fact(ruled, text, expected):
    assert ruled(text) == expected


def test_rule_ids_every_rule_has_a_case():
    covered = {rule for _, facts in CASES for *_, rule in facts}
    assert {r.id for r in RULES} <= covered


def test_rule_ids_are_unique_and_named_by_their_edge_type():
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        edge_type = EdgeType(rule.type)
        assert rule.id.split(".")[0] == edge_type.value.lower() and 0 < rule.confidence <= 1
