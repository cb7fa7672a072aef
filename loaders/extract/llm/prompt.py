"""What the model is asked: the four edge types defined as the rules define them, in the article's
language family (Chinese in the article's own script, or English), with two short examples (one where nothing qualifies).

Change anything here and bump ``PROMPT_VERSION``: it is part of the response cache's key (the
messages are, too, so a forgotten bump never serves an answer to another prompt).

>>> [m["role"] for m in messages("Nimbus Labs released Orca-2.", "en")]
['system', 'user', 'assistant', 'user', 'assistant', 'user']
>>> "担忧" in messages("星河智能发布了天枢-2。", "zh-Hans")[0]["content"]
True
>>> "擔憂" in messages("星河智能發佈了天樞-2。", "zh-Hant")[0]["content"]
True
>>> family("und", "星河智能发布了天枢-2。"), family("und", "Nimbus Labs released Orca-2.")
('zh-Hans', 'en')
"""
from __future__ import annotations

import json

from ....schema.text import converter
from .contract import ARTICLE

PROMPT_VERSION = "1"

_SHAPE = ('{"facts": [{"type": "RELEASED|OUTPERFORMS|CITES|WORRIES", "source": "…", "source_type": '
          '"Organization|Model|Policy|Source", "target": "…", "target_type": "…", "evidence": "…"}]}')

_SYSTEM_EN = f"""You extract facts about the AI industry from a news article, for a knowledge graph. Report only what the text itself states as fact; use no outside knowledge.

Answer with JSON only, exactly this shape:
{_SHAPE}

Fact types:
- RELEASED: an Organization released, launched, open-sourced, published or enacted a Model or a Policy. source = the organization; target = the model or policy.
- OUTPERFORMS: one Model does better than another Model (overall, on a benchmark, on a task). source = the better model; target = the worse one. "A trails B", "A lags behind B", "A lost to B", "A is second to B" mean B OUTPERFORMS A. Parity is no win ("on par with", "rivals", "matches", "comparable to"), and neither is a hedge or forecast ("could beat", "aims to surpass", "is expected to") or a denied claim.
- CITES: the article reports information from a source of information: an outlet or wire ("according to Reuters", "Bloomberg reported"), a report, survey or leaderboard, an analyst firm or research body, or a quoted person. source = "{ARTICLE}" (source_type "Source"); target = the person, outlet or report (Source) or the analyst firm or research body (Organization). A company, government or regulator speaking about itself ("OpenAI said", "the ministry announced") is a statement, not a citation: no CITES.
- WORRIES: something worries, alarms, threatens or puts pressure on an Organization (a company, government, country or industry). source = the cause (Organization, Model or Policy); target = the worried party (Organization). "Washington is worried about X" gives source X, target Washington.

Node types: Organization (company, lab, government body, country, industry), Model (AI model, model family or version), Policy (law, plan, rule, initiative), Source (outlet, report, quoted person).

Rules: "source" and "target" are names written exactly as in the evidence. "evidence" is one sentence of the article copied character for character (same script, same punctuation) that contains both names. One fact per type, source, target and sentence. If nothing qualifies, answer {{"facts": []}}."""

_SYSTEM_ZH = f"""你从一篇人工智能行业的新闻中抽取事实，用于知识图谱。只报告文中明确陈述为事实的内容，不要使用文章以外的知识。

只回答 JSON，格式严格如下：
{_SHAPE}

事实类型：
- RELEASED：机构（Organization）发布、推出、开源、公布或颁布了模型（Model）或政策（Policy）。source 为机构，target 为模型或政策。
- OUTPERFORMS：一个模型（Model）表现优于另一个模型（Model）（总体、某项基准或某项任务）。source 为更好的模型，target 为较差的模型。“A不如B”“A落后于B”“A输给B”“A仅次于B”表示 B OUTPERFORMS A。持平不算胜出（“比肩”“媲美”“不相上下”“相当”），推测或愿望（“有望超越”“可能击败”“力争超过”）和被否认的说法也不算。
- CITES：文章引用了某个信息来源：媒体或通讯社（“据路透社报道”“彭博社报道”）、报告、调查或排行榜、分析机构或研究机构，或被引述的人。source 写 "{ARTICLE}"（source_type 为 "Source"），target 为被引述的人、媒体或报告（Source）或分析、研究机构（Organization）。公司、政府或监管机构就自身发表的说法（“OpenAI表示”“该部宣布”）是声明，不是引用：不报告 CITES。
- WORRIES：某事物令一个机构（公司、政府、国家或行业，Organization）担忧、震惊、感到威胁或压力。source 为起因（Organization、Model 或 Policy），target 为担忧的一方（Organization）。“华盛顿担忧X”即 source 为 X，target 为华盛顿。

节点类型：Organization（公司、实验室、政府机构、国家、行业）、Model（AI 模型、模型系列或版本）、Policy（法律、计划、规定、倡议）、Source（媒体、报告、被引述的人）。

要求：source 和 target 按证据中的原文书写。evidence 是从文章中逐字复制的一句话（相同的字体和标点），且包含这两个名称。同一类型、同一 source 和 target、同一句话只报告一次。没有符合的事实时回答 {{"facts": []}}。"""


