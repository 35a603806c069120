"""JSONL: one JSON object per line; selected fields (dotted paths) are anonymized in place,
every other field passes through unchanged, key order kept.

Example:
    >>> get_path({"a": {"b": ["x", "y"]}}, "a.b.1")
    'y'
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from .base import Item, check_length
from .errors import InputError
from .lines import decode, iter_lines

_MISSING = object()


def get_path(obj, path: str):
    for part in path.split("."):
        if isinstance(obj, dict):
            obj = obj.get(part, _MISSING)
        elif isinstance(obj, list) and part.isdigit() and int(part) < len(obj):
            obj = obj[int(part)]
        else:
            return _MISSING
        if obj is _MISSING:
            return _MISSING
    return obj


def _where_missing(record: dict, path: str) -> str:
    """What the record holds where `path` breaks off: "'customer' has keys ['id', 'name']"."""
    parts = path.split(".")
    for depth in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:depth])
        obj = get_path(record, prefix)
        if obj is _MISSING:
            continue
        if isinstance(obj, dict):
            return f"{prefix!r} has keys {sorted(obj)[:10]}"
        if isinstance(obj, list):
            return f"{prefix!r} is a list of {len(obj)}"
        return f"{prefix!r} is a {type(obj).__name__}"
    return f"top-level keys: {sorted(record)[:10]}"


def set_path(obj, path: str, value) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = obj[int(part)] if isinstance(obj, list) else obj[part]
    if isinstance(obj, list):
        obj[int(last)] = value
    else:
        obj[last] = value


class JsonlReader:
    """Yields an `Item` per non-blank line; bad lines become Items carrying an InputError."""

    def __init__(
        self, stream: BinaryIO, fields: list[str], max_chars: int, encoding: str = "utf-8"
    ) -> None:
        self.stream, self.fields, self.max_chars = stream, fields, max_chars
        self.encoding = encoding

    def __iter__(self) -> Iterator[Item]:
        for line_no, raw in iter_lines(self.stream, self.max_chars):
            if isinstance(raw, InputError):
                yield Item(line_no, None, [], error=raw)
                continue
            if not raw.strip():
                continue
            try:
                yield self._parse(line_no, raw)
            except InputError as err:
                yield Item(line_no, raw, [], error=err)

    def _parse(self, line_no: int, raw: bytes) -> Item:
        try:
            record = json.loads(decode(line_no, raw, self.encoding))
        except json.JSONDecodeError as exc:
            raise InputError(
                line_no,
                f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})",
                "fix the line",
                kind="json",
            ) from None
        if not isinstance(record, dict):
            raise InputError(
                line_no,
                f"expected a JSON object, found {type(record).__name__}",
                "write one object per line",
                kind="json",
            )
        texts = [self._field(line_no, record, f) for f in self.fields]
        return Item(line_no, raw, texts, record)

    def _field(self, line_no: int, record: dict, field: str) -> str | None:
        value = get_path(record, field)
        if value is _MISSING:
            raise InputError(
                line_no,
                f"field {field!r} is missing ({_where_missing(record, field)})",
                "pass the right --field",
                kind="missing_field",
            )
        if value is None:
            return None
        if not isinstance(value, str):
            raise InputError(
                line_no,
                f"field {field!r} is a {type(value).__name__}, expected a string",
                "select text fields only with --field",
                kind="not_string",
            )
        check_length(line_no, value, self.max_chars, f"field {field!r}")
        return value


class JsonlWriter:
    def __init__(self, stream: BinaryIO, fields: list[str]) -> None:
        self.stream, self.fields = stream, fields

    def write(self, item: Item, texts: list[str | None]) -> None:
        for field, text in zip(self.fields, texts):
            if text is not None:
                set_path(item.record, field, text)
        self.stream.write(json.dumps(item.record, ensure_ascii=False).encode("utf-8") + b"\n")

    def write_raw(self, item: Item) -> None:
        self.stream.write((item.raw or b"") + b"\n")
