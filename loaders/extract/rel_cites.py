"""CITES (the article → Source|Organization it reports from): speech verbs, 據/according to,
interviews given to an outlet, reports of analyst firms and research bodies, leaderboards, "(via X)"
and wire datelines.

A company's or a government's people speaking, a place inside a description, an unnamed source
described by a company: no citation of the company, government or place. The cue words are in
``loaders/lang/<code>/speech.yaml`` and ``citation.yaml``.
"""
from __future__ import annotations

import re

from ...schema import NodeType
from .leaders import office
from .view import ARTICLE, CITABLE, Rule, SentenceView

SAYS = "{speech.cites}"
SAID_BY = "{speech.said_by}"
ACCORDING = "{citation.according_to}"
ACCORDING_CLAUSE = "{citation.according_to_clause}"   # "Per IDC, …", "Source: IDC", "資料來源：IDC"
_ROLE_AFTER = r"\s*{citation.role_after}"
_QUANTIFIER_BEFORE = r"{citation.quantifiers}\s*$"
_PLACE_KINDS = {"country", "industry", "government", "region", "city"}
_PLACES = {"country", "industry", "region", "city"}  # no speakers through a compound ("美国演员工会")
# Outlets, analyst firms and research bodies publish information: their people speak for them.
_RESEARCH_KINDS = {"analyst", "research"}   # their people's findings are the body's research
# associations, NGOs, unions and alliances speak for their members: their statements are information the article
# draws on (a company's, government's or regulator's are its own statement, no citation)
_VOICE_KINDS = {"collective"}
_GLOSS = r"\s*[（(][^（）()，,。；;]{1,40}[）)]"   # a bracketed gloss: "顧能（Gartner）", "坎達巴圖（Haritha Khandabattu）"
_TITLE_GAP = r"(?:" + _GLOSS + r"|[）)])?(?:{citation.attributive})?\s*[^，,。；;:：()（）]{0,14}"
_INFORMANT_KINDS = {"outlet", "wire", "report", "database", "analyst", "research", "university"}
_PERSON_OF = r"\s*{citation.person_of}"
_PLACE_SPEAKS = r"\s*(?:{citation.attributive}\s*)?{citation.place_speaks}"
_PLACE_HEAD = "{citation.place_head_after}"
# "Jane Roe, chief analyst at X, said" / "Meta, which ships Llama, has argued"
# an English apposition: no Han characters ("X，对此表达关切，认为" is two clauses, not an apposition)
_APPOSITIVE = r"(?:,[^,;\u4e00-\u9fff]{3,90}){1,2},\s*(?:{speech.before_verb} )*"
# a person opening a clause, perhaps after a short title ("美国商务部长卢特尼克"); "致函商务部长卢特尼克" is an object
# or after a title of a few words ("Ruritania Treasurer Jane Roe spoke next, saying …")
_TITLED_SUBJECT = r"[\s《「“\"『]*(?:[^，,。；;\s]{0,4}?{names.titles}|(?:[a-z-]+\s+){0,2}?{citation.person_roles})?\s*"
_NAMED_APPOSITION = r"\s*,\s*"   # "…'s new state-backed company, Humain, said": the name set off by commas speaks
_FRAME = r"[^，,。；;]{0,12}?{discourse.frame}"
_SUBJECTLESS = r"\s*{discourse.subjectless}?\s*"
_OBJECT_MARKERS = "{citation.object_markers}"   # "在向前员工李某发出律师函后": the person is another's object
_CLAUSE_OPENING = r"[\s《「“\"『]*"
# cites.report / cites.told
REPORT_NOUNS = "{citation.report_nouns}"
RANKING = "{citation.ranking}"
WIN_ON_BOARD = "{comparison.win}"   # a model beating another where a leaderboard is named: a ranking read on it
_HEDGED = "{polarity.hedges}"   # "may surpass GPT-4 on Chatbot Arena", "有望在X中超越": no win read on the board
REPORT_BY = "{citation.report_by}"
OWN_TESTS = "{citation.own_tests}"   # "Epoch AI conducted its own tests"
TITLED_REPORT = "{citation.titled_report}"   # "当星河日报以“…”为题报道": a story under a quoted headline
# the triggers of the two: a word each match holds (the patterns above open on spaces, so they have no anchor to find)
_OWN_TESTS_CUE, _TITLED_CUE = "{citation.own_tests_cue}", "{citation.titled_report_cue}"
PUBLISHES_TITLED = "{citation.publishes_titled}"
_REPORT_AFTER = r"{citation.report_gap}(?:{citation.report_nouns}|{citation.publishes_titled})"
_REPORT_BY = r"{citation.report_by}\s+(?:the\s+)?$"   # "a survey conducted by Gartner"
_BOARDS = {"report", "database"}   # leaderboards and indexes are Sources of these kinds
# a benchmark (a test set scores are read on: "64.2 on SWE-bench") informs only through a citation cue
# ("according to LiveCodeBench"); it does not speak, publish or give interviews
BENCHMARK = "benchmark"
UNNAMED = "{citation.unnamed}"
DISPATCH = "{citation.dispatch}"
_DISPATCH_HEAD = "{citation.dispatch_head}"
_DISPATCH_CREDIT = "{citation.dispatch_credit}"   # "星河日报讯（记者 王某）": a credit line
TOLD = "{citation.told}"
VIA = "{citation.via}"
NO_COMMENT = "{citation.no_comment}"
_TOLD_GAP = "{citation.told_gap}"
_TOLD_AFTER = r"\s*(?:{citation.attributive})?\s*[》」”]?\s*(?:{citation.attributive})?{citation.told_after}"
_TOLD_NEEDS_AFTER = "{citation.told_to}"
_PLACE_OUTLET = r"\s*(?:[a-z-]+\s+){0,2}?{citation.outlet_nouns}\s*"   # "US business newspaper": the place describes the outlet
_OUTLET_BEFORE = r"[^,，;；。:：]{0,50}?\b{citation.outlet_nouns}\s*$"   # "according to Hong Kong-based English media X"
_OUTLET_DESCRIBED = r"[^,，;；。]{0,20}?{citation.outlet_nouns}\s*[,，:：]"
REPORTERS = "{citation.reporters}"
_REPORTER_AFTER = r"[》」”'’]?\s*(?:{citation.attributive}\s*)?(?:{citation.reporters})"
_REPORTERS_OPEN = r"[\s《「“\"『]*(?:{citation.quantifiers}\s*)?[《「“\"『]?"
_REPORTER_ACT = r"{citation.reporter_gap}{citation.reporter_acts}"   # "记者亲自对X进行了深入测试", "reporters tested"
# cites.researchers
FINDINGS = "{citation.findings}"
_RESEARCHERS_OF = "{citation.researchers_of}"
_RESEARCHERS_AFTER = "{citation.researchers_after}"
_FOUND_GAP = r"(?:\s*,[^,;，；]{3,60},)?\s*(?:(?:have|had|also|recently|previously)\s+)?"
_STUDY_BODIES = {"university", "research", "analyst"}
_ON_BOARD = r"{citation.board_before}\s*$"
_BOARD_AFTER = r"\s*(?:{citation.attributive}\s*)?(?:{citation.board_nouns})"  # a benchmark's leaderboard: the ranking it produces
_PARTY_DOCUMENT = r"\s*(?:{discourse.possessive}|{citation.attributive})?\s*(?:[\w-]+\s+){0,2}?{citation.party_documents}"
_DOCUMENT_BY = r"(?:{discourse.articles}\s+)?(?:[\w-]+\s+){0,2}?{citation.party_documents}{citation.document_filed_by}$"
_SAYS_GAP = 20      # characters allowed between the cited name and its speech verb
_ACCORDING_GAP = 25  # characters allowed between 據/according to and the cited name
_INFORMANT_DESCRIBED = r"\s*{citation.informant_descriptors}"  # descriptors of the informant before its name


