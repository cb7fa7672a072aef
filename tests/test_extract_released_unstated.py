"""RELEASED when the news does not write the maker as the subject of the release verb (``loaders/extract/unstated.py``):
the model as the subject or with no agent ("Foo is now available", "Foo正式上线", "Foo來了"), its maker the one the
gazetteer or the model's own name knows, named by the article (body or headline); the one organisation the article shows
releasing a model; the model the next sentence opens with after "X unveiled its newest model"; a size or tier of a model
the article states its maker releasing; a possessive pronoun's model ("its new model Zeta-2"). Each in zh-Hant, zh-Hans and en, with cases that must find nothing: a host, a plan, an older model in passing, a maker the article never names,
two makers in one article."""
import pytest

from newsgraph.schema import Article

CASES = [
    # the model as the subject of an intransitive cue; its maker (known) named before
    ("月之暗面很忙。Kimi K3來了！", {("moonshot-ai", "kimi-k3", "released.unstated")}),
    ("月之暗面很忙。Kimi K3来了！", {("moonshot-ai", "kimi-k3", "released.unstated")}),
    ("Mistral AI is growing. Mistral Large 3 is now available.", {("mistral-ai", "mistral-large-3", "released.unstated")}),
    # a subjectless verb before the model opening its clause
    ("月之暗面很忙。今日正式發布Kimi K3。", {("moonshot-ai", "kimi-k3", "released.unstated")}),
    ("月之暗面很忙。今日正式发布Kimi K3。", {("moonshot-ai", "kimi-k3", "released.unstated")}),
    ("Moonshot AI is growing. Today, introducing Kimi K3.", {("moonshot-ai", "kimi-k3", "released.unstated")}),
    # no maker known: the one organisation the article shows releasing a model
    ("新創公司Acme上月發布了Zeta-1模型。Zeta-2模型現已上線。",
     {("acme", "zeta-1", "released.cue"), ("acme", "zeta-2", "released.unstated_sole")}),
    ("新创公司Acme上月发布了Zeta-1模型。Zeta-2模型现已上线。",
     {("acme", "zeta-1", "released.cue"), ("acme", "zeta-2", "released.unstated_sole")}),
    ("Startup Acme released the Zeta-1 model last month. The Zeta-2 model is now available to developers.",
     {("acme", "zeta-1", "released.cue"), ("acme", "zeta-2", "released.unstated_sole")}),
    # a described model released, then named as the next sentence's subject
    ("新創公司Acme週一發布了最新模型。Zeta-2模型能寫程式。", {("acme", "zeta-2", "released.unstated_next")}),
    ("新创公司Acme周一发布了最新模型。Zeta-2模型能写代码。", {("acme", "zeta-2", "released.unstated_next")}),
    ("Startup Acme on Monday unveiled its newest model. The Zeta-2 model can write code.",
     {("acme", "zeta-2", "released.unstated_next")}),
    # a size or tier of a model the article states its maker releasing: a variant found after its name, or a known
    # model named by that name and a tier
    ("新創公司Acme週一發布了Zeta-3模型。Zeta-3 Mini在數學上擊敗了GPT-4o。",
     {("acme", "zeta-3", "released.cue"), ("acme", "zeta-3-mini", "released.unstated_variant")}),
    ("新创公司Acme周一发布了Zeta-3模型。Zeta-3 Mini在数学上击败了GPT-4o。",
     {("acme", "zeta-3", "released.cue"), ("acme", "zeta-3-mini", "released.unstated_variant")}),
    ("Startup Acme released the Zeta-3 model on Monday. Zeta-3 Mini beats GPT-4o on math.",
     {("acme", "zeta-3", "released.cue"), ("acme", "zeta-3-mini", "released.unstated_variant")}),
    ("微軟週二發布了Phi-3。Phi-3-mini在測試中擊敗了GPT-3.5。",
     {("microsoft", "phi-3", "released.cue"), ("microsoft", "phi-3-mini", "released.unstated_variant")}),
    ("微软周二发布了Phi-3。Phi-3-mini在测试中击败了GPT-3.5。",
     {("microsoft", "phi-3", "released.cue"), ("microsoft", "phi-3-mini", "released.unstated_variant")}),
    ("Microsoft released Phi-3 on Tuesday. Phi-3-mini beats GPT-3.5 on tests.",
     {("microsoft", "phi-3", "released.cue"), ("microsoft", "phi-3-mini", "released.unstated_variant")}),
    # nothing for the variant: the model only the maker's (a possessive states no release), or the variant planned
    ("新創公司Acme的Zeta-3模型很大。Zeta-3 Mini在數學上擊敗了GPT-4o。", {("acme", "zeta-3", "released.possessive")}),
    ("新创公司Acme的Zeta-3模型很大。Zeta-3 Mini在数学上击败了GPT-4o。", {("acme", "zeta-3", "released.possessive")}),
    ("Microsoft's Phi-3 is small. Phi-3-mini beats GPT-3.5 on tests.", {("microsoft", "phi-3", "released.possessive")}),
    ("新創公司Acme週一發布了Zeta-3模型。Zeta-3 Ultra將於明年推出。", {("acme", "zeta-3", "released.cue")}),
    ("新创公司Acme周一发布了Zeta-3模型。Zeta-3 Ultra将于明年推出。", {("acme", "zeta-3", "released.cue")}),
    ("Startup Acme released the Zeta-3 model on Monday. Zeta-3 Ultra will follow next year.",
     {("acme", "zeta-3", "released.cue")}),
    # a possessive pronoun: the organisation named last before it
    ("新創公司Acme表示，其最新模型Zeta-2擊敗了GPT-4o。", {("acme", "zeta-2", "released.pronoun_possessive")}),
    ("新创公司Acme表示，其最新模型Zeta-2击败了GPT-4o。", {("acme", "zeta-2", "released.pronoun_possessive")}),
    ("Startup Acme said its new model Zeta-2 beats GPT-4o.", {("acme", "zeta-2", "released.pronoun_possessive")}),
    # nothing: the pronoun owns no model noun, or stands for a place, or the model is known to be another's
    ("新創公司Acme表示，其用戶可以試用Zeta-2模型。", set()),
    ("Startup Acme said its users can try the Zeta-2 model.", set()),
    ("中国表示，其最新模型Zeta-2击败了GPT-4o。", set()),
    ("Perplexity said its new model Kimi K3 is fast.", set()),
    # nothing: a name the sentence does not know between the organisation and the pronoun may be the owner
    ("谷歌投資了Acme和其最新模型Zeta-2。", set()),
    ("谷歌投资了Acme和其最新模型Zeta-2。", set()),
    ("Google invested in Startup Acme and its model Zeta-2.", set()),
    # nothing for the variant: the article calls it upcoming elsewhere
    ("新創公司Acme週一發布了Zeta-3模型。Zeta-3 Mini在數學上擊敗了GPT-4o。即將推出的Zeta-3 Mini很快。",
     {("acme", "zeta-3", "released.cue")}),
    ("新创公司Acme周一发布了Zeta-3模型。Zeta-3 Mini在数学上击败了GPT-4o。即将推出的Zeta-3 Mini很快。",
     {("acme", "zeta-3", "released.cue")}),
    ("Startup Acme released the Zeta-3 model on Monday. Zeta-3 Mini beats GPT-4o on math. The upcoming Zeta-3 Mini is "
     "fast.", {("acme", "zeta-3", "released.cue")}),
    # nothing: hosted on a platform the sentence names
    ("月之暗面很忙。Kimi K3現已在微軟Azure上線。", set()),
    ("月之暗面很忙。Kimi K3现已在微软Azure上线。", set()),
    ("Moonshot AI is growing. Kimi K3 is now available on Microsoft Azure.", set()),
    # nothing: a host offering another maker's model
    ("月之暗面很忙。Perplexity今日上線Kimi K3。", set()),
    ("Mistral AI is growing. Perplexity now offers Mistral Large 3 to its users.", set()),
    # nothing: planned
    ("月之暗面很忙。Kimi K3即將上線。", set()),
    ("月之暗面很忙。Kimi K3将于下月发布。", set()),
    ("Mistral AI is growing. Mistral Large 3 will be released next week.", set()),
    # nothing: an older model in passing
    ("月之暗面很忙。與前代Kimi K1上線時相比，速度更快。", set()),
    ("月之暗面很忙。相比去年上线的Kimi K1，速度更快。", set()),
    ("Moonshot AI is growing. Compared with Kimi K1, released last year, it is fast.", set()),
    # nothing: the maker the gazetteer knows is not named by the article
    ("Kimi K3來了！", set()),
    ("Kimi K3来了！", set()),
    ("Mistral Large 3 is now available.", set()),
    # nothing: two organisations release models, the maker of the third is ambiguous
    ("新創公司Acme發布了Zeta-1模型。新創公司Bolt發布了Volt-1模型。Zeta-2模型現已上線。",
     {("acme", "zeta-1", "released.cue"), ("bolt", "volt-1", "released.cue")}),
    ("新创公司Acme发布了Zeta-1模型。新创公司Bolt发布了Volt-1模型。Zeta-2模型现已上线。",
     {("acme", "zeta-1", "released.cue"), ("bolt", "volt-1", "released.cue")}),
    ("Startup Acme released the Zeta-1 model. Startup Bolt released the Volt-1 model. The Zeta-2 model is now available.",
     {("acme", "zeta-1", "released.cue"), ("bolt", "volt-1", "released.cue")}),
    # nothing: the one releaser is not what the article is about (a host named more often announces the model)
    ("新創公司Acme發布了Zeta-1模型。Perplexity表示，Perplexity用戶增長很快。Volt-9模型現已上線。",
     {("acme", "zeta-1", "released.cue")}),
    ("新创公司Acme发布了Zeta-1模型。Perplexity表示，Perplexity用户增长很快。Volt-9模型现已上线。",
     {("acme", "zeta-1", "released.cue")}),
    ("Startup Acme released the Zeta-1 model. Perplexity said that Perplexity users grow fast. The Volt-9 model is now "
     "available to users.", {("acme", "zeta-1", "released.cue")}),
    # nothing: a leaderboard announcing its ranking names a model — no release (the sole releaser is not credited)
    ("新創公司Acme發布了Zeta-1模型。LMArena官宣總排行時評價，Volt-9模型表現出色。", {("acme", "zeta-1", "released.cue")}),
    ("新创公司Acme发布了Zeta-1模型。LMArena官宣总排行时评价，Volt-9模型表现出色。", {("acme", "zeta-1", "released.cue")}),
    ("Startup Acme released the Zeta-1 model. As LMArena announced its rankings, the Volt-9 model was launched to "
     "users.", {("acme", "zeta-1", "released.cue")}),
    # nothing: "out" of a phrase, no release
    ("Moonshot AI is busy. Kimi K3 is out of reach for most users.", set()),
    # nothing: the sole releaser is not credited with a model known to be another's
    ("新創公司Acme發布了Zeta-1模型。Kimi K3現已上線。", {("acme", "zeta-1", "released.cue")}),
    ("Startup Acme released the Zeta-1 model. Mistral Large 3 is now available.", {("acme", "zeta-1", "released.cue")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_released_unstated(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


# the maker named only by the headline (or by the model's own name, released in its clause: released.maker_in_name)
HEADLINES = [
    ("深度求索新模型來了", "DeepSeek V3正式上線，效果驚人。", {("deepseek", "deepseek-v3", "released.maker_in_name")}),
    ("DeepSeek新版模型正式发布", "延续低价特点,DeepSeek V3发布即完全开源。", {("deepseek", "deepseek-v3", "released.maker_in_name")}),
    ("深度求索新模型來了", "新版模型正式上線，V3效果驚人。", set()),
    ("Mistral AI expands its line-up", "Mistral Large 3 is now available to everyone.",
     {("mistral-ai", "mistral-large-3", "released.unstated")}),
    # nothing: a headline naming another organisation, not the model's maker
    ("Perplexity adds new models", "Mistral Large 3 is now available to everyone.", set()),
    ("百度智能雲上新", "Zeta-3正式上線。", set()),
    # the maker named in the model's name: its own model released, whoever hosts it in the headline
    ("百度智能雲上新", "DeepSeek V3正式上線。", {("deepseek", "deepseek-v3", "released.maker_in_name")}),
]


@pytest.mark.parametrize("title,text,expected", HEADLINES)
def test_released_unstated_headline_maker(extractor, title, text, expected):
    found = extractor.extract(Article(id="a", title=title, text=text))
    assert {(e.source, e.target, e.evidence[0].rule) for e in found.edges if e.type.value == "RELEASED"} == expected
    assert {e.target for e in found.edges if e.type.value == "RELEASED"} <= {n.id for n in found.nodes}
