"""WORRIES stated by acts, in three scripts: a ban announced as decided, lawsuits by any organisation, a probe
opened right after a suspicion, a probe of a deal (both sides), a probed maker with its product in apposition, a
headline's probe. Each class with cases that must find nothing (hedged, planned,
negated, denied, an evaluation)."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a ban announced as decided ("will", 将): only speculation is hedged
    ("美國眾議院將禁止員工使用ChatGPT。", {("chatgpt", "us-house", "worries.ban")}),
    ("美国众议院将禁止员工使用ChatGPT。", {("chatgpt", "us-house", "worries.ban")}),
    ("The US House will bar staff from using ChatGPT.", {("chatgpt", "us-house", "worries.ban")}),
    ("摩根大通已封阻ChatGPT。", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("摩根大通已停用ChatGPT。", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("JPMorgan is blocking ChatGPT.", {("chatgpt", "jpmorgan", "worries.ban")}),
    # must find nothing: hedged, planned, wanted, denied
    ("美國眾議院可能禁止員工使用ChatGPT。", set()),
    ("美国众议院计划禁止员工使用ChatGPT。", set()),
    ("The US House may bar staff from using ChatGPT.", set()),
    ("The US House plans to bar staff from using ChatGPT.", set()),
    ("The US House wants to bar staff from using ChatGPT.", set()),
    ("The US House will not bar staff from using ChatGPT.", set()),
])
def test_worries_announced_ban(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a regulator opening a case (立案) against a company
    ("美國聯邦貿易委員會對OpenAI立案調查。", {("openai", "ftc", "worries.probe")}),
    ("美国联邦贸易委员会对OpenAI立案调查。", {("openai", "ftc", "worries.probe")}),
    ("The FTC opened an investigation into OpenAI.", {("openai", "ftc", "worries.ban")}),
    # a lawsuit: any organisation suing is worried by whom it sues
    ("迪士尼控告Midjourney侵犯版權。", {("midjourney", "disney", "worries.probe")}),
    ("迪士尼起诉Midjourney侵犯版权。", {("midjourney", "disney", "worries.probe")}),
    ("Disney sued Midjourney over copyright.", {("midjourney", "disney", "worries.probe")}),
    ("Disney filed a lawsuit against Midjourney.", {("midjourney", "disney", "worries.probe")}),
    ("微软起诉谷歌，指其侵犯专利。", {("google", "microsoft", "worries.probe")}),  # a company's lawsuit: a worry too
    # must find nothing: a lawsuit only threatened or denied; a company assessing a model (an evaluation)
    ("迪士尼可能起诉Midjourney。", set()),
    ("Disney may sue Midjourney.", set()),
    ("Disney did not sue Midjourney.", set()),
    ("OpenAI has been assessing Claude's performance in coding, writing, and security.", set()),
])
def test_worries_cases_and_lawsuits(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a probe opened with no object, after a suspicion in the clause or the sentence before
    ("OpenAI涉嫌違反隱私法規，義大利資料保護局已展開調查。", {("openai", "garante", "worries.suspected")}),
    ("OpenAI涉嫌违反隐私法规，意大利数据保护局已展开调查。", {("openai", "garante", "worries.suspected")}),
    ("OpenAI is suspected of breaching privacy rules; the Garante opened an investigation.",
     {("openai", "garante", "worries.suspected")}),
    ("OpenAI is suspected of breaching privacy rules. The Garante opened an investigation on Monday.",
     {("openai", "garante", "worries.suspected")}),
    # must find nothing: no suspicion stated, the probe hedged or negated
    ("OpenAI may have breached privacy rules. The Garante opened an investigation.", set()),
    ("OpenAI涉嫌违反隐私法规，意大利数据保护局可能展开调查。", set()),
    ("OpenAI涉嫌違反隱私法規，義大利資料保護局並未展開調查。", set()),
    ("OpenAI is suspected of breaching privacy rules; the Garante could open an investigation.", set()),
])
def test_worries_suspected(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a probe of a deal is into both sides
    ("英國競爭及市場管理局正在審查微軟與OpenAI的合作關係。", {("microsoft", "cma", "worries.probe"), ("openai", "cma", "worries.probe")}),
    ("英国竞争与市场管理局正在审查微软与OpenAI的合作关系。", {("microsoft", "cma", "worries.probe"), ("openai", "cma", "worries.probe")}),
    ("The CMA is reviewing Microsoft's partnership with OpenAI.",
     {("microsoft", "cma", "worries.probe"), ("openai", "cma", "worries.probe")}),
    ("The CMA is reviewing the partnership between Microsoft and OpenAI.",
     {("microsoft", "cma", "worries.probe"), ("openai", "cma", "worries.probe")}),
    # a probed maker and the product an appositive names
    ("The FTC is investigating OpenAI, the company behind ChatGPT.",
     {("openai", "ftc", "worries.ban"), ("chatgpt", "ftc", "worries.ban")}),
    # a headline without articles
    ("OpenAI Faces FTC Probe Over Consumer Risks", {("openai", "ftc", "worries.scrutiny")}),
    # must find nothing: a company weighing its own deal; a hedged review
    ("微软正在评估与OpenAI的合作。", set()),
    ("The CMA could review Microsoft's partnership with OpenAI.", set()),
    ("OpenAI Could Face FTC Probe", set()),
])
def test_worries_deals_and_makers(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company shut out of a service by anyone
    ("OpenAI暫停了字節跳動的帳戶。", {("bytedance", "openai", "worries.ban")}),
    ("OpenAI暂停了字节跳动的账户。", {("bytedance", "openai", "worries.ban")}),
    ("OpenAI suspended ByteDance's account.", {("bytedance", "openai", "worries.ban")}),
    ("Anthropic cut off OpenAI's access to Claude.", {("openai", "anthropic", "worries.ban")}),
    # a demand that a company stop what it does
    ("迪士尼要求Midjourney停止使用其角色。", {("midjourney", "disney", "worries.probe")}),
    ("迪士尼呼籲Midjourney停止使用其角色。", {("midjourney", "disney", "worries.probe")}),
    ("Disney asked Midjourney to stop using its characters.", {("midjourney", "disney", "worries.probe")}),
    # must find nothing: hedged, negated (a company asking its own staff: what they use worries it, not they)
    ("OpenAI可能暫停字節跳動的帳戶。", set()),
    ("OpenAI may suspend ByteDance's account.", set()),
    ("OpenAI did not suspend ByteDance's account.", set()),
    ("OpenAI要求员工停止使用Claude。", {("claude", "openai", "worries.experiencer")}),  # the staff are no cause
    ("OpenAI asked employees to stop using Claude.", {("claude", "openai", "worries.urged")}),
    ("Disney may ask Midjourney to stop using its characters.", set()),
])
def test_worries_accounts_and_stop_demands(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # lists of accused or probed companies over commas
    ("Anthropic指控DeepSeek、月之暗面和MiniMax蒸餾Claude。",
     {("deepseek", "anthropic", "worries.found"), ("moonshot-ai", "anthropic", "worries.found"), ("minimax", "anthropic", "worries.found")}),
    ("美国联邦贸易委员会对OpenAI、谷歌和Meta展开调查。",
     {("openai", "ftc", "worries.probe"), ("google", "ftc", "worries.probe"), ("meta", "ftc", "worries.probe")}),
    ("Anthropic accused DeepSeek, Moonshot AI and MiniMax of distilling its models.",
     {("deepseek", "anthropic", "worries.found"), ("moonshot-ai", "anthropic", "worries.found"), ("minimax", "anthropic", "worries.found")}),
    ("The FTC is examining OpenAI, Google and Meta over chatbot safety.",
     {("openai", "ftc", "worries.probe"), ("google", "ftc", "worries.probe"), ("meta", "ftc", "worries.probe")}),
    # a probe into a company's conduct: the one who acts, not the product it acts in
    ("歐盟委員會對Meta在WhatsApp中排擠對手的行為展開調查。", {("meta", "european-commission", "worries.probe")}),
    ("欧盟委员会对Meta在WhatsApp中排挤对手的行为展开调查。", {("meta", "european-commission", "worries.probe")}),
    # must find nothing: the list hedged, a speech frame after the one probed company
    ("Anthropic may accuse DeepSeek, Moonshot AI and MiniMax of distilling its models.", set()),
    ("The FTC could examine OpenAI, Google and Meta over chatbot safety.", set()),
    ("美国联邦贸易委员会可能对OpenAI、谷歌和Meta展开调查。", set()),
])
def test_worries_listed_objects(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company banning the use of another company's product: a worry with no reason stated
    ("微軟禁止員工使用DeepSeek。", {("deepseek", "microsoft", "worries.ban")}),
    ("微软禁止员工使用DeepSeek。", {("deepseek", "microsoft", "worries.ban")}),
    ("Microsoft banned employees from using DeepSeek.", {("deepseek", "microsoft", "worries.ban")}),
    # must find nothing: a maker kept from selling, a company's sales restricted, an armed service the tool does not know
    ("Microsoft restricted Nvidia's sales.", set()),
    ("美国限制英伟达的芯片出口。", set()),
    ("The US Navy has banned its members from using DeepSeek.", set()),
    ("微软可能禁止员工使用DeepSeek。", set()),
    ("Microsoft may ban employees from using DeepSeek.", set()),
])
def test_worries_use_bans(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place owning the name after it only says whose it is: the owned name is what worries
    ("意大利禁用了中國的DeepSeek。", {("deepseek", "italy", "worries.ban")}),
    ("意大利禁用了中国的DeepSeek。", {("deepseek", "italy", "worries.ban")}),
    ("Italy banned China's DeepSeek.", {("deepseek", "italy", "worries.ban")}),
    ("South Korea joins Italy in halting downloads of China's DeepSeek.",
     {("deepseek", "italy", "worries.ban"), ("deepseek", "south-korea", "worries.joined")}),
    # must find nothing: an unnamed regulator of a country is not the country
    ("US regulator investigates OpenAI over harm to consumers.", set()),
    ("美國某監管機構調查OpenAI。", set()),
])
def test_worries_places_as_owners(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("title, expected", [
    ("數發部禁用DeepSeek 公務機關不得使用", {("deepseek", "moda", "worries.ban")}),
    ("数发部禁用DeepSeek 公务机关不得使用", {("deepseek", "moda", "worries.ban")}),
    ("OpenAI Faces FTC Probe Over Consumer Risks", {("openai", "ftc", "worries.scrutiny")}),
    # must find nothing: a question, a hedge, a title the body repeats (its sentence is the evidence)
    ("Will Italy ban DeepSeek?", set()),
    ("義大利會禁用DeepSeek嗎？", set()),
    ("Italy may ban DeepSeek", set()),
])
def test_worries_stated_by_a_headline(extractor, title, expected):
    from newsgraph.schema import Article

    found = extractor.extract(Article(id="article-test", title=title, text="The story goes on here. Nothing else."))
    worries = [e for e in found.edges if e.type.value == "WORRIES"]
    assert {(e.source, e.target, e.evidence[0].rule) for e in worries} == expected
    for edge in worries:
        assert [(ev.sentence, ev.start, ev.end) for ev in edge.evidence] == [(title, 0, 0)]
    assert {e.target for e in found.edges if e.type.value == "MENTIONS"} >= {n for e in worries for n in (e.source, e.target)}


def test_worries_headline_repeated_in_the_body_is_read_once(extractor):
    from newsgraph.schema import Article

    title = "Italy bans DeepSeek over privacy concerns"
    found = extractor.extract(Article(id="article-test", title=title, text=title + ".\n\nThe story goes on."))
    [edge] = [e for e in found.edges if e.type.value == "WORRIES"]
    assert [(ev.start, ev.end) for ev in edge.evidence] == [(0, len(title) + 1)]


@pytest.mark.parametrize("text, expected", [
    # a threat to security a party states: a company it names worries it
    ("數位發展部指DeepSeek危害國家資通安全。", {("deepseek", "moda", "worries.harms")}),
    ("数位发展部指DeepSeek危害国家资通安全。", {("deepseek", "moda", "worries.harms")}),
    ("The Pentagon said DeepSeek threatens national security.", {("deepseek", "pentagon", "worries.harms")}),
    # must find nothing: denied, a company's threat to a business (no security harm), importance to security
    ("數位發展部表示，DeepSeek不會危害國家安全。", set()),
    ("The Pentagon said DeepSeek does not threaten national security.", set()),
    ("Nvidia said OpenAI threatens its business.", set()),
    ("The Pentagon said Nvidia's chips are vital to national security.", set()),
])
def test_worries_security_harms(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


def test_headline_facts_of_every_type_resolve_the_article():
    """A headline citing a source ("據路透社報道，…") gives a CITES from the article itself, never an unknown node."""
    from newsgraph.loaders.extract import RuleExtractor
    from newsgraph.schema import Article

    class EveryType(RuleExtractor):
        TITLE_TYPES = frozenset({"WORRIES", "RELEASED", "OUTPERFORMS", "CITES"})

    found = EveryType().extract(Article(id="article-test", title="據路透社報道，阿里巴巴發佈了Qwen3",
                                        text="The story goes on here."))
    assert ("CITES", "article-test", "reuters") in {(e.type.value, e.source, e.target) for e in found.edges}