def says(view: SentenceView):
    """"路透社报道", "Jane Roe, an analyst, said": an informant or a person before a speech verb.

    A company, a government, a regulator, a university or a country saying something is a
    statement, not a source of information ("OpenAI表示", "the EU said"): no citation.
    """
    declined = None
    for a, _ in view.cues(SAYS):
        speaker = _speaker(view, a)
        if speaker is not None and speaker.type != NodeType.SOURCE:
            if declined is None:
                declined = bool(view.cues(NO_COMMENT))
            if declined:
                continue  # "摩根大通已证实…，但未予置评", "IDC confirmed the deal but declined to comment": a party answering
        if speaker is not None and speaker.kind == "person" and (
                _interviewer(view, speaker, a) or _not_own_words(view, speaker) or view.re(_CHARACTERISES).match(view.norm.folded, a)):
            continue  # "他接受分析师汤普森访谈时说": the one who asks is not the one who speaks
        if speaker is not None and _party_document(view, speaker, a):
            continue  # "Trump's order says", "特朗普的行政命令称": a party's document speaks, no source
        if speaker and _speaks_as_source(speaker) and not _modifier(view, speaker) and not _employer(view, speaker) \
                and not _quoted(view, speaker, a) and not view.re(UNNAMED).search(view.norm.folded, view.clause_of(speaker.start)[0], speaker.start):
            yield ARTICLE, speaker.entity_id  # not "据熟悉辉达计划的人士透露", "people familiar with Nvidia said"
            if speaker.kind == "person":
                yield from _research_employer(view, speaker)


_INTERVIEWER_BEFORE = r"(?:{citation.interviewer_before})[^，,。；;]{0,16}$"
_INTERVIEW_AFTER = r"[^，,。；;]{0,16}?(?:{citation.interview_nouns})"


def _interviewer(view: SentenceView, person, cue: int) -> bool:
    """"他在接受分析师汤普森（Ben Thompson）访谈时说": a person inside "接受 … 访谈/采访" asks the questions."""
    text = view.norm.folded
    lo = view.clause_of(person.start)[0]
    return bool(view.re(_INTERVIEWER_BEFORE).search(text, max(lo, person.start - 24), person.start)
                and view.re(_INTERVIEW_AFTER).match(text, person.end, cue))


_POSSESSED = r"\s*{citation.attributive}"   # "Trump's order says", "特朗普的发言人表示": what is his speaks, not he


_CHARACTERISES = "{speech.characterises}"   # "CEO Jane Roe described the move as bold": no citation of a person


def _not_own_words(view: SentenceView, person) -> bool:
    """A person before a speech verb who is not its speaker, or speaks for an office: "Trump's order says" (the
    order speaks), "美国总统特朗普表示", "California Governor Jane Roe said" (a head of state's, government's or
    governor's word is the office's statement, no source of information), also when the article gave the title
    before ("President Trump signed…. Trump said…")."""
    if view.re(_POSSESSED).match(view.norm.folded, person.end):
        return True
    return any(office(view.norm, m, view.gazetteer, view.lex) is not None
               for m in (*view.earlier, person) if m.entity_id == person.entity_id)


_SAID_BY_OPEN = r"(?:^|[,，:：\"“”'‘’—–-])\s*$"   # the verb opens its clause after a quote or a comma


