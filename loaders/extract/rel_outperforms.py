"""OUTPERFORMS (Model → Model): wins, reversed wins, passives, comparatives, gains, scores and comparison
frames; parity, questions, conditions, plans and hedges are no win.

The cue words are in ``loaders/lang/<code>/comparison.yaml`` and ``polarity.yaml``; who the winner and
the losers are (lists, pronouns, descriptions) is the reference resolver's (:mod:`.view`).
"""
from __future__ import annotations

import re

from . import discourse as dc
from . import rankings
from .mentions import Mention
from ...schema import NodeType
from .view import MODEL, Rule, SentenceView

WIN = "{comparison.win}"
WIN_DIRECT = "{comparison.win_direct}"
LOSS = "{comparison.loss}"
PASSIVE_PHRASE = "{comparison.passive_phrase}"   # "X was beaten by Y"
PASSIVE_MARKER = "{comparison.passive_marker}"   # "X被Y击败"
_PASSIVE_VERBS = "{comparison.passive_verbs}"
THAN = "{comparison.than_marker}"                # "X比Y更强"
_BETTER_AFTER = "{comparison.better_after}"
_WORSE_AFTER = r"\s*{discourse.adverbs}*{comparison.worse_after}"  # "X比Y稍逊": Y wins
_LOWER_AFTER = "{comparison.lower_after}"        # "X的错误率较Y降低": less of a cost is a win
LOWER_THAN = "{comparison.lower_than}"           # "X's error rate is lower than Y's"
_SCORE_NOUNS = "{comparison.score_nouns}"        # "X's score is lower than Y's": Y wins
_SCORED_NOUNS = "(?:{comparison.score_nouns}|{comparison.capability_nouns})"  # and "X的综合能力略低于Y": Y wins
RANK_MARKER = "{comparison.rank_marker}"         # "X排在Y之后"
_RANK_AHEAD = r"\s*{comparison.rank_ahead}"
_RANK_BEHIND = r"\s*{comparison.rank_behind}"
_HIGHER = "{comparison.higher}"                  # "更高", "higher": a win only where more is better
_COSTS = "{comparison.costs}"                    # price, latency, errors: where less is better
_COSTS_OR_SIZES = "(?:{comparison.costs}|{comparison.sizes}|{comparison.popularity})"  # sizes, use: more of any is no win
# "X overtook Y in downloads", "X在市场份额上超越Y": a win in how much a model is used, bought or downloaded is none
_PURPOSE = r"\s*(?:{comparison.release_purpose})\s*"
_RELEASED_BEFORE = r"(?:{release.verbs})\s*(?:了\s*)?(?:{discourse.articles}\s+)?(?:(?:{release.adjectives})\s*)?$"  # "released (the new) Y"
_POPULAR_AFTER = (r"\s*(?:['’]s)?\s*(?:in|on|by|for)\s+(?:terms of\s+)?(?:the\s+)?(?:number of\s+)?"
                  r"(?:[\w-]+\s+){0,2}?(?:{comparison.popularity})(?![\w-])")
_POPULAR_BEFORE = (r"\s*(?:在|于|以)\s*[^，,。；;]{0,8}?(?:{comparison.popularity})[^，,。；;]{0,4}?(?:上|方面|中)?"
                   r"\s*(?:{discourse.adverbs}\s*)*$")
# "X is 3 points behind Y in price / in a poll", "X trails Y in downloads", "ranks behind A (57) and B (54) by price":
# a loss in a cost, a size or use is no loss
_MEASURE_AFTER = r"(?:\s*[(（][^()（）]{0,24}[)）])?" + _POPULAR_AFTER.replace("{comparison.popularity}", "{comparison.costs}|{comparison.sizes}|{comparison.popularity}")
_MEASURE_BEFORE = _POPULAR_BEFORE.replace("{comparison.popularity}", "{comparison.costs}|{comparison.sizes}|{comparison.popularity}")
# "X ranked second in market share, behind only Y", "X的月活排名第二，仅次于Y": the measure a place is ranked by, named
# between the loser and the cue's end (searched, not anchored: the rank words come between)
_RANKED_BY_MEASURE = (r"(?:(?<![\w-])(?:in|on|by|for|among)\s+(?:terms of\s+)?(?:the\s+)?(?:number of\s+)?(?:[\w-]+\s+){0,2}?"
                      r"|(?:的|在|于|以)\s*[^，,。；;]{0,6}?)(?:{comparison.costs}|{comparison.sizes}|{comparison.popularity})(?![a-z0-9-])")


def _own_measure(nouns: str) -> str:
    """The subject's own measure (``nouns``) between it and a cue: "X的价格", "X's latency"; a noun may carry a short
    head of its own ("幻觉率", "错误次数", "延迟时间"): still that measure."""
    return (r"\s*(?:{discourse.possessive}\s*(?:[^，,。；;\s]{1,4}?\s*)?)?" + nouns
            + r"(?:[\u4e00-\u9fff]{1,2}(?=\s*(?:{discourse.adverbs}\s*)*(?:$|{comparison.win})))?")


# "X的价格高于Y", "X's latency exceeds Y's": the subject's own cost or size compared (no win)
# right before the cue ("X以更低成本超越Y", "X, at a fraction of the cost, beats Y" are wins)
_OWN_COST_HEAD = _own_measure(_COSTS_OR_SIZES)
_OWN_COST = _OWN_COST_HEAD + r"\s*(?:{discourse.adverbs}\s*)*$"
_OWN_COST_WON = _OWN_COST_HEAD + r"\s*(?:{discourse.adverbs}\s*)*(?:{comparison.win})"  # "X的幻觉率高于Y"
# the subject's own faults (errors, hallucinations: a measure of quality, where less is better); not a price or a
# latency ("X的价格高于Y" claims nothing), nor a size ("X的参数量高于Y")
_OWN_COST_ONLY = _own_measure("{comparison.faults}") + r"\s*(?:{discourse.adverbs}\s*)*"
BETTER_THAN = "{comparison.better_than}"         # "X is faster than Y"
COMPARED_FRAME = "{comparison.compared_frame}"   # "与Y相比，X更强", "Compared with Y, X is faster"
_COMPARED_BETTER = "{comparison.compared_better}"
_COMPARED_WORSE = "{comparison.compared_worse}"
_FRAME_TAIL = r"[^，,。；;]{0,40}[。.!?！？]?"  # what may follow the frame's match in its clause
_NEGATED_ANYWHERE = "{polarity.negations}"
_HEDGE_ANYWHERE = "{polarity.hedges}"
SCORE_ONLY = "{comparison.score_only}"           # "…; B and C only 1377 and 1353"
_SCORE_GAP = (r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:{discourse.adverbs}|{discourse.continuation})*\s*"
              r"(?:{comparison.score_verbs}\s*)?")  # "…, while B scored only 80"
_NOT_A_COUNT = r"(?![0-9]|[.,][0-9]|\s*{comparison.counters})"  # "有3款模型", "3 times": a count, no score
_SCORED = (r"[^，,。；;!?！？]{0,30}?{comparison.score_verbs}\s*(?:了\s*)?(?:an?\s+)?(?P<score>[0-9][0-9,]*(?:\.[0-9]+)?)"
           + _NOT_A_COUNT)
# "A reached a score of 80", "A, …, with a score of 80": a score named as a noun, after a verb or none (in a longer clause)
_SCORED_NOUN = (r"(?:[^，,。；;!?！？]{0,30}?{comparison.score_verbs}\s*|[^，,。；;!?！？]{0,60}?)"
                r"{comparison.score_of}\s*(?P<score>[0-9][0-9,]*(?:\.[0-9]+)?)" + _NOT_A_COUNT)
SCORE_VERSUS = "{comparison.score_versus}"       # "A scored 80 vs B's 75"
_THEIR_SCORE = (r"\s*(?:{discourse.possessive}\s*)?(?:{comparison.score_verbs}\s*)?"
                r"(?P<score>[0-9][0-9,]*(?:\.[0-9]+)?)")
_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
# "A (93.3) vs B (83.3)": a score in brackets right after the name (not a year: "A (2024)")
_PAREN_SCORE = (r"\s*[(（]\s*(?!(?:19|20)[0-9]{2}\s*[)）])(?P<score>[0-9]{1,5}(?:\.[0-9]+)?)\s*(?:{comparison.score_units})?\s*[)）]")
GAIN = "{comparison.gain}"                       # "X, a 10% improvement over Y"
_GAIN_MORE = "{comparison.gain_more}"            # "…, and 26% over Z"
_GAIN_PREFIX = r"(?<![a-z]){comparison.gain_prefix}\s*$"
GAIN_OPEN = "{comparison.gain_open}"             # "X holds an edge in recall, …, compared with Y"
_GAIN_RIVAL = "{comparison.gain_rival}"
RANK_NEXT = "{comparison.rank_next}"             # "X ranked first, followed by A and B", "X居首，其次是A、B"
_RANK_FIRST = "{comparison.rank_first}"
NOMINAL_OPEN = "{comparison.nominal_open}"       # "X实现对Y的超越"
_NOMINAL_CLOSE = r"[^，,。；;!?！？]{0,8}?{discourse.attributive}\s*{discourse.adverbs}*\s*{comparison.nominal_win}"
BEHIND_MARKER = "{comparison.behind_marker}"     # "X将Y甩在身后", "X left Y behind"
_BEHIND_LEAD = r"\s*(?:{discourse.articles}\s+)?"
_BEHIND_CLOSE = r"[^，,。；;!?！？]{0,8}?{comparison.behind_close}"  # "…等强劲对手甩在身后"
# a score table: "A得分21.6%，B得分13.7%，而C以37.5%的得分登顶", "A scored 80%, B 75% and C 60%"
_TABLE_SCORE = (r"\s*(?:{discourse.possessive}\s*)?{discourse.adverbs}*\s*(?:(?P<verb>{comparison.score_verbs})\s*(?:了\s*)?|(?P<with>{comparison.table_with})\s*"
                r"|{comparison.table_of}\s*)(?P<score>[0-9]{1,5}(?:\.[0-9]+)?)(?![0-9]|[.,][0-9]|\s*{comparison.counters})"
                r"\s*(?P<unit>{comparison.score_units})?")
_TABLE_BARE = (r"\s+(?P<score>[0-9]{1,5}(?:\.[0-9]+)?)(?![0-9]|[.,][0-9]|\s*{comparison.counters})"
               r"\s*(?P<unit>{comparison.score_units})?")  # "…, B 75%"
_TABLE_NOUN = r"\s*{discourse.attributive}?[^，,。；;]{0,4}?{comparison.score_nouns}"  # "以37.5%的得分", not "以10%的优势"
_TABLE_GAP = (r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*[,，、;；]?\s*(?:{discourse.coordinators}|{discourse.continuation})?"
              r"\s*{discourse.adverbs}*\s*")
_TABLE_HEADED = r"[:：]\s*$"  # "MMLU scores: A 88, B 85, C 84": after a colon the first row may be bare too
_TABLE_ROWS = 3  # fewer rows are a pair, left to "only" and "vs" (outperforms.score) — or set against each other:
_TABLE_CONTRAST = "{comparison.table_contrast}"  # "X得分54.6%，而Y为33.2%", "X scored 54.6% while Y scored 33.2%"
# "X scored 54.6%, compared with 33.2% for Y": the rival's score, then the rival
_SCORE_FOR_MORE = (r"\s*(?:[,，、]\s*)?(?:{discourse.coordinators}\s*)?(?P<score>[0-9][0-9,]*(?:\.[0-9]+)?)(?![0-9]|[.,][0-9])"
                   r"\s*(?:{comparison.score_units})?\s*{comparison.score_for}\s+")  # "…, and 60% for C"
_SCORE_FOR = (r"\s*(?P<score>[0-9][0-9,]*(?:\.[0-9]+)?)(?![0-9]|[.,][0-9])\s*(?:{comparison.score_units})?\s*"
              r"{comparison.score_for}\s+")
# "X is the best among A and B", "在A、B和C中，X表现最好": a superlative over a named set
SUPERLATIVE = "{comparison.superlative}"
_SUP_LEAD = r"\s*{discourse.possessive}?\s*{discourse.adverbs}*\s*{comparison.superlative_lead}\s*{discourse.adverbs}*\s*"
_SUP_AMONG = r"\s*(?:{comparison.superlative_noun}\s*)?{comparison.superlative_among}\s*(?:{discourse.articles}\s+)?"
_SUP_CLOSE = r"\s*{comparison.superlative_close}?\s*"
_SUP_SET_END = r"\s*(?:$|[,，;；.。!！:：]|(?:on|in|at|for|across)\b)"
_LISTED_SCORE = (r"(?:\s*[(（][^()（）0-9]{0,24}[)）])?\s*(?:{discourse.possessive}\s*)?(?:(?:{comparison.score_verbs}|{comparison.table_of})\s*)?[(（]?\s*[0-9]{1,5}(?:\.[0-9]+)?"
                 r"(?![0-9]|[.,][0-9]|\s*{comparison.counters})\s*(?:{comparison.score_units})?\s*[)）]?")
# "A scored 85 on MMLU; B scored 80 and C 78", "A在MMLU上得分85；B得分80，C得分78": the test named once
_BENCH_BEFORE = r"\s*{comparison.bench_before}[^，,。；;!?！？]{1,20}?{comparison.bench_close}"
_BENCH_AFTER = r"\s*{comparison.bench_after}\s+[^，,。；;!?！？]{1,30}?"
_CARRIED_OPEN = r"\s*(?:{comparison.table_contrast})?\s*[,，]?\s*(?:{discourse.coordinators}|{discourse.continuation})?\s*"
_ROW_END = r"\s*[。.;；!！]?[\s\"”’」』)）]*"
_RANK_LATER = "{comparison.rank_later}"
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# A claim the text does not make: "could beat", "有望超越", "did not claim that X beats Y"
_HEDGE = r"{polarity.hedges}\s*$"
_EXPECTED_SUBJECT = r"{polarity.expects_subject}\s*(?:that\s+)?(?:[\w-]+\s*(?:'s|’s|的)\s*)?$"  # "expect (Google's) X to beat Y"
_DENIED_CLAIM = "{polarity.denied_claims}"
_DOUBTED = "{comparison.doubted}"                 # "Critics doubt X beats Y", "外界质疑X超越Y"
_UNCLAIMED = r"{comparison.unclaimed}\s*$"       # "plans to beat", "不再领先", "将超越", "lost its lead over"
_PARITY = "{comparison.parity}"
_WIN_BEFORE = r"(?:{comparison.win}|{comparison.win_direct})\s*(?:(?:{discourse.articles}|{comparison.rival_determiners})\s+)?$"
# "媲美甚至超越Y", "matches or even beats Y": the parity word escalated to a win at once is no parity
_ESCALATED = (r"(?:\s*{discourse.possessive})?\s*[,，]?\s*{comparison.escalation}\s*(?:{discourse.adverbs}\s*)*"
              r"(?:{comparison.win}|{comparison.win_direct})")
_QUESTION = r"[?？][\s\"”’」』)）]*$"            # "Can X beat Y?"
_CONDITIONAL = "{comparison.conditionals}"        # "If X beats Y, …", "如果X超越Y"
_SUPPOSITION = r"[\s\"“「『(（]*(?:{comparison.suppositions}|{comparison.retractions})"  # "Imagine X beat Y", "设想一下，X超越Y": supposed
_QUESTION_WORDS = "{comparison.question_words}"   # "X是否超越了Y"
# "击败Y的Z" (the Z that beat Y): the winner is the head after 的 — unless 的 leads to a property
# ("超越Y的水平"), a score ("高于Y的38.8%"), a variant of Y ("优于Y的非推理版本") or the aspects of the win ("超越Y的地方")
_RELATIVE_HEAD = (r"\s*{discourse.attributive}"
                  r"(?!\s*(?:[0-9]|{discourse.property_modifiers}?{discourse.property_nouns}|{discourse.version_nouns}"
                  r"|{comparison.aspect_nouns}))\s*")
