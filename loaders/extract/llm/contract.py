"""The JSON the model must answer with, generated from pydantic models, and how a reply is read.

The shape is ``{"facts": [{"type", "source", "source_type", "target", "target_type", "evidence"}]}``;
the types are the schema's semantic edge types and node types.

>>> sorted(response_schema()["$defs"]["LLMFact"]["properties"])
['evidence', 'source', 'source_type', 'target', 'target_type', 'type']
>>> reply = parse_reply('```json\\n{"facts": [{"type": "RELEASED", "source": "Alibaba", "source_type": "Organization",'
...                     ' "target": "Qwen3", "target_type": "Model", "evidence": "Alibaba released Qwen3."}]}\\n```')
>>> [f.target for f in reply.facts], reply.invalid
(['Qwen3'], [])
>>> parse_reply('{"facts": [{"type": "ACQUIRED", "source": "a"}, {"type": "RELEASED"}]}').invalid
['bad type', 'invalid']
>>> parse_reply('{"facts": [')
Traceback (most recent call last):
...
newsgraph.loaders.extract.llm.contract.MalformedReply: not JSON: Expecting value at character 11
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from ....schema import NodeType, SEMANTIC_EDGE_TYPES

EdgeName = Literal[tuple(t.value for t in SEMANTIC_EDGE_TYPES)]  # type: ignore[valid-type]
NodeName = Literal[tuple(t.value for t in NodeType)]  # type: ignore[valid-type]
ARTICLE = "ARTICLE"  # the source of a CITES fact: the article itself
_TYPE_FIELDS = {"type", "source_type", "target_type"}
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")
_THINKING = re.compile(r"<think>.*?</think>", re.S)


class LLMFact(BaseModel):
    """One fact as the model states it: names as written, and the sentence that says it."""

    model_config = ConfigDict(extra="forbid")
    type: EdgeName
    source: str
    source_type: NodeName
    target: str
    target_type: NodeName
    evidence: str


class LLMFacts(BaseModel):
    """The whole reply: every fact found in the text given."""

    model_config = ConfigDict(extra="forbid")
    facts: list[LLMFact]


def response_schema() -> dict:
    """The JSON schema of a reply (for ``response_format`` and the prompt)."""
    return LLMFacts.model_json_schema()


def response_format() -> dict:
    """The Chat Completions ``response_format`` asking for exactly this schema."""
    return {"type": "json_schema", "json_schema": {"name": "newsgraph_facts", "strict": True, "schema": response_schema()}}


class MalformedReply(ValueError):
    """The reply is not the JSON object asked for."""


@dataclass
class Reply:
    """The facts of a reply that fit the contract, and why the others do not (one reason per fact)."""

    facts: list[LLMFact] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)


def parse_reply(content: str | None) -> Reply:
    """Read a reply; MalformedReply when it is not ``{"facts": [...]}`` (code fences and <think> are tolerated)."""
    text = _FENCE.sub("", _THINKING.sub("", content or "")).strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedReply(f"not JSON: {exc.msg} at character {exc.pos}") from None
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise MalformedReply('not an object with a "facts" list')
    reply = Reply()
    for item in data["facts"]:
        try:
            reply.facts.append(LLMFact.model_validate(item))
        except ValidationError as exc:
            wrong = {str(e["loc"][0]) for e in exc.errors() if e["loc"] and e["type"] == "literal_error"}
            reply.invalid.append("bad type" if wrong & _TYPE_FIELDS else "invalid")
    return reply
