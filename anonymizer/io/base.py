"""The unit that flows through a file job: one record, its texts, or the error it raised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import InputError


@dataclass
class Item:
    """One input record. `texts` holds one entry per selected field (None: nothing to do)."""

    line: int
    raw: Any  # the original (bytes line or CSV row), written as-is to a quarantine file
    texts: list[str | None]
    record: Any = None
    error: InputError | None = None
    paths: list[str] | None = None  # the record's own field paths, when a "*" expanded them


def check_length(line: int, text: str, max_chars: int, where: str) -> None:
    if len(text) > max_chars:
        raise InputError(
            line,
            f"{where} has {len(text):,} characters, over the limit of {max_chars:,}",
            "split the record or raise --max-chars",
            kind="too_long",
        )
