"""Shared by the corpus importers: label maps, token-sentence -> record, writing with manifest.

A label map is a small JSON file in `labelmaps/` (or any path)::

    {"description": "...", "labels": {"PER": "PERSON", "OTH": null}}

mapping each source entity type to one of our labels, or null for "not PII". A source label the
map does not name is an error that names the label and the file to edit.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from anonymizer.records import write_manifest, write_records
from anonymizer.schema import LABELS

from ..align import detokenize

LABELMAP_DIR = Path(__file__).resolve().parent / "labelmaps"


class CorpusError(ValueError):
    """A corpus file does not match its format or label map; the message names file and line."""


class LabelMap:
    """Source entity type -> our label (or None). Counts what it mapped.

    Example:
        >>> m = LabelMap.load("germeval2014")
        >>> m("PER"), m("OTH")
        ('PERSON', None)
    """

    def __init__(
        self, labels: dict[str, str | None], path: Path, about: dict | None = None
    ) -> None:
        self.labels, self.path = labels, path
        self.about = about or {}  # dataset name, licence, url: copied into manifests
        self.seen: Counter = Counter()

    @classmethod
    def load(cls, name_or_path: str | Path) -> LabelMap:
        path = Path(name_or_path)
        if not path.is_file():
            path = LABELMAP_DIR / f"{name_or_path}.json"
        if not path.is_file():
            known = sorted(p.stem for p in LABELMAP_DIR.glob("*.json"))
            raise CorpusError(f"no label map {name_or_path!r}; pass a JSON file or one of {known}")
        raw = json.loads(path.read_text(encoding="utf-8"))
        labels = raw.get("labels") if isinstance(raw, dict) else None
        if not isinstance(labels, dict):
            raise CorpusError(f'{path}: expected {{"labels": {{source: label or null}}}}')
        bad = sorted({str(v) for v in labels.values() if v is not None and v not in LABELS})
        if bad:
            raise CorpusError(f"{path}: targets {bad} are not among {list(LABELS)} (or null)")
        about = {k: raw[k] for k in ("dataset", "license") if k in raw}
        return cls(labels, path, about)

    def __call__(self, source: str, where: str = "") -> str | None:
        if source not in self.labels:
            raise CorpusError(
                f"{where}: source label {source!r} is not in label map {self.path}; add it there "
                f"(mapped to one of {list(LABELS)} or null) or pass another --labelmap"
            )
        self.seen[source] += 1
        return self.labels[source]


def token_spans(tags: list[str], where: str) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, source type) runs from BIO/IOB tags."""
    runs: list[list] = []
    prev = "O"
    for i, tag in enumerate(tags):
        if tag == "O":
            prev = "O"
            continue
        prefix, sep, etype = tag.partition("-")
        if not sep or prefix not in ("B", "I") or not etype:
            raise CorpusError(f"{where}: tag {tag!r} is not BIO (expected O, B-TYPE or I-TYPE)")
        if prefix == "I" and prev != "O" and prev.partition("-")[2] == etype:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, etype])
        prev = tag
    return [(a, b, t) for a, b, t in runs]


def sentence_record(
    tokens: list[str],
    tags: list[str],
    labelmap: LabelMap,
    rid: str,
    lang: str,
    origin: str,
    where: str,
    stats: Counter,
) -> dict:
    """A tagged record from one tokenised sentence: detokenised text with exact spans."""
    text, offsets = detokenize(tokens)
    spans = []
    for a, b, etype in token_spans(tags, where):
        label = labelmap(etype, where)
        if label is None:
            stats["not_pii_spans"] += 1
            continue
        spans.append({"start": offsets[a][0], "end": offsets[b - 1][1], "label": label})
    return {"id": rid, "text": text, "lang": lang, "spans": spans, "origin": origin}


def import_sentences(
    sentences: Iterable[tuple[str, list[str], list[str]]],
    out: str | Path,
    *,
    corpus: str,
    split: str,
    lang: str,
    labelmap: LabelMap,
    src: str | Path,
) -> dict:
    """Write `(where, tokens, tags)` sentences as records `<corpus>-<split>-<n>` (+ manifest);
    `where` names the source position in error messages."""
    stats: Counter = Counter()
    records = (
        sentence_record(
            tokens, tags, labelmap, f"{corpus}-{split}-{n}", lang, f"corpus:{corpus}", where, stats
        )
        for n, (where, tokens, tags) in enumerate(sentences, 1)
    )
    return write_corpus(
        out, records, corpus=corpus, split=split, src=src, labelmap=labelmap, stats=stats
    )


def write_corpus(
    out: str | Path,
    records: Iterable[dict],
    *,
    corpus: str,
    split: str,
    src: str | Path,
    labelmap: LabelMap,
    stats: Counter,
) -> dict:
    """Write records + manifest; returns the counts (records, labels, languages, stats)."""
    counts = write_records(out, records)
    counts["source_labels"] = dict(sorted(labelmap.seen.items()))
    counts.update({k: v for k, v in sorted(stats.items())})
    write_manifest(
        out,
        origin=f"corpus:{corpus}",
        corpus=corpus,
        split=split,
        source=Path(src).name,
        labelmap=labelmap.path.name,
        **labelmap.about,
        counts=counts,
    )
    return counts
