"""JSONL: one JSON object per line; selected fields (dotted paths) are anonymized in place,
every other field passes through unchanged, key order kept. A "*" in a path stands for every
element of a list or every value of an object there ("messages.*.text": each message of a
chat transcript, however many).

Example:
    >>> get_path({"a": {"b": ["x", "y"]}}, "a.b.1")
    'y'
    >>> expand_path({"m": [{"t": "x"}, {"t": "y"}]}, "m.*.t")
    ['m.0.t', 'm.1.t']
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


def expand_path(record: dict, path: str) -> list[str]:
    """The concrete paths of `path` in `record`, each "*" replaced by every list index or
    object key found there (none for an empty list). Raises ValueError naming the part that is
    no list or object, or a key that holds a dot."""
    prefixes: list[list[str]] = [[]]
    for part in path.split("."):
        if part != "*":
            prefixes = [p + [part] for p in prefixes]
            continue
        expanded = []
        for p in prefixes:
            obj = get_path(record, ".".join(p)) if p else record
            if isinstance(obj, list):
                expanded += [[*p, str(i)] for i in range(len(obj))]
            elif isinstance(obj, dict) and not any("." in key for key in obj):
                expanded += [[*p, key] for key in obj]
            else:
                where = ".".join(p) or "the record"
                what = "has a key with a dot" if isinstance(obj, dict) else "is no list or object"
                raise ValueError(
                    f"{where!r} {what}" if obj is not _MISSING else f"{where!r} is missing"
                )
        prefixes = expanded
    return [".".join(p) for p in prefixes]


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
        paths = [p for field in self.fields for p in self._paths(line_no, record, field)]
        texts = [self._field(line_no, record, p) for p in paths]
        return Item(line_no, raw, texts, record, paths=None if paths == self.fields else paths)

    def _paths(self, line_no: int, record: dict, field: str) -> list[str]:
        if "*" not in field.split("."):
            return [field]
        try:
            return expand_path(record, field)
        except ValueError as exc:
            raise InputError(
                line_no,
                f'field {field!r}: {exc}, so its "*" matches nothing',
                "pass the right --field",
                kind="missing_field",
            ) from None

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
                f"field {field!r} holds {_json_kind(value)}, expected a string",
                f"pass --field {field}.* for a list of texts"
                if isinstance(value, list)
                else "select text fields only with --field",
                kind="not_string",
            )
        check_length(line_no, value, self.max_chars, f"field {field!r}")
        return value


class JsonlWriter:
    def __init__(self, stream: BinaryIO, fields: list[str]) -> None:
        self.stream, self.fields = stream, fields

    def write(self, item: Item, texts: list[str | None]) -> None:
        for field, text in zip(
            self.fields if item.paths is None else item.paths, texts, strict=True
        ):
            if text is not None:
                set_path(item.record, field, text)
        self.stream.write(json.dumps(item.record, ensure_ascii=False).encode("utf-8") + b"\n")

    def write_raw(self, item: Item) -> None:
        self.stream.write((item.raw or b"") + b"\n")


def _json_kind(value: object) -> str:
    """The JSON kind of a parsed value, with its article ("a number", "an object")."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, list) else "an object"