# "X与Y持平、优于Z", "X matches Y and beats Z": Y is a point of comparison, never the winner
_ASIDE_LEAD = r"(?:{comparison.aside_lead})\s*$"
_ASIDE_CLOSE = r"\s*{comparison.aside_close}"
# ("close to the proprietary Y", "matches the larger Y": an article and one modifier may come before the name)
_ASIDE_STANDALONE = r"(?:{comparison.aside_standalone})\s*(?:{discourse.articles}\s+(?:[a-z][a-z-]*\s+)?)?$"
_ASIDE_GAP = r"\s*(?:(?:with|to)\s+)?(?:{discourse.articles}\s+(?:[a-z][a-z-]*\s+)?)?"  # parity word … aside name
# "多模态能力与Y持平、优于Z": a clause opening with an aside and no subject carries the subject over
_ASIDE_CLAUSE = (r"\s*[^，,。；;]{0,8}?{comparison.aside_lead}\s*[^，,。；;]{1,40}?{comparison.aside_close}"
                 r"\s*[、]?\s*{discourse.adverbs}*\s*")


_QUANTITY_AFTER = r"\s*(?:{comparison.quantity_after})"
_SIZED = r"[^，。,;；]{0,16}?(?:{discourse.attributive}|[\s-]+(?:{comparison.sizes}))\s*$"  # "320亿参数的Qwen2.5", "the 70B-parameter Llama"


def _more_than(view: SentenceView, b: int) -> bool:
    """A number right after the win verb is a quantity it exceeds ("超过一百万名用户") — unless it only sizes the
    rival named next ("超越了320亿参数的Qwen2.5")."""
    text = view.norm.folded
    if not view.re(_QUANTITY_AFTER).match(text, b):
        return False
    rival = view.after(b, MODEL)[:1]
    return not (rival and view.re(_SIZED).fullmatch(text, b, rival[0].start))


def win(view: SentenceView):
    """"X beats Y", "X超越Y": the subject wins over every listed object (a point of comparison
    before the cue, as in "X与Y持平、优于Z", is not the subject)."""
    if not _claimed(view):
        return
    for a, b in view.cues(WIN):
        if _more_than(view, b):
            continue  # "吸引了超过一百万名用户", "surpassed 100 million users": more than a number, no rival
        if not _passive_zh(view, a):
            losers = _objects(view, view.after(b, MODEL) or _apposed(view, b))
            if losers:  # "高于GPT-4o的80分和Llama 3的78分", "ahead of A (80) and B (78)": names with their scores
                scored = _objects(view, _scored_list(view, losers[0]))
                losers = scored if len(scored) > len(losers) else losers
            relative = losers and view.re(_RELATIVE_HEAD).match(view.norm.folded, losers[-1].end)
            if not losers:  # "…beating the OpenAI model", "…跑赢后者"
                losers = [m for m in (view.maker_model(b) or view.former_latter(b),) if m] or view.pointed_objects(b) \
                    or _pronoun_objects(view, a, b)
            if relative:  # "击败Y的Z": Z is the winner when named right there, else nothing is said of who
                head = [m for m in view.mentions if m.start >= relative.end() and m.type in MODEL][:1]
                winner = head[0] if head and not view.norm.folded[relative.end():head[0].start].strip() else None
                yield from _pairs(view, winner, losers)
            else:
                winner = _described_winner(view, a) or _winner(view, a)
                owned = winner is not None and (view.re(_OWN_COST).match(view.norm.folded, winner.end, a) or (
                    # "X的幻觉率高于Y，但显著高于Z": the subject carried over a conjunction keeps its own cost
                    view.re(_OWN_COST_WON).match(view.norm.folded, winner.end, a)))
                if owned:
                    continue  # "X的价格高于Y", "X's latency exceeds Y's": more of a cost or a size is no win
                if winner is not None and view.re(_PURPOSE).fullmatch(view.norm.folded, winner.end, a) \
                        and view.re(_RELEASED_BEFORE).search(view.norm.folded, max(view.clause_of(a)[0], winner.start - 40), winner.start):
                    continue  # "X released Y to beat Z", "X发布Y以超越Z": what the release is for
                if losers and view.re(_POPULAR_AFTER).match(view.norm.folded, losers[-1].end) or winner is not None \
                        and view.re(_POPULAR_BEFORE).match(view.norm.folded, winner.end, a):
                    continue  # "X overtook Y in downloads", "X在下载量上超过Y": use or sales, no test
                if _use_lead(view, a):
                    continue  # "X led the market with a 74% share, ahead of Y", "豆包以35%的市场份额位居第一，领先于Y"
                yield from _pairs(view, winner, losers, cue=a)


_APPOSED = r"\s*[^,，。;；:：!?！？]{0,16}?{comparison.apposed_kinds}\s*(?P<sep>[,，:：])\s*"
_APPOSITION_END = re.compile(r"\s*(?:[,，。.;；!?！？)）]|$)")  # "its predecessor, Y, and…": Y closes the apposition


def _apposed(view: SentenceView, pos: int) -> list:
    """"beats its predecessor, Y", "领先于竞品：A…": the names right after a kind noun the cue takes, set off by a comma
    or a colon, are its objects (the list :meth:`SentenceView.after` reads from there)."""
    text = view.norm.folded
    following = [m for m in view.mentions if m.start >= pos]
    apposed = following and following[0].type in MODEL \
        and view.re(_APPOSED).fullmatch(text, pos, view._owner_start(following[0]))
    if not apposed:
        return []
    listed = view.after(following[0].start, MODEL)
    if apposed.group("sep") in ",，" and not (listed and _APPOSITION_END.match(text, listed[-1].end)):
        return []  # "超越了前代模型，Y则落后": after a comma, a name opening a clause of its own
    if apposed.group("sep") in ":：" and listed:
        listed = listed + _rows_after(view, listed[-1])
    return listed


_ROW_OPEN = r"\s*(?:{discourse.continuation}\s*)?"


def _rows_after(view: SentenceView, last) -> list:
    """"领先于竞品：A的幻觉率为2.6%，B则达4.8%": after a colon, each later clause of the sentence opening with a model
    (its subject) is one more row of the rivals set out; the rows end at the first clause opening with no model."""
    text, rows = view.norm.folded, []
    for start, end in (c for c in view.clauses if c[0] >= view.clause_of(last.start)[1]):
        opening = view.re(_ROW_OPEN).match(text, start)
        first = [m for m in view.mentions if start <= m.start < end and m.type in MODEL][:1]
        if not first or not view.re(dc.SUBJECT_SLOT).fullmatch(text, opening.end(), view._owner_start(first[0])):
            break
        rows += view.listed_with(first[0])
    return rows


_DESCRIBED_CLOSE = r"\s*(?:{discourse.adverbs}\s*)*"


def _described_winner(view: SentenceView, cue: int):
    """"Luma的模型超越了Y", "The OpenAI model beats Y": a clause opening with a maker's name and a model noun right
    before the cue stands for that maker's model named before (:meth:`SentenceView.maker_model`)."""
    text = view.norm.folded
    lo = view.clause_of(cue)[0]
    maker = [m for m in view.mentions if lo <= m.start and m.end <= cue]
    if len(maker) != 1 or maker[0].type != NodeType.ORGANIZATION:
        return None
    noun = view.re(dc.MAKER_MODEL).match(text, maker[0].end, cue)
    if noun is None or not view.re(_DESCRIBED_CLOSE).fullmatch(text, noun.end(), cue) \
            or not view.re(dc.SUBJECT_SLOT).fullmatch(text, lo, maker[0].start):
        return None
    return view.maker_model(maker[0].start, cue)


_MORE_OF = r"(?:{comparison.more_of})$"  # the win cues that only say "more": "X的幻觉率高于Y" is Y's win


# "Models that beat Y include A and B", "Eleven models now surpass Y, including A and B", "超过Y的模型有11个，比如A、B、C":
# a win whose subject is a kind noun, its rivals named, then the models that won set out after them
_KIND_SUBJECT = (r"\s*(?:{discourse.sentence_openers}\s*[,，]?\s*)?(?:{discourse.articles}\s+)?[^,，。;；:：]{0,24}?"
                 r"{discourse.kind_nouns}\s*(?:(?:{comparison.kind_verb_links})\s*){0,2}"
                 r"(?:(?:{discourse.adverbs}|{discourse.topic_frames})\s*)*$")  # "…的模型在多个维度上正在快速缩小…"
_GAP_TAIL = r"\s*{comparison.gap_tail}"  # "缩小与Y的差距，包括A": the gap closed, named after its rival
_NO_KIND = "{comparison.no_kind}"  # "No models beat Y, including A"
_KIND_HEAD = r"\s*等?\s*{discourse.attributive}\s*[^,，。;；:：0-9]{0,8}?{discourse.kind_nouns}"  # "超过Y的国产大模型"
_EXAMPLES = (r"(?:\s+(?:{comparison.scope_preps})\s+[^,，。;；:：]{1,30}?)?\s*等?\s*[,，:：]?\s*"
             r"(?:{comparison.examples_link}|{discourse.exemplifiers})\s*[:：]?\s*")


def exemplified(view: SentenceView):
    """"Models that beat Y include A, B and C", "Eleven models now surpass Y and Z, including A and B", "超过Y和Z的模型
    有11个，比如A、B、C等": the win's subject is a kind noun (or, in Chinese, the noun its clause modifies), not a model;
    the models set out after the rivals (an exemplifier, "include", 有N个比如) are the winners, each over every rival.
    A loss says it the other way: "Several models are closing the gap with Y, including A and B", "不少模型正在缩小与Y
    的差距，包括A、B": Y beats each of them. Nothing when the win is hedged, denied, a plan or a cost, or a model
    stands before the cue in its clause."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for (a, b), lost in [(c, False) for c in view.cues(WIN)] + [(c, True) for c in view.cues(LOSS)]:
        if not lost and (_passive_zh(view, a) or _more_than(view, b)):
            continue
        lo = view.clause_of(a)[0]
        if any(lo <= m.start < a for m in view.mentions if m.type in MODEL):
            continue  # a model before the cue is its subject: the win rule's
        losers, head = _objects(view, view.after(b, MODEL)), None
        following = [m for m in view.mentions if m.start >= b and m.type in MODEL]
        for i, m in enumerate(following):  # "超过A和B的模型包括…" (read as "A的模型" by a plain list): up to the noun
            head = view.re(_KIND_HEAD).match(text, m.end)
            if head is not None or (i + 1 < len(following) and not view.re(dc.COORD).fullmatch(
                    text, m.end, view._owner_start(following[i + 1]))):
                losers = _objects(view, following[:i + 1]) if head is not None else losers
                break
        if not losers or _unasserted(view, lo, a):
            continue
        if len(text[b:view._owner_start(losers[0])].strip()) > 12:
            continue  # "beat rivals including A": the names are the rivals' examples, not right after the verb
        at = losers[-1].end
        gap = view.re(_GAP_TAIL).match(text, at) if lost else None
        at = gap.end() if gap is not None else at
        if head is not None and head.start() == at:
            at = head.end()
        elif not view.re(_KIND_SUBJECT).fullmatch(text, lo, a):
            continue
        link = view.re(_EXAMPLES).match(text, at)
        if link is None or view.re(_NEGATED_ANYWHERE).search(text, lo, a) or view.re(_NO_KIND).search(text, lo, a) \
                or view.re(rankings.NOT_A_RANKING).search(text, lo, link.end()):
            continue  # "No models beat Y, including A", "Models that beat Y in price include A"
        winners = view.after(link.end(), MODEL, hi=view.end)
        if not winners or view._owner_start(winners[0]) != link.end():
            continue
        rivals = {l.entity_id for l in losers}
        glued = [m for m in view.mentions if m.type in MODEL and m.start >= winners[0].end
                 and not text[winners[0].end:m.start].strip()][:1]
        if glued:  # "包括智谱清言GLM-4、阿里巴巴Qwen-Max": a product line glued to the model after it only says whose it is
            winners = view.after(glued[0].start, MODEL, hi=view.end)
        for w in (w for w in winners if w.entity_id not in rivals):
            yield from ((r, w.entity_id) if lost else (w.entity_id, r) for r in rivals)


def cost_reversed(view: SentenceView):
    """"X的幻觉率高于Y", "X's error rate exceeds Y's": more of the subject's own faults (errors, hallucinations) than a
    rival's is the rival's win — said by a cue that only means "more" (not "X的错误击败Y"); a price or a latency
    compared so claims nothing."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(WIN):
        if _passive_zh(view, a) or not view.re(_MORE_OF).search(text, a, b):
            continue
        winner = _winner(view, a)
        if winner is None or not (view.re(_OWN_COST_ONLY + "$").match(text, winner.end, a)
                                  or view.re(_OWN_COST_ONLY + "(?:{comparison.win})").match(text, winner.end, a)):
            continue
        losers = _objects(view, view.after(b, MODEL))
        for w, l in _pairs(view, winner, losers, cue=a):
            yield l, w


def _pronoun_objects(view: SentenceView, a: int, b: int) -> list:
    """"In a field led by A and B, X outperforms them", "面对A和B，X超越了它们": a plural pronoun right after the
    cue stands for the one list of models named before it in the sentence (two or more, joined by commas or
    "and"), the subject of the cue aside; nothing when any other model is named before the cue."""
    text = view.norm.folded
    if not view.re(dc.OBJECT_PRONOUN).match(text, b):
        return []
    subject = _winner(view, a)
    named = [m for m in view.mentions if m.end <= a and m.type in MODEL and (subject is None or m.entity_id != subject.entity_id)]
    if len(named) < 2:
        return []
    chain = view.listed_with(named[-1], subject=False)
    while len(chain) < len(named) and view.re(dc.COMMA_ONLY).fullmatch(
            text, named[-len(chain) - 1].end, view._owner_start(chain[0])):
        chain.insert(0, named[-len(chain) - 1])  # "A, B and C": the comma before B also opened a clause
    if [m.entity_id for m in chain] != [m.entity_id for m in named]:
        return []
    return list({m.entity_id: m for m in chain}.values())


