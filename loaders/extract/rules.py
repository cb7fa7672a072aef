"""The rule-based extractor: gazetteer + discovery mentions, then per-sentence relation rules.

Cue words come from the per-language lexicons (:mod:`.lexicon`, ``loaders/lang/``); the
relation rules are the one list :data:`.relations.RULES`. Cost is linear in the article: it is
folded once, sentence spans are found once, and a sentence runs only the rules whose cue words
occur in it (one Aho-Corasick scan of the article finds them all).
"""
from __future__ import annotations

import bisect
import gc
import re
from dataclasses import replace
from pathlib import Path

from ...schema import Article, Edge, EdgeType, Evidence, Extraction, NodeType
from ...schema.merging import FIRST_MENTION_ONLY, first_mention, merge_node_models
from . import discourse as dc
from .aliases import learn_aliases
from .short_forms import refer_repeats, refer_short_forms
from .references import RULE as REFERENCE, refer_policies
from .cues import CueIndex
from .described import ACT_CONFIDENCE, RELEASED_ACT, described_acts, described_policies
from .authorities import retarget_countries
from .enforced import discover_enforced
from .discovery import discover_listed, discover_names, later_surnames, without_places_inside
from .owned_bodies import discover_owned_bodies
from .gazetteer import Gazetteer
from .generic_policies import resolve_generic
from .possessed import possessed_policies
from .interviews import INTERVIEW_CONFIDENCE, interviewee
from .lexicon import LANGUAGES, Lexicon
from .mentions import Matcher, Mention, drop_credits, drop_dateline_places, outlets_as_parties
from .nodes import (article_node, byline_wires, carried_by_host, entity_node, gazetteer_node, outlet_node, reprinted_from,
                    reprinted_names, writer_in_byline)
from .normalize import Normalised
from .rel_cites import NO_COMMENT
from .rel_worries import TOWARDS
from .unstated import ITSELF, unstated_releases
from .relations import RULES
from .sentences import past_abbreviation_dots, sentence_spans
from .typos import TYPO_CONFIDENCE, TypoResolver
from .variants import (REFERRED, discover_models, discover_released, extend_models, maker_versions, pronoun_sizes,
                       refer_families, refer_tiers)
from .view import ARTICLE, Fact, Rule, SentenceView
from .when import time_expression

# templates read by view.matches / view.cues that no rule has as a trigger: their anchors are found by the cue scan too
READ_CUES = (ITSELF, NO_COMMENT, TOWARDS)
_ASKED = frozenset({"RELEASED", "WORRIES", "CITES"})  # facts a yes-or-no question asks about (dc.asks_whether)
_NEXT_WORD = re.compile(r" [A-Z][a-z]+(?![A-Za-z])")  # the capitalised word after a name ("Clade 3" + " Opus")


