"""Pydantic models: the four node types, evidence, edges and an article's extraction."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .article import Article
from .vocabulary import EdgeType, NodeType, check_endpoints, parse_node_type


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


class NodeModel(_Strict):
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None

    @field_validator("aliases")
    @classmethod
    def _sorted_unique(cls, aliases: list[str]) -> list[str]:
        return sorted({a for a in aliases if a and a.strip()})

    @model_validator(mode="after")
    def _name_is_an_alias(self):
        if self.name not in self.aliases:
            self.aliases = sorted({*self.aliases, self.name})
        return self


class Organization(NodeModel):
    """A company, lab, government body, country or industry acting as a party."""

    type: Literal[NodeType.ORGANIZATION] = NodeType.ORGANIZATION


class Model(NodeModel):
    """An AI model, model family or version; ``family`` is the id of its family."""

    type: Literal[NodeType.MODEL] = NodeType.MODEL
    family: str | None = None


class Policy(NodeModel):
    """A law, plan, rule or initiative."""

    type: Literal[NodeType.POLICY] = NodeType.POLICY


class Source(NodeModel):
    """Where information comes from: an article, outlet, report or quoted person.

    An article (``kind="article"``) also carries its identity: ``key`` (canonical URL, or file
    path), ``content_hash`` (of what extraction read) and ``extractor`` (which extractor, in
    which version, produced its facts).
    """

    type: Literal[NodeType.SOURCE] = NodeType.SOURCE
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    key: str | None = None
    content_hash: str | None = None
    extractor: str | None = None


Node = Annotated[Union[Organization, Model, Policy, Source], Field(discriminator="type")]
NODE_CLASSES: dict[NodeType, type[NodeModel]] = {
    NodeType.ORGANIZATION: Organization,
    NodeType.MODEL: Model,
    NodeType.POLICY: Policy,
    NodeType.SOURCE: Source,
}


class Evidence(_Strict):
    """Why an edge exists: a verbatim sentence of an article and where it sits.

    ``published`` is the article's date (set when the article's extraction joins a graph);
    ``when`` is the time the sentence itself states for the claim ("in January", "上周"), verbatim,
    and ``when_date`` the day it names, resolved against ``published`` (none for a month or a week).

    ``mentions`` is set on a provenance edge's one piece only (``MENTIONS``, see
    :func:`~newsgraph.schema.merging.first_mention`): the piece is the article's first mention of the
    entity, and ``mentions`` how many mentions of it the article has (the pieces there were).
    """

    article: str
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str
    confidence: float = Field(ge=0.0, le=1.0)
    aspect: str | None = None
    published: dt.date | None = None
    when: str | None = None
    when_date: dt.date | None = None
    mentions: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _ordered(self):
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self


class Edge(_Strict):
    """A typed, directed fact ``source TYPE target`` with its evidence."""

    source: str
    target: str
    type: EdgeType
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def support(self) -> int:
        """Number of distinct articles that back this edge."""
        return len({e.article for e in self.evidence})

    @property
    def mentions(self) -> int | None:
        """How many mentions of the target its article has (a ``MENTIONS`` edge, which keeps the first
        one's evidence only); None for an edge whose evidence does not count them (a relation)."""
        counts = [e.mentions for e in self.evidence if e.mentions is not None]
        return sum(counts) if counts else None

    @property
    def first_seen(self) -> dt.date | None:
        """The earliest ``published`` date among the evidence (None when none is dated)."""
        return min((e.published for e in self.evidence if e.published), default=None)

    @property
    def last_seen(self) -> dt.date | None:
        """The latest ``published`` date among the evidence."""
        return max((e.published for e in self.evidence if e.published), default=None)


class Extraction(_Strict):
    """What an extractor found in one article: nodes and edges between them."""

    article: Article
    nodes: list[Node] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)

    @model_validator(mode="after")
    def _edges_fit_schema(self):
        types = {n.id: n.type for n in self.nodes}
        for edge in self.edges:
            for end in (edge.source, edge.target):
                if end not in types:
                    raise ValueError(f"{edge.type.value} edge refers to unknown node {end!r}")
            check_endpoints(edge.type, types[edge.source], types[edge.target])
        return self


def make_node(type: NodeType | str, **fields) -> NodeModel:  # noqa: A002 - mirrors the JSON key
    """Build the node class for ``type`` (the node's ``type`` field).

    >>> make_node("Model", id="qwen3", name="Qwen3").type.value
    'Model'
    """
    return NODE_CLASSES[parse_node_type(type)](**fields)
