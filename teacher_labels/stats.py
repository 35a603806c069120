"""Statistics of a tagged-record JSONL file (streamed; lengths kept as a histogram).

Example:
    >>> import json, tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "x.jsonl")
    >>> rec = {"id": "a", "text": "Hi Jo", "lang": "en", "origin": "t",
    ...        "spans": [{"start": 3, "end": 5, "label": "PERSON"}]}
    >>> _ = open(path, "w").write(json.dumps(rec) + "\\n")
    >>> file_stats(path)["labels"]
    {'PERSON': 1}
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from anonymizer.records import read_records
from anonymizer.schema import LABELS

PERCENTILES = (50, 90, 99)


def file_stats(path: str | Path) -> dict:
    """Records, per language, per label (spans), label x language, lengths, share without PII."""
    langs: Counter = Counter()
    labels: Counter = Counter()
    by_lang: dict[str, Counter] = {}
    lengths: Counter = Counter()
    without_pii = 0
    for rec in read_records(path):
        lang = rec["lang"]
        langs[lang] += 1
        lengths[len(rec["text"])] += 1
        spans = [s["label"] for s in rec["spans"]]
        labels.update(spans)
        by_lang.setdefault(lang, Counter()).update(spans)
        without_pii += not spans
    records = sum(langs.values())
    return {
        "records": records,
        "languages": dict(sorted(langs.items())),
        "labels": {lab: labels[lab] for lab in LABELS if labels[lab]},
        "label_by_language": {
            lang: {lab: c[lab] for lab in LABELS if c[lab]} for lang, c in sorted(by_lang.items())
        },
        "length_chars": _length_summary(lengths, records),
        "share_without_pii": round(without_pii / records, 4) if records else 0.0,
    }


def _length_summary(hist: Counter, n: int) -> dict:
    if not n:
        return {"mean": 0.0, **{f"p{p}": 0 for p in PERCENTILES}, "max": 0}
    out: dict = {"mean": round(sum(k * v for k, v in hist.items()) / n, 1)}
    ordered = sorted(hist.items())
    for p in PERCENTILES:
        rank, seen = max(1, -(-p * n // 100)), 0  # nearest-rank percentile
        for length, count in ordered:
            seen += count
            if seen >= rank:
                out[f"p{p}"] = length
                break
    out["max"] = ordered[-1][0]
    return out


def format_stats(stats: dict) -> str:
    """A readable table: totals, lengths, then spans per label and language."""
    langs = list(stats["languages"])
    lines = [
        f"records: {stats['records']}",
        "languages: " + ", ".join(f"{k}={v}" for k, v in stats["languages"].items()),
        f"share without PII: {stats['share_without_pii']:.1%}",
        "length (chars): " + ", ".join(f"{k}={v}" for k, v in stats["length_chars"].items()),
        "",
    ]
    header = f"{'label':<14}{'total':>9}" + "".join(f"{lang:>9}" for lang in langs)
    lines += [header, "-" * len(header)]
    for label, total in stats["labels"].items():
        per = [stats["label_by_language"].get(lang, {}).get(label, 0) for lang in langs]
        lines.append(f"{label:<14}{total:>9}" + "".join(f"{c:>9}" for c in per))
    return "\n".join(lines)