def _fact(type_, source, source_type, target, target_type, evidence) -> dict:
    return {"type": type_, "source": source, "source_type": source_type, "target": target,
            "target_type": target_type, "evidence": evidence}


# Invented names only: an example must never look like a fact about a real article.
_EXAMPLE_EN = (
    "Nimbus Labs released Orca-2 on Tuesday. Orca-2 beat Falcon-X in coding tests but trails Lyra 3 on math. "
    "The company says Orca-2 is on par with Wren, and hopes Orca-3 will overtake it. "
    "According to Harbor Research, Orca-2 has alarmed Brightway.",
    [_fact("RELEASED", "Nimbus Labs", "Organization", "Orca-2", "Model", "Nimbus Labs released Orca-2 on Tuesday."),
     _fact("OUTPERFORMS", "Orca-2", "Model", "Falcon-X", "Model",
           "Orca-2 beat Falcon-X in coding tests but trails Lyra 3 on math."),
     _fact("OUTPERFORMS", "Lyra 3", "Model", "Orca-2", "Model",
           "Orca-2 beat Falcon-X in coding tests but trails Lyra 3 on math."),
     _fact("CITES", ARTICLE, "Source", "Harbor Research", "Source",
           "According to Harbor Research, Orca-2 has alarmed Brightway."),
     _fact("WORRIES", "Orca-2", "Model", "Brightway", "Organization",
           "According to Harbor Research, Orca-2 has alarmed Brightway.")],
)
_EXAMPLE_ZH = (
    "星河智能周二发布了开源模型天枢-2。评测显示，天枢-2超越了青鸾1.5，但仍落后于玄武3。"
    "该公司称天枢-2与凤鸣不相上下，并有望在年底超越凤鸣。据灵犀研究院称，天枢-2令云港科技感到担忧。",
    [_fact("RELEASED", "星河智能", "Organization", "天枢-2", "Model", "星河智能周二发布了开源模型天枢-2。"),
     _fact("OUTPERFORMS", "天枢-2", "Model", "青鸾1.5", "Model", "评测显示，天枢-2超越了青鸾1.5，但仍落后于玄武3。"),
     _fact("OUTPERFORMS", "玄武3", "Model", "天枢-2", "Model", "评测显示，天枢-2超越了青鸾1.5，但仍落后于玄武3。"),
     _fact("CITES", ARTICLE, "Source", "灵犀研究院", "Source", "据灵犀研究院称，天枢-2令云港科技感到担忧。"),
     _fact("WORRIES", "天枢-2", "Model", "云港科技", "Organization", "据灵犀研究院称，天枢-2令云港科技感到担忧。")],
)
# …and one where nothing qualifies: parity and a forecast are no win
_NOTHING_EN = "Wren matches Orca-2 on reasoning, and Lyra 3 could soon surpass both."
_NOTHING_ZH = "凤鸣与天枢-2在推理测试中不相上下，玄武4有望超越两者。"
_ARTICLE_LABEL = {"en": "Article:\n", "zh": "文章：\n"}


def family(language: str, text: str) -> str:
    """The prompt language for an article: ``en``, ``zh-Hans`` or ``zh-Hant`` (undetermined: by its characters)."""
    if language in ("en", "zh-Hans", "zh-Hant"):
        return language
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return "zh-Hans" if han * 4 > len(text.strip()) else "en"


def messages(text: str, language: str) -> list[dict]:
    """The Chat Completions messages for one piece of article text."""
    lang = family(language, text)
    if lang == "en":
        system, examples, label = _SYSTEM_EN, [_EXAMPLE_EN, (_NOTHING_EN, [])], _ARTICLE_LABEL["en"]
    else:
        system, examples, label = _SYSTEM_ZH, [_EXAMPLE_ZH, (_NOTHING_ZH, [])], _ARTICLE_LABEL["zh"]
    convert = converter("s2tw").convert if lang == "zh-Hant" else (lambda s: s)  # Taiwan standard characters
    shots = []
    for example, facts in examples:
        shots += [{"role": "user", "content": convert(label + example)},
                  {"role": "assistant", "content": convert(json.dumps({"facts": facts}, ensure_ascii=False))}]
    return [{"role": "system", "content": convert(system)}, *shots, {"role": "user", "content": label + text}]
