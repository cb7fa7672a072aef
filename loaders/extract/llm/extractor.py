"""``llm`` and ``rules+llm``: the extractors behind ``--extractor``, and the lines they report after a build.

Both take the same options (each overrides an environment variable, see ``config.py``):
``model``, ``base_url``, ``api_key``, ``concurrency``, ``timeout``, ``max_retries``,
``chunk_tokens``, ``price``, ``cache`` (False: the cache is neither read nor written),
``cache_dir``, and ``gazetteer_files`` as for the rules.

Every kept fact's evidence has the rule id ``llm:MODEL`` and confidence ``LLM_CONFIDENCE``.
``llm`` gives the article, its outlet (``PUBLISHED``), the grounded facts and a ``MENTIONS`` edge
for each of their endpoints; ``rules+llm`` is the union with the rule extractor's extraction:
a fact both find keeps both pieces of evidence. An article whose model reply fails (malformed
JSON twice, still rate-limited or timing out after the retries) gets the rules' extraction,
and the report says so.
"""
from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from ....schema import Article, Edge, EdgeType, Evidence, Extraction, NewsgraphError
from ....schema.merging import FIRST_MENTION_ONLY, evidence_key, first_mention, merge_node_models
from ..nodes import entity_node
from ..rules import RuleExtractor
from .chunks import chunk_spans
from .client import Answer, ChatClient, LLMSetupError, import_openai
from .config import LLMConfig
from .grounding import Grounded, Grounding
from .prompt import messages

LLM_CONFIDENCE = 0.7


