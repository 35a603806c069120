"""One training loop for teacher fine-tuning (cross-entropy) and student distillation (kd_loss).

Seeded; AdamW with separate learning rates for encoder and head; cosine schedule with warm-up;
gradient clipping; CUDA + bf16 autocast when a GPU is present, CPU fp32 otherwise (printed).
After each epoch: dev entity F1 (seqeval over the words' first-sub-token tags of each window),
`last/` checkpoint with optimizer state, `best/` when the F1 improved. Metrics go to
`metrics.jsonl`, curves to `curves.png`.

Example:
    >>> cfg = TeacherConfig(train="train.jsonl", dev="dev.jsonl", out_dir="runs/t")
    >>> result = train_teacher(cfg, model, tokenizer)  # doctest: +SKIP
    >>> result.best_f1, result.best_dir  # doctest: +SKIP
    (0.91, PosixPath('runs/t/best'))
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch

from anonymizer.records import read_records
from anonymizer.schema import BIO_TAGS
from anonymizer.softlabels import SoftLabels, soft_path

from .checkpoint import resume_training, save_epoch
from .config import StudentConfig, TeacherConfig, TrainConfig
from .data import (
    Window,
    batches,
    collate,
    lowercase_copies,
    make_windows,
    oversample,
    parse_oversample,
    special_ids,
)
from .device import autocast, pick_device
from .loss import hard_loss, kd_loss

LossFn = Callable[[torch.Tensor, dict], torch.Tensor]


@dataclass
class TrainResult:
    """Where a run left its checkpoints and how far it got.

    >>> TrainResult(10, 0.9, Path("r/best"), Path("r/last"), Path("r/metrics.jsonl")).step
    10
    """

    step: int
    best_f1: float | None
    best_dir: Path
    last_dir: Path
    metrics_path: Path


def train_teacher(cfg: TeacherConfig, model, tokenizer) -> TrainResult:
    """Fine-tune `model` (a token classifier over BIO_TAGS) on the hard labels of `cfg.train`."""
    records = _with_lowercase(list(read_records(cfg.train)), cfg)
    train_wins = make_windows(records, tokenizer, cfg.max_length, cfg.stride, split=cfg.word_split)
    train_wins = oversample(train_wins, records, parse_oversample(cfg.oversample))
    return run(cfg, model, tokenizer, train_wins, _dev_windows(cfg, tokenizer), _ce)


def train_student(
    cfg: StudentConfig, model, tokenizer, soft: SoftLabels | None = None
) -> TrainResult:
    """Distil into `model`: kd_loss against soft labels (given, `cfg.soft_labels`, the file
    beside `cfg.train`, or computed now from `cfg.teacher`)."""
    records = list(read_records(cfg.train))
    soft = soft if soft is not None else resolve_soft(cfg, records)
    records = _with_lowercase(records, cfg)
    train_wins = make_windows(
        records,
        tokenizer,
        cfg.max_length,
        cfg.stride,
        soft=soft,
        hard=not cfg.soft_only,
        split=cfg.word_split,
    )
    train_wins = oversample(train_wins, records, parse_oversample(cfg.oversample))

    def loss_fn(logits: torch.Tensor, batch: dict) -> torch.Tensor:
        return kd_loss(logits, batch["teacher_probs"], batch["labels"], cfg.temperature, cfg.alpha)

    return run(cfg, model, tokenizer, train_wins, _dev_windows(cfg, tokenizer), loss_fn)


def _with_lowercase(records: list[dict], cfg: TrainConfig) -> list[dict]:
    """The records plus lower-cased copies of `cfg.lowercase` of them (printed when any)."""
    copies = lowercase_copies(records, cfg.lowercase, cfg.seed)
    if copies:
        print(f"lowercase: {len(copies)} lower-cased copies added to {len(records)} records")
    return records + copies


def resolve_soft(cfg: StudentConfig, records: list[dict]) -> SoftLabels:
    """The student's soft labels: --soft-labels, else <train>.soft.npz, else the teacher now."""
    path = Path(cfg.soft_labels) if cfg.soft_labels else soft_path(cfg.train)
    if path.is_file():
        return SoftLabels.load(path)
    if cfg.teacher:
        from .cache import teacher_soft_labels

        return teacher_soft_labels(cfg.teacher, records, cfg.max_length, cfg.stride)
    raise FileNotFoundError(
        f"no soft labels at {path}; run `distill cache-teacher --data {cfg.train}` first "
        "or pass --teacher"
    )


