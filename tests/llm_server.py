"""A small OpenAI-compatible server for the LLM extractor's tests: standard-library HTTP on 127.0.0.1, port 0.

It serves ``POST /v1/chat/completions`` and ``GET /v1/models``. Each test scripts it: ``queue``
holds one-off steps served first (a 429, a slow answer, malformed JSON…), then ``respond(text)``
answers from the article text of the request (the last user message). Every request is recorded,
so a test can count them and read what the real ``openai`` client sent.
"""
from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Step:
    """One scripted answer: an HTTP status (0: close the connection without answering), a body (a dict is
    sent as JSON), headers, and a delay before it."""

    status: int = 200
    body: dict | str = ""
    headers: dict = field(default_factory=dict)
    delay: float = 0.0


def completion(content: str, prompt_tokens: int = 100, completion_tokens: int = 20, usage: bool = True) -> Step:
    """A Chat Completions answer whose message is ``content``."""
    body = {"id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": "test-model",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}]}
    if usage:
        body["usage"] = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                         "total_tokens": prompt_tokens + completion_tokens}
    return Step(200, body)


def facts(*items: dict, **kwargs) -> Step:
    """An answer with these facts, as the contract asks for them."""
    return completion(json.dumps({"facts": list(items)}, ensure_ascii=False), **kwargs)


def fact(type_: str, source: str, source_type: str, target: str, target_type: str, evidence: str) -> dict:
    return {"type": type_, "source": source, "source_type": source_type, "target": target,
            "target_type": target_type, "evidence": evidence}


def error(status: int, message: str, **headers) -> Step:
    return Step(status, {"error": {"message": message, "type": "test_error", "code": None}},
                {k.replace("_", "-"): v for k, v in headers.items()})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many connections at once must not wait for a SYN retry


class FakeLLM:
    """The server; use as a context manager. ``base_url`` is what OPENAI_BASE_URL should be."""

    def __init__(self, respond=None, models=("test-model",), reject_response_format: bool = False):
        self.respond = respond or (lambda text: facts())
        self.queue: deque[Step] = deque()
        self.models = list(models)
        self.reject_response_format = reject_response_format
        self.requests: list[dict] = []
        self.in_flight = self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def completions(self) -> list[dict]:
        """The JSON bodies of the chat completion requests, in arrival order."""
        return [r["body"] for r in self.requests if r["path"] == "/v1/chat/completions"]

    def __enter__(self) -> "FakeLLM":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _answer(self, path: str, body: dict) -> Step:
        if path == "/v1/models":
            return Step(200, {"object": "list", "data": [{"id": m, "object": "model", "created": 0, "owned_by": "test"}
                                                         for m in self.models]})
        if path != "/v1/chat/completions":
            return error(404, f"no route {path}")
        if body.get("model") not in self.models:
            return error(404, f"model {body.get('model')!r} not found")
        if self.reject_response_format and "response_format" in body:
            return error(400, "response_format of type json_schema is not supported by this server")
        with self._lock:
            if self.queue:
                return self.queue.popleft()
        return self.respond(body["messages"][-1]["content"].split("\n", 1)[-1])

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # headers and body in one go: no 40 ms delayed-ACK stall
            def _serve(self):
                size = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(size) if size else b""
                body = json.loads(raw) if raw else {}
                with server._lock:
                    server.requests.append({"path": self.path, "body": body, "headers": {k.lower(): v for k, v in self.headers.items()}})
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    try:
                        step = server._answer(self.path, body)
                    except Exception as exc:  # noqa: BLE001 - a scripted responder's bug is a 500, as a server's would be
                        step = error(500, f"{type(exc).__name__}: {exc}")
                    time.sleep(step.delay)
                    if step.status == 0:
                        self.close_connection = True
                        return
                    data = step.body if isinstance(step.body, str) else json.dumps(step.body, ensure_ascii=False)
                    payload = data.encode("utf-8")
                    self.send_response(step.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(payload)))
                    for name, value in step.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)
                finally:
                    with server._lock:
                        server.in_flight -= 1

            do_GET = do_POST = _serve

            def log_message(self, *args):
                pass

        return Handler
