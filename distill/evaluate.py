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
from dataclasses import replace
from pathlib import Path

from anonymizer.records import read_manifest, read_records
from anonymizer.schema import Entity

from .card import write_card
from .config import EvalConfig, ExportConfig
from .scoring import (
    bias_interval,
    bias_summary,
    format_table,
    name_origin_leaks,
    ratio_interval_text,
    score,
)

__all__ = ["evaluate", "parse_data", "score", "format_table"]


def evaluate(cfg: EvalConfig) -> dict:
    """Run the student (and optional teacher) bundle on every data set of `cfg.data`.

    `cfg.data` is one path or comma-separated `name=path` entries; each set is scored on its
    own (`evaluations[name]`) and all records pooled (`evaluation`). With `cfg.bias_data` alone
    only the bias check runs (and `write` updates only its figures)."""
    if not cfg.data and not cfg.bias_data:
        raise ValueError("nothing to evaluate: pass --data FILE, --bias-data FILE or both")
    if cfg.teacher and not cfg.data:
        raise ValueError("--teacher is compared on --data; pass --data FILE with it")
    student = _Detector(cfg.bundle, cfg)
    cfg = replace(cfg, threshold=student.threshold)  # the teacher is judged at the same point
    out, per = _run_sets(cfg, student) if cfg.data else ({}, {})
    if cfg.bias_data:
        out["bias"] = _bias(Path(cfg.bias_data), student, cfg)
    if cfg.write:
        _write(cfg.bundle, out)
    for name, res in per.items():
        print(f"== {name}\n{format_table(res)}")
    if len(per) > 1:
        print(f"== all sets\n{format_table(out['evaluation'])}")
    if "bias" in out:
        print(f"== bias check ({cfg.bias_data})\n{format_bias(out['bias'])}")
    return out


def _run_sets(cfg: EvalConfig, student: _Detector) -> tuple[dict, dict]:
    """Figures of every set of `cfg.data` (and of the teacher), and the per-set results."""
    sets = [(name, path, _records(path, cfg.limit)) for name, path in parse_data(cfg.data)]
    with tempfile.TemporaryDirectory() as tmp:
        # the teacher runs the student's model batch: the same padding for a fair speed ratio
        batch = student.anon.model.batch_size
        teacher = _Detector(_teacher_bundle(cfg, tmp), cfg, batch) if cfg.teacher else None
        per, pooled = {}, {"records": [], "student": [], "teacher": [], "s": [], "t": []}
        for name, path, records in sets:
            per[name] = _one_set(path, records, student, teacher, cfg, pooled)
    out = {"evaluations": per, "threshold": cfg.threshold}
    if len(sets) == 1:
        out["evaluation"] = next(iter(per.values()))
    else:
        speed = _pool_speed(pooled["s"])
        out["evaluation"] = _result("all sets", pooled["records"], pooled["student"], speed, cfg)
    if teacher:
        t_score = score(pooled["records"], pooled["teacher"])
        t_speed = _pool_speed(pooled["t"])
        out["teacher"] = _compare(cfg.teacher, out["evaluation"], t_score, t_speed)
    return out, per


def parse_data(spec: str) -> list[tuple[str, Path]]:
    """'a=x.jsonl,b=y.jsonl' or 'x.jsonl' -> [(name, path)] (name defaults to the file stem)."""
    out = []
    for item in (x.strip() for x in str(spec).split(",")):
        if item:
            name, _, path = item.rpartition("=")
            out.append((name or Path(path).stem, Path(path)))
    if not out:
        raise ValueError("no data to evaluate; pass --data FILE or --data name=FILE,name=FILE")
    return out


def _records(path: Path, limit: int) -> list[dict]:
    records = list(read_records(path))[: limit or None]
    if not records:
        raise ValueError(f"{path}: no records to evaluate")
    return records


def _bias(path: Path, student: _Detector, cfg: EvalConfig) -> dict:
    """PERSON leak per name origin on a synthetic set, with the worst/best summary."""
    records = _records(path, cfg.limit)
    preds, _ = student.run(records)
    groups = name_origin_leaks(records, preds)
    if not groups:
        raise ValueError(
            f"{path}: no PERSON span carries name_origin; pass a file made by "
            "`teacher-labels synthesize` as --bias-data"
        )
    matched = _matched(path)
    head = {"data": str(path), "records": len(records), "matched": matched}
    head |= {"threshold": cfg.threshold, "groups": groups}
    return head | bias_summary(groups) | {"ratio_interval": bias_interval(records, preds, matched)}


