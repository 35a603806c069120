"""Evaluate a bundle through the runtime, so patterns, windowing and span merging all count.

Figures (overall, per label, per language): seqeval entity P/R/F1 over canonical-word BIO tags
(`schema.split_words` + `bio_tags_for`) from gold spans and from detected entities; overlap
recall (a gold span is caught when any detection overlaps it); leak rate (share of gold PII
characters no detection covers) and over-masking (share of other non-space characters covered);
throughput. An optional teacher (bundle, or checkpoint folder exported on the fly) is run on the
same data for "F1 retained" and the speed-up.

Example:
    >>> cfg = EvalConfig(bundle="models/default", data="data/test.jsonl")
    >>> evaluate(cfg)["evaluation"]["overall"]["f1"]  # doctest: +SKIP
    0.87
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from anonymizer.records import read_records
from anonymizer.schema import Entity, bio_tags_for, split_words

from .card import write_card
from .config import EvalConfig, ExportConfig


def evaluate(cfg: EvalConfig) -> dict:
    """Run the student (and optional teacher) bundle on `cfg.data`; merge into metrics.json."""
    records = list(read_records(cfg.data))
    if cfg.limit:
        records = records[: cfg.limit]
    if not records:
        raise ValueError(f"{cfg.data}: no records to evaluate")
    result = {"data": str(cfg.data), "records": len(records), "patterns": cfg.patterns}
    preds, result["speed"] = run_detector(cfg.bundle, records, cfg)
    result.update(score(records, preds))
    out = {"evaluation": result}
    if cfg.teacher:
        out["teacher"] = _teacher(cfg, records, result)
    if cfg.write:
        path = Path(cfg.bundle) / "metrics.json"
        metrics = json.loads(path.read_text(encoding="utf-8"))
        metrics.update(out)
        path.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
        write_card(cfg.bundle)
    print(format_table(result))
    return out


def run_detector(bundle: str | Path, records: list[dict], cfg: EvalConfig) -> tuple[list, dict]:
    """Detected entities per record through `Anonymizer.load(bundle).detect_batch`, timed."""
    from anonymizer import Anonymizer

    anon = Anonymizer.load(bundle, patterns=cfg.patterns, batch_size=cfg.batch_size)
    texts = [r["text"] for r in records]
    anon.detect_batch(texts[:2])  # warm-up: session start is not throughput
    start = time.perf_counter()
    preds: list[list[Entity]] = []
    for i in range(0, len(texts), cfg.batch_size):
        preds += anon.detect_batch(texts[i : i + cfg.batch_size])
    secs = max(time.perf_counter() - start, 1e-9)
    chars = sum(len(t) for t in texts)
    return preds, {"chars_per_s": round(chars / secs, 1), "docs_per_s": round(len(texts) / secs, 2)}


def score(records: list[dict], preds: list[list[Entity]]) -> dict:
    """Overall, per-label and per-language figures of detections against gold spans."""
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        by_lang[rec["lang"]].append(i)
    overall, per_label = _group_scores(records, preds, range(len(records)))
    per_lang = {
        lang: _group_scores(records, preds, idx)[0] for lang, idx in sorted(by_lang.items())
    }
    return {"overall": overall, "per_label": per_label, "per_language": per_lang}


def _group_scores(records: list[dict], preds: list[list[Entity]], idx) -> tuple[dict, dict]:
    from seqeval.metrics import classification_report

    gold_tags, pred_tags = [], []
    caught, total = Counter(), Counter()
    chars = np.zeros(4, dtype=np.int64)  # gold, leaked, other non-space, over-masked
    for i in idx:
        text = records[i]["text"]
        gold = [(s["start"], s["end"], s["label"]) for s in records[i]["spans"]]
        pred = [(e.start, e.end, e.label) for e in preds[i]]
        words = split_words(text)
        gold_tags.append(bio_tags_for(gold, words))
        pred_tags.append(bio_tags_for(_non_overlapping(pred), words))
        total.update(lab for _, _, lab in gold)
        caught.update(lab for s, e, lab in gold if any(ps < e and s < pe for ps, pe, _ in pred))
        chars += _char_counts(text, gold, pred)
    report = classification_report(gold_tags, pred_tags, output_dict=True, zero_division=0)
    per_label = {
        lab: _prf(m) | {"overlap_recall": caught[lab] / max(total[lab], 1)}
        for lab, m in report.items()
        if not lab.endswith(" avg")
    }
    overall = _prf(report.get("micro avg", {})) | {
        "overlap_recall": sum(caught.values()) / max(sum(total.values()), 1),
        "leak_rate": chars[1] / max(chars[0], 1),
        "over_masking": chars[3] / max(chars[2], 1),
    }
    return _floats(overall), {k: _floats(v) for k, v in per_label.items()}


def _prf(m: dict) -> dict:
    return {
        "precision": m.get("precision", 0.0),
        "recall": m.get("recall", 0.0),
        "f1": m.get("f1-score", 0.0),
        "support": int(m.get("support", 0)),
    }


def _char_counts(text: str, gold: list, pred: list) -> np.ndarray:
    gold_mask, pred_mask = np.zeros(len(text), bool), np.zeros(len(text), bool)
    for s, e, _ in gold:
        gold_mask[s:e] = True
    for s, e, _ in pred:
        pred_mask[s:e] = True
    other = ~gold_mask & ~np.fromiter((c.isspace() for c in text), bool, len(text))
    return np.array(
        [gold_mask.sum(), (gold_mask & ~pred_mask).sum(), other.sum(), (other & pred_mask).sum()]
    )


def _non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """bio_tags_for expects disjoint spans; keep the earliest (then longest) of overlapping ones."""
    out: list[tuple[int, int, str]] = []
    for s, e, lab in sorted(spans, key=lambda x: (x[0], -x[1])):
        if not out or s >= out[-1][1]:
            out.append((s, e, lab))
    return out


def _floats(d: dict) -> dict:
    return {k: (round(float(v), 4) if not isinstance(v, int) else v) for k, v in d.items()}


def _teacher(cfg: EvalConfig, records: list[dict], student: dict) -> dict:
    teacher = Path(cfg.teacher)
    with tempfile.TemporaryDirectory() as tmp:
        if not (teacher / "model.onnx").is_file():  # a checkpoint folder: export it, fp32
            from .export import export_bundle

            export_bundle(
                ExportConfig(model_dir=str(teacher), out_dir=tmp, sample=cfg.data, sample_size=50)
            )
            teacher = Path(tmp)
        preds, speed = run_detector(teacher, records, cfg)
    t = score(records, preds)["overall"]
    return {
        "source": str(cfg.teacher),
        "f1": t["f1"],
        "speed": speed,
        "f1_retained": round(student["overall"]["f1"] / t["f1"], 4) if t["f1"] else None,
        "speedup": round(student["speed"]["chars_per_s"] / max(speed["chars_per_s"], 1e-9), 2),
    }


def format_table(result: dict) -> str:
    """Plain-text table of one evaluation (labels, then languages)."""
    head = f"{'':<14}{'P':>7}{'R':>7}{'F1':>7}{'ovl-R':>7}{'n':>7}"
    lines = [head]
    for name, m in sorted(result["per_label"].items()) + [("ALL", result["overall"])]:
        lines.append(
            f"{name:<14}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}"
            f"{m['overlap_recall']:>7.3f}{m['support']:>7d}"
        )
    for lang, m in result["per_language"].items():
        lines.append(
            f"lang {lang:<9}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}"
            f"{m['overlap_recall']:>7.3f}{m['support']:>7d}"
        )
    o, sp = result["overall"], result["speed"]
    lines.append(
        f"leak rate {o['leak_rate']:.4f}  over-masking {o['over_masking']:.4f}  "
        f"{sp['chars_per_s']:.0f} chars/s  {sp['docs_per_s']:.1f} docs/s"
    )
    return "\n".join(lines)
