"""The teacher interface and `label_file`, which turns raw text into tagged-record JSONL.

Example:
    >>> class Nobody(Teacher):
    ...     name = "nobody"
    ...     def label(self, texts, langs=None):
    ...         return [TeacherOutput(spans=[]) for _ in texts]
    >>> Nobody().label(["Hallo"])[0].spans
    []
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from anonymizer.records import write_manifest, write_records
from anonymizer.schema import BIO_TAGS, TAG2ID, Entity, split_words
from anonymizer.softlabels import SoftLabelWriter, soft_path

from ..align import resolve_overlaps, spans_to_tags


class TeacherInputError(ValueError):
    """An input record cannot be labelled; the message names the file, line and fix."""


@dataclass
class TeacherOutput:
    """A teacher's answer for one text: sorted, non-overlapping spans (+ word soft labels).

    `failed` marks a text the teacher could not label (e.g. an LLM that never returned valid
    JSON); `label_file` leaves it out of the output and reports its id.

    Example:
        >>> TeacherOutput(spans=[Entity(0, 4, "PERSON")]).probs is None
        True
    """

    spans: list[Entity]
    words: list[tuple[int, int]] | None = None
    probs: np.ndarray | None = None
    failed: bool = False


class Teacher(ABC):
    """Labels texts with our label set. `stats` counts what was dropped and why."""

    name: str = "teacher"
    kind: str = "teacher"

    def __init__(self) -> None:
        self.stats: Counter = Counter()

    @abstractmethod
    def label(
        self, texts: Sequence[str], langs: Sequence[str] | None = None
    ) -> list[TeacherOutput]:
        """One `TeacherOutput` per text, in order."""


def one_hot_probs(spans: list[tuple[int, int, str]], word_spans: list[tuple[int, int]]):
    """[len(words), len(BIO_TAGS)] one-hot distributions of the BIO tags the spans give."""
    probs = np.zeros((len(word_spans), len(BIO_TAGS)), dtype=np.float32)
    for i, tag in enumerate(spans_to_tags(spans, word_spans)):
        probs[i, TAG2ID[tag]] = 1.0
    return probs


def clean_spans(text: str, spans: list[Entity], stats: Counter) -> list[Entity]:
    """Drop out-of-range spans and resolve overlaps (longer wins); counts both in `stats`."""
    ok = [e for e in spans if e.end <= len(text)]
    stats["dropped_out_of_range"] += len(spans) - len(ok)
    by_key = {(e.start, e.end, e.label): e for e in ok}
    kept, dropped = resolve_overlaps(list(by_key))
    stats["dropped_overlap"] += dropped + len(ok) - len(by_key)
    return [by_key[k] for k in kept]


_DE = re.compile(r"\b(der|die|das|und|ist|nicht|ich|ein|eine|mit|für|auf|sehr|wir|sie)\b", re.I)
_EN = re.compile(r"\b(the|and|is|not|i|a|with|for|on|very|we|you|to|of)\b", re.I)


def guess_lang(text: str) -> str:
    """'de' or 'en' from common function words (a heuristic for feedback text)."""
    return "de" if len(_DE.findall(text)) > len(_EN.findall(text)) else "en"


def read_inputs(
    src: str | Path, text_field: str = "text", id_field: str = "id", lang: str = "auto"
) -> Iterator[tuple[str, str, str]]:
    """Yield (id, text, lang) from JSONL (or .txt: one record per line); errors name the line."""
    src = Path(src)
    is_txt = src.suffix == ".txt"
    with open(src, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            if is_txt:
                rec = {text_field: line.rstrip("\n")}
            else:
                rec = _parse_json_line(src, line_no, line)
            text = rec.get(text_field)
            if not isinstance(text, str):
                raise TeacherInputError(
                    f"{src}:{line_no}: expected a string field {text_field!r}; "
                    "pass --text-field to name the field that holds the text"
                )
            rid = str(rec.get(id_field) or f"{src.stem}-{line_no}")
            rec_lang = rec.get("lang") if lang == "auto" else lang
            yield (
                rid,
                text,
                rec_lang if isinstance(rec_lang, str) and rec_lang else guess_lang(text),
            )


def _parse_json_line(src: Path, line_no: int, line: str) -> dict:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise TeacherInputError(
            f"{src}:{line_no}: invalid JSON ({exc.msg}); each line must be one JSON object "
            "(or use a .txt file with one text per line)"
        ) from None
    if not isinstance(rec, dict):
        raise TeacherInputError(f"{src}:{line_no}: expected a JSON object per line")
    return rec


def label_file(
    teacher: Teacher,
    src: str | Path,
    out: str | Path,
    text_field: str = "text",
    id_field: str = "id",
    lang: str = "auto",
    batch_size: int = 32,
    progress: bool = False,
) -> dict:
    """Label every record of `src` into tagged-record JSONL at `out` (+ manifest, + soft labels).

    Reads and writes in batches of `batch_size`; returns counts (records, spans, failed,
    dropped spans by reason). Failed records are left out and their ids listed in the manifest.
    """
    soft = SoftLabelWriter()
    summary: dict = {"records": 0, "spans": 0, "failed": 0, "failed_ids": []}
    bar = _progress_bar(progress)
    inputs = read_inputs(src, text_field, id_field, lang)
    records = _labelled(teacher, _batches(inputs, batch_size), soft, summary, bar, str(src))
    counts = write_records(out, records)
    if bar is not None:
        bar.close()
    summary["records"] = counts["records"]
    summary["dropped"] = {k: v for k, v in sorted(teacher.stats.items()) if v}
    if len(soft):
        summary["soft_labels"] = str(soft.save(soft_path(out)))
    write_manifest(
        out,
        origin=f"teacher:{teacher.name}",
        source=Path(src).name,
        counts=counts,
        failed=summary["failed"],
        failed_ids=summary["failed_ids"][:1000],
        dropped=summary["dropped"],
    )
    return summary


def _labelled(
    teacher: Teacher, batches: Iterator[list], soft: SoftLabelWriter, summary: dict, bar, src: str
) -> Iterator[dict]:
    """Tagged records of each batch; failed ones counted in `summary`, soft labels to `soft`."""
    seen: set[str] = set()
    for batch in batches:
        outputs = teacher.label([t for _, t, _ in batch], [lg for _, _, lg in batch])
        for (rid, text, lg), res in zip(batch, outputs, strict=True):
            if rid in seen:
                raise TeacherInputError(f"{src}: duplicate id {rid!r}; ids must be unique")
            seen.add(rid)
            if res.failed:
                summary["failed"] += 1
                summary["failed_ids"].append(rid)
                continue
            spans = clean_spans(text, res.spans, teacher.stats)
            if res.probs is not None:
                soft.add(rid, res.words if res.words is not None else split_words(text), res.probs)
            summary["spans"] += len(spans)
            yield _record(rid, text, lg, spans, teacher.name)
        if bar is not None:
            bar.update(len(batch))


def _record(rid: str, text: str, lang: str, spans: list[Entity], name: str) -> dict:
    return {
        "id": rid,
        "text": text,
        "lang": lang,
        "spans": [
            {
                "start": e.start,
                "end": e.end,
                "label": e.label,
                "score": round(min(max(float(e.score), 0.0), 1.0), 4),
            }
            for e in spans
        ],
        "origin": f"teacher:{name}",
    }


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _progress_bar(enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit="rec", desc="label")