def win_direct(view: SentenceView):
    """"X leads Y and Z on math": a verb that wins only with the losers named right after it."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(WIN_DIRECT):
        losers = view.after(b, MODEL)
        if losers and not text[b:view._owner_start(losers[0])].strip():
            if view.re(_POPULAR_AFTER).match(text, losers[-1].end) or _use_lead(view, a):
                continue  # "X leads Y in downloads", "在市场份额上，X领先Y": use or sales, no test
            scored = _scored_list(view, losers[0])  # "leading A's 1253 points and B's 1246 points": names with scores
            yield from _pairs(view, _winner(view, a), scored if len(scored) > len(losers) else losers, cue=a)


# "with a 74% share", "以35%的市场份额": a percentage of use or sales; "在市场份额上，…", "In market share, …": its topic
_USE_SHARE = (r"[0-9]+(?:\.[0-9]+)?\s*(?:%|％|percent|per cent)\s*(?:的\s*)?(?:[a-z-]+\s+){0,2}?"
              r"(?:share|{comparison.popularity})(?![a-z0-9-])")
_USE_TOPIC = (r"(?:在|于|(?<![a-z])in\s+(?:terms\s+of\s+)?(?:the\s+)?)[^，,。;；]{0,8}?(?:{comparison.popularity})"
              r"[^，,。;；]{0,4}?(?:上|方面|中)?\s*[,，]")


def _use_lead(view: SentenceView, cue: int) -> bool:
    """Whether the sentence before the win's verb gives a percentage of use or sales ("led the market with a 74%
    share", "以35%的市场份额位居第一") or opens on it as its topic ("在市场份额上，", "In market share, "), and names no
    benchmark: a lead in use, no test won."""
    text = view.norm.folded
    return (view.re(_USE_SHARE).search(text, view.start, cue) is not None
            or view.re(_USE_TOPIC).search(text, view.start, cue) is not None) \
        and not any(m.kind == "benchmark" for m in view.mentions)


# "X beat Y but trailed Z", "X击败Y并领先Z": a name, then only a conjunction before the verb — an object, not its subject
# (a scope may close the first comparison: "X beat Y on math but trailed Z")
# (and a parity escalated to the win: "X beats Y on most tests and matches or beats Z")
_COORDINATED_VERB = (r"(?:\s*[(（][^()（）]{0,24}[)）])?"  # "X beats A (84) and trails B (89)": A's score
                     r"(?:\s*{comparison.scope_preps}\s*[^,，。;；!?！？]{1,48}?)?"
                     r"\s*[,，]?\s*(?:{discourse.continuation})\s*(?:{discourse.adverbs}\s*)*"
                     r"(?:{comparison.parity}\s*[,，]?\s*{comparison.escalation}\s*(?:{discourse.adverbs}\s*)*)?")


def _verb_subject(view: SentenceView, m, cue: int):
    """The subject of the verb at ``cue`` given the nearest model ``m`` before it: ``m`` itself, or — when only a
    conjunction stands between (``m`` is the object of an earlier verb) — the model opening the clause, else None."""
    if m is None or not view.re(_COORDINATED_VERB).fullmatch(view.norm.folded, m.end, cue):
        return m
    clause_start = view.clause_of(cue)[0]
    models = [o for o in view.mentions if clause_start <= o.start and o.end <= m.start and o.type in MODEL]
    if models and view.re(dc.SUBJECT_SLOT).fullmatch(view.norm.folded, clause_start, view._owner_start(models[0])):
        return models[0]
    if not models and view.re(dc.PRONOUN).search(view.norm.folded, clause_start, m.start):
        # "…. On those tests it improves on A and beats B", "该模型相比A提升明显并超越B": the clause's subject is a
        # pronoun or a description naming no one — the model it stands for (nothing when that is unclear)
        return view._referent(m.start, MODEL)
    return None


_COMPARISON_VERB = r"{comparison.win}|{comparison.loss}"


def _item_subject(view: SentenceView, cue: int):
    """"X is a 7B model that:\n- Outperforms Y on all tests", "X的主要特点：\n1. 在数学测试中超越Y": a list line naming no
    one before its verb carries the one model of the line that opens the list with a colon (the lines between all
    list lines); None otherwise."""
    text = view.norm.folded
    line = view.re(rankings.LIST_LINE)
    line_start = text.rfind("\n", 0, view.start) + 1
    line_end = text.find("\n", view.start)
    marker = line.match(text, line_start, len(text) if line_end < 0 else line_end)
    if marker is None or any(line_start <= m.start < cue and m.kind != "benchmark" for m in view.earlier + view.mentions) \
            or not view._carries(marker.end(), cue) and text[marker.end():cue].strip():
        return None
    head_end = rankings.run_first(text, line_start, line, view.norm.runs.setdefault(line.pattern, {})) - 1
    while head_end > 0 and text[head_end - 1] == "\n":
        head_end -= 1  # blank lines between the head and its list
    head_start = text.rfind("\n", 0, head_end) + 1
    if not text[head_start:head_end].rstrip().endswith((":", "：")):
        return None
    models = [m for m in view.earlier if head_start <= m.start and m.end <= head_end and m.type in MODEL]
    if len({m.entity_id for m in models}) > 1 and view.re(_COMPARISON_VERB).search(
            text, models[0].end, view._owner_start(next(m for m in models if m.entity_id != models[0].entity_id))):
        return models[0]  # "X在8项测试中超越A，优于B。具体表现为：\n- …超过C": the others are X's objects
    return models[0] if models and len({m.entity_id for m in models}) == 1 else None


# "X相比Y提升明显并超越Z", "it gains a lot compared with Y and beats Z": a name right after one of these is the point of
# comparison, never the subject of a later verb
_POINT_BEFORE = r"(?:{comparison.than_marker}|{comparison.compared_object})\s*$"


def _pointed(view: SentenceView, m, cue: int):
    """The subject of the verb at ``cue`` when the nearest model ``m`` before it is only the point of a comparison
    ("X相比Y提升明显并超越Z": X; "该模型相比Y…并超越Z": the model the description stands for); ``m`` otherwise, and
    None when no subject can be told."""
    if m is None:
        return m
    clause_start = view.clause_of(cue)[0]
    marker = view.re(_POINT_BEFORE).search(view.norm.folded, max(clause_start, m.start - 12), view._owner_start(m))
    if marker is None:
        return m
    subject = view.before(marker.start(), MODEL, lo=clause_start)
    if subject is not None:
        return subject
    if view.re(dc.PRONOUN).search(view.norm.folded, clause_start, marker.start()):
        return view._referent(marker.start(), MODEL)
    return None


def _winner(view: SentenceView, cue: int):
    subject = _verb_subject(view, _pointed(view, view.before(cue, MODEL), cue), cue)
    if subject is None:
        return _item_subject(view, cue)
    if subject is None or not _aside(view, subject):
        return subject
    clause_start = view.clause_of(cue)[0]
    others = [m for m in view.mentions if clause_start <= m.start and m.end <= cue and m.type in MODEL
              and not _aside(view, m)]
    if others:
        return others[-1]
    if view.re(_ASIDE_CLAUSE).fullmatch(view.norm.folded, clause_start, cue):
        return view.before(clause_start, MODEL)  # the clause has no subject of its own: carried over
    return None


def _parity_in(view: SentenceView, lo: int, hi: int) -> bool:
    """A parity word in ``[lo, hi)`` that is not part of an aside ("与Y持平", "matches Y")."""
    text = view.norm.folded
    asides = None  # (found when a parity word first needs them)
    for match in view.re(_PARITY).finditer(text, lo, hi):
        if view.re(_ESCALATED).match(text, match.end()):
            continue  # "媲美甚至超越Y", "matches or even beats Y": a win claimed
        if view.re(_WIN_BEFORE).search(text, max(lo, match.start() - 24), match.start()):
            continue  # "outperformed rival Y": right after a win, the word is a noun
        if asides is None:
            asides = [m for m in view.mentions if m.end > lo and m.start < hi and m.type in MODEL and _aside(view, m)]
        if not any(m.end <= match.start() or view.re(_ASIDE_GAP).fullmatch(text, match.end(), m.start)
                   for m in asides if m.end <= match.start() or m.start >= match.end()):
            return True
    return False


def _aside(view: SentenceView, m) -> bool:
    text = view.norm.folded
    lo = max(view.clause_of(m.start)[0], m.start - 32)
    standalone = view.re(_ASIDE_STANDALONE).search(text, lo, m.start)
    if standalone and not view.re(_WIN_BEFORE).search(text, max(lo - 24, view.start), standalone.start()):
        return True  # (not "outperformed rival Y": right after a win, the word is a noun)
    return bool(view.re(_ASIDE_LEAD).search(text, lo, m.start) and view.re(_ASIDE_CLOSE).match(text, m.end))


def reversed_win(view: SentenceView):
    """"X trails Y", "X落后于Y": every listed object wins over the subject."""
    if not _claimed(view):
        return
    carried, rivals = None, []
    for a, b in view.cues(LOSS):
        loser = _second_to(view, a, b) or _verb_subject(view, view.before(a, MODEL), a) or _beaten_before(view, a)
        if loser is not None and carried is not None and any(loser is r for r in rivals) \
                and not any(view.clause_of(a)[0] <= m.start < a for m in view.mentions if m.type in MODEL):
            loser = carried  # "X落后A 11分，落后B 4分", "X距离A有11分，距离B有4分": the rival before is no subject
        if loser and _unasserted(view, loser.end, a):
            continue
        winners = _objects(view, view.after(b, MODEL))
        carried, rivals = loser, winners
        if winners and view.re(_MEASURE_AFTER).match(view.norm.folded, winners[-1].end) or loser is not None \
                and view.re(_MEASURE_BEFORE).match(view.norm.folded, loser.end, a):
            continue  # "X is 3 points behind Y in price", "X在下载量上落后于Y", "X在价格上落后Y": use, cost or size, no test
        if loser is not None and _ranked_by_measure(view, loser, b):
            continue  # "X ranked second in market share, behind only Y", "X的月活排名第二，仅次于Y": a place in use, no test
        yield from ((w.entity_id, l.entity_id) for w in winners for l in view.listed_with(loser))


_SERIAL_GAP = r"(?:\s*[(（][^()（）]{0,24}[)）])?\s*[,，]\s*(?:{discourse.adverbs}\s*)*"


def _beaten_before(view: SentenceView, cue: int):
    """"（subject unnamed）得分87.2，超越A（84分），仅次于B（89.3分）": with no subject to carry, the rival the clause
    before says was beaten — whoever beat A and trails B, B is ahead of A too. None otherwise."""
    text = view.norm.folded
    earlier = [m for m in view.mentions if m.end <= cue and m.type in MODEL]
    if not earlier or earlier[-1].start < view.start or not view.re(_SERIAL_GAP).fullmatch(text, earlier[-1].end, cue):
        return None
    beaten = earlier[-1]
    opening = view.clause_of(beaten.start)[0]
    if any(m.start < opening for m in earlier) or view.re(dc.VERB_OBJECT).fullmatch(
            text, opening, view._owner_start(beaten)) is None:
        return None  # a model before the clause (whom the rules above would have carried), or no verb of a win
    return view.listed_with(beaten, subject=False)[-1]


def _ranked_by_measure(view: SentenceView, loser, cue_end: int) -> bool:
    """Whether the measure the loser is placed by, named between it and the cue with no other model between, is one of
    use, cost or size ("ranked second in downloads last month, trailing only Y"), and the sentence names no benchmark."""
    if any(m.kind == "benchmark" for m in view.mentions) \
            or any(loser.end <= m.start < cue_end for m in view.mentions if m.type in MODEL):
        return False  # (the cue may hold the measure: "ranked second in market share, behind only")
    return view.re(_RANKED_BY_MEASURE).search(view.norm.folded, loser.end, cue_end) is not None


_SECOND_ONLY = r"(?:{comparison.second_only})$"
_SECOND_FRAME = r"(?:{comparison.second_frame})[^,，。；;!?！？]{0,16}$"


def _second_to(view: SentenceView, a: int, b: int):
    """"X beat A and became the best model second only to Y", "X超越A，成为业内仅次于Y的模型": after a copula in its
    clause, the one second only to Y is the sentence's subject (its first model, opening its clause), not A."""
    text = view.norm.folded
    if not view.re(_SECOND_ONLY).search(text, a, b) or not view.re(_SECOND_FRAME).search(text, view.clause_of(a)[0], a):
        return None
    models = [m for m in view.mentions if m.type in MODEL and m.end <= a]
    if not models or not view.re(dc.SUBJECT_SLOT).fullmatch(text, view.clause_of(models[0].start)[0], view._owner_start(models[0])):
        return None
    return models[0]  # (after frames naming no model: "在X评测上，A超越B，成为仅次于Y的模型")


def _objects(view: SentenceView, listed: list) -> list:
    """The listed objects of a comparison verb up to the first that is only a point of comparison ("仅次于A，与B并列第二",
    "落后于A，与B持平": B is tied, neither winner nor loser)."""
    for i, m in enumerate(listed):
        if _aside(view, m):
            return listed[:i]
    return listed


_PASSIVE_AGENT = r"\s*{comparison.passive_agent}"


def passive(view: SentenceView):
    """"X was beaten by Y", "X被Y超越": the winner comes after the cue."""
    if not _claimed(view):
        return
    for a, b in view.cues(PASSIVE_PHRASE):  # "…was outperformed by both A and B": each listed winner
        loser = view.before(a, MODEL)
        if loser is not None and _unasserted(view, loser.end, a):
            continue  # "X could be beaten by Y": hedged
        winners = _objects(view, view.after(b, MODEL))
        if len(winners) > 1 and view.re(_PASSIVE_AGENT).match(view.norm.folded, winners[-1].end):
            winners = winners[:1]  # "X was beaten by A, and Y by B": a second passive, gapped
        yield from ((w.entity_id, l.entity_id) for w in winners for l in view.listed_with(loser))
    for a, b in view.cues(PASSIVE_MARKER):  # "X被A和B超越"
        winners = _objects(view, view.after(b, MODEL))
        loser = view.before(a, MODEL)
        if loser is not None and _unasserted(view, loser.end, a):
            continue  # "X可能被Y超越": hedged
        if winners and loser and view.re(_PASSIVE_VERBS).search(view.norm.folded, winners[-1].end, view.clause_of(a)[1]) \
                and not view.re(_PASSIVE_VERBS).search(view.norm.folded, winners[0].end, view._owner_start(winners[-1])):
            yield from ((w.entity_id, l.entity_id) for w in winners for l in view.listed_with(loser))


def comparative(view: SentenceView):
    """"X比Y更强", "X is faster than Y"; "X比Y稍逊" the other way round."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(THAN):
        winner, losers = _winner(view, a), view.after(b, MODEL)[:1]  # not a point of comparison ("on par with Y and better than Z")
        clause_end = view.clause_of(a)[1]
        better = losers and view.re(_BETTER_AFTER).search(text, losers[0].end, clause_end)
        worse = losers and view.re(_WORSE_AFTER).match(text, losers[0].end, clause_end)
        lower = losers and view.re(_LOWER_AFTER).search(text, losers[0].end, clause_end)
        if worse and winner is not None and not _unasserted(view, winner.end, a):
            yield from ((losers[0].entity_id, l.entity_id) for l in view.listed_with(winner))
        elif better and not _lower_is_better(view, a, better) \
                and not view.re(_HEDGE_ANYWHERE).search(text, losers[0].end, better.start()):
            yield from _pairs(view, winner, losers)  # (not "X相比Y有望提升": hedged)
        elif lower and view.re(_COSTS).search(text, view.clause_of(a)[0], lower.end()):
            yield from _pairs(view, winner, losers)  # "X的错误率较Y降低45%": less of a cost
    for a, b in view.cues(RANK_MARKER):  # "X排在Y之后": Y wins; "X排在Y之前": X wins
        winner, rivals = view.before(a, MODEL), view.after(b, MODEL)[:1]
        if winner is None or not rivals or _unasserted(view, winner.end, a):
            continue
        if view.re(_RANK_BEHIND).match(text, rivals[0].end):
            yield from ((rivals[0].entity_id, w.entity_id) for w in view.listed_with(winner))
        elif view.re(_RANK_AHEAD).match(text, rivals[0].end):
            yield from _pairs(view, winner, rivals)
    for a, b in view.cues(LOWER_THAN):
        if view.re(_COSTS).search(text, max(view.start, a - 40), a):
            yield from _pairs(view, view.before(a, MODEL), view.after(b, MODEL)[:1])
        elif (loser := view.before(a, MODEL)) is not None and view.re(_SCORED_NOUNS).search(text, loser.end, a) \
                and not view.re(_COSTS_OR_SIZES).search(text, loser.end, a) and not _unasserted(view, loser.end, a):
            # "X的得分低于Y", "X's score is lower than Y's", "X的综合能力略低于A、B和C": less of a score or a
            # capability, each listed rival wins
            yield from ((w.entity_id, l.entity_id) for w in view.after(b, MODEL) for l in view.listed_with(loser))
    for a, b in view.cues(BETTER_THAN):
        if not _lower_is_better(view, a, view.re(BETTER_THAN).match(text, a)):  # "…than A, B and C": each
            losers = view.after(b, MODEL) or _apposed(view, b)
            scored = _scored_list(view, losers[0]) if losers else []  # "higher than A's 80 and B's 78"
            yield from _pairs(view, _winner(view, a), scored if len(scored) > len(losers) else losers, cue=a)


WIN_IMPLICIT = "{comparison.win_implicit}"        # "A得分80，B得分85，B略胜一筹", "…; B came out ahead"


def _gives_a_number(view: SentenceView) -> bool:
    """Whether the sentence before gives a number outside the names in it ("GPT-4o scored 80", not "GPT-4o is out")."""
    start = view.previous_sentence_start()
    names = [(m.start, m.end) for m in view.earlier if m.start >= start]
    return any(not any(a <= n.start() < b for a, b in names) for n in _NUMBER.finditer(view.norm.folded, start, view.start))


def implicit(view: SentenceView):
    """"在A与B的对比中，B略胜一筹", "A scored 80. B, with 85, came out ahead": a win with no rival after its cue;
    the loser is the one other model named before the cue in the sentence, else the one model of the sentence
    before when that sentence gives a number; nothing when there are two or more (or none)."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(WIN_IMPLICIT):
        if view.after(b, MODEL):
            continue  # a rival named after the cue: the other rules' ("…胜出Y", "came out ahead of Y")
        winner = _winner(view, a)
        if winner is None or _unasserted(view, winner.end, a) or _parity_in(view, view.start, a):
            continue
        if view.re(THAN).search(view.norm.folded, view.clause_of(a)[0], winner.start):
            continue  # "X相比Y推理能力更强": Y is the object of a comparative (outperforms.comparative), no winner
        team = {m.entity_id for m in view.listed_with(winner)}
        rivals = {m.entity_id for m in view.mentions if m.end <= a and m.type in MODEL} - team
        if not rivals and _gives_a_number(view):
            rivals = {m.entity_id for m in view.previous_sentence_mentions(MODEL)} - team
        if len(rivals) == 1 or len(rivals) > 1 and _smaller_than_each(view, a):
            yield from ((w, r) for w in team for r in sorted(rivals))


