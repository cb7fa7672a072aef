"""The model over HTTP: one Chat Completions request per piece of text, through the official ``openai`` client.

- Retries with backoff on 429, 5xx, timeouts and dropped connections are the client's own
  (``max_retries``; a ``Retry-After`` from the server is honoured).
- ``response_format`` carries the JSON schema; a server that rejects it (400/422) is asked again
  without it, and from then on never with it: the prompt states the same shape as plain
  instructions. ``temperature`` (0) is dropped the same way by servers that refuse it.
- A reply that is not the JSON asked for is asked once more; a second one fails that piece.
- Replies that parse are cached (``cache.py``); a cached reply makes no request.
- What concerns every request (a refused key, an unknown model or path, nothing listening)
  raises ``LLMSetupError`` and ends the build with one line; what concerns one piece (still
  rate-limited, timing out or losing the connection after the retries, a request the server refuses) is that
  piece's ``Answer.error``, and its article falls back to the rules.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

from ....schema import NewsgraphError
from .cache import ResponseCache, cache_key
from .config import LLMConfig
from .contract import MalformedReply, Reply, parse_reply, response_format
from .prompt import PROMPT_VERSION

INSTALL_HINT = 'the LLM extractor needs the openai package: pip install "newsgraph[llm]"'


class LLMSetupError(NewsgraphError):
    """The endpoint cannot serve this build at all (key, model, address)."""


@dataclass
class Answer:
    """What asking about one piece of text gave: a reply, or why there is none, and what it cost."""

    reply: Reply | None = None
    error: str | None = None
    cached: bool = False
    sent: int = 0               # HTTP requests, retries included
    retried: int = 0            # retries after 429/5xx/timeouts/connection errors
    malformed: int = 0          # replies that were not the JSON asked for
    prompt_tokens: int = 0
    completion_tokens: int = 0
    unmetered: int = 0          # replies without a usage field


def import_openai():
    """The ``openai`` module, or a one-line error saying how to install it."""
    try:
        import openai
    except ImportError:
        raise NewsgraphError(INSTALL_HINT) from None
    return openai


class ChatClient:
    """Asks the configured model about pieces of text; safe to use from several threads."""

    def __init__(self, config: LLMConfig):
        self.openai = import_openai()
        self.config = config
        # a proxy from the environment is for the outside world, never for a server on this machine
        local = urlsplit(config.base_url).hostname in ("localhost", "127.0.0.1", "::1")
        self.client = self.openai.OpenAI(base_url=config.base_url, api_key=config.api_key, timeout=config.timeout,
                                         max_retries=config.max_retries,
                                         http_client=self.openai.DefaultHttpxClient(trust_env=False) if local else None)
        self.cache = ResponseCache(config.cache_dir) if config.cache_dir else None
        self.refused: set[str] = set()  # optional parameters this server does not take
        self.cache_error: str | None = None
        self.answered = 0  # requests the server answered: after one, a lost connection is that piece's problem
        self._lock = threading.Lock()

    def models(self) -> list[str]:
        """The models the server offers (``GET /models``); empty when it does not say."""
        try:
            return sorted(m.id for m in self.client.with_options(max_retries=0, timeout=10).models.list())
        except Exception:  # noqa: BLE001 - only used to make an error message more helpful
            return []

    def ask(self, messages: list[dict]) -> Answer:
        """The parsed reply to ``messages``: from the cache, or from the server (a malformed reply is asked once more)."""
        key = cache_key(self.config.base_url, self.config.model, PROMPT_VERSION, messages)
        answer = Answer()
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                try:
                    answer.reply, answer.cached = parse_reply(hit.get("content")), True
                    return answer
                except MalformedReply:
                    pass
        problem = ""
        for _ in range(2):
            content = self._complete(messages, answer)
            if content is None:
                return answer
            try:
                answer.reply = parse_reply(content)
            except MalformedReply as exc:
                answer.malformed, problem = answer.malformed + 1, str(exc)
                continue
            if self.cache is not None:
                failed = self.cache.put(key, {"content": content, "model": self.config.model,
                                              "prompt_version": PROMPT_VERSION})
                self.cache_error = self.cache_error or failed
            return answer
        answer.error = f"malformed JSON twice ({problem})"
        return answer

    def _complete(self, messages: list[dict], answer: Answer) -> str | None:
        """One completion's text (None with ``answer.error`` set when this piece cannot be answered)."""
        optional = {"response_format": response_format(), "temperature": 0}
        trial: set[str] = set()
        while True:
            params = {k: v for k, v in optional.items() if k not in self.refused | trial}
            try:
                raw = self.client.chat.completions.with_raw_response.create(
                    model=self.config.model, messages=messages, **params)
            except self.openai.APIError as exc:
                retries = _retries(exc)
                answer.sent, answer.retried = answer.sent + 1 + retries, answer.retried + retries
                drop = self._failure(exc, params, answer)
                if drop is None:
                    return None
                trial.add(drop)
                continue
            retries = getattr(raw, "retries_taken", 0)  # openai >= 1.45
            answer.sent, answer.retried = answer.sent + 1 + retries, answer.retried + retries
            self.answered += 1
            if trial:
                with self._lock:
                    self.refused |= trial
            return self._content(raw, answer)

    def _failure(self, exc, params: dict, answer: Answer) -> str | None:
        """After a failed request: the optional parameter to try without, or None with ``answer.error`` set;
        raises LLMSetupError when no request of this build can succeed."""
        openai, url, status = self.openai, self.config.base_url, getattr(exc, "status_code", None)
        if isinstance(exc, (openai.BadRequestError, openai.UnprocessableEntityError)):
            drop = _to_drop(exc, params)
            if drop is None:
                answer.error = f"the server refused the request ({status}: {_message(exc)})"
            return drop
        if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
            raise LLMSetupError(f"the LLM endpoint {url} refused the API key ({status}: {_message(exc)}); "
                                "set OPENAI_API_KEY") from None
        if isinstance(exc, openai.NotFoundError):
            offered = self.models()
            raise LLMSetupError(
                f"the LLM endpoint {url} answered 404 for model {self.config.model!r} ({_message(exc)}); check "
                "NEWSGRAPH_LLM_MODEL and OPENAI_BASE_URL (it usually ends in /v1)"
                + (f"; models offered: {', '.join(offered)}" if offered else "")) from None
        if isinstance(exc, openai.RateLimitError) and getattr(exc, "code", None) == "insufficient_quota":
            raise LLMSetupError(f"the LLM endpoint {url} says the quota is used up ({_message(exc)})") from None
        if isinstance(exc, openai.APITimeoutError):
            answer.error = f"timed out after {_retries(exc)} retries ({self.config.timeout:g} s each)"
        elif isinstance(exc, openai.APIConnectionError) and not self.answered:
            raise LLMSetupError(f"cannot reach the LLM endpoint {url}: {exc.__cause__ or exc}; "
                                "is the server running?") from None
        elif isinstance(exc, openai.APIConnectionError):
            answer.error = f"connection lost after {_retries(exc)} retries ({exc.__cause__ or exc})"
        else:
            answer.error = f"{status or 'error'} after {_retries(exc)} retries ({_message(exc)})"
        return None

    def _content(self, raw, answer: Answer) -> str:
        try:
            completion = raw.parse()
            content = completion.choices[0].message.content or ""
        except (ValueError, IndexError, AttributeError, TypeError, self.openai.APIResponseValidationError):
            return ""  # parse_reply calls this malformed
        usage = getattr(completion, "usage", None)
        if usage is None or usage.prompt_tokens is None:
            answer.unmetered += 1
        else:
            answer.prompt_tokens += usage.prompt_tokens or 0
            answer.completion_tokens += usage.completion_tokens or 0
        return content


def _retries(exc) -> int:
    """How many retries the client made before giving up (it numbers them in a request header)."""
    request = getattr(exc, "request", None) or getattr(getattr(exc, "response", None), "request", None)
    try:
        return int(request.headers.get("x-stainless-retry-count", 0))
    except (AttributeError, TypeError, ValueError):
        return 0


def _to_drop(exc, params: dict) -> str | None:
    """The optional parameter to try without after a 400/422: the one the message names, else response_format."""
    message = _message(exc).lower()
    named = [k for k in params if k in message or k.replace("_", " ") in message]
    candidates = named or [k for k in ("response_format", "temperature") if k in params]
    return candidates[0] if candidates else None


def _message(exc) -> str:
    text = " ".join(str(getattr(exc, "message", None) or exc).split())
    return text if len(text) <= 200 else text[:199] + "…"