class RuleExtractor:
    """Dictionary matching, name discovery and cue rules for zh-Hant, zh-Hans and English.

    ``languages`` picks the lexicons (default: every registered one); ``lexicons`` are folders
    holding ``<code>/*.yaml`` lexicons that add a language or replace a bundled one.

    >>> from newsgraph.schema import Article
    >>> art = Article(id="a1", title="t", text="阿里巴巴發佈了Qwen3。Qwen3擊敗了gpt-oss。")
    >>> sorted((e.type.value, e.source, e.target) for e in RuleExtractor().extract(art).edges if e.type.value != "MENTIONS")
    [('OUTPERFORMS', 'qwen3', 'gpt-oss'), ('RELEASED', 'alibaba', 'qwen3')]
    """

    def __init__(self, gazetteer: Gazetteer | None = None, gazetteer_files: list[str | Path] | None = None,
                 languages: list[str] | None = None, lexicons: list[str | Path] | None = None,
                 rules: tuple[Rule, ...] = RULES):
        if gazetteer is None:
            gazetteer = Gazetteer.with_user_files(gazetteer_files) if gazetteer_files else Gazetteer.default()
        self.gazetteer = gazetteer
        if languages is None and not lexicons:
            self.lexicon = Lexicon.default()
        else:
            self.lexicon = Lexicon.load(tuple(languages or LANGUAGES), roots=lexicons)
        self.matcher = Matcher(gazetteer, self.lexicon)
        self.typos = TypoResolver(gazetteer)
        self.rules = rules
        self.cue_index = CueIndex(self.lexicon, rules, extra=READ_CUES)
        # per (triggers present, names up to the most any rule needs, kinds of names): the rules to try
        self._runnable: dict[tuple, list[tuple[Rule, tuple[str, ...]]]] = {}
        self._most_needed = max((rule.min_mentions for rule in rules), default=0)
        # the rules of the types a headline is read for, with the triggers each needs (one present, or it finds nothing)
        self._title_rules = tuple((rule, needs) for rule, needs in zip(rules, self.cue_index.needs)
                                  if rule.type in self.TITLE_TYPES or rule.id in self.TITLE_RULES)

    def mentions(self, norm: Normalised) -> list[Mention]:
        found = extend_models(norm, self.matcher.find(norm), self.gazetteer, self.lexicon)
        found = sorted(found + maker_versions(norm, found, self.gazetteer, self.lexicon), key=lambda m: (m.start, m.end))
        found = sorted(found + self._misspelt(norm, discover_models(norm, found, self.lexicon)), key=lambda m: (m.start, m.end))
        found = sorted(found + pronoun_sizes(norm, found, self.gazetteer, self.lexicon), key=lambda m: (m.start, m.end))
        discovered = discover_names(norm, found, self.lexicon)
        discovered += discover_owned_bodies(norm, found + discovered, self.lexicon)  # "Germany's digital ministry"
        found = without_places_inside(found, discovered, norm) + discovered
        found = sorted(found + discover_released(norm, found, self.lexicon), key=lambda m: (m.start, m.end))
        found = outlets_as_parties(norm, sorted(found, key=lambda m: (m.start, m.end)), self.lexicon)  # before lists
        found = sorted(found + discover_listed(norm, found, self.lexicon), key=lambda m: (m.start, m.end))
        found = sorted(found + discover_enforced(norm, found, self.lexicon), key=lambda m: (m.start, m.end))
        found, described = described_policies(norm, found, self.lexicon, self.gazetteer)
        found += described
        found += self.typos.find(norm, found)
        found += later_surnames(norm, found, self.lexicon)
        found = drop_credits(norm, found, self.lexicon)
        found = drop_dateline_places(norm, found, self.lexicon)
        found = outlets_as_parties(norm, found, self.lexicon)  # again, for the names found since (typos, surnames)
        found.sort(key=lambda m: (m.start, m.end))
        found = [self._own_id(m) for m in found]
        found = refer_families(norm, learn_aliases(norm, found), self.gazetteer, self.lexicon)
        found = refer_short_forms(norm, found, self.gazetteer)  # "个人信息保护委员会" after "韩国个人信息保护委员会"
        found = refer_repeats(norm, found, self.gazetteer, self.lexicon)  # a name learned once, written again
        found = refer_tiers(norm, found, self.gazetteer, self.lexicon)
        found = resolve_generic(norm, found, self.lexicon, self.gazetteer)  # "荷兰的出口管制": the Netherlands', not the US's
        found = possessed_policies(norm, found, self.lexicon, self.gazetteer)  # "Japan's new chip curbs", "荷兰政府的新规"
        found = refer_policies(norm, found, self.lexicon, self.gazetteer)  # "the bill", 该法案: the one law named before
        return past_abbreviation_dots(norm.original, found, self.lexicon)  # "U.S. AI firm X", "Acme Corp. and Zenith"

    def _misspelt(self, norm: Normalised, discovered: list[Mention]) -> list[Mention]:
        """A discovered model name that is a near-miss of a known model, perhaps with the capitalised word
        after it ("Clade 3 Opus" for Claude 3 Opus), is that model misspelt, not a new model."""
        out = []
        for m in discovered:
            tail = _NEXT_WORD.match(norm.original, m.end)
            for end in ([tail.end()] if tail else []) + [m.end]:
                entity_id = self.typos.resolve(norm.original[m.start:end])
                entry = self.gazetteer.entries.get(entity_id) if entity_id else None
                if entry is not None and entry.type == NodeType.MODEL:
                    m = replace(m, end=end, surface=norm.original[m.start:end], entity_id=entity_id,
                                confidence=TYPO_CONFIDENCE, rule="typo", family=None, developer=None)
                    break
            out.append(m)
        return out

    def _acts(self, article: Article, norm: Normalised, mentions: list[Mention], spans, nodes, edges) -> None:
        """The bans and suspensions public bodies order, described by the act and its object ("行政院要求公务机关禁用
        DeepSeek"; ``described.described_acts``): a policy node each, RELEASED by its issuer (rule released.act).
        They are no mentions of the sentence, so the act's verb stays what the other rules read (a ban is a worry)."""
        acts = described_acts(norm, mentions, self.lexicon)
        if not acts:
            return
        self._add_nodes(nodes, acts, article)
        for m in acts:
            i = bisect.bisect_right([s for s, _ in spans], m.start) - 1
            start, end = spans[max(i, 0)]
            _add(edges, ("RELEASED", m.developer, m.entity_id),
                 _evidence(article.id, article.text[start:end], start, end, RELEASED_ACT, ACT_CONFIDENCE,
                           when=time_expression(article.text[start:end])))

    def _own_id(self, m: Mention) -> Mention:
        """A discovered name whose slug is a gazetteer id of another type gets its own id."""
        known = self.gazetteer.entries.get(m.entity_id)
        if known is not None and known.type != m.type:
            return replace(m, entity_id=f"{m.type.value.lower()}-{m.entity_id}")
        return m

    def extract(self, article: Article) -> Extraction:
        """The article's nodes and edges. The cyclic garbage collector is paused meanwhile (what it was is restored):
        an extraction allocates hundreds of thousands of short-lived containers, freed by their reference counts
        (next to no cycles), and the collector's passes over them and over the extractor's own tables were 7–10 %
        of extraction's CPU. A cycle made meanwhile is collected by the next pass after."""
        collecting = gc.isenabled()
        if collecting:
            gc.disable()
        try:
            return self._extract(article)
        finally:
            if collecting:
                gc.enable()

    def _extract(self, article: Article) -> Extraction:
        norm = Normalised.of(article.text)
        mentions = self.mentions(norm)
        carried = reprinted_names(article, norm, mentions, self.matcher, self.lexicon)
        if carried:  # "X (citing Decrypt)": the outlet the metadata names, where the text names it
            mentions = sorted(mentions + carried, key=lambda m: (m.start, m.end))
        article_src = article_node(article)
        nodes = {article_src.id: article_src}
        edges: dict[tuple[str, str, str], list[Evidence]] = {}
        outlet = outlet_node(article, self.gazetteer, self.matcher)
        if outlet is not None:
            nodes[outlet.id] = outlet
            edges[("PUBLISHED", outlet.id, article.id)] = [
                Evidence(article=article.id, sentence="", start=0, end=0, rule="published.metadata", confidence=0.9)]
        carried = outlet is not None and carried_by_host(article, self.lexicon)
        self._add_nodes(nodes, mentions, article)
        named = {m.entity_id for m in mentions}
        for wire in reprinted_from(article, self.gazetteer, self.matcher, self.lexicon):
            if wire in named:  # the story is another outlet's ("Local News 8 (AP)", "…（转载量子位）"), named in the text too
                edges[("CITES", article.id, wire)] = [
                    Evidence(article=article.id, sentence="", start=0, end=0, rule="cites.reprinted", confidence=0.8)]
        for wire in byline_wires(article, self.gazetteer, self.matcher):
            if outlet is None or wire.id != outlet.id:  # "By PA Media" on another page: the wire's copy, carried
                nodes.setdefault(wire.id, gazetteer_node(wire, article, (article.author,)))
                edges.setdefault(("CITES", article.id, wire.id), [
                    Evidence(article=article.id, sentence="", start=0, end=0, rule="cites.byline_wire", confidence=0.8)])
        if carried and writer_in_byline(article, outlet):  # "文 | 星河日报 王某" on a host's page: the writer's byline
            edges.setdefault(("CITES", article.id, outlet.id), [
                Evidence(article=article.id, sentence="", start=0, end=0, rule="cites.byline_writer", confidence=0.8)])
        spans = sentence_spans(article.text, self.lexicon)
        starts = [m.start for m in mentions]
        cues = self.cue_index.scan(norm.folded, spans)
        views = []
        # the outlet not to cite: the publisher, unless it names a host its story is read through ("X (via Y)")
        own = None if carried else outlet
        for i, (start, end) in enumerate(spans):
            first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            present = cues.present(i)
            if first == last and not present:
                continue  # no name and no cue word: nothing to find
            view = SentenceView(norm, start, end, mentions[first:last], earlier=mentions[max(0, first - 50):first],
                                lexicon=self.lexicon, gazetteer=self.gazetteer, cues=cues)
            views.append((i, view))
            sentence = article.text[start:end]
            for m in view.mentions:
                _add(edges, ("MENTIONS", article.id, m.entity_id),
                     _evidence(article.id, sentence, start, end, f"mention.{m.rule}", m.confidence))
            for fact in _best(self._facts(view, present), article, own):
                ev = _evidence(article.id, sentence, start, end, fact.rule,
                               round(fact.confidence * _weakest(view, fact), 3), aspect=fact.aspect,
                               when=time_expression(sentence))
                _add(edges, (fact.type, _resolve(fact.source, article), fact.target), ev)
                if fact.source not in nodes and fact.source in self.gazetteer.entries:  # an office a leader signs for
                    nodes[fact.source] = gazetteer_node(self.gazetteer.entries[fact.source], article)
        self._acts(article, norm, mentions, spans, nodes, edges)
        headline = self._title_facts(article, nodes, edges, outlet)
        retarget_countries(edges, named | {m.entity_id for m in headline or ()}, self.gazetteer, self.lexicon,
                           norm.folded)
        self._unstated(article, mentions, views, nodes, edges, headline)
        for link_edge in _link_citations(article, self.gazetteer, nodes, outlet, spans):
            _add(edges, *link_edge)
        for key, evidence in _interview_citation(article, mentions, nodes, self.gazetteer, spans, self.lexicon):
            _add(edges, key, evidence)
        _drop_uncited_people(nodes, edges)
        _drop_idle_places(nodes, edges, _acting_places(norm, mentions, self.lexicon))
        # a MENTIONS edge keeps its first mention's evidence and how many there were (first_mention)
        return Extraction(article=article, nodes=list(nodes.values()),
                          edges=[_edge(s, t, k, first_mention(ev) if k in FIRST_MENTION_ONLY else ev)
                                 for (k, s, t), ev in sorted(edges.items())])

    TITLE_TYPES = frozenset({"WORRIES"})  # the relations a headline states as the body would ("Italy bans DeepSeek")
    # and the rules of other relations a headline states by a verb ("Mistral unveils Large 2 model"); not a possessive
    # ("Anthropic's Claude Emerges Supreme Over OpenAI's GPT-4": a comparison naming makers' models)
    # and a headline's apposition ("Doubao-1.5-pro：字节跳动最新豆包大模型", "Qwen3: Alibaba's newest model")
    # a leader signing a policy ("Gov. Newsom Signs SB 53"), a policy signed by one, a body adding names to its list
    # ("Commerce adds 140 firms to Entity List") are stated by a verb as well
    TITLE_RULES = frozenset({"released.cue", "released.passive", "released.enacted", "released.subject_only",
                             "released.appositive", "released.leader", "released.signed_passive", "released.listed_into"})

    def _title_facts(self, article: Article, nodes: dict, edges: dict, outlet) -> list[Mention] | None:
        """Facts of ``TITLE_TYPES`` a headline the body does not repeat states ("X Faces FTC Probe", "數發部禁用X"):
        the title read as one more sentence, its evidence the title itself at offsets 0–0 (as a metadata fact's; it
        is no span of the text). Not a question ("Will Italy ban X?"; of "X unveils Y: good enough?" only what comes
        before the colon); each fact's names become nodes if the body
        has not named them. Returns the headline's mentions, if it looked for them."""
        title = _headline_claim((article.title or "").strip())
        if not title or title in article.text or title == article.id:
            return None
        title = _HEADLINE_GAP.sub("，", title)  # "北京約談英偉達 華府抽成惹議": a blank between Chinese clauses ends one
        norm = Normalised.of(title)
        spans = sentence_spans(title, self.lexicon)
        cues = self.cue_index.scan(norm.folded, spans)
        if not any(self._title_triggered(norm, span, cues, cues.present(i)) for i, span in enumerate(spans)):
            return None  # no trigger of a headline's relation matches: no names to look for
        mentions = self.mentions(norm)
        starts = [m.start for m in mentions]
        for i, (start, end) in enumerate(spans):
            first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            if last - first < 2:
                continue  # a fact needs two names
            view = SentenceView(norm, start, end, mentions[first:last], lexicon=self.lexicon, gazetteer=self.gazetteer, cues=cues)
            facts = [f for f in _best(self._facts(view, cues.present(i), self.TITLE_TYPES | self.TITLE_RULES), article, outlet)
                     if f.type in self.TITLE_TYPES or f.rule in self.TITLE_RULES]
            for fact in facts:
                named = [m for m in view.mentions if m.entity_id in (fact.source, fact.target) and m.entity_id not in nodes]
                self._add_nodes(nodes, named, article)
                for m in named:
                    _add(edges, ("MENTIONS", article.id, m.entity_id),
                         _evidence(article.id, article.title, 0, 0, f"mention.{m.rule}", m.confidence))
                _add(edges, (fact.type, _resolve(fact.source, article), fact.target),
                     _evidence(article.id, article.title, 0, 0, fact.rule, round(fact.confidence * _weakest(view, fact), 3)))
        return mentions

    def _unstated(self, article: Article, mentions: list[Mention], views: list, nodes: dict, edges: dict,
                  headline: list[Mention] | None) -> None:
        """Releases whose maker is not the subject of the verb ("Foo-2 is now available", "DeepSeek V3发布即开源"), read
        over the article once the sentence rules have run (``unstated``): the headline is one more sentence, and
        the organisations it names are named by the article (a maker the headline gives becomes a node).
        ``headline``: the headline's mentions, if ``_title_facts`` found them."""
        title = _headline_claim((article.title or "").strip())
        title_view, headlined = None, set()
        at = article.text.find(title) if title else -1
        if at >= 0:  # the body opens with its headline: the models named there
            headlined = _first_model([m for m in mentions if at <= m.start and m.end <= at + len(title)])
        elif title and title != article.id:
            title = _HEADLINE_GAP.sub("，", title)  # as _title_facts reads it
            norm = Normalised.of(title)
            title_view = SentenceView(norm, 0, len(title), headline if headline is not None else self.mentions(norm),
                                      lexicon=self.lexicon, gazetteer=self.gazetteer)
            headlined = _first_model(title_view.mentions)
        organisation = NodeType.ORGANIZATION
        named = {m.entity_id for m in mentions if m.type == organisation}
        if title_view is not None:
            named |= {m.entity_id for m in title_view.mentions if m.type == organisation}
        credits = {(s, t): {ev.rule for ev in evidence} for (k, s, t), evidence in edges.items() if k == "RELEASED"}
        models = {i for i, n in nodes.items() if getattr(n, "type", None) == NodeType.MODEL}
        found = unstated_releases(views + ([(-1, title_view)] if title_view is not None else []), named, credits,
                                  models, headlined)
        for fact in found:
            view = fact.view
            if view is title_view:
                sentence, start, end = article.title, 0, 0
            else:
                start, end = view.start, view.end
                sentence = article.text[start:end]
            if title_view is not None:  # a name only the headline gives becomes a node, mentioned there
                extra = [m for m in title_view.mentions if m.entity_id in (fact.maker, fact.model) and m.entity_id not in nodes]
                self._add_nodes(nodes, extra, article)
                for m in extra:
                    _add(edges, ("MENTIONS", article.id, m.entity_id),
                         _evidence(article.id, article.title, 0, 0, f"mention.{m.rule}", m.confidence))
            if fact.maker not in nodes or fact.model not in nodes:
                continue
            confidence = min([fact.confidence] + [fact.confidence * m.confidence for m in view.mentions if m.entity_id == fact.model])
            _add(edges, ("RELEASED", fact.maker, fact.model),
                 _evidence(article.id, sentence, start, end, fact.rule, round(confidence, 3), when=time_expression(sentence)))

    def _title_triggered(self, norm: Normalised, span: tuple[int, int], cues, present: frozenset[int]) -> bool:
        """Whether a rule of ``TITLE_TYPES`` may find something in the headline's sentence ``span``: one of its
        triggers matches there (what ``_facts`` asks first; it needs no names, so it is asked before they are
        looked for)."""
        view = None
        for rule, needs in self._title_rules:
            if not rule.triggers:
                return True
            if needs & present:
                if view is None:
                    view = SentenceView(norm, *span, [], lexicon=self.lexicon, gazetteer=self.gazetteer, cues=cues)
                if view.triggered(rule.triggers):
                    return True
        return False

    def _add_nodes(self, nodes: dict, mentions: list[Mention], article: Article) -> None:
        """One node per id, as if each mention's node were merged in turn (see ``schema/merging``).

        A gazetteer entity's node is built once, with every spelling the article uses; a
        discovered name's node merges the distinct mentions of it, in order.
        """
        spellings: dict[str, set[str]] = {}
        seen = set()
        for m in mentions:
            if m.rule in (REFERRED, REFERENCE):
                continue  # "Grok" standing for the Grok 3 named before, "the bill" for the Act: no spelling of theirs
            entry = self.gazetteer.entries.get(m.entity_id)
            if entry is not None:
                if m.entity_id not in spellings:
                    spellings[m.entity_id] = set()
                    nodes.setdefault(m.entity_id, None)  # its place among the nodes: where it is first named
                spellings[m.entity_id].update((m.surface, *m.extra_aliases))
                continue
            signature = (m.entity_id, m.type, m.surface, m.extra_aliases, m.confidence, m.kind, m.family)
            if signature in seen:
                continue  # the same node again: merging it changes nothing
            seen.add(signature)
            node = entity_node(m, self.gazetteer, article)
            nodes[node.id] = merge_node_models(nodes[node.id], node) if node.id in nodes else node
        for entity_id, seen_names in spellings.items():
            node = gazetteer_node(self.gazetteer.entries[entity_id], article, seen_names)
            nodes[entity_id] = node if nodes[entity_id] is None else merge_node_models(nodes[entity_id], node)

    def _facts(self, view: SentenceView, present: frozenset[int], only: frozenset[str] | None = None) -> list[Fact]:
        """Every rule's facts in the sentence (of the rules of the types or rule ids ``only``, if given), in rule order; a rule
        none of whose triggers occurs, or that needs more names (or other kinds of names) than the sentence has,
        is skipped."""
        facts = []
        aspects: dict = {}
        names = len(view.mentions)
        kinds = frozenset(m.type for m in view.mentions)
        key = (present, min(names, self._most_needed), kinds, only)
        runnable = self._runnable.get(key)
        if runnable is None:
            runnable = self._runnable[key] = self._runnable_for(present, names, kinds, only)
        triggered = view.triggered
        asked = None
        for rule, triggers in runnable:
            if triggers and not triggered(triggers):
                continue  # a word of a trigger is there, but no trigger matches
            pairs = [(source, target) for source, target in rule.find(view) if source != target]
            if not pairs:
                continue
            if rule.type in _ASKED:
                if asked is None:
                    asked = dc.asks_whether(view)
                if asked:
                    continue  # "Did X release Y?", "X担心Y吗？": asked, not asserted
            aspect = None
            if rule.aspect is not None:
                if rule.aspect not in aspects:
                    aspects[rule.aspect] = rule.aspect(view)
                aspect = aspects[rule.aspect]
            facts += [Fact(rule.type, source, target, rule.id, rule.confidence, aspect) for source, target in pairs]
        return facts

    def _runnable_for(self, present: frozenset[int], names: int, kinds: frozenset,
                      only: frozenset[str] | None = None) -> list[tuple[Rule, tuple[str, ...]]]:
        """The rules a sentence with these triggers present, ``names`` names and names of these ``kinds`` may
        find something with, in rule order, each with its triggers that may match there (a trigger not present
        cannot: a word every match of it holds is missing; see :class:`.cues.CueIndex`)."""
        index = {t: i for i, t in enumerate(self.cue_index.templates)}
        out = []
        for rule, needs in zip(self.rules, self.cue_index.needs):
            if (needs and not needs & present) or (only is not None and rule.type not in only and rule.id not in only):
                continue
            if names < rule.min_mentions or any(kinds.isdisjoint(types) for types in rule.named):
                continue  # too few names, or a kind of name it needs is missing
            out.append((rule, tuple(t for t in rule.triggers if index[t] in present)))
        return out