_CONCESSION = "{comparison.concession}"


def _smaller_than_each(view: SentenceView, cue: int) -> bool:
    """"X的参数量比A少一半，比B只有三分之一，但性能更优", "X has half the parameters of A and a third of B's, yet
    performs better": the sentence before the win compares only a size (no test, no cost), and the win's clause
    concedes it — the win is over every model named in the size comparison."""
    text = view.norm.folded
    clause_start = view.clause_of(cue)[0]
    return bool(view.re("{comparison.sizes}").search(text, view.start, clause_start)
                and view.re(_CONCESSION).search(text, clause_start, cue)
                and not view.re(_COSTS).search(text, view.start, clause_start)
                and not view.re("{comparison.table_measures}").search(text, view.start, clause_start))


def _lower_is_better(view: SentenceView, cue: int, better) -> bool:
    """"X的价格比Y更高", "X's latency is higher than Y's": more of a cost is no win."""
    if better is None or not view.re(_HIGHER).search(better.group()):
        return False
    return view.re(_COSTS_OR_SIZES).search(view.norm.folded, view.clause_of(cue)[0], better.end()) is not None


# "X has no lead over Y", "X does not have an advantage over Y", "X失去了对Y的优势": no gain
_GAIN_DENIED = r"(?:{polarity.negations}|{comparison.gain_denied})"


def gain(view: SentenceView):
    """"X, a 10% improvement over Y", "X improves by 5 points over Y and 8 points over Z";
    "X holds an edge in recall, …, compared with Y" (the rival named later in the sentence)."""
    if not _claimed(view):
        return
    for a, b in view.cues(GAIN_OPEN):
        rival = view.re(_GAIN_RIVAL).search(view.norm.folded, b, view.end)
        if rival and not [m for m in view.mentions if b <= m.start < rival.start() and m.type in MODEL] \
                and not view.re(_COSTS_OR_SIZES).search(view.norm.folded, a, rival.start()):  # (not "led downloads vs Y")
            yield from _pairs(view, view.before(a, MODEL), view.after(rival.end(), MODEL, hi=view.end), cue=a)
    cues = [(_gain_start(view, a), b) for a, b in view.cues(GAIN)]
    cues = [(a, b) for a, b in cues if not view.re(_GAIN_DENIED).search(view.norm.folded, max(view.clause_of(a)[0], a - 24), a)]
    if not cues:
        return
    winner = view.before(cues[0][0], MODEL)
    for a, b in cues:
        winner = view.before(a, MODEL) or winner
        yield from _pairs(view, winner, view.after(b, MODEL), cue=a)
    for a, b in view.cues(_GAIN_MORE):
        if a > cues[0][1] and winner is not None and not view.re(GAIN).match(view.norm.folded, a):
            yield from _pairs(view, winner, view.after(b, MODEL)[:1])


def compared(view: SentenceView):
    """"与Y相比，X更强" / "Compared with Y, X is faster": X wins; "…，X仍有差距" / "…, X still lags": Y wins.

    The frame names the point of comparison; the clause right after it opens with the other model
    and says how it fares ("X与Y相比更强": or the model opens the frame's own clause). Nothing when
    that clause names another rival or says both ways."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in (match.span() for match in view.matches(COMPARED_FRAME)):  # the frame holds a name: no cues()
        frame_start, frame_end = view.clause_of(a)  # "与Y相比，", "Compared with Y,"; or "X与Y相比更强"
        others = [m for m in view.mentions if a <= m.start and m.end <= frame_end and m.type in MODEL]
        after = [c for c in view.clauses if c[0] >= frame_end][:1]
        if not others or not view.re(_FRAME_TAIL).fullmatch(text, b, frame_end):
            continue
        others = view.listed_with(others[-1], subject=False)  # "与基于A开发的B相比": A only qualifies B
        tail = max(b, others[-1].end)
        before = [m for m in view.mentions if frame_start <= m.start and m.end <= a and m.type in MODEL]
        if before:  # "X与Y相比更强", "X和Y相比，推理能力更强", "X相比Y，事实性提升": the subject opens the frame's clause
            subject = before[-1]
            first = view.listed_with(subject)[0].start
            if text[subject.end:a].strip() or not (view.re(dc.SUBJECT_SLOT).fullmatch(text, frame_start, first)
                                                   or _reported(view, frame_start, first)):
                continue
            if text[tail:frame_end].strip():
                rest = (tail, frame_end)
            elif after and not (named := [m for m in view.mentions if after[0][0] <= m.start < after[0][1]]):
                rest = after[0]
            elif after and all(m.entity_id == subject.entity_id for m in named) \
                    and view.re(dc.SUBJECT_SLOT).fullmatch(text, after[0][0], named[0].start):
                rest = (named[-1].end, after[0][1])  # "X相比Y，X的事实性提升34.8%": the subject said again
            else:
                continue
        else:
            if not after:
                continue
            clause = after[0]
            subjects = [m for m in view.mentions if clause[0] <= m.start < clause[1] and m.type in MODEL]
            if not subjects or view.listed_with(subjects[-1]) != subjects \
                    or not view.re(dc.SUBJECT_SLOT).fullmatch(text, clause[0], subjects[0].start):
                continue
            subject, rest = subjects[-1], (subjects[-1].end, clause[1])
        if view.re(_NEGATED_ANYWHERE).search(text, *rest) or view.re(_HEDGE_ANYWHERE).search(text, *rest):
            continue
        better = view.re(_COMPARED_BETTER).search(text, *rest)
        worse = view.re(_COMPARED_WORSE).search(text, *rest)
        if better and not worse and not _lower_is_better(view, rest[0], better):
            yield from ((w.entity_id, o.entity_id) for w in view.listed_with(subject) for o in others)
        elif worse and not better:
            yield from ((o.entity_id, w.entity_id) for w in view.listed_with(subject) for o in others)


def _reported(view: SentenceView, lo: int, start: int) -> bool:
    """"Meta表示X与Y相比仍有差距", "Meta said X, compared with Y, …": the subject at ``start`` comes right after one
    speaker (no model) opening the clause at ``lo`` and a speech verb — reported, it is still the clause's subject."""
    text = view.norm.folded
    speakers = [m for m in view.mentions if lo <= m.start and m.end <= start]
    return len(speakers) == 1 and speakers[0].type not in MODEL \
        and bool(view.re(dc.SUBJECT_SLOT).fullmatch(text, lo, speakers[0].start)) \
        and bool(view.re(dc.SPEAKER_FRAME).fullmatch(text, speakers[0].end, start))


def score(view: SentenceView):
    """"A scored 1402; B and C only 1377 and 1353", "A得分80，而B仅为75": the rivals' lower scores,
    said with "only" (仅), lose to the score of the model before (in this sentence or the one before);
    "A scored 80 vs B's 75", "A得分80，对比B的75": the higher of two scores wins."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for match in view.matches(SCORE_ONLY):
        clause_start = view.clause_of(match.start())[0]
        rivals = [m for m in view.mentions if clause_start <= m.start and m.end <= match.start() and m.type in MODEL]
        if not rivals or not view.re(_SCORE_GAP).fullmatch(text, rivals[-1].end, match.start()):
            continue
        rivals = view.listed_with(rivals[-1])
        lower = [_number(n) for n in _NUMBER.findall(text, match.end(), view.clause_of(match.start())[1])]
        earlier = [m for m in view.mentions if m.end <= clause_start and m.type in MODEL] \
            or view.previous_sentence_mentions(MODEL)
        scored = [(m, view.re(_SCORED).match(text, m.end) or (  # "A, …, with a score of 78%, while B managed only 56%"
            m.start >= view.start and view.re(_SCORED_NOUN).match(text, m.end))) for m in earlier]
        scored = [(m, _number(s.group("score"))) for m, s in scored if s] or _described_score(view, clause_start)
        if len(scored) != 1 or not lower or None in lower or scored[0][1] is None:
            continue
        winner, top = scored[0]
        if any(v >= top for v in lower) or view.re(_COSTS).search(text, view.start, view.end):
            continue
        yield from ((winner.entity_id, r.entity_id) for r in rivals if r.entity_id != winner.entity_id)
    for a, b in view.cues(SCORE_VERSUS):  # "A scored 80 vs B's 75": the higher score wins
        rival = view.after(b, MODEL, hi=view.end)[:1]
        theirs = rival and (view.re(_THEIR_SCORE).match(text, rival[0].end) or view.re(_PAREN_SCORE).match(text, rival[0].end))
        score_for = view.re(_SCORE_FOR).match(text, b)  # "…, compared with 33.2% for B"
        if not theirs and score_for and rival and view._owner_start(rival[0]) == score_for.end():
            theirs = score_for
        mine = [(m, view.re(_SCORED).match(text, m.end, a) or view.re(_PAREN_SCORE + r"\s*$").match(text, m.end, a))
                for m in view.mentions if m.end <= a and m.type in MODEL]
        mine = [(m, _number(found.group("score"))) for m, found in mine if found]
        if not theirs or len(mine) != 1 or view.re(_COSTS).search(text, view.start, view.end):
            continue
        (subject, ours), other = mine[0], _number(theirs.group("score"))
        if ours is None or other is None or ours == other:
            continue
        yield (subject.entity_id, rival[0].entity_id) if ours > other else (rival[0].entity_id, subject.entity_id)
        at = rival[0].end
        while theirs is score_for:  # "…, compared with 62% for B and 60% for C": each rival its own score
            joined = view.re(_SCORE_FOR_MORE).match(text, at)
            more = joined and view.after(joined.end(), MODEL, hi=view.end)[:1]
            if not more or view._owner_start(more[0]) != joined.end():
                break
            other = _number(joined.group("score"))
            if other is not None and other != ours and more[0].entity_id != subject.entity_id:
                yield (subject.entity_id, more[0].entity_id) if ours > other else (more[0].entity_id, subject.entity_id)
            at = more[0].end


def _described_score(view: SentenceView, hi: int) -> list:
    """"该模型在AIME测试中得分85，而Y仅为80", "The model scored 85, while Y only 80": a sentence opening with a
    pronoun or a description of the one model named before, then its score (before ``hi``): that model and score."""
    text = view.norm.folded
    opening = view.re(dc.SUBJECT_REFERENCE).match(text, view.start)
    if opening is None or opening.group("plural") or opening.group("carried") or opening.end() > hi \
            or any(view.start <= m.start < hi for m in view.mentions if m.type in MODEL):
        return []
    found = view.re(_SCORED).match(text, opening.end(), hi)
    referent = view._referent(opening.end(), MODEL) if found else None
    return [(referent, _number(found.group("score")))] if referent is not None else []


def left_behind(view: SentenceView):
    """"X将A、B等对手甩在身后", "X left A and B behind": the subject wins over every listed model in the frame."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(BEHIND_MARKER):
        losers = view.after(b, MODEL)
        if not losers or not view.re(_BEHIND_LEAD).fullmatch(text, b, view._owner_start(losers[0])) \
                or not view.re(_BEHIND_CLOSE).match(text, losers[-1].end, view.clause_of(losers[-1].start)[1]):
            continue
        yield from _pairs(view, _winner(view, a), losers, cue=a)


def ranked(view: SentenceView):
    """"X ranked first, followed by A and B", "X以68分居首，其次是A、B与C": the model said to top the ranking,
    right before (in the clause of the cue or the one before it), wins over every model listed after the cue."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(RANK_NEXT):
        rivals = view.after(b, MODEL, apposition=True)
        if not rivals or text[b:view._owner_start(rivals[0])].strip(" :："):
            continue
        scored = _scored_list(view, rivals[0])  # "其次是A 66分、B 65分与C 63分", "followed by A with 66 and B with 65"
        if len(scored) > len(rivals):
            rivals = scored
        clause = view.clause_of(a)
        before = clause
        while before is not None and not [m for m in view.mentions if before[0] <= m.start < min(before[1], a)]:
            before = view.previous_clause(before[0])  # "X以68分居首，显示其领先；其次是A": back past comments naming no one
        if before is None:  # "X以68分居首；其次是A、B": the ranking's top in the sentence before, its one model
            top = list({m.entity_id: m for m in view.previous_sentence_mentions(MODEL)}.values())
            first = view.re(_RANK_FIRST).search(text, top[0].end, view.start) if len(top) == 1 else None
            if first is None or not view.re(dc.SUBJECT_SLOT).fullmatch(text, view._clause_start_before(top[0].start), top[0].start):
                continue
            yield from ((top[0].entity_id, r.entity_id) for r in rivals if r.entity_id != top[0].entity_id)
            continue
        top = [m for m in view.mentions if before[0] <= m.start and m.end <= min(before[1], a) and m.type in MODEL]
        first = view.re(_RANK_FIRST).search(text, top[0].end, min(before[1], a)) if len(top) == 1 else None
        if first is None or not view.re(dc.SUBJECT_SLOT).fullmatch(text, before[0], view._owner_start(top[0])):
            continue
        yield from _pairs(view, top[0], rivals, cue=first.start())


def _scored_list(view: SentenceView, first) -> list[Mention]:
    """``first`` and the models listed after it, each name maybe followed by its score ("A 66分、B 65分与C 63分",
    "A with 66 and B with 65", "A (66), B (65) and C (63)"): the list of :meth:`SentenceView.after` with scores."""
    text, chain, pending, last = view.norm.folded, [first], [], first
    for m in [m for m in view.mentions if m.start >= first.end and m.type in MODEL]:
        at = view._owner_start(m)
        score = view.re(_LISTED_SCORE).match(text, last.end, at)
        rest = score.end() if score else last.end
        if not view.re(dc.COORD).fullmatch(text, rest, at):
            break
        if view.re(dc.NEW_PREDICATE).match(text, m.end):
            break
        if view.re(dc.COMMA_ONLY).fullmatch(text, rest, at):
            pending.append(m)
        else:
            chain, pending = chain + pending + [m], []
        last = m
    return chain


ORDER_DOWN = "{comparison.order_descending}"    # "the A, B and C models in descending order of performance"
ORDER_UP = "{comparison.order_ascending}"        # "in ascending order of capability: A, B and C"
_ORDER_KIND_BEFORE = r"\s*(?:{comparison.order_kinds})?\s*[,，(（]?\s*$"
_ORDER_LEAD_AFTER = r"\s*[:：]?\s*(?:{discourse.articles}\s+)?"


def stated_order(view: SentenceView):
    """"The family includes the Opus, Sonnet and Haiku models, in descending order of performance", "three models in
    ascending order of capability: Haiku, Sonnet and Opus", "按性能从高到低依次为A、B、C": a list of models in the
    stated order of a capability, right before or right after the order; each beats the one listed right after it
    in that order (adjacent ranks only)."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for template, descending in ((ORDER_DOWN, True), (ORDER_UP, False)):
        for a, b in view.cues(template):
            listed = view.after(b, MODEL, apposition=True)
            if not listed or not view.re(_ORDER_LEAD_AFTER).fullmatch(text, b, view._owner_start(listed[0])):
                listed = _list_ending(view, a)
            ids = list(dict.fromkeys(m.entity_id for m in listed))
            if len(ids) < 2:
                continue
            if not descending:
                ids.reverse()
            yield from zip(ids, ids[1:])


