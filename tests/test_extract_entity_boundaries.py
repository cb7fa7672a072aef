"""Where a name starts and ends: an abbreviation's full stop inside the patterns rules write in code and at a legal
form closing a sentence, a chain of descriptors before a party's name, two unknown companies coordinated, a known
model with a prefix glued to it, a model the gazetteer lacks next to a known one (no antecedent for "it"), and
words that only look like names (a heading, a suffix opening a term, the end of a name after "&")."""
import pytest

from newsgraph.loaders.extract.sentences import sentence_spans
from newsgraph.schema import Article


@pytest.mark.parametrize("kind, text, expected", [
    # an apposition holding "U.S." between the suer and its act (worries._APPOSED, _qualifies_company)
    ("WORRIES", "Ziff Davis, a U.S. publisher, sued OpenAI over copying.",
     {("openai", "ziff-davis", "worries.probe")}),
    ("WORRIES", "Ziff Davis, a U.S. media group, has brought a lawsuit against OpenAI. Lodged in a state court, the "
                "lawsuit alleges OpenAI used the group's reviews to build the system behind the chatbot ChatGPT.",
     {("chatgpt", "ziff-davis", "worries.alleged")}),
    # a legal form's full stop before a capitalised name ends the sentence: the next sentence's name is no defendant
    ("WORRIES", "The New York Times sued OpenAI Inc. Perplexity said it would fight the case.",
     {("openai", "organization-nyt", "worries.probe")}),
    ("WORRIES", "纽约时报起诉了OpenAI Inc.。Perplexity表示将应诉。", {("openai", "organization-nyt", "worries.probe")}),
    ("WORRIES", "紐約時報起訴了OpenAI Inc.。Perplexity表示將應訴。", {("openai", "organization-nyt", "worries.probe")}),
    # a chain of descriptors before the party's name adds no distance (names.party_descriptors)
    ("WORRIES", "The New York Times sued Canadian AI-driven answer engine Perplexity over copying.",
     {("perplexity", "organization-nyt", "worries.probe")}),
    ("WORRIES", "Italy's privacy watchdog fined the Amazon-funded generative AI company OpenAI over data.",
     {("openai", "garante", "worries.probe")}),
    ("WORRIES", "纽约时报起诉了美国人工智能驱动的搜索引擎Perplexity。", {("perplexity", "organization-nyt", "worries.probe")}),
    ("WORRIES", "紐約時報起訴了美國人工智慧驅動的搜尋引擎Perplexity。", {("perplexity", "organization-nyt", "worries.probe")}),
    ("CITES", "According to British independent AI research group Epoch AI, Gemini 3 leads GPT-5.",
     {("article-test", "epoch-ai", "cites.according_to")}),
    ("CITES", "据美国非营利人工智能研究机构Epoch AI的报告，Gemini 3领先GPT-5。", {("article-test", "epoch-ai", "cites.says")}),
    ("CITES", "據美國非營利人工智慧研究機構Epoch AI的報告，Gemini 3領先GPT-5。", {("article-test", "epoch-ai", "cites.says")}),
    ("CITES", "According to a British AI research group, Gemini 3 leads GPT-5.", set()),
    # a name after a start-up noun, ending in its trade, is the subject of the release
    ("RELEASED", "人工智能初创公司星衡科技发布了Zen-2。", {("星衡科技", "zen-2", "released.cue")}),
    ("RELEASED", "人工智慧新創公司星衡智能發布了Zen-2。", {("星衡智能", "zen-2", "released.cue")}),
    # must find nothing: the place only says where an unnamed company is
    ("WORRIES", "The New York Times sued a U.S. AI-powered search engine over copying.", set()),
    ("WORRIES", "纽约时报起诉了一家美国人工智能搜索引擎。", set()),
    ("WORRIES", "紐約時報起訴了一家美國人工智慧搜尋引擎。", set()),
    # two companies the gazetteer lacks, coordinated: two organisations, each with its edge
    ("WORRIES", "Zentra AI and Borka Labs warned that the Orion Act would hurt startups.",
     {("orion-act", "zentra-ai", "worries.experiencer"), ("orion-act", "borka-labs", "worries.experiencer")}),
    ("WORRIES", "Borka Labs and Zentra AI warned that the Orion Act would hurt startups.",
     {("orion-act", "zentra-ai", "worries.experiencer"), ("orion-act", "borka-labs", "worries.experiencer")}),
    ("WORRIES", "Zentra AI 和 Borka Labs 警告称，《奥里昂法案》会伤害初创企业。",
     {("奥里昂法案", "zentra-ai", "worries.harms"), ("奥里昂法案", "borka-labs", "worries.harms")}),
    ("WORRIES", "Zentra AI 與 Borka Labs 警告稱，《奧里昂法案》會傷害新創企業。",
     {("奥里昂法案", "zentra-ai", "worries.harms"), ("奥里昂法案", "borka-labs", "worries.harms")}),
    # a capital glued before a known model's name by a hyphen names a model of its own
    ("RELEASED", "LG AI Research released K-EXAONE on Monday.", {("lg-ai-research", "k-exaone", "released.cue")}),
    ("RELEASED", "LG AI研究院发布了K-EXAONE。", {("lg-ai-research", "k-exaone", "released.cue")}),
    ("RELEASED", "LG AI研究院發佈了K-EXAONE。", {("lg-ai-research", "k-exaone", "released.cue")}),
    # a model-shaped name the gazetteer lacks next to a known one: "it" may be either, so nothing
    ("OUTPERFORMS", "Borka 2 was compared with GPT-4o. It beats Claude 3 in coding.", set()),
    ("OUTPERFORMS", "星衡发布了Borka 2，并与GPT-4o对比。它在编程上超过了Claude 3。", set()),
    ("OUTPERFORMS", "星衡發布了Borka 2，並與GPT-4o對比。它在程式設計上超過了Claude 3。", set()),
    # …but a word that names no model ("Phase 3") leaves the one model the antecedent
    ("OUTPERFORMS", "GPT-5 was tested in Phase 3 trials. It beats Claude 3 in coding.",
     {("gpt-5", "claude-3", "outperforms.cue")}),
    ("OUTPERFORMS", "Alibaba released Qwen3 on Monday. It beats Claude 3 in coding.",
     {("qwen3", "claude-3", "outperforms.cue")}),
])
def test_entity_boundaries(ruled, kind, text, expected):
    assert ruled(kind, text) == expected