_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff\u3400-\u4dbf])[ \u3000](?=[\u4e00-\u9fff\u3400-\u4dbf])")
_HEADLINE_QUESTION = re.compile(r"^(?P<claim>[^:：?？]+?)\s*[:：]\s*[^:：]*[?？][\s\"”’」』]*$")


def _headline_claim(title: str) -> str:
    """What a headline states: all of it, or — when it ends on a question — the part before a colon that asks
    nothing ("X unveils Y model: good enough?" states "X unveils Y model"); "" for a question only ("Will Italy ban X?").

    >>> _headline_claim("Mistral unveils Large 2 model: is it good enough?")
    'Mistral unveils Large 2 model'
    >>> _headline_claim("Will Italy ban DeepSeek?"), _headline_claim("Italy bans DeepSeek")
    ('', 'Italy bans DeepSeek')
    """
    if not title or title.rstrip("\"”’」』 ")[-1:] not in "?？":
        return title
    found = _HEADLINE_QUESTION.match(title)
    return found.group("claim").strip() if found else ""


# RELEASED rules that only pair a model with the maker named near it, no verb of release taking the model
_PAIRED_ONLY = frozenset({"released.known_developer", "released.juxtaposed"})


def _compared_only(facts: list[Fact]) -> list[Fact]:
    """A model the sentence only compares against (an OUTPERFORMS fact's loser, never its winner: "Vela-5 is twice as
    fast as GPT-4 Turbo", "Gemini 3碾压GPT-5.1") is named as the standard, not released: a RELEASED fact on it from a
    rule that only pairs it with its maker is dropped (one with a release verb taking it stays)."""
    losers = {f.target for f in facts if f.type == "OUTPERFORMS"} - {f.source for f in facts if f.type == "OUTPERFORMS"}
    if not losers:
        return facts
    stated = {(f.source, f.target) for f in facts if f.type == "RELEASED" and f.rule not in _PAIRED_ONLY}
    return [f for f in facts if not (f.type == "RELEASED" and f.rule in _PAIRED_ONLY and f.target in losers
                                     and (f.source, f.target) not in stated)]