def said_by(view: SentenceView):
    """"…, said Jane Roe", "…, reported Reuters": an informant or a person right after the verb, which follows a
    quote or a comma ("They said Mr Roe had never been charged": the verb has its subject, the name after it is
    what they spoke of)."""
    text = view.norm.folded
    for a, b in view.cues(SAID_BY):
        speaker = view.after(b, CITABLE)[:1]
        if speaker and speaker[0].start - b <= 2 and _speaks_as_source(speaker[0]) \
                and view.re(_SAID_BY_OPEN).search(text[max(view.start, a - 4):a]) \
                and not (speaker[0].kind == "person" and _not_own_words(view, speaker[0])):
            yield ARTICLE, speaker[0].entity_id


def according_to(view: SentenceView):
    """"據路透社報道", "according to Reuters", "according to a Stanford study": the informant right after the cue.

    "根據阿里巴巴公佈的數據", "according to the ministry": a company's or a government's word is its
    statement, not a source of information (issue 12): no citation.
    """
    for a, b in view.cues(ACCORDING) + view.cues(ACCORDING_CLAUSE):
        cited = [m for m in view.after(b, CITABLE) if not _qualifier(view, m)][:1] or view.after(b, CITABLE)[:1]
        if not cited and view.re(_OUTLET_DESCRIBED).match(view.norm.folded, b):
            # "according to a report in the Irish newspaper, The Business Post": the outlet in apposition
            cited = [m for m in view.after(b, CITABLE, apposition=True)[:1] if m.type == NodeType.SOURCE and m.kind != "person"
                     and view.re(r"\s*[,，)）]").match(view.norm.folded, m.end)]  # the apposition closes after the name
        reach = _ACCORDING_GAP
        if cited and cited[0].kind in _PLACES:  # "according to British independent AI research group X": X, the place describes it
            described_by = next((n for n in view.mentions if n.start > cited[0].start and n.type in CITABLE
                                 and n.kind not in _PLACES), None)
            if described_by is not None and view.re(_INFORMANT_DESCRIBED).fullmatch(view.norm.folded, b, described_by.start):
                cited = [described_by]
        if cited and cited[0].kind in _PLACES and cited[0].start - b <= _ACCORDING_GAP:   # "cited by the US business newspaper The Wall Street Journal"
            described = view.re(_PLACE_OUTLET).match(view.norm.folded, cited[0].end)
            outlet = view.after(described.end(), CITABLE)[:1] if described else []
            if outlet and outlet[0].start == described.end() and outlet[0].type == NodeType.SOURCE:
                cited, reach = outlet, outlet[0].start - b   # the description of the outlet adds no distance
        if cited and cited[0].kind != "person" \
                and view.re(_INFORMANT_DESCRIBED).fullmatch(view.norm.folded, b, cited[0].start):
            reach = cited[0].start - b   # "according to British independent AI research group X": the chain adds no distance
        if cited and cited[0].type == NodeType.SOURCE and cited[0].kind != "person" \
                and view.re(_OUTLET_BEFORE).fullmatch(view.norm.folded, b, cited[0].start):
            reach = cited[0].start - b   # "according to Hong Kong-based English media South China Morning Post": a description of the outlet
        if cited and (_party_document(view, cited[0], view.clause_of(cited[0].start)[1])
                      or view.re(_DOCUMENT_BY).search(view.norm.folded, b, cited[0].start)):
            continue  # "according to the Getty lawsuit", "according to the complaint filed by Acme": a party's document
        if cited and cited[0].start - b <= reach and _cited_after(view, b, cited[0]):
            yield ARTICLE, cited[0].entity_id
            # "according to reports in the FT, Bloomberg and the NYT", "据《华盛顿邮报》和路透社报道": each listed informant
            listed = view.after(cited[0].start, CITABLE)
            if listed and listed[0] is cited[0]:
                # "根据麻省理工学院和Hugging Face的一项研究", "according to a study by Stanford and Google": a company
                # listed with a research body as an author of the study is one of its sources too
                study = len(listed) > 1 and view.re(_STUDY_AFTER).match(view.norm.folded, listed[-1].end)
                for m in listed[1:]:
                    if _cited_after(view, b, m) or (study and _study_author(view, b, m)):
                        yield ARTICLE, m.entity_id


_STUDY_AFTER = r"\s*(?:{citation.attributive})?\s*{citation.study_nouns}"


def _study_author(view: SentenceView, cue_end: int, m) -> bool:
    """A company named with a research body as the author of a study (not a place, a government or a person)."""
    return m.type == NodeType.ORGANIZATION and m.kind not in _PLACE_KINDS and m.kind not in ("agency", "regulator") \
        and not _qualifier(view, m) and not _unnamed(view, cue_end, m)


def _cited_after(view: SentenceView, cue_end: int, m) -> bool:
    """Whether a name after 據/according to is a source of the article's information (not a company's or a
    government's word, a name qualifying who speaks, an employer, or the subject of an unnamed source)."""
    return (_speaks_as_source(m) or m.kind in ("university", BENCHMARK)) and not _modifier(view, m) \
        and not _employer(view, m) and not _qualifier(view, m) and not _unnamed(view, cue_end, m)


