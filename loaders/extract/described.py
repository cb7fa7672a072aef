"""Policies described rather than named ("签署一项AI行政命令", "issued new guidance on AI chips"), found where a
public body issues them."""
from __future__ import annotations

import re

from ...schema import NodeType, slugify
from ...schema.text import to_simplified
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


def described_policies(norm, taken: list[Mention], lexicon: Lexicon | None = None) -> tuple[list[Mention], list[Mention]]:
    """The policies a public body issues in its own clause, described by kind and topic right after the issuing
    verb: (the mentions kept, the new policy mentions). A known policy inside the description ("芯片出口管制" in
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
    bodies = [m for m in taken if m.type == NodeType.ORGANIZATION and _public(lex, m)]
    if not bodies:
        return taken, []
    for code, regex, wordlist in lex.per_language("release.policy_described"):
        text = norm.folded
        if not may_match(regex, text):
            continue
        for match in finditer(regex, text):
            start, end = group_span(match, "name")
            verb = match.start("verb")
            # the verb's subject: no other name between (the mentions are not in text order yet)
            nearest = max((m for m in taken if m.end <= verb), key=lambda m: (m.end, -m.start), default=None)
            issuer = nearest if nearest is not None and any(nearest is b for b in bodies) else None
            if issuer is None or verb - issuer.end > _REACH or _CLAUSE_END.search(text, issuer.end, verb) \
                    or lex.pattern(_NOT_ITS_OWN).search(text, issuer.end, verb):
                continue  # no public body issues it in this clause, or it only plans to, or has others issue it
            inside = [m for m in taken if m.start < end and start < m.end]
            if any(m.type != NodeType.POLICY or m.end == end or m.start < start or m.end > end for m in inside) \
                    or (inside and code != "zh"):
                continue  # "发布DeepSeek禁令" names a model; "发布《AI行动计划》", "the AI Act Code of Practice on …" a named policy
            topic, pre = group_span(match, "topic"), group_span(match, "pre")
            if code == "en" and not (topic or (pre and pre[0] < pre[1]) or text[match.end("verb"):start].strip()):
                continue  # "issued rules": a bare plural with nothing to tell which rules
            surface = norm.original[start:end]
            aliases = ()
            if code == "en" and topic and topic[0] < topic[1] and (pre is None or pre[0] == pre[1]):
                aliases = (f"{norm.original[slice(*topic)]} {norm.original[slice(*group_span(match, 'head'))]}",)
            entity_id = f"{issuer.entity_id}-{slugify(to_simplified(surface))}"
            dropped.update(id(m) for m in inside)
            found.append(Mention(start, end, surface, entity_id, NodeType.POLICY, DISCOVERED, RULE,
                                 extra_aliases=aliases, kind="rule"))
    if not found:
        return taken, []
    return [m for m in taken if id(m) not in dropped], found


def _public(lex: Lexicon, mention: Mention) -> bool:
    """A public body: an agency, a government, a legislature, or a country or region named as its government
    ("英国政府", "加州政府")."""
    return mention.kind in PUBLIC_BODIES or (mention.kind in ("country", "region") and bool(lex.pattern(_ISSUER_HEAD).search(mention.surface.lower())))