def _list_ending(view: SentenceView, pos: int) -> list[Mention]:
    """The list of models that ends right before ``pos`` (a kind noun, a comma or a bracket between): "the Opus,
    Sonnet, and Haiku models in…" (read back from its last name over commas and "and", past the clause breaks a
    plural kind noun would make: "models" reads like a verb to :meth:`SentenceView.after`)."""
    models = [m for m in view.mentions if m.type in MODEL and view.start <= m.start and m.end <= pos]
    if not models or not view.re(_ORDER_KIND_BEFORE).fullmatch(view.norm.folded, models[-1].end, pos):
        return []
    chain, closed, text = [models[-1]], False, view.norm.folded
    for o in reversed(models[:-1]):
        gap = text[o.end:view._owner_start(chain[0])]
        comma_only = bool(view.re(dc.COMMA_ONLY).fullmatch(gap))
        if not gap.strip() or not view.re(dc.COORD).fullmatch(gap) or (comma_only and not closed):
            break  # ("A, B" is a list only when an "and" closes it)
        closed = closed or not comma_only
        chain.insert(0, o)
    return chain


def ordered_rivals(view: SentenceView):
    """"X edged out A (1484) and B (1449)", "X tops at 50, followed by A at 49 and B at 48", "X trails A (1510) and
    B (1509)": the models listed after a win, loss or ranking cue, each with its score in one unit, written from the
    highest score down, are a ranking of their own: each beats the one listed right after it (adjacent ranks only;
    models tied share a place; a list not written from the top down, or a cost, is no ranking)."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(WIN) + view.cues(WIN_DIRECT) + view.cues(LOSS) + view.cues(RANK_NEXT):
        listed = view.after(b, MODEL, apposition=True)
        if not listed or len(text[b:view._owner_start(listed[0])].strip(" :：")) > 16:
            continue
        listed = _objects(view, _scored_list(view, listed[0]))
        rows = _row_scores(view, listed) if len(listed) >= 2 else None
        if not rows or None in {n for _, n, _ in rows} or len({u for _, _, u in rows if u}) > 1 \
                or view.re(_COSTS).search(text, view.start, view.end):
            continue
        if any(hi < lo for (_, hi, _), (_, lo, _) in zip(rows, rows[1:])):
            continue  # not written from the top down: no ranking among them
        if _unasserted(view, view.clause_of(a)[0], a) or _use_lead(view, a):
            continue  # (and "led the market with a 74% share, ahead of A at 12% and B at 4%": shares of use)
        # "trails A (57), B (57), C (54) and D (53)": models tied share a place; each beats every model of the next
        tiers = [[m for m, n, _ in rows if n == score] for score in dict.fromkeys(n for _, n, _ in rows)]
        yield from ((w.entity_id, l.entity_id) for upper, lower in zip(tiers, tiers[1:])
                    for w in upper for l in lower if w.entity_id != l.entity_id)


# "X以68分居首", "X tops the leaderboard with 68 points": the top of a ranking and its score
_TOP_SCORED = (r"\s*(?:{comparison.top_with}\s*)?(?P<score>[0-9]{1,5}(?:\.[0-9]+)?)\s*(?P<unit>{comparison.score_units})?"
               r"[^，,。；;!?！？0-9]{0,6}?{comparison.rank_first}")
_TOP_SCORED_AFTER = (r"[^，,。；;!?！？0-9]{0,12}?{comparison.rank_first}[^，,。；;!?！？0-9]{0,12}?(?:{comparison.top_with}\s*)"
                     r"(?P<score>[0-9]{1,5}(?:\.[0-9]+)?)\s*(?P<unit>{comparison.score_units})?")
# "A 58 分與 B 57分", "A (54) 与 B (36)": a name, then its score (a bracketed note first, or not; never a year)
_ROW_SCORE = (r"(?:(?:\s+[a-z][a-z0-9.-]*){1,4}(?=\s*[(（]\s*[0-9]))?"  # "… Adaptive Reasoning Max (53)": a setting named
              r"(?:\s*[(（][^()（）0-9]{0,24}[)）])?\s*(?:{discourse.possessive}\s*)?(?:{comparison.score_verbs}\s*)?(?:{comparison.top_with}\s*)?"
              r"(?P<open>[(（])?\s*(?!(?:19|20)[0-9]{2}(?![0-9]))(?P<score>[0-9]{1,5}(?:\.[0-9]+)?)"
              r"(?![0-9]|[.,][0-9]|\s*{comparison.counters})\s*(?P<unit>{comparison.score_units})?\s*(?(open)[)）])")
# "A與B分別60與59分", "A and B scored 60 and 59 respectively": the names, then their scores in order
# "A、B和C在MMLU上分别得分85、80和78": the test may be named between the names and their scores
_RESPECTIVE = (r"(?:\s*{comparison.bench_before}[^，,。；;!?！？]{1,20}?{comparison.bench_close})?"
               r"\s*(?:{comparison.respectively}\s*)?(?:{comparison.score_verbs}\s*)?"
               r"(?P<scores>[0-9]{1,5}(?:\.[0-9]+)?(?:\s*(?:{comparison.score_units})?\s*(?:[,，、]\s*)?(?:{discourse.coordinators}\s*)?"
               r"[0-9]{1,5}(?:\.[0-9]+)?)+)\s*(?P<unit>{comparison.score_units})?")
_NEW_RANKING = "(?:{comparison.rank_first}|{comparison.superlative}|{comparison.ranking_openers})"
_TOP_REACH = 4  # sentences back in the paragraph where the top of the ranking may be


def _row_scores(view: SentenceView, models: list) -> list[tuple] | None:
    """Every model of the sentence with its score and unit ("A 58 分與 B 57分", "A (54) 與 B (36)", "A與B分別60與59分"),
    the models one list; None unless every one has a score."""
    text = view.norm.folded
    rows = []
    for i, m in enumerate(models):
        found = view.re(_ROW_SCORE).match(text, m.end)
        if not found:
            break
        rows.append((m, _number(found.group("score")), (found.group("unit") or "").strip()))
        if i + 1 < len(models) and not view.re(dc.COORD).fullmatch(text, found.end(), view._owner_start(models[i + 1])):
            return None
    if len(rows) == len(models):
        return rows
    if rows or any(not view.re(dc.COORD).fullmatch(text, a.end, view._owner_start(b)) for a, b in zip(models, models[1:])):
        return None
    found = view.re(_RESPECTIVE).match(text, models[-1].end)
    numbers = [_number(n) for n in _NUMBER.findall(found.group("scores"))] if found else []
    if len(numbers) != len(models):
        return None
    unit = (found.group("unit") or "").strip()
    return [(m, n, unit) for m, n in zip(models, numbers)]


def _ranked_here(view: SentenceView, models: list, top_here):
    """The top of a ranking, with its score, opening the sentence and every other model of it given a lower score
    after it in the same unit: the top wins over each."""
    text = view.norm.folded
    top, rest = models[0], models[1:]
    if not view.re(dc.SUBJECT_SLOT).fullmatch(text, view.clause_of(top.start)[0], view._owner_start(top)) \
            or _unasserted(view, top.end, top_here.start() + 1) or view.re(_NEW_RANKING).search(text, top_here.end(), view.end) \
            or len(text[top_here.end():view._owner_start(rest[0])].strip(" ,，;；、")) > 12:
        return
    rows = _row_scores(view, rest)
    score, unit = _number(top_here.group("score")), (top_here.group("unit") or "").strip()
    if not rows or score is None or None in {n for _, n, _ in rows} or any(n >= score for _, n, _ in rows) \
            or any(u and unit and u != unit for _, _, u in rows) or view.re(_COSTS).search(text, view.start, view.end):
        return
    yield from ((top.entity_id, m.entity_id) for m, _, _ in rows if m.entity_id != top.entity_id)


def ranked_carried(view: SentenceView):
    """"X以68分居首，…。A与B分别60与59分，…。中段包括C 58分与D 57分。", "X tops the leaderboard with 68 points. A and
    B follow with 60 and 59.": a sentence that gives a score to each of its models, in a paragraph whose ranking's top
    (one model said to be first, with its score, a few sentences before) scored more, continues that ranking: the top
    wins over each. Nothing when a new ranking opens in between ("最快的是…", "ranked first"), a unit differs, or any
    score reaches the top's."""
    if not _claimed(view):
        return
    text = view.norm.folded
    models = [m for m in view.mentions if m.type in MODEL]
    if not models:
        return
    top_here = view.re(_TOP_SCORED).match(text, models[0].end) or view.re(_TOP_SCORED_AFTER).match(text, models[0].end)
    if top_here and len(models) > 1:  # "X topped the chart with 85, with A at 80 and B at 75": the top and its rows here
        yield from _ranked_here(view, models, top_here)
        return
    if view.re(_NEW_RANKING).search(text, view.start, view.end):
        return
    rows = _row_scores(view, models)
    if not rows or None in {n for _, n, _ in rows}:
        return
    paragraph = text.rfind("\n", 0, view.start) + 1
    lo = view.start
    for _ in range(_TOP_REACH):  # back over whole sentences of the paragraph
        if lo <= paragraph:
            break
        end = view.re(dc.SENTENCE_END)
        cut = [e.end() for e in end.finditer(text, paragraph, lo - 1)]
        lo = cut[-1] if cut else paragraph
    tops = [m for m in view.earlier if m.start >= lo and m.type in MODEL]
    if not tops:
        return
    top = None
    for i, m in enumerate(tops):
        found = view.re(_TOP_SCORED).match(text, m.end) or view.re(_TOP_SCORED_AFTER).match(text, m.end)
        if found:
            top, score, unit = m, _number(found.group("score")), (found.group("unit") or "").strip()
            after = found.end()
    if top is None or score is None or view.re(_NEW_RANKING).search(text, after, view.start) \
            or not view.re(dc.SUBJECT_SLOT).fullmatch(text, view._clause_start_before(top.start), view._owner_start(top)):
        return
    if any(u and unit and u != unit for _, _, u in rows) or any(n >= score for _, n, _ in rows) \
            or view.re(_COSTS).search(text, lo, view.end):
        return
    yield from ((top.entity_id, m.entity_id) for m, _, _ in rows if m.entity_id != top.entity_id)


def nominal(view: SentenceView):
    """"X在数学上实现对A和B的超越": a win said as a noun, the losers inside the frame."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(NOMINAL_OPEN):
        losers = view.after(b, MODEL)
        if not losers or text[b:view._owner_start(losers[0])].strip() \
                or not view.re(_NOMINAL_CLOSE).match(text, losers[-1].end, view.clause_of(losers[-1].start)[1]):
            continue
        yield from _pairs(view, _winner(view, a), losers, cue=a)


def score_table(view: SentenceView):
    """"A得分21.6%，B得分13.7%，而C以37.5%的得分登顶", "A scored 54%, B scored 38% and C scored 61%": in a run
    of at least three models (or two set against each other, or making the whole sentence with their test named:
    "A scored 85 on MMLU, and B 80") each with its score (after the first, the verb may be left out: "B 75%"), in one
    unit and nothing else between the rows, the highest wins
    over every other (nothing on a tie at the top, or where less is better)."""
    text, rows, run = view.norm.folded, [], []
    respective = _respective_rows(view) if sum(m.type in MODEL for m in view.mentions) > 2 else {}
    for m in view.mentions:
        if m.type not in MODEL:
            continue
        if m in respective and (run or _chain(respective, m) >= _TABLE_ROWS):
            # "…; B and C scored 80 and 78": B joins the run as a row, C right after it; "A, B and C scored 85, 80
            # and 78 (respectively)": a run of its own
            if not run or respective[m][1] or view.re(_TABLE_GAP).fullmatch(text, run[-1][1].end(), view._owner_start(m)) \
                    or (len(run) == 1 and view.re(_BENCH_AFTER + _TABLE_GAP).fullmatch(text, run[-1][1].end(), view._owner_start(m))):
                run.append((m, respective[m][0]))
                continue
        row = view.re(_TABLE_SCORE).match(text, m.end) or ((run or view.re(_TABLE_HEADED).search(
            text, max(view.start, view._owner_start(m) - 4), view._owner_start(m))) and view.re(_TABLE_BARE).match(text, m.end))
        bench = None if row or run else view.re(_BENCH_BEFORE).match(text, m.end)  # "A在MMLU上得分85，B得分80…"
        if bench:
            row = view.re(_TABLE_SCORE).match(text, bench.end())
        if row and "with" in row.groupdict() and row.group("with") and not view.re(_TABLE_NOUN).match(text, row.end()):
            row = None
        if row and run and not view.re(_TABLE_GAP).fullmatch(text, run[-1][1].end(), view._owner_start(m)) \
                and not (len(run) == 1 and view.re(_BENCH_AFTER + _TABLE_GAP).fullmatch(  # "A scored 85 on MMLU, B…"
                    text, run[-1][1].end(), view._owner_start(m))):
            rows.append(run)
            run = []
        if row:
            run.append((m, row))
        elif run and m.start < run[-1][1].end():
            continue
        elif run:
            rows.append(run)
            run = []
    rows.append(run)
    rows = [run for run in rows if len(run) > 1]
    if not rows or not _claimed(view) or view.re(_COSTS).search(text, view.start, view.end):
        return  # the rows first: most sentences have none, and the checks cost more
    for run in rows:
        scores = {(m.entity_id, _number(row.group("score"))) for m, row in run}
        units = {(row.group("unit") or "").strip() for _, row in run}
        contrast = len(run) == 2 and (view.re(_TABLE_CONTRAST).search(text, run[0][1].end(), run[1][0].start)
                                      or _bare_pair(view, run))
        if (len(run) < _TABLE_ROWS and not contrast) or len(units) != 1 or len({i for i, _ in scores}) != len(scores) or None in {v for _, v in scores}:
            continue
        ranked = sorted(scores, key=lambda s: -s[1])
        if ranked[0][1] == ranked[1][1]:
            continue
        only = {m.entity_id for (m, row), (_, before) in zip(run[1:], run) if view.re(SCORE_ONLY).search(text, before.end(), row.end())}
        if ranked[0][0] in only:
            continue  # "A得分80，而B仅为85": "only" said of the top score, no clear claim
        yield from ((ranked[0][0], other) for other, _ in ranked[1:])


class _Row:
    """A score given to a listed name at the list's end ("B and C scored 80 and 78"): what a row match gives."""

    def __init__(self, score: str, unit: str | None, end: int):
        self._groups, self._end = {"score": score, "unit": unit}, end

    def group(self, name: str):
        return self._groups.get(name)

    def groupdict(self) -> dict:
        return dict(self._groups)

    def end(self) -> int:
        return self._end


def _chain(respective: dict, m) -> int:
    """How many names share the respective scores ``m`` is given."""
    end = respective[m][0].end()
    return sum(1 for row, _ in respective.values() if row.end() == end)