_OWN_PAGE_CREDITS = frozenset({"cites.opening_credit"})   # credits a page's own outlet writes as well as another's


def _best(facts: list[Fact], article: Article, outlet) -> list[Fact]:
    """One fact per (type, source, target) in a sentence, the most confident; no self-citation; no release of a model
    only compared against (:func:`_compared_only`)."""
    if not facts:
        return facts
    facts = _compared_only(facts)
    best: dict[tuple, Fact] = {}
    for f in facts:
        if f.type == "CITES" and outlet is not None and outlet.id in (f.target, "outlet-" + f.target):
            continue  # the publisher, known or not ("潮汐科技网讯（记者…）" in 潮汐科技网's own story)
        if f.rule in _OWN_PAGE_CREDITS and not article.publisher:
            continue  # "[星河周刊] 正文…" on a page whose publisher is unknown: most likely the outlet's own masthead
        key = (f.type, f.source, f.target)
        if key not in best or f.confidence > best[key].confidence:
            best[key] = f
    return [best[k] for k in sorted(best)]


def _weakest(view: SentenceView, fact: Fact) -> float:
    confs = [m.confidence for m in view.mentions if m.entity_id in (fact.source, fact.target)]
    return min(confs) if confs else 1.0


def _resolve(node_id: str, article: Article) -> str:
    return article.id if node_id == ARTICLE else node_id