def _matched(path: Path) -> bool:
    """Whether the bias file is one synthesized set per name origin (`synthesize --name-origin`
    runs joined by `concat`): the groups then differ in their names only."""
    try:
        sources = read_manifest(path).get("sources") or []
    except FileNotFoundError:
        return False
    return bool(sources) and all(s.get("name_origin") for s in sources)


def format_bias(bias: dict) -> str:
    """Text lines of the bias check: one per name origin, then worst/best."""
    lines = [
        f"PERSON from {o:<8} leak {m['leak_rate']:.4f}  recall {m['overlap_recall']:.3f}  "
        f"({m['spans']} spans)"
        for o, m in bias["groups"].items()
    ]
    ratio = "unbounded" if bias["ratio"] is None else f"{bias['ratio']:.1f}x"
    lines.append(
        f"worst {bias['worst']} {bias['worst_leak']:.4f} / best {bias['best']} "
        f"{bias['best_leak']:.4f} = {ratio} (goal: at most 2x)"
    )
    if bias.get("ratio_interval"):
        lines.append(f"95 % bootstrap interval of the ratio: {ratio_interval_text(bias)}")
    return "\n".join(lines)


def _one_set(path, records, student, teacher, cfg, pooled) -> dict:
    preds, speed = student.run(records)
    res = _result(str(path), records, preds, speed, cfg)
    pooled["records"] += records
    pooled["student"] += preds
    pooled["s"].append(speed)
    if teacher:
        t_preds, t_speed = teacher.run(records)
        res["teacher"] = _compare(cfg.teacher, res, score(records, t_preds), t_speed)
        pooled["teacher"] += t_preds
        pooled["t"].append(t_speed)
    return res


def _result(data: str, records: list, preds: list, speed: dict, cfg: EvalConfig) -> dict:
    head = {"data": data, "records": len(records), "patterns": cfg.patterns, "speed": speed}
    return head | score(records, preds)


def _speed(chars: int, docs: int, secs: float) -> dict:
    secs = max(secs, 1e-9)
    return {
        "chars": chars,
        "docs": docs,
        "seconds": round(secs, 3),
        "chars_per_s": round(chars / secs, 1),
        "docs_per_s": round(docs / secs, 2),
    }


def _pool_speed(speeds: list[dict]) -> dict:
    return _speed(*(sum(s[k] for s in speeds) for k in ("chars", "docs", "seconds")))


def _compare(source: str, student: dict, teacher: dict, t_speed: dict) -> dict:
    t_f1 = teacher["overall"]["f1"]
    return {
        "source": str(source),
        "f1": t_f1,
        "overlap_recall": teacher["overall"]["overlap_recall"],
        "speed": t_speed,
        "f1_retained": round(student["overall"]["f1"] / t_f1, 4) if t_f1 else None,
        "speedup": round(student["speed"]["chars_per_s"] / max(t_speed["chars_per_s"], 1e-9), 2),
    }


def _write(bundle: str | Path, out: dict) -> None:
    path = Path(bundle) / "metrics.json"
    metrics = json.loads(path.read_text(encoding="utf-8"))
    metrics.update(out)
    path.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    write_card(bundle)


class _Detector:
    """One Anonymizer for a bundle, reused for every data set; `run` times detect_batch."""

    def __init__(self, bundle: str | Path, cfg: EvalConfig, model_batch: int | None = None) -> None:
        from anonymizer import Anonymizer

        # By default the runtime's own model batch (auto: one window per call for int8 on CPU),
        # so the figures are those users get; cfg.batch_size is texts per detect_batch call.
        self.anon = Anonymizer.load(
            bundle, patterns=cfg.patterns, threshold=cfg.threshold or None, batch_size=model_batch
        )
        self.batch_size = cfg.batch_size
        self.threshold = self.anon.model.threshold  # a bundle always gives a model
        self.anon.detect_batch(["warm-up: session start is not throughput"])

    def run(self, records: list[dict]) -> tuple[list[list[Entity]], dict]:
        texts = [r["text"] for r in records]
        start = time.perf_counter()
        preds: list[list[Entity]] = []
        for i in range(0, len(texts), self.batch_size):
            preds += self.anon.detect_batch(texts[i : i + self.batch_size])
        secs = time.perf_counter() - start
        return preds, _speed(sum(len(t) for t in texts), len(texts), secs)


def _teacher_bundle(cfg: EvalConfig, tmp: str) -> Path:
    """The teacher as a bundle: itself, or its checkpoint folder exported (fp32) into `tmp`."""
    teacher = Path(cfg.teacher)
    if (teacher / "model.onnx").is_file():
        return teacher
    from .export import export_bundle

    sample = str(parse_data(cfg.data)[0][1])
    export_bundle(ExportConfig(model_dir=str(teacher), out_dir=tmp, sample=sample, sample_size=50))
    return Path(tmp)
