"""Model bundle: a folder the runtime can run, written by `distill export`.

    models/<name>/
      model.onnx       token classifier: inputs input_ids, attention_mask (+ token_type_ids),
                       output logits [batch, seq, len(labels)]
      tokenizer.json   a `tokenizers` Tokenizer (training used the very same file)
      labels.json      BIO tag names in output-column order (subset/order of schema.BIO_TAGS)
      config.json      {"schema_version", "max_length", "stride", "cls_id", "sep_id", "pad_id", ...}
      README.md        model card
      metrics.json     measured quality and speed

Example:
    >>> b = Bundle.load("models/default")          # doctest: +SKIP
    >>> b.config.max_length, b.labels[:2]          # doctest: +SKIP
    (256, ['O', 'B-PERSON'])
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .schema import BIO_TAGS, SCHEMA_VERSION, WORD_SPLITS

BUNDLE_FILES = (
    "model.onnx",
    "tokenizer.json",
    "labels.json",
    "config.json",
    "README.md",
    "metrics.json",
)
DEFAULT_BUNDLE = Path(__file__).resolve().parent.parent / "models" / "default"
MODEL_ENV = "ANONYMIZER_MODEL"


class BundleError(ValueError):
    """A model bundle is missing a file or does not match this runtime's contract."""


@dataclass
class BundleConfig:
    """`config.json` of a bundle: how the runtime must window and feed the model."""

    schema_version: int = SCHEMA_VERSION
    max_length: int = 256  # tokens per window, special tokens included
    stride: int = 64  # tokens shared by consecutive windows
    cls_id: int = 0
    sep_id: int = 2
    pad_id: int = 1
    token_type_ids: bool = False  # does the graph take token_type_ids?
    base_model: str = ""
    quantized: bool = False
    threshold: float = 0.5  # a word is an entity when its non-O probability reaches this
    word_split: str = "pretokenizer"  # where words begin (schema.WORD_SPLITS), as in training
    extra: dict = field(default_factory=dict)

    def check(self, where: str) -> None:
        if self.schema_version != SCHEMA_VERSION:
            raise BundleError(
                f"{where}: schema_version {self.schema_version!r} is not known to this runtime "
                f"(reads {SCHEMA_VERSION}); re-export the bundle or upgrade the anonymizer"
            )
        if not 0.0 < self.threshold < 1.0:
            raise BundleError(
                f"{where}: threshold must lie strictly between 0 and 1, found {self.threshold!r}"
            )
        if self.word_split not in WORD_SPLITS:
            raise BundleError(
                f"{where}: word_split must be one of {list(WORD_SPLITS)}, found "
                f"{self.word_split!r}; re-export the bundle with `distill export`"
            )
        if self.max_length < 8 or not 0 <= self.stride < self.max_length - 2:
            raise BundleError(
                f"{where}: need max_length >= 8 and 0 <= stride < max_length - 2, "
                f"found max_length={self.max_length} stride={self.stride}"
            )


@dataclass
class Bundle:
    """A loaded, checked bundle (paths and parsed metadata; no ONNX session yet)."""

    path: Path
    config: BundleConfig
    labels: list[str]
    metrics: dict

    @property
    def model_path(self) -> Path:
        return self.path / "model.onnx"

    @property
    def tokenizer_path(self) -> Path:
        return self.path / "tokenizer.json"

    @classmethod
    def load(cls, path: str | Path) -> Bundle:
        p = Path(path)
        if not p.is_dir():
            raise BundleError(
                f"model bundle {p} is not a folder; pass a folder made by `distill export`"
            )
        missing = [f for f in BUNDLE_FILES if not (p / f).is_file()]
        if missing:
            raise BundleError(
                f"model bundle {p} is missing {missing}; expected files {list(BUNDLE_FILES)}; "
                "re-export it with `distill export`"
            )
        raw = _read_json(p / "config.json")
        known = set(BundleConfig.__dataclass_fields__)
        unknown = sorted(set(raw) - known)
        if unknown:
            raise BundleError(
                f"{p}/config.json: unknown keys {unknown}; expected a subset of {sorted(known)}"
            )
        config = BundleConfig(**raw)
        config.check(str(p / "config.json"))
        labels = _read_json(p / "labels.json")
        bad = (
            [t for t in labels if t not in BIO_TAGS]
            if isinstance(labels, list)
            else ["<not a list>"]
        )
        if bad or not labels or labels[0] != "O":
            raise BundleError(
                f"{p}/labels.json: expected a list of BIO tags starting with 'O' from "
                f"schema.BIO_TAGS, found unknown {bad[:3]}"
            )
        return cls(path=p, config=config, labels=labels, metrics=_read_json(p / "metrics.json"))


def write_bundle_meta(
    path: str | Path, config: BundleConfig, labels: list[str], metrics: dict
) -> None:
    """Write config.json, labels.json and metrics.json (model and tokenizer are copied apart)."""
    p = Path(path)
    p.mkdir(parents=True, exist_ok=True)
    (p / "config.json").write_text(json.dumps(asdict(config), indent=2) + "\n", encoding="utf-8")
    (p / "labels.json").write_text(json.dumps(list(labels), indent=2) + "\n", encoding="utf-8")
    (p / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise BundleError(
            f"{path}: invalid JSON ({exc.msg} at line {exc.lineno}); re-export the bundle"
        ) from None


def default_bundle_path() -> Path | None:
    """$ANONYMIZER_MODEL if set, else the shipped `models/default` when present."""
    env = os.environ.get(MODEL_ENV)
    if env:
        return Path(env)
    return DEFAULT_BUNDLE if (DEFAULT_BUNDLE / "model.onnx").is_file() else None
