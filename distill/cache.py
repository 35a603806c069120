"""Teacher probabilities computed once, stored as word-level soft labels (`.soft.npz`).

Computing the teacher on the fly cost ~64 % of each distillation step (engineering notes), so
`distill cache-teacher` runs it once. Probabilities are averaged over overlapping windows (as the
runtime does), read at each word's first sub-token, and written per canonical word
(`schema.split_words`), so the student needs no teacher tokenizer. A canonical word that starts
inside a teacher word takes that word's distribution with B- mass moved to I-.

Example:
    >>> cfg = CacheConfig(teacher="runs/teacher/best", data="data/train.jsonl")
    >>> cache_teacher(cfg)  # doctest: +SKIP
    PosixPath('data/train.soft.npz')
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np

from anonymizer.detect.tokens import Encoded, encode, window_inputs, windows, word_starts
from anonymizer.records import read_records
from anonymizer.schema import BIO_TAGS, TAG2ID, split_words
from anonymizer.softlabels import SoftLabels, SoftLabelWriter, soft_path

from .checkpoint import load_model, model_labels, word_split_of
from .config import CacheConfig
from .data import begin_to_inside, special_ids


def cache_teacher(cfg: CacheConfig) -> Path:
    """Write the teacher's soft labels for every record of `cfg.data`; returns the file."""
    records = list(read_records(cfg.data))
    writer = SoftLabelWriter()
    for rec, (words, probs) in zip(records, _word_probs(cfg.teacher, records, cfg)):
        writer.add(rec["id"], words, probs)
    return writer.save(cfg.out or soft_path(cfg.data))


def teacher_soft_labels(
    teacher: str, records: list[dict], max_length: int, stride: int
) -> SoftLabels:
    """The same soft labels, kept in memory (student training with --teacher)."""
    cfg = CacheConfig(teacher=teacher, data="", max_length=max_length, stride=stride)
    words, probs, sizes = [], [], []
    for w, p in _word_probs(teacher, records, cfg):
        words.append(np.asarray(w, dtype=np.int32).reshape(-1, 2))
        probs.append(p.astype(np.float16))
        sizes.append(len(w))
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    ids = np.array([r["id"] for r in records], dtype=str)
    return SoftLabels(ids, offsets, np.concatenate(words), np.concatenate(probs))


def _word_probs(teacher: str, records: list[dict], cfg: CacheConfig) -> Iterator[tuple]:
    from .device import pick_device

    model, tokenizer = load_model(teacher)
    split = word_split_of(teacher)
    device, amp = pick_device(cfg.device)
    model.to(device)
    cols = [TAG2ID[t] for t in model_labels(model)]
    specials = special_ids(tokenizer)
    texts = [r["text"] for r in records]
    for start in range(0, len(texts), 256):  # bounded memory on large files
        chunk = texts[start : start + 256]
        encs = encode(tokenizer, chunk)
        token_probs = _token_probs(model, encs, cfg, specials, device, amp)
        for text, enc, tp in zip(chunk, encs, token_probs):
            full = np.zeros((len(enc), len(BIO_TAGS)), dtype=np.float32)
            full[:, cols] = tp
            yield to_words(text, enc, full, split)


def _token_probs(model, encs: list[Encoded], cfg: CacheConfig, specials, device, amp) -> list:
    import torch

    jobs = [
        (d, s, e)
        for d, enc in enumerate(encs)
        for s, e in windows(len(enc), cfg.max_length, cfg.stride)
        if e > s
    ]
    jobs.sort(key=lambda j: j[2] - j[1])  # similar lengths share a batch: little padding
    n = model.config.num_labels
    sums = [np.zeros((len(enc), n), np.float32) for enc in encs]
    counts = [np.zeros((len(enc), 1), np.float32) for enc in encs]
    for i in range(0, len(jobs), cfg.batch_size):
        batch = jobs[i : i + cfg.batch_size]
        ids, mask = window_inputs([encs[d].ids[s:e] for d, s, e in batch], *specials)
        with torch.no_grad(), torch.autocast(device.type, torch.bfloat16, enabled=amp):
            logits = model(
                input_ids=torch.from_numpy(ids).to(device),
                attention_mask=torch.from_numpy(mask).to(device),
            ).logits
        probs = torch.softmax(logits.float(), -1).cpu().numpy()
        for (d, s, e), row in zip(batch, probs):
            sums[d][s:e] += row[1 : e - s + 1]
            counts[d][s:e] += 1.0
    return [s / np.maximum(c, 1.0) for s, c in zip(sums, counts)]


def to_words(
    text: str, enc: Encoded, token_probs: np.ndarray, split: str = "pretokenizer"
) -> tuple[list, np.ndarray]:
    """Canonical words of `text` and, per word, the distribution at the first sub-token of the
    teacher's word (`split`) containing its start (B- moved to I- when it starts further left)."""
    words = split_words(text)
    out = np.zeros((len(words), len(BIO_TAGS)), dtype=np.float32)
    out[:, TAG2ID["O"]] = 1.0
    if not len(enc) or not words:
        return words, out
    starts = word_starts(enc, text, split)
    if not len(starts):
        return words, out
    n = len(enc)
    first_of = starts[np.clip(np.searchsorted(starts, np.arange(n), side="right") - 1, 0, None)]
    for k, (ws, _we) in enumerate(words):
        t = max(int(np.searchsorted(enc.offsets[:, 0], ws, side="right")) - 1, 0)
        f = int(first_of[t])
        row = token_probs[f]
        out[k] = begin_to_inside(row) if ws > enc.offsets[f, 0] else row
    return words, out