_ONLY_CITED = ("person", "benchmark")  # Source kinds that are nodes only when cited
# Organization kinds of a place: a node only as a party of a relation (a country whose government acts, is worried, is
# cited); "a Beijing start-up", "sales in Italy", "Silicon Valley investors" name where, not who
_ONLY_ACTING = frozenset({"country", "region", "city", "industry"})


def _acting_places(norm: Normalised, mentions: list[Mention], lexicon: Lexicon) -> set[str]:
    """The places whose government, officials or bodies the article names right after them ("US officials said",
    "美国政府表示", "France and Ireland's regulators", "法国和爱尔兰的监管机构"): parties of the news though no relation may
    name them ("complaints with authorities in Austria, Belgium and France" name where the complaints went: no party)."""
    text = norm.folded
    after = lexicon.pattern(r"\s*(?:{citation.attributive}\s*)?{citation.place_speaks}")
    listed = lexicon.pattern("{names.list_separators}")
    places = [m for m in mentions if m.kind in _ONLY_ACTING]
    acting = set()
    for i, m in enumerate(places):
        last = i
        while last + 1 < len(places) and listed.fullmatch(text, places[last].end, places[last + 1].start):
            last += 1   # "France and Ireland's regulators": the officials follow the list's last place
        if after.match(text, places[last].end):
            acting.add(m.entity_id)
    return acting


