"""Checkpoint folders: a Hugging Face model folder plus the exact `tokenizer.json` and labels.

    runs/teacher/best/   config.json, model.safetensors, tokenizer.json, labels.json,
                         train_config.json
    runs/teacher/last/   the same + trainer_state.pt (optimizer, schedule, step, epoch)

Example:
    >>> save_checkpoint("runs/t/best", model, tokenizer, {"seed": 1})   # doctest: +SKIP
    >>> model, tokenizer = load_model("runs/t/best")                    # doctest: +SKIP
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from tokenizers import Tokenizer

from anonymizer.schema import BIO_TAGS

STATE_FILE = "trainer_state.pt"


def label_maps() -> tuple[dict[int, str], dict[str, int]]:
    """id2label / label2id of a token classifier over `schema.BIO_TAGS`."""
    return dict(enumerate(BIO_TAGS)), {t: i for i, t in enumerate(BIO_TAGS)}


def save_checkpoint(folder: str | Path, model, tokenizer: Tokenizer, train_config: dict) -> Path:
    """save_pretrained + tokenizer.json + labels.json + train_config.json."""
    from transformers.utils import logging as hf_logging

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    hf_logging.disable_progress_bar()  # progress bars belong to CLIs on a terminal only
    model.save_pretrained(out)
    tokenizer.save(str(out / "tokenizer.json"))
    labels = [model.config.id2label[i] for i in range(model.config.num_labels)]
    (out / "labels.json").write_text(json.dumps(labels, indent=2) + "\n", encoding="utf-8")
    (out / "train_config.json").write_text(json.dumps(train_config, indent=2) + "\n", "utf-8")
    return out


def word_split_of(folder: str | Path) -> str:
    """The word split a checkpoint was trained with (its train_config.json); "pretokenizer"
    for checkpoints written before the setting existed, hub names and bare model folders."""
    path = Path(folder) / "train_config.json"
    if not path.is_file():
        return "pretokenizer"
    return json.loads(path.read_text(encoding="utf-8")).get("word_split", "pretokenizer")


def load_model(folder: str | Path, eager: bool = True):
    """(model, tokenizer) of a checkpoint folder, model in eval mode on the CPU."""
    from transformers import AutoModelForTokenClassification
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    p = Path(folder)
    for need in ("config.json", "tokenizer.json"):
        if not (p / need).is_file():
            raise FileNotFoundError(
                f"{p} has no {need}; pass a checkpoint folder written by `distill train-*`"
            )
    kwargs = {"attn_implementation": "eager"} if eager else {}
    model = AutoModelForTokenClassification.from_pretrained(p, **kwargs)
    model.eval()
    return model, Tokenizer.from_file(str(p / "tokenizer.json"))


def model_labels(model) -> list[str]:
    """Output-column tag names of a token classifier; they must be schema BIO tags."""
    labels = [model.config.id2label[i] for i in range(model.config.num_labels)]
    bad = [t for t in labels if t not in BIO_TAGS]
    if bad:
        raise ValueError(
            f"model labels {bad[:3]} are not schema.BIO_TAGS; fine-tune it with "
            "`distill train-teacher` so its head predicts the project's tags"
        )
    return labels


def save_state(folder: str | Path, state: dict) -> None:
    """Optimizer/scheduler/step state beside the `last` checkpoint."""
    import torch

    torch.save(state, Path(folder) / STATE_FILE)


def load_state(folder: str | Path) -> dict:
    import torch

    path = Path(folder) / STATE_FILE
    if not path.is_file():
        raise FileNotFoundError(f"cannot resume: {path} is missing; start without --resume")
    return torch.load(path, weights_only=False)


def earlier_passes(base_model: str) -> list[dict]:
    """Training settings of the checkpoints `base_model` grew from, oldest first: a second pass
    (or a student started from the teacher) keeps the whole chain in its train_config.json.
    Empty for a hub name or a folder without train_config.json."""
    path = Path(base_model) / "train_config.json"
    if not base_model or not path.is_file():
        return []
    prev = json.loads(path.read_text(encoding="utf-8"))
    return prev.pop("earlier_passes", []) + [prev]


def save_epoch(out: Path, cfg, model, tokenizer, opt, sched, state: dict, improved: bool) -> None:
    """`last/` with the optimizer and scheduler state to resume from; `best/` when `improved`."""
    conf = {**asdict(cfg), "earlier_passes": earlier_passes(cfg.base_model)}
    save_checkpoint(out / "last", model, tokenizer, conf)
    save_state(
        out / "last", {"optimizer": opt.state_dict(), "scheduler": sched.state_dict(), **state}
    )
    if improved:
        save_checkpoint(out / "best", model, tokenizer, conf)


def resume_training(last: Path, model, opt, sched) -> dict:
    """Model, optimizer and scheduler as `save_epoch` left them in `last`; the loop's state."""
    from safetensors.torch import load_file

    saved = load_state(last)
    model.load_state_dict(load_file(str(last / "model.safetensors")))
    opt.load_state_dict(saved.pop("optimizer"))
    sched.load_state_dict(saved.pop("scheduler"))
    print(f"resumed from {last} at step {saved['step']}, epoch {saved['epoch']}", flush=True)
    return saved