class LLMExtractor:
    """Facts from a chat model over an OpenAI-compatible endpoint, each kept only when grounded in its article."""

    with_rules = False

    def __init__(self, gazetteer=None, gazetteer_files=None, **options):
        import_openai()  # first: without it nothing else matters
        self.config = LLMConfig.resolve(**options)
        self.client = ChatClient(self.config)
        if not self.config.model:
            offered = self.client.models()
            raise NewsgraphError("no LLM model given: set NEWSGRAPH_LLM_MODEL or pass --llm-model"
                                 + (f"; {self.config.base_url} offers: {', '.join(offered)}" if offered else ""))
        self.rules = RuleExtractor(gazetteer=gazetteer, gazetteer_files=gazetteer_files)
        self.rule = f"llm:{self.config.model}"
        self.stats = LLMStats()

    def extract(self, article: Article) -> Extraction:
        outcome = next(iter(self.extract_all([article])))
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def extract_all(self, articles: Iterable[Article]) -> Iterator[Extraction | Exception]:
        """One Extraction (or the exception that article met) per article, in input order, with up to
        ``concurrency`` requests in flight. An ``LLMSetupError`` (no such model, key refused, nothing
        listening) ends the iteration."""
        pool = ThreadPoolExecutor(max_workers=self.config.concurrency, thread_name_prefix="newsgraph-llm")
        window: deque = deque()
        try:
            for article in articles:
                window.append(self._submit(pool, article))
                while sum(len(w[2]) for w in window) > 2 * self.config.concurrency and len(window) > 1:
                    yield self._outcome(*window.popleft())
            while window:
                yield self._outcome(*window.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def report(self) -> list[str]:
        """What the build cost and what grounding dropped, as lines for the build summary."""
        return self.stats.lines(self.config, self.client)

    def _submit(self, pool: ThreadPoolExecutor, article: Article):
        pieces = chunk_spans(article.text, self.config.chunk_tokens)
        futures = [pool.submit(self.client.ask, messages(article.text[a:b], article.language)) for a, b in pieces]
        return article, pieces, futures

    def _outcome(self, article: Article, pieces: list[tuple[int, int]], futures: list[Future]) -> Extraction | Exception:
        try:
            answers = [f.result() for f in futures]
        except LLMSetupError:
            raise
        except Exception as exc:  # noqa: BLE001 - one article's failure is that article's outcome
            return exc
        try:
            return self._extraction(article, pieces, answers)
        except Exception as exc:  # noqa: BLE001
            return exc

    def _extraction(self, article: Article, pieces: list[tuple[int, int]], answers: list[Answer]) -> Extraction:
        self.stats.count(answers)
        rules = self.rules.extract(article)
        failed = next((a.error for a in answers if a.error), None)
        if failed:
            self.stats.fallbacks.append(f"{article.path or article.id}: {failed}")
            return rules
        grounding = Grounding(article, self.rules, taken={n.id: n.type for n in rules.nodes})
        found: list[Grounded] = []
        for piece, answer in zip(pieces, answers):
            self.stats.dropped.update(answer.reply.invalid)
            for fact in answer.reply.facts:
                kept = grounding.ground(fact, piece)
                if isinstance(kept, str):
                    self.stats.dropped[kept] += 1
                else:
                    self.stats.kept += 1
                    found.append(kept)
        llm = self._facts_extraction(article, rules, found)
        return union(rules, llm) if self.with_rules else llm

    def _facts_extraction(self, article: Article, rules: Extraction, found: list[Grounded]) -> Extraction:
        """The article, its outlet and the grounded facts, with a MENTIONS edge for each endpoint."""
        published = [e for e in rules.edges if e.type == EdgeType.PUBLISHED]
        keep = {article.id, *(e.source for e in published)}
        nodes = {n.id: n for n in rules.nodes if n.id in keep}
        edges: dict[tuple[str, str, str], dict[tuple, Evidence]] = {
            (e.type.value, e.source, e.target): _by_key(e.evidence) for e in published}
        for fact in found:
            ev = Evidence(article=article.id, sentence=article.text[fact.start:fact.end], start=fact.start,
                          end=fact.end, rule=self.rule, confidence=LLM_CONFIDENCE)
            source_id = article.id if fact.source is None else fact.source.entity_id
            edges.setdefault((fact.type.value, source_id, fact.target.entity_id), {})[_key(ev)] = ev
            for mention in (fact.source, fact.target):
                if mention is None:
                    continue
                node = entity_node(mention, self.rules.gazetteer, article)
                nodes[node.id] = merge_node_models(nodes[node.id], node) if node.id in nodes else node
                edges.setdefault(("MENTIONS", article.id, node.id), {})[_key(ev)] = ev
        return Extraction(article=article, nodes=list(nodes.values()), edges=_edges(edges))


class RulesPlusLLMExtractor(LLMExtractor):
    """The union of the rule extractor and the LLM extractor: a fact both find keeps both pieces of evidence."""

    with_rules = True


def union(first: Extraction, second: Extraction) -> Extraction:
    """Two extractions of one article as one: nodes merged by id, edges by (type, source, target), evidence
    by (article, start, end, rule); edges sorted by key and evidence by its key, whatever the input order."""
    nodes = {n.id: n for n in first.nodes}
    for n in second.nodes:
        nodes[n.id] = merge_node_models(nodes[n.id], n) if n.id in nodes else n
    edges: dict[tuple[str, str, str], dict[tuple, Evidence]] = {}
    for e in (*first.edges, *second.edges):
        edges.setdefault((e.type.value, e.source, e.target), {}).update(_by_key(e.evidence))
    return Extraction(article=first.article, nodes=list(nodes.values()), edges=_edges(edges))


def _key(ev: Evidence) -> tuple:
    return evidence_key({"article": ev.article, "start": ev.start, "end": ev.end, "rule": ev.rule})


def _by_key(evidence: list[Evidence]) -> dict[tuple, Evidence]:
    return {_key(ev): ev for ev in evidence}


def _edges(edges: dict[tuple[str, str, str], dict[tuple, Evidence]]) -> list[Edge]:
    """The edges, sorted; a MENTIONS edge keeps its first mention and how many there were (``first_mention``:
    in a union, the rules' kept piece counts as the mentions it stands for)."""
    out = []
    for (k, s, t), evs in sorted(edges.items()):
        evidence = [evs[x] for x in sorted(evs)]
        out.append(Edge(type=k, source=s, target=t, evidence=first_mention(evidence) if k in FIRST_MENTION_ONLY else evidence))
    return out


@dataclass
class LLMStats:
    """What one extractor did over a build: facts kept and dropped, requests and tokens, fallbacks."""

    kept: int = 0
    dropped: Counter = field(default_factory=Counter)
    sent: int = 0
    cached: int = 0
    retried: int = 0
    malformed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    unmetered: int = 0
    fallbacks: list[str] = field(default_factory=list)

    def count(self, answers: list[Answer]) -> None:
        for a in answers:
            for name in ("sent", "cached", "retried", "malformed", "prompt_tokens", "completion_tokens", "unmetered"):
                setattr(self, name, getattr(self, name) + getattr(a, name))

    def lines(self, config: LLMConfig, client: ChatClient) -> list[str]:
        """The build summary's LLM lines.

        >>> stats = LLMStats(kept=3, dropped=Counter({"ungrounded": 2, "bad type": 1}), sent=2, cached=1,
        ...                  prompt_tokens=1200, completion_tokens=300)
        >>> config = LLMConfig(base_url="http://127.0.0.1/v1", api_key="x", model="m", price=(1.0, 2.0))
        >>> print("\\n".join(stats.lines(config, None)))
        llm facts: 3 kept, 3 dropped (ungrounded: 2, bad type: 1)
        llm requests: 2 sent, 1 answered from the cache; tokens: 1,200 prompt + 300 completion; cost ≈ $0.0018
        """
        drops = ", ".join(f"{reason}: {n}" for reason, n in sorted(self.dropped.items(), key=lambda kv: (-kv[1], kv[0])))
        out = [f"llm facts: {self.kept} kept, {sum(self.dropped.values())} dropped" + (f" ({drops})" if drops else "")]
        extra = [f"{self.retried} retried after 429/5xx/timeout" if self.retried else "",
                 f"{self.malformed} asked again after malformed JSON" if self.malformed else ""]
        extra = [e for e in extra if e]
        line = f"llm requests: {self.sent} sent" + (f" ({', '.join(extra)})" if extra else "")
        line += f", {self.cached} answered from the cache"
        line += f"; tokens: {self.prompt_tokens:,} prompt + {self.completion_tokens:,} completion"
        if self.unmetered:
            line += f" ({self.unmetered} replies without usage)"
        if config.price is not None:
            cost = (self.prompt_tokens * config.price[0] + self.completion_tokens * config.price[1]) / 1e6
            line += f"; cost ≈ ${cost:.4f}"
        out.append(line)
        refused = sorted(client.refused) if client is not None else []
        if refused:
            out.append(f"llm: the server does not take {', '.join(refused)}; asked without "
                       + ("(the JSON shape is in the prompt)" if "response_format" in refused else "it"))
        if client is not None and client.cache_error:
            out.append(f"llm cache not written: {client.cache_error}")
        if self.fallbacks:
            out.append(f"llm: {len(self.fallbacks)} article(s) fell back to the rules:")
            out += [f"  {reason}" for reason in self.fallbacks]
        return out