def report(view: SentenceView):
    """"IDC的数据显示", "智源研究院公布了…评测报告", "a Gartner survey", "tops the LMArena leaderboard":
    an outlet, analyst firm or research body with what it publishes, or a leaderboard where a ranking is reported."""
    text = view.norm.folded
    ranked = None
    for m in view.mentions:  # "the LiveCodeBench leaderboard", "ARC-AGI榜单的最新结果": a benchmark's own leaderboard
        if m.kind == BENCHMARK and view.re(_BOARD_AFTER).match(text, m.end):
            yield ARTICLE, m.entity_id
        elif _runs_board(view, m):
            # "Hugging Face的全球开源模型排行榜", "OpenRouter's usage leaderboard": a platform's or firm's own leaderboard,
            # cited where a ranking is read on it
            if ranked is None:
                ranked = _ranked(view)
            if ranked:
                yield ARTICLE, m.entity_id
    informants = [m for m in view.mentions if _informant(m) and m.kind != "person" and not _in_label(view, m)]
    if not informants:
        return
    for m in informants:
        published = view.re(_REPORT_AFTER).match(text, m.end) if not _describes_next(view, m) else None
        if published or view.re(_REPORT_BY).search(text, max(view.start, m.start - 30), m.start) \
                or (m.kind in ("outlet", "wire") and view.re(TITLED_REPORT).match(text, m.end)) or _own_tests(view, m):
            yield ARTICLE, m.entity_id
            if published and m.kind in _STUDY_BODIES:
                yield from _co_authors(view, m, published.end())
        elif (m.type == NodeType.SOURCE and m.kind in _BOARDS) or (
                m.kind in _RESEARCH_KINDS and view.re(_ON_BOARD).search(text, max(view.start, m.start - 14), m.start)):
            # a leaderboard, or a research body or analyst firm running one named where the ranking is ("ranks first on
            # LMArena", "在Artificial Analysis上排名第二")
            if ranked is None:
                ranked = _ranked(view)
            if ranked:
                yield ARTICLE, m.entity_id


def _ranked(view: SentenceView) -> bool:
    """A ranking word, or a win read on the board ("surpassed GPT-4 on Chatbot Arena"; not "may surpass")."""
    text = view.norm.folded
    return bool(view.cues(RANKING)) or any(not view.re(_HEDGED).search(text, view.clause_of(a)[0], a)
                                           for a, _ in view.cues(WIN_ON_BOARD))


_PRODUCERS = {"company", "research", "analyst", "university"}   # who may run a leaderboard of their own
_PRODUCER_BOARD = r"\s*(?:{citation.attributive}\s*)?{citation.producer_board}"


def _runs_board(view: SentenceView, m) -> bool:
    """"Hugging Face的全球开源模型排行榜", "OpenRouter's usage leaderboard", "Hugging Face 開源模型排行榜": a platform,
    firm or research body followed (perhaps after a possessive and a few words saying what it ranks, no other name)
    by a leaderboard noun: the leaderboard it runs. A benchmark's board is read above; a board with a name of its own
    ("LMArena") is a Source named by itself."""
    if m.type != NodeType.ORGANIZATION or m.kind not in _PRODUCERS:
        return False
    board = view.re(_PRODUCER_BOARD).match(view.norm.folded, m.end)
    return board is not None and not any(m.end < o.start < board.end() for o in view.mentions)


def _describes_next(view: SentenceView, m) -> bool:
    """"清华系创业公司示例智能的Zeta-2进入总榜", "a Stanford spin-off startup, Acme, …": the name only describes the company
    named right after a head noun following it (``citation.place_head_after``): that company's report or ranking, not its own."""
    head = view.re(_PLACE_HEAD_AFTER).match(view.norm.folded, m.end)
    return head is not None and any(0 <= o.start - head.end() <= 2 for o in view.mentions if o is not m)


_PLACE_HEAD_AFTER = r"(?:{discourse.possessive}|{citation.attributive})?" + "{citation.place_head_after}"


_CO_AUTHOR = r"\s*(?:[（(][^（）()]{1,20}[）)]|[）)])?\s*{citation.co_authors}[^，,。；;]{0,16}?$"


def _co_authors(view: SentenceView, body, report_end: int):
    """"麻省理工学院和开源AI新创公司Hugging Face的研究显示", "Stanford and Acme's study shows": a company listed after a
    university, research body or analyst firm as an author of what they published is one of its sources too."""
    text = view.norm.folded
    for m in view.mentions:
        if body.end < m.start and m.end <= report_end and m.entity_id != body.entity_id and _study_author(view, report_end, m) \
                and view.re(_CO_AUTHOR).fullmatch(text, body.end, m.start):
            yield ARTICLE, m.entity_id


def _own_tests(view: SentenceView, m) -> bool:
    """"Epoch AI conducted its own tests", "X, the research institute behind Y, conducted its own tests": tests the
    body ran itself, right after its name or after an apposition describing it."""
    text = view.norm.folded
    apposed = view.re(_ONE_APPOSITION).match(text, m.end)
    return bool(view.re(OWN_TESTS).match(text, m.end) or (apposed and view.re(OWN_TESTS).match(text, apposed.end())))


_ONE_APPOSITION = r",[^,;\u4e00-\u9fff]{3,90}?,"   # ", the research institute behind Y,": the first comma closing it


def researchers(view: SentenceView):
    """"Researchers at Stanford found", "Stanford scientists showed", "清华大学的研究团队发现": what a
    university's, research body's or analyst firm's researchers found is its research (a finding, not
    an opinion: "said" or "believe" by researchers stays their own speech)."""
    bodies = [m for m in view.mentions if m.kind in _STUDY_BODIES]
    if not bodies:
        return
    text = view.norm.folded
    for a, _ in view.cues(FINDINGS):
        clause_start = view.clause_of(a)[0]
        for m in bodies:
            if m.start < clause_start or m.end > a:
                continue
            if view.re(_RESEARCHERS_AFTER).fullmatch(text, m.end, a) or (
                    view.re(_FOUND_GAP).fullmatch(text, m.end, a)
                    and view.re(_RESEARCHERS_OF).search(text, max(clause_start, m.start - 30), m.start)):
                yield ARTICLE, m.entity_id