def _respective_rows(view: SentenceView) -> dict:
    """"B and C scored 80 and 78 (respectively)", "B和C分别为80和78": each listed model (of two or more) with its score
    in order — {mention: (row, follows the one before)}; only where the numbers are as many as the names."""
    text, out = view.norm.folded, {}
    models = [m for m in view.mentions if m.type in MODEL]
    i = 0
    while i < len(models):
        chain = view.after(models[i].start, MODEL)
        if len(chain) > 1 and chain[0] is models[i]:
            found = view.re(_RESPECTIVE).match(text, chain[-1].end)
            numbers = _NUMBER.findall(found.group("scores")) if found else []
            if found and len(numbers) == len(chain) and not view.re(_NOT_A_COUNT_AFTER).match(text, found.end()):
                for k, (m, n) in enumerate(zip(chain, numbers)):
                    out[m] = (_Row(n, found.group("unit"), found.end()), k > 0)
            i += len(chain)
        else:
            i += 1
    return out


_NOT_A_COUNT_AFTER = r"\s*{comparison.counters}"


def _bare_pair(view: SentenceView, run) -> bool:
    """"A scored 85 on MMLU; B 80.", "A得分85，B为80。": two rows that are the whole sentence (after a frame
    naming no one: "On MMLU, …"), the first model the subject of its clause, nothing after the second score."""
    text, (first, row), (second, last) = view.norm.folded, run[0], run[1]
    opening = view.clause_of(first.start)[0]
    if any(view.start <= m.start < opening and m.kind != "benchmark" for m in view.mentions):  # "On MMLU, …" names no one
        return False
    named = opening > view.start or view.re(_BENCH_BEFORE).match(text, first.end) \
        or view.re(_BENCH_AFTER + _TABLE_GAP).fullmatch(text, row.end(), view._owner_start(second))
    if not named or any(view.re(_TABLE_SCORE).match(text, m.end) for m in view.previous_sentence_mentions(MODEL)):
        return False  # a score row in the sentence before: a table going on over a semicolon (score_carried's)
    return bool(view.re(dc.SUBJECT_SLOT).fullmatch(text, opening, view._owner_start(first))
                and view.re(_ROW_END).fullmatch(text, last.end(), view.end))


