"""TAB importer (Text Anonymization Benchmark style JSON / JSONL).

Each document has `text` and `entities[]` with `start_offset`, `end_offset` (characters, end
exclusive), `entity_type` and `identifier_type`. Spans marked `NO_MASK` are not PII and are
skipped (counted); overlapping spans (several annotators) are resolved, longer first. With
`paragraphs=True` a document becomes one record per paragraph (split at line breaks that no
span crosses, edges stripped); `meta.offset` holds the paragraph's start in the document so
`doc_text[offset + s : offset + e]` is exactly the record's span `s..e`.

Example:
    >>> import_tab("tab/tab_train.jsonl", "/tmp/tab.jsonl", split="train",
    ...            paragraphs=True)                                   # doctest: +SKIP
    {'records': ..., 'no_mask_spans': ...}
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ..align import resolve_overlaps
from .common import CorpusError, LabelMap, write_corpus

_BREAK = re.compile(r"\n+")


def read_tab(path: str | Path) -> Iterator[tuple[str, dict]]:
    """Yield (where, document) from a JSON list / object or a JSONL file."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
        docs = data if isinstance(data, list) else [data]
        for i, doc in enumerate(docs):
            yield f"{path} document {i}", doc
        return
    except json.JSONDecodeError:
        pass
    for line_no, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{line_no}", json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(
                f"{path}:{line_no}: invalid JSON ({exc.msg}); expected one document "
                "per line or one JSON list"
            ) from None


def doc_spans(doc: dict, where: str, lmap: LabelMap, stats: Counter) -> list[tuple[int, int, str]]:
    """Mapped, non-overlapping character spans of one document."""
    text = doc.get("text") if isinstance(doc, dict) else None
    ents = doc.get("entities", []) if isinstance(doc, dict) else None
    if not isinstance(text, str) or not isinstance(ents, list):
        raise CorpusError(f"{where}: expected an object with 'text' (string) and 'entities' (list)")
    spans = []
    for j, ent in enumerate(ents):
        s, e = ent.get("start_offset"), ent.get("end_offset")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            raise CorpusError(
                f"{where}: entity {j} has offsets {s}..{e} outside the text of "
                f"{len(text)} characters; fix start_offset/end_offset"
            )
        if ent.get("identifier_type") == "NO_MASK":
            stats["no_mask_spans"] += 1
            continue
        label = lmap(str(ent.get("entity_type")), f"{where} entity {j}")
        if label is None:
            stats["not_pii_spans"] += 1
            continue
        spans.append((s, e, label))
    kept, dropped = resolve_overlaps(sorted(set(spans)))
    stats["overlap_dropped"] += dropped + len(spans) - len(set(spans))
    return kept


def paragraph_bounds(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(start, end) of paragraphs: split at line breaks no span crosses, whitespace stripped."""
    cuts = [
        m.span()
        for m in _BREAK.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e, _ in spans)
    ]
    bounds, pos = [], 0
    for a, b in cuts + [(len(text), len(text))]:
        seg = text[pos:a]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            bounds.append((pos + lead, pos + len(seg.rstrip())))
        pos = b
    return bounds


def import_tab(
    src: str | Path,
    out: str | Path,
    *,
    corpus: str = "tab",
    split: str = "train",
    lang: str = "en",
    labelmap: str | Path | None = None,
    paragraphs: bool = False,
) -> dict:
    """Import TAB-style documents into tagged-record JSONL (+ manifest); returns counts."""
    lmap = LabelMap.load(labelmap or "tab")
    stats: Counter = Counter()

    def records() -> Iterator[dict]:
        n = 0
        for d, (where, doc) in enumerate(read_tab(src), 1):
            spans = doc_spans(doc, where, lmap, stats)
            text = doc["text"]
            bounds = paragraph_bounds(text, spans) if paragraphs else [(0, len(text))]
            placed = 0
            for a, b in bounds:
                n += 1
                inside = [(s - a, e - a, lab) for s, e, lab in spans if a <= s and e <= b]
                placed += len(inside)
                yield {
                    "id": f"{corpus}-{split}-{n}",
                    "text": text[a:b],
                    "lang": lang,
                    "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in inside],
                    "origin": f"corpus:{corpus}",
                    "meta": {"doc": d, "offset": a},
                }
            stats["spans_in_blank_text_dropped"] += len(spans) - placed

    return write_corpus(
        out, records(), corpus=corpus, split=split, src=src, labelmap=lmap, stats=stats
    )