def reporter(view: SentenceView):
    """"《每日经济新闻》记者亲自测试了…", "Reuters reporters tested the chatbot": what an outlet's journalists
    found or saw is the outlet's reporting (not the article's own outlet: see ``_best``)."""
    text = view.norm.folded
    for m in view.mentions:
        if m.type != NodeType.SOURCE or m.kind not in ("outlet", "wire"):
            continue
        journalists = view.re(_REPORTER_AFTER).match(text, m.end)
        if journalists and view.re(_REPORTERS_OPEN).fullmatch(text, view.clause_of(m.start)[0], m.start) and (
                view.re(_REPORTER_ACT).match(text, journalists.end(), view.clause_of(m.start)[1])
                or _REPORTER_CREDIT.fullmatch(text, journalists.end(), view.end)):
            # the journalists are the clause's subject, not "向彭博社的记者挥手", and report, test or learn, or the
            # sentence is the credit "中央社记者王小明": not "A Daily Planet reporter sued Acme" (a party)
            yield ARTICLE, m.entity_id


_REPORTER_CREDIT = re.compile(r"[\s·]*[^\d\s，,。；;：:！!（）()a-z]{1,5}?[\s?？。]*")   # a journalist's name ending the sentence


_OBTAINED_AFTER = "{citation.obtained_after}"
_OBTAINED_BY = "{citation.obtained_by}"
OBTAINED = "{citation.obtained_verbs}"


def obtained(view: SentenceView):
    """"Quillwire obtained court filings", "documents seen by Quillwire": what an outlet or wire has seen is its reporting."""
    text = view.norm.folded
    for m in view.mentions:
        if m.type == NodeType.SOURCE and m.kind in ("outlet", "wire") and (
                view.re(_OBTAINED_AFTER).match(text, m.end)
                or view.re(_OBTAINED_BY).search(text, max(view.start, m.start - 60), m.start)):
            yield ARTICLE, m.entity_id


def told(view: SentenceView):
    """"told Reuters", "in an interview with Bloomberg", "接受彭博社采访", "对路透社表示": an interview given to an outlet."""
    if not _outlets(view):
        return
    text = view.norm.folded
    for a, b in view.cues(TOLD):
        outlet = view.after(b, CITABLE)[:1]
        if not outlet or outlet[0].type != NodeType.SOURCE or outlet[0].kind in ("person", BENCHMARK) \
                or not view.re(_TOLD_GAP).fullmatch(text, b, outlet[0].start):
            continue
        if view.re(_TOLD_NEEDS_AFTER).fullmatch(text, a, b) and not view.re(_TOLD_AFTER).match(text, outlet[0].end):
            continue  # "对路透社" alone is no interview: 对/向/接受 need 表示/采访 after the outlet
        yield ARTICLE, outlet[0].entity_id


INTERVIEW_NAMED = "{citation.interview_named}"
_INTERVIEW_OPEN = "{citation.interview_named_open}"
_INTERVIEW_MEDIUM = "{citation.interview_named_medium}"


def interview_named(view: SentenceView):
    """"he said in a Quillwire TV interview", "during an earlier Acme Radio interview": the outlet named right before
    the interview noun, after "in a"/"during an": an interview given to it."""
    text = view.norm.folded
    for a, _ in view.cues(INTERVIEW_NAMED):
        outlet = view.before(a, CITABLE)
        if outlet is None or outlet.type != NodeType.SOURCE or outlet.kind in ("person", BENCHMARK, "report") \
                or not view.re(_INTERVIEW_MEDIUM).fullmatch(text, outlet.end, a) \
                or not view.re(_INTERVIEW_OPEN).search(text, max(view.start, outlet.start - 40), outlet.start):
            continue
        yield ARTICLE, outlet.entity_id


def via(view: SentenceView):
    """"(via Bloomberg)": the outlet or wire right after "(via" (a company is no source: "via Azure"). Not after an
    outlet's name ("Quillwire (via Example News) · By Jane Roe"): the host the outlet's story is read through."""
    if not _outlets(view):
        return
    text = view.norm.folded
    attributed = [b for _, b in view.cues(ACCORDING)]
    for a, b in view.cues(VIA):
        if any(m.type == NodeType.SOURCE and m.kind not in ("person", BENCHMARK) and m.end <= a and not text[m.end:a].strip()
               and not _attributed(view, attributed, m) for m in view.mentions):
            continue
        outlet = view.after(b, CITABLE)[:1]
        if outlet and not view.norm.folded[b:outlet[0].start].strip() and outlet[0].type == NodeType.SOURCE \
                and outlet[0].kind not in ("person", BENCHMARK):
            yield ARTICLE, outlet[0].entity_id

_ATTRIBUTED_GAP = r"[^,，;；。:：()（）]{0,40}"


def _attributed(view: SentenceView, cue_ends: list[int], outlet) -> bool:
    """"As reported by the Tokyo daily X (via Y)": the outlet before "(via" is itself cited after an according-to cue
    in its clause, so the story came through both (not a credit line "X (via Y) · By Jane Roe")."""
    return any(b <= outlet.start and view.re(_ATTRIBUTED_GAP).fullmatch(view.norm.folded, b, outlet.start) for b in cue_ends)


_HAN = re.compile(r"[\u4e00-\u9fff]")