def _drop_idle_places(nodes: dict, edges: dict, acting: set[str]) -> None:
    """A country, region, city or industry is a node only as a party of a relation the article states ("Italy banned X",
    "X worries Japan") or whose officials act (``acting``: "US officials said"): one only mentioned ("a Beijing
    start-up", "users in Italy", "Silicon Valley investors") is where, not who, and neither node nor MENTIONS edge is kept."""
    _drop_unrelated(nodes, edges, _ONLY_ACTING, acting)


def _drop_uncited_people(nodes: dict, edges: dict) -> None:
    """A person is a node only as a source the article cites: one only mentioned ("Musk's xAI", "talks with
    Xi Jinping") is no entity of the graph, and neither node nor MENTIONS edge is kept. So is a benchmark
    ("64.2 on SWE-bench"): a node only when the article cites it ("according to LiveCodeBench")."""
    _drop_unrelated(nodes, edges, _ONLY_CITED)


def _drop_unrelated(nodes: dict, edges: dict, kinds, keep: set[str] = frozenset()) -> None:
    """Drop the nodes of ``kinds`` (but ``keep``) that no relation other than MENTIONS names, with their MENTIONS edge."""
    dropped = {i for i, n in nodes.items() if getattr(n, "kind", None) in kinds} - keep
    if not dropped:
        return
    related = {t for (k, _, t) in edges if k != "MENTIONS"} | {s for (k, s, _) in edges if k != "MENTIONS"}
    for node in dropped - related:
        del nodes[node]
        edges.pop(next((key for key in edges if key[0] == "MENTIONS" and key[2] == node), None), None)


