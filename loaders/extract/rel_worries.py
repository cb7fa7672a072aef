"""WORRIES (cause → the worried Organization), in either voice.

The cue words are in ``loaders/lang/<code>/worry.yaml``.
"""
from __future__ import annotations

import re
from functools import partial

from ...schema import NodeType
from . import discourse as dc
from .lexicon import group_span
from .act_agents import act_agent
from .discovery import PLACE_KINDS
from .references import RULE as REFERENCE
from .gazetteer import same_maker
from .view import ANY, MODEL, ORG, Rule, SentenceView

CAUSES = (NodeType.ORGANIZATION, NodeType.MODEL, NodeType.POLICY)

CAUSATIVE = "{worry.causatives}"
_FEELING = "{worry.feelings}"
TRANSITIVE = "{worry.transitive}"
RAISES = "{worry.raises}"
PARTICIPLES = "{worry.participles}"  # "…, alarming Silicon Valley": only opening a clause after another
_BE = r"{worry.copulas}\s+$"
EXPERIENCER = "{worry.experiencer}"
TOWARDS = _TOWARDS = "{worry.towards}"
_SPEECH_END = r"{speech.frame}\W*$"
POSES = "{worry.poses}"                    # "X对Y构成威胁": the worried party in slot `party`
SEES_AS_THREAT = "{worry.sees_as_threat}"
_CONDITIONAL = "{comparison.conditionals}"  # "if", 如果: a condition, no assertion
PUBLIC_SCRUTINY = "{worry.public_scrutiny}"  # "X drew the attention of the FTC", "X被欧盟盯上": a public body's attention
_ISSUED_LEAD = r"(?:{release.issue_verbs})\s*(?:(?:{worry.issued_fillers})\s*){0,2}$"  # "发布了新的", "issued the": a policy just issued
_UNNAMED_MEASURES = r"\s*{discourse.possessive}\s*(?:[\w-]+\s+){0,2}?{worry.unnamed_measures}(?![a-z])"  # "中国的限制措施", "China's new curbs"
OPPOSED_PASSIVE = "{worry.opposed_passive}"  # "The bill was opposed by Nvidia": the parties after "by" (as SCRUTINY)
SCRUTINY = "{worry.scrutiny}"              # "X drew scrutiny from Y", "X受到Y的审查": the worried party in slot `party`  # "Y视X为威胁": the cause in slot `party`
BROUGHT = "{worry.brought_risk}"           # "由于X带来的不确定性": X worries the sentence's subject
_DISMISSED = r"[”」\"]?\s*{worry.risk_dismissed}"
BANS = "{worry.bans}"
URGED = "{worry.urges_removal}"            # "X urged Y to scrap Z": Z worries X
_NEGATED_ASK = "{worry.negated_asks}"      # "urged regulators not to act against Z": no worry
FOUND = "{worry.found_risks}"              # "X发现A存在风险": A (slot `party`, or the list before) worries X
PROBES = "{worry.probes}"                  # "X对Y展开调查": Y (slot `party`) worries X, with a reason
_BAN_REASON = "{worry.ban_reasons}"
_BAN_HEDGE = "{worry.ban_hedges}"
_LIST_OPENER = r"{worry.list_openers}\s*$"
_MADE_THING = r"\s*{worry.made_thing}"
_HEDGED = r"{polarity.hedges}\s*$"
_HEDGED_LEAD = r"(?:{polarity.hedges}|{worry.denials})(?:\s*(?:{worry.hedge_fillers}))*\s*$"  # and "denied being worried"  # "may also be worried about", "可能也会对"
_HEDGE_AFTER = r"\s*(?:(?:{worry.hedge_fillers})\s*)*(?:{polarity.hedges})(?![a-z])"  # "Taiwan may ban…", "台湾可能禁用"
_HEDGE_WINDOW = 32  # characters before a cue or a frame's verb that a hedge (and its fillers) may take
_AND = r"(?<![a-z]){discourse.coordinators}(?![a-z])"  # "data protection and violations of GDPR": a later conjunct
_POSSESSOR_ONLY = r"\s*{worry.owner_marks}\s+(?!{worry.experiencer})[a-z]"
_RELATIVE_VERB = r"\s+{worry.relative_verbs}"
_THAT = r"{worry.that_clause}$"
_THAT_REACH = 40  # characters: the cause of "concerned that …" is the subject of what follows
_BLOCKED = "{worry.cause_blockers}"
_ARTICLE = r"[\s\"“]*{discourse.articles}\s+"
_COMMA = r"\s*[,，]"
_BRACKET_OPEN = r"\s*[（(]\s*"
_BRACKET_CLOSE = r"\s*[)）]"
_RESTRAINED = r"\s*{worry.ban_restrained}"
_RESTRAINED_LATER = r"{worry.ban_restrained_later}"  # "禁止A、B等企业采购X", "barred A and other firms from buying X"
_BARE_ORG = r"\s*{worry.bare_org_nouns}"
_BAN_OBJECT = r"(?:\s*(?:{worry.ban_object_words})(?:(?<![a-z])|(?![a-z])))*\s*"  # a Latin word ends at a blank or
# a Chinese character ("封锁了AI应用Zeta"); a Chinese word may run into a Latin one
_TITLE_OPENER = r"[《〈「『“\"]?"  # "推迟《人工智能法案》": a title mark or quote opening the name of what is asked off
_HEDGE_REACH = 20  # characters: "is considering a ban on X" (a hedge, an article, then the ban)
_NEAR = 150  # characters: a ban's reason of worry is this close to it (a run-on "sentence" holds several stories)
_SPEAKERS_COMPANY = r"[\s\"“「]*{worry.speakers_company}\s*"  # "…写道，公司担心": the speaker's company
_WORRIED_PRONOUN = r"\s*{worry.worried_object_pronouns}"  # "the rule worries it": the company opening the sentence
_DISMISSERS = "{worry.worry_dismissers}"  # "Nvidia dismissed worries about X": no worry of Nvidia's
_DISMISSED_AFTER = "{worry.worry_dismissed_after}"  # "worries about X were overblown"
_DESCRIBED_MODELS = "{worry.described_model_lists}"  # "those Chinese models", 这两款模型: every model of the one list before
_DESCRIBED = {  # a description of a cause, and the type of the one thing named before that it stands for
    "{worry.described_products}": MODEL,
    "{worry.described_policies}": (NodeType.POLICY,),
    "{worry.described_companies}": ORG,
}
_PRODUCT_NOUN = r"\s*{worry.product_nouns}"
_OWN_PRODUCT = r"\s*{worry.own_product_leads}(?:\s*(?:{worry.product_qualities}))*" + _PRODUCT_NOUN  # "to remove its (AI) app"
_BARE_BODY = r"{discourse.sentence_openers}?\s*[,，]?{worry.bare_public_parties}"  # "委员会向X发送质询函"
_BODY_REACH = 300  # characters before the sentence where the body a bare "委员会" / "the commission" stands for is named
_COMPLAINT = "{worry.complaints}"  # a complaint or lawsuit: a consumer or labour organisation's probe too
_LAWSUIT = "{worry.lawsuits}"  # a lawsuit: any organisation's probe ("The Times sued OpenAI")
_STOP_DEMAND = "{worry.stop_demands}"  # "asked OpenAI to stop using…": any organisation's probe
_ACCOUNT = r"\s*{worry.account_uses}"  # "suspended ByteDance's account": a worry of any organisation
_USE_VERB = r"{worry.use_verbs}"  # "banned employees from using DeepSeek": a worry of any organisation
_PLACE_PRODUCT = "{worry.place_products}"  # "美国聊天机器人Replika", "Chinese AI models": the place only says where from
_NAMED_REACH = 3  # characters: the name right after "美国聊天机器人" / "the US chatbot" that the place modified
_NO_RISK = "{worry.no_risk}"
_PARTICIPLE = "{worry.participle_leads}"
_PARTY_KINDS = {  # a description of a party, and the kinds of organisation it may stand for (None: a company's)
    "{worry.described_public_parties}": frozenset({"agency", "legislature"}),
    "{worry.described_governments}": frozenset({"government", "country"}),
    "{worry.described_company_parties}": None,
}
_AUX_ONLY = r"\s*(?:(?:{discourse.auxiliaries})\s+)*"
_OWNER_MARK = r"\s*(?:{worry.owner_marks}|的)"
_STRONG_BAN = "{worry.strong_bans}"
_OWNED_USE = r"\s*(?:{worry.owned_uses})"
_OWNED_WHERE = r"{worry.owned_where}"
_OBJECT_PRONOUN = r"{worry.object_pronouns}"  # "banned it", "对其展开调查": the one thing named before
_PRONOUN_CLOSE = r"\s*(?:[.;,:!?。，；：！？」”\"]|$|(?:{worry.pronoun_closers})(?![a-z]))"
_DESTINATION = r"{worry.destinations}\s*(?:{discourse.articles}\s+)?$"  # "传回中国", "sent to the Chinese government"
_OWN_CONJUNCT = r"\s*{worry.own_conjuncts}"  # "DeepSeek and its model": a conjunct that is the subject's own
_WHERE_LEAD = r"{worry.where_leads}\s*$"  # "在韩国", "in Korea": a place after these is where a ban applies  # "暂停DeepSeek在韩国的新下载": still DeepSeek's downloads
_OWNED_HEAD = r"\s*(?:{worry.owner_marks}|的)(?:\s*[\w-]+){1,5}?\s*[,，]?\s*"  # "Italy's privacy watchdog, " before a name
_PLURAL_PARTIES = r"[\s\"“「]*(?:{discourse.sentence_openers}\s*[,，]?\s*)?{worry.plural_parties}.*"
_SUBORDINATE_OPENING = r"[\s\"“「]*{worry.subordinators}\s*(?:{discourse.articles}\s+)?"  # "…, as the EC and the CMA are…"
_GEOGRAPHIC = PLACE_KINDS - {"government"}  # a place as such (a government is also a body)
_PUBLIC_KINDS = frozenset({"agency", "government", "country", "legislature", "region", "city"})
_OPENING = r"[\s\"“「]*"
_SENTENCE_OPENER = r"[\s\"“「]*(?:{discourse.sentence_openers}\s*[,，]?\s*)?"
_PART_OF_NAME = r"{worry.name_links}\s*$"
CONCERN_PROMPTS = "{worry.concern_prompts}"  # "concerns over X prompted Italy to…": the party right after
CONCERN_LEADS = "{worry.concern_leads}"      # "Amid concerns over X, Taiwan banned…": the subject of the next clause
_ARTICLE_OR_NOTHING = r"\s*(?:{discourse.articles}\s+)?"
_MARKET = r"\s*{worry.market_nouns}"
_PASSIVE_LEAD = r"{worry.ban_passive}"         # "has been banned", "已被…禁用": a ban in the passive voice
_PASSIVE_AGENT = r"{worry.ban_passive_agents}"  # 被/遭: the banning parties come before the verb
_PROGRESSIVE = r"{worry.ban_progressive}"
_PASSIVE_BY = r"(?:(?P<by>{worry.ban_passive_by})|{worry.ban_passive_in})\s*"
_INCLUDED = "{worry.included_lists}"      # "Banks that have banned X include A and B": the list of the plural party
_PLURAL_KIND = "{worry.plural_kinds}"
_ANAPHOR_ONLY = r"\s*{worry.anaphors}\s*(?:{worry.expressing})?\s*"  # "对此表示担忧": 此 between 对 and the cue
_ANAPHOR_AFTER = r"\s*(?:{worry.anaphor_leads}\s+)?{worry.anaphors}\s*[.;,。，]"  # "voiced concern about it."
_COMPANION = r"\s*[,，]?\s*{worry.list_companions}\s*(?:{discourse.articles}\s+)?"  # "A, along with B," / "A连同B"
_LIST_HEAD = r"(?:{discourse.articles}\s+)?{worry.list_heads}\s*(?:{discourse.articles}\s+)?"  # "Talent agencies CAA and UTA", "Regulators in A and B"
_ROLE_OF = (r"\s*[,，]\s*(?:(?:the|its|a|an)\s+)?(?:(?:former|then|new|interim|acting|deputy|senior|top|executive|vice)\s+)?"
            r"{citation.person_roles}\s+(?:of|at|for)\s+(?:the\s+)?")  # "Jane Roe, the head of Acme"
_ROLE_WORDS = r"(?:(?:former|then|new|interim|acting|deputy|senior|top|executive|vice|chief|co-)\s*)*"  # the words before a role title: "former acting chief", "co-"
# "imposed a fine on OpenAI's CEO", "对OpenAI的首席执行官罚款": the organisation's person, not the organisation, is the party
_ITS_PERSON = r"\s*(?:{citation.attributive})\s*" + _ROLE_WORDS + r"{citation.person_roles}(?![a-z])"
_TITLE_BETWEEN = r"\s*(?:{discourse.possessive}\s*)?" + _ROLE_WORDS + r"{citation.person_roles}\s*"  # "Nvidia CEO Jensen Huang"
_ROLE_OWNED = (r"\s*{discourse.possessive}\s*(?:(?:former|then|new|interim|acting|deputy|senior|top|executive|vice|chief)\s+)?"
               r"{citation.person_roles}(?![a-z])")  # "Jane Roe, Acme's president": the person speaks for Acme
_RELATIVE_HEAD = r"\s*的\s*(?:{worry.relative_heads})"  # "禁用DeepSeek的国家": a relative clause on the party
_PARTY_HEAD = r"\s*(?:{worry.relative_heads})"  # "华尔街投行": the place or trade before a kind of party qualifies it
_PEOPLE_OF_PLACE = r"\s*{worry.people_of_place}"  # "华府和硅谷许多人": people counted in the places named
_VENUE = r"{worry.venue_leads}\s*$"  # "在立法院表示…": the body after it is where something was said
_PEOPLE_IN_PLACE = r"{worry.people_in_place}\s*$"  # "many in Washington": people counted in the place named
_COMPANY_HEAD = r"\.?\s*(?:{worry.company_heads}|{names.party_descriptors})"  # "a Wall Street bank", "a U.S. AI-powered search engine": the place or trade qualifies a company
_CONCESSIVE = r"[\s\"“「]*{worry.concessive_leads}\s*(?:{discourse.articles}\s+)?"  # "尽管…，但…", "Although …, …"
_BARE_POLICY = r"{worry.bare_policy_nouns}"  # "尽管法案获得支持，但…": the one policy named before
_CONTRAST_ONLY = r"[\s\"“「]*(?:{worry.contrast_openers})?\s*(?:{worry.subject_pronouns}\s*)?(?:{discourse.auxiliaries}\s*)*$"
_MOVE = _OPENING + r"{worry.moves}\s*$"  # "This move has drawn scrutiny from…", "此举引来…的审查": the previous sentence's mover
_APPOSITION = r"\s*[,，]\s*(?:{worry.apposition_leads}\s+)?"  # "JPMorgan, a …": the name an apposition describes
_MODIFIER_KINDS = frozenset({"country", "city", "region", "government", "industry"})
_OWNED_LINK = r"\s*(?:{discourse.possessive}|{worry.owner_marks}|旗下的?)\s*(?:[^\s，。,;；]{1,8}\s*){0,2}"  # "微软旗下GitHub的AI工具Copilot"
_DEAL_WITH = r"\s*(?:{worry.deal_modifiers}\s+)*{worry.deal_nouns}\s+{worry.deal_partner}\s*(?:{worry.deal_partner_descriptors})?"  # "Microsoft's deal with OpenAI"
_DEAL_TOWARD = r"\s*(?:对|与|和|跟)\s*(?:{worry.deal_partner_descriptors})?\s*"  # "微软对OpenAI的投资", "微软与OpenAI的合作",
# "亚马逊对AI初创公司Anthropic的投资": the two sides of a deal noun
_DEAL_OWNED = r"\s*的\s*(?:(?:{worry.deal_modifiers})\s*)*{worry.deal_verbs}"  # "…的数十亿美元投资": an amount before the deal
_DEAL_INVESTORS = r"[\s\"“「]*(?:{worry.deal_investors})"  # "investments made by A and B in C", "对A在B的投资": a probe of deals
_DEAL_INVESTEES = r"{worry.deal_investees}"  # "A and B in AI startups C and D": the investors, then those invested in
_DEAL_VERB = r"\s*{worry.deal_verbs}\s*"  # "亚马逊投资Anthropic": a deal written as a verb between its sides
_MAKER_OF = r"{worry.maker_appositions}"  # "OpenAI, the company behind ChatGPT": the product probed with its maker
_MAKER_REACH = 120  # characters from the maker to its product named in the appositive
_UNNAMED_CONJUNCT = "{worry.unnamed_conjuncts}"  # "继亚马逊和几所大学之后": a list closed by an unnamed kind
_PROBE_MATTER = "{worry.probe_matters}"  # "into Google over its PaLM 2 model": the model the probe is about
_PLACE_BODY = "{worry.place_before_bodies}"  # "California Superior Court": the place only qualifies a body unknown
_ACCUSED = "{worry.accused_matters}"  # "sued Acme, accusing it of … to train its chatbot, Zeta": the maker's model accused
_UNNAMED_BODY = r"\s*{worry.unnamed_bodies}"
_UNNAMED_REGULATOR = r"\s*(?:的\s*)?{worry.unnamed_regulators}"  # "爱尔兰和荷兰的数据保护机构": regulators of the places
OPPOSES = "{worry.opposes}"                # "ITIC opposed the rule", "CAA批评OpenAI在Sora中…": the party before, the cause after
_OPPOSES_NOT = "{worry.opposes_not}"
_OPPOSES_VAGUE = "{worry.opposes_vague}"    # "批评此举", "criticized the move": a stance, no worry
_OPPOSED_CAUSES = (NodeType.MODEL, NodeType.POLICY)
PROMPTED = "{worry.prompted_bans}"         # "…, prompting the Garante to block the app": the Garante is worried
JOINED = "{worry.joined_lists}"            # "继A和B之后，韩国也对X表示担忧", "Korea joins A and B in voicing concern about X"
_JOINED_CUES = (EXPERIENCER, BANS, PROBES)
_JOINED_REACH = 40  # characters: the cue follows the frame this closely ("…之后，又一对X表示担忧", "joins A in voicing concern")
_JOINED_ACT = r"\s*{worry.joined_acts}"      # "…, after A and B, to ban X": the act the frame counts
_JOINED_SUBJECT = r"\s*(?:(?:{worry.copulas})\s+|(?:{worry.joined_links})\s*)?(?:{discourse.articles}\s+)?"  # "Korea joins", "Korea is the latest…", "法国成为继…"
PROBE_TARGETS = "{worry.probe_targets}"   # "The inquiry will center on A, B and C", "调查对象包括A、B和C"
_PROBE_NOUN = "{worry.probe_nouns}"
_TARGET_GAP_WORDS = r"{worry.target_gaps}"  # between two names of the list: "Google parent Alphabet", ", and Elon Musk's xAI"
_TARGET_GAP = 40  # characters: "center on chatbots from A…", "sent orders to seven companies: A…"
_INVESTIGATORS = frozenset({"agency", "legislature", "government"})
HARMS = "{worry.harm_claims}"              # "X said the rule would stifle innovation": the rule (slot `party`) worries X
PROBE_OPENED = "{worry.probe_opened}"      # "…; the Garante opened an investigation", "…，意大利监管机构已展开调查": no object named
_SECURITY = "{worry.security_harms}"      # a harm to security: a company a party says threatens it worries it too
_MATTER_OPENER = r"\s*{worry.matter_openers}"  # "对OpenAI是否违反…展开调查": the matter after the name probed
_HARMED_GOOD = r"\s*{worry.harmed_goods}"  # "it would stifle innovation": a common good harmed
_CONDUCT = "{worry.conduct_nouns}"        # "对Meta在…涉嫌…的行为展开调查": into the one who acts
_SUSPICION = "{worry.suspicions}"          # "OpenAI is suspected of…", "OpenAI涉嫌…": the thing such a probe is into
ACT_NOUNS = "{worry.act_nouns}"          # "Acme's lawsuit against Zenith", "a fine by the Garante against OpenAI"
_ACT_AGENT = "{worry.act_agents}"          # "the lawsuit brought by Acme…": the agent after the act noun
_ACT_OBJECT = "{worry.act_objects}"        # "…against Zenith", "…into OpenAI": whom the act is against
_ACT_HEDGE = r"{worry.act_hedges}\s+(?:[\w-]+\s+){0,2}$"  # "Acme's threatened lawsuit against…": no act yet
_SETTLED = r"{worry.settlements}(?:\s*[\w$€£¥.,-]+){0,3}\s*$"  # "agreed to pay $5 million to settle a lawsuit brought by Acme"
_AGENT_ONLY = "{worry.act_nouns_agent_only}"  # "case", "claims": an act only with its agent named after it
_ACT_PASSIVE = "{worry.act_passive_agents}"  # "The suit was organised by X": an act opening the sentence, its agent
_DEFENDANT_LEAD = r"{worry.defendant_leads}\s*$"  # "…suing OpenAI", "a lawsuit against OpenAI": whom an earlier suit is against
_ITS_PRODUCT = r"(?<![a-z]){worry.own_product_leads}(?:\s*(?:{worry.product_qualities}|ai|人工智能))*\s*(?:{worry.product_kinds})\s*[,，]?\s*$"  # "its chatbot, X", "其聊天机器人X": the company's own product
_OWN_BLOCKED = r"{worry.own_product_blockers}"  # a clause of another act between the probed company and "its X"
_VENUE_LEAD = r"{worry.where_leads}\s*(?:(?:{discourse.articles}|a|an)\s+)?$"  # "在加州联邦法院", "in a California court": the place opens a venue
_JUDGED_BY = r"\s*{worry.judged_by}"  # "美国联邦法官驳回…", "a US judge dismissed…": the judge acts, not the place
_VENUE_BODY = r"\s*{worry.venue_bodies}"  # "…联邦法院起诉", "…federal court": the court after the place
ALLEGES = "{worry.allegations}"  # "The lawsuit alleges Acme used … to train Zeta", "In its filing, Acme alleges that…"
_ALLEGER = r"{worry.allegers}\s*$"  # "the lawsuit", "诉状": a suit alleging, its suer the article's earlier plaintiff
_ALLEGED_LEAD = r"\s*(?:that\s+)?(?:the\s+)?"  # "alleges (that) Zenith…": the accused right after the cue
_APPOSED = r"(?:\s*,[^,.;]{1,60},)?"  # "Acme, a digital publisher, has sued…": an apposition between the suer and its act
_PLAINTIFF_LEAD = "{worry.plaintiff_leads}"  # "The RIAA has initiated legal action against…": the agent of a later "the lawsuit"
_DEFINITE_ACT = r"(?<![a-z]){worry.definite_acts}\s+(?:[\w-]+\s+){0,2}$"  # "the (copyright) lawsuit": an act named before
_NAME_TAIL = r"(?:\s+[\w&.-]+){0,3}?(?=\s*,)"  # "Sony Music Entertainment, …": the words of a name after the head the gazetteer knows
_OTHER_SUIT = "{worry.other_suits}"  # "Getty later filed its own lawsuit.": a second suit before "the lawsuit"
_ACT_REACH = 60  # characters from the object link to the name the act is against
_FRAMED_LEAD = 4  # characters a clause may hold before its cue and still take the speaker of the frame before ("其")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SLOT_LEAD = r"[\s\"“「,:]*(?:{discourse.articles}\s+)?(?:(?!{worry.slot_prepositions}(?![a-z]))[a-z][a-z-]*\s+){0,3}"  # "the AI startup Zeta", not "content on Zeta"
_NEW_SUBJECT = r"[,;，；]\s*{worry.clause_joiners}\s+(?:[Tt]he\s+)?[A-Z][A-Za-z]"  # "…, and Dow Jones…": a clause of another subject
_CLAIM_OWNER = r"\s*{discourse.possessive}\s*(?:[a-z-]+\s+){0,2}?"  # "Acme's (legal) claim that…": the owner of the claim
_COUNTED_BEFORE = r"{worry.counted_before}$"  # "A California man", "多名加州居民": the place qualifies a counted party
_COUNTED_AFTER = r"\s*{worry.counted_after}"  # "美国得州一名少年", "日本一家出版社": the place, then the count
_COUNTED_OWN = r"\s*(?:[\u4e00-\u9fff]{1,3}?(?:州|省|市|县|区))?\s*(?:{worry.counted_after})?\s*{worry.counted_own_bodies}"  # "韩国多个政府部门": the place's own
_COUNTED_ACT = r"\s*(?:[a-z-]+\s+)?(?:{worry.act_nouns}|{worry.probe_nouns})"  # "an EU (antitrust) investigation"
_COUNTED_REACH = 16  # characters before a place that its article or count may take ("dozens of")
_BACKER = r"{worry.backer_marks}"  # "the Microsoft-backed AI company", "微软支持的OpenAI": the backer only describes
_SUSPECT_GAP = 2  # characters (an adverb such as 也/已) between the suspected name and the suspicion cue