def byline(view: SentenceView):
    """"（法新社布鲁塞尔4日电）", "新华社北京3月5日电", "WASHINGTON (Reuters) -": the wire of a dateline; "…。（中央社）"
    closing the story: the wire whose story it is."""
    if not _outlets(view):
        return
    for a, b in view.cues(DISPATCH):
        wires = [m for m in view.mentions if m.end <= a and a - m.end <= 24 and m.type == NodeType.SOURCE
                 and m.kind in ("wire", "outlet")]
        if wires and _dispatch_opens(view, wires[-1], a):
            yield ARTICLE, wires[-1].entity_id


def _dispatch_opens(view: SentenceView, wire, cue: int) -> bool:
    """The wire's name and what follows it up to the cue is a dateline: a place and a day, or nothing but ")"."""
    text = view.norm.folded
    if view.re(_DISPATCH_CREDIT).match(text, wire.end):
        # "星河日报讯（记者 王某）", "星河财经12日专讯": the paper's credit line; not a known name ending a longer one
        # ("星河科技日报讯": another paper than 科技日报)
        return not _HAN.match(text, wire.start - 1) if wire.start else True
    between = text[wire.end:cue]
    if not between:
        return text[wire.start - 1:wire.start] in ("(", "（")   # "(Reuters) -", "…。（中央社）" closing the story
    return bool(view.re(_DISPATCH_HEAD).fullmatch(between.strip()))


OPENING = "{citation.opening_credit}"
_OPENING_WITHIN = 400   # characters from the top of the text where a paragraph's opening credit counts


def opening_credit(view: SentenceView):
    """"[星河周刊] 「…」", "【星河周刊】正文…": a wire or outlet named alone in square brackets that open a paragraph near
    the top of the text (perhaps under a photo's caption) credits the story to it; not a bracket inside a sentence."""
    text = view.norm.folded
    for a, _ in view.cues(OPENING):
        for m in view.mentions:
            if m.type != NodeType.SOURCE or m.kind not in ("wire", "outlet") or text[m.end:a].strip() or m.start < 1:
                continue
            if text[m.start - 1] in "[【" and m.start <= _OPENING_WITHIN and not text[text.rfind("\n", 0, m.start - 1) + 1:m.start - 1].strip():
                yield ARTICLE, m.entity_id


_CLOSING_CREDIT = "{citation.closing_credit}"
_CLOSING_CUE = "{citation.closing_credit_cue}"
_STORY_ENDS = re.compile(r"[ \t.]*(?:\n\s*(?:©|\(c\)|copyright)[^\n]{0,80})*\s*\Z")   # perhaps before a copyright line


def closing_credit(view: SentenceView):
    """"… the ministry said. - Quillwire", "(END) Quillwire Newswires", "Jane Roe, Quillwire News": a wire or outlet after a dash or "(END)"
    that closes the whole story (nothing but blanks after its name) credits the story to it."""
    text = view.norm.folded
    for m in view.mentions:
        if m.type != NodeType.SOURCE or m.kind not in ("wire", "outlet") or not _STORY_ENDS.fullmatch(text, m.end):
            continue
        line = text.rfind("\n", 0, m.start) + 1
        if line > 0 and view.re(_CLOSING_CREDIT).search(view.norm.original, line, m.start):
            yield ARTICLE, m.entity_id   # not a story of one line: a title's "- Quillwire" is the page's own name


RULES = (
    Rule("cites.says", "CITES", 0.8, says, triggers=(SAYS,)),
    Rule("cites.said_by", "CITES", 0.8, said_by, triggers=(SAID_BY,)),
    Rule("cites.according_to", "CITES", 0.85, according_to, triggers=(ACCORDING, ACCORDING_CLAUSE)),
    Rule("cites.told", "CITES", 0.8, told, triggers=(TOLD,)),
    Rule("cites.report", "CITES", 0.75, report, triggers=(REPORT_NOUNS, RANKING, PUBLISHES_TITLED, REPORT_BY, WIN_ON_BOARD, _TITLED_CUE, _OWN_TESTS_CUE)),
    Rule("cites.interview_named", "CITES", 0.8, interview_named, triggers=(INTERVIEW_NAMED,)),
    Rule("cites.via", "CITES", 0.8, via, triggers=(VIA,)),
    Rule("cites.obtained", "CITES", 0.8, obtained, triggers=(OBTAINED,)),
    Rule("cites.reporter", "CITES", 0.75, reporter, triggers=(REPORTERS,)),
    Rule("cites.researchers", "CITES", 0.75, researchers, triggers=(FINDINGS,)),
    Rule("cites.byline", "CITES", 0.85, byline, triggers=(DISPATCH,)),
    Rule("cites.closing_credit", "CITES", 0.8, closing_credit, triggers=(_CLOSING_CUE,)),
    Rule("cites.opening_credit", "CITES", 0.8, opening_credit, triggers=(OPENING,)),
)


def _party_document(view: SentenceView, owner, hi: int) -> bool:
    """Whether a legal or policy document (``citation.party_documents``) of ``owner`` follows its name before ``hi``
    ("Trump's order says", "the Getty lawsuit", "Reddit的诉状"): the document speaks, its owner is no source."""
    found = view.re(_PARTY_DOCUMENT).match(view.norm.folded, owner.end)
    return found is not None and found.end() <= hi