@pytest.mark.parametrize("text, present, absent", [
    # capitalised words joined by "&" speaking are one company, a place opening it part of its name
    ("The state utility Norway Wind & Solar Power said it had stopped using Zeta-3.", "norway-wind-solar-power",
     "norway"),
    ("国营的Norway Wind & Solar Power表示已停用Zeta-3。", "norway-wind-solar-power", "norway"),
    ("國營的Norway Wind & Solar Power表示已停用Zeta-3。", "norway-wind-solar-power", "norway"),
    ("Zentra AI and Borka Labs warned of the rules.", "zentra-ai", "zentra-ai-and-borka-labs"),  # two names, not one
    ("Zentra AI 和 Borka Labs 警告了新规则。", "zentra-ai", "zentra-ai-和-borka-labs"),
])
def test_node_for_a_whole_name(extractor, text, present, absent):
    found = {n.id for n in extractor.extract(Article(id="article-test", title="test", text=text)).nodes}
    assert present in found and absent not in found


@pytest.mark.parametrize("text, absent", [
    ("The state utility Acme Wind & Solar Power said it had stopped using Zeta-3.", "solar-power"),  # the end of a name after "&"
    ("Norway's Open Language Foundation Model plan is big.", "open-language-foundation"),  # a suffix opening a term
    ("Intro.\n## Breaking Speed Records\nKimi K2 beat GPT-4o.", "breaking-speed-records"),  # a heading's capitals
])
def test_no_node_for_a_phrase_shaped_like_a_name(extractor, text, absent):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    assert absent not in {n.id for n in found.nodes}


@pytest.mark.parametrize("text, sentences", [
    ("Orbit sued Zenith Inc. Zenith said it would fight.", ["Orbit sued Zenith Inc.", "Zenith said it would fight."]),
    ("Acme Inc. Chief Executive Jo Roe spoke. Acme Co. Ltd. grew.", ["Acme Inc. Chief Executive Jo Roe spoke.",
                                                                     "Acme Co. Ltd. grew."]),
    ("Zenith Corp. and Orbit Ltd. in Jan. sued Acme.", ["Zenith Corp. and Orbit Ltd. in Jan. sued Acme."]),
])
def test_legal_form_ends_a_sentence_before_a_capitalised_name(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences
