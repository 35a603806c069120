"""Deterministic train/dev split of a tagged-record JSONL file.

Records are assigned by a hash of their group key, so the split is stable across runs and
machines, and records of one document (TAB paragraphs carry `meta.doc`) never straddle it.

Example:
    >>> assign("doc-7", dev_fraction=0.2, seed=0) in ("train", "dev")
    True
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from anonymizer.records import read_manifest, read_records, write_manifest, write_records


def assign(group: str, dev_fraction: float, seed: int = 0) -> str:
    digest = hashlib.sha256(f"{seed}:{group}".encode()).digest()
    return "dev" if int.from_bytes(digest[:8], "big") / 2**64 < dev_fraction else "train"


def group_key(rec: dict) -> str:
    meta = rec.get("meta")
    if isinstance(meta, dict) and meta.get("doc") is not None:
        return f"doc:{meta['doc']}"
    return str(rec["id"])


def split_file(
    src: str | Path,
    train_out: str | Path,
    dev_out: str | Path,
    dev_fraction: float = 0.2,
    seed: int = 0,
    keep_empty: float = 1.0,
) -> dict:
    """Write the two parts with manifests (the source manifest's fields are carried over).

    `keep_empty` < 1 thins the TRAIN part: only that share of records without any span is kept
    (chosen by hash, so deterministic); the dev part is never thinned."""
    if not 0.0 < dev_fraction < 1.0:
        raise ValueError(f"dev_fraction must be in (0, 1), got {dev_fraction}")
    try:
        base = read_manifest(src)
    except FileNotFoundError:
        base = {}
    drop = ("schema_version", "labels", "file", "counts", "split", "split_of", "records")
    base = {k: v for k, v in base.items() if k not in drop}
    counts = {}
    for part, out in (("train", train_out), ("dev", dev_out)):
        keep = keep_empty if part == "train" else 1.0
        counts[part] = write_records(out, _part(src, part, dev_fraction, seed, keep))
        write_manifest(
            out,
            **base,
            split=part,
            split_of=Path(src).name,
            dev_fraction=dev_fraction,
            split_seed=seed,
            keep_empty=keep,
            counts=counts[part],
        )
    return counts


def concat_files(out: str | Path, sources: list[str | Path]) -> dict:
    """Concatenate tagged-record files into one; ids must stay unique. The manifest lists every
    source's manifest (dataset, licence, counts) under `sources`."""
    missing = [str(src) for src in sources if not Path(src).is_file()]
    if missing:
        raise FileNotFoundError(
            f"concat: no such files {missing}; pass existing tagged-record JSONL files"
        )
    seen: set = set()

    def records() -> Iterator[dict]:
        for src in sources:
            for rec in read_records(src):
                if rec["id"] in seen:
                    raise ValueError(f"{src}: duplicate id {rec['id']!r}; ids must be unique")
                seen.add(rec["id"])
                yield rec

    counts = write_records(out, records())
    manifests = []
    for src in sources:
        try:
            m = read_manifest(src)
        except FileNotFoundError:
            m = {"file": Path(src).name}
        manifests.append({k: v for k, v in m.items() if k not in ("schema_version", "labels")})
    write_manifest(out, generator="teacher-labels concat", sources=manifests, counts=counts)
    return counts


def _part(src, part: str, dev_fraction: float, seed: int, keep_empty: float) -> Iterator[dict]:
    for rec in read_records(src):
        if assign(group_key(rec), dev_fraction, seed) != part:
            continue
        if (
            rec["spans"]
            or keep_empty >= 1.0
            or assign(f"keep:{rec['id']}", keep_empty, seed) == "dev"
        ):
            yield rec