def _speaker(view: SentenceView, cue: int):
    """Who speaks before a speech verb: the clause's opening name, or a name just before the verb."""
    clause_start = view.clause_of(cue)[0]
    set_off = _set_off(view, clause_start, cue)
    if set_off is not None:
        return set_off   # "创办人王某，近期在北京一场研讨会上说": the place inside the frame does not speak
    inside = [m for m in view.mentions if m.start >= clause_start and m.end <= cue and m.type in CITABLE
              and not _qualifier(view, m, cue)]
    text = view.norm.folded
    if not inside:
        earlier = [m for m in view.mentions if m.end <= clause_start and m.type in CITABLE]
        appositive = view.re(_APPOSITIVE)
        named = earlier[-1] if earlier and view.re(_NAMED_APPOSITION).fullmatch(text, earlier[-1].end, cue) \
            and view.re(r",\s*$").search(text, max(0, earlier[-1].start - 3), earlier[-1].start) else None
        apposed = named or next((m for m in reversed(earlier) if appositive.fullmatch(text, m.end, cue)), None)
        described = view.described_after(clause_start, cue, CITABLE)  # "该公司强调", "the company said"
        return apposed or described or _carried_subject(view, clause_start, cue)
    first = inside[0]
    frame = view.re(_FRAME).match(text, first.end)
    if view.re(_CLAUSE_OPENING).fullmatch(text, clause_start, first.start) and frame and \
            all(m.start >= frame.end() or m.entity_id == first.entity_id
                for m in view.mentions if first.end <= m.start < cue):
        return first  # "輝達15日在提交給SEC的文件中表示": the subject opens the clause
    framed = _framed_person(view, inside, clause_start, cue)
    if framed is not None:
        return framed  # "制作人王某在微博写道": the person speaks, not the platform the frame names
    last = [m for m in view.mentions if m.start >= clause_start and m.end <= cue and not _qualifier(view, m, cue)][-1]
    gap = view.re(_GLOSS).sub("", text[last.end:cue])   # glosses in brackets add no distance
    if last is inside[-1] and (len(gap) <= _SAYS_GAP or view.re(_APPOSITIVE).fullmatch(gap)):
        return last  # "OpenAI表示", "Jane Roe, an analyst, said"
    return None


_TITLE_BEFORE = r"{names.titles}\s*$"   # "某公司负责人Jane Roe": a title right before the name


def _framed_person(view: SentenceView, inside, clause_start: int, cue: int):
    """"制作人王某在微博写道", "Meta负责人Jane Roe在领英上发文称": a person opening the clause or right after a title,
    then a short frame ("在…上") holding every other name before the verb: the person is the subject, not what the
    frame names (a platform, a meeting, an outlet that interviews)."""
    text = view.norm.folded
    for person in inside:
        if person.kind != "person":
            continue
        frame = view.re(_FRAME).match(text, person.end)
        if frame is None or frame.end() > cue or any(
                person.end <= m.start < frame.end() and m.entity_id != person.entity_id for m in view.mentions):
            continue
        if view.re(_CLAUSE_OPENING).fullmatch(text, clause_start, person.start) \
                or view.re(_TITLE_BEFORE).search(text, max(clause_start, person.start - 12), person.start):
            return person
    return None


_SET_OFF = r"\s*[，,]\s*"   # the comma that sets a titled person off from the rest of the clause
_FRAME_ONLY = r"\s*(?:{names.time_adverbs})?\s*(?:{discourse.frame}[^，,。；;：:]{0,14}?)?\s*"


def _set_off(view: SentenceView, clause_start: int, cue: int):
    """"创办人王某，近期在一场研讨会上说": a titled person opening the sentence, set off by a comma, then a clause of only
    a time and a frame before the verb: the person speaks."""
    earlier = [m for m in view.mentions if m.end <= clause_start and m.type in CITABLE]
    person = earlier[-1] if earlier else None
    text = view.norm.folded
    if person is None or person.kind != "person" or not view.re(_SET_OFF).fullmatch(text, person.end, clause_start) \
            or clause_start == cue or not view.re(_FRAME_ONLY).fullmatch(text, clause_start, cue):
        return None
    lo = view.clause_of(person.start)[0]
    titled = view.re(_TITLE_BEFORE).search(text, max(lo, person.start - 12), person.start)
    return person if titled and not view.re(_OBJECT_MARKERS).search(text, lo, person.start) else None


def _carried_subject(view: SentenceView, clause_start: int, cue: int):
    """", saying …" / "…，并表示": a speech clause with no subject of its own speaks for the sentence's subject."""
    if not view.re(_SUBJECTLESS).fullmatch(view.norm.folded, clause_start, cue):
        return None
    speaker = view.before(cue, CITABLE)
    if speaker is not None and _qualifier(view, speaker):
        return None  # "美国AI新创公司X…，宣称…": the place only describes the subject
    if speaker is not None and speaker.kind == "person":
        return speaker
    person = next((m for m in view.mentions if m.end <= clause_start and m.type in CITABLE and m.kind == "person"
                   and _opens_clause(view, m)), None)
    return person or speaker


def _opens_clause(view: SentenceView, person) -> bool:
    """A person opening a clause, perhaps after a short title ("美国商务部长卢特尼克…"); not a person inside a phrase of
    another's act ("X表示，在向前员工李某发出律师函后，发现…": the one written to is no subject a later clause carries over)."""
    lo, text = view.clause_of(person.start)[0], view.norm.folded
    return bool(view.re(_TITLED_SUBJECT).fullmatch(text, lo, person.start)) and not view.re(_OBJECT_MARKERS).search(text, lo, person.start)


