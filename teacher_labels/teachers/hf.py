"""The Hugging Face teacher: a token-classification model (hub name or local folder).

Texts are split into canonical words (`anonymizer.schema.split_words`) and fed pre-split, so the
model's `word_ids` map sub-tokens to our words exactly. A word's distribution is the softmax at
its first sub-token, mapped onto our BIO tags through a label map; then `fix_bio` moves the mass
of I-X to B-X wherever the previous word does not continue an X span (B/I renormalised). Long
texts are cut into overlapping windows; each word takes the window where it sits most centrally.
torch and transformers are imported only when the model is first used.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from anonymizer.schema import BIO_TAGS, LABELS, TAG2ID, Entity, split_words

from ..align import tags_to_spans
from .base import Teacher, TeacherOutput

# Entity-type names of common NER models -> our labels (None: not PII).
DEFAULT_LABELMAP: dict[str, str | None] = {lab: lab for lab in LABELS} | {
    "PER": "PERSON",
    "LOC": "LOCATION",
    "ORG": "ORGANIZATION",
    "MISC": None,
}


class HFTeacher(Teacher):
    """Labels texts with a `transformers` token classifier, with per-word soft labels.

    Example:
        >>> t = HFTeacher("dslim/bert-base-NER", batch_size=8)   # nothing loaded yet
        >>> t.name
        'hf:dslim/bert-base-NER'
    """

    kind = "hf"

    def __init__(
        self,
        model: str | Path,
        labelmap: dict | str | Path | None = None,
        batch_size: int = 16,
        max_length: int = 256,
        stride: int = 32,
        device: str | None = None,
    ) -> None:
        super().__init__()
        self.model_name = str(model)
        self.name = f"hf:{self.model_name}"
        self.labelmap = _read_labelmap(labelmap)
        self.batch_size, self.max_length, self.stride = batch_size, max_length, stride
        self.device = device
        self._model = self._tok = self._matrix = None

    def _load(self) -> None:
        import torch
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        self._tok = AutoTokenizer.from_pretrained(self.model_name, add_prefix_space=True)
        model = AutoModelForTokenClassification.from_pretrained(self.model_name)
        self.device = self.device or ("cuda" if torch.cuda.is_available() else "cpu")
        self._model = model.to(self.device).eval()
        id2label = {int(k): v for k, v in model.config.id2label.items()}
        self._matrix = tag_matrix(id2label, self.labelmap, self.model_name)

    def label(
        self, texts: Sequence[str], langs: Sequence[str] | None = None
    ) -> list[TeacherOutput]:
        if self._model is None:
            self._load()
        outs = []
        for i in range(0, len(texts), self.batch_size):
            outs += self._label_batch(list(texts[i : i + self.batch_size]))
        return outs

    def _label_batch(self, texts: list[str]) -> list[TeacherOutput]:
        word_spans = [split_words(t) for t in texts]
        tokens = [[t[s:e] for s, e in ws] for t, ws in zip(texts, word_spans, strict=True)]
        nonempty = [i for i, tk in enumerate(tokens) if tk]
        probs = [np.zeros((len(ws), len(BIO_TAGS)), np.float32) for ws in word_spans]
        best = [np.full(len(ws), np.inf) for ws in word_spans]
        if nonempty:
            enc = self._tok(
                [tokens[i] for i in nonempty],
                is_split_into_words=True,
                truncation=True,
                max_length=self.max_length,
                stride=self.stride,
                return_overflowing_tokens=True,
                padding=True,
                return_tensors="pt",
            )
            dist = self._forward(enc)
            for w, doc in enumerate(enc["overflow_to_sample_mapping"].tolist()):
                _fill(probs[nonempty[doc]], best[nonempty[doc]], enc.word_ids(w), dist[w])
        return [self._output(ws, p, b) for ws, p, b in zip(word_spans, probs, best, strict=True)]

    def _forward(self, enc) -> np.ndarray:
        """[windows, seq, len(BIO_TAGS)] mapped distributions, `batch_size` windows at a time."""
        import torch

        keys = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in enc]
        parts = []
        for i in range(0, len(enc["input_ids"]), self.batch_size):
            inputs = {k: enc[k][i : i + self.batch_size].to(self.device) for k in keys}
            with torch.no_grad():
                logits = self._model(**inputs).logits.float()
            parts.append(torch.softmax(logits, dim=-1).cpu().numpy() @ self._matrix)
        return np.concatenate(parts)

    def _output(self, ws: list, probs: np.ndarray, best: np.ndarray) -> TeacherOutput:
        missing = ~np.isfinite(best)
        probs[missing] = 0.0
        probs[missing, TAG2ID["O"]] = 1.0
        self.stats["words_without_subtoken"] += int(missing.sum())
        probs = fix_bio(probs)
        return TeacherOutput(spans=decode(ws, probs), words=ws, probs=probs)


def decode(ws: list[tuple[int, int]], probs: np.ndarray) -> list[Entity]:
    """Spans from the argmax tag per word; score = mean top probability over the span's words."""
    tags = [BIO_TAGS[j] for j in probs.argmax(axis=1)]
    spans = []
    for s, e, lab in tags_to_spans(ws, tags):
        idx = [i for i, (a, b) in enumerate(ws) if s <= a and b <= e]
        spans.append(Entity(s, e, lab, float(probs[idx].max(axis=1).mean()), "model"))
    return spans