def _hedged(view: SentenceView, pos: int, lo: int | None = None) -> bool:
    """The one hedge check of every WORRIES rule: a hedge from the lexicon (``polarity.hedges``: may, could, would,
    is expected to, 可能, 或将, 也许…) or a denial (``worry.denials``: denied, 否认), then only fillers (``worry.hedge_fillers``: be, also, 也, 会…), right before
    ``pos`` — the cue or the verb of the frame; ``lo`` (the end of the party or cause before it, else its clause's
    opening) bounds the window, so "意大利或法国对X表示担忧" (或: or, before the party) is no hedge.
"""
    start = max(view.clause_of(pos)[0] if lo is None else lo, pos - _HEDGE_WINDOW, view.start)
    return start <= pos and view.re(_HEDGED_LEAD).search(view.norm.folded, start, pos) is not None


def causative(view: SentenceView):
    """"X令Y担忧": X worries Y when a feeling follows."""
    for a, b in view.cues(CAUSATIVE):
        feeling = view.re(_FEELING).search(view.norm.folded, b, view.end)
        listed = _described_models(view, view.clause_of(a)[0], a)  # "这些模型的崛起令华府不安": each model of the list
        cause = listed[0] if listed else act_agent(view, _cause(view, a), a)  # "X对A的打压令B担忧": X, not A
        if cause is not None and _hedged(view, a, cause.end if cause.end <= a else None):
            continue  # "DeepSeek可能令英伟达感到担忧": not asserted
        if feeling and cause:
            described = _described_party(view, b, feeling.start()) or _bare_org(view, b)  # "令该公司感到担忧"
            if described and any(m.entity_id == described.entity_id for m in view.mentions
                                 if view.clause_of(a)[0] <= m.start and m.end <= a):
                described = None  # the description does not point back into its own subject
            parties = _past_place_products(view, view.after(b, ORG, hi=feeling.start()))
            if parties and view.re(_PEOPLE_OF_PLACE).match(view.norm.folded, parties[-1].end):
                continue  # "令华府和硅谷许多人担忧": people in those places, no organisation, are worried
            for worried in parties or ([described] if described else []):
                yield from ((c.entity_id, worried.entity_id) for c in listed or [cause] if worried.entity_id != c.entity_id)


def transitive(view: SentenceView):
    """"X rattled Y", "X震惊了Y", "X raised concerns among Y"."""
    participles = view.cues(PARTICIPLES)
    for a, b in view.cues(TRANSITIVE) + view.cues(RAISES) + participles:
        if view.re(_BE).search(view.norm.folded, max(view.start, a - 20), a):
            continue  # "were alarmed": the experiencer rule's
        if view.re(_HEDGED).search(view.norm.folded, max(view.clause_of(a)[0], a - 20), a) or _hedged(view, a):
            continue  # "could threaten Nvidia", "may also rattle Nvidia": not asserted
        listed = _described_models(view, view.clause_of(a)[0], a)  # "The rise of those models has rattled…"
        participle = view.clause_of(a)[0] > view.start and not view.norm.folded[view.clause_of(a)[0]:a].strip()
        if (a, b) in participles and not participle:
            continue  # "at an alarming rate": an adjective
        cause = listed[0] if listed else _cause(view, a) if participle else act_agent(view, view.before(a, ANY), a)
        # "DeepSeek released R1, alarming Silicon Valley": the participle's subject is the clause before (R1, not its maker)
        if cause is None:  # "The app has rattled regulators": the one product named before
            cause = next(iter(_described_list(view, view.clause_of(a)[0], a, at=True, lead=_OPENING) or []), None)
        inside = cause is not None and cause.start >= view.clause_of(a)[0]
        verb = view.re(_RELATIVE_VERB).match(view.norm.folded, cause.end) if inside else None
        if verb is not None and verb.end() <= a:  # "the rulebook Brussels adopted … have alarmed": Brussels is inside
            head = view.before(cause.start, ANY, lo=view.clause_of(a)[0])  # a relative clause on the name right before
            if head is None or view.norm.folded[head.end:cause.start].strip() or head.type in ORG:
                continue
            cause = head  # (the rulebook, named or a description resolved: references.refer_policies)
        parties = view.after(b, ORG) or _object_party(view, b)
        if parties and view.re(_PEOPLE_IN_PLACE).search(view.norm.folded, b, parties[0].start):
            continue  # "DeepSeek worried many in Washington": people in a place, no organisation, are worried
        yield from ((c.entity_id, w.entity_id) for c in (listed or [cause] if cause else []) for w in parties)


def poses(view: SentenceView):
    """"X对Y构成威胁", "X给Y带来压力"."""
    for match in view.matches(POSES):
        lo, hi = group_span(match, "party")
        if view.re(dc.NEGATION).search(view.norm.folded, max(view.start, match.start() - 12), match.start()) \
                or view.re(dc.NEGATION).search(view.norm.folded, lo, hi) or _hedged(view, match.start()):
            continue  # "X并未在硅谷引发恐慌", "X对Y不构成威胁": the negation before the cue or closing the party slot
        cause = view.before(match.start(), CAUSES)
        for worried in view.after(lo, ORG, hi=hi):
            if cause:
                yield cause.entity_id, worried.entity_id


def scrutiny(view: SentenceView):
    """"ChatGPT has drawn scrutiny from the EDPB", "ChatGPT受到欧洲数据保护委员会的审查": the thing named before the
    cue (in its clause, or the one thing a description there stands for) worries the parties in slot `party`;
    nothing when hedged ("could face scrutiny") or negated. A slot holding only a kind of party ("scrutiny from
    regulators in Italy and Ireland") stands for the list right after it. Attention named without a word of
    scrutiny ("drew the attention of the FTC", "被欧盟盯上", ``worry.public_scrutiny``) counts from a public body
    only. A subject that is a deal ("Microsoft's investment in OpenAI faces scrutiny") puts both of its sides
    under scrutiny."""
    text = view.norm.folded
    for template, public in ((SCRUTINY, False), (PUBLIC_SCRUTINY, True), (OPPOSED_PASSIVE, False)):
        for match in view.matches(template):
            opening = view.clause_of(match.start())[0]
            if view.re(_BAN_HEDGE).search(text, max(opening, match.start() - _HEDGE_REACH), match.start()) \
                    or _hedged(view, match.start()) \
                    or view.re(dc.NEGATION).search(text, max(opening, match.start() - 12), match.start()) \
                    or view.re(_CONDITIONAL).search(text, opening, match.start()):
                continue  # "DeepSeek并未引起…的关注", "If DeepSeek draws the attention of the FTC, …"
            cause = view.before(match.start(), CAUSES, reach=False)
            if cause is None or cause.start < opening:
                cause = next(iter(_described_list(view, opening, match.start(), at=True, lead=_OPENING) or []), None)
            if cause is None and view.re(_CONTRAST_ONLY).fullmatch(text, opening, match.start()):
                cause = _concessive_subject(view, opening)  # "尽管法案获得支持，但遭到A和B的反对": the bill
            if cause is None and opening == view.start and view.re(_MOVE).fullmatch(text, opening, match.start()):
                cause = _mover(view)  # "Acme signed a deal with Beta. The move drew scrutiny from…": Acme
            joined = view.re(_AND).search(text, cause.end, match.start()) if cause is not None else None
            if cause is None or joined and not view.re(_OWN_CONJUNCT).match(text, joined.end()):
                continue  # "X alarmed Silicon Valley and drew criticism from Washington": X, not Silicon Valley
                # ("DeepSeek and its model have drawn…": the subject and its own thing)
            lo, hi = _slot_span(view, *group_span(match, "party"))
            parties = view.after(lo, ORG, hi=hi)
            if not parties:  # "scrutiny from regulators in Italy and Ireland": the slot ends at the kind's "in"
                first = next((m for m in view.mentions if m.start >= hi and m.type in ORG), None)
                parties = view.after(first.start, ORG) if first is not None and first.end <= view.clause_of(hi)[1] \
                    and view.re(_LIST_HEAD).fullmatch(text, lo, first.start) else []
            else:
                head = _past_possessors(view, parties[:1])[0]  # "from Italy's Garante and Ireland's DPC": the list
                if head is not parties[0]:                      # runs from the owned name
                    parties = view.after(head.start, ORG, hi=hi) or parties  # (an owned policy: from the owner)
                parties = listed_with(view, parties[0], hi, anywhere=True) + parties[1:]
            parties = _past_possessors(view, parties)  # "the attention of Italy's Garante": the Garante
            if public:
                parties = [p for p in parties if _kind(view, p) in _INVESTIGATORS | {"country"}]
            for thing in _deal_sides(view, opening, cause) + _makers_products(view, [cause]):  # "ChatGPT公司OpenAI被…"
                for worried in parties:
                    if worried.entity_id != thing.entity_id:
                        yield thing.entity_id, worried.entity_id


def _concessive_subject(view: SentenceView, opening: int):
    """"尽管法案获得部分企业支持，但遭到…的反对", "Although the bill won support, it drew opposition from…": a clause
    with no subject after a concessive clause has that clause's subject — the name opening it, or the one thing a
    description there stands for; None otherwise."""
    text = view.norm.folded
    earlier = [c for c in view.clauses if c[1] <= opening]
    conceded = [c for c in earlier if view.re(_CONCESSIVE).match(text, c[0])]
    if not conceded:
        return None  # (the concessive clause may hold clauses of its own: "尽管法案获得A支持，认为…，但遭到…")
    previous = conceded[-1]
    lead = view.re(_CONCESSIVE).match(text, previous[0])
    named = next((m for m in view.mentions if m.start >= lead.end() and m.end <= previous[1] and m.type in CAUSES), None)
    if named is not None and not text[lead.end():named.start].strip():
        return named
    if view.re(_BARE_POLICY).match(text, lead.end()):  # "尽管法案获得支持": the bill, with no determiner
        fits = {m.entity_id: m for m in [*view.previous_sentence_mentions(ANY), *view.mentions]
                if m.end <= lead.end() or m.start >= view.start and m.end <= opening}
        fits = {k: m for k, m in fits.items() if m.type == NodeType.POLICY}
        return next(iter(fits.values())) if len(fits) == 1 else None
    return next(iter(_described_list(view, lead.end(), previous[1], at=True) or []), None)


def _mover(view: SentenceView):
    """The organisation that opens the sentence before (after a short lead: "In 2019, Microsoft partnered…"): who
    made the move a sentence opening with "This move" / 此举 speaks of; None when a place opens it."""
    before = view.previous_sentence_mentions(ANY)
    if not before or before[0].type not in ORG or _kind(view, before[0]) in PLACE_KINDS:
        return None
    first = before[0]
    lead = view.norm.folded[view.previous_sentence_start():first.start].strip(" ,，")
    return first if len(lead) <= 12 and not re.search(r"[,，]", lead) else None


def _deal_sides(view: SentenceView, opening: int, cause) -> list:
    """``cause``, or both sides of a deal when the clause's subject is one ("Microsoft's investment in OpenAI",
    "亚马逊投资Anthropic"): the company opening the clause and its partner, when the partner is ``cause``."""
    for m in view.mentions:
        if m.start < opening:
            continue
        if m.end > cause.start or m.type not in ORG:
            break
        if view.re(_DEAL_VERB).fullmatch(view.norm.folded, m.end, cause.start) \
                or view.re(_DEAL_TOWARD).fullmatch(view.norm.folded, m.end, cause.start) \
                and view.re(_DEAL_OWNED).match(view.norm.folded, cause.end):
            return [m, cause]  # "亚马逊投资Anthropic受到…审查", "微软对OpenAI的投资受到…审查"
        sides = _with_partners(view, [m])
        if len(sides) > 1 and any(s.entity_id == cause.entity_id for s in sides):
            return sides
        break
    return [cause]


def sees_as_threat(view: SentenceView):
    """"Y视X为威胁", "Y将X视为劲敌"."""
    for match in view.matches(SEES_AS_THREAT):
        if view.re(dc.NEGATION).search(view.norm.folded, max(view.start, match.start() - 12), match.start()) \
                or view.re(_HEDGED).search(view.norm.folded, max(view.start, match.start() - 20), match.start()) \
                or _hedged(view, match.start()):
            continue  # "OpenAI never viewed X as a threat", "不视X为威胁", "may regard X as a threat"
        lead = view.re(_PASSIVE_LEAD).search(view.norm.folded, view.clause_of(match.start())[0], match.start())
        if lead is not None and lead.end() == match.start():
            continue  # "X is seen as a threat by Y": the passive puts the cause first
        worried = view.before(match.start(), ORG)
        lo, hi = group_span(match, "party")
        for cause in view.after(lo, CAUSES, hi=hi)[:1]:
            if worried:
                yield cause.entity_id, worried.entity_id


_RECIPIENT = r"(?:{worry.recipient_marks})\s*$"
_MISJUDGES = "{worry.misjudgers}"


def _recipient(view: SentenceView, lo: int, cause) -> bool:
    """"专家对其可能向中国政府泄漏数据表示担忧": a name right after 向/给 inside what is feared receives the harm
    (the data goes to it); it is not what is feared."""
    return bool(view.re(_RECIPIENT).search(view.norm.folded, max(lo, cause.start - 4), cause.start))


