"""RELEASED (Organization → Model|Policy): release cues, passives, possessives, developer nouns.

The cue words are in ``loaders/lang/<code>/release.yaml``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ...schema import NodeType
from . import discourse as dc
from .discovery import PLACE_KINDS
from .gazetteer import same_maker
from .leaders import office, place_named
from .rel_worries import listed_with
from .view import ORG, RELEASABLE, Rule, SentenceView

VERBS = "{release.verbs}"
PASSIVE = "{release.passive}"
_POSSESSIVE = (r"^\s*(?:{release.when}\s*)?(?:{release.jointly}\s*)?{release.possessive}\s*{release.adjectives}?\s*{discourse.attributive}?\s*"
               r"{release.model_nouns}?\s*(?:[—–]+\s*)?(?:[,，]?\s*{release.naming}\s*)?[《「“\"『]?$")
_DEVELOPER_OF = r"^\s*{discourse.attributive}?\s*{release.maker_nouns}\s*$"
_MAKER_OF = r"^\s*,?\s*{release.maker_of}\s*$"
_RELATIVE = r"\s*(?:,\s*)?(?:[\w-]+\s+){0,4}{discourse.relative}\s+(?:{discourse.articles}\s+)?"
_BY = r"^\s*,?\s*{release.by_maker}\s*,?\s*$"
_NOT_RELEASED = r"\s*{release.not_released_heads}"
_UPDATE_HEAD = r"\s*{release.update_heads}"
_DATED_VERSION = re.compile(r"[-\s](?:\d{4}|\d{2}-\d{2})$")  # "Gemini 2.5 Pro 06-05", "DeepSeek-V3-0324", "Qwen3-2507"
_ABOUT = "{release.object_of}"
_PLACE = "{release.place_modifiers}"
_WE = r"[\s\"“「]*{release.first_person}\s*"
POLICY_VERBS = "{release.policy_verbs}"
LEGISLATURE_VERBS = "{release.legislature_verbs}"  # "加州议会通过Y法案": a bare vote, by a legislature only
_SITTING = r"\s*{release.sittings}"  # "行政院会今天通过「X」": a public body's sitting votes as a legislature does
_PUBLIC_KINDS = frozenset({"legislature", "government", "agency"})
_NO_MAKERS = frozenset({"legislature", "agency"})  # public bodies that regulate models, making only those known theirs
ITSELF = "{release.released_itself}"
SIGN_VERBS = "{release.sign_verbs}"
LIST_ADDS = "{release.list_adds}"
LIST_PASSIVE = "{release.list_passive}"  # "华为被商务部列入实体清单", "Acme was added to the Entity List by …"
_LIST_KEEPER_AFTER = r"\s*[》」”\"]?\s*(?:{release.list_keeper_by})\s*(?:{discourse.articles}\s+)?$"
_KEEPER_GAP = r"\s*(?:{release.when}\s*)*"
_INTO = r"{release.list_into}"   # "… to the", "… 列入": where the names added end and the list follows
_INTO_GAP = r"\s*(?:{discourse.articles}\s+|its\s+|their\s+)?[《「“\"]?\s*"
_LIST_HEAD = r"(?:{release.list_heads})\s*$"
_SIGNATORY_JOIN = r"\s*(?:{release.signatory_joins})\s*(?:{discourse.articles}\s+)?"  # "A、B", "A and B", "A等28个国家和B"
_SIGNED_GAP = r"[^。;；!?！？]{0,40}?[\s《「“\"]*"  # "签署了，首个全球性AI声明——《X》": a description of it, no name
_SIGN_GAP = r"\s*(?:(?:{release.sign_auxiliaries})\s*)*"  # "川普今天签署", "Newsom just signed"
_LEADER = r"(?:{release.leader_titles})\s*(?:[^\s，。,;；:：、的]{1,6}|(?:[A-Z]?[a-z0-9\u00c0-\u024f.-]+\s+){0,3}?[a-z0-9\u00c0-\u024f.-]+)\s*(?:{release.sign_auxiliaries})?\s*$"
# the leader only qualifies the verb's subject: "an aide to President Trump signed", "纽森的幕僚签署"
_LEADER_HELD = re.compile(r"(?<![a-z])(?:of|to|for|with|by|from|at|under)\s|的")
_MADE_THE = r"{release.maker_verbs}[^，。,;；]{0,4}?{discourse.attributive}"
_PLANNED = r"{release.plan_verbs}(?:\s*[\w.-]+){0,2}\s*$"
_SUPPOSED = "{comparison.conditionals}"  # "If X releases Y, …", "如果X发布Y": a release supposed, not made
_SUPPOSITION = r"[\s\"“「『(（]*(?:{comparison.suppositions}|{comparison.retractions})"  # "Imagine X released Y…", "设想一下，X发布Y": the whole sentence supposed
# a comma, a copula, or a headline's colon ("Doubao-1.5-pro：字节跳动最新豆包大模型", "Qwen3: Alibaba's newest model")
_APPOSITIVE_GAP = r"\s*(?:[,，:：]|{release.appositive_copulas})\s*"
# the maker's possession, or (zh, glued to the maker) only a word of novelty: "字节跳动最新大模型"
_APPOSITIVE_OWNED = r"\s*(?:{release.possessive}\s*(?:{release.when}\s*)?{release.adjectives}?|(?:{release.when}\s*)?{release.adjectives})\s*{discourse.attributive}?\s*"
_APPOSITIVE_TAIL = _APPOSITIVE_OWNED + r"{release.model_nouns}"
_NOMINAL = r"^\s*{release.nominal}\s*$"
_BARE_OWNED = r"^\s*(?:{release.when}\s*)?{release.adjectives}\s*{release.model_nouns}\s*[《「“\"『]?$"  # "谷歌最新模型Gemma 3"
_DESCRIBED_SUBJECT = r"[\s\"“「]*{release.company_subject}\s*(?:{release.carried_frames}\s*)*"
_POSSESSOR = r"\s*{release.owner_marks}"
_AUXILIARIES = r"\s*(?:(?:{discourse.auxiliaries}|{release.passive_auxiliaries})\s+)*"
_IN_PROGRESS = "{release.in_progress}"
_HOSTING = r"{release.hosting}\s*$"
_PLACE_BEFORE = r"{release.place_markers}\s*$"
_PASSIVE_BY = r"\s*{release.passive}"
_DASH_HEAD = r"[^，。,;；]{0,10}?[—–:：]+\s*"
_FAMILY_NOUN = r"\s*(?:{release.model_nouns})\s*[《「“\"『]?\s*"  # "通义千问模型Qwen3": the line, the noun "model", its member
_CARRIED_ONLY = r"\s*(?:(?:{release.when}|{release.carried_frames}|{release.carried_sequels})\s*)*"  # "紧接着在10月", "then"
_MEMBERS_INTRO = r"\s*(?:{release.model_nouns}|{release.series_nouns})?\s*[,，:：(（]?\s*(?:{release.members_intro})\s*(?:{discourse.articles}\s+)?"
_JOINTLY = "{release.jointly}"
_LIST_SPLIT = re.compile(r"\s*(?:[、,，]\s*(?:(?:and|以及)\s+)?|\s+and\s+|和|及|与)\s*")  # "A、B和C", "A, B and C"
_LIST_ITEM = 24  # characters: a longer item is a clause, not a name
_CONTEXT = "{release.context}"
_FRAME_ONLY = r"\s*(?:(?:{release.when}|{release.carried_frames})\s*)*"
_TITLE_ISSUER = r"[《「“\"]?(?P<issuer>[^《》「」“”\"，。,\s]{2,20}?){release.title_about}"  # 《国务院关于…》
_POLICY_GAP = r"[^，。,;；:：]{0,24}"
_MODIFIED = r"{discourse.attributive}\s*(?:{release.policy_quantifiers})?\s*[《「“\"]?\s*$"  # "公布限制对华出口的新规": 的 closes what is about
_NOT_YET = r"(?:{polarity.negations})(?:\s+[a-z]+){0,2}\s*$"  # "has not yet been adopted by": a negation, two words at most
_ARTICLE_ONLY = r"[\s\"“]*{discourse.articles}\s+"
_SERIES_AFTER = r"\s*{release.series_nouns}"   # "OpenAI的GPT系列", "Anthropic's Claude series": the line, not a release
_SERIES_TAIL = r"{release.series_nouns}$"
_LINE_PLURAL = r"\s*{release.line_plurals}"  # "OpenAI's GPT models": a family's name in the plural
_ABOUT_BEFORE = r"(?:{release.derived_from})\s*(?:[\w-]+\s+){0,2}?$"  # "the fourth generation of its Llama models"
_SET_OFF = re.compile(r"[,，、;；(（]")
_REFERENCED_BEFORE = r"(?:{release.referenced_before})[^，。,;；:：]{0,36}$"   # "violations of the EU's GDPR", "根据《X法》"
_REFERENCED_AFTER = r"\s*[》」”\"]?\s*(?:{release.referenced_after})"   # "《2002年企业法》下的相关合并情况"
_CO_ISSUER = r"\s*[,，]?\s*{release.co_issuers}\s*(?:{discourse.articles}\s+)?"  # "A联合B发布", "A, along with the B,"
_RETIRED = r"{release.retired}[^，,。;；:：!?！？]{0,24}$"  # "移除了GPT-4及其…", "retired GPT-4"
_TITLE_OPEN = r"\s*《"  # the policy's title opens right after its issuer's name: "中国《…》"
_TITLE_GAP = r"\s*》\s*(?:{discourse.coordinators})\s*《\s*"  # "《A》以及《B》": titles listed
_TEAM_AFTER = r"\s*{release.team_heads}"  # "腾讯混元大模型团队", "the Gemini team": a group named after a line, no model
_UNKNOWN_NAME = re.compile(r"(?<![A-Za-z0-9.-])[A-Z][A-Za-z0-9-]*")  # a capitalised word, perhaps a name no mention holds
# what may come between an owner and its model right after it ("Google's latest model Gemini", "阿里巴巴旗下的Qwen")
_OWNER_GAP = (r"\s*(?:{release.possessive}|{discourse.attributive}|旗下\s*(?:{discourse.attributive})?)?\s*"
              r"(?:(?:{release.when}|{release.adjectives})\s*)*(?:{release.model_nouns})?\s*[《「“\"『]?\s*")
# "an open letter", "公布的测试成绩": the document the verb takes (no model noun in its description: "its new model and a report")
_DOCUMENT = (r"\s*(?:(?:{release.document_determiners})\s*)*(?:(?:(?!{release.model_nouns})[a-z][a-z-]*\s+){0,3}?"
             r"|(?:(?!{release.model_nouns})[\u4e00-\u9fff]){0,6}?)(?:{release.document_objects})")
_DOCUMENT_APPOSED = r"\s*[,，:：—–(（]*\s*(?:{discourse.articles}\s+)?(?:{release.naming}\s*)?[《「“\"『]?\s*"
_COMPARED_BEFORE = r"(?:{release.compared_standard})\s*(?:{discourse.articles}\s+)?(?:(?:{release.earlier_models})\s*)?$"
_DOCUMENT_BEFORE = r"(?<![a-z])(?:{release.document_objects})\s+(?:{discourse.relative}\s+)?$"  # "results (that) X published"
_DOCUMENT_APPOSED_MARK = r"[:：—–(（]|{release.naming}"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_OBJECT_GAP = r"\s*(?:了\s*)?(?:{discourse.articles}\s+)?"  # the verb, then its object
_PRONOUN_OWNED = (r"{release.owned_by_pronoun}\s*(?:{release.when}\s*)?(?:{release.adjectives}\s*){0,2}{discourse.attributive}?\s*"
                  r"{release.model_nouns}\s*(?:[,，:：—–]+\s*)?(?:{release.naming}\s*)?[《「“\"『]?$")  # "its new model", "其最新模型": right before the name


def _not_released(view: SentenceView, obj) -> bool:
    """Whether the name only qualifies what was released ("Grok 4 benchmark results"), or names the model an update
    is to ("a Gemini update") — not where the name carries a dated point version ("the Gemini 2.5 Pro 06-05 update")."""
    text = view.norm.folded
    if view.re(_NOT_RELEASED).match(text, obj.end):
        return True
    return bool(view.re(_UPDATE_HEAD).match(text, obj.end)) and not _DATED_VERSION.search(text, obj.start, obj.end)


def by_verb(view: SentenceView):
    """"X发布了Y", "X released Y", "the rule that X issued", "Today we're launching Y" (in X's own text).

    A name that only qualifies what was released ("published Grok 4 benchmark results") is not released.
    """
    text = view.norm.folded
    for a, b in view.cues(VERBS):
        if _planned(view, a):
            continue  # "plans to release", "将发布": not released yet
        subject, first_person = _subject(view, a) or _carried_subject(view, a) or _team_subject(view, a), False
        if subject is None:
            subject, first_person = _first_person(view, a) or _described_subject(view, a), True
        if subject is not None and _leader_between(view, subject, a):
            continue  # "美国总统川普签署": the leader signs for the office (released.leader), not the place the title names
        objects = _titles_listed(view, view.after(b, RELEASABLE, apposition=True)) or _relative_object(view, subject)
        if objects and objects[0].start > b and view.re(_ABOUT).search(text, b, objects[0].start) \
                and not view.re(_MODIFIED).search(text, b, objects[0].start):
            continue  # "issued guidelines on the AI Act": the guidelines were issued, not the Act
        if subject is not None and _document_subject(view, subject, a):
            continue  # "According to results OpenAI published, GPT-4 …": the document the subject published
        if objects and objects[0].start > b and _document_object(view, b, objects[0]):
            continue  # "published an open letter opposing SB 53", "公布的测试成绩，GPT-4……": the document was released
        if objects and objects[0].start > b and _party_object(view, b, objects[0]):
            continue  # "issued Snap with a notice over … its chatbot My AI": Snap is what the verb takes
        for obj in [h for o in objects for h in _dash_heads(view, o)] + _members_listed(view, objects):
            if subject is None or _not_released(view, obj):
                continue
            if obj.start > b and _retired(view, obj):
                continue  # "announced it would rescind the AI diffusion rule", "宣布下线GPT-4o": withdrawn, not released
            maker = _developer(obj, view.gazetteer)
            if first_person and maker not in (None, subject.entity_id):
                continue  # "we" is the company named most, unless the model is known to be another's
            if maker not in (None, subject.entity_id) and subject.end <= a \
                    and maker in {m.entity_id for m in listed_with(view, subject, a, anywhere=True)}:
                continue  # "OpenAI and Google released GPT-5 and Gemini 3": not Google's GPT-5
            if maker not in (None, subject.entity_id) and not first_person and _hosted(view, subject, a):
                continue  # "微软在Azure上线DeepSeek R1": hosting another maker's model
            if not first_person and not _may_release(view, subject, obj):
                continue  # "百度智能云上线DeepSeek R1", "Perplexity launched R1 for its users": another maker's model
            for maker in _makers(view, subject, a, obj):
                yield maker.entity_id, obj.entity_id


def _members_listed(view: SentenceView, objects: list) -> list:
    """"launched a family of Claude 3 models featuring Opus, Sonnet and Haiku", "发布了Qwen3系列，包括A和B": the members
    of a line released, listed after a word of inclusion right after it (each in that line or of its known maker, by
    the gazetteer)."""
    if not objects or objects[-1].type != NodeType.MODEL:
        return []
    line, text = objects[-1], view.norm.folded
    after = [m for m in view.mentions if m.start >= line.end]
    if not after or not view.re(_MEMBERS_INTRO).fullmatch(text, line.end, after[0].start):
        return []
    maker = _developer(line, view.gazetteer)
    return [m for m in view.after(after[0].start, RELEASABLE) if m.entity_id != line.entity_id
            and (_in_family(view, m, line) or (maker is not None and _developer(m, view.gazetteer) == maker))]


def _document_object(view: SentenceView, pos: int, obj) -> bool:
    """Whether the verb ending at ``pos`` takes a document as its own object before ``obj`` ("published an open letter
    to the governor opposing SB 53", "released a statement criticising the AI Act", "根据OpenAI公布的测试成绩，GPT-4…"):
    a determiner, at most three words (six characters) of description, then a word of ``release.document_objects`` —
    not one ``obj`` stands in apposition to ("published a report, the AI Index"; "a statement called …")."""
    text = view.norm.folded
    found = view.re(_DOCUMENT).match(text, pos, obj.start)
    if found is None:
        return False
    apposed = view.re(_DOCUMENT_APPOSED).fullmatch(text, found.end(), obj.start)
    # a bare comma sets off an apposition after an English noun only ("公布的测试成绩，GPT-4在……": a new clause)
    return apposed is None or (_HAN.match(text, found.end() - 1) is not None
                               and not view.re(_DOCUMENT_APPOSED_MARK).search(text, found.end(), obj.start))


def _documents(view: SentenceView, pos: int) -> bool:
    """Whether the verb ending at ``pos`` takes a document as its object (:func:`_document_object`), no name inside
    the document's words."""
    found = view.re(_DOCUMENT).match(view.norm.folded, pos)
    return found is not None and not any(pos <= m.start < found.end() for m in view.mentions)


def _document_subject(view: SentenceView, subject, pos: int) -> bool:
    """Whether the verb at ``pos`` closes a relative clause on a document before its subject ("According to results
    OpenAI published, GPT-4 …", "the letter that X published"): the document was released."""
    return subject is not None and subject.end <= pos and bool(
        view.re(_DOCUMENT_BEFORE).search(view.norm.folded, max(view.start, subject.start - 30), subject.start))


def _party_object(view: SentenceView, pos: int, obj) -> bool:
    """Whether an organisation right after the verb ending at ``pos`` is the verb's own object: set apart from
    ``obj`` by more than an owner's mark ("issued Snap with a notice over … its chatbot My AI"), not glued to it as
    its owner ("released Google's Gemini", "发布了阿里巴巴的Qwen", "推出百度文心一言"); one inside a description of the
    object ("公布限制对中国出口芯片的新规则") is not right after the verb."""
    text = view.norm.folded
    return any(m.type in ORG and pos <= m.start and m.end <= obj.start
               and view.re(_OBJECT_GAP).fullmatch(text, pos, m.start)
               and not view.re(_OWNER_GAP).fullmatch(text, m.end, obj.start) for m in view.mentions)


def _titles_listed(view: SentenceView, objects: list) -> list:
    """``objects`` and the policy titles listed after the last in brackets ("发布《A》以及《B》、《C》")."""
    if not objects or objects[-1].type != NodeType.POLICY:
        return objects
    objects = list(objects)
    for m in [m for m in view.mentions if m.start >= objects[-1].end]:
        if m.type != NodeType.POLICY or not view.re(_TITLE_GAP).fullmatch(view.norm.folded, objects[-1].end, m.start):
            break
        objects.append(m)
    return objects


def enacted(view: SentenceView):
    """"欧盟通过了《数字市场法》", "Parliament passed the AI Act": only a policy, right after the verb; "加州议会通过Y法案":
    a bare verb of voting (通过 is also "through", "by means of") only with a legislature as its subject."""
    text = view.norm.folded
    verbs = view.cues(POLICY_VERBS)
    voted = [(a, b, True) for a, b in view.cues(LEGISLATURE_VERBS)
             if not any(m.start() <= a and b <= m.end() for m in view.matches(POLICY_VERBS))]  # "(尚未)三读通过": the policy verb's
    for a, b, bare in [(a, b, False) for a, b in verbs] + voted:
        if _planned(view, a):
            continue  # "立法院预计将三读通过《…》", "is expected to approve": not yet
        subject = _subject(view, a)
        if bare and not _votes(view, subject):
            continue
        following = [m for m in view.mentions if m.start >= b]
        if subject is None or not following or following[0].type != NodeType.POLICY \
                or not view.re(_POLICY_GAP).fullmatch(text, b, following[0].start):
            continue
        for obj in view.after(following[0].start, (NodeType.POLICY,)):
            if not _another_countrys(view, subject, obj):
                yield subject.entity_id, obj.entity_id


def signed_by_leader(view: SentenceView):
    """"美国总统川普签署一项行政命令", "加州州长纽森签署了《X法案》", "Ohio Governor Jane Roe signed the Y Act": a leader
    signing a policy named right after the verb signs it for the office the title gives (:func:`leaders.office`: the
    administration of a head, the place of a governor) — the leader the verb's subject (a name the gazetteer knows,
    or a title after a place's name: "加州州长某某"), no organisation named between."""
    if view.gazetteer is None:
        return
    text = view.norm.folded
    for a, b in view.cues(SIGN_VERBS):
        if _planned(view, a):
            continue
        issuer = _leader_office(view, a)
        following = [m for m in view.mentions if m.start >= b]
        if issuer is None or not following or following[0].type != NodeType.POLICY \
                or not view.re(_POLICY_GAP).fullmatch(text, b, following[0].start):
            continue
        for obj in view.after(following[0].start, (NodeType.POLICY,)):
            if not _referenced(view, obj):
                yield issuer.id, obj.entity_id


_SIGNED_BY = r"\s*{release.signed_by}"   # "was signed into law by": the leader after the verb
_SIGNED_BEFORE_BY = r"\s*[》」”\"]?\s*{release.signed_before_by}"   # "SB 53法案已由": a passive marker after the policy
_PASSIVE_GAP = r"\s*[》」”\"]?\s*,?\s*(?:(?:{release.passive_auxiliaries}|{release.sign_auxiliaries})\s*)*$"


def signed_passive(view: SentenceView):
    """"The ELVIS Act was signed into law by Tennessee Gov. Jane Roe", "SB 53法案已由加州州长纽森签署": a policy signed
    by a leader named after "by" (由) signs it for the office the title gives (the place before a governor's title)."""
    if view.gazetteer is None:
        return
    text = view.norm.folded
    for a, b in view.cues(SIGN_VERBS):
        if _planned(view, a):
            continue
        lo = view.clause_of(a)[0]
        policies = [m for m in view.mentions if lo <= m.start and m.end <= a and m.type == NodeType.POLICY]
        if not policies:
            continue
        policy = policies[-1]
        by = view.re(_SIGNED_BY).match(text, b)
        if by is not None and view.re(_PASSIVE_GAP).fullmatch(text, policy.end, a):
            issuer = _leader_after(view, by.end())   # "… was signed into law by Tennessee Gov. Jane Roe"
        elif view.re(_SIGNED_BEFORE_BY).match(text, policy.end):
            issuer = _leader_office(view, a)          # "SB 53法案已由加州州长纽森签署"
        else:
            continue
        if issuer is not None and not _referenced(view, policy):
            yield issuer.id, policy.entity_id


def _leader_after(view: SentenceView, pos: int):
    """The office of the leader named at ``pos``: a person the gazetteer knows with a title of office, or a governor's
    title after a place's name ("Tennessee Gov. Jane Roe", a name no mention holds)."""
    text = view.norm.folded
    after = [m for m in view.mentions if m.start >= pos][:1]
    if after and after[0].type == NodeType.SOURCE and after[0].start - pos <= _TITLED_REACH:
        return office(view.norm, after[0], view.gazetteer, view.lex)   # "by Governor Jane Roe", "by Ohio Gov. Jane Roe"
    title = view.re(_LEADER_TITLE).search(text, pos, min(view.end, pos + _TITLED_REACH))
    if title is not None and not any(pos <= m.start < title.start() and m.type not in ORG for m in view.mentions):
        return place_named(view.gazetteer, text[pos:title.start()].strip())   # "by Ohio Gov. Jane Roe", a name no mention holds
    return None


_LEADER_TITLE = r"(?:{release.leader_titles})"
_TITLED_REACH = 30   # characters from "by" to the leader's name: a place and a title


def _leader_between(view: SentenceView, subject, pos: int) -> bool:
    """Whether a leader with a title of office is named between ``subject`` and the verb at ``pos``."""
    return any(m.type == NodeType.SOURCE and subject.end <= m.start and m.end <= pos
               and office(view.norm, m, view.gazetteer, view.lex) is not None for m in view.mentions)


def _leader_office(view: SentenceView, pos: int):
    """The office of the leader who is the subject of the verb at ``pos``: a person named right before it (times and
    auxiliaries between) with a title of office, or a governor's title after a place's name that no mention holds."""
    text = view.norm.folded
    lo = view.clause_of(pos)[0]
    before = [m for m in view.mentions if lo <= m.start and m.end <= pos]
    if before and before[-1].type == NodeType.SOURCE and view.re(_SIGN_GAP).fullmatch(text, before[-1].end, pos):
        if _LEADER_HELD.search(text, lo, before[-1].start):
            return None  # "The lawyer for President Trump signed": the lawyer signs, for no office
        return office(view.norm, before[-1], view.gazetteer, view.lex)
    if before and before[-1].type in ORG:
        return None  # an organisation signs: its own release (released.cue)
    leader = view.re(_LEADER).search(text, max(lo, pos - 40), pos)
    return _place_before(view, lo, leader.start()) if leader else None


def listed_into(view: SentenceView):
    """"美国商务部将华为列入实体清单", "The Commerce Department added Huawei to the Entity List": a public body adding
    names to a list (a policy whose name ends on a word of ``release.list_heads``) issues that list — its subject an
    agency or a government (the gazetteer's; a country alone is no list's keeper), the list right after the names
    added ("to the", "列入"), nothing planned."""
    text = view.norm.folded
    for a, b in view.cues(LIST_ADDS):
        if _planned(view, a):
            continue
        subject = _subject(view, a) or _carried_subject(view, a)  # "经济部周日公告，已将…列入": the clause before's
        if subject is None or _kind(subject, view.gazetteer) not in ("agency", "government"):
            continue
        into = view.re(_INTO).search(text, b, min(view.end, b + 80))
        first = [m for m in view.mentions if into and m.start >= into.end()][:1]
        if not first or first[0].type != NodeType.POLICY or not view.re(_INTO_GAP).fullmatch(text, into.end(), first[0].start):
            continue
        glued = [m for m in view.mentions if m.start == first[0].end and m.type == NodeType.POLICY]
        target = (glued or first)[0]  # "「出口管制实体名单」": the list is the name ending it
        if view.re(_LIST_HEAD).search(text, target.start, target.end):
            yield subject.entity_id, target.entity_id


def listed_passive(view: SentenceView):
    """"星河公司被美国商务部列入实体清单", "Acme was added to the Entity List by the Commerce Department": names added
    to a list in the passive — the agency or government after 被 (right before 列入, only times between) or after
    "by" right after the list issues the list (a policy whose name ends on ``release.list_heads``)."""
    text = view.norm.folded
    for a, b in view.cues(LIST_PASSIVE):
        if _planned(view, a):
            continue
        after = [m for m in view.mentions if m.start >= b]
        keeper = after[0] if after and after[0].type in ORG else None
        into = view.re(_INTO).match(text, keeper.end) if keeper is not None else None
        if into is None or not view.re(_KEEPER_GAP).fullmatch(text, keeper.end, into.start()):
            into = view.re(r"\s*" + _INTO).match(text, b)
            keeper = None  # "was added to the Entity List by X": the keeper follows the list
        if into is None:
            continue
        lists = [m for m in view.mentions if m.start >= into.end()][:1]
        if not lists or lists[0].type != NodeType.POLICY or not view.re(_INTO_GAP).fullmatch(text, into.end(), lists[0].start) \
                or not view.re(_LIST_HEAD).search(text, lists[0].start, lists[0].end):
            continue
        if keeper is None:
            later = [m for m in view.mentions if m.start >= lists[0].end][:1]
            if later and later[0].type in ORG and view.re(_LIST_KEEPER_AFTER).search(text, lists[0].end, later[0].start) \
                    and later[0].start - lists[0].end <= 24:
                keeper = later[0]
        if keeper is not None and _kind(keeper, view.gazetteer) in ("agency", "government"):
            yield keeper.entity_id, lists[0].entity_id


def signatories(view: SentenceView):
    """"中国、美国、英国等28个国家和欧盟签署了《X宣言》", "France, Japan and 20 other countries signed the Y
    Declaration": a list of countries and unions (the gazetteer's; each a state signing for itself) opening the
    clause of a verb of signing, and the policy named next after the verb (a description of it between, no other
    name) — each signatory releases it. A place after a preposition ("在英国签署") is where, not who."""
    if view.gazetteer is None:
        return
    text = view.norm.folded
    for a, b in view.cues(SIGN_VERBS):
        if _planned(view, a) or view.re(_NOT_YET).search(text, max(view.clause_of(a)[0], a - 30), a):
            continue
        after = [m for m in view.mentions if m.start >= b]
        if not after or after[0].type != NodeType.POLICY or not view.re(_SIGNED_GAP).fullmatch(text, b, after[0].start):
            continue
        signers = _signatory_list(view, a)
        if len(signers) < 2:
            continue  # one signer is the verb's subject (released.cue)
        for obj in view.after(after[0].start, (NodeType.POLICY,)):
            if not _referenced(view, obj):
                for signer in signers:
                    yield signer.entity_id, obj.entity_id


def _signatory_list(view: SentenceView, pos: int) -> list:
    """The states listed at the opening of a clause, the first names of the sentence, before ``pos`` ("A、B、C等N个国家和D"), each joined to the
    next by a list mark (``release.signatory_joins``); nothing but a place after a preposition or a time between
    the list and the verb. Empty unless every member is a country or a union of states."""
    text = view.norm.folded
    orgs = [m for m in view.mentions if m.type in ORG and m.end <= pos]
    if not orgs or not view.re(dc.SUBJECT_SLOT).fullmatch(text, view.clause_of(orgs[0].start)[0], orgs[0].start):
        return []  # the list opens its clause ("11月1日，A、B和C…": a time before it is a clause of its own)
    listed = [orgs[0]]
    for m in orgs[1:]:
        if not view.re(_SIGNATORY_JOIN).fullmatch(text, listed[-1].end, m.start):
            break
        listed.append(m)
    rest = [m for m in orgs if m.start >= listed[-1].end]
    if any(not view.re(_PLACE_BEFORE).search(text, max(view.start, m.start - 4), m.start) for m in rest):
        return []  # another party between the list and the verb
    if any(_kind(m, view.gazetteer) not in ("country", "government") for m in listed):
        return []
    return _unique(listed)


def _place_before(view: SentenceView, lo: int, end: int):
    """The state or country (the gazetteer's) whose name ends at ``end`` and opens its clause (after ``lo``), or None."""
    text = view.norm.folded
    for start in range(lo, end - 1):
        if text[start:end].strip() != text[start:end] or not view.re(dc.SUBJECT_SLOT).fullmatch(text, lo, start) \
                and text[lo:start].strip():
            continue
        entry = place_named(view.gazetteer, text[start:end])
        if entry is not None:
            return entry
    return None


def _votes(view: SentenceView, subject) -> bool:
    """Whether ``subject`` passes a policy by a bare vote: a legislature, or a public body's sitting ("行政院会今天")."""
    kind = _kind(subject, view.gazetteer) if subject is not None else None
    return kind == "legislature" or (kind in _PUBLIC_KINDS and bool(view.re(_SITTING).match(view.norm.folded, subject.end)))


def by_passive(view: SentenceView):
    """"Y由X发布", "Y, developed by X", "由X研发的Y"."""
    text = view.norm.folded
    for a, b in view.cues(PASSIVE):
        if view.re(_NOT_YET).search(view.norm.folded, max(view.clause_of(a)[0], a - 30), a):
            continue  # "The AI Act has not yet been adopted by the EU"
        obj = view.before(a, RELEASABLE) or _appositive_head(view, a)
        makers = view.after(b, ORG)
        several = (obj is not None and obj.type is NodeType.POLICY) \
            or view.re(_JOINTLY).search(text, *view.clause_of(a))  # "jointly issued by A and B": each issuer
        for subject in makers if several else makers[:1]:
            owned = [m for m in view.mentions if m.start >= subject.end and m.type in ORG][:1]
            if owned and view.re(dc.POSSESSIVE).fullmatch(text, subject.end, owned[0].start):
                subject = owned[0]  # "developed by China's DeepSeek": the possessed maker, not its place
            if obj is None:
                obj = _made_thing(view, subject)
            if obj and not _not_released(view, obj) and _may_release(view, subject, obj):
                yield subject.entity_id, obj.entity_id


def juxtaposed(view: SentenceView):
    """"OpenAI GPT-5": a maker right before its own model (as the gazetteer knows it); "中国《人工智能能力建设普惠计划》",
    "欧盟《人工智能法》": an issuer right before the bracketed title of a policy (not one only referred to: "根据中国《X法》")."""
    text = view.norm.folded
    for left, right in _pairs(view, ORG, RELEASABLE):
        gap = view.gap(left, right).strip()
        if gap == "" and _developer(right, view.gazetteer) == left.entity_id and not _team(view, right):
            yield left.entity_id, right.entity_id
        elif right.type == NodeType.POLICY and gap in ("", "《") and view.re(_TITLE_OPEN).match(text, left.end) \
                and _developer(right, view.gazetteer) in (None, left.entity_id) and _may_release(view, left, right):
            yield left.entity_id, right.entity_id


def maker_in_name(view: SentenceView):
    """"腾讯混元T1正式版发布", "Tencent Hunyuan-T1", "智谱GLM-5发布", "MiniMax M2.5上线": a model named with its maker's
    name at its head (one mention holds both, so no separate maker is found) is that maker's, as "OpenAI GPT-5" is —
    not a family ("腾讯混元" names a line). Where the rest is no name of the model by itself ("DeepSeek V3",
    "MiniMax-Text-01": the line is named after its maker), where the gazetteer does not know the model (its maker
    the one discovery gave it), or where the article names the maker nowhere else, only in a sentence about making
    or releasing it, as for a known developer."""
    if view.gazetteer is None:
        return
    text = view.norm.folded
    named = None  # the organisations named so far, gathered when a name needs them
    about_release = released_at = None  # read once for the sentence, when a name needs them
    for m in view.mentions:
        entry = view.gazetteer.entries.get(m.entity_id)
        developer = entry.developer if entry is not None else m.developer if m.type == NodeType.MODEL else None
        if m.type not in RELEASABLE or developer is None or (entry is not None and entry.kind == "family"):
            continue
        surface = text[m.start:m.end]
        makers = [(cut, maker) for cut, maker in view.gazetteer.heads(surface)
                  if maker.type in ORG and same_maker(maker.id, developer, view.gazetteer)]
        if not makers or _dash_head(view, m) is not m or _planned(view, m.start) or _team(view, m):
            continue  # (most names open with no maker's: the clause is read only for those that do)
        if named is None:
            named = {m.entity_id for m in [*view.earlier, *view.mentions] if m.type in ORG}
        for cut, maker in makers:
            rest = surface[cut:].strip(" -_")
            own_name = entry is not None and view.gazetteer.lookup(rest) is entry and not entry.needs_context(rest)
            if not own_name or developer not in named:
                if about_release is None:
                    about_release = _about_release(view)
                if not about_release or not any(c.isalnum() for c in rest):
                    break
                if released_at is None:
                    released_at = sorted(a for a, _ in [*view.cues(VERBS), *view.cues(ITSELF)])
                if (entry is None or developer not in named) and not _released_in_clause(view, m, maker.id, released_at):
                    break  # "OpenAI发布GPT-9，性能超过智谱GLM-9": the release is another clause's
            yield maker.id, m.entity_id
            break


def issuer_in_name(view: SentenceView):
    """"歐盟《AI 法案》", "欧盟AI法案", "EU AI Act": a policy the gazetteer knows, named with its issuer's name at its
    head (one mention holds both, so no separate issuer is found) is that issuer's, as "欧盟《人工智能法》" is when the two are two mentions
    (:func:`juxtaposed`) — an organisation the gazetteer knows, heading a name that goes on; not a law only referred
    to ("根据欧盟AI法案"), nor one another organisation before it in its clause may have made ("行政院推动的「台湾AI行动
    计划」": the place in the title is its scope)."""
    if view.gazetteer is None:
        return
    text = view.norm.folded
    for m in view.mentions:
        if m.type != NodeType.POLICY or m.entity_id not in view.gazetteer.entries:
            continue  # a known policy only: a place opening a discovered title ("《北京市…若干措施》") issues nothing
        lo, _ = view.clause_of(m.start)
        if any(o.type in ORG and lo <= o.start and o.end <= m.start for o in view.mentions):
            continue
        surface = text[m.start:m.end]
        for cut, issuer in view.gazetteer.heads(surface):
            if issuer.type not in ORG or not any(c.isalnum() for c in surface[cut:]):
                continue
            head = replace(m, end=m.start + cut, surface=surface[:cut], entity_id=issuer.id, type=issuer.type)
            if _may_release(view, head, m):
                yield issuer.id, m.entity_id
            break


def _released_in_clause(view: SentenceView, model, maker: str, released_at: list[int]) -> bool:
    """Whether a release verb, or a verb of a thing released itself (``released_at``: their sorted starts), is in
    ``model``'s clause, and no organisation but the maker (or its unit) is named there or before it in the sentence
    ("微软在Azure上线DeepSeek R1": a platform hosting it; "中国很大，于今日发布了DeepSeek R1": a subject carried over)."""
    lo, hi = view.clause_of(model.start)
    i = bisect_left(released_at, lo)
    return i < len(released_at) and released_at[i] < hi \
        and not any(m.type in ORG and m.start < hi and not same_maker(m.entity_id, maker, view.gazetteer)
                    for m in view.mentions)


def possessive(view: SentenceView):
    """"X的Y", "X's Y", "X旗下的最新模型Y", "X's release of Y"."""
    for left, right in _pairs(view, ORG, RELEASABLE):
        gap = view.gap(left, right)
        if gap.strip() != "" and (view.re(_POSSESSIVE).match(gap) or view.re(_NOMINAL).match(gap)
                                  or view.re(_BARE_OWNED).match(gap)):
            obj = _dash_head(view, right)
            if _may_release(view, left, obj) and not _in_passing(view, left, obj) \
                    and not _team(view, obj):  # "China's DeepSeek R1": no maker
                yield left.entity_id, obj.entity_id


def pronoun_possessive(view: SentenceView):
    """"Acme said its new model Zeta-2 beats …", "月之暗面表示，其最新模型Kimi K3…": a possessive pronoun, a word of
    novelty and the noun "model" right before a name — the model of the organisation named last before the pronoun
    in the sentence, with no other name between, nor a capitalised word that may be one no mention holds (not a
    place; not a model known to be another's)."""
    text = view.norm.folded
    for m in view.mentions:
        if m.type != NodeType.MODEL:
            continue
        owned = view.re(_PRONOUN_OWNED).search(text, max(view.start, m.start - 60), m.start)
        before = [n for n in view.mentions if n.end <= (owned.start() if owned else 0)]
        if owned is None or not before or before[-1].type not in ORG or _planned(view, m.start):
            continue
        owner = before[-1]
        if _UNKNOWN_NAME.search(view.norm.original, owner.end, owned.start()):
            continue  # "Google invested in Startup Acme and its model Zeta-2": a name the sentence does not know between
        if _may_release(view, owner, m) and not _in_passing(view, owner, m) and not _team(view, m) \
                and _dash_head(view, m) is m:
            yield owner.entity_id, m.entity_id


def own_model(view: SentenceView):
    """"阿里表示，Qwen3-30B表现优于自家上一代推理模型QwQ-32B", "Acme said Zeta-3 beats its previous model Zeta-2": a model
    a possessive pronoun and the noun "model" mark as owned, whose known maker the sentence names before the
    pronoun (other names may come between, unlike :func:`pronoun_possessive`): that maker's model, though the
    sentence only compares against it."""
    text = view.norm.folded
    for m in view.mentions:
        if m.type != NodeType.MODEL:
            continue
        owned = view.re(_PRONOUN_OWNED).search(text, max(view.start, m.start - 60), m.start)
        maker = _developer(m, view.gazetteer)
        if owned is None or maker is None or _planned(view, m.start) or _dash_head(view, m) is not m:
            continue
        if any(n.entity_id == maker and n.end <= owned.start() for n in view.mentions if n.type in ORG):
            yield maker, m.entity_id


def _about_release(view: SentenceView) -> bool:
    """Whether the sentence is about making or releasing something: a verb of release, of the thing itself or of its
    context — not "Gemini与Claude分别得60与59分，显示Google与Anthropic…" (scores) — and none negated, planned or in
    progress ("OpenAI did not release gpt-oss", "OpenAI will release GPT-6")."""
    verbs = [(a, b) for a, b in view.cues(VERBS)
             if not _documents(view, b) and not _document_subject(view, view.before(a, ORG, reach=False), a)]  # "OpenAI公布的测试成绩": a document's release
    if not (verbs or view.cues(ITSELF) or view.cues(_CONTEXT)):
        return False
    return not (view.negated(VERBS) or any(_planned(view, a) for a, _ in view.cues(VERBS))
                or view.re(_IN_PROGRESS).search(view.norm.folded, view.start, view.end))


def _team(view: SentenceView, obj) -> bool:
    """"腾讯混元大模型团队", "the Gemini team": a line's name before a word for a group of people names the group."""
    return bool(view.re(_TEAM_AFTER).match(view.norm.folded, obj.end))


def _retired(view: SentenceView, model) -> bool:
    """"随即移除了GPT-4", "OpenAI retired GPT-4": a model a retiring verb takes in its clause is withdrawn, not released
    (the verb, then at most a short gap with no other name, then the model or the list it ends)."""
    text = view.norm.folded
    lo = view.clause_of(model.start)[0]
    found = view.re(_RETIRED).search(text, max(lo, model.start - 40), model.start)
    return bool(found) and not any(m.type in ORG and found.end() <= m.start < model.start for m in view.mentions)


def _in_passing(view: SentenceView, owner, obj) -> bool:
    """"OpenAI的GPT系列模型改进放缓", "Anthropic's Claude series keeps improving": a maker's whole model line
    named by its possessive is no evidence of a release."""
    text = view.norm.folded
    if _kind(obj, view.gazetteer) == "family" and view.re(_LINE_PLURAL).match(text, obj.end):
        return True  # "OpenAI's GPT models", "Meta's Llama models": a family in the plural is the whole line
    # the name's own tail may hold the word ("GPT系列" is one mention)
    return bool(view.re(_SERIES_AFTER).match(text, obj.end) or view.re(_SERIES_TAIL).search(text, obj.start, obj.end))


def maker_of(view: SentenceView):
    """"X, the maker of Y"."""
    for left, right in _pairs(view, ORG, RELEASABLE):
        gap = view.gap(left, right)
        if gap.strip() != "" and not view.re(_POSSESSIVE).match(gap) and view.re(_MAKER_OF).match(gap) \
                and _may_release(view, left, right):
            yield left.entity_id, right.entity_id


def developer(view: SentenceView):
    """"Y的開發者X", "Y by X", "Y, developed by X" (not "Y from X's website")."""
    possessive = view.re(_POSSESSOR)
    for left, right in _pairs(view, RELEASABLE, ORG):
        gap = view.gap(left, right)
        if possessive.match(view.norm.folded, right.end):
            continue
        if (view.re(_DEVELOPER_OF).match(gap) or view.re(_BY).match(gap)) and _may_release(view, right, left):
            yield right.entity_id, left.entity_id  # not "Qwen3 from China": a place makes no model


def appositive(view: SentenceView):
    """"GPT-4o, OpenAI's latest model, …", "Qwen3是阿里巴巴的最新模型", "Doubao-1.5-pro：字节跳动最新豆包大模型": the
    model described as the maker's (its own line may be named in the description)."""
    text = view.norm.folded
    for left, right in _pairs(view, RELEASABLE, ORG):
        if not view.re(_APPOSITIVE_GAP).fullmatch(text, left.end, right.start) or not _may_release(view, right, left):
            continue
        if view.re(_APPOSITIVE_TAIL).match(text, right.end) or _line_described(view, left, right):
            yield right.entity_id, left.entity_id  # not "Le Chat, France's flagship chatbot"


def _line_described(view: SentenceView, model, maker) -> bool:
    """"字节跳动最新豆包大模型", "Google's newest Gemini model": the description names the model's own line (its family
    in the gazetteer) between the owner's words and the model noun."""
    owned = view.re(_APPOSITIVE_OWNED).match(view.norm.folded, maker.end)
    entry = view.gazetteer.entries.get(model.entity_id) if view.gazetteer is not None else None
    if owned is None or entry is None or entry.family is None:
        return False
    line = next((m for m in view.mentions if m.start >= maker.end), None)
    return line is not None and line.start == owned.end() \
        and line.entity_id in (entry.family, model.entity_id) and (  # the line may be read as the model named
        view.re(r"\s*{release.model_nouns}").match(view.norm.folded, line.end) is not None
        or view.re(r"{release.model_nouns}$").search(view.norm.folded[line.start:line.end]) is not None)  # "豆包大模型"


def subject_only(view: SentenceView):
    """"1月20日，Kimi k1.5正式发布", "GPT-5 was released on Thursday": a model released with no maker in the
    clause is its known maker's, when the article has named that maker already."""
    text = view.norm.folded
    named = {m.entity_id for m in [*view.earlier, *view.mentions] if m.type in ORG}
    for a, b in view.cues(ITSELF):
        if _planned(view, a) or view.re(_PASSIVE_BY).match(text, b):
            continue  # "was released by X" is the passive rule's
        model = [m for m in view.mentions if m.end <= a and m.type in RELEASABLE][-1:]
        if not model or text[model[0].end:a].strip() or view.before(a, ORG, reach=False) is not None:
            continue
        maker = _developer(model[0], view.gazetteer)
        if maker in named and _dash_head(view, model[0]) is model[0]:
            yield maker, model[0].entity_id


def known_developer(view: SentenceView):
    """A model and the maker the gazetteer knows for it, named in one sentence about making or releasing (a
    release verb, or a word of release.context): a weak RELEASED."""
    orgs = {m.entity_id for m in view.mentions if m.type in ORG}
    found = [(maker, m.entity_id) for m in view.mentions
             if m.type in RELEASABLE and (maker := _developer(m, view.gazetteer)) in orgs
             and _dash_head(view, m) is m  # "日日新端侧大模型——SenseChat Lite": the family only describes
             and not _planned(view, m.start)  # "OpenAI's upcoming GPT-5": not out yet
             and not view.re(_ABOUT_BEFORE).search(view.norm.folded, max(view.start, m.start - 40), m.start)
             and not _team(view, m) and not _retired(view, m)
             and not view.re(_COMPARED_BEFORE).search(view.norm.folded, max(view.start, m.start - 24), m.start)]
    # "比现有的GPT-4 Turbo快两倍", "as fast as the existing GPT-4 Turbo": the standard compared against
    # "a successor to GPT-4", "基于GPT-4o的工具": what the released thing is about, not released
    if found and not _about_release(view):
        return []  # scores, a negated, planned or unfinished release: no evidence of one
    return found


def titled(view: SentenceView):
    """"《国务院关于深入实施…的意见》", "《工业和信息化部关于…的通知》": a Chinese policy title that opens with its
    issuer before 关于 names who released it — the one organisation the gazetteer knows by that name, when the
    article names it too (in this sentence or before)."""
    if view.gazetteer is None:
        return
    text = view.norm.folded
    named = {m.entity_id for m in [*view.earlier, *view.mentions] if m.type in ORG}
    for m in view.mentions:
        if m.type is not NodeType.POLICY:
            continue
        head = view.re(_TITLE_ISSUER).match(text, m.start, m.end)
        entry = view.gazetteer.lookup(head.group("issuer")) if head else None
        if entry is not None and entry.id in named and entry.kind not in PLACE_KINDS - {"government"}:
            yield entry.id, m.entity_id


RULES = (
    Rule("released.cue", "RELEASED", 0.85, by_verb, triggers=(VERBS,)),
    Rule("released.passive", "RELEASED", 0.8, by_passive, triggers=(PASSIVE,)),
    Rule("released.enacted", "RELEASED", 0.8, enacted, triggers=(POLICY_VERBS, LEGISLATURE_VERBS)),
    Rule("released.signatories", "RELEASED", 0.75, signatories, min_mentions=3, named=(ORG, (NodeType.POLICY,)),
         triggers=(SIGN_VERBS,)),
    Rule("released.listed_into", "RELEASED", 0.7, listed_into, min_mentions=2, named=(ORG, (NodeType.POLICY,)),
         triggers=(LIST_ADDS,)),
    Rule("released.listed_passive", "RELEASED", 0.7, listed_passive, min_mentions=2, named=(ORG, (NodeType.POLICY,)),
         triggers=(LIST_PASSIVE,)),
    Rule("released.leader", "RELEASED", 0.75, signed_by_leader, triggers=(SIGN_VERBS,)),
    Rule("released.signed_passive", "RELEASED", 0.75, signed_passive, min_mentions=1, named=((NodeType.POLICY,),),
         triggers=(SIGN_VERBS,)),
    Rule("released.juxtaposed", "RELEASED", 0.7, juxtaposed, min_mentions=2, named=(ORG, RELEASABLE)),
    Rule("released.maker_in_name", "RELEASED", 0.7, maker_in_name, min_mentions=1, named=(RELEASABLE,)),
    Rule("released.issuer_in_name", "RELEASED", 0.7, issuer_in_name, min_mentions=1, named=(RELEASABLE,)),
    Rule("released.possessive", "RELEASED", 0.75, possessive, min_mentions=2, named=(ORG, RELEASABLE)),
    Rule("released.pronoun_possessive", "RELEASED", 0.7, pronoun_possessive, min_mentions=2, named=(ORG, RELEASABLE),
         triggers=("{release.owned_by_pronoun}",)),
    Rule("released.own_model", "RELEASED", 0.6, own_model, min_mentions=2, named=(ORG, RELEASABLE),
         triggers=("{release.owned_by_pronoun}",)),
    Rule("released.maker_of", "RELEASED", 0.8, maker_of, min_mentions=2, named=(ORG, RELEASABLE)),
    Rule("released.developer", "RELEASED", 0.8, developer, min_mentions=2, named=(ORG, RELEASABLE)),
    Rule("released.appositive", "RELEASED", 0.75, appositive, min_mentions=2, named=(ORG, RELEASABLE)),
    Rule("released.subject_only", "RELEASED", 0.6, subject_only, triggers=(ITSELF,)),
    Rule("released.known_developer", "RELEASED", 0.5, known_developer, min_mentions=2,
         triggers=(VERBS, ITSELF, _CONTEXT), named=(ORG, RELEASABLE)),
    Rule("released.titled", "RELEASED", 0.75, titled, triggers=("{release.title_about}",)),
)


def _dash_head(view: SentenceView, obj):
    """"日日新端侧大模型——SenseChat Lite": a family described and then named after a dash is the named model."""
    named = [m for m in view.mentions if m.start >= obj.end and m.type in RELEASABLE][:1]
    entry = view.gazetteer.entries.get(obj.entity_id) if view.gazetteer is not None else None
    if named and entry is not None and entry.kind == "family" \
            and view.re(_DASH_HEAD).fullmatch(view.norm.folded, obj.end, named[0].start):
        return named[0]
    if named and entry is not None and entry.kind == "family" and _in_family(view, named[0], obj) \
            and view.re(_FAMILY_NOUN).fullmatch(view.norm.folded, obj.end, named[0].start):
        return named[0]  # "新一代通义千问模型Qwen3", "its Tongyi Qianwen model Qwen3": the line describes its member
    return obj


def _in_family(view: SentenceView, member, family) -> bool:
    """Whether the gazetteer (or the mention) puts ``member`` in the line ``family``."""
    entry = view.gazetteer.entries.get(member.entity_id) if view.gazetteer is not None else None
    return family.entity_id in ((entry.family if entry else None), member.family)


def _dash_heads(view: SentenceView, obj) -> list:
    """:func:`_dash_head`, and the names listed with the named model ("两款新的GLM系列成员：GLM-4.5和GLM-4.5-Air")."""
    head = _dash_head(view, obj)
    if head is obj:
        return [obj]
    listed = view.after(head.start, RELEASABLE)
    return listed if listed and listed[0] is head else [head]


def _hosted(view: SentenceView, subject, pos: int) -> bool:
    """Whether the clause puts the release on a named platform ("在Azure上线", "available on Azure")."""
    lo, hi = view.clause_of(pos)
    text = view.norm.folded
    return any(m.type in ORG and m.entity_id != subject.entity_id
               and view.re(_HOSTING).search(text, max(lo, m.start - 10), m.start)
               for m in view.mentions if lo <= m.start and m.end <= hi)


def _may_release(view: SentenceView, org, obj) -> bool:
    """Whether ``org`` may be the maker of ``obj``: no place or government makes a model ("China's DeepSeek R1",
    "法國的Mistral Large"), no regulator one the gazetteer does not know as its own, and no platform another
    maker's model ("百度智能云上线DeepSeek R1") — a maker the gazetteer knows must be ``org``, share its name's stem
    ("google" and "google-deepmind") or be named right before it as its owner ("字节跳动旗下平台火山引擎")."""
    if obj.type == NodeType.MODEL and _kind(org, view.gazetteer) in PLACE_KINDS:
        return False
    if obj.type == NodeType.MODEL and _kind(org, view.gazetteer) in _NO_MAKERS \
            and _developer(obj, view.gazetteer) != org.entity_id:
        return False  # nor a regulator or a legislature another's model ("the watchdog issued … its chatbot X")
    if obj.type == NodeType.POLICY and (_referenced(view, obj) or _another_countrys(view, org, obj)):
        return False
    maker = _developer(obj, view.gazetteer)
    text = view.norm.folded
    return maker is None or same_maker(maker, org.entity_id, view.gazetteer) or any(
        m.entity_id == maker and 0 <= org.start - m.end <= 8 and not _SET_OFF.search(text, m.end, org.start)
        for m in view.mentions)  # "OpenAI, the Microsoft-backed start-up behind ChatGPT": set off, no owner


def _another_countrys(view: SentenceView, org, policy) -> bool:
    """Whether ``policy`` is the gazetteer's policy of one country ("US export controls") and ``org`` another country:
    "Japan imposed export controls", "荷兰宣布新的出口管制" name controls of their own under a generic word the
    gazetteer gives the US's."""
    if view.gazetteer is None:
        return False
    entry = view.gazetteer.entries.get(policy.entity_id)
    if entry is None or entry.type != NodeType.POLICY or _kind(org, view.gazetteer) != "country":
        return False
    owner = place_named(view.gazetteer, entry.name.split()[0])
    return owner is not None and owner.kind == "country" and owner.id != org.entity_id


def _referenced(view: SentenceView, policy) -> bool:
    """"potential violations of the EU's GDPR", "根据《个人信息保护法》", "是否构成《2002年企业法》下的合并": a law named as
    the frame something is judged by is in force already — no release of it in this sentence. Not when another
    policy or a release verb comes between the cue and the law ("依据《X法》发布了《Y》": Y is released), nor when
    the law's own release follows it ("to comply with export controls issued by X")."""
    text = view.norm.folded
    if view.re(_REFERENCED_AFTER).match(text, policy.end):
        return True
    found = view.re(_REFERENCED_BEFORE).search(text, max(view.clause_of(policy.start)[0], policy.start - 48), policy.start)
    if not found:
        return False
    return not any(found.start() < m.start < policy.start and m.type == NodeType.POLICY for m in view.mentions) \
        and not any(found.start() < a < policy.start for a, _ in view.cues(VERBS)) \
        and not any(0 <= a - policy.end <= 12 for a, _ in view.cues(PASSIVE))  # "to comply with rules issued by X"


def _kind(mention, gazetteer) -> str | None:
    entry = gazetteer.entries.get(mention.entity_id) if gazetteer is not None else None
    return entry.kind if entry is not None else mention.kind


def _makers(view: SentenceView, subject, pos: int, obj=None) -> list:
    """The makers of :func:`_listed_makers` and the co-issuers named with them ("国家网信办联合工信部、公安部发布",
    "The CAC, along with the MIIT, issued").

    >>> _unique([1, 2, 1])
    [1, 2]
    """
    makers = _listed_makers(view, subject, pos, obj)
    co = [m for m in _co_issuers(view, subject, pos) if obj is None or _may_release(view, m, obj)]
    return _unique(makers + co)  # "百度联合清华大学发布ERNIE 4.5": not Tsinghua's, the gazetteer knows its maker


def _unique(items: list) -> list:
    seen, out = set(), []
    for item in items:
        key = getattr(item, "entity_id", item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _co_issuers(view: SentenceView, subject, pos: int) -> list:
    """The organisations a co-issuer marker joins to the subject: "A联合B、C发布" (the subject C: A too), "A, together
    with B and C, issued" (the subject A: B and C too). A place is no issuer."""
    text = view.norm.folded
    co = view.re(_CO_ISSUER)
    orgs = [m for m in view.mentions if m.type in ORG and m.end <= pos]
    found = []
    if subject.end <= pos:
        listed = listed_with(view, subject, pos, anywhere=True)
        first = min(listed, key=lambda m: m.start)
        lead = [m for m in orgs if m.end <= first.start]
        if lead and co.fullmatch(text, lead[-1].end, first.start):
            found += listed_with(view, lead[-1], first.start, anywhere=True) + listed
        after = [m for m in orgs if m.start >= subject.end]
        if after and co.fullmatch(text, subject.end, after[0].start):
            found += listed_with(view, after[-1], pos, anywhere=True) if len(after) > 1 else after[:1]
            found = [m for m in found if m.start >= after[0].start] + [m for m in found if m.start < after[0].start]
        found += _co_issued_list(view, orgs, subject, pos)
    return [m for m in found if m.entity_id != subject.entity_id and _kind(m, view.gazetteer) not in PLACE_KINDS - {"government"}]


def _co_issued_list(view: SentenceView, orgs: list, subject, pos: int) -> list:
    """"A联合B、教育部、C发布": every organisation in the list a co-issuer marker opens and the subject closes, when
    the list (to the last name before the verb at ``pos``) holds names the gazetteer does not know (each item short,
    none a clause), with A itself."""
    text = view.norm.folded
    end = max((m.end for m in orgs if subject.start <= m.start and m.end <= pos), default=subject.end)
    for lead in orgs:
        marker = view.re(_CO_ISSUER).match(text, lead.end)
        if marker is None or marker.end() > subject.start or lead is subject:
            continue
        items = _LIST_SPLIT.split(text[marker.end():end])
        if len(items) > 2 and all(0 < len(i.strip()) <= _LIST_ITEM for i in items):
            return [lead, *(m for m in orgs if marker.end() <= m.start and m.end <= end)]
    return []


def _listed_makers(view: SentenceView, subject, pos: int, obj=None) -> list:
    """The subject, or every maker listed with it when they act jointly ("A、B联合发布", "A and B jointly released")
    or issue the one policy named after the verb ("The Commission and the Parliament unveiled the AI Act"; a place
    only qualifying a body, "台湾金管会", is no issuer)."""
    if subject.end <= pos and view.re(_JOINTLY).search(view.norm.folded, subject.end, pos):
        return listed_with(view, subject, pos, anywhere=True)
    if subject.end <= pos and obj is not None and obj.type == NodeType.POLICY \
            and len([m for m in view.mentions if m.type == NodeType.POLICY and m.start >= pos]) == 1:
        listed = listed_with(view, subject, pos)
        return [m for m in listed if m is subject
                or _kind(m, view.gazetteer) not in PLACE_KINDS - {"government"}]  # "台湾金管会": a place only qualifies
    return [subject]


def _planned(view: SentenceView, pos: int) -> bool:
    """Whether a release cue at ``pos`` is only planned or expected ("plans to release", "将于下月发布"), or supposed in
    a condition its clause opens with before it ("If X releases Y, …", "如果X发布Y，…"), or in a sentence that opens
    by supposing ("Imagine X released Y tomorrow", "设想一下，X明天发布Y")."""
    start = view.clause_of(pos)[0]
    return bool(view.re(_PLANNED).search(view.norm.folded, max(start, pos - 30), pos)
                or view.re(_SUPPOSED).search(view.norm.folded, start, pos)
                or view.re(_SUPPOSITION).match(view.norm.folded, view.start))


def _subject(view: SentenceView, pos: int):
    """The organisation before a verb; in "China-based DeepSeek" the place only qualifies the name after it."""
    subject = view.before(pos, ORG)
    text = view.norm.folded
    if subject is not None and view.re(_PLACE_BEFORE).search(text, max(view.start, subject.start - 4), subject.start):
        subject = view.before(subject.start, ORG)  # "在中国推出Y": the place is no maker; the subject is before it
        if subject is not None and view.re(_PLACE_BEFORE).search(text, max(view.start, subject.start - 4), subject.start):
            return None
    if subject is not None and view.re(_PLACE).match(view.norm.folded, subject.end):
        named = [m for m in view.mentions if subject.end < m.start and m.end <= pos and m.type in ORG]
        return named[0] if named else None
    return subject


def _carried_subject(view: SentenceView, pos: int):
    """"台湾金管会为因应…，于今日发布《指引》": a clause holding only a time or an adverb before the verb carries the
    subject of the nearest clause before that opens with a name (a place right before it only qualifies it:
    台湾金管会 is 金管会)."""
    text = view.norm.folded
    opening = view.clause_of(pos)[0]
    if opening == view.start or not view.re(_FRAME_ONLY).fullmatch(text, opening, pos):
        return None
    for lo, hi in reversed([c for c in view.clauses if c[1] <= opening]):  # the nearest clause opening with a name
        named = [m for m in view.mentions if lo <= m.start and m.end <= hi and m.type in ORG]
        if named and (view.re(dc.SUBJECT_SLOT).fullmatch(text, lo, named[0].start)
                      or view.re(_ARTICLE_ONLY).fullmatch(text, lo, named[0].start)):
            break  # "The CAC, together with six other agencies, issued…"
    else:
        return None
    subject = named[0]
    if _kind(subject, view.gazetteer) in PLACE_KINDS and len(named) > 1 and named[1].start == subject.end:
        subject = named[1]
    return None if _kind(subject, view.gazetteer) in PLACE_KINDS else subject


def _team_subject(view: SentenceView, pos: int):
    """"Kimi团队上线了Kimi k9", "The Gemma team released Gemma 9": a group named after a model line (a word of
    ``release.team_heads`` after it), opening the verb's clause (times, adverbs and an article before it, nothing
    but times and adverbs after it), is its maker's: the line's developer the gazetteer knows, as the subject."""
    text = view.norm.folded
    lo = view.clause_of(pos)[0]
    before = [m for m in view.mentions if lo <= m.start and m.end <= pos]
    if not before or before[-1].type != NodeType.MODEL or view.gazetteer is None:
        return None
    line = before[-1]
    head = view.re(_TEAM_AFTER).match(text, line.end)
    maker = _developer(line, view.gazetteer)
    if head is None or maker is None or maker not in view.gazetteer.entries \
            or not view.re(_FRAME_ONLY).fullmatch(text, head.end(), pos) \
            or not (view.re(_FRAME_ONLY).fullmatch(text, lo, line.start) or view.re(_ARTICLE_ONLY).fullmatch(text, lo, line.start)):
        return None
    return replace(line, entity_id=maker, type=NodeType.ORGANIZATION)


def _first_person(view: SentenceView, pos: int):
    """"Today, we're launching…" opening its clause: the organisation the article has named most so far."""
    opening = view.clause_of(pos)[0]
    previous = view.previous_clause(pos)
    if previous is not None and view.re(_WE).fullmatch(view.norm.folded, previous[0], previous[1]):
        opening = previous[0]  # "Today, we…": the clause split at the comma
    if not view.re(_WE).fullmatch(view.norm.folded, opening, pos):
        return None
    return view.most_named_org(pos)


def _described_subject(view: SentenceView, pos: int):
    """"这家总部位于杭州的公司发布了X", "The company unveiled X": a company described, not named, opening the verb's
    clause is the organisation the article has named most (not a place); treated as "we" is (a model known to be
    another's is not its release)."""
    text = view.norm.folded
    lo = view.clause_of(pos)[0]
    if not view.re(_DESCRIBED_SUBJECT).fullmatch(text, lo, pos) and not _described_carried(view, lo, pos):
        return None
    org = view.most_named_org(pos)
    return None if org is None or _kind(org, view.gazetteer) in PLACE_KINDS else org


def _described_carried(view: SentenceView, lo: int, pos: int) -> bool:
    """"该公司9月推出了A，紧接着在10月发布了B", "The company launched A in September, then released B": a clause holding
    only times and adverbs before the verb carries the described company opening the clause before it (no name in
    that clause)."""
    text = view.norm.folded
    previous = view.previous_clause(pos)
    if previous is None or lo == view.start or not view.re(_CARRIED_ONLY).fullmatch(text, lo, pos):
        return False
    if any(previous[0] <= m.start < previous[1] and m.type in ORG for m in view.mentions):
        return False
    # the company opens the clause, or follows a time set off by a comma within it ("早在9月下旬,该公司就推出了A")
    opening = [previous[0]] + [i + 1 for i in range(previous[0], previous[1]) if text[i] in ",，"]
    return any(view.re(_DESCRIBED_SUBJECT).match(text, i) for i in opening[:2])


def _appositive_head(view: SentenceView, pos: int):
    """"The AI Diffusion Rule, issued by…": a clause opening with the cue describes the name closing the clause before."""
    text = view.norm.folded
    opening = view.clause_of(pos)[0]
    previous = view.previous_clause(pos)
    if previous is None or not view.re(_AUXILIARIES).fullmatch(text, opening, pos):
        return None
    inside = [m for m in view.mentions if previous[0] <= m.start and m.end <= previous[1]]
    if inside and inside[-1].type in RELEASABLE and not text[inside[-1].end:previous[1]].strip(" 》」”\"』"):
        return inside[-1]
    return None


def _made_thing(view: SentenceView, maker):
    """"由X最新研发的Y": the releasable right after the making verb and its 的."""
    text = view.norm.folded
    made = view.re(_MADE_THE).match(text, maker.end) or view.re(r"[^，。,;；]{0,6}?" + _MADE_THE).match(text, maker.end)
    if made is None:
        return None
    after = [m for m in view.mentions if m.start >= made.end() and m.start - made.end() <= 12]
    return _dash_head(view, after[0]) if after and after[0].type in RELEASABLE else None


def _pairs(view: SentenceView, left_types, right_types):
    """Neighbouring mentions of the given types, in sentence order."""
    return [(left, right) for left, right in zip(view.mentions, view.mentions[1:])
            if left.type in left_types and right.type in right_types]


def _relative_object(view: SentenceView, subject) -> list:
    """"the export rule that the Biden administration issued": the object comes first."""
    if subject is None:
        return []
    earlier = [m for m in view.mentions if m.end <= subject.start and m.type in RELEASABLE]
    if earlier and view.re(_RELATIVE).fullmatch(view.norm.folded, earlier[-1].end, subject.start):
        return [earlier[-1]]
    return []


def _developer(mention, gazetteer) -> str | None:
    entry = gazetteer.entries.get(mention.entity_id) if gazetteer is not None else None
    return entry.developer if entry else mention.developer