def run(cfg: TrainConfig, model, tokenizer, train_wins: list[Window], dev_wins, loss_fn: LossFn):
    """The loop. Resumes from `out_dir/last` when `cfg.resume`."""
    if not train_wins:
        raise ValueError(f"{cfg.train}: no training windows (empty file or empty texts)")
    out = Path(cfg.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    device, amp = pick_device(cfg.device, cfg.threads)
    if cfg.freeze_embeddings:
        model.get_input_embeddings().weight.requires_grad_(False)
    model.to(device)
    total = math.ceil(len(train_wins) / cfg.batch_size) * cfg.epochs
    opt = make_optimizer(model, cfg)
    sched = _cosine(opt, int(total * cfg.warmup_ratio), total)
    state = (
        resume_training(out / "last", model, opt, sched)
        if cfg.resume
        else {"step": 0, "epoch": 0, "best_f1": None}
    )
    loop = _Loop(
        cfg, model, opt, sched, loss_fn, special_ids(tokenizer), device, amp, out / "metrics.jsonl"
    )
    for epoch in range(state["epoch"], cfg.epochs):
        state["step"], epoch_loss = loop.epoch(train_wins, epoch, state["step"])
        f1 = None
        if dev_wins and cfg.eval_each_epoch:
            f1 = dev_f1(model, dev_wins, loop.specials, cfg.batch_size, device, amp)
        _log(loop.metrics, step=state["step"], epoch=epoch + 1, epoch_loss=epoch_loss, dev_f1=f1)
        print(
            f"epoch {epoch + 1}/{cfg.epochs} step {state['step']} loss {epoch_loss:.4f} "
            f"dev_f1 {f1}",
            flush=True,
        )
        state["epoch"] = epoch + 1
        save_epoch(out, cfg, model, tokenizer, opt, sched, state, improved=_improved(f1, state))
    from .plot import plot_metrics

    plot_metrics(loop.metrics, out / "curves.png")
    return TrainResult(state["step"], state["best_f1"], out / "best", out / "last", loop.metrics)


@dataclass
class _Loop:
    """What one epoch of optimisation needs; `epoch()` runs it and logs every `log_every` steps."""

    cfg: TrainConfig
    model: torch.nn.Module
    opt: torch.optim.Optimizer
    sched: object
    loss_fn: LossFn
    specials: tuple[int, int, int]
    device: torch.device
    amp: bool
    metrics: Path

    def epoch(self, wins: list[Window], epoch: int, step: int) -> tuple[int, float]:
        cfg, model = self.cfg, self.model
        torch.manual_seed(cfg.seed + epoch)  # dropout; batch order is seeded by `batches`
        model.train()
        clock, tokens, window_loss, total_loss, n = time.perf_counter(), 0, [], 0.0, 0
        for idx in batches(wins, cfg.batch_size, seed=cfg.seed + epoch):
            batch = collate([wins[i] for i in idx], *self.specials)
            batch = {k: v.to(self.device) for k, v in batch.items()}
            loss = self.step(batch)
            step, n = step + 1, n + 1
            tokens += int(batch["attention_mask"].sum())
            window_loss.append(loss)
            total_loss += loss
            if step % cfg.log_every == 0:
                lrs = self.sched.get_last_lr()
                _log(
                    self.metrics,
                    step=step,
                    epoch=epoch + 1,
                    loss=sum(window_loss) / len(window_loss),
                    lr_encoder=lrs[0],
                    lr_head=lrs[-1],
                    tokens_per_s=tokens / (time.perf_counter() - clock),
                )
                clock, tokens, window_loss = time.perf_counter(), 0, []
        return step, total_loss / max(n, 1)

    def step(self, batch: dict) -> float:
        with autocast(self.device, self.amp):
            out = self.model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])
        loss = self.loss_fn(out.logits.float(), batch)
        self.opt.zero_grad(set_to_none=True)
        loss.backward()
        if self.cfg.grad_clip > 0:
            torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg.grad_clip)
        self.opt.step()
        self.sched.step()
        return float(loss.detach())


def make_optimizer(model, cfg: TrainConfig) -> torch.optim.AdamW:
    """AdamW: head (classifier.*) at lr_head, encoder at lr_encoder; no decay on biases/norms."""
    groups: dict[tuple[bool, bool], list] = {}
    for name, p in model.named_parameters():
        if p.requires_grad:
            head = name.startswith("classifier.")
            decay = p.ndim > 1 and "LayerNorm" not in name and "norm" not in name.lower()
            groups.setdefault((head, decay), []).append(p)
    params = [
        {
            "params": ps,
            "lr": cfg.lr_head if head else cfg.lr_encoder,
            "weight_decay": cfg.weight_decay if decay else 0.0,
        }
        for (head, decay), ps in sorted(groups.items())
    ]  # sorted: encoder groups first, head groups last
    return torch.optim.AdamW(params)


@torch.no_grad()
def dev_f1(model, wins: list[Window], specials, batch_size: int, device, amp: bool) -> float:
    """Entity F1 (seqeval) of the first-sub-token tags, one sequence per window."""
    from seqeval.metrics import f1_score

    model.eval()
    gold, pred = [], []
    for idx in batches(wins, batch_size, seed=0, shuffle=False):
        batch = collate([wins[i] for i in idx], *specials)
        with autocast(device, amp):
            logits = model(
                input_ids=batch["input_ids"].to(device),
                attention_mask=batch["attention_mask"].to(device),
            ).logits
        best = logits.argmax(-1).cpu()
        for row_pred, row_gold in zip(best, batch["labels"]):
            keep = row_gold != -100
            gold.append([BIO_TAGS[i] for i in row_gold[keep].tolist()])
            pred.append([BIO_TAGS[i] for i in row_pred[keep].tolist()])
    model.train()
    return float(f1_score(gold, pred, zero_division=0))


def _dev_windows(cfg: TrainConfig, tokenizer) -> list[Window]:
    if not cfg.dev:
        return []
    return make_windows(
        read_records(cfg.dev), tokenizer, cfg.max_length, cfg.stride, split=cfg.word_split
    )


def _ce(logits: torch.Tensor, batch: dict) -> torch.Tensor:
    return hard_loss(logits, batch["labels"])


def _cosine(opt, warmup: int, total: int):
    from transformers import get_cosine_schedule_with_warmup

    return get_cosine_schedule_with_warmup(opt, warmup, max(total, 1))


def _improved(f1: float | None, state: dict) -> bool:
    if f1 is None:  # no dev set: the latest epoch is the best we know
        return True
    if state["best_f1"] is None or f1 > state["best_f1"]:
        state["best_f1"] = f1
        return True
    return False


def _log(path: Path, **row) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps({k: v for k, v in row.items() if v is not None}) + "\n")