def superlative(view: SentenceView):
    """"X is the best among A, B and C", "Among A and B, X performed best", "在A、B和C中，X表现最好",
    "X在A和B中最强": the model said to be best of a named set of models wins over each of the others.
    The subject must stand right before the superlative (a copula or "performed" between) and the set
    must be named in full: right after the superlative, between the two, or in a frame clause before."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(SUPERLATIVE):
        winner, rivals = None, []
        opening = view.re(_SUP_AMONG).match(text, view.start)  # "Among A and B, X performed best"
        framed = _named_set(view, opening.end(), a, close=True) if opening and not text[view.start:opening.start()].strip() else []
        if framed:
            frame_end = view.re(_SUP_CLOSE + r"[,，]\s*").match(text, framed[-1].end)
            subject = [m for m in view.mentions if frame_end and m.start >= frame_end.end() and m.end <= a and m.type in MODEL]
            if frame_end and len(subject) == 1 and view._owner_start(subject[0]) == frame_end.end() \
                    and view.re(_SUP_LEAD).fullmatch(text, subject[0].end, a):
                winner, rivals = subject[0], framed
        else:
            clause = view.clause_of(a)
            inside = [m for m in view.mentions if clause[0] <= m.start and m.end <= a and m.type in MODEL]
            if not inside or not view.re(dc.SUBJECT_SLOT).fullmatch(text, clause[0], view._owner_start(inside[0])):
                continue
            winner = inside[0]
            after = view.re(_SUP_AMONG).match(text, b)
            if len(inside) == 1 and after and view.re(_SUP_LEAD).fullmatch(text, winner.end, a):
                rivals = _named_set(view, after.end(), view.end)  # "the best among A and B"
            elif opening := view.re(_SUP_AMONG).match(text, winner.end):  # "X在A、B和C中表现最好"
                rivals = _named_set(view, opening.end(), a, close=True, lead=True)
        rivals = [r for r in rivals if winner is not None and r.entity_id != winner.entity_id]
        if rivals:
            yield from _pairs(view, winner, rivals, cue=a)


def _named_set(view: SentenceView, pos: int, hi: int, close: bool = False, lead: bool = False) -> list[Mention]:
    """The list of models named right at ``pos`` and ending the span up to ``hi`` (after a closing word with
    ``close``, then the superlative's lead with ``lead``); nothing when anything else stands in the span."""
    text = view.norm.folded
    listed = view.after(pos, MODEL, hi=hi)
    if len(listed) < 2 or view._owner_start(listed[0]) != pos or listed[-1].end > hi:
        return []
    if not close:  # the set ends its clause, or a benchmark phrase follows ("… on MMLU")
        return listed if view.re(_SUP_SET_END).match(text, listed[-1].end) else []
    if lead and not view.re(_SUP_CLOSE + _SUP_LEAD).fullmatch(text, listed[-1].end, hi):
        return []
    if not lead and not view.re(_SUP_CLOSE + r"[,，]").match(text, listed[-1].end):
        return []
    return listed


def score_carried(view: SentenceView):
    """"A scored 85 on MMLU; B scored 80 and C 78", "A在MMLU上得分85；B得分80，C得分78": a sentence that is
    nothing but a score list (rows as in :func:`score_table`), opened by its first model, continues the one
    scored model of the sentence before (that sentence nothing but its row, the test maybe named there):
    with at least three rows in all (two set against each other with "while"/而), in one unit, the highest
    wins over every other; nothing on a tie at the top or where less is better."""
    text = view.norm.folded
    models = [m for m in view.mentions if m.type in MODEL]
    opening = view.re(_CARRIED_OPEN).match(text, view.start)  # "而B得分80", "By contrast, B scored 80"
    if not models or not view.re(dc.SUBJECT_SLOT).fullmatch(text, opening.end(), view._owner_start(models[0])):
        return
    run, last_end = [], None
    for m in models:
        row = view.re(_TABLE_SCORE).match(text, m.end) or ((run or view.re(_TABLE_HEADED).search(
            text, max(view.start, view._owner_start(m) - 4), view._owner_start(m))) and view.re(_TABLE_BARE).match(text, m.end))
        if not row or (last_end is not None and not view.re(_TABLE_GAP).fullmatch(text, last_end, view._owner_start(m))):
            return
        run.append((m, row))
        last_end = row.end()
    if not view.re(_ROW_END).fullmatch(text, last_end, view.end):
        return
    before = view.previous_sentence_mentions(MODEL)
    if len(before) != 1:
        return
    top = before[0]
    start = view.previous_sentence_start()
    bench = view.re(_BENCH_BEFORE).match(text, top.end)
    row = view.re(_TABLE_SCORE).match(text, bench.end() if bench else top.end)
    if not row:
        return
    ends = view.re(_ROW_END).fullmatch(text, row.end(), view.start) \
        or (not bench and view.re(_BENCH_AFTER + _ROW_END).fullmatch(text, row.end(), view.start))
    frame = view._clause_start_before(top.start)  # "在AIME测试中，A得分85。", "On AIME, A scored 85.": a frame first
    if frame > start and any(start <= m.start < frame and m.kind != "benchmark" for m in view.earlier):
        return
    if not ends \
            or not view.re(dc.SUBJECT_SLOT).fullmatch(text, max(start, frame), top.start):
        return
    if not _claimed(view) or view.re(_COSTS).search(text, start, view.end):
        return
    run.insert(0, (top, row))
    # two rows set against each other ("而B得分80", "By contrast, B scored 80"), or two sentences that are
    # nothing but their rows, the test named in the first ("A scored 85 on MMLU. B scored 80.")
    contrast = len(run) == 2 and (view.re(_TABLE_CONTRAST).search(text, view.start, opening.end()) or bench
                                  or frame > start or not view.re(_ROW_END).fullmatch(text, row.end(), view.start))
    scores = {(m.entity_id, _number(r.group("score"))) for m, r in run}
    units = {(r.group("unit") or "").strip() for _, r in run}
    if (len(run) < _TABLE_ROWS and not contrast) or len(units) != 1 or len({i for i, _ in scores}) != len(scores) \
            or None in {v for _, v in scores}:
        return
    ranked = sorted(scores, key=lambda s: -s[1])
    if ranked[0][1] != ranked[1][1]:
        yield from ((ranked[0][0], other) for other, _ in ranked[1:])


def _pipe_table(view: SentenceView):
    """:func:`_read_pipe_table`, once a sentence (two rules read the same table)."""
    memo = view.__dict__.setdefault("_pipe_table", {})
    key = (id(view.norm), view.start, view.end)
    if key not in memo:
        memo.clear()
        memo[key] = _read_pipe_table(view)
    return memo[key]


def _read_pipe_table(view: SentenceView):
    """The score table of pipe lines the sentence opens (models across its header: "| Test | A | B |", one test a
    row) or closes (one model a row: "| A | 85 | 60 |", one test a column), read there only (not once a line): the
    models' ids, each test as (its label, the models' numbers in order, None where a cell holds none) and the header
    cells naming neither; None for any other sentence."""
    text = view.norm.folded
    line_start = text.rfind("\n", 0, view.start) + 1
    if not _TABLE_LINE.match(text, line_start) or text[line_start:view.start].strip():
        return None
    if line_start and _TABLE_LINE.fullmatch(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1) \
            and rankings.next_line_matches(text, view.end, _TABLE_LINE, at_line_end=True):
        return None  # neither the table's first line nor its last: read at those two only (not once a line)
    lines = rankings.line_run(text, line_start, _TABLE_LINE.fullmatch)
    if len(lines) < 3 or not _claimed(view):
        return None
    if view.start != lines[0][0] and view.end != lines[-1][1]:
        return None
    mentions = [m for m in [*view.earlier, *view.mentions] if m.type in MODEL]
    header = _cells(text, *lines[0])
    columns = {i: _cell_model(mentions, cell) for i, cell in enumerate(header)}
    columns = {i: m for i, m in columns.items() if m is not None}
    rows = [_cells(text, *line) for line in lines[1:] if not _TABLE_RULE.fullmatch(text, *line)]
    if len(columns) >= 2 and view.start == lines[0][0]:  # models across the header: one test a row
        keys = [m.entity_id for m in columns.values()]
        tests = [(text[slice(*row[0])], [_cell_number(text, row[i]) for i in columns]) for row in rows if len(row) == len(header)]
        measure = [text[slice(*cell)] for i, cell in enumerate(header) if i not in columns]
    elif not columns and view.end == lines[-1][1] and len(rows) >= 2:  # one model a row, one test a column
        models = [_cell_model(mentions, row[0]) if row else None for row in rows]
        if None in models or any(len(row) != len(header) for row in rows):
            return None
        keys = [m.entity_id for m in models]
        tests = [(text[slice(*header[j])], [_cell_number(text, row[j]) for row in rows]) for j in range(1, len(header))]
        measure = [text[slice(*header[0])]]
    else:
        return None
    if not tests or len(set(keys)) != len(keys) or len(keys) < 2:
        return None
    return keys, tests, measure


def _names_a_test(view: SentenceView, labels: list[str]) -> bool:
    """Whether a label of a table names a test or a score (``table_measures``, a benchmark of the aspects)."""
    return any(view.re(_TABLE_MEASURES).search(label) or any(
        pattern.search(label) for name, pattern in view.lex.table("comparison.aspects") if name in _TABLE_ASPECTS)
        for label in labels)


def table(view: SentenceView):
    """A markdown or plain-text score table ("| Test | A | B | C |", then rows "| MMLU | 85 | 80 | 78 |"; or one
    model a row, "| A | 85 | 60 |"): the model with the highest score of a row wins over the others — only when
    every row has the same model at the top, alone, and every cell of the models holds a number; nothing where a
    row or column is a cost (less is better), a size or a count, or where the header names no test."""
    found = _pipe_table(view)
    if found is None:
        return
    keys, tests, measure = found
    named = [label for label, _ in tests] + measure
    if any(None in row for _, row in tests) or view.re(_COSTS_OR_SIZES).search(" ".join(named)):
        return
    if not _names_a_test(view, named):
        return  # the table names no test: users, prices, sizes…
    tops = set()
    for _, row in tests:
        best = max(row)
        if row.count(best) != 1:
            return
        tops.add(row.index(best))
    if len(tops) == 1:
        top = tops.pop()
        yield from ((keys[top], other) for j, other in enumerate(keys) if j != top)


DOMINANCE_ROWS = 2     # tests on which both models of a pair have a number, at least
DOMINANCE_MODELS = 6   # models of a table, at most: a longer one is a leaderboard (rank_table, leaderboard_table)
_NOT_SCORES = "(?:{comparison.costs}|{comparison.sizes}|{comparison.popularity}|{comparison.table_not_scores})"


def table_dominance(view: SentenceView):
    """A score table read model against model ("| Test | A | B | C |", "| MMLU | 85 | 80 | 78 |"; or one model a
    row): A outperforms B when A's number is higher than B's on every test where both have one, and there are at least
    ``DOMINANCE_ROWS`` such tests — a test on which B is higher, or a tie, says nothing of the pair. Tests that are no
    score where more is better (a cost, a size, use, a gap between scores, a place, a speed, a length, a date:
    ``table_not_scores``) and cells holding no number ("—", "128K") are left out; nothing when the table names no
    test, when its first column is a cost, or when it has more than ``DOMINANCE_MODELS`` models."""
    found = _pipe_table(view)
    if found is None:
        return
    keys, tests, measure = found
    if len(keys) > DOMINANCE_MODELS or view.re(_NOT_SCORES).search(" ".join(measure)):
        return
    if not _names_a_test(view, [label for label, _ in tests] + measure):
        return
    rows = [row for label, row in tests if not view.re(_NOT_SCORES).search(label)]
    for i, a in enumerate(keys):
        for j, b in enumerate(keys):
            shared = [(row[i], row[j]) for row in rows if i != j and row[i] is not None and row[j] is not None]
            if len(shared) >= DOMINANCE_ROWS and all(x > y for x, y in shared):
                yield a, b


_RANK_CELL = re.compile(r"\s*\**\s*(?:no\.\s?|#|第)?([0-9]{1,2})(?:名|位)?\s*\**\s*")
_RANK_COLUMN = r"\s*(?:{comparison.rank_column})\s*"


def _table_at_its_end(view: SentenceView, min_lines: int):
    """The pipe table whose last line the sentence is, with at least ``min_lines`` lines — a table is read once, at
    its last line (not once a line) — as (the folded text, its lines, the header's cells, each row's cells, the models
    named up to it); None for any other sentence, or when no claim of the article is made there (``_claimed``)."""
    text = view.norm.folded
    if rankings.next_line_matches(text, view.end, _TABLE_LINE, at_line_end=True):
        return None  # not the table's last line
    line_start = text.rfind("\n", 0, view.start) + 1
    if not _TABLE_LINE.match(text, line_start) or text[line_start:view.start].strip():
        return None
    lines = rankings.line_run(text, line_start, _TABLE_LINE.fullmatch)
    if len(lines) < min_lines or view.end != lines[-1][1] or not _claimed(view):
        return None
    mentions = [m for m in [*view.earlier, *view.mentions] if m.type in MODEL]
    header = _cells(text, *lines[0])
    rows = [_cells(text, *line) for line in lines[1:] if not _TABLE_RULE.fullmatch(text, *line)]
    return text, lines, header, rows, mentions


def rank_table(view: SentenceView):
    """A leaderboard as a pipe table, one model a row with its place ("| 排名 | 模型 | 得分 |", "| 1 | A | 88.1 |"):
    each model beats the one placed right below it. The places are the first column (headed as places, or 1, 2, 3…
    down the rows); a column headed as a score ("Score", "Elo", "得分") must be there, its numbers never rising down
    the places; a tie in place gives nothing between the two. Read at the table's last line."""
    found = _table_at_its_end(view, 4)
    if found is None:
        return
    text, _lines, header, rows, mentions = found
    if len(rows) < 2 or any(len(row) != len(header) for row in rows) or len(header) < 3:
        return
    places = [_RANK_CELL.fullmatch(text, *row[0]) for row in rows]
    if None in places:
        return
    places = [int(p.group(1)) for p in places]
    if not view.re(_RANK_COLUMN).fullmatch(text, *header[0]) and places != list(range(1, len(rows) + 1)):
        return
    if places != sorted(places) or places[0] != 1:
        return
    model_columns = [j for j in range(1, len(header)) if all(_cell_model(mentions, row[j]) for row in rows)]
    scored = [j for j, cell in enumerate(header) if j and view.re(rankings.RANKING_HEAD).search(text, *cell)]
    if len(model_columns) != 1 or not scored or any(view.re(rankings.NOT_A_RANKING).search(text, *header[j]) for j in scored):
        return
    scores = [_cell_number(text, row[scored[0]]) for row in rows]
    if None not in scores and any(b > a for a, b in zip(scores, scores[1:])):
        return  # the scores rise down the places: ranked by something else
    models = [_cell_model(mentions, row[model_columns[0]]) for row in rows]
    if len({m.entity_id for m in models}) != len(models):
        return
    ranks = sorted(set(places))  # a tie shares a place: each of the tied beats the next place down, not each other
    for upper, lower in zip(ranks, ranks[1:]):
        yield from ((a.entity_id, b.entity_id) for pa, a in zip(places, models) if pa == upper
                    for pb, b in zip(places, models) if pb == lower)


def leaderboard_table(view: SentenceView):
    """A leaderboard as a pipe table with no place column ("| Model | Provider | Index |", "| A | Acme | 57 |"): one
    model a row, one column of scores headed as a test or a score (or, with a test a column, the one headed as the
    total: "| 模型 | 总分 | 理科 | 文科 |"), the scores never rising down the rows, under a
    header (the lines right above, or the score column's head) naming a ranking: each model beats those of the next
    score down (models tied share a place). Nothing where the measure is a cost, a size or a count. Read at the
    table's last line."""
    found = _table_at_its_end(view, 5)
    if found is None:
        return
    text, lines, header, rows, mentions = found
    if len(rows) < 3 or any(len(row) != len(header) for row in rows) or len(header) < 2:
        return
    if all(_RANK_CELL.fullmatch(text, *row[0]) for row in rows):
        return  # a place column: outperforms.rank_table
    model_columns = [j for j in range(len(header)) if all(_cell_model(mentions, row[j]) for row in rows)]
    numbers = [j for j in range(len(header)) if j not in model_columns
               and all(_cell_number(text, row[j]) is not None for row in rows)]
    if len(numbers) > 1:  # a test a column: ranked by the one column of the total, if one is headed so
        numbers = [j for j in numbers if view.re(_TOTAL_COLUMN).fullmatch(text, *header[j])]
    if len(model_columns) != 1 or len(numbers) != 1:
        return  # several tests a row and no total: outperforms.table
    head = text[slice(*header[numbers[0]])]
    above = rankings._header(text, lines[0][0])
    if not (view.re(_TABLE_MEASURES).search(head) or view.re(rankings.RANKING_HEAD).search(head)
            or view.re(_TOTAL_COLUMN).fullmatch(head)):
        return
    if not (view.re(rankings.RANKING_HEAD).search(head) or view.re(rankings.RANKING_HEAD).search(above)):
        return  # no ranking named: a table of scores, read by outperforms.table
    if view.re(rankings.NOT_A_RANKING).search(head + "\n" + above) or view.re(_COSTS).search(head + "\n" + above):
        return
    models = [_cell_model(mentions, row[model_columns[0]]) for row in rows]
    scores = [_cell_number(text, row[numbers[0]]) for row in rows]
    if len({m.entity_id for m in models}) != len(models) or any(b > a for a, b in zip(scores, scores[1:])):
        return  # a model twice, or scores rising down the rows: not ranked by that column
    tiers = [[m for m, n in zip(models, scores) if n == score] for score in dict.fromkeys(scores)]
    yield from ((w.entity_id, l.entity_id) for upper, lower in zip(tiers, tiers[1:]) for w in upper for l in lower)


_TOTAL_COLUMN = r"\s*\**\s*(?:{comparison.total_columns})\s*\**\s*"  # "| Overall |", "| 总分 |"
_TABLE_MEASURES = "{comparison.table_measures}"
_TABLE_ASPECTS = ("reasoning", "math", "coding", "benchmarks")
_TABLE_LINE = re.compile(r"[ \t]*\|.*\|[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"[ \t|:\-]+")
# a cell's number: bold marks, a per cent sign, a short bracketed note ("(pass@1)"), a footnote mark ("[2]", "†")
_CELL_NUMBER = re.compile(r"\s*\**\s*([0-9]{1,5}(?:\.[0-9]+)?)\s*%?\s*\**\s*(?:\([^()]{0,12}\))?\s*\**\s*(?:\[[0-9]{1,3}\]|[†‡*])?\s*")


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of one table line, as spans without the outer pipes."""
    row = text[a:b]
    lo, hi = row.index("|") + 1, row.rindex("|")
    out, at = [], lo
    for i in range(lo, hi + 1):
        if i == hi or row[i] == "|":
            out.append((a + at, a + i))
            at = i + 1
    return out


def _cell_model(mentions, cell: tuple[int, int]):
    """The one model a table cell names, nothing else in it (bold marks and spaces aside)."""
    inside = [m for m in mentions if cell[0] <= m.start and m.end <= cell[1]]
    if len(inside) != 1:
        return None
    return inside[0]


def _cell_number(text: str, cell: tuple[int, int]) -> float | None:
    found = _CELL_NUMBER.fullmatch(text, *cell)
    return _number(found.group(1)) if found else None


def ordinal(view: SentenceView):
    """"X ranked first, A second and B third", "X以85分位居榜首，A以80分排名第二，B第三": the model said to be
    first (the subject of its clause) wins over every other model of the sentence, each of which is given a
    lower place right after its name; nothing when any of them has no place, or a place is given twice."""
    if not _claimed(view):
        return
    text = view.norm.folded
    models = [m for m in view.mentions if m.type in MODEL]
    if len(models) < 2:
        return
    top = models[0]
    clause = view.clause_of(top.start)
    if not view.re(dc.SUBJECT_SLOT).fullmatch(text, clause[0], view._owner_start(top)):
        return
    later = [m for m in models[1:] if m.start < clause[1]]
    first = view.re(_RANK_FIRST).search(text, top.end, clause[1])
    if first is None or any(m.start < first.start() for m in later):
        return
    rest, places = [m for m in models if m.start >= first.end()], set()
    for i, m in enumerate(rest):
        hi = min(view.clause_of(m.start)[1], rest[i + 1].start if i + 1 < len(rest) else view.end)
        place = view.re(_RANK_LATER).search(text, m.end, hi)
        if place is None or text[m.end:place.start()].count(" ") > 4 or place.group().strip() in places:
            return
        places.add(place.group().strip())
    if len(set(_YEAR.findall(text, view.start, view.end))) > 1:
        return  # "X ranked first in 2024, and A second in 2025": two rankings
    if view.re(rankings.NOT_A_RANKING).search(text, view.start, view.end):
        return  # "X ranks first in downloads, A second": a ranking of counts or money, not of a test
    if len(rest) >= 1 and not _unasserted(view, top.end, first.start()):
        yield from ((top.entity_id, m.entity_id) for m in rest if m.entity_id != top.entity_id)


_LINE_END = re.compile(r"[ \t\r]*(?:\n|$)")


def ranked_lines(view: SentenceView):
    """A ranked list of lines ("- A (maker)：68.25分" over "- B：65.59分", "1. A  2. B" under "Leaderboard"): each model
    beats the one right below it (:func:`.rankings.ranked_list`), read once, at the list's last line."""
    text = view.norm.folded
    if not _LINE_END.match(text, view.end):
        return  # not the last sentence of its line (a long line is read once, not from each of its sentences)
    marker = view.re(rankings.LIST_LINE)
    line_start = text.rfind("\n", 0, view.start) + 1
    if not marker.match(text, line_start, view.end) or not _claimed(view):
        return  # not on a line of a list (its marker may stand before the sentence: "1." is a sentence of its own)
    if rankings.next_line_matches(text, view.start, marker):
        return  # not the list's last line: the list is read once, at its last line (not once a line)
    lines = rankings.list_block(text, view.start, marker)
    if not lines or not lines[-1][0] <= view.start <= lines[-1][1]:
        return
    yield from ((a.entity_id, b.entity_id) for a, b in rankings.ranked_list(view, lines) if a.entity_id != b.entity_id)


def ranked_places(view: SentenceView):
    """"A排名第三，B排名第六", "A ranked second on the board and B fourth": models given places in one ranking; each
    beats the one placed right below it (:func:`.rankings.ranked_places`). Nothing across two rankings (a place said
    of another region, category or leaderboard), across years, or in a ranking of counts or money."""
    if not _claimed(view):
        return
    text = view.norm.folded
    if len(set(_YEAR.findall(text, view.start, view.end))) > 1 or view.re(rankings.NOT_A_RANKING).search(text, view.start, view.end) \
            or view.re(_HEDGE_ANYWHERE).search(text, view.start, view.end):
        return  # "Qwen3 could rank first, GPT-4o second": no ranking claimed
    for a, b in rankings.ranked_places(view):
        if a.entity_id != b.entity_id and not _unasserted(view, a.end, b.start):
            yield a.entity_id, b.entity_id


def top_places(view: SentenceView):
    """"A, B and C took the top three spots", "A、B、C分列前三", "The top three are A, B and C", "排名前三的分别是A、B、C":
    each listed model beats the one named next (:func:`.rankings.top_n`, :func:`.rankings.top_listed`)."""
    if not _claimed(view):
        return
    text = view.norm.folded
    if view.re(rankings.NOT_A_RANKING).search(text, view.start, view.end) or view.re(_HEDGE_ANYWHERE).search(text, view.start, view.end):
        return
    for a, b in [*rankings.top_n(view), *rankings.top_listed(view)]:
        if not _unasserted(view, a.end, b.start):
            yield a.entity_id, b.entity_id


def follows(view: SentenceView):
    """"A以1402分领跑，B以1398分紧随其后", "A leads the board; B is close behind": the model named before beats the
    ones said to follow right after it (:func:`.rankings.follows`)."""
    if not _claimed(view):
        return
    text = view.norm.folded
    if view.re(rankings.NOT_A_RANKING).search(text, view.start, view.end):
        return
    for a, b in rankings.follows(view):
        if a.entity_id != b.entity_id and not view.re(_HEDGE_ANYWHERE).search(text, view.clause_of(b.start)[0], b.start) \
                and not view.re(_NEGATED_ANYWHERE).search(text, view.clause_of(b.start)[0], view.clause_of(b.start)[1]):
            yield a.entity_id, b.entity_id


# A score table in prose: a header line naming the one model whose scores its rows give ("测试项 GLM-4.5得分 行业对比",
# "Benchmark  Kimi K2 score  Rival"), then rows "SWE-bench Verified 64.2 超GPT-4.1 (48.6)", "LiveCodeBench 53.7 vs 44.7 (GPT-4.1)"
_HEADER_SCORE = r"\s*{comparison.header_score}"
_ROW_LEAD = r"(?<=\s)(?P<mine>[0-9]{1,5}(?:\.[0-9]+)?)\s*(?P<unit>%)?\s*"
_ROW_RIVAL_AFTER = (r"\s*[(（]\s*(?P<theirs>[0-9]{1,5}(?:\.[0-9]+)?)\s*(?P<unit>%)?\s*[)）]\s*$")
_ROW_VERSUS = (r"(?:{comparison.score_versus}|:|：)\s*(?P<theirs>[0-9]{1,5}(?:\.[0-9]+)?)\s*(?P<unit>%)?\s*[(（]\s*$")
_ROW_CUE = r"[^0-9\n，,。；;!?！？()（）]{0,12}$"
_HEADER_REACH = 12  # rows between the header and the row


def score_header(view: SentenceView):
    """A row of a score table in prose ("SWE-bench Verified 64.2 超GPT-4.1 (48.6)", "LiveCodeBench 53.7 vs 44.7
    (GPT-4.1)"): a line of its own, a test, the header model's score, then one rival and its score; the header
    (a line a few rows up, over nothing but rows) names exactly one model and its score ("测试项 GLM-4.5得分 行业对比",
    "Benchmark  Kimi K2 score  Rival"). The header model wins the row where it scores higher; nothing on a lower or
    equal score, two header models, a hedge, or a unit on one side only."""
    text = view.norm.folded
    line = text.rfind("\n", 0, view.start) + 1
    end = text.find("\n", view.start)
    end = len(text) if end < 0 else end
    if text[line:view.start].strip() or text[view.end:end].strip() or not _claimed(view):
        return
    models = [m for m in view.mentions if m.type in MODEL]
    if len(models) != 1:
        return
    rival = models[0]
    at = view._owner_start(rival)
    if re.search(r"[。；;!?！？]", text[line:at]) or len(text[line:at]) > 70:
        return
    leads = [m for m in view.re(_ROW_LEAD).finditer(text, line, at) if m.start() - line >= 2]
    if not leads:
        return
    lead = next((m for m in reversed(leads) if view.re(_ROW_CUE).fullmatch(text, m.end(), at)
                 or view.re(_ROW_VERSUS).fullmatch(text, m.end(), at)), None)
    if lead is None:
        return
    if re.search(r"[0-9]", text[line:lead.start()]) and not re.search(r"[^\W\d_]", text[line:lead.start()]):
        return  # the row's first cell a label, not a number
    cue = view.re(_ROW_CUE).fullmatch(text, lead.end(), at)
    after = view.re(_ROW_RIVAL_AFTER).match(text, rival.end, end)
    versus = view.re(_ROW_VERSUS).fullmatch(text, lead.end(), at)
    versus_close = view.re(r"\s*[)）]\s*$").match(text, rival.end, end)
    if cue and after:
        theirs, their_unit = after.group("theirs"), after.group("unit")
    elif versus and versus_close:
        theirs, their_unit = versus.group("theirs"), versus.group("unit")
    else:
        return
    if bool(their_unit) != bool(lead.group("unit")) or view.re(_HEDGE_ANYWHERE).search(text, line, end) \
            or view.re(_NEGATED_ANYWHERE).search(text, line, end) or view.re(_COSTS_OR_SIZES).search(text, line, end):
        return
    header = _score_header(view, line)
    if header is None or header.entity_id == rival.entity_id:
        return
    mine, other = _number(lead.group("mine")), _number(theirs)
    if mine is not None and other is not None and mine > other:
        yield header.entity_id, rival.entity_id


def _score_header(view: SentenceView, line: int):
    """The one model of the header line of the score table whose row starts at ``line``: back over rows (lines
    with a number) to a short line with no number but the model's, the model right before a score noun."""
    text = view.norm.folded
    for _ in range(_HEADER_REACH):
        if line == 0:
            return None
        prev = text.rfind("\n", 0, line - 1) + 1
        row = text[prev:line - 1]
        if not row.strip() or len(row) > 80:
            return None
        inside = [m for m in view.earlier if prev <= m.start and m.end <= line - 1 and m.type in MODEL]
        outside = "".join(ch for i, ch in enumerate(row)
                          if not any(m.start <= prev + i < m.end for m in inside))
        if not re.search(r"[0-9]", outside):
            if len(inside) != 1 or not view.re(_HEADER_SCORE).match(text, inside[0].end) \
                    or view.re(_HEDGE_ANYWHERE).search(text, prev, line - 1):
                return None
            return inside[0]
        line = prev
    return None


# "A scored 71.3 on GPQA. For comparison, B and C scored 65.0 and 60.2", "A在GPQA上得分71.3。相比之下，B和C分别为65.0和60.2"
_COMPARED_OPEN = r"\s*{comparison.comparison_opener}\s*[,，:：]?\s*"
_COMPARED_SCORES = (r"\s*(?:{comparison.respectively}\s*)?(?:{comparison.score_only}\s*)?(?:{comparison.score_verbs}\s*)?(?:了\s*)?"
                    r"(?:{comparison.score_only}\s*)?(?:{comparison.score_verbs}\s*)?"
                    r"(?P<scores>[0-9]{1,5}(?:\.[0-9]+)?(?![0-9]|[.,][0-9]|\s*{comparison.counters})\s*(?:{comparison.score_units})?"
                    r"(?:\s*(?:[,，、]\s*)?(?:{discourse.coordinators}\s*)?[0-9]{1,5}(?:\.[0-9]+)?"
                    r"(?![0-9]|[.,][0-9]|\s*{comparison.counters})\s*(?:{comparison.score_units})?)*)"
                    r"\s*(?:,?\s*{comparison.respectively})?")
_COMPARED_BENCH = r"\s*(?:(?P<bench>(?:{comparison.bench_after})\s+[^，,。；;!?！？]{1,30}?))?" + _ROW_END
_SCORE_OF = (r"(?:{comparison.score_verbs}|{comparison.score_nouns})\s*(?:了\s*)?(?:of\s+|为\s*|為\s*)?(?:an?\s+)?"
             r"(?P<score>[0-9][0-9,]*(?:\.[0-9]+)?)" + _NOT_A_COUNT)
_SCORE_UNIT = r"[0-9]{1,5}(?:\.[0-9]+)?\s*(?P<unit>{comparison.score_units})?"


def score_compared(view: SentenceView):
    """"A scored 71.3 on GPQA. For comparison, B and C scored 65.0 and 60.2", "A在GPQA上得分71.3。相比之下，B和C
    分别为65.0和60.2": a sentence opening with a comparison word, then a list of models and their scores in order and
    nothing else (the test maybe named again, the same); the sentence before names one model and its one score:
    that model wins over each model given a lower score. Nothing when the test differs, a unit differs,
    a hedge stands before the first score, or less is better."""
    if not _claimed(view):
        return
    text = view.norm.folded
    opening = view.re(_COMPARED_OPEN).match(text, view.start)
    models = [m for m in view.mentions if m.type in MODEL]
    if opening is None or not models or not view.re(dc.SUBJECT_SLOT).fullmatch(text, opening.end(), view._owner_start(models[0])):
        return
    if [m.start for m in view.after(opening.end(), MODEL)] != [m.start for m in models]:
        return
    scores = view.re(_COMPARED_SCORES).match(text, models[-1].end)
    if scores is None:
        return
    tail = view.re(_COMPARED_BENCH).fullmatch(text, scores.end(), view.end)
    numbers = [_number(n) for n in _NUMBER.findall(scores.group("scores"))]
    if tail is None or len(numbers) != len(models) or None in numbers:
        return
    before = list({m.entity_id: m for m in view.previous_sentence_mentions(MODEL)}.values())
    if len(before) != 1:
        return
    top = [m for m in view.earlier if m.entity_id == before[0].entity_id and m.type in MODEL][-1]
    start = view.previous_sentence_start()
    mine = view.re(_SCORED).match(text, top.end, view.start)
    if mine is None:  # "…Grok 3 became the first model to achieve a score of 1,400.": one score said in the sentence
        found = list(view.re(_SCORE_OF).finditer(text, top.end, view.start))
        mine = found[0] if len(found) == 1 else None
    if mine is None or any(not _YEAR.fullmatch(n) for n in _NUMBER.findall(text, mine.end(), view.start)) \
            or view.re(_HEDGE_ANYWHERE).search(text, top.end, mine.start("score")) \
            or view.re(_NEGATED_ANYWHERE).search(text, top.end, mine.start("score")):
        return
    # the test: the same if named again (the comparison word says the scores are comparable)
    benches = {m.entity_id for m in view.earlier if start <= m.start and m.kind == "benchmark"}
    again = {m.entity_id for m in view.mentions if m.kind == "benchmark"}
    if again - benches or (tail.group("bench") and not again and tail.group("bench").split(None, 1)[-1].strip() not in text[start:view.start]):
        return
    units = {(u.group("unit") or "").strip() for u in view.re(_SCORE_UNIT).finditer(scores.group("scores"))}
    unit_mine = view.re(_SCORE_UNIT).match(text, mine.end("score") - len(mine.group("score").split(",")[-1]))
    units.add((unit_mine.group("unit") or "").strip() if unit_mine else "")
    if len(units) != 1 or view.re(_COSTS).search(text, start, view.end):
        return
    top_score = _number(mine.group("score"))
    if top_score is None:
        return
    yield from ((top.entity_id, m.entity_id) for m, n in zip(models, numbers) if n < top_score and m.entity_id != top.entity_id)


FRACTION = "{comparison.fraction_verbs}"          # "X的性能达到Y的90%", "X achieves 90% of Y's performance"
_FRACTION_OF_NAMED = (r"\s*(?:{discourse.possessive})?\s*(?:[^0-9，,。；;!?！？]{0,8}?)"
                      r"(?P<n>[0-9]{1,2}(?:\.[0-9]+)?)\s*(?:%|％|percent)(?![0-9])")  # after Y: "的90%", "'s 90%"
_FRACTION_OF = (r"\s*(?:{comparison.fraction_about}\s*)?(?P<n>[0-9]{1,2}(?:\.[0-9]+)?)\s*(?:%|％|percent)\s*"
                r"{comparison.fraction_of}\s*(?:{discourse.articles}\s+)?$")  # before Y: "90% of"


_FRACTION_LEAD = r"\s*(?:[^0-9，,。；;!?！？]{0,12}?{discourse.kind_nouns})?\s*"  # "达到美国模型Y的90%"


def fraction(view: SentenceView):
    """"X的性能已达到Y的90%", "X achieves 90% of Y's performance": a share (under 100%) of Y's is Y's win over X."""
    if not _claimed(view):
        return
    text = view.norm.folded
    for a, b in view.cues(FRACTION):
        subject = _winner(view, a)
        if subject is None or _unasserted(view, subject.end, a) or view.re(_COSTS_OR_SIZES).search(text, subject.end, a):
            continue  # "X的价格仅为Y的10%": a share of a cost or a size is no loss
        rivals = view.after(b, MODEL)[:1]
        if not rivals or rivals[0].entity_id == subject.entity_id:
            continue
        rival = rivals[0]
        before = view.re(_FRACTION_OF).fullmatch(text, b, view._owner_start(rival))
        after = None if before else view.re(_FRACTION_LEAD).fullmatch(text, b, view._owner_start(rival)) and \
            view.re(_FRACTION_OF_NAMED).match(text, rival.end)
        if before or after:
            yield rival.entity_id, subject.entity_id


def _gain_start(view: SentenceView, a: int) -> int:
    """Where "a major 10% improvement" starts, for the cue at "improvement"."""
    prefix = view.re(_GAIN_PREFIX).search(view.norm.folded, max(view.start, a - 40), a)
    return prefix.start() if prefix else a


def _number(raw: str) -> float | None:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def aspect(view: SentenceView) -> str | None:
    """What the sentence compares on ("coding", "cost"…), from the lexicons' aspect tables."""
    found = [name for name, pattern in view.lex.table("comparison.aspects") if pattern.search(view.folded)]
    return ", ".join(dict.fromkeys(found)) or None


def _claimed(view: SentenceView) -> bool:
    """Whether the sentence claims anything: not a question or a condition ("Can X beat Y?", "If X beats
    Y, …", "X是否超越了Y", "如果X超越Y") — every outperforms rule finds nothing otherwise."""
    known = view.__dict__.get("_outperforms_claimed")
    if known is not None:
        return known  # every rule asks of the same sentence
    text = view.norm.folded
    first_model = next((m.start for m in view.mentions if m.type in MODEL), view.end)
    known = view.__dict__["_outperforms_claimed"] = not (
        view.re(_QUESTION).search(text, view.start, view.end)
        or view.re(_CONDITIONAL).search(text, view.start, first_model)
        or view.re(_SUPPOSITION).match(text, view.start)
        or view.re(_QUESTION_WORDS).search(text, view.start, view.end))
    return known


RULES = (
    Rule("outperforms.cue", "OUTPERFORMS", 0.85, win, triggers=(WIN,), aspect=aspect),
    Rule("outperforms.exemplified", "OUTPERFORMS", 0.65, exemplified, triggers=(WIN, LOSS), aspect=aspect, min_mentions=2),
    Rule("outperforms.cost_reversed", "OUTPERFORMS", 0.75, cost_reversed, triggers=(WIN,), aspect=aspect),
    Rule("outperforms.direct", "OUTPERFORMS", 0.8, win_direct, triggers=(WIN_DIRECT,), aspect=aspect, min_mentions=2),
    Rule("outperforms.reversed", "OUTPERFORMS", 0.8, reversed_win, triggers=(LOSS,), aspect=aspect),
    Rule("outperforms.passive", "OUTPERFORMS", 0.8, passive, triggers=(PASSIVE_PHRASE, PASSIVE_MARKER),
         aspect=aspect),
    Rule("outperforms.comparative", "OUTPERFORMS", 0.7, comparative, triggers=(THAN, BETTER_THAN, LOWER_THAN, RANK_MARKER),
         aspect=aspect),
    Rule("outperforms.gain", "OUTPERFORMS", 0.75, gain, triggers=(GAIN, GAIN_OPEN), aspect=aspect),
    Rule("outperforms.score", "OUTPERFORMS", 0.65, score, triggers=(SCORE_ONLY, SCORE_VERSUS), aspect=aspect,
         min_mentions=1),
    Rule("outperforms.ranked", "OUTPERFORMS", 0.7, ranked, triggers=(RANK_NEXT,), aspect=aspect, min_mentions=1),
    Rule("outperforms.ranked_carried", "OUTPERFORMS", 0.6, ranked_carried,
         triggers=("{comparison.score_units}", "{comparison.respectively}", "{comparison.rank_tiers}", "{comparison.rank_first}"),
         aspect=aspect,
         min_mentions=1),
    Rule("outperforms.nominal", "OUTPERFORMS", 0.75, nominal, triggers=(NOMINAL_OPEN,), aspect=aspect),
    Rule("outperforms.left_behind", "OUTPERFORMS", 0.75, left_behind, triggers=(BEHIND_MARKER,), aspect=aspect),
    Rule("outperforms.score_table", "OUTPERFORMS", 0.6, score_table,
         triggers=("{comparison.score_verbs}", "{comparison.table_with}", "{comparison.table_of}"), aspect=aspect,
         min_mentions=2),
    Rule("outperforms.superlative", "OUTPERFORMS", 0.7, superlative, triggers=(SUPERLATIVE,), aspect=aspect,
         min_mentions=3),
    Rule("outperforms.score_carried", "OUTPERFORMS", 0.6, score_carried,
         triggers=("{comparison.score_verbs}", "{comparison.table_with}", "{comparison.table_of}"), aspect=aspect,
         min_mentions=1),
    Rule("outperforms.table", "OUTPERFORMS", 0.6, table, triggers=("{comparison.table_pipe}",), aspect=aspect, min_mentions=1),
    Rule("outperforms.table_dominance", "OUTPERFORMS", 0.6, table_dominance, triggers=("{comparison.table_pipe}",), aspect=aspect,
         min_mentions=1),
    Rule("outperforms.score_header", "OUTPERFORMS", 0.6, score_header, triggers=("{comparison.row_rival}",), aspect=aspect,
         min_mentions=1),
    Rule("outperforms.score_compared", "OUTPERFORMS", 0.6, score_compared, triggers=("{comparison.comparison_opener}",),
         aspect=aspect, min_mentions=1),
    Rule("outperforms.ordinal", "OUTPERFORMS", 0.65, ordinal, triggers=(_RANK_LATER,), aspect=aspect, min_mentions=2),
    Rule("outperforms.compared", "OUTPERFORMS", 0.7, compared, triggers=(COMPARED_FRAME,), aspect=aspect,
         min_mentions=2),
    Rule("outperforms.implicit", "OUTPERFORMS", 0.6, implicit, triggers=(WIN_IMPLICIT,), aspect=aspect, min_mentions=1),
    Rule("outperforms.fraction", "OUTPERFORMS", 0.6, fraction, triggers=(FRACTION,), aspect=aspect, min_mentions=2),
    # ranked statements (.rankings): after the rules above, whose ids a fact found by both keeps
    # no trigger: "1. A" is cut into the sentences "1." and "A", so the marker is often outside the sentence read
    Rule("outperforms.ranked_lines", "OUTPERFORMS", 0.65, ranked_lines, triggers=(), aspect=aspect, min_mentions=1),
    Rule("outperforms.ranked_places", "OUTPERFORMS", 0.65, ranked_places, triggers=("{comparison.rank_verbs}", "{comparison.rank_first}"), aspect=aspect,
         min_mentions=2),
    Rule("outperforms.rank_table", "OUTPERFORMS", 0.6, rank_table, triggers=("{comparison.table_pipe}",), aspect=aspect,
         min_mentions=1),
    Rule("outperforms.leaderboard_table", "OUTPERFORMS", 0.6, leaderboard_table, triggers=("{comparison.table_pipe}",),
         aspect=aspect, min_mentions=1),
    Rule("outperforms.top_places", "OUTPERFORMS", 0.65, top_places, triggers=(rankings.TOP_N, rankings.TOP_LISTED), aspect=aspect,
         min_mentions=2),
    Rule("outperforms.follows", "OUTPERFORMS", 0.6, follows, triggers=(rankings.FOLLOWS,), aspect=aspect, min_mentions=1),
    Rule("outperforms.stated_order", "OUTPERFORMS", 0.65, stated_order, triggers=(ORDER_DOWN, ORDER_UP), aspect=aspect,
         min_mentions=2),
    Rule("outperforms.ordered_rivals", "OUTPERFORMS", 0.6, ordered_rivals, triggers=(WIN, WIN_DIRECT, LOSS, RANK_NEXT), aspect=aspect,
         min_mentions=2),
)


def _pairs(view, winner, losers, cue: int | None = None):
    """Every listed winner ("A and B beat C") over every listed loser, unless parity or a hedge intervenes."""
    if winner is None:
        return []
    # a winner carried from an earlier sentence ("X matches Y. Among open models, it beats Z"): what it said there
    # (a parity, a hedge) is no part of this sentence's claim — look from this sentence's start
    said_from = max(winner.end, view.start)
    if any(_parity_in(view, said_from, l.start) for l in losers):
        return []
    if cue is not None and _unasserted(view, said_from, cue):
        return []
    return [(w.entity_id, l.entity_id) for w in view.listed_with(winner) for l in losers]


def _unasserted(view: SentenceView, subject_end: int, cue: int) -> bool:
    """Hedged ("could beat"), denied ("did not claim that … beats") or only on par before the cue."""
    text = view.norm.folded
    parity = view.re(_PARITY)
    clause_start = view.clause_of(cue)[0]
    winner_start = max((m.start for m in view.mentions if m.end == subject_end), default=subject_end)
    on_par_with_winner = parity.search(text, max(clause_start, winner_start - 30), winner_start)
    return bool(view.re(_HEDGE).search(text, max(view.start, cue - 14), cue) or _parity_in(view, subject_end, cue)
                or view.re(_HEDGE_ANYWHERE).search(text, max(subject_end, clause_start), cue)  # "X could score a win over"
                or view.re(_UNCLAIMED).search(text, max(view.start, cue - 16), cue)
                or on_par_with_winner
                or view.re(_DENIED_CLAIM).search(text, view.clause_of(cue)[0], cue)
                or view.re(_DOUBTED).search(text, view.clause_of(cue)[0], cue)
                or view.re(_EXPECTED_SUBJECT).search(text, max(clause_start, winner_start - 24), winner_start))  # "analysts expect X to beat Y"


def _passive_zh(view: SentenceView, cue_start: int) -> bool:
    """A passive marker earlier in the clause ("X被Y超越"): the passive rule's."""
    return view.re(PASSIVE_MARKER).search(view.norm.folded, view.clause_of(cue_start)[0], cue_start) is not None
