"""The LLM teacher: asks a chat model for PII mentions as JSON and re-locates them in the text.

The prompt lives in `prompts/llm_ner.txt` (our labels and their descriptions are filled in).
Each returned mention is searched in the text (exact, then case-insensitive with any run of
whitespace); every occurrence on word boundaries becomes a span. Mentions that are not found
(`not_found`) or carry an unknown label (`unknown_label`) are dropped and counted in `stats`;
a reply that is not valid JSON is retried once with a stricter instruction, then the text is
marked failed (`failed`). LLMs give no probabilities, so `probs` is None.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from anonymizer.schema import LABEL_DESCRIPTIONS, LABELS, Entity

from ..align import resolve_overlaps
from ..llm_client import ChatClient, ChatError
from .base import Teacher, TeacherOutput

PROMPT_DIR = Path(__file__).resolve().parent / "prompts"
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.I)


class MalformedReply(ValueError):
    """The model's reply is not the JSON shape the prompt asks for."""


class LLMTeacher(Teacher):
    """Labels texts through any OpenAI-compatible chat endpoint.

    Example:
        >>> t = LLMTeacher(base_url="http://localhost:8000/v1", model="qwen2.5-7b-instruct")
        >>> t.name
        'llm:qwen2.5-7b-instruct'
    """

    kind = "llm"

    def __init__(
        self,
        client: ChatClient | None = None,
        base_url: str | None = None,
        model: str | None = None,
        concurrency: int = 4,
        prompt_path: str | Path | None = None,
        chat_params: dict | None = None,
        **client_options,
    ) -> None:
        super().__init__()
        if client is None:
            if not base_url or not model:
                raise ValueError("the llm teacher needs base_url and model (or a ChatClient)")
            client = ChatClient(base_url, model, **client_options)
        self.client = client
        self.name = f"llm:{client.model}"
        self.concurrency = max(1, int(concurrency))
        self.system_prompt = build_prompt(prompt_path)
        self.retry_prompt = (PROMPT_DIR / "llm_retry.txt").read_text(encoding="utf-8").strip()
        self.chat_params = dict(chat_params or {})  # e.g. {"max_tokens": 512}
        self._lock = threading.Lock()

    def label(
        self, texts: Sequence[str], langs: Sequence[str] | None = None
    ) -> list[TeacherOutput]:
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(self._label_one, texts))

    def _label_one(self, text: str) -> TeacherOutput:
        local: Counter = Counter()
        messages = [
            {"role": "system", "content": self.system_prompt},
            {"role": "user", "content": text},
        ]
        try:
            items = self._ask(messages, local)
        except (MalformedReply, ChatError):
            local["failed"] += 1
            self._merge(local)
            return TeacherOutput(spans=[], failed=True)
        spans = locate_entities(text, items, local)
        kept, dropped = resolve_overlaps(spans)
        local["dropped_overlap"] += dropped
        self._merge(local)
        return TeacherOutput(spans=[Entity(s, e, lab, 1.0, "model") for s, e, lab in kept])

    def _ask(self, messages: list[dict], stats: Counter) -> list[dict]:
        reply = self.client.chat(messages, **self.chat_params)
        try:
            return parse_reply(reply)
        except MalformedReply:
            stats["malformed_retried"] += 1
        retry = messages + [
            {"role": "assistant", "content": reply},
            {"role": "user", "content": self.retry_prompt},
        ]
        return parse_reply(self.client.chat(retry, **self.chat_params))

    def _merge(self, local: Counter) -> None:
        with self._lock:
            self.stats.update(local)


def build_prompt(prompt_path: str | Path | None = None) -> str:
    """The system prompt with our labels and their descriptions filled in."""
    path = Path(prompt_path) if prompt_path else PROMPT_DIR / "llm_ner.txt"
    template = path.read_text(encoding="utf-8")
    labels = "\n".join(f"- {lab}: {LABEL_DESCRIPTIONS[lab]}" for lab in LABELS)
    return template.replace("{labels}", labels).strip()


def parse_reply(reply: str) -> list[dict]:
    """`[{"text": str, "label": str}, ...]` from a reply; raises MalformedReply otherwise."""
    body = _FENCE.sub("", reply or "").strip()
    try:
        data = json.loads(body)
    except json.JSONDecodeError:
        raise MalformedReply("reply is not JSON") from None
    if isinstance(data, list):
        data = {"entities": data}
    ents = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(ents, list):
        raise MalformedReply('expected {"entities": [...]}')
    for item in ents:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("text"), str)
            and isinstance(item.get("label"), str)
        ):
            raise MalformedReply("each entity needs string fields text and label")
    return ents


def locate_entities(text: str, items: list[dict], stats: Counter) -> list[tuple[int, int, str]]:
    """Character spans of every occurrence of each mention; counts not-found and unknown labels."""
    spans: list[tuple[int, int, str]] = []
    for item in items:
        label = item["label"].strip().upper()
        if label not in LABELS:
            stats["unknown_label"] += 1
            continue
        found = find_all(text, item["text"])
        if not found:
            stats["not_found"] += 1
        spans += [(s, e, label) for s, e in found]
    return spans


def find_all(text: str, mention: str) -> list[tuple[int, int]]:
    """Occurrences of `mention` on word boundaries: exact first, else ignoring case/whitespace."""
    mention = mention.strip()
    if not mention:
        return []
    exact = [(m.start(), m.start() + len(mention)) for m in re.finditer(re.escape(mention), text)]
    hits = [sp for sp in exact if _on_boundaries(text, *sp)]
    if hits:
        return hits
    pattern = r"\s+".join(re.escape(part) for part in mention.split())
    loose = [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]
    return [sp for sp in loose if _on_boundaries(text, *sp)]


def _on_boundaries(text: str, start: int, end: int) -> bool:
    inner_left = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    inner_right = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return not (inner_left or inner_right)