def _fill(probs: np.ndarray, best: np.ndarray, word_ids: list, dist: np.ndarray) -> None:
    """Write each word's first-sub-token distribution if this window holds it more centrally."""
    positions = [p for p, w in enumerate(word_ids) if w is not None]
    if not positions:
        return
    lo, hi = positions[0], positions[-1]
    prev = None
    for pos, wid in enumerate(word_ids):
        if wid is None or wid == prev:
            prev = wid
            continue
        prev = wid
        off_center = abs(pos - (lo + hi) / 2)
        if off_center < best[wid]:
            best[wid] = off_center
            probs[wid] = dist[pos]


def tag_matrix(id2label: dict[int, str], labelmap: dict, where: str) -> np.ndarray:
    """[n_model_labels, len(BIO_TAGS)] 0/1 matrix taking a model label to one of our tags."""
    m = np.zeros((len(id2label), len(BIO_TAGS)), np.float32)
    for idx, name in id2label.items():
        m[idx, TAG2ID[_our_tag(name, labelmap, where)]] = 1.0
    return m


def _our_tag(name: str, labelmap: dict, where: str) -> str:
    if name.upper() in ("O", "OUTSIDE"):
        return "O"
    prefix, sep, etype = name.partition("-")
    if not sep or prefix.upper() not in ("B", "I", "E", "S", "L", "U"):
        prefix, etype = "I", name  # IO scheme: fix_bio turns a leading I into B
    if etype not in labelmap:
        raise ValueError(
            f"model {where}: label {name!r} is not in the label map; pass a labelmap that maps "
            f"{etype!r} to one of {list(LABELS)} or null"
        )
    ours = labelmap[etype]
    if ours is None:
        return "O"
    return f"{'B' if prefix.upper() in ('B', 'S', 'U') else 'I'}-{ours}"


def fix_bio(probs: np.ndarray) -> np.ndarray:
    """Make each word's distribution BIO-consistent with the argmax tag of the word before."""
    out = probs.astype(np.float32, copy=True)
    prev_label = None
    for i in range(len(out)):
        for lab in LABELS:
            if lab != prev_label:
                b, ii = TAG2ID[f"B-{lab}"], TAG2ID[f"I-{lab}"]
                out[i, b] += out[i, ii]
                out[i, ii] = 0.0
        total = out[i].sum()
        out[i] = out[i] / total if total > 0 else np.eye(len(BIO_TAGS), dtype=np.float32)[0]
        tag = BIO_TAGS[int(out[i].argmax())]
        prev_label = None if tag == "O" else tag[2:]
    return out


def _read_labelmap(labelmap: dict | str | Path | None) -> dict:
    if labelmap is None:
        return dict(DEFAULT_LABELMAP)
    if isinstance(labelmap, dict):
        raw = labelmap
    else:
        raw = json.loads(Path(labelmap).read_text(encoding="utf-8"))
        raw = raw.get("labels", raw)
    bad = {k: v for k, v in raw.items() if v is not None and v not in LABELS}
    if bad:
        raise ValueError(
            f"label map {labelmap}: targets {sorted(bad.values())} are not in {list(LABELS)}"
        )
    return dict(raw)
