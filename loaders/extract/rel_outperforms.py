"""OUTPERFORMS (Model → Model): wins, reversed wins, passives, comparatives; parity is no win."""
from __future__ import annotations

import re

from .view import MODEL, Fact, SentenceView

_WIN = re.compile(r"(?:击败|打败|战胜|超越|超过|优于|领先于|领先|碾压|胜过|强于|好于|高于|跑赢|(?<![决优获全制])胜(?!任|利|算|率|负|出|地|诉|仗|过)|outperform(?:s|ed|ing)?|beat(?:s|ing)?"
                  r"|surpass(?:es|ed|ing)?|tops|topped|outscor(?:es|ed)|outclass(?:es|ed)|edges? out|edged out|exceed(?:s|ed)"
                  r"|力压|压过|反超|完胜|超出|outpac(?:es|ed)|overt(?:akes|ook)|leapfrog(?:s|ged)|bests|bested|dethron(?:es|ed)"
                  r"|ahead of)"
                  r"(?!\s+by\b)")
_LOSS = re.compile(r"不如|落后于|落后|逊于|逊色于|不及|不敌|输给|败给|仅次于|次于|弱于|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?(?: behind)?"
                   r"|falls? behind|fell behind|falling behind|second only to|(?:ranks?|ranked|sits?|sat|just|finished) behind"
                   r"|lost to|loses to|underperform(?:s|ed)?|worse than|weaker than")
_PASSIVE_ZH = re.compile(r"被")
_PASSIVE_WIN_ZH = re.compile(r"击败|打败|超越|超过|碾压|战胜")
_PASSIVE_EN = re.compile(r"(?:is|was|were|are|been|being|gets|got) (?:outperformed|beaten|surpassed|topped|outscored|bested) by")
_COMPARE = re.compile(r"比")
_BETTER_ZH = re.compile(r"更(?:好|强|高|优|快|出色|聪明|准确|便宜|胜一筹)|(?:好|强|高|优)(?:得多|不少|一些)|高出|强出|胜出|领先")
_BETTER_EN = re.compile(r"(?:better|stronger|faster|smarter|cheaper|more capable|more accurate|higher|more efficient) than")
# A claim the text does not make: "could beat", "有望超越", "did not claim that X beats Y"
_HEDGE = re.compile(r"(?:(?<![a-z])(?:could|might|may|would|will|expected to|aims? to|hopes? to|is set to|promises? to)|有望|或将|或|可能|将会|预计|希望|力争|试图|能否|要)\s*$")
_DENIED_CLAIM = re.compile(r"(?<![a-z])(?:did not|didn't|does not|doesn't|never|not)\s+(?:claim|say|said|suggest|show|find|found|prove)|并未(?:声称|表示|宣称)|没有(?:声称|表示|宣称)|否认")
_PARITY = re.compile(r"比肩|媲美|紧逼|不相上下|相当|接近|追平|持平|(?<![a-z])(?:on par|rival|rivals|rivaled|rivalled|comparable|close to|match(?:es|ed)?|as good as|similar to)(?![a-z])")
ASPECTS = (("性价比|cost-performance|price-performance|cost-effective", "cost-performance"),
           ("推理|reasoning", "reasoning"), ("数学|math", "math"), ("编程|编码|代码|coding|code", "coding"),
           ("成本|价格|cost|price", "cost"), ("速度|speed|latency", "speed"),
           (r"mmlu|gpqa|aime|swe-bench|humaneval|livecodebench|lmarena|chatbot arena|arc-agi|math-500", "benchmarks"),
           ("测试|基准|评测|排行榜|benchmarks?|tests?|leaderboards?", "benchmarks"))
# Latin aspect words are whole words: "latest" holds "test" but says nothing about benchmarks
_ASPECTS = tuple((re.compile(rf"(?<![a-z])(?:{pattern})(?![a-z])"), name) for pattern, name in ASPECTS)


def find(view: SentenceView) -> list[Fact]:
    facts = []
    for a, b in view.cues(_WIN):
        if not _passive_zh(view, a):
            facts += _pairs(view, view.before(a, MODEL), view.after(b, MODEL), "outperforms.cue", 0.85, cue=a)
    for a, b in view.cues(_LOSS):
        loser = view.before(a, MODEL)
        if loser and _unasserted(view, loser.end, a):
            continue
        facts += [Fact("OUTPERFORMS", w.entity_id, loser.entity_id, "outperforms.reversed", 0.8)
                  for w in view.after(b, MODEL) if loser]
    for a, b in view.cues(_PASSIVE_EN):
        loser = view.before(a, MODEL)
        facts += [Fact("OUTPERFORMS", w.entity_id, loser.entity_id, "outperforms.passive", 0.8)
                  for w in view.after(b, MODEL)[:1] if loser]
    for a, b in view.cues(_PASSIVE_ZH):
        win = view.after(b, MODEL)[:1]
        loser = view.before(a, MODEL)
        if win and loser and _PASSIVE_WIN_ZH.search(view.norm.folded, win[0].end, view.clause_of(a)[1]):
            facts.append(Fact("OUTPERFORMS", win[0].entity_id, loser.entity_id, "outperforms.passive", 0.8))
    facts += _comparatives(view)
    aspect = _aspect(view)
    return [Fact(f.type, f.source, f.target, f.rule, f.confidence, aspect) for f in facts if f.source != f.target]


def _pairs(view, winner, losers, rule, confidence, cue: int | None = None):
    if winner is None or any(_PARITY.search(view.norm.folded, winner.end, l.start) for l in losers):
        return []
    if cue is not None and _unasserted(view, winner.end, cue):
        return []
    return [Fact("OUTPERFORMS", winner.entity_id, l.entity_id, rule, confidence) for l in losers]


def _unasserted(view: SentenceView, subject_end: int, cue: int) -> bool:
    """Hedged ("could beat"), denied ("did not claim that … beats") or only on par before the cue."""
    text = view.norm.folded
    clause_start = view.clause_of(cue)[0]
    winner_start = max((m.start for m in view.mentions if m.end == subject_end), default=subject_end)
    on_par_with_winner = _PARITY.search(text, max(clause_start, winner_start - 30), winner_start)
    return bool(_HEDGE.search(text, max(view.start, cue - 14), cue) or _PARITY.search(text, subject_end, cue)
                or on_par_with_winner
                or _DENIED_CLAIM.search(text, view.clause_of(cue)[0], cue))


def _passive_zh(view: SentenceView, cue_start: int) -> bool:
    return "被" in view.norm.folded[view.clause_of(cue_start)[0]:cue_start]


def _comparatives(view: SentenceView) -> list[Fact]:
    facts = []
    for a, b in view.cues(_COMPARE):
        winner, losers = view.before(a, MODEL), view.after(b, MODEL)[:1]
        if losers and _BETTER_ZH.search(view.norm.folded, losers[0].end, view.clause_of(a)[1]):
            facts += _pairs(view, winner, losers, "outperforms.comparative", 0.7)
    for a, b in view.cues(_BETTER_EN):
        facts += _pairs(view, view.before(a, MODEL), view.after(b, MODEL)[:1], "outperforms.comparative", 0.7)
    return facts


def _aspect(view: SentenceView) -> str | None:
    found = [name for pattern, name in _ASPECTS if pattern.search(view.folded)]
    return ", ".join(dict.fromkeys(found)) or None
