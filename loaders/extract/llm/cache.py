"""The response cache: one JSON file per request, keyed by what determines the answer, so a re-run is free.

The key is a SHA-256 of the endpoint, the model, the prompt version and the messages (which hold
the article text). Files are written atomically; an unreadable file is a miss, never an error.

>>> import tempfile
>>> cache = ResponseCache(tempfile.mkdtemp())
>>> key = cache_key("http://127.0.0.1:8000/v1", "m", "1", [{"role": "user", "content": "text"}])
>>> cache.get(key) is None
True
>>> cache.put(key, {"content": '{"facts": []}'})
>>> cache.get(key)
{'content': '{"facts": []}'}
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


def cache_key(base_url: str, model: str, prompt_version: str, messages: list[dict]) -> str:
    """The key of one request (the API key and timing are not part of it)."""
    blob = json.dumps({"base_url": base_url, "model": model, "prompt_version": prompt_version, "messages": messages},
                      ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseCache:
    """Answers on disk under ``root``/``ab``/``abcdef….json``."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            value = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict) -> str | None:
        """Store ``value`` (a JSON object); why it could not be stored, or None."""
        path, tmp = self._path(key), None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(value, out, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, path)
        except OSError as exc:
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)
            return f"{self.root}: {exc.strerror or exc}"
        return None