def _evidence(article: str, sentence: str, start: int, end: int, rule: str, confidence: float, **more) -> Evidence:
    """What ``Evidence(article=…, …)`` gives, without pydantic's validation: the values are right by construction
    (spans of the article, a confidence in [0, 1] made a float, as validation would). Hundreds per article,
    so the validating constructor was a few per cent of extraction; a value out of range still goes through it.

    >>> _evidence("a1", "Qwen3 beats o3.", 0, 15, "r", 1) == Evidence(article="a1", sentence="Qwen3 beats o3.", start=0, end=15, rule="r", confidence=1)
    True
    """
    confidence = float(confidence)
    if not (_FAST_EVIDENCE and 0 <= start <= end and 0.0 <= confidence <= 1.0):
        return Evidence(article=article, sentence=sentence, start=start, end=end, rule=rule, confidence=confidence, **more)
    evidence = _new(Evidence)
    fields = {"article": article, "sentence": sentence, "start": start, "end": end, "rule": rule,
              "confidence": confidence, "aspect": None, "published": None, "when": None, "when_date": None,
              "mentions": None}
    if more:
        fields.update(more)
        _set(evidence, "__pydantic_fields_set__", {*_GIVEN, *more})
    else:
        _set(evidence, "__pydantic_fields_set__", set(_GIVEN))
    _set(evidence, "__dict__", fields)
    _set(evidence, "__pydantic_extra__", None)
    _set(evidence, "__pydantic_private__", None)
    return evidence


