"""Policies described rather than named ("签署一项AI行政命令", "issued new guidance on AI chips"), found where a
public body issues them."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from ...schema import NodeType, slugify
from ...schema.text import to_simplified
from .leaders import office
from .lexicon import Lexicon, group_span
from .mentions import Mention
from .prefilter import finditer, may_match
from .variants import DISCOVERED

RULE = "discovery.policy_described"
PUBLIC_BODIES = frozenset({"agency", "government", "legislature"})
_REACH = 40  # characters between the issuer's name and the verb, at most
_CLAUSE_END = re.compile(r"[，。；;！？!?\n:：]")
_PLANNED = r"(?:{release.plan_verbs}|{polarity.negations})"
_NOT_ITS_OWN = r"(?:{release.plan_verbs}|{polarity.negations}|{release.causatives})"  # "金管会已请公会订定规范": theirs
_ISSUER_HEAD = r"(?:{release.issuer_heads})$"
_DEMANDED_OF = r"(?:{release.causatives})\s*(?:the\s+)?$"
_TABLING = r"(?:{release.tabling_verbs})"
# a country is its government issuing a policy only as the verb's whole subject (times and auxiliaries between:
# "美方于12月2日发布了", "Japan on Friday imposed") and with a description saying what the policy is about
_FRAMES = r"(?:\s|[,，]|{release.when}|{release.carried_frames}|{discourse.auxiliaries})*"
_BARE = r"(?:(?:{release.policy_quantifiers})\s*)*(?:{release.policy_descriptors})"


def described_policies(norm, taken: list[Mention], lexicon: Lexicon | None = None,
                       gazetteer=None) -> tuple[list[Mention], list[Mention]]:
    """The policies a public body issues in its own clause, described by kind and topic right after the issuing
    verb: (the mentions kept, the new policy mentions). A country or state is its government when it is the verb's
    whole subject (only times and auxiliaries between: "美方于12月2日发布了对华…出口管制措施", "The United States on
    Monday announced a new semiconductor export control package") and the description says what the policy is about
    (not a bare "规则"). A known policy inside the description ("芯片出口管制" in
    "AI芯片出口管制指南") gives way to it; a description holding another name, or ending on a known policy, is none.
    The id joins the issuer's id to the description, so "指南" of two issuers are two policies.

    >>> from newsgraph.loaders.extract.normalize import Normalised
    >>> body = Mention(0, 4, "英国政府", "united-kingdom", NodeType.ORGANIZATION, kind="country")
    >>> kept, found = described_policies(Normalised.of("英国政府发布的人工智能白皮书称"), [body])
    >>> [(m.surface, m.entity_id) for m in found]
    [('人工智能白皮书', 'united-kingdom-人工智能白皮书')]
    >>> described_policies(Normalised.of("英国政府计划发布人工智能白皮书"), [body])[1]
    []
    """
    lex = lexicon or Lexicon.default()
    dropped, found = set(), []
    # a country or state acting in its own clause is its government ("美方发布了对华半导体出口管制措施")
    bodies = [m for m in taken if m.type == NodeType.ORGANIZATION and (_public(lex, m) or m.kind in _NATIONS)]
    bodies += _leaders(norm, taken, gazetteer, lex)
    if not bodies:
        return taken, []
    lists = [(code, regex, False) for code, regex, _ in lex.per_language("release.policy_described")]
    lists += [(code, regex, True) for code, regex, _ in lex.per_language("release.policy_title_issued")]
    not_policy = lex.pattern(r"(?:{release.title_not_policy})\W*$")
    demonstrative = lex.pattern(r"(?:{release.policy_demonstratives})")
    # the mentions in order, looked up by bisection (one pass over them all per match made a page of leaders and
    # policies quadratic): by end (the verb's subject), by start (what a name overlaps), policies by start
    by_end = sorted(taken, key=lambda m: (m.end, -m.start))
    ends = [m.end for m in by_end]
    by_start = sorted(taken, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    longest = max((m.end - m.start for m in taken), default=0)
    policies = [m for m in by_start if m.type == NodeType.POLICY]
    policy_starts = [m.start for m in policies]
    body_at: dict[tuple[int, int], Mention] = {}
    for b in bodies:
        body_at.setdefault((b.start, b.end), b)
    for code, regex, titled in lists:
        text = norm.folded
        if not may_match(regex, text):
            continue
        for match in finditer(regex, text):
            start, end = group_span(match, "name")
            if titled and not_policy.search(text, start, end):
                continue  # a report or a notice by its title
            verb, verb_end = group_span(match, "verb")  # the slot of whichever alternative matched
            # the verb's subject: no other name between (the mentions are not in text order yet)
            i = bisect_right(ends, verb)
            nearest = by_end[i - 1] if i else None
            issuer = body_at.get((nearest.start, nearest.end)) if nearest is not None else None
            if issuer is None or verb - issuer.end > _REACH or _CLAUSE_END.search(text, issuer.end, verb) \
                    or lex.pattern(_NOT_ITS_OWN).search(text, issuer.end, verb):
                continue  # no public body issues it in this clause, or it only plans to, or has others issue it
            if issuer.kind == "legislature" and lex.pattern(_TABLING).fullmatch(text, verb, verb_end):
                continue  # "the House introduced a framework": tabled, not issued
            if not _public(lex, issuer) and (not lex.pattern(_FRAMES).fullmatch(text, issuer.end, verb)
                                             or lex.pattern(_BARE).fullmatch(text, start, end)):
                continue  # a country only qualifying the subject ("中国企业发展研究中心发布"), or issuing bare "规则"
            inside = [m for m in by_start[bisect_left(starts, start - longest):bisect_left(starts, end)] if start < m.end]
            if titled:  # a quoted title: the whole title, over a policy found inside it ("Checklist on Guidelines …")
                if any(m.type != NodeType.POLICY or m.start < start or m.end > end or (m.start, m.end) == (start, end)
                       for m in inside):
                    continue  # a name inside the title, or the title a known policy already
                surface = norm.original[start:end]
                if code != "zh" and not _title_cased(surface, norm.original[end:end + 1]):
                    continue  # "released \"We will not tolerate risks,\" a spokesman said": a quote, no title
                dropped.update(id(m) for m in inside)
                found.append(Mention(start, end, surface, slugify(to_simplified(surface)), NodeType.POLICY, DISCOVERED,
                                     RULE, kind="rule"))
                if code == "zh":  # "发出《A》以及《B》": each title of the list the verb takes
                    found += _listed_titles(norm, lex, end, taken, not_policy)
                continue
            if demonstrative.match(text, start):
                continue  # "发布这两项新规", "issued these rules": the ones named before, no new policy
            if _TITLED_AFTER.match(text, end):
                continue  # "a checklist titled \"Ten Tips …\"": the title names it
            j = bisect_left(policy_starts, end)
            if j < len(policies) and not text[end:policies[j].start].strip():
                continue  # "通过了AI安全法案SB 53": the description of the known policy named right after it
            if any(m.type != NodeType.POLICY or m.end == end or m.start < start or m.end > end for m in inside) \
                    or (inside and code != "zh"):
                continue  # "发布DeepSeek禁令" names a model; "发布《AI行动计划》", "the AI Act Code of Practice on …" a named policy
            topic, pre = group_span(match, "topic"), group_span(match, "pre")
            if code == "en" and not (topic or (pre and pre[0] < pre[1]) or text[verb_end:start].strip()):
                continue  # "issued rules": a bare plural with nothing to tell which rules
            surface = norm.original[start:end]
            aliases = ()
            if code == "en" and topic and topic[0] < topic[1] and (pre is None or pre[0] == pre[1]):
                aliases = (f"{norm.original[slice(*topic)]} {norm.original[slice(*group_span(match, 'head'))]}",)
            aliases += (f"{issuer.surface}{' ' if code == 'en' else ''}{surface}",)  # "European Commission guidelines"
            entity_id = f"{issuer.entity_id}-{slugify(to_simplified(surface))}"
            dropped.update(id(m) for m in inside)
            found.append(Mention(start, end, surface, entity_id, NodeType.POLICY, DISCOVERED, RULE,
                                 extra_aliases=aliases, kind="rule"))
    if not found:
        return taken, []
    return [m for m in taken if id(m) not in dropped], found


ACT_RULE = "discovery.policy_act"  # the policy's discovery
RELEASED_ACT, ACT_CONFIDENCE = "released.act", 0.75  # and the rule of its RELEASED edge (RuleExtractor._acts)
_ACTS = {"ban": r"(?:{release.ban_acts})", "suspension": r"(?:{release.suspend_acts})"}
_OBJECT_REACH = 40  # characters between the act's verb and what it bans, at most


def described_acts(norm, taken: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """The bans and suspensions a public body orders in its own clause, named by the act and its object: "行政院要求
    公务机关禁用DeepSeek" (a ban on DeepSeek issued by the Executive Yuan), "the commission suspended new downloads of
    X" (a suspension of X). The object is the first name after the verb in the clause, a model or a company (not
    another public body); the issuer is the name nearest before the verb, a public body or a country or state (its
    government acting: "Texas banned DeepSeek on state devices"), with no plan or negation between. The new policy mention sits on the verb and carries its issuer as ``developer`` (released.act); its id
    joins the issuer's id to the act and the object, its name is "X ban"/"suspension of X" (en) or the verb and the
    object as written (zh: "禁用DeepSeek"; "DeepSeek禁令" as an alias).

    >>> from newsgraph.loaders.extract.normalize import Normalised
    >>> body = Mention(0, 3, "行政院", "executive-yuan", NodeType.ORGANIZATION, kind="government")
    >>> lab = Mention(11, 19, "DeepSeek", "deepseek", NodeType.ORGANIZATION, kind="lab")
    >>> [(m.surface, m.entity_id, m.developer) for m in described_acts(Normalised.of("行政院要求公务机关禁用DeepSeek。"), [body, lab])]
    [('禁用DeepSeek', 'executive-yuan-ban-deepseek', 'executive-yuan')]
    >>> described_acts(Normalised.of("行政院计划禁用DeepSeek。"), [body, Mention(7, 15, "DeepSeek", "deepseek", NodeType.ORGANIZATION)])
    []
    """
    lex = lexicon or Lexicon.default()
    if not any(m.type == NodeType.ORGANIZATION and (_public(lex, m) or m.kind in _NATIONS) for m in taken):
        return []
    text, found = norm.folded, []
    for act, template in _ACTS.items():
        regex = lex.pattern(template)
        for match in finditer(regex, text):
            verb, verb_end = match.start(), match.end()
            before = [m for m in taken if m.end <= verb]
            issuer = max(before, key=lambda m: (m.end, -m.start), default=None)
            if issuer is None or issuer.type != NodeType.ORGANIZATION \
                    or not (_public(lex, issuer) or issuer.kind in _NATIONS) \
                    or verb - issuer.end > _REACH or _ACT_CLAUSE_END.search(text, _after_apposition(text, issuer), verb) \
                    or lex.pattern(_PLANNED).search(text, issuer.end, verb):
                continue  # no public body orders it in this clause (a comma ends it), or it only plans to, or does not
            if lex.pattern(_DEMANDED_OF).search(text, max(0, issuer.start - 8), issuer.start):
                continue  # "立委要求行政院禁用X": others demand the ban of the body
            after = sorted((m for m in taken if m.start >= verb_end), key=lambda m: (m.start, -m.end))
            target = after[0] if after else None
            for following in after[1:]:  # "banned the use of OpenAI's ChatGPT": the product, not its maker
                if target.type == NodeType.ORGANIZATION and _POSSESSIVE.fullmatch(text, target.end, following.start):
                    target = following
                else:
                    break
            if target is None or target.start - verb_end > _OBJECT_REACH or _CLAUSE_END.search(text, verb_end, target.start) \
                    or target.type not in (NodeType.MODEL, NodeType.ORGANIZATION) \
                    or (target.type == NodeType.ORGANIZATION and (_public(lex, target) or target.kind in PLACE_KINDS)) \
                    or any(m.start < verb_end and verb < m.end for m in taken):
                continue  # nothing a ban is on; a body banned is no product
            if target.type == NodeType.ORGANIZATION and _BARRED_FROM.match(text, target.end):
                continue  # "barred Nvidia from selling H20 chips": a ban on what the company does, not on it
            name = target.surface
            head = lex.pattern(_ACT_OBJECT_HEAD).match(text, target.end)
            if head is not None and _HAN_TEXT.search(norm.original[verb:verb_end]):
                name = norm.original[target.start:head.end()]  # "禁用DeepSeek AI服务": the service named as written
            if _HAN_TEXT.search(norm.original[verb:verb_end]):
                surface = norm.original[verb:verb_end] + name
                aliases = (f"{name}禁令",) if act == "ban" else ()
            else:
                surface = f"{name} ban" if act == "ban" else f"suspension of {name}"
                aliases = (f"ban on {name}",) if act == "ban" else ()
            found.append(Mention(verb, verb_end, surface, f"{issuer.entity_id}-{act}-{target.entity_id}", NodeType.POLICY,
                                 DISCOVERED, ACT_RULE, extra_aliases=aliases, kind="rule", developer=issuer.entity_id))
    return found


_ACT_OBJECT_HEAD = r"\s*(?:{release.act_object_heads})"  # "禁用X服务": the noun closing what is banned
_TITLED_AFTER = re.compile(r"\s*(?:titled|entitled|called|named|名为|名為|题为)\s*[\"“《「]")
_HAN_TEXT = re.compile(r"[\u4e00-\u9fff]")
_POSSESSIVE = re.compile(r"\s*(?:['’]s|的)\s*")
PLACE_KINDS = frozenset({"country", "region", "city"})  # a place banned is a market left, no product
_NATIONS = frozenset({"country", "region"})  # "Texas banned DeepSeek on state devices": a state acting is its government
_ACT_CLAUSE_END = re.compile(r"[，,。；;！？!?\n:：]")  # "中国…采取限制措施，包括禁止X": no issuer across a comma
_BARRED_FROM = re.compile(r"\s+from\s+[a-z]+ing\b|向")  # "barred Nvidia from selling", "禁止英伟达向中国出口"


def _after_apposition(text: str, m: Mention) -> int:
    """Where the clause after ``m`` starts: past the comma closing it when it is an appositive ("Italy's watchdog,
    Garante, banned X")."""
    if text[:m.start].rstrip().endswith((",", "，")) and text[m.end:m.end + 1] in (",", "，"):
        return m.end + 1
    return m.end


_TITLE_LISTED = r"》\s*(?:{discourse.coordinators})\s*《(?P<name>[^《》\n]{2,40})》"


def _listed_titles(norm, lex: Lexicon, end: int, taken: list[Mention], not_policy) -> list[Mention]:
    """The titles listed after a title a public body issues ("《A》以及《B》、《C》"), each a policy issued with it —
    not one that is a known name already, nor a report by its title."""
    text, found = norm.folded, []
    listed = lex.pattern(_TITLE_LISTED)
    while (match := listed.match(text, end)) is not None:
        start, end = match.span("name")
        if not_policy.search(text, start, end) or any(m.start < end and start < m.end for m in taken):
            break
        surface = norm.original[start:end]
        found.append(Mention(start, end, surface, slugify(to_simplified(surface)), NodeType.POLICY, DISCOVERED, RULE,
                             kind="rule"))
        end += 1  # the closing bracket
    return found


def _title_cased(title: str, after: str) -> bool:
    """Whether a quoted English text reads as a title: no comma closing it (a quoted remark: "…risks," he said) and
    most of its longer words capitalised ("Checklist on Guidelines for the Use of Generative AI by Employees")."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", title) if len(w) > 3]
    return after != "," and bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


def _leaders(norm, taken: list[Mention], gazetteer, lex: Lexicon) -> list[Mention]:
    """Leaders named with a title of office ("美国总统川普", "President Trump"), each standing for the office
    (:func:`leaders.office`) as an issuer: on the leader's span, with the office's id and name."""
    if gazetteer is None:
        return []
    found = []
    for m in taken:
        if m.type == NodeType.SOURCE and m.kind in (None, "person"):
            entry = office(norm, m, gazetteer, lex)
            if entry is not None:
                found.append(replace(m, entity_id=entry.id, surface=entry.name, type=NodeType.ORGANIZATION, kind=entry.kind))
    return found


def _public(lex: Lexicon, mention: Mention) -> bool:
    """A public body: an agency, a government, a legislature, or a country or region named as its government
    ("英国政府", "加州政府")."""
    return mention.kind in PUBLIC_BODIES or (mention.kind in ("country", "region") and bool(lex.pattern(_ISSUER_HEAD).search(mention.surface.lower())))
