"""Tagged-record JSONL, its `manifest.json`, and the validator: the teacher_labels → distill file.

One record per line::

    {"id": "syn-de-000001", "text": "...", "lang": "de",
     "spans": [{"start": 6, "end": 11, "label": "PERSON", "score": 0.97}], "origin": "synthetic"}

`score` is optional (1.0 for gold). Spans are sorted, inside the text, of a known label and never
overlap. A `manifest.json` beside the file records schema version, labels, who produced it, seed
and counts per label and language.

Example:
    >>> rec = {"id": "a", "text": "Hi Jo", "lang": "en", "origin": "test",
    ...        "spans": [{"start": 3, "end": 5, "label": "PERSON"}]}
    >>> validate_record(rec)
    []
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .schema import LABELS, SCHEMA_VERSION

REQUIRED_FIELDS = ("id", "text", "lang", "spans", "origin")


class RecordValidationError(ValueError):
    """A tagged record breaks the contract; the message names the record and the problem."""


def validate_record(rec: object) -> list[str]:
    """Problems of one tagged record (empty list when valid). Messages never quote the text."""
    if not isinstance(rec, dict):
        return [f"expected a JSON object, found {type(rec).__name__}"]
    missing = [k for k in REQUIRED_FIELDS if k not in rec]
    if missing:
        return [f"expected fields {list(REQUIRED_FIELDS)}, missing {missing}"]
    text = rec["text"]
    if not isinstance(text, str):
        return [f"field 'text' must be a string, found {type(text).__name__}"]
    if not isinstance(rec["lang"], str) or not rec["lang"]:
        return ["field 'lang' must be a non-empty language code such as 'de' or 'en'"]
    spans = rec["spans"]
    if not isinstance(spans, list):
        return [f"field 'spans' must be a list, found {type(spans).__name__}"]
    problems: list[str] = []
    prev_end, prev_i = -1, -1
    for i, sp in enumerate(spans):
        problems += _span_problems(i, sp, len(text))
        if problems:
            continue
        if sp["start"] < prev_end:
            problems.append(f"span {i} overlaps span {prev_i} (or spans are not sorted by start)")
        prev_end, prev_i = sp["end"], i
    return problems


def _span_problems(i: int, sp: object, n: int) -> list[str]:
    if not isinstance(sp, dict) or not {"start", "end", "label"} <= sp.keys():
        return [f"span {i} must be an object with start, end, label"]
    s, e, lab = sp["start"], sp["end"], sp["label"]
    if not (isinstance(s, int) and isinstance(e, int)) or isinstance(s, bool):
        return [f"span {i}: start/end must be integers"]
    if not 0 <= s < e <= n:
        return [f"span {i}: offsets {s}..{e} out of range for a text of {n} characters"]
    if lab not in LABELS:
        return [f"span {i}: unknown label {lab!r}; expected one of {list(LABELS)}"]
    score = sp.get("score", 1.0)
    if not isinstance(score, (int, float)) or not 0.0 <= score <= 1.0:
        return [f"span {i}: score must be a number in [0, 1]"]
    return []


@dataclass
class FileReport:
    """Outcome of validating a tagged-record JSONL file."""

    records: int = 0
    errors: list[str] = field(default_factory=list)
    label_counts: Counter = field(default_factory=Counter)
    lang_counts: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.errors


def read_records(path: str | Path, *, strict: bool = True) -> Iterator[dict]:
    """Stream records of a tagged-record JSONL file; invalid ones raise with line and id."""
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordValidationError(
                    f"{path}:{line_no}: invalid JSON ({exc.msg}); each line must be one record"
                ) from None
            if strict:
                problems = validate_record(rec)
                if problems:
                    rid = rec.get("id") if isinstance(rec, dict) else None
                    raise RecordValidationError(f"{path}:{line_no} (id={rid!r}): {problems[0]}")
            yield rec


def validate_file(path: str | Path, max_errors: int = 20) -> FileReport:
    """Validate every record of a JSONL file; collects up to `max_errors` one-line problems."""
    rep = FileReport()
    seen_ids: set = set()
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            rep.records += 1
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                rep.errors.append(f"line {line_no}: invalid JSON ({exc.msg})")
                continue
            problems = validate_record(rec)
            rid = rec.get("id") if isinstance(rec, dict) else None
            if not problems and rid in seen_ids:
                problems = ["duplicate id"]
            seen_ids.add(rid)
            for p in problems[:1]:
                rep.errors.append(f"line {line_no} (id={rid!r}): {p}")
            if not problems:
                rep.lang_counts[rec["lang"]] += 1
                rep.label_counts.update(s["label"] for s in rec["spans"])
            if len(rep.errors) >= max_errors:
                rep.errors.append("... stopped after too many errors")
                break
    return rep


def write_records(path: str | Path, records: Iterable[dict]) -> dict:
    """Validate and write records as JSONL; returns counts for the manifest.

    Written to a temporary file beside `path` and renamed on success, so an error (a bad record,
    an unreadable source) leaves no partial file behind."""
    counts: dict = {"records": 0, "labels": Counter(), "languages": Counter()}
    target = Path(path)
    tmp = target.with_name(f".{target.name}.partial")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            for rec in records:
                problems = validate_record(rec)
                if problems:
                    raise RecordValidationError(f"record id={rec.get('id')!r}: {problems[0]}")
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                counts["records"] += 1
                counts["languages"][rec["lang"]] += 1
                counts["labels"].update(s["label"] for s in rec["spans"])
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return {k: dict(v) if isinstance(v, Counter) else v for k, v in counts.items()}


def manifest_path(jsonl_path: str | Path) -> Path:
    """`data/train.jsonl` → `data/train.manifest.json` (one manifest per file)."""
    p = Path(jsonl_path)
    return p.with_name(p.name.removesuffix(".jsonl") + ".manifest.json")


def write_manifest(jsonl_path: str | Path, **fields) -> Path:
    """Write the manifest beside `jsonl_path`; schema version and label set are always added."""
    data = {"schema_version": SCHEMA_VERSION, "labels": list(LABELS), "file": Path(jsonl_path).name}
    data.update(fields)
    out = manifest_path(jsonl_path)
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def read_manifest(jsonl_path: str | Path) -> dict:
    """Read and check the manifest of a JSONL file."""
    p = manifest_path(jsonl_path)
    if not p.exists():
        raise FileNotFoundError(
            f"no manifest {p} beside {jsonl_path}; write one with write_manifest"
        )
    data = json.loads(p.read_text(encoding="utf-8"))
    if data.get("schema_version") != SCHEMA_VERSION:
        raise RecordValidationError(
            f"{p}: schema_version {data.get('schema_version')!r}, this version reads "
            f"{SCHEMA_VERSION}; regenerate the file with the matching teacher_labels version"
        )
    return data