def experiencer(view: SentenceView):
    """"Y担忧X", "Y对X感到担忧", "Y is worried about X"."""
    text = view.norm.folded
    for a, b in view.cues(EXPERIENCER):
        if view.re(CAUSATIVE).search(text, view.clause_of(a)[0], a):
            continue  # "X令Y担忧" is the causative rule's
        toward = [t for t in view.cues(_TOWARDS) if view.clause_of(a)[0] <= t[0] < a]
        if view.re(_DISMISSERS).search(text, view.clause_of(a)[0], a) \
                or view.re(_DISMISSED_AFTER).search(text, b, view.clause_of(b - 1)[1]):
            continue  # "Nvidia dismissed worries about X", "打消外界对X的担忧", "worries about X were overblown"
        verb = toward[-1][0] if toward else a
        near = view.before(verb, ORG, reach=False)
        if _hedged(view, verb, near.end if near is not None and near.end <= verb else None) \
                or any(m.end() <= a and _hedged(view, m.start()) for m in view.matches(JOINED)
                       if m.start() >= view.clause_of(a)[0]):
            continue  # "意大利可能对X表示担忧", "Italy may voice concern about X", "Korea may join A in voicing concern"
        if toward:  # "Y对X感到担忧": Y before 对, X between 对 and the cue ("对该应用表示担忧": the app named before)
            worried = _past_venue(view, view.before(toward[-1][0], ORG))
            if (worried is None or worried not in view.mentions) \
                    and _party_described(view, view.clause_of(a)[0], toward[-1][0]):
                worried = _described_party(view, view.clause_of(a)[0], toward[-1][0])  # "该机构对X表示担忧"
            worried = worried or _speakers_company(view, toward[-1][0])  # "谷歌表示，公司对X感到担忧"
            plural = None if worried else _examples_after(view, a)  # "多国对X表示担忧，包括A和B"
            worried = worried or plural
            causes = view.after(toward[-1][1], ANY, hi=a)[:1] or _described_list(view, toward[-1][1], a) \
                or _described_models(view, toward[-1][1], a)  # "对这两款模型表示担忧": each model of the list before
            causes = [c for c in causes if not _recipient(view, toward[-1][1], c)]  # "对其向中国政府泄漏数据表示担忧"
        else:
            worried = _past_venue(view, view.before(a, ORG))
            if worried is not None and worried not in view.mentions \
                    and _party_described(view, view.clause_of(a)[0], a):
                worried = _described_party(view, view.clause_of(a)[0], a)  # "the company": only when one fits
            if any(lead.end() == a for lead in view.re(_PARTICIPLE).finditer(text, max(view.start, a - 8), b)):
                worried = _opening_subject(view, a) or _represented(view, a)  # "A and B praised C while voicing concerns about D": A and B
            if worried is not None and (view.re(_POSSESSOR_ONLY).match(view.norm.folded, worried.end)
                                        and not _possessed_person(view, worried)
                                        or view.re(_MARKET).match(view.norm.folded, worried.end)):
                worried = None  # "Italy's watchdog … cited concerns": the watchdog is worried, not Italy;
                # "Nvidia shares fell as investors worried…": the market, not the company
            worried = worried or _example_before(view, a) \
                or _described_party(view, view.clause_of(a)[0], a) \
                or _represented(view, a) or _speakers_company(view, a)  # "said the company … remained concerned";
            # "Jane Roe, head of Acme, said…"; "谷歌总裁张三写道，公司担心…"
            plural = None if worried else _examples_after(view, a)  # "Several countries voiced concerns…, including A"
            worried = worried or plural
            described = view.described_after(b, view.clause_of(b - 1)[1], CAUSES)
            here = _described_list(view, b, view.clause_of(b - 1)[1], at=True)  # "…about the app's security"
            causes = here if here is not None else _owned_head(view, _possessed(view, view.after(b, ANY))) \
                or _next_clause_causes(view, b) or ([described] if described else []) \
                or _described_models(view, b, view.clause_of(b - 1)[1])  # "worried about those models"
            head = causes[0] if causes else None
            if head is not None and b <= head.start and (view.re(_BLOCKED).search(view.norm.folded, b, head.start)
                                                         or view.re(_AND).search(view.norm.folded, b, head.start)
                                                         or head.start - b > _THAT_REACH
                                                         and view.re(_THAT).search(view.norm.folded, a, b)):
                causes = []  # "concerned that data shared … on servers owned by companies like OpenAI": too far
        if not causes and worried is not None and _points_back(view, a, b, toward[-1][1] if toward else None):
            causes = _one_earlier_cause(view, a)  # "R1发布后，韩国对此表示担忧", "…. The Garante expressed concern."
        causes = [c for c in causes if not view.re(_MISJUDGES).match(text, c.end)]  # "warned that A may underestimate B": not A
        causes = [made for c in _past_place_products(view, causes) if (made := _made_by(view, c)) is not None
                  and not _destination(view, made) and not _measures_of(view, made)]
        parties = _listed_after(view, worried) if plural else listed_with(view, worried, a)
        yield from ((c.entity_id, w.entity_id) for c in causes for w in parties if w.entity_id != c.entity_id)


def _opposed_before(view: SentenceView, a: int, b: int) -> list:
    """"美国发布了新规。中方坚决反对。", "…，中方坚决反对。", "China firmly opposes.": an opposition cue at ``[a, b)`` with
    no object, closing its sentence, opposes the one policy named before it — in the sentence before or the earlier
    clauses of this one (of several, the one just issued: ``_issued_one``). Nothing when a model or policy is named in
    its own clause before the cue, or when none or several policies fit (precision first)."""
    text = view.norm.folded
    opening = view.clause_of(a)[0]
    if text[b:view.end].strip(" .。!！\"”’」』") or any(m.type in _OPPOSED_CAUSES for m in view.mentions
                                                       if opening <= m.start and m.end <= a):
        return []
    scope = [*view.previous_sentence_mentions((NodeType.POLICY,)),
             *(m for m in view.mentions if m.end <= opening and m.type == NodeType.POLICY)]
    earlier = {m.entity_id: m for m in scope}
    if len(earlier) > 1:
        return _issued_one(view, list(earlier.values()))
    return list(earlier.values())


def _object_party(view: SentenceView, pos: int) -> list:
    """"Nvidia said the rule worries the company", "Jane Roe, chief executive of Nvidia, said the rule rattled it":
    a description of a party right after a transitive cue at ``pos`` stands for the one organisation of its kind
    named before (``_described_party``); an object pronoun closing the clause there for the organisation opening the
    sentence — its subject or speaker, or the one a person opening it speaks for — and those listed with it. [] when
    neither is there or nothing fits (precision first)."""
    text = view.norm.folded
    for template in _PARTY_KINDS:
        match = view.re(r"\s*(?:" + template + ")").match(text, pos)
        if match is not None:
            party = _described_party(view, pos, match.end())
            return [party] if party is not None else []
    pronoun = view.re(_WORRIED_PRONOUN).match(text, pos)
    if pronoun is None or not view.re(_PRONOUN_CLOSE).match(text, pronoun.end()):
        return []
    subject = _opening_subject(view, pos) or _represented(view, pos)
    return listed_with(view, subject, pos) if subject is not None and subject.type in ORG else []


def _possessed_person(view: SentenceView, owner) -> bool:
    """"OpenAI's Sam Altman said he was worried…": a person written as a company's speaks for it (not "Italy's watchdog")."""
    after = [m for m in view.mentions if m.start >= owner.end]
    return bool(after) and getattr(after[0], "kind", None) == "person" and owner.type in ORG \
        and _kind(view, owner) not in PLACE_KINDS and view.re(_POSSESSOR_ONLY).fullmatch(
            view.norm.folded, owner.end, after[0].start + 1)


def _speakers_company(view: SentenceView, pos: int):
    """"谷歌总裁张三在博客中写道，公司担心X", "谷歌表示，我们对此感到担忧": a bare company noun (or "we") that is all the
    clause of the cue at ``pos`` holds before it, right after a clause framing speech, stands for the one company that
    clause names — the speaker, or the one the speaker speaks for. None when it names none or several."""
    text = view.norm.folded
    opening = view.clause_of(pos)[0]
    previous = view.previous_clause(pos)
    if previous is None or not view.re(_SPEAKERS_COMPANY).fullmatch(text, opening, pos) \
            or not view.re(_SPEECH_END).search(text, *previous):
        return None
    companies = {m.entity_id: m for m in view.mentions if previous[0] <= m.start and m.end <= previous[1]
                 and m.type in ORG and _kind(view, m) not in _PUBLIC_KINDS | PLACE_KINDS}
    return next(iter(companies.values())) if len(companies) == 1 else None


def _described_models(view: SentenceView, lo: int, hi: int) -> list:
    """"The rise of those Chinese models has unsettled Washington", "这两款模型令谷歌担忧": a plural description of
    models in ``[lo, hi)``, where no cause is named, stands for every model of the one list of two or more models the
    sentence before names ("… such as A or B", "A和B…"); [] when there is no such description, no such list, or
    several (precision first)."""
    text = view.norm.folded
    if view.re(_DESCRIBED_MODELS).search(text, lo, hi) is None \
            or any(lo <= m.start and m.end <= hi for m in view.mentions if m.type in CAUSES):
        return []
    start = view.previous_sentence_start()
    pool = [m for m in view.earlier if m.start >= start and m.end <= view.start]
    lists: list[list] = []
    for m in (m for m in pool if m.type in MODEL):
        if lists and view.re(dc.COORD).fullmatch(text, lists[-1][-1].end, view._owner_start_in(m, pool)):
            lists[-1].append(m)
        else:
            lists.append([m])
    lists = [chain for chain in lists if len({m.entity_id for m in chain}) > 1]
    return list({m.entity_id: m for m in lists[0]}.values()) if len(lists) == 1 else []


def _measures_of(view: SentenceView, m) -> bool:
    """"欧盟对中国的限制措施感到担忧", "the EU is concerned about China's new export curbs": a government or country
    owning a measure left unnamed (``worry.unnamed_measures``) is not what worries — the measure is, a policy the
    sentence does not name (an act such as "中方限制美光的行为" / "Beijing's move" still is the government's)."""
    return _kind(view, m) in {"country", "government"} and bool(view.re(_UNNAMED_MEASURES).match(view.norm.folded, m.end))


def ban(view: SentenceView):
    """"X banned Y, citing privacy risks", "为防止泄密，X禁止员工使用Y": Y worries X.

    Only with a reason of worry in the sentence, with what is banned right after the verb (its
    possessor dropped: "the use of OpenAI's ChatGPT" is ChatGPT), and not when the ban is only
    urged, considered or planned.
    """
    text = view.norm.folded
    for a, b in view.cues(BANS):
        if view.re(_BAN_HEDGE).search(text, max(view.clause_of(a)[0], a - _HEDGE_REACH), a) \
                or view.re(_BAN_HEDGE).search(text, a, b) or _hedged(view, a):
            continue  # "is considering a ban on X", "the latest country to consider whether to ban X"
        passive = _passive_ban(view, a, b)
        if passive is not None:  # "DeepSeek was banned by Italy", "DeepSeek已被意大利禁用": never the other way round
            yield from passive
            continue
        worried = view.before(a, ORG, reach=False)
        if worried is None:  # "Italy's watchdog, Garante, has banned…"; "Garante, …, said it had blocked…"
            pronoun = view.re(dc.PRONOUN).search(text, view.clause_of(a)[0], a)
            worried = view.before(a, ORG) if pronoun is None else _opening_subject(view, a) \
                if view.re(dc.SPEAKER_FRAME).fullmatch(text, view.clause_of(a)[0], pronoun.start()) else None
            # "…, said it had blocked": "it" is the speaker opening the sentence; else nobody
        worried = worried or _bare_body(view, a)  # "委员会已暂停DeepSeek的新下载", "The watchdog blocked the app"
        plural = None
        if worried is None:  # "Several governments have banned DeepSeek, including Italy and Taiwan"
            worried = plural = _examples_after(view, a) or _included_after(view, a, b)
        worried = worried or _example_before(view, a)  # "Many banks, including A and B, have restricted ChatGPT"
        pair = _described_pair(view, a) if worried is None else None  # "Both countries have begun probing X"
        worried = worried or (pair[0] if pair else None)
        if worried is not None and _qualifies_company(view, worried):
            head = view.before(worried.start, ORG, lo=view.start)  # "JPMorgan, a Wall Street bank, restricted…": JPMorgan
            worried = head if head is not None and view.re(_APPOSITION).fullmatch(text, head.end, worried.start) else None
        following = [m for m in view.mentions if m.start >= b and m.type in CAUSES]
        possessive = view.re(dc.POSSESSIVE)
        owner = possessive.match(text, worried.end) if worried is not None else None
        if worried is None or (owner and owner.end() < a) \
                or view.re(_PART_OF_NAME).search(text, max(view.start, worried.start - 6), worried.start):
            continue  # "Italy's watchdog banned…": the watchdog bans, not Italy ("Italy's ban on…" is Italy's);
            # "the Central Bank of Ireland blocked…": the place only ends a longer name
        described = _described_list(view, b, view.clause_of(a)[1], at=True, lead=_BAN_OBJECT)  # "blocked the app"
        counted = _counted_list(view, b) if described is None else None  # "an inquiry into seven companies - A, B -"
        if described is not None:
            banned = described
        elif counted:
            banned = [m for m in counted if not view.re(_RESTRAINED).match(text, m.end)
                      and not view.re(_RESTRAINED_LATER).match(text, m.end)]  # "barred five firms, including A, from buying…"
        elif following and _ban_object(view, b, following[0].start):
            cut = plural.start if plural is not None and plural.start > b else None  # "…的银行包括A": not A
            named = _past_possessors(view, view.after(following[0].start, CAUSES)) if cut is None else \
                [m for m in following if m.end <= cut]
            banned = [m for m in named if not view.re(_RESTRAINED).match(text, m.end)]  # "blocked Nvidia from selling…"
            banned = [m for m in banned if not view.re(_RESTRAINED_LATER).match(text, m.end)]
            # "禁止A、B在内的企业采购X", "barred A, B and other firms from buying X": the list is kept from buying
        elif (pronoun := _pronoun_object(view, b, lead=_BAN_OBJECT)) is not None:
            banned = pronoun  # "Italy banned it.": the one model or policy named before
        else:
            continue
        banned = _with_partners(view, _past_place_products(view, banned))  # "禁止美国聊天机器人Replika…": Replika, not the US
        banned = banned + _makers_products(view, banned)  # "investigating ChatGPT maker OpenAI": ChatGPT too
        banned = [m for m in banned if not (_kind(view, m) in _MODIFIER_KINDS and view.re(_PARTY_HEAD).match(text, m.end))]
        # "第一家限制使用ChatGPT的华尔街投行": a place or trade written against a kind of party only qualifies the party
        reason = view.re(_BAN_REASON).search(text, max(view.start, a - _NEAR), min(view.end, b + _NEAR)) \
            or (_public(view, worried) and view.re(_STRONG_BAN).search(text, a, b))
        for cause in banned:
            if _kind(view, cause) in PLACE_KINDS and view.re(_WHERE_LEAD).search(text, max(b, cause.start - 4), cause.start):
                continue  # "暂停在韩国的新下载", "suspended downloads in Korea": where, not what, is named
            owned = view.re(_OWNER_MARK).match(text, cause.end) or view.re(_OWNED_WHERE).match(text, cause.end)
            used = (owned and view.re(_OWNED_USE).match(text, owned.end())) or view.re(_OWNED_USE).search(text, b, cause.start) \
                or (not owned and view.re(_OWNED_USE).match(text, cause.end))  # "暂停DeepSeek下载"
            if owned and view.re(_RELATIVE_HEAD).match(text, cause.end):
                owned = None  # "意大利成为首个禁用DeepSeek的国家": 的 closes a relative clause, no possession
            if cause.type not in MODEL and owned and not used:
                continue  # "restricted Nvidia's sales", "限制英伟达的芯片出口" (not "暂停DeepSeek的下载")
            account = owned and view.re(_ACCOUNT).match(text, owned.end())  # "suspended ByteDance's account"
            account = account or view.re(_USE_VERB).search(text, b, cause.start)  # "禁止员工使用DeepSeek"
            if reason and used and not _public(view, worried) and not _reason_outside(view, a, b, used):
                continue  # "suspended Meta's privacy policy review": the owned use's own word ("privacy") is no reason
            if cause.type not in MODEL and not reason and not (used and (_public(view, worried) or account)):
                continue  # an app banned from use (by anyone), a company or its app by a public body: a worry; else a reason
            owner = any(o.start >= cause.end and possessive.fullmatch(text, cause.end, o.start) for o in banned)
            partner = _partner(view, owned.end()) if owned and used else None  # "Microsoft's deal with OpenAI"
            for party in (plural and _listed_after(view, plural)) or pair or listed_with(view, worried, a):
                if party is not worried and _qualifies_company(view, party):
                    continue  # "JPMorgan, the Wall Street bank, …": the apposition's place is no party of the list
                for thing in ([cause, partner] if partner is not None else [cause]):
                    if not owner and party.entity_id not in (thing.entity_id, _maker(view, thing)):
                        yield thing.entity_id, party.entity_id  # a maker pulling its own product is no worry