def _edge(source: str, target: str, type_: str, evidence: list[Evidence]) -> Edge:
    """What ``Edge(source=…, target=…, type=…, evidence=…)`` gives, without validating again what is right by
    construction (ids, an edge type of the schema, evidence built here).

    >>> ev = [_evidence("a1", "Qwen3 beats o3.", 0, 15, "r", 0.8)]
    >>> _edge("qwen3", "o3", "OUTPERFORMS", ev) == Edge(source="qwen3", target="o3", type="OUTPERFORMS", evidence=ev)
    True
    """
    if not _FAST_EVIDENCE:
        return Edge(source=source, target=target, type=type_, evidence=evidence)
    edge = _new(Edge)
    _set(edge, "__dict__", {"source": source, "target": target, "type": EdgeType(type_), "evidence": evidence})
    _set(edge, "__pydantic_fields_set__", {"source", "target", "type", "evidence"})
    _set(edge, "__pydantic_extra__", None)
    _set(edge, "__pydantic_private__", None)
    return edge


_new, _set = object.__new__, object.__setattr__
_GIVEN = ("article", "sentence", "start", "end", "rule", "confidence")
_FAST_EVIDENCE = False


def _fast_evidence_works() -> bool:
    """Whether the unvalidated constructions give exactly the validated objects (this pydantic's layout)."""
    global _FAST_EVIDENCE
    args = ("a1", "句子。", 3, 6, "mention.gazetteer", 1)
    try:
        _FAST_EVIDENCE = True
        same = True
        for more in ({}, {"aspect": "cost", "when": "上周"}):
            fast, slow = _evidence(*args, **more), Evidence(
                article="a1", sentence="句子。", start=3, end=6, rule="mention.gazetteer", confidence=1, **more)
            same = same and (fast == slow and fast.model_fields_set == slow.model_fields_set
                             and fast.model_dump_json() == slow.model_dump_json() and list(fast.__dict__) == list(slow.__dict__))
        fast, slow = _edge("a", "b", "MENTIONS", [fast]), Edge(source="a", target="b", type="MENTIONS", evidence=[slow])
        same = same and (fast == slow and fast.model_fields_set == slow.model_fields_set and type(fast.type) is type(slow.type)
                         and fast.model_dump_json() == slow.model_dump_json() and list(fast.__dict__) == list(slow.__dict__))
    except Exception:  # another pydantic: validate every time
        same = False
    _FAST_EVIDENCE = same
    return same


_fast_evidence_works()


def _add(edges: dict, key: tuple, evidence: Evidence) -> None:
    edges.setdefault(key, []).append(evidence)


def _link_citations(article: Article, gazetteer: Gazetteer, nodes: dict, outlet, spans):
    """A link to an outlet's site in the text is a citation of that outlet."""
    for link in article.links:
        host = link.split("//")[-1].split("/")[0].lower().removeprefix("www.")
        outlet_id = next((gazetteer.by_domain[d] for d in _domains(host) if d in gazetteer.by_domain), None)
        where = article.text.find(link.split("//")[-1])
        if outlet_id is None or where < 0 or (outlet is not None and outlet_id == outlet.id):
            continue
        if spans.containing(where) is None:
            continue
        start, end = spans.containing(where)
        nodes.setdefault(outlet_id, gazetteer_node(gazetteer.entries[outlet_id], article))
        yield (("CITES", article.id, outlet_id),
               Evidence(article=article.id, sentence=article.text[start:end], start=start, end=end, rule="cites.link", confidence=0.7))


def _interview_citation(article: Article, mentions: list[Mention], nodes: dict, gazetteer: Gazetteer, spans, lexicon):
    """A Q&A interview cites its interviewee, with the first answer as evidence."""
    found = interviewee(article.text, mentions, lexicon)
    if found is None:
        return
    person, at = found
    span = spans.containing(at)
    if span is None:
        return
    if person.entity_id not in nodes:
        nodes[person.entity_id] = entity_node(person, gazetteer, article)
    yield (("CITES", article.id, person.entity_id),
           Evidence(article=article.id, sentence=article.text[span[0]:span[1]], start=span[0], end=span[1],
                    rule="cites.interview", confidence=INTERVIEW_CONFIDENCE))


def _domains(host: str) -> list[str]:
    parts = host.split(".")
    return [".".join(parts[i:]) for i in range(len(parts) - 1)]


def _first_model(mentions: list) -> set[str]:
    """The model a headline is about: the first it names ("Claude 3 surpasses GPT-4": Claude 3; GPT-4 is only its
    measure, no release of the article's — nor are its variants).

    >>> from newsgraph.loaders.extract.mentions import Mention
    >>> _first_model([Mention(9, 14, "GPT-4", "gpt-4", NodeType.MODEL), Mention(0, 8, "Claude 3", "claude-3", NodeType.MODEL)])
    {'claude-3'}
    """
    models = sorted((m for m in mentions if m.type == NodeType.MODEL), key=lambda m: m.start)
    return {models[0].entity_id} if models else set()
