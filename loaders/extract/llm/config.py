"""Where the model is and how to talk to it: the environment, overridden by options (the CLI's flags).

- ``OPENAI_BASE_URL`` / ``base_url``: the endpoint, e.g. ``http://localhost:11434/v1`` (default: OpenAI's);
- ``OPENAI_API_KEY`` / ``api_key``: its key (local servers take any; needed for OpenAI's);
- ``NEWSGRAPH_LLM_MODEL`` / ``model``: the model name the server knows;
- ``NEWSGRAPH_LLM_CONCURRENCY`` / ``concurrency``: requests in flight (4);
- ``NEWSGRAPH_LLM_TIMEOUT`` / ``timeout``: seconds per request (120);
- ``NEWSGRAPH_LLM_RETRIES`` / ``max_retries``: retries on 429, 5xx and timeouts (4);
- ``NEWSGRAPH_LLM_CHUNK_TOKENS`` / ``chunk_tokens``: estimated tokens of article text per request (1500);
- ``NEWSGRAPH_LLM_PRICE`` / ``price``: ``"IN,OUT"``, US$ per million prompt and completion tokens, for the cost line;
- ``NEWSGRAPH_CACHE_DIR`` / ``cache_dir``: the cache root (the user cache directory); ``cache=False`` uses none.

>>> config = LLMConfig.resolve({"OPENAI_BASE_URL": "http://127.0.0.1:8000/v1/", "NEWSGRAPH_LLM_MODEL": "m"},
...                            concurrency=2, cache_dir="/tmp/c")
>>> config.base_url, config.model, config.api_key, config.concurrency, str(config.cache_dir)
('http://127.0.0.1:8000/v1', 'm', 'unused', 2, '/tmp/c/llm')
>>> LLMConfig.resolve({"OPENAI_API_KEY": "k", "NEWSGRAPH_LLM_CONCURRENCY": "many"})
Traceback (most recent call last):
...
newsgraph.schema.errors.NewsgraphError: NEWSGRAPH_LLM_CONCURRENCY must be a whole number of at least 1, not 'many'
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ....schema import NewsgraphError

OPENAI_URL = "https://api.openai.com/v1"


@dataclass(frozen=True)
class LLMConfig:
    """Everything the client needs; ``model`` may be empty until the server is asked what it has."""

    base_url: str
    api_key: str
    model: str
    concurrency: int = 4
    timeout: float = 120.0
    max_retries: int = 4
    chunk_tokens: int = 1500
    price: tuple[float, float] | None = None
    cache_dir: Path | None = None  # None: no cache

    @classmethod
    def resolve(cls, environ: Mapping[str, str] | None = None, *, base_url=None, api_key=None, model=None,
                concurrency=None, timeout=None, max_retries=None, chunk_tokens=None, price=None,
                cache=True, cache_dir=None) -> "LLMConfig":
        """Options first, then the environment, then the defaults; a bad value names its variable."""
        env = os.environ if environ is None else environ
        url = (base_url or env.get("OPENAI_BASE_URL") or OPENAI_URL).rstrip("/")
        key = api_key or env.get("OPENAI_API_KEY")
        if not key and url == OPENAI_URL:
            raise NewsgraphError("the LLM extractor needs OPENAI_API_KEY for api.openai.com "
                                 "(or OPENAI_BASE_URL for a local server such as http://localhost:11434/v1)")
        return cls(
            base_url=url, api_key=key or "unused", model=model or env.get("NEWSGRAPH_LLM_MODEL", ""),
            concurrency=_number(concurrency, env, "NEWSGRAPH_LLM_CONCURRENCY", 4, int, 1),
            timeout=_number(timeout, env, "NEWSGRAPH_LLM_TIMEOUT", 120.0, float, 0.001),
            max_retries=_number(max_retries, env, "NEWSGRAPH_LLM_RETRIES", 4, int, 0),
            chunk_tokens=_number(chunk_tokens, env, "NEWSGRAPH_LLM_CHUNK_TOKENS", 1500, int, 50),
            price=_price(price if price is not None else env.get("NEWSGRAPH_LLM_PRICE")),
            cache_dir=(Path(cache_dir or env.get("NEWSGRAPH_CACHE_DIR") or _user_cache()) / "llm") if cache else None,
        )


def _number(given, env: Mapping[str, str], name: str, default, kind, least):
    raw = given if given is not None else env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = kind(raw)
    except (TypeError, ValueError):
        value = None
    if value is None or value < least:
        what = "a whole number" if kind is int else "a number"
        raise NewsgraphError(f"{name} must be {what} of at least {least}, not {raw!r}")
    return value


def _price(raw) -> tuple[float, float] | None:
    """``"0.15,0.60"`` (US$ per million prompt, completion tokens) as a pair."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, tuple):
        return raw
    try:
        prompt, completion = (float(p) for p in str(raw).split(","))
        return prompt, completion
    except ValueError:
        raise NewsgraphError(f"NEWSGRAPH_LLM_PRICE must be 'PROMPT,COMPLETION' in US$ per million tokens "
                             f"(e.g. 0.15,0.60), not {raw!r}") from None


def _user_cache() -> str:
    try:
        from platformdirs import user_cache_dir
    except ImportError:
        raise NewsgraphError('the LLM cache needs the platformdirs package: pip install "newsgraph[llm]" '
                             "(or set NEWSGRAPH_CACHE_DIR)") from None

    return user_cache_dir("newsgraph", appauthor=False)