_PERSON_OWNER = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+['’]s\s+")  # "Elon Musk's", a name no gazetteer entry holds


def _ban_object(view: SentenceView, b: int, name: int) -> bool:
    """Whether the words from a ban's verb ``b`` to the ``name`` after it only say what is banned ("the use of",
    "AI tools such as"), also past a person's possessive ("an inquiry into Elon Musk's social media platform X",
    written capitalised: an owner no entry knows, whose thing is the one banned)."""
    if view.re(_BAN_OBJECT).fullmatch(view.norm.folded, b, name):
        return True
    for owner in _PERSON_OWNER.finditer(view.norm.original, b, name):
        if any(m.start < owner.end() and owner.start() < m.end and m.type in CAUSES for m in view.mentions):
            continue  # a known name's possessive ("OpenAI's ChatGPT") is read by the list rules
        return bool(view.re(_BAN_OBJECT).fullmatch(view.norm.folded, b, owner.start())
                    and view.re(_BAN_OBJECT).fullmatch(view.norm.folded, owner.end(), name))
    return False


def _reason_outside(view: SentenceView, a: int, b: int, used) -> bool:
    """Whether a ban at ``[a, b)`` has a reason of worry near it outside what of the company is banned (``used``,
    "Meta's privacy policy": its word "privacy" names the thing, not a worry)."""
    text, reason = view.norm.folded, view.re(_BAN_REASON)
    lo, hi = max(view.start, a - _NEAR), min(view.end, b + _NEAR)
    return any(not (used.start() <= r.start() and r.end() <= used.end()) for r in reason.finditer(text, lo, hi))


def _near_reason(view: SentenceView, a: int, b: int):
    """A reason of worry (``worry.ban_reasons``) in the clauses of ``[a, b)`` or the clause right after: "OpenAI is
    assessing Claude's performance in coding, writing and security" gives an evaluation dimension, no reason."""
    text = view.norm.folded
    lo, hi = view.clause_of(a)[0], view.clause_of(max(a, b - 1))[1]
    following = [c for c in view.clauses if c[0] >= hi][:1]
    return view.re(_BAN_REASON).search(text, lo, following[0][1] if following else hi)


def _with_partners(view: SentenceView, causes: list) -> list:
    """``causes`` and, after each company written with a deal of its own ("Microsoft's partnership with OpenAI",
    "微软与OpenAI的合作" is a list already), the company on the deal's other side: a probe of a deal is into both."""
    text = view.norm.folded
    out = list(causes)
    for cause in causes:
        owned = view.re(_OWNER_MARK).match(text, cause.end) if cause.type in ORG else None
        partner = _partner(view, owned.end()) if owned is not None else None
        product = next((m for m in view.mentions if cause.type in ORG and cause.end < m.start <= cause.end + _MAKER_REACH
                        and m.type in MODEL and view.re(_MAKER_OF).fullmatch(text, cause.end, m.start)), None)
        matter = view.re(_PROBE_MATTER).match(text, cause.end) if cause.type in ORG else None
        subject = next((m for m in view.mentions if matter is not None and m.start == matter.end()
                        and m.type in MODEL), None)  # "an inquiry into Google over its PaLM 2 model"
        accused = cause.type in ORG and subject is None
        trained = next((m for m in view.mentions if accused and m.start > cause.end and m.type in MODEL
                        and view.re(_ACCUSED).fullmatch(text, cause.end, m.start)
                        and same_maker(_maker(view, m) or "", cause.entity_id, view.gazetteer)), None)  # "…over the processing of
        # posts for the purpose of training its AI model, Zeta": the maker's own model the probed conduct went into
        for other in (partner, product, *_matter_list(view, subject, [cause]), trained):
            if other is not None and all(o.entity_id != other.entity_id for o in out):
                out.append(other)
    return out


def _matter_list(view: SentenceView, subject, causes: list) -> list:
    """"sued OpenAI over ChatGPT and Sora", "a letter to Google over Veo, Imagen and Nano Banana": the model a probe
    of a company is about (``subject``) and the models listed with it — each the probed company's own where the
    gazetteer knows its maker."""
    if subject is None:
        return []
    makers = [c.entity_id for c in causes if c.type in ORG]
    return [subject] + [m for m in view.after(subject.start, MODEL)[1:]
                        if not _maker(view, m) or any(same_maker(_maker(view, m), k, view.gazetteer) for k in makers)]


def _partner(view: SentenceView, pos: int):
    """"…probing Microsoft's deal with OpenAI": the company on the other side of a deal named right after ``pos``."""
    text = view.norm.folded
    deal = view.re(_DEAL_WITH).match(text, pos)
    if deal is None:
        return None
    return next((m for m in view.mentions if m.start == deal.end() and m.type in ORG), None)


def _passive_ban(view: SentenceView, a: int, b: int):
    """A ban in the passive voice at ``[a, b)``: None when the cue is active; else the (cause, party) pairs —
    the subject opening the clause (a name, or the one thing a description stands for) is banned by the parties
    after "by" (any organisation) or "in" (a public body or a country), or between 被/遭 and the verb. Nothing
    when the subject is only kept from acting ("was blocked from selling…"); None (the active reading) when the
    subject is no cause ("staff were banned from using the tool")."""
    text = view.norm.folded
    opening = view.clause_of(a)[0]
    lead = view.re(_PASSIVE_LEAD).search(text, opening, a)
    agent_first = lead is not None and lead.end() <= a and view.re(_PASSIVE_AGENT).search(text, lead.start(), lead.end())
    if lead is None or not (agent_first or lead.end() == a) or (not agent_first and view.re(_PROGRESSIVE).match(text, a)):
        return None  # active, or "is investigating OpenAI" (progressive, not passive)
    subjects = [m for m in view.mentions if opening <= m.start and m.end <= lead.start() and m.type in CAUSES]
    if subjects and (view.re(dc.SUBJECT_SLOT).fullmatch(text, opening, subjects[0].start)
                     or view.re(_ARTICLE).fullmatch(text, opening, subjects[0].start)):
        causes = _possessed(view, view.after(subjects[0].start, CAUSES, hi=lead.start()))
    else:
        causes = _described_list(view, opening, lead.start(), at=True, lead=_OPENING) or []
    if not causes:
        return None  # "JP Morgan said staff were banned from using the tool": the people kept from use are no cause
    if view.re(_RESTRAINED).match(text, b):
        return []
    if agent_first:  # "已被意大利、台湾禁用"
        parties = [m for m in view.mentions if agent_first.end() <= m.start and m.end <= a and m.type in ORG]
        parties = _listed_after(view, parties[0]) if parties else []
        parties = [p for p in parties if p.end <= a] or _fronted_place(view, opening)  # "在加拿大，X已被禁用"
    else:
        by = view.re(_BAN_OBJECT + _PASSIVE_BY).match(text, b)
        first = next((m for m in view.mentions if by is not None and m.start == by.end() and m.type in ORG), None)
        if first is None:
            parties = _fronted_place(view, opening)  # "In Canada, X has been banned on government devices"
        else:
            parties = [p for p in _listed_after(view, first)
                       if by.group("by") is not None or _public(view, p) or _kind(view, p) in PLACE_KINDS]
    reason = view.re(_BAN_REASON).search(text, max(view.start, a - _NEAR), min(view.end, b + _NEAR))
    strong = view.re(_STRONG_BAN).search(text, a, b)
    return [(c.entity_id, p.entity_id) for c in causes for p in parties if p.entity_id != c.entity_id
            and (c.type in MODEL or reason or (strong and _public(view, p)))]  # a company banned: as in the active voice


def _fronted_place(view: SentenceView, opening: int) -> list:
    """"In Canada, DeepSeek has been banned…", "在加拿大，DeepSeek已被禁用": the place (or public body) of a clause made
    only of "in" / 在 and its name, opening the sentence right before the clause at ``opening`` — where, and by whom,
    a ban in the passive with no agent of its own applies; [] when there is none."""
    text = view.norm.folded
    previous = view.previous_clause(opening)
    if previous is None or previous[0] != view.start:
        return []
    inside = [m for m in view.mentions if previous[0] <= m.start and m.end <= previous[1]]
    if len(inside) != 1 or inside[0].type not in ORG or not (_public(view, inside[0]) or _kind(view, inside[0]) in PLACE_KINDS):
        return []
    lead = view.re(_SENTENCE_OPENER + r"{worry.where_leads}\s*(?:{discourse.articles}\s+)?").fullmatch(text, previous[0], inside[0].start)
    return [inside[0]] if lead is not None and not text[inside[0].end:previous[1]].strip(" ,，") else []


def brought(view: SentenceView):
    """"苹果表示，由于《数字市场法》带来的监管不确定性，…": the subject opening the sentence is worried by
    the thing named right before 带来的 (in the same clause)."""
    text = view.norm.folded
    for match in view.matches(BROUGHT):
        if view.re(_DISMISSED).match(text, match.end()):
            continue  # "带来的风险很低"
        cause = view.before(match.start(), CAUSES, reach=False)
        subjects = [m for m in view.mentions if m.end <= match.start() and m.type in ORG]
        if cause is None or not subjects:
            continue
        subject = subjects[0]
        opening = view.clause_of(subject.start)[0]
        if subject.entity_id == cause.entity_id or not view.re(dc.SUBJECT_SLOT).fullmatch(text, opening, subject.start) \
                or len(text[view.start:opening].strip()) > 8 or view.mentions[0] is not subject:
            continue  # the subject opens the sentence, after a short time phrase at most ("周五，苹果表示")
        yield cause.entity_id, subject.entity_id


def probe(view: SentenceView):
    """"美国商务部对DeepSeek展开调查": the investigated party worries the investigator — a public body, or
    anyone with a reason of worry in the sentence ("…，担心…")."""
    text = view.norm.folded
    for match in view.matches(PROBES):
        reason = _near_reason(view, match.start(), match.end())
        if view.re(_BAN_HEDGE).search(text, max(view.clause_of(match.start())[0], match.start() - 12), match.start()) \
                or _hedged(view, match.start()):
            continue
        worried = view.before(match.start(), ORG) or _bare_body(view, match.start())
        if worried is not None and _in_venue(view, worried, match.start()):
            worried = view.before(worried.start, ORG, reach=False)  # "A在加州联邦法院起诉B": A sues, California is where
        elif worried is not None and _kind(view, worried) in PLACE_KINDS and view.re(_JUDGED_BY).match(text, worried.end):
            continue  # "美国联邦法官驳回作家起诉Meta的部分主张": the judge acts; the place is no party
        if worried is not None and worried.end <= match.start() \
                and view.re(_NEW_SUBJECT).search(view.norm.original, worried.end, match.start()):
            continue  # "A sued B, and Dow Jones, the owner of…, sued C": C's suer is the subject the gazetteer lacks
        if worried is not None and _qualifies_company(view, worried):
            worried = _apposed_owner(view, worried, match.start())  # "Acme, a U.S. media group, has sued X": Acme
            if worried is None:
                continue  # "the first US media organization that has sued X": the place only says where the party is
        plural = None if worried is not None else _examples_after(view, match.start())
        worried = worried or plural  # "多国已对DeepSeek展开调查，包括意大利和法国": the list names the plural party
        pair = _described_pair(view, match.start()) if worried is None else None  # "两国已对DeepSeek展开调查"
        worried = worried or (pair[0] if pair else None)
        lo, hi = _slot_span(view, *group_span(match, "party"))
        lead = view.re(_PASSIVE_LEAD).search(text, view.clause_of(match.start())[0], match.start())
        if lead is not None and lead.end() == match.start() and not view.re(_PROGRESSIVE).match(text, match.start()):
            continue  # "OpenAI was fined by …": the subject is the one probed ("is examining X" is active)
        if worried is not None and view.re(_POSSESSOR_ONLY).match(text, worried.end):
            continue  # "Germany's data commissioner ordered…": the commissioner acts, not Germany
        if worried is not None and worried.start < view.start and len({
                m.entity_id for m in view.previous_sentence_mentions(ORG) if _kind(view, m) in _INVESTIGATORS}) > 1 \
                and _bare_body(view, match.start()) is None \
                and not _party_described(view, view.clause_of(match.start())[0], match.start()):
            continue  # "The FTC and the DOJ opened an inquiry. They sent orders to…": which body? nothing
            # ("该委员会随后向X发出质询": a description picks the one body out)
        if worried is None or view.re(dc.NEGATION).search(text, max(view.start, match.start() - 12), match.start()) \
                or not (reason or _public(view, worried) or _kind(view, worried) == "collective"
                        and view.re(_COMPLAINT).search(text, match.start(), match.end())
                        or view.re(_LAWSUIT).search(text, match.start(), match.end())
                        or view.re(_STOP_DEMAND).search(text, match.start(), match.end())):
            continue  # a public body's probe is a worry (a consumers' or workers' complaint, anyone's lawsuit too); else with a reason
        subjects = frozenset(m.entity_id for m in listed_with(view, worried, match.start()))
        defendant = _earlier_defendant(view) if view.re(_LAWSUIT).search(text, match.start(), match.end()) else None
        causes = _with_partners(view, _probed(view, lo, hi)) or _described_list(
            view, lo, hi, at=True, parties=subjects, prefer=defendant.entity_id if defendant is not None else None) \
            or _pronoun_object(view, lo, hi) or _subject_object(view, lo, hi, worried) \
            or _counted_list(view, lo, hi, after=match.end()) or []  # "对七家公司展开调查，包括A和B"
        matter = view.re(_PROBE_MATTER).match(text, match.end()) if any(c.type in ORG for c in causes) else None
        subject = next((m for m in view.mentions if matter is not None and m.start == matter.end() and m.type in MODEL), None)
        for thing in _matter_list(view, subject, causes):
            if all(c.entity_id != thing.entity_id for c in causes):
                causes = causes + [thing]  # "对OpenAI展开调查，重点关注其ChatGPT": the model(s) the probe is about
        causes = causes + [m for m in _accused_models(view, causes) if all(c.entity_id != m.entity_id for c in causes)]
        causes = causes + _makers_products(view, causes)  # "fined Replika developer Luka": Replika too
        causes = [c for c in causes if not _qualifies_company(view, c)  # "对A等中国科技企业…": China only qualifies them
                  and not (c.type in ORG and view.re(_ITS_PERSON).match(text, c.end))]  # "a fine on OpenAI's CEO": a person's
        for cause in causes:
            for party in _listed_after(view, plural) if plural else pair or listed_with(view, worried, match.start()):
                if party.entity_id != cause.entity_id:
                    yield cause.entity_id, party.entity_id


def _in_venue(view: SentenceView, m, act: int | None = None) -> bool:
    """"xAI在加州联邦法院起诉OpenAI", "Acme sued Zenith in a California federal court": a place right after a where-lead
    (``worry.where_leads``) and right before a court (``worry.venue_bodies``) — or right before the act itself at
    ``act`` ("Getty此前亦在美国起诉Stability AI") — only says where the act is done; the one who acts is named before it."""
    text = view.norm.folded
    if _kind(view, m) not in PLACE_KINDS \
            or view.re(_VENUE_LEAD).search(text, max(view.clause_of(m.start)[0], m.start - 8), m.start) is None:
        return False
    end = m.end
    for n in (n for n in view.mentions if n.start >= end):  # "在美国纽约联邦法院": places in a row
        if text[end:n.start].strip() or _kind(view, n) not in PLACE_KINDS:
            break
        end = n.end
    return view.re(_VENUE_BODY).match(text, end) is not None or act is not None and end <= act and not text[end:act].strip()


def named_act(view: SentenceView):
    """"Acme's lawsuit against Zenith", "the case brought by Acme against Zenith", "a fine by the Garante against
    OpenAI", "Zenith agreed to pay $5 million to settle a lawsuit brought by Acme": a legal or regulatory act named as
    a noun (``worry.act_nouns``). Its owner (right before it, with a possessive) or its agent (after "by",
    ``worry.act_agents``, with those listed with it) is worried by whom it is against (``worry.act_objects``: the
    name right after "against"/"into", a description before it allowed) — or, when the act is settled
    (``worry.settlements``), by the subject who settles it. A lawsuit or complaint is any organisation's; a fine or a
    probe a public body's. Nothing when only threatened or planned (``worry.act_hedges``), hedged or negated. An act
    opening the sentence with its agent in the passive ("The suit was organised by X", ``worry.act_passive_agents``)
    is against the one company the article sued before (``_earlier_defendant``). An agent in an appositive
    participle ("The lawsuit, backed by A, B, and C, targets X and Y") is a list running over names the gazetteer
    knows only the head of; "the lawsuit" with no agent is that of the one organisation that opened a suit against
    no name in the sentences before (``_earlier_plaintiff``: "The RIAA has initiated legal action against two
    AI music generators. The lawsuit … targets X") — with backers named, theirs too."""
    text = view.norm.folded
    for a, b in view.cues(ACT_NOUNS):
        opening, closing = view.clause_of(a)
        if view.re(_ACT_HEDGE).search(text, max(opening, a - 40), a) or _hedged(view, a) \
                or view.re(dc.NEGATION).search(text, max(opening, a - 12), a):
            continue
        owner = view.before(a, ORG, reach=False)
        agent = view.re(_ACT_AGENT).match(text, b)
        passive = view.re(_ACT_PASSIVE).match(text, b)
        if passive is not None and a == view.start + len(view.re(_OPENING + _ARTICLE_OR_NOTHING).match(text, view.start).group()):
            first = _organisation_at(view, passive.end())  # "The suit was organised by X."
            if first is None:
                continue
            defendant = _earlier_defendant(view)
            for party in listed_with(view, first, closing, anywhere=True):
                if defendant is not None and party.entity_id != defendant.entity_id and _kind(view, party) not in PLACE_KINDS:
                    yield defendant.entity_id, party.entity_id
            continue
        if owner is not None and owner.start >= opening and view.re(_CLAIM_OWNER).fullmatch(text, owner.end, a):
            if view.re(_AGENT_ONLY).fullmatch(text, a, b):
                continue  # "Goldman's case against Nvidia": an argument, not a lawsuit ("the case brought by…" is one)
            parties, end = [owner], b  # "Acme's lawsuit against…"
        elif agent is not None:
            first = _organisation_at(view, agent.end())
            if first is None:
                continue
            appositive = view.re(_COMMA).match(text, b) is not None  # "The lawsuit, backed by A, B, and C, targets…"
            parties = _gap_list(view, first, ORG, _ACT_OBJECT) if appositive else \
                [m for m in view.after(first.start, ORG) if m.start < closing]
            plaintiff = _earlier_plaintiff(view) if appositive and view.re(_DEFINITE_ACT).search(
                text, max(view.start, a - 24), a) else None  # "A initiated legal action against…. The lawsuit, backed by B, …"
            end = parties[-1].end
            tail = view.re(_NAME_TAIL).match(text, end) if appositive else None
            end = tail.end() if tail is not None and view.re(_ACT_OBJECT).match(text, tail.end()) else end
            if plaintiff is not None and all(p.entity_id != plaintiff.entity_id for p in parties):
                parties = parties + [plaintiff]
        elif view.re(_DEFINITE_ACT).search(text, max(view.start, a - 24), a) and view.re(_ACT_OBJECT).match(text, b):
            plaintiff = _earlier_plaintiff(view)  # "A filed a lawsuit against two startups. The suit targets X and Y"
            if plaintiff is None:
                continue
            parties, end = [plaintiff], b
        else:
            continue
        link = view.re(_ACT_OBJECT).match(text, end)
        if link is not None:
            target = next((m for m in view.mentions if m.start >= link.end() and m.type in CAUSES), None)
            reach = max(closing, view.clause_of(link.end())[1])  # "The lawsuit, backed by A, targets X": a clause on
            if target is None or target.start - link.end() > _ACT_REACH or target.end > reach \
                    or re.search(r"[,;，；]", text[link.end():target.start]):
                continue
            causes = _possessed(view, view.after(target.start, CAUSES))
        elif agent is not None and view.re(_SETTLED).search(text, max(opening, a - 48), a):
            subject = _opening_subject(view, a)  # "Zenith agreed to pay … to settle a lawsuit brought by Acme"
            causes = [subject] if subject is not None and not _public(view, subject) else []
        else:
            continue
        suit = view.re(_LAWSUIT).search(text, a, b) or view.re(_COMPLAINT).search(text, a, b)
        causes = [c for c in causes if _kind(view, c) not in PLACE_KINDS]
        causes = causes + [m for m in _accused_models(view, causes) if all(c.entity_id != m.entity_id for c in causes)]
        causes = causes + _makers_products(view, causes)  # "fined Replika developer Luka": Replika too
        for party in parties:
            if not (suit or _public(view, party)) or view.re(_POSSESSOR_ONLY).match(text, party.end) and party is not owner:
                continue
            for cause in causes:
                if cause.entity_id != party.entity_id:
                    yield cause.entity_id, party.entity_id


def _organisation_at(view: SentenceView, pos: int):
    """The name right at ``pos`` (an article at most before it), if it is an organisation's; else None."""
    first = next((m for m in view.mentions if m.start >= pos), None)
    if first is None or first.type not in ORG or not view.re(_ARTICLE_OR_NOTHING).fullmatch(view.norm.folded, pos, first.start):
        return None
    return first


def _earlier_defendant(view: SentenceView):
    """The one company (or product) the article sued before this sentence: named right after a suing verb or "a
    lawsuit against" (``worry.defendant_leads``) — what "The suit" opening this sentence is against; None when no
    name or several names stand right after such a lead. Only that first name is read: in "suing A and B" the suit
    is taken to be against A alone (a known gap: B is missed, nothing false is added)."""
    text = view.norm.folded
    sued = {m.entity_id: m for m in view.earlier if m.type in CAUSES and _kind(view, m) not in PLACE_KINDS
            and view.re(_DEFENDANT_LEAD).search(text, max(0, m.start - 48), m.start)}
    return next(iter(sued.values())) if len(sued) == 1 else None


def _earlier_plaintiff(view: SentenceView):
    """The one organisation that opened a lawsuit or legal action in the few sentences before this one against no
    name ("The RIAA has initiated legal action against two AI music generators", ``worry.plaintiff_leads`` right
    after it): the agent of "the lawsuit" this sentence names the defendants of; None when none or several."""
    text = view.norm.folded
    lo = max(0, view.start - _BODY_REACH)
    sued = {m.entity_id: m for m in view.earlier if m.start >= lo and m.type in ORG and _kind(view, m) not in PLACE_KINDS
            and (lead := view.re(r"(?:" + _BRACKET_CLOSE + r")?" + _PLAINTIFF_LEAD).match(text, m.end)) is not None
            and not any(n.start >= lead.end() and n.start - lead.end() < _ACT_REACH and n.type in CAUSES
                        and not re.search(r"[.;!?。；]", text[lead.end():n.start]) for n in view.earlier)
            and not view.re(_OTHER_SUIT).search(text, lead.end(), view.start)}  # another suit since: which one?
    return next(iter(sued.values())) if len(sued) == 1 else None


def _suer_of(view: SentenceView, defendant: str):
    """The one organisation an earlier sentence of the article has suing ``defendant`` ("Acme, a publisher, has
    initiated legal proceedings against Zenith", ``worry.plaintiff_leads``); None when none or several."""
    text = view.norm.folded
    suers = {}
    for m in view.earlier:
        if m.type not in ORG or _kind(view, m) in PLACE_KINDS:
            continue
        lead = view.re(_APPOSED + _PLAINTIFF_LEAD).match(text, m.end)
        if lead is not None and any(n.entity_id == defendant and 0 <= n.start - lead.end() < _ACT_REACH
                                    for n in view.earlier):
            suers[m.entity_id] = m
    return next(iter(suers.values())) if len(suers) == 1 else None


def alleged(view: SentenceView):
    """"Acme sued Zenith. … The lawsuit alleges Zenith used Acme's articles to develop the technology behind the
    chatbot Zeta", "In its filing, Acme alleges that Zenith scraped posts to train its Zeta chatbot": an allegation
    against the company the article sued before (``_earlier_defendant``), naming that company first, names what
    the suit is about — the company's own product the wrong went into (``worry.accused_matters``, as the gazetteer
    knows it) worries the suer: the organisation alleging, or for "the lawsuit alleges" the one that sued the company
    (``_suer_of``). Nothing when hedged or negated, or when the allegation is about another company."""
    text = view.norm.folded
    for a, b in view.cues(ALLEGES):
        opening = view.clause_of(a)[0]
        if _hedged(view, a) or view.re(dc.NEGATION).search(text, max(opening, a - 12), a):
            continue
        defendant = _earlier_defendant(view)
        if defendant is None:
            continue
        accused = next((m for m in view.mentions if m.start >= b and m.type in ORG), None)
        if accused is None or accused.entity_id != defendant.entity_id \
                or not view.re(_ALLEGED_LEAD).fullmatch(text, b, accused.start):
            continue  # "alleges that Zenith …": the accused named first
        subject = view.before(a, ORG, reach=False)
        if subject is not None and subject.start >= opening and not text[subject.end:a].strip(" ,，") \
                and subject.entity_id != defendant.entity_id:
            suer = subject  # "Acme alleges that Zenith…"
        elif view.re(_ALLEGER).search(text, opening, a):
            suer = _suer_of(view, defendant.entity_id)  # "the lawsuit alleges Zenith…"
        else:
            continue
        if suer is None or suer.entity_id == defendant.entity_id:
            continue
        for model in _accused_models(view, [accused]):
            yield model.entity_id, suer.entity_id


def _gap_list(view: SentenceView, first, types, stop: str | None = None) -> list:
    """``first`` and the names of ``types`` listed after it with a comma or a coordinator and a few words between
    (``worry.target_gaps``: "Acme Music Group, Zenith Records Inc., and Warner Records", where the gazetteer knows
    only the head of a longer name); the list ends at anything longer."""
    listed = [first]
    for m in (m for m in view.mentions if m.start > first.start and m.type in types):
        if m.start < listed[-1].end:
            continue
        if not view.re(_TARGET_GAP_WORDS).fullmatch(view.norm.folded, listed[-1].end, m.start) \
                or stop is not None and view.re(stop).search(view.norm.folded, listed[-1].end, m.start):
            break  # a longer gap, or the link to what follows ("…, targets X")
        listed.append(m)
    return list({m.entity_id: m for m in listed}.values())


def _accused_models(view: SentenceView, causes: list) -> list:
    """"sued Acme, accusing it of scraping posts to train its chatbot, Zeta": the model an accusation after the one
    sued company names as its own (``worry.accused_matters``), when the gazetteer knows it as that company's; else
    the first such model the sentence names after the company as its own ("fined Acme over data collected by its
    chatbot Zeta", "对Acme展开调查，指其聊天机器人Zeta…": ``worry.own_product_leads``, then a kind noun,
    ``worry.product_kinds``), with no other act between (``worry.own_product_blockers``: "…, which released its
    model Zeta")."""
    companies = [c for c in causes if c.type in ORG]
    if len(companies) != 1:
        return []
    company = companies[0]
    text = view.norm.folded
    named = [m for m in view.mentions if m.start > company.end and m.type in MODEL  # the accusation runs up to the name
             and view.re(_ACCUSED).fullmatch(text, company.end, m.start)
             and same_maker(_maker(view, m) or "", company.entity_id, view.gazetteer)]
    return named or [m for m in view.mentions if m.start > company.end and m.type in MODEL  # "…over data collected
                     and view.re(_ITS_PRODUCT).search(text, max(company.end, m.start - 40), m.start)  # by its chatbot X"
                     and not view.re(_OWN_BLOCKED).search(text, company.end, m.start)  # "…, which later released its model X"
                     and same_maker(_maker(view, m) or "", company.entity_id, view.gazetteer)][:1]


def found(view: SentenceView):
    """"国安局测试五款应用，包括A、B，发现普遍存在资安风险", "The agency found that A poses security risks": what
    the sentence's subject finds risky worries it — the names in the finding (slot `party`), else the list closing
    the clause right before the finding verb. The finder opens the sentence (after a short lead at most), or stands
    right before the verb (its list too: "A, B and C said Acme was scraping content without permission"), or owns
    the claim ("Acme's claim that Zenith unlawfully used…"). A place is no cause; the product a claimed wrong went
    into ("…to train its model Zeta") is one too, when the gazetteer knows it as the accused's."""
    text = view.norm.folded
    for match in view.matches(FOUND):
        if view.re(_BAN_HEDGE).search(text, max(view.start, match.start() - 12), match.start()) or _hedged(view, match.start()):
            continue
        if view.re(_BAN_HEDGE).search(text, match.start(), match.end()):
            continue  # "said DeepSeek may have violated…": not asserted
        lead = view.re(_PASSIVE_LEAD).search(text, view.clause_of(match.start())[0], match.start())
        if lead is not None and lead.end() == match.start() and not view.re(_PROGRESSIVE).match(text, match.start()):
            continue  # "DeepSeek was accused by OpenAI of…": the subject is the one accused
        finder = _opening_subject(view, match.start())
        if finder is None:  # "reports indicate that Euroconsumers have pointed out…": the subject right before the verb
            near = view.before(match.start(), ORG, reach=False)
            finder = near if near is not None and (view.re(_AUX_ONLY).fullmatch(text, near.end, match.start())
                                                   or view.re(_CLAIM_OWNER).fullmatch(text, near.end, match.start())) else None
        if finder is None or view.re(_NO_RISK).search(text, match.start(), match.end()):
            continue  # "found no vulnerabilities", "不存在风险", "存在的风险很低"
        span = group_span(match, "party")
        causes = _probed(view, *span) if span else _possessed(view, view.after(match.end(), CAUSES))
        lead = text[span[0]:min(c.start for c in causes)] if span and causes and span[1] < match.end() else ""
        if lead and not _CJK.search(lead) and not view.re(_SLOT_LEAD).fullmatch(lead):
            continue  # a subject slot (a verb after it): "said content on Google was used without permission" names
            # no subject ("pointed out flaws in X" is an object slot, closing the match; Chinese
            # slots are bounded by their templates: "谷歌上的非法内容" is no act)
        if not causes:
            previous = view.previous_clause(match.start())
            if previous is not None and not text[previous[1]:match.start()].strip(" ,，"):
                causes = _probed(view, previous[0], previous[1])  # "…，包括A、B、C，发现…"
        causes = [c for c in causes if _kind(view, c) not in PLACE_KINDS]  # "said China illegally…": geopolitics
        causes = causes + [m for m in _accused_models(view, causes) if all(c.entity_id != m.entity_id for c in causes)]
        causes = causes + _makers_products(view, causes)  # "fined Replika developer Luka": Replika too
        for cause in causes:
            for party in listed_with(view, finder, match.start()):  # "A, B and C said Acme was scraping…"
                if cause.entity_id != party.entity_id and cause.start > party.end:
                    yield cause.entity_id, party.entity_id


def urged(view: SentenceView):
    """"RSF urged Apple to scrap Apple Intelligence", "欧盟呼吁意大利禁用DeepSeek": what a party wants removed or
    banned worries it — the thing right after the removal verb (or the one thing a description there stands for)."""
    text = view.norm.folded
    for match in view.matches(URGED):
        if view.re(dc.NEGATION).search(text, max(view.start, match.start() - 12), match.start()) or _hedged(view, match.start()):
            continue  # "RSF did not urge…", "RSF可能呼吁…"
        party = view.before(match.start(), ORG, reach=False)
        if party is None or view.re(_POSSESSOR_ONLY).match(text, party.end):
            continue  # "Germany's data protection commissioner asked…": the commissioner asks, not Germany
        asked = group_span(match, "party")
        if asked and view.re(_NEGATED_ASK).search(text, *asked):
            continue  # "urged regulators not to investigate X": the opposite of a worry
        thing = group_span(match, "thing")  # "呼吁加强对ChatGPT的监管": the thing inside the cue
        if thing:
            for cause in _probed(view, *thing) or _described_list(view, thing[0], thing[1], at=True) or []:
                for worried in listed_with(view, party, match.start()):
                    yield cause.entity_id, worried.entity_id
            continue
        lo = match.end()
        described = _described_list(view, lo, view.clause_of(lo - 1)[1], at=True, lead=_BAN_OBJECT)
        following = [m for m in view.mentions if m.start >= lo and m.type in CAUSES]
        if asked and view.re(_OWN_PRODUCT).match(text, lo):
            if not _public(view, party):
                continue
            causes = [c for c in _probed(view, *asked) if c.type in ORG and not _public(view, c)]
            # "The PIPC asked DeepSeek to remove its app (from Apple's store)": the company asked to pull its own product
        elif described:  # a description standing for nothing leaves a name right after it to be read
            causes = described
        elif following and view.re(_BAN_OBJECT + _TITLE_OPENER).fullmatch(text, lo, following[0].start):
            # "下架中国初创公司的“深度求索”应用": the place only says where the company is from
            causes = _possessed(view, _past_place_products(view, view.after(following[0].start, CAUSES)))
        else:
            continue
        for cause in causes:
            for worried in listed_with(view, party, match.start()):
                yield cause.entity_id, worried.entity_id


def concern(view: SentenceView):
    """"Privacy concerns over DeepSeek prompted Italy to block…", "Amid security concerns about DeepSeek, Taiwan
    banned…", "基于对DeepSeek的安全疑虑，韩国暂停…": a concern about X (slot `party`) named as a noun phrase worries
    the party it moves — the one right after the verb (``worry.concern_prompts``), or the subject opening the next
    clause (``worry.concern_leads``). Only the first thing named in the slot, and nothing when it is hedged."""
    text = view.norm.folded
    for template, after_verb in ((CONCERN_PROMPTS, True), (CONCERN_LEADS, False)):
        for match in view.matches(template):
            if view.re(_BAN_HEDGE).search(text, match.end(), min(view.end, match.end() + 12)) if after_verb \
                    else view.re(dc.NEGATION).search(text, max(view.start, match.start() - 8), match.start()):
                continue  # "concerns about X could prompt…", "并非出于对X的担忧"
            lo, hi = group_span(match, "party")
            causes = _possessed(view, [m for m in view.mentions if lo <= m.start and m.end <= hi and m.type in CAUSES])
            causes = [made for c in causes[:1] if (made := _made_by(view, c)) is not None]
            if after_verb:
                first = next((m for m in view.mentions if m.start >= match.end() and m.type in ORG), None)
                if first is None or not view.re(_ARTICLE_OR_NOTHING).fullmatch(text, match.end(), first.start):
                    continue
            else:
                end = view.clause_of(match.end() - 1)[1]
                if text[match.end():end].strip() or end >= view.end:
                    continue  # the phrase closes its clause: the party opens the next one
                nxt = view.clause_of(end + 1)
                first = next((m for m in view.mentions if nxt[0] <= m.start < nxt[1] and m.type in ORG), None)
                if first is None or not (view.re(dc.SUBJECT_SLOT).fullmatch(text, nxt[0], first.start)
                                         or view.re(_ARTICLE).fullmatch(text, nxt[0], first.start)):
                    continue
            if not after_verb and view.re(_HEDGE_AFTER).match(text, first.end):
                continue  # "Amid concerns about X, Taiwan may ban…": not asserted
            if view.re(_OWNER_MARK).match(text, first.end) or view.re(_MARKET).match(text, first.end):
                continue  # "Nvidia's shares fell", "英伟达股价回升": the market moves, the company is not worried
            for party in view.after(first.start, ORG):
                for cause in causes:
                    if cause.entity_id != party.entity_id:
                        yield cause.entity_id, party.entity_id


def opposed(view: SentenceView):
    """"ITIC opposed the AI Diffusion Rule", "谷歌批评该法案", "CAA and UTA criticized OpenAI for using… in Sora":
    the first model or policy after the cue in its clause (or the one policy or product a description there
    stands for) worries the organisation before the cue (its list too, or the one a person opening the sentence
    speaks for). A company criticized is no cause here (precision first); nothing when a condition, a hedge or a
    passive lead comes before the cue in its clause."""
    text = view.norm.folded
    for a, b in view.cues(OPPOSES):
        opening, closing = view.clause_of(a)
        if view.re(_OPPOSES_NOT).search(text, opening, a) or _hedged(view, a):
            continue  # "if Meta opposed…", "may oppose", "遭到批评"
        toward = [t for t in view.cues(_TOWARDS) if opening <= t[0] < a]
        inside = [m for m in view.mentions if toward and toward[-1][1] <= m.start and m.end <= a]
        described = described_cause(view, toward[-1][1], a)[1] if toward and not inside else None
        if toward and not inside and described is None and view.re(_ANAPHOR_ONLY).fullmatch(text, toward[-1][1], a):
            # only a policy: a model there is what a ban, a sale or a release was about, rarely what is opposed
            # ("美国禁止英伟达向中国出售H20。中方对此坚决反对": the ban, not the H20)
            earlier = {m.entity_id: m for m in view.previous_sentence_mentions(_OPPOSED_CAUSES)
                       if m.type == NodeType.POLICY}
            if len(earlier) > 1:
                earlier = {m.entity_id: m for m in _issued_one(view, list(earlier.values()))}
            described = next(iter(earlier.values())) if len(earlier) == 1 and not any(
                m.type in _OPPOSED_CAUSES for m in view.mentions if m.end <= a) else None
            # "美国发布X。中方对此坚决反对": the one policy of the sentence before (none named in this one before 此)
        if inside or described is not None:  # "美国商会对《人工智能法案》提出异议": the cause between 对 and the cue, the party before 对
            party = view.before(toward[-1][0], ORG, reach=False)  # "对法案表达异议": the one bill a bare 法案 stands for
            named = [m for m in inside if m.type in _OPPOSED_CAUSES][:1] if inside else \
                [described] if described.type in _OPPOSED_CAUSES else []
            for cause in named if party is not None and party.start >= opening else []:
                for worried in listed_with(view, party, toward[-1][0]):
                    if worried.entity_id != cause.entity_id and worried.entity_id != _maker(view, cause):
                        yield cause.entity_id, worried.entity_id
            continue
        party = view.before(a, ORG, reach=False)
        if party is not None and (party.start < opening or view.re(_POSSESSOR_ONLY).match(text, party.end)
                                  or view.re(_MARKET).match(text, party.end) or _qualifies_company(view, party)):
            party = None  # "Italy's watchdog criticized…": the watchdog, not Italy ("the U.S. tech giant": a company)
        party = party or _described_party(view, opening, a) or _represented(view, a) or _example_before(view, a) \
            or _framed_speaker(view, opening, a)
        plural = None if party else _examples_after(view, a)  # "Trade groups opposed the rule, including A and B"
        party = party or plural
        if party is None:
            continue
        described = None if view.re(_BAN_OBJECT + _OPPOSES_VAGUE).match(text, b) \
            else _described_list(view, b, closing, at=True, lead=_BAN_OBJECT)  # "opposed the rule", "批评该规定"
        named = [m for m in view.mentions if b <= m.start and m.end <= closing and m.type in _OPPOSED_CAUSES]
        causes = described if described is not None else _possessed(view, view.after(named[0].start, _OPPOSED_CAUSES))[:3] \
            if named else (_pronoun_object(view, b) or _opposed_before(view, a, b))  # "SAG-AFTRA criticized it."
        for cause in causes:
            for worried in _listed_after(view, plural) if plural else listed_with(view, party, a):
                if worried.entity_id != cause.entity_id and worried.entity_id != _maker(view, cause):
                    yield cause.entity_id, worried.entity_id


def _framed_speaker(view: SentenceView, opening: int, pos: int):
    """"Meta表示，（其）不会签署该准则": a clause with no subject of its own (a pronoun or a few characters at most
    before ``pos``) right after a clause that only frames speech (``speech.frame``) has that clause's speaker as
    its subject — the organisation opening it."""
    text = view.norm.folded
    previous = view.previous_clause(pos)
    if previous is None or previous[1] > opening or pos - opening > _FRAMED_LEAD \
            or not view.re(_SPEECH_END).search(text, *previous) or text[previous[1]:opening].strip(" ,，:：\"“「"):
        return None
    speaker = next((m for m in view.mentions if previous[0] <= m.start and m.end <= previous[1] and m.type in ORG), None)
    if speaker is None or not (view.re(dc.SUBJECT_SLOT).fullmatch(text, previous[0], speaker.start)
                               or view.re(_ARTICLE).fullmatch(text, previous[0], speaker.start)):
        return None
    return speaker


def harms(view: SentenceView):
    """"Nvidia said the AI Diffusion Rule would undermine American leadership", "美国商会称，该法案将扼杀创新": the
    model or policy a party says will harm (slot `party`: the first one named, or the one a description there
    stands for) worries the party opening the sentence, or the one right before the speech verb."""
    text = view.norm.folded
    for match in view.matches(HARMS):
        if view.re(_OPPOSES_NOT).search(text, view.clause_of(match.start())[0], match.start()) \
                or view.re(dc.NEGATION).search(text, max(view.start, match.start() - 12), match.start()) \
                or _hedged(view, match.start()):
            continue  # "if Nvidia says…", "Nvidia did not say…", "Nvidia may argue…"
        party = _opening_subject(view, match.start())
        if party is None:
            near = view.before(match.start(), ORG, reach=False)
            party = near if near is not None and view.re(_AUX_ONLY).fullmatch(text, near.end, match.start()) else None
        if party is None:
            continue
        lo, hi = group_span(match, "party")
        if view.re(dc.NEGATION).search(text, lo, hi) or view.re(_NO_RISK).search(text, lo, hi):
            continue  # "said the rule would not harm…", "does not believe Sora threatens…", "no longer threatens"
        inside = [m for m in view.mentions if lo <= m.start and m.end <= hi]
        if inside:
            causes = _possessed(view, inside)[:1]
            security = view.re(_SECURITY).search(text, hi, max(match.end(), view.clause_of(hi)[1]))  # "DeepSeek threatens national security"
            causes = causes if causes[0].type in _OPPOSED_CAUSES or security else []
        else:  # "the bill would stifle…"; "it would stifle innovation": the one model or policy of the sentence before
            causes = _described_list(view, lo, hi, lead=r"\s*")
            if causes is None and view.re(_HARMED_GOOD).match(text, match.end()):
                causes = _pronoun_object(view, lo, hi)  # not "Meta said it would slow hiring": Meta about itself
            causes = causes or []
        for cause in causes:
            for listed in listed_with(view, party, match.start()):  # "Spotify, Ericsson and Meta said the rule would…"
                if cause.entity_id != listed.entity_id and listed.entity_id != _maker(view, cause):
                    yield cause.entity_id, listed.entity_id


def prompted(view: SentenceView):
    """"…, prompting the Garante to block the app", "Privacy concerns led Italy to ban DeepSeek", "DeepSeek的隐私问题
    促使意大利禁用该应用": the parties moved to ban or probe (slot `party`) are worried by what they ban — the name or
    the one thing a description stands for right after the verb — else by the thing opening the sentence. Nothing
    when hedged or negated ("could prompt…": not these finite forms)."""
    text = view.norm.folded
    for match in view.matches(PROMPTED):
        if view.re(_BAN_HEDGE).search(text, max(view.clause_of(match.start())[0], match.start() - _HEDGE_REACH), match.start()) \
                or view.re(dc.NEGATION).search(text, max(view.start, match.start() - 12), match.start()) \
                or _hedged(view, match.start()):
            continue
        lo, hi = group_span(match, "party")
        parties = [p for p in view.after(lo, ORG, hi=hi) if not view.re(_POSSESSOR_ONLY).match(text, p.end)]
        parties = _past_place_products(view, parties)
        if not parties:
            continue
        end = view.clause_of(match.end() - 1)[1]
        following = [m for m in view.mentions if m.start >= match.end() and m.type in CAUSES]
        described = _described_list(view, match.end(), end, at=True, lead=_BAN_OBJECT)
        if described:
            causes = described
        elif described is None and following and following[0].end <= end \
                and view.re(_BAN_OBJECT).fullmatch(text, match.end(), following[0].start):
            causes = _possessed(view, view.after(following[0].start, CAUSES))
        else:  # "DeepSeek's data practices prompted Italy to block the app": the thing opening the sentence
            first = view.mentions[0] if view.mentions else None
            causes = [first] if first is not None and first.end <= lo and first.type in CAUSES \
                and view.re(_SENTENCE_OPENER).fullmatch(text, view.start, first.start) \
                and sum(m.type in CAUSES and m.end <= match.start() for m in view.mentions) == 1 else []
            # "A and B drew…, prompting…": which one? nothing
        for cause in _possessed(view, causes):
            for party in parties:
                if party.entity_id != cause.entity_id and party.entity_id != _maker(view, cause):
                    yield cause.entity_id, party.entity_id


def _pronoun_object(view: SentenceView, pos: int, hi: int | None = None, lead: str = r"\s*") -> list | None:
    """"Italy banned it.", "SAG-AFTRA criticized it", "韩国对其展开调查": an object pronoun at ``pos`` (alone up to
    ``hi``, or closing its clause) stands for the one model or policy of the sentence before (``_one_earlier_cause``);
    None when no pronoun is there, [] when it fits nothing or several things."""
    text = view.norm.folded
    match = view.re(lead + _OBJECT_PRONOUN).match(text, pos)
    if match is None or (hi is not None and text[match.end():hi].strip()):
        return None
    if hi is None and not view.re(_PRONOUN_CLOSE).match(text, match.end()):
        return None
    return _one_earlier_cause(view, pos)


def _subject_object(view: SentenceView, lo: int, hi: int, worried) -> list:
    """"Meta said the watchdog had asked it to delay…", "Meta paused the launch after the regulator told it to…":
    an object pronoun alone in the slot ``[lo, hi)`` stands for the company opening the sentence (its subject or
    speaker) when nothing else fits — a company, not the public body that acts."""
    text = view.norm.folded
    pronoun = view.re(r"\s*" + _OBJECT_PRONOUN).match(text, lo)
    if pronoun is None or text[pronoun.end():hi].strip():
        return []
    subject = _opening_subject(view, lo)
    if subject is None or subject.type not in ORG or _public(view, subject) \
            or (worried is not None and (worried.entity_id == subject.entity_id or worried.start < subject.end)):
        return []
    return [subject]


def _destination(view: SentenceView, m) -> bool:
    """Whether ``m`` is a place or a government written as where data goes ("被传回中国", "sent to China"): the
    destination of a transfer is no cause of the worry about it."""
    return _kind(view, m) in PLACE_KINDS | {"government"} \
        and view.re(_DESTINATION).search(view.norm.folded, max(view.start, m.start - 8), m.start) is not None


def _opening_subject(view: SentenceView, pos: int):
    """The organisation opening the sentence before ``pos`` (after a short lead, "周五，" or "两岸资安角力，")."""
    subjects = [m for m in view.mentions if m.end <= pos and m.type in ORG]
    if not subjects or view.mentions[0] is not subjects[0]:
        return None
    subject = subjects[0]
    opening = view.clause_of(subject.start)[0]
    if len(subjects) > 1 and view.re(_OWNED_HEAD).fullmatch(view.norm.folded, subject.end, subjects[1].start):
        subject, opening = subjects[1], opening  # "Italy's data protection watchdog, Garante, said it…": Garante
        return subject if len(view.norm.folded[view.start:opening].strip()) <= 8 else None
    if not (view.re(dc.SUBJECT_SLOT).fullmatch(view.norm.folded, opening, subject.start)
            or view.re(_ARTICLE).fullmatch(view.norm.folded, opening, subject.start)) \
            or len(view.norm.folded[view.start:opening].strip()) > 8:
        return None
    if _kind(view, subject) in PLACE_KINDS | _PUBLIC_KINDS and view.re(_PLACE_BODY).match(view.norm.original, subject.end):
        return None  # "California Superior Court", "California Department of Justice": a body the gazetteer lacks
    head = view.re(_COMPANY_HEAD).match(view.norm.folded, subject.end) if _qualifies_company(view, subject) else None
    if head is not None and len(subjects) > 1 and not view.norm.folded[head.end():subjects[1].start].strip():
        return subjects[1]  # "美国三大影视集团迪士尼、环球…": the companies listed; the place only says where they are
    return subject


def _represented(view: SentenceView, pos: int):
    """"Jane Roe, the head of Acme, wrote…, expressing concerns", "Jane Roe, president of Acme, warned…": the
    organisation a person opening the sentence speaks for (named in apposition right after them), for a cue at
    ``pos`` whose own clause names no party."""
    text = view.norm.folded
    titled = _titled_person(view, pos)
    if titled is not None:
        return titled  # "Nvidia CEO Jensen Huang, who opposed…"
    if not view.mentions or getattr(view.mentions[0], "kind", None) != "person" or view.mentions[0].end > pos:
        return None
    person = view.mentions[0]
    if not view.re(dc.SUBJECT_SLOT).fullmatch(text, view.start, person.start) \
            and not view.re(_ARTICLE).fullmatch(text, view.start, person.start):
        return None
    rest = [m for m in view.mentions[1:] if m.end <= pos]
    if not rest or rest[0].type not in ORG:
        return None
    if not view.re(_ROLE_OF).fullmatch(text, person.end, rest[0].start) \
            and not (view.re(r"\s*[,，]\s*").fullmatch(text, person.end, rest[0].start)
                     and view.re(_ROLE_OWNED).match(text, rest[0].end)):
        return None  # "Jane Roe, the head of Acme", "Jane Roe, Acme's president of global affairs"
    return rest[0]  # (a fallback: an organisation in the cue's own clause is found before this)


def _titled_person(view: SentenceView, pos: int):
    """"Nvidia CEO Jensen Huang – who opposed…", "英伟达CEO黄仁勋批评…": the organisation opening the sentence
    when a role title (``citation.person_roles``) and a person's name follow it right away, before ``pos``."""
    text = view.norm.folded
    if len(view.mentions) < 2 or view.mentions[0].type not in ORG or view.mentions[1].end > pos \
            or getattr(view.mentions[1], "kind", None) != "person":
        return None
    org, person = view.mentions[0], view.mentions[1]
    if not (view.re(dc.SUBJECT_SLOT).fullmatch(text, view.start, org.start)
            or view.re(_ARTICLE).fullmatch(text, view.start, org.start)) \
            or not view.re(_TITLE_BETWEEN).fullmatch(text, org.end, person.start):
        return None
    return org


def _not_own(find, nations: bool = False):
    """A rule's pairs without a maker worried by its own product ("谷歌暂停了Gemini的功能", "Anthropic warned that
    Claude could be misused"): the maker the gazetteer knows is the party, or shares its name's stem.
    (A partial of module functions, so that an extractor still travels to worker processes.)"""
    return partial(_drop_own, find, nations)


def _drop_own(find, nations: bool, view: SentenceView):
    for cause, worried in find(view):
        maker = _maker_of_id(view, cause)
        if (maker is None or not same_maker(maker, worried)) and not _only_qualifies(view, worried) \
                and not (nations and _places_both(view, cause, worried)) and not _only_possessor(view, cause) \
                and not _only_backer(view, cause) and not _only_backer(view, worried) and not _only_remit(view, worried):
            yield cause, worried


_REMIT_LEAD = r"{worry.remit_leads}\s*$"


def _only_remit(view: SentenceView, entity_id: str) -> bool:
    """Whether every mention of the place ``entity_id`` in the sentence only names the remit of a body written
    before it ("the House committee on China sent a letter to X", ``worry.remit_leads``): the body acts, not the
    place."""
    named = [m for m in view.mentions if m.entity_id == entity_id]
    lead = view.re(_REMIT_LEAD)
    return bool(named) and all(_kind(view, m) in PLACE_KINDS and lead.search(view.norm.folded, view.start, m.start)
                               for m in named)


def _only_backer(view: SentenceView, entity_id: str) -> bool:
    """Whether every mention of ``entity_id`` in the sentence is written as the backer of another ("accusing the
    Microsoft-backed AI company of…", "亚马逊投资的Anthropic", ``worry.backer_marks``): it only describes that
    other one, and is neither what worries nor who is worried."""
    named = [m for m in view.mentions if m.entity_id == entity_id]
    backer = view.re(_BACKER)
    return bool(named) and all(backer.match(view.norm.folded, m.end) for m in named)


def _past_venue(view: SentenceView, m):
    """``m``, or when it is a venue right after 在/于 ("国家安全局在立法院表示忧心…": where it was said) the
    organisation named before it in its clause — or None when there is none."""
    if m is None or m not in view.mentions or not view.re(_VENUE).search(view.norm.folded, max(view.start, m.start - 3), m.start):
        return m
    return view.before(m.start, ORG, lo=view.clause_of(m.start)[0])


def _qualifies_company(view: SentenceView, m) -> bool:
    """Whether ``m`` is a place or trade written right before a kind of company ("a Wall Street bank", "华尔街投行"):
    it only says where the company is, it is no party."""
    return _kind(view, m) in _MODIFIER_KINDS and view.re(_COMPANY_HEAD).match(view.norm.folded, m.end) is not None


_APPOSITION_OPEN = r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"  # "Acme, a (leading) U.S. media group": the apposition's opening
_APPOSITION_CLOSE = r"[^,.;]{1,60},\s*"  # the apposition closing before the act


def _apposed_owner(view: SentenceView, place, act: int):
    """"Acme, a U.S. media group, has sued X": a place qualifying the company noun of an apposition (closed before the
    act at ``act``) describes the organisation the apposition follows, which is the party; None when there is none."""
    text = view.norm.folded
    owner = next((m for m in reversed(view.mentions) if m.end <= place.start and m.type in ORG), None)
    if owner is None or _kind(view, owner) in PLACE_KINDS \
            or not view.re(_APPOSITION_OPEN).fullmatch(text, owner.end, place.start) \
            or not view.re(_APPOSITION_CLOSE).match(text, place.end, act) \
            or view.re(_APPOSITION_CLOSE).match(text, place.end, act).end() < act - 40:
        return None
    return owner


def _past_possessors(view: SentenceView, named: list) -> list:
    """``named`` with each place that owns the name right after it ("China's DeepSeek", "中国的DeepSeek") replaced by
    that name: what a place owns is what is banned or feared. A place written right against an organisation's name
    ("the US Federal Trade Commission", "UK CMA", "美國FTC") only says where it is: the organisation."""
    text = view.norm.folded
    possessive = view.re(dc.POSSESSIVE)
    out = []
    for m in named:
        owned = next((n for n in view.mentions if n.start >= m.end and n.type in CAUSES
                      and (possessive.fullmatch(text, m.end, n.start)
                           or n.type in ORG and _kind(view, n) not in PLACE_KINDS and _against(text, m.end, n.start))), None) \
            if _kind(view, m) in PLACE_KINDS else None
        m = owned or m
        if all(o.entity_id != m.entity_id for o in out):
            out.append(m)
    return out


def _against(text: str, end: int, start: int) -> bool:
    """A name written right against the one ending at ``end``: after a space ("UK CMA"), or glued to a Chinese place
    ("美國FTC", "英国CMA")."""
    return start > end and not text[end:start].strip(" ") or start == end and _CJK.match(text, end - 1) is not None


def _only_possessor(view: SentenceView, entity_id: str) -> bool:
    """Whether every mention of ``entity_id`` in the sentence is a place owning the name right after it ("China's
    DeepSeek", "中国的DeepSeek"): the thing owned is what worries, never the place that only says whose it is."""
    text = view.norm.folded
    named = [m for m in view.mentions if m.entity_id == entity_id]
    possessive = view.re(dc.POSSESSIVE)
    return bool(named) and all(_kind(view, m) in PLACE_KINDS and any(
        n.start >= m.end and n.type in CAUSES and possessive.fullmatch(text, m.end, n.start) for n in view.mentions)
        for m in named)


_PLACES = PLACE_KINDS - {"government"}


def _places_both(view: SentenceView, cause: str, worried: str) -> bool:
    """Whether a place is probed by a place or a government ("美国对中国AI的审查", "美国科技巨头遭遇欧盟调查"): an
    investigation between nations is geopolitics, its object a country's products or firms, not the country
    (for worries.probe and worries.scrutiny; "中国的突破令华盛顿担忧" stays a worry)."""
    kinds = {}
    for entity_id in (cause, worried):
        entry = view.gazetteer.entries.get(entity_id) if view.gazetteer is not None else None
        kinds[entity_id] = entry.kind if entry is not None else next(
            (m.kind for m in view.mentions if m.entity_id == entity_id), None)
    return kinds[cause] in _PLACES and kinds[worried] in PLACE_KINDS | {"industry"}


def _bare_body(view: SentenceView, pos: int):
    """"委员会上月向DeepSeek发送质询函", "The commission asked DeepSeek for…": a bare body noun opening the clause
    of ``pos`` stands for the one agency or legislature named in the sentence or the few sentences before
    (``_BODY_REACH`` characters, over a paragraph break); when several fit, the one that opens the sentence before
    and is the only one named there ("The FTC began looking into…. The agency sent letters to…"); else None."""
    text = view.norm.folded
    opening = view.clause_of(pos)[0]
    lead = view.re(_OPENING).match(text, opening)
    bare = view.re(_BARE_BODY).match(text, lead.end(), pos)
    if not bare:
        return None
    scope = [*(m for m in view.earlier if m.start >= view.start - _BODY_REACH),
             *(m for m in view.mentions if m.end <= opening)]
    fits = {m.entity_id: m for m in scope if m.type in ORG and _kind(view, m) in {"agency", "legislature"}}
    head = re.split(r"[\s,，该家此]", bare.group(0).strip())[-1]  # "the data protection authority": authority
    named = {i: m for i, m in fits.items() if head and head in text[m.start:m.end]}  # "委员会": 个人信息保护委员会
    fits = named or fits
    if len(fits) > 1 and opening == view.start:  # "The FTC began looking into…. The agency sent letters to…": the body
        start = view.previous_sentence_start()       # opening the sentence before, when it is one of those that fit
        before = [m for m in view.earlier if m.start >= start and m.end <= view.start]
        first = before[0] if before and len({m.entity_id for m in before if m.entity_id in fits}) == 1 else None
        if first is not None and first.entity_id in fits and view.re(_SENTENCE_OPENER + _ARTICLE_OR_NOTHING).fullmatch(text, start, first.start):
            return first
    return next(iter(fits.values())) if len(fits) == 1 else None


def _past_place_products(view: SentenceView, named: list) -> list:
    """``named`` with each place written right against a kind of product or company ("美国聊天机器人Replika",
    "若中国AI模型…", "the US chatbot Replika", "Chinese AI models") replaced by the name right after that
    noun, or dropped when none follows: the place only says where the products come from."""
    text = view.norm.folded
    out = []
    for m in named:
        product = view.re(_PLACE_PRODUCT).match(text, m.end) if _kind(view, m) in PLACE_KINDS else None
        if product is None:
            out.append(m)
            continue
        name = next((n for n in view.mentions if product.end() <= n.start <= product.end() + _NAMED_REACH
                     and n.type in CAUSES and _kind(view, n) not in PLACE_KINDS), None)
        if name is not None and all(o.entity_id != name.entity_id for o in out):
            out.append(name)
    return out


def _only_qualifies(view: SentenceView, entity_id: str) -> bool:
    """Whether every mention of ``entity_id`` in the sentence is a place written against a body or people the
    gazetteer does not know ("意大利监管机构的隐私疑虑", "德国数据保护专员"): that body worries, not the place."""
    text = view.norm.folded
    named = [m for m in view.mentions if m.entity_id == entity_id]
    return bool(named) and all(_kind(view, m) in PLACE_KINDS and (view.re(_UNNAMED_BODY).match(text, _past_places(view, m)) or _counted(view, m))
                               and not _regulators_of_places(view, m) for m in named)


def _counted(view: SentenceView, m) -> bool:
    """Whether the place ``m`` is inside a counted noun phrase ("A California man sued…", "Two Texas families…",
    "美国得州一名少年的父母起诉…", "日本一家出版社", "多名加州居民"): it only says where the unnamed party is from."""
    text = view.norm.folded
    if view.re(_COUNTED_OWN).match(text, m.end):
        return False  # "韩国多个政府部门", "several US government agencies": the place's own bodies, the place is the party
    if view.re(_COUNTED_ACT).match(text, m.end):
        return False  # "Meta faces an EU investigation": the article counts the act, the place acts
    return view.re(_COUNTED_AFTER).match(text, m.end) is not None \
        or view.re(_COUNTED_BEFORE).search(text, max(view.start, m.start - _COUNTED_REACH), m.start) is not None


def _past_places(view: SentenceView, m) -> int:
    """Where the places written right against each other from ``m`` on end ("美国加州一名少年": past 加州)."""
    end = m.end
    for n in view.mentions:
        if n.start >= end and not view.norm.folded[end:n.start].strip() and n.start - end <= 1 and _kind(view, n) in PLACE_KINDS:
            end = n.end
        elif n.start >= end:
            break
    return end


def _regulators_of_places(view: SentenceView, m) -> bool:
    """Whether ``m`` closes a list of two or more places written against a regulator the gazetteer does not know
    ("爱尔兰、比利时和荷兰的数据保护机构", ``worry.unnamed_regulators``): each place stands for its own regulator, as
    in "regulators in Ireland, Belgium and the Netherlands" (one place alone: "意大利监管机构" is no party)."""
    if _kind(view, m) not in PLACE_KINDS or m not in view.mentions:
        return False
    orgs = [p for p in view.mentions if p.type in ORG]
    lo = hi = orgs.index(m)
    while lo > 0 and _kind(view, orgs[lo - 1]) in PLACE_KINDS and _joined(view, orgs[lo - 1].end, orgs[lo].start):
        lo -= 1
    while hi + 1 < len(orgs) and _kind(view, orgs[hi + 1]) in PLACE_KINDS and _joined(view, orgs[hi].end, orgs[hi + 1].start):
        hi += 1
    return hi > lo and bool(view.re(_UNNAMED_REGULATOR).match(view.norm.folded, orgs[hi].end))


def _maker_of_id(view: SentenceView, entity_id: str) -> str | None:
    entry = view.gazetteer.entries.get(entity_id) if view.gazetteer is not None else None
    if entry is not None:
        return entry.developer
    return next((m.developer for m in view.mentions if m.entity_id == entity_id and getattr(m, "developer", None)), None)


def joined(view: SentenceView):
    """"继意大利、法国之后，韩国也对DeepSeek表示担忧", "South Korea joins Italy and France in voicing concern about
    DeepSeek", "the latest country, after Italy and France, to ban DeepSeek": the parties listed in the frame
    (slot `party`, the list alone) voiced the same worry first — the one cause of the worry, ban or probe cue
    after the frame (between 对/就 and the cue, else right after it) worries each of them, and the subject of
    "joins". Nothing when no cue follows, the cue is hedged or negated, or the cause is not one thing."""
    text = view.norm.folded
    for match in view.matches(JOINED):
        lo, hi = group_span(match, "party")
        listed = view.after(lo, ORG, hi=hi)
        if not listed or not view.re(_ARTICLE_OR_NOTHING).fullmatch(text, lo, listed[0].start) \
                or text[listed[-1].end:hi].strip() and not view.re(_UNNAMED_CONJUNCT).fullmatch(text, listed[-1].end, hi):
            continue  # the slot holds the list and nothing else, an article at most ("joins the Garante in";
            # "继OpenAI发布GPT-5之后": no list; "继亚马逊和几所大学之后": an unnamed conjunct closing the list is no name)
        reach = match.end() + _JOINED_REACH
        cues = {(a, b): None for template in _JOINED_CUES for a, b in view.cues(template) if match.end() <= a <= reach}
        for probed in view.matches(PROBES):  # "又一个对DeepSeek展开调查的国家": a probe's match holds its object
            if match.end() <= probed.start() <= reach and not view.re(dc.NEGATION).search(
                    text, max(view.start, probed.start() - 12), probed.start()):
                cues[probed.span()] = group_span(probed, "party")
        act = view.re(_JOINED_ACT).match(text, match.end())
        cues = {act.span(): None} if act is not None else cues
        if not cues:
            continue
        a, b = min(cues)
        slot = cues[a, b]
        if view.re(_BAN_HEDGE).search(text, max(view.start, a - _HEDGE_REACH), a) or _hedged(view, a) \
                or _hedged(view, match.start()):
            continue  # "…之后，韩国也可能对X表示担忧", "Korea may join A and B in…"
        toward = [t for t in view.cues(_TOWARDS) if match.end() <= t[0] < a]
        causes = _past_possessors(view, _probed(view, *slot) if slot else view.after(toward[-1][1], CAUSES, hi=a)
                                  if toward else view.after(b, CAUSES))[:1]
        if causes and causes[0].type in ORG and view.re(_PRODUCT_NOUN).match(text, causes[0].end):
            made = {m.entity_id: m for m in view.mentions if m.type in MODEL and m.end <= causes[0].start
                    and _maker_of_id(view, m.entity_id) == causes[0].entity_id}
            causes = list(made.values()) if len(made) == 1 else []  # "限制使用OpenAI聊天机器人": the one ChatGPT named
        if not causes and not toward:  # "又一家限制使用该聊天机器人的公司": the one thing the description stands for
            causes = (_described_list(view, b, view.clause_of(b)[1], at=True, lead=_BAN_OBJECT) or [])[:1]
        if len(causes) != 1:
            continue
        subject = view.before(match.start(), ORG, reach=False)
        joins = subject is not None and view.re(_JOINED_SUBJECT).fullmatch(text, subject.end, match.start())
        parties = listed + ([subject] if joins else [])
        for party in parties:
            if party.entity_id != causes[0].entity_id:
                yield causes[0].entity_id, party.entity_id


def probe_targets(view: SentenceView):
    """"The FTC opened an inquiry. It sent orders to A, B and C", "The investigation will center on chatbots from A
    and B, the FTC said", "调查对象包括A、B和C": each company or model listed after the cue (the first within a short
    gap, and those listed with it) worries the investigating body — only when exactly one public body (an agency,
    a legislature or a government; a country alone is not counted) is named in the sentence or the few before it.
    The list runs over commas, coordinators and up to two words between names ("Google parent Alphabet, …, and
    Elon Musk's xAI") and ends at anything longer. Nothing when hedged or negated."""
    text = view.norm.folded
    for a, b in view.cues(PROBE_TARGETS):
        if _hedged(view, a) or view.re(dc.NEGATION).search(text, max(view.start, a - 12), a):
            continue
        scope_lo = max(0, view.start - _BODY_REACH)
        if not view.re(_PROBE_NOUN).search(text, scope_lo, view.end):
            continue  # "Suppliers that received orders include A": no investigation in sight
        first = next((m for m in view.mentions if m.start >= b and m.type in CAUSES), None)
        if first is None or first.start - b > _TARGET_GAP or view.re(r"[。；;.]").search(text, b, first.start):
            continue
        targets = [first]
        for m in (m for m in view.mentions if m.start > first.start and m.type in CAUSES):
            if m.start < targets[-1].end or not view.re(_TARGET_GAP_WORDS).fullmatch(text, targets[-1].end, m.start) \
                    or m.type in ORG and _kind(view, m) in _PUBLIC_KINDS:
                break  # the list ends at a verb, a clause of its own or the speech frame (", the FTC said")
            targets.append(m)
        targets = [t for t in targets if not (t.type in ORG and _kind(view, t) in _PUBLIC_KINDS)]
        scope = [*(m for m in view.earlier if m.start >= scope_lo), *view.mentions]
        bodies = {m.entity_id: m for m in scope if m.type in ORG and _kind(view, m) in _INVESTIGATORS}
        if len(bodies) != 1:
            continue
        body = next(iter(bodies.values()))
        for target in targets:
            if target.entity_id != body.entity_id:
                yield target.entity_id, body.entity_id


def suspected(view: SentenceView):
    """"OpenAI is suspected of breaching the GDPR; the Garante opened an investigation", "OpenAI涉嫌违反隐私法规，
    意大利监管机构已展开调查": a probe opened with no object named is into the one thing named right before a
    suspicion cue (``worry.suspicions``) earlier in the sentence, else in the sentence before — it worries the
    organisation opening the probe (named right before the verb in its clause, or the one body a bare "the
    commission" / 委员会 stands for). Nothing when hedged, negated, or when several things are suspected."""
    text = view.norm.folded
    for match in view.matches(PROBE_OPENED):
        a = match.start()
        opening = view.clause_of(a)[0]
        if view.re(_BAN_HEDGE).search(text, max(opening, a - _HEDGE_REACH), a) or _hedged(view, a) \
                or view.re(dc.NEGATION).search(text, max(view.start, a - 12), a):
            continue
        worried = view.before(a, ORG, reach=False)
        if worried is not None and (worried.start < opening or view.re(_POSSESSOR_ONLY).match(text, worried.end)):
            worried = None
        worried = worried or _bare_body(view, a)
        if worried is None:
            continue
        suspicions = list(view.re(_SUSPICION).finditer(text, view.start, opening))
        if suspicions:
            scope = [m for m in view.mentions if m.end <= suspicions[-1].start()]
        else:
            lo = view.previous_sentence_start()
            suspicions = list(view.re(_SUSPICION).finditer(text, lo, view.start))
            scope = [m for m in view.earlier if lo <= m.start and suspicions and m.end <= suspicions[-1].start()]
        if len(suspicions) != 1 or not scope or scope[-1].type not in CAUSES \
                or len(text[scope[-1].end:suspicions[0].start()].strip(" ,，")) > _SUSPECT_GAP:
            continue  # no suspicion, several, or none right after a name
        cause = _possessed(view, scope)[-1] if scope[-1].type in CAUSES else None
        if cause is not None and cause.entity_id != worried.entity_id:
            for party in listed_with(view, worried, a):
                if party.entity_id != cause.entity_id:
                    yield cause.entity_id, party.entity_id


RULES = (
    Rule("worries.causative", "WORRIES", 0.85, _not_own(causative), triggers=(CAUSATIVE,)),
    Rule("worries.cue", "WORRIES", 0.8, _not_own(transitive), triggers=(TRANSITIVE, RAISES, PARTICIPLES)),
    Rule("worries.poses", "WORRIES", 0.8, _not_own(poses), triggers=(POSES,)),
    Rule("worries.scrutiny", "WORRIES", 0.7, _not_own(scrutiny, nations=True), triggers=(SCRUTINY, PUBLIC_SCRUTINY, OPPOSED_PASSIVE)),
    Rule("worries.sees_as_threat", "WORRIES", 0.75, _not_own(sees_as_threat), triggers=(SEES_AS_THREAT,)),
    Rule("worries.experiencer", "WORRIES", 0.8, _not_own(experiencer), triggers=(EXPERIENCER,)),
    Rule("worries.ban", "WORRIES", 0.7, _not_own(ban), triggers=(BANS,)),
    Rule("worries.brought", "WORRIES", 0.7, _not_own(brought), triggers=(BROUGHT,)),
    Rule("worries.probe", "WORRIES", 0.7, _not_own(probe, nations=True), triggers=(PROBES,)),
    Rule("worries.found", "WORRIES", 0.65, _not_own(found), triggers=(FOUND,)),
    Rule("worries.urged", "WORRIES", 0.65, _not_own(urged), triggers=(URGED,)),
    Rule("worries.concern", "WORRIES", 0.7, _not_own(concern), triggers=(CONCERN_PROMPTS, CONCERN_LEADS)),
    Rule("worries.opposed", "WORRIES", 0.65, _not_own(opposed), triggers=(OPPOSES,)),
    Rule("worries.harms", "WORRIES", 0.6, _not_own(harms), triggers=(HARMS,)),
    Rule("worries.prompted", "WORRIES", 0.65, _not_own(prompted), triggers=(PROMPTED,)),
    Rule("worries.joined", "WORRIES", 0.65, _not_own(joined), triggers=(JOINED,)),
    Rule("worries.probe_targets", "WORRIES", 0.65, _not_own(probe_targets), triggers=(PROBE_TARGETS,)),
    Rule("worries.suspected", "WORRIES", 0.65, _not_own(suspected, nations=True), triggers=(PROBE_OPENED,)),
    Rule("worries.act", "WORRIES", 0.65, _not_own(named_act, nations=True), triggers=(ACT_NOUNS,)),
    Rule("worries.alleged", "WORRIES", 0.6, _not_own(alleged), triggers=(ALLEGES,)),
)


def listed_with(view: SentenceView, party, pos: int, anywhere: bool = False) -> list:
    """The parties listed with ``party`` before ``pos``: "South Korea, Italy and France voiced…" is all three.

    A list counts only where a subject stands (unless ``anywhere``): at the opening of its clause, or
    after "including" / 包括, or after a subordinator opening the clause ("…, as A and B are looking into…",
    ``worry.subordinators``). An abbreviation in brackets stays with its name ("国家网信办（网信办）、公安部"); a
    member written with the place that owns it ("the European Commission and the UK's CMA", "A和英国的CMA") keeps
    the list running before it (the place is no member).
    """
    if party is None:
        return []
    text = view.norm.folded
    if _kind(view, party) in PLACE_KINDS and view.re(_UNNAMED_BODY).match(text, party.end) \
            and not _regulators_of_places(view, party):
        return []  # "義大利個資保護機關下令…": a body the gazetteer does not know, not the place
    orgs = [m for m in view.mentions if m.type in ORG and m.end <= pos]
    if party not in orgs:
        return [party]  # a description ("the company") standing for a name of an earlier sentence
    i = orgs.index(party)
    lo = hi = i
    possessive = view.re(dc.POSSESSIVE)
    # "A and the UK's CMA": the list runs on past the place owning a member; not "Italy and France's CNIL" (a place
    # before the owner: the possessive may be shared, no list)
    while lo > 0:
        j = lo - 1 if _kind(view, orgs[lo - 1]) in PLACE_KINDS and _kind(view, orgs[lo]) not in PLACE_KINDS \
            and possessive.fullmatch(text, orgs[lo - 1].end, orgs[lo].start) else lo
        if j == 0 or not _joined(view, orgs[j - 1].end, orgs[j].start) \
                or j < lo and _kind(view, orgs[j - 1]) in _GEOGRAPHIC:
            break
        lo = j - 1
    while hi + 1 < len(orgs) and _joined(view, orgs[hi].end, orgs[hi + 1].start):
        hi += 1
    if lo == hi:
        return [party]
    first = orgs[lo]
    opening = view.clause_of(first.start)[0]
    opener = view.re(_SENTENCE_OPENER).match(text, opening)  # "But A, B and C voiced…"
    if anywhere or view.re(dc.SUBJECT_SLOT).fullmatch(text, opening, first.start) \
            or view.re(dc.SUBJECT_SLOT).fullmatch(text, opener.end(), first.start) \
            or view.re(_ARTICLE).fullmatch(text, opening, first.start) \
            or view.re(_LIST_HEAD).fullmatch(text, opener.end(), first.start) \
            or view.re(_LIST_OPENER).search(text, opening, first.start) \
            or view.re(_SUBORDINATE_OPENING).fullmatch(text, opening, first.start):
        owner = view.re(_OWNER_MARK)  # "Garante, Italy's privacy watchdog, said…": Italy only owns the watchdog
        members = orgs[lo:hi + 1]
        return list({m.entity_id: m for i, m in enumerate(members) if m is party or not (
            owner.match(text, m.end) or _modifies_next(view, m, members[i + 1:]))}.values())
    return [party]


def _modifies_next(view: SentenceView, m, rest: list) -> bool:
    """Whether a place ``m`` is written right against the next name, modifying it ("台湾数位发展部": Taiwan's
    ministry, not Taiwan and the ministry; "the US Federal Trade Commission": the US's commission)."""
    return bool(rest) and not view.norm.folded[m.end:rest[0].start].strip() \
        and _kind(view, m) in _PUBLIC_KINDS | PLACE_KINDS


def _joined(view: SentenceView, a: int, b: int) -> bool:
    """Whether two names at ``[.., a)`` and ``[b, ..)`` are listed together."""
    text = view.norm.folded
    if view.re(_BRACKET_OPEN).fullmatch(text, a, b):
        return True  # "国家互联网信息办公室（国家网信办" : the name and its abbreviation
    close = view.re(_BRACKET_CLOSE).match(text, a, b)
    return bool(view.re(dc.COORD).fullmatch(text, close.end() if close else a, b)) \
        or bool(view.re(_COMPANION).fullmatch(text, a, b))  # "The FTC, along with the Justice Department, is…"


def described_cause(view: SentenceView, pos: int, hi: int, lead: str = r"\s*", parties: frozenset = frozenset(),
                    prefer: str | None = None):
    """"Italy blocked the app", "对该应用表示担忧", "此举": a description of a product, a policy or a company at
    ``pos`` (after ``lead``, ending by ``hi``) and the one thing of its kind it stands for — named before it in
    the sentence or in the sentence before. Precision first: ``(True, None)`` when a description is there but
    none or several things fit; ``(False, None)`` when there is no description.

    An organisation fits "the app" only when named as its product ("the DeepSeek chatbot"); a place never fits, nor
    one of ``parties``, the act's own subject ("The Times sued the startup": the startup is not The Times). Where
    several fit, ``prefer`` picks one of them: the one company the article sued before, for "the startup" a new
    suit is against.
    """
    text = view.norm.folded
    for template, types in _DESCRIBED.items():
        match = view.re(lead + template).match(text, pos)
        if match is None or match.end() > hi:
            continue
        resolved = next((m for m in view.mentions if match.start() <= m.start and m.end == match.end()
                         and m.rule == REFERENCE and m.type in types), None)
        if resolved is not None:
            return True, resolved  # "the Act": the one policy of its kind the article named (references.refer_policies)
        named = next((m for m in view.mentions if m.start >= match.end()), None)
        if named is not None and named.end <= hi and not text[match.end():named.start].strip() \
                and (named.type in types if types is not MODEL else named.type in MODEL
                     or named.type in ORG and _kind(view, named) not in PLACE_KINDS | _PUBLIC_KINDS):
            return True, named  # "the AI chatbot ChatGPT", "该应用DeepSeek": the name right after the description
            # ("the Chinese AI app DeepSeek": a company's name written as its product's is that product)
        scope = [*view.previous_sentence_mentions(ANY), *(m for m in view.mentions if m.end <= pos)]
        fits = {m.entity_id: m for m in scope
                if getattr(m, "kind", None) not in PLACE_KINDS and m.entity_id not in parties
                and (m.type in types or (types is MODEL and m.type in ORG and view.re(_PRODUCT_NOUN).match(text, m.end)))}
        if not fits and (types is MODEL or NodeType.POLICY in types):
            fits = {m.entity_id: m for m in view.earlier if m.type in types  # "further restrictions": the article's one policy
                    and getattr(m, "kind", None) not in PLACE_KINDS}  # "the chatbot": its one model
        if len(fits) > 1 and prefer in fits and types is ORG:
            return True, fits[prefer]  # "A sued Zeta. B sued it too. C also brought claims against the startup": Zeta
        return True, (next(iter(fits.values())) if len(fits) == 1 else None)
    return False, None


def _described_party(view: SentenceView, lo: int, hi: int):
    """"The watchdog said it was concerned…", "该公司感到担忧": a description of an agency, a government or a
    company in ``[lo, hi)`` stands for the one organisation of that kind named before it in the sentence or the
    sentence before; None when none or several fit (precision first)."""
    text = view.norm.folded
    for template, kinds in _PARTY_KINDS.items():
        match = view.re(template).search(text, lo, hi)
        if match is None:
            continue
        scope = [*view.previous_sentence_mentions(ORG), *(m for m in view.mentions if m.end <= match.start())]
        fits = {m.entity_id: m for m in scope if m.type in ORG and (
            _kind(view, m) in kinds if kinds else _kind(view, m) not in _PUBLIC_KINDS | PLACE_KINDS)}
        return next(iter(fits.values())) if len(fits) == 1 else None
    return None


def _party_described(view: SentenceView, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` holds a description of a party ("the company", "the watchdog", 该机构)."""
    text = view.norm.folded
    return any(view.re(t).search(text, lo, hi) for t in (*_PARTY_KINDS, dc.DEFINITE[NodeType.ORGANIZATION]))


def _kind(view: SentenceView, m) -> str | None:
    entry = view.gazetteer.entries.get(m.entity_id) if view.gazetteer is not None else None
    return entry.kind if entry is not None else getattr(m, "kind", None)


def _described_list(view: SentenceView, pos: int, hi: int, at: bool = False, lead: str = r"\s*",
                    parties: frozenset = frozenset(), prefer: str | None = None):
    """:func:`described_cause` as a list of causes: None when no description is at ``pos``, [] when it fits
    nothing (or several things); without ``at``, the description may come anywhere before ``hi``."""
    if not at:
        return next((found for i in range(pos, hi) if (found := _described_list(view, i, hi, True, lead, parties, prefer)) is not None), None) \
            if hi - pos <= 24 else None
    there, cause = described_cause(view, pos, hi, lead, parties, prefer)
    if not there:
        return None
    return [cause] if cause is not None else []


def _probed(view: SentenceView, lo: int, hi: int) -> list:
    """What a probe is into: the name closing the slot before the verb and those listed with it — "对开发ChatGPT
    的实验室OpenAI展开调查" is into OpenAI, "对DeepSeek和Kimi展开调查" into both (a possessor dropped)."""
    inside = [m for m in view.mentions if lo <= m.start and m.end <= hi and m.type in CAUSES
              and not _qualifies_company(view, m)]  # "对A等中国科技企业展开调查": China only says where they are
    opener = next((i for i, m in enumerate(inside) if view.re(_MATTER_OPENER).match(view.norm.folded, m.end)), None)
    if opener is not None:
        inside = inside[:opener + 1]  # "对OpenAI是否违反GDPR展开调查": into OpenAI, not the GDPR of the matter
    if not inside:
        return []
    if view.re(_CONDUCT).search(view.norm.folded, inside[-1].end, hi):
        return [inside[0]]  # "对Meta在WhatsApp中…的行为展开调查": into Meta, the one who acts
    inside = _bracketed_once(view, inside)
    deals = view.re(_DEAL_INVESTORS).match(view.norm.folded, lo, hi) is not None
    chain = [inside[-1]]
    for m in reversed(inside[:-1]):
        if not (view.re(dc.COORD).fullmatch(view.norm.folded, _past_bracket(view, m), chain[0].start)
                or deals and m.type in ORG and chain[0].type in ORG
                and view.re(_DEAL_INVESTEES).fullmatch(view.norm.folded, m.end, chain[0].start)  # "investments by A in B"
                or view.re(dc.POSSESSIVE).fullmatch(view.norm.folded, m.end, chain[0].start)
                or m.type in ORG and view.re(_DEAL_VERB).fullmatch(view.norm.folded, m.end, chain[0].start)):
            break  # "对亚马逊投资Anthropic展开审查": a deal's two sides (the buyer a company)
        chain.insert(0, m)
    described = view.re(_COMMA + _ARTICLE).match(view.norm.folded, chain[-1].end)  # "OpenAI, the startup behind…"
    listed = view.after(chain[-1].start, CAUSES) if chain[-1].end == _slot_end(view, hi) and not described else []
    chain += [m for m in listed if m.start > chain[-1].start]  # "examining OpenAI, Google and Meta over…": the slot ends at a comma
    return _possessed(view, chain)


_COUNTED = r"\s*(?:{discourse.articles}\s+)?{worry.counted_targets}"
_COUNTED_OPENER = "{worry.counted_target_openers}"
_COUNTED_LEAD = r"(?:{discourse.articles}\s+)?"


def _counted_list(view: SentenceView, lo: int, hi: int | None = None, after: int | None = None) -> list | None:
    """"an inquiry into seven technology companies - A, B and C -", "ordered five firms: A and B to…", "对七家科技公司
    展开调查，包括A、B和C": a counted or plural kind of company at ``lo`` (filling the slot up to ``hi`` when one is
    given) stands for the list that names its members right after it — or right after ``after``, the verb closing
    a slot before it. None when no such kind is at ``lo``; [] when no list follows (a kind alone names nobody)."""
    text = view.norm.folded
    kind = view.re(_COUNTED).match(text, lo)
    if kind is None or (hi is not None and text[kind.end():hi].strip()):
        return None
    opener = view.re(_COUNTED_OPENER).match(text, kind.end() if after is None else after)
    if opener is None:
        return []
    first = next((m for m in view.mentions if m.start >= opener.end()), None)
    if first is None or first.type not in CAUSES \
            or not view.re(_COUNTED_LEAD).fullmatch(text, opener.end(), first.start):
        return []
    return [m for m in view.after(first.start, CAUSES) if not _qualifies_company(view, m)]


def _bracketed_once(view: SentenceView, names: list) -> list:
    """"亚马逊(Amazon)", "the Federal Trade Commission (FTC)": a name and its other form in brackets right after it
    are one member of a list — the bracketed form dropped."""
    kept = []
    for m in names:
        if kept and kept[-1].entity_id == m.entity_id and view.re(_BRACKET_OPEN).fullmatch(view.norm.folded, kept[-1].end, m.start):
            continue
        kept.append(m)
    return kept


def _past_bracket(view: SentenceView, m) -> int:
    """Where the list goes on after ``m``: past its other form in brackets ("微软(Microsoft)、OpenAI")."""
    text = view.norm.folded
    opened = view.re(_BRACKET_OPEN).match(text, m.end)
    if opened is None:
        return m.end
    other = next((o for o in view.mentions if o.start == opened.end() and o.entity_id == m.entity_id), None)
    closed = view.re(_BRACKET_CLOSE).match(text, other.end) if other is not None else None
    return closed.end() if closed else m.end


def _slot_span(view: SentenceView, lo: int, hi: int) -> tuple[int, int]:
    """A slot ``lo``–``hi`` carried to the end of a name it cuts: a slot may close at a word inside a name ("scrutiny
    from the State Administration for Market Regulation" closes at "for"), and the name is the party all the same.
    Not a slot a stop mark closed ("sued U.S. AI firm Acme" stops at the abbreviation's point: the place only
    qualifies what follows)."""
    for m in view.mentions:
        if lo <= m.start < hi < m.end and view.norm.folded[hi:hi + 1].isspace():
            return lo, m.end
    return lo, hi


def _slot_end(view: SentenceView, hi: int) -> int:
    """Where the text of a slot ending at ``hi`` ends, blanks and closing quotes dropped."""
    text = view.norm.folded
    while hi > view.start and text[hi - 1] in " \t\"”」』'’":
        hi -= 1
    return hi


def _public(view: SentenceView, org) -> bool:
    """Whether ``org`` is a public body (a regulator, a ministry, a government, a parliament, a country)."""
    return _kind(view, org) in _PUBLIC_KINDS


def _bare_org(view: SentenceView, pos: int):
    """"令公司感到担忧": a bare company noun right after 令 is the organisation named most so far."""
    if not view.re(_BARE_ORG).match(view.norm.folded, pos):
        return None
    return view.most_named_org(pos)


def _possessed(view: SentenceView, chain: list) -> list:
    """"担心美国的出口管制": the possessed name, not its possessor, is what worries."""
    possessive = view.re(dc.POSSESSIVE)
    text = view.norm.folded
    return [m for i, m in enumerate(chain)
            if not (i + 1 < len(chain) and possessive.fullmatch(text, m.end, chain[i + 1].start))]


def _owned_head(view: SentenceView, causes: list) -> list:
    """"不要使用微软旗下GitHub的AI工具Copilot": a company opening the list owns the product named after it through
    旗下/的 and a short description — the product is what worries (only when the chain ends in one)."""
    if not causes or causes[0].type not in ORG:
        return causes
    text = view.norm.folded
    chain = [causes[0]]
    for m in view.mentions:
        if m.start >= chain[-1].end and view.re(_OWNED_LINK).fullmatch(text, chain[-1].end, m.start):
            chain.append(m)
        elif m.start >= chain[-1].end:
            break
    return [chain[-1]] if len(chain) > 1 and chain[-1].type in MODEL else causes


def _made_by(view: SentenceView, cause):
    """"Meta新发布的一项政策", "Meta's new policy": the thing an organisation made worries, not the organisation —
    the thing named right after, else nothing."""
    text = view.norm.folded
    made = view.re(_MADE_THING).match(text, cause.end) if cause.type in ORG else None
    if made is None:
        return cause
    clause_end = view.clause_of(cause.start)[1]
    named = [m for m in view.mentions if made.end() <= m.start and m.end <= clause_end and m.type in CAUSES]
    return named[0] if named and named[0].type not in ORG and named[0].start - made.end() <= 12 else None


def _examples_after(view: SentenceView, pos: int):
    """"Several governments have banned DeepSeek, including Italy and Taiwan": when a plural kind of party opens
    the clause of the cue at ``pos``, the organisations listed after a list opener in the next clause (the first)."""
    text = view.norm.folded
    opening, end = view.clause_of(pos)
    if not view.re(_PLURAL_PARTIES).fullmatch(text, opening, pos) or end >= view.end:
        return None
    following = [c for c in view.clauses if c[0] >= end][:1]
    if not following:
        return None
    lo, hi = following[0]
    inside = [m for m in view.mentions if lo <= m.start and m.end <= hi and m.type in ORG]
    if not inside or not view.re(_SENTENCE_OPENER + r"[,，]?\s*{worry.list_openers}\s*$").fullmatch(text, lo, inside[0].start):
        return None
    return inside[0]


def _included_after(view: SentenceView, a: int, b: int):
    """"Banks that have restricted ChatGPT include A, B and C", "限制员工使用ChatGPT的银行包括A和B": a plural kind
    of party holding the ban at ``[a, b)`` in its relative clause, named by the list right after "include" / 包括
    (the first of it) in the same clause."""
    text = view.norm.folded
    opening, end = view.clause_of(a)
    for include in view.re(_INCLUDED).finditer(text, b, end):
        if not (view.re(_PLURAL_PARTIES).fullmatch(text, opening, a)
                or view.re(_PLURAL_KIND).search(text, include.start(), include.end())):
            return None
        first = next((m for m in view.mentions if m.start >= include.end() and m.type in ORG), None)
        if first is not None and first.end <= view.clause_of(include.end())[1] \
                and not text[include.end():first.start].strip(" :："):
            return first
        return None
    return None


_PAIRS = {  # "both countries", 两国: a description of two parties, and the kinds of organisation they may be
    "{worry.described_country_pairs}": frozenset({"country", "government"}),
    "{worry.described_body_pairs}": frozenset({"agency"}),
    "{worry.described_company_pairs}": None,
}


def _described_pair(view: SentenceView, pos: int) -> list | None:
    """"Regulators in Ireland and Belgium reacted. Both countries have begun probing DeepSeek", "两国已对X展开调查":
    a description of two parties opening the clause of the act at ``pos`` stands for the two organisations of its
    kind the sentence before names — exactly two (precision first); None otherwise."""
    text = view.norm.folded
    opening = view.clause_of(pos)[0]
    for template, kinds in _PAIRS.items():
        match = view.re(_SENTENCE_OPENER + template).match(text, opening)
        if match is None or match.end() > pos or any(match.end() <= m.start < pos for m in view.mentions if m.type in ORG):
            continue
        fits = {m.entity_id: m for m in view.previous_sentence_mentions(ORG)
                if (_kind(view, m) in kinds if kinds else _kind(view, m) not in _PUBLIC_KINDS | PLACE_KINDS)}
        return list(fits.values()) if len(fits) == 2 else None
    return None


_MAKER_LINK = "{worry.product_maker_links}"


def _makers_products(view: SentenceView, causes: list) -> list:
    """"investigating ChatGPT maker OpenAI", "fined Replika developer Luka", "对Replika的开发公司Luka处以罚款",
    "ChatGPT公司OpenAI正被调查": a company acted on that is written as the maker of a product named right before it
    (``worry.product_maker_links``) — the product is acted on with it. Not a product the gazetteer knows as
    another company's."""
    text = view.norm.folded
    found = []
    for cause in causes:
        if cause.type not in ORG:
            continue
        product = next((m for m in reversed(view.mentions) if m.end <= cause.start), None)
        if product is None or product.type not in MODEL \
                or not view.re(_MAKER_LINK).fullmatch(text, product.end, cause.start):
            continue
        maker = _maker(view, product)
        if maker and not same_maker(maker, cause.entity_id, view.gazetteer):
            continue
        if all(c.entity_id != product.entity_id for c in [*causes, *found]):
            found.append(product)
    return found


def _listed_after(view: SentenceView, first) -> list:
    """``first`` and the organisations listed after it ("Italy and Taiwan", "意大利、台湾和澳大利亚")."""
    return view.after(first.start, ORG)


def _example_before(view: SentenceView, pos: int):
    """"Countries, including Japan and Italy, voiced concerns": the examples in the clause before a
    clause that opens with the cue stand for its subject (the last of them; ``listed_with`` adds the rest)."""
    text = view.norm.folded
    opening = view.clause_of(pos)[0]
    previous = view.previous_clause(pos)
    if previous is None or not view.re(_AUX_ONLY).fullmatch(text, opening, pos):
        return None  # the clause opens with the cue, or with auxiliaries ("…, have restricted ChatGPT")
    inside = [m for m in view.mentions if previous[0] <= m.start and m.end <= previous[1] and m.type in ORG]
    if inside and view.re(_LIST_OPENER).search(text, previous[0], inside[0].start):
        return inside[-1]
    return None


def _points_back(view: SentenceView, a: int, b: int, toward_end: int | None) -> bool:
    """Whether a worry cue at ``[a, b)`` names no cause of its own but points back: "对此表示担忧" (an anaphor
    between 对 and the cue), "expressed concern about it", or a cue closing the sentence ("The Garante expressed
    concern.")."""
    text = view.norm.folded
    if toward_end is not None:
        return bool(view.re(_ANAPHOR_ONLY).fullmatch(text, toward_end, a))
    if view.re(_ANAPHOR_AFTER).match(text, b):
        return True
    return not text[b:view.end].strip(" .。!！\"”’」』") and view.clause_of(b - 1)[1] >= view.end - 2


def _one_earlier_cause(view: SentenceView, pos: int) -> list:
    """The one model or policy named in the sentence before (or earlier in this one, before ``pos``): what a worry
    with no cause of its own is about. Nothing when none or several are named (precision first)."""
    text = view.norm.folded
    scope = [*view.previous_sentence_mentions(ANY), *(m for m in view.mentions if m.end <= pos)]
    fits = {m.entity_id: m for m in scope if m.type in (NodeType.MODEL, NodeType.POLICY)
            or (m.type in ORG and view.re(_PRODUCT_NOUN).match(text, m.end))}  # "DeepSeek's chatbot"
    if len(fits) > 1 and all(m.type == NodeType.POLICY for m in fits.values()):
        return _issued_one(view, list(fits.values()))
    return list(fits.values()) if len(fits) == 1 else []


def _issued_one(view: SentenceView, policies: list) -> list:
    """"BIS issued a new rule that extends the Entity List… China opposed it.", "美国发布出口新规，对实体清单…。中方
    对此表示反对": of several policies named before a worry with no cause of its own, the one right after a verb of
    issuing (``release.issue_verbs``, a filler or two between) is what was just done and is opposed — the others
    describe it. Nothing when none or several are issued so ("issued A and B": the list is issued)."""
    text = view.norm.folded
    issued = {m.entity_id: m for m in policies
              if view.re(_ISSUED_LEAD).search(text, max(0, m.start - 16), m.start)}
    if len(issued) != 1:
        return []
    one = next(iter(issued.values()))
    if any(m.start >= one.end and _joined(view, one.end, m.start) for m in policies):
        return []
    return [one]


def _next_clause_causes(view: SentenceView, cue_end: int) -> list:
    """"美國官員擔心，中國…": when the cue closes its clause, what worries them is in the next one."""
    clause_end = view.clause_of(cue_end - 1)[1]
    particles = " ,，:：" + "".join(view.lex.words("discourse.particles"))
    if view.norm.folded[cue_end:clause_end].strip(particles) or clause_end >= view.end:
        return []
    return view.after(clause_end, ANY, hi=view.clause_of(clause_end + 1)[1])[:1]


_CLAUSE_TAIL = re.compile(r"[\s\"'”」』）)》]*")  # what may follow a clause's last word before its stop


def _cause(view: SentenceView, pos: int):
    """What is doing the worrying in "X令Y担忧": X in the clause, else the subject of the clause before.

    A clause before that only frames speech ("黄仁勋称，这一政策令…") names the speaker, not the cause.
    """
    here = view.before(pos, CAUSES)
    opening = view.clause_of(pos)[0]
    if here is not None and here.type in ORG and here.start < opening:  # carried over from the clause before
        previous = view.previous_clause(pos)
        made = {m.entity_id: m for m in view.mentions if previous is not None and previous[0] <= m.start
                and m.end <= previous[1] and m.type in CAUSES and m.type not in ORG}
        # "OpenAI推出的GPT-5，令谷歌担忧": the product that ends the clause is what it is about, not its
        # maker; in "深度求索完成了V3模型的部署，这让华府不安" the clause is about what the maker did
        product = next(iter(made.values())) if len(made) == 1 else None
        if product is not None and _CLAUSE_TAIL.fullmatch(view.norm.original, product.end, previous[1]):
            return product
    if here is not None:
        return here
    described = _described_list(view, opening, pos, at=True, lead=_OPENING)  # "此举令欧盟担忧"
    if described:
        return described[0]
    previous = view.previous_clause(pos)
    if previous is None or view.re(_SPEECH_END).search(view.norm.folded, *previous):
        return None
    inside = [m for m in view.mentions if previous[0] <= m.start and m.end <= previous[1] and m.type in CAUSES]
    made = {m.entity_id: m for m in inside if m.type not in ORG}
    if len(made) == 1 and len(inside) > 1:
        return next(iter(made.values()))  # "商务部依据「232条款」展开的调查，让台积电忧心": the policy, not who applies it
    return inside[0] if inside else None


def _maker(view: SentenceView, mention) -> str | None:
    """The developer the gazetteer knows for a mention (None for most)."""
    entry = view.gazetteer.entries.get(mention.entity_id) if view.gazetteer is not None else None
    return entry.developer if entry else getattr(mention, "developer", None)