def _modifier(view: SentenceView, mention) -> bool:
    """"一位香港分析師", "a Silicon Valley investor": the name only qualifies who speaks.

    A firm's own analysts ("Omdia analysts said") still cite the firm: only places and
    industries, or a name after a quantifier ("a … investor"), are mere qualifiers.
    """
    if not view.re(_ROLE_AFTER).match(view.norm.folded, mention.end):
        return False
    quantified = view.re(_QUANTIFIER_BEFORE).search(view.norm.folded, max(view.start, mention.start - 8), mention.start)
    return bool(quantified) or mention.kind in _PLACE_KINDS or mention.kind is None


def _research_employer(view: SentenceView, person):
    """"上海某研究院主任王某表示", "Bernstein analyst Jane Roe said": a research body's or analyst firm's
    person speaks for its research, so the body is cited with the person (a company's people do not)."""
    text = view.norm.folded
    clause_start = view.clause_of(person.start)[0]
    before = [m for m in view.mentions if clause_start <= m.start and m.end <= person.start]
    if before and before[-1].kind in _RESEARCH_KINDS and view.re(_TITLE_GAP).fullmatch(text, before[-1].end, person.start):
        yield ARTICLE, before[-1].entity_id


def _unnamed(view: SentenceView, cue_end: int, cited) -> bool:
    """"据熟悉辉达计划的人士透露", "according to people familiar with Nvidia's plans": an unnamed source
    whose description names the company: the company is no source."""
    text = view.norm.folded
    clause_end = view.clause_of(cited.start)[1]
    if _speaks_as_source(cited) and cited.kind != "person":
        clause_end = cited.start  # "據路透社引述知情人士報導", "根據《華爾街日報》看到的內部備忘錄": the outlet is the source
    return bool(view.re(UNNAMED).search(text, cue_end, clause_end))


_OPEN_QUOTES, _CLOSE_QUOTES = "“「『", "”」』"


def _quoted(view: SentenceView, speaker, cue: int) -> bool:
    """The name and its verb inside one quotation that closes later in the sentence ("'Gartner expects too
    much,' the CEO joked", "“IDC預估太樂觀了，”該公司執行長說"): words of the one quoted, no citation of the
    name. A name alone in marks ("“人工分析”表示") is a name, not a quote."""
    text = view.norm.original
    before, between, rest = text[view.start:speaker.start], text[speaker.end:cue], text[cue:view.end]
    if text[speaker.end:speaker.end + 1] in (*_CLOSE_QUOTES, '"'):
        return False
    depth = sum(before.count(c) for c in _OPEN_QUOTES) - sum(before.count(c) for c in _CLOSE_QUOTES)
    if depth > 0:
        return not any(c in between for c in _CLOSE_QUOTES) and any(c in rest for c in _CLOSE_QUOTES)
    return before.count('"') % 2 == 1 and '"' not in between and '"' in rest


def _in_label(view: SentenceView, mention) -> bool:
    """A name that only opens or sits inside a quoted label going on past it ("在“微博新闻写作”场景中",
    "在「微博新聞寫作」場景中"): a part of the label's words, no publisher of what follows."""
    text = view.norm.original
    before = text[view.start:mention.start]
    depth = sum(before.count(c) for c in _OPEN_QUOTES) - sum(before.count(c) for c in _CLOSE_QUOTES)
    return depth > 0 and bool(view.re(_LABEL_GOES_ON).match(text, mention.end))


_LABEL_GOES_ON = r"[^”」』，,。；;：:、\s]{1,10}[”」』]"   # a few more words, then the quote closes


def _outlets(view: SentenceView) -> bool:
    """Whether the sentence names an outlet, wire or report (the rules that need one skip it otherwise)."""
    return any(m.type == NodeType.SOURCE and m.kind != "person" for m in view.mentions)


def _speaks_as_source(mention) -> bool:
    """Whose words alone make a citation: outlets, wires, reports, leaderboards, people (all Sources), analyst
    firms, research bodies and associations. A company, government, regulator, university or country only makes
    statements."""
    return (mention.type == NodeType.SOURCE and mention.kind != BENCHMARK) or mention.kind in _RESEARCH_KINDS \
        or mention.kind in _VOICE_KINDS


def _informant(mention) -> bool:
    """Outlets, wires, reports, analyst firms and research bodies: who publishes information."""
    return (mention.type == NodeType.SOURCE and mention.kind != BENCHMARK) or mention.kind in _INFORMANT_KINDS


def _employer(view: SentenceView, mention) -> bool:
    """"Acme CEO Jane Roe said", "Acme executives said", "据示例公司员工透露": a person of the organisation speaks.

    Outlets, analyst firms and research bodies are still cited ("Bloomberg researcher Jane Roe said"):
    what their people say is their information.
    """
    if _informant(mention):
        return False
    return bool(view.re(_PERSON_OF).match(view.norm.folded, mention.end))


def _qualifier(view: SentenceView, mention, cue: int | None = None) -> bool:
    """"美国AI新创公司Anthropic", "據美國演員工會發布的訊息": a place inside a longer name or description.

    A country, region or industry speaks only when the verb follows it directly ("China said") or
    its government or officials do ("美国政府表示", "US officials said"); a government (cities are
    governments: "Beijing said") unless a noun of people or firms follows it ("北京券商分析师").
    """
    text = view.norm.folded
    if mention.kind == "government":  # a city is its government ("Beijing said"), unless a noun follows it
        return bool(view.re(_PLACE_HEAD).match(text, mention.end))
    if mention.kind not in _PLACES:
        return False
    if view.re(_PLACE_SPEAKS).match(text, mention.end):
        return False  # "美国政府表示", "US officials said"
    if cue is not None:
        return bool(text[mention.end:cue].strip())
    rest = text[mention.end:mention.end + 1]
    return bool(rest) and not view.re(r"[\s，,。；;：:（(]").match(rest)
