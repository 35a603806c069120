"""A small, stdlib-only client for any OpenAI-compatible `/v1/chat/completions` endpoint.

Works with vLLM, Ollama, llama.cpp's server and hosted APIs. Retries with exponential backoff on
timeouts, connection errors, HTTP 429 and 5xx; caches responses on disk (keyed by model, messages
and parameters, not by the server address) so a rerun costs nothing. Never logs request text.

Example:
    >>> c = ChatClient("http://127.0.0.1:8000/v1", "qwen2.5-7b-instruct")  # doctest: +SKIP
    >>> c.chat([{"role": "user", "content": "Say hi"}])                      # doctest: +SKIP
    'Hi!'
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

log = logging.getLogger(__name__)

_RETRY_STATUS = {408, 429, 500, 502, 503, 504}


class ChatError(RuntimeError):
    """The endpoint failed after all retries, or answered something that is not a chat reply."""


class ChatClient:
    """Client for an OpenAI-compatible chat-completions endpoint (thread-safe).

    Example:
        >>> c = ChatClient("http://localhost:11434/v1", "llama3.1")
        >>> c.model, c.usage["requests"]
        ('llama3.1', 0)
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key_env: str = "OPENAI_API_KEY",
        cache_dir: str | Path | None = None,
        timeout: float = 60.0,
        max_retries: int = 4,
        backoff: float = 1.0,
        temperature: float = 0.0,
    ) -> None:
        self.url = _endpoint(base_url)
        self.model = model
        self.api_key_env = api_key_env
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.timeout, self.max_retries = timeout, max_retries
        self.backoff, self.temperature = backoff, temperature
        self.usage: dict = dict.fromkeys(
            ("prompt_tokens", "completion_tokens", "requests", "cache_hits", "retries", "failures"),
            0,
        )
        self._lock = threading.Lock()
        if self.cache_dir:
            self.cache_dir.mkdir(parents=True, exist_ok=True)

    def chat(self, messages: list[dict], **params) -> str:
        """Send `messages`; returns the content of the first choice (cached when possible)."""
        body = {"model": self.model, "messages": messages, "temperature": self.temperature}
        body.update(params)
        key = hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()
        cached = self._cache_get(key)
        if cached is not None:
            self._count(cache_hits=1)
            return cached
        reply = self._post_with_retries(body)
        content = _first_content(reply)
        usage = reply.get("usage") or {}
        self._count(
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
        )
        self._cache_put(key, content)
        return content

    def _post_with_retries(self, body: dict) -> dict:
        data = json.dumps(body).encode("utf-8")
        for attempt in range(self.max_retries + 1):
            self._count(requests=1)
            try:
                return self._post(data)
            except _Retryable as exc:
                if attempt == self.max_retries:
                    self._count(failures=1)
                    raise ChatError(
                        f"{self.url}: gave up after {attempt + 1} attempts ({exc}); check that the "
                        "server is up and the model name is right, or raise --max-retries/--timeout"
                    ) from None
                self._count(retries=1)
                wait = self.backoff * (2**attempt)
                log.warning("chat request failed (%s); retry %d in %.1fs", exc, attempt + 1, wait)
                time.sleep(wait)
        raise AssertionError("unreachable")

    def _post(self, data: bytes) -> dict:
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.api_key_env)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        req = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            if exc.code in _RETRY_STATUS:
                raise _Retryable(f"HTTP {exc.code}") from None
            self._count(failures=1)
            raise ChatError(
                f"{self.url}: HTTP {exc.code}; check the URL, model name and API key "
                f"(read from ${self.api_key_env})"
            ) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise _Retryable(type(exc).__name__) from None
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            raise _Retryable("response body is not JSON") from None

    def _count(self, **deltas: int) -> None:
        with self._lock:
            for k, v in deltas.items():
                self.usage[k] += v

    def _cache_get(self, key: str) -> str | None:
        if not self.cache_dir:
            return None
        path = self.cache_dir / f"{key}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))["content"]
        except (FileNotFoundError, json.JSONDecodeError, KeyError):
            return None

    def _cache_put(self, key: str, content: str) -> None:
        if not self.cache_dir:
            return
        tmp = self.cache_dir / f"{key}.{threading.get_ident()}.tmp"
        tmp.write_text(json.dumps({"content": content}), encoding="utf-8")
        tmp.replace(self.cache_dir / f"{key}.json")


class _Retryable(Exception):
    pass


def _endpoint(base_url: str) -> str:
    url = base_url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if not url.endswith("/v1"):
        url += "/v1"
    return url + "/chat/completions"


def _first_content(reply: dict) -> str:
    try:
        content = reply["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise ChatError(
            "chat reply has no choices[0].message.content; is this endpoint "
            "OpenAI-compatible (/v1/chat/completions)?"
        ) from None
    return content if isinstance(content, str) else ""
