"""ONNX token classification over sliding windows, batched across documents.

Each document is tokenised once (no special tokens), cut into windows of `max_length - 2`
tokens that overlap by `stride`, and every window of every document in the call is batched
(similar lengths together). Overlapping windows average their probabilities per token, so a
document of any length is covered to its last character. Words (the tokenizer's pre-tokenizer
units, or finer: the bundle's `word_split`) take the prediction of their first sub-token, then
BIO tags become character spans; only an ADDRESS continues over a line break.

On CPU the model calls of one `detect_batch` run on `threads` threads at once, each call on one
core: small calls (one window each, the int8 default) keep the cores busier that way than one
call at a time split across cores (`benchmarks/bench_runtime.py`). A call's result does not
depend on which thread runs it or on what runs beside it.

Example:
    >>> det = OnnxDetector(Bundle.load("models/default"))      # doctest: +SKIP
    >>> det.detect_batch(["Ich heiße Jonas Müller."])            # doctest: +SKIP
    [[Entity(start=10, end=22, label='PERSON', score=0.99, source='model')]]
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from ..bundle import Bundle
from ..schema import Entity
from .casing import unshout
from .model_spans import balanced_address, is_misread, trimmed_start
from .spans import (
    drop_leading_function_word,
    drop_leading_label,
    drop_leading_pronoun,
    has_alnum,
    is_function_word,
    is_lone_word,
    trim_span,
)
from .tokens import Encoded, encode, window_inputs, windows, word_starts

log = logging.getLogger("anonymizer")
# Labels whose model spans may continue over a line break ("Hauptstr. 5\n10115 Berlin"); any
# other entity ends at the end of its line, so a signature's name does not swallow the company
# line below it, and a replacement keeps the text's lines.
_MULTILINE = frozenset({"ADDRESS"})
# A word right after an entity joins it at this share of the threshold when it continues it
# (same label, an I- tag): hysteresis, so a surname the model is less sure of ("Fatima
# Al-Sayed") is not left behind. Dev figures with and without it: README, "What is detected".
CONTINUE_RATIO = 0.5


class OnnxDetector:
    """Runs a bundle's token classifier; `threshold` is the minimum non-O probability of a word
    (None: the bundle's own operating point, `config.threshold`). `threads` is how many model
    calls run at once on CPU, one core each (None: every core this process may use).

    `batch_size` is windows per onnxruntime call; None picks `auto_batch_size`: one window per
    call for an int8 bundle on CPU. Dynamic int8 quantisation scales activations per call, so
    a batched window's result depends on the other windows in its batch
    (`benchmarks/batch_invariance.py` counts the texts that change). One window per call makes
    every text's entities independent of the rest of the job, at some end-to-end throughput
    (`benchmarks/bench_runtime.py`); fp32 bundles batch without that effect."""

    def __init__(
        self,
        bundle: Bundle,
        *,
        threads: int | None = None,
        device: str = "auto",
        batch_size: int | None = None,
        threshold: float | None = None,
    ) -> None:
        self.bundle, self.config = bundle, bundle.config
        self.threshold = bundle.config.threshold if threshold is None else threshold
        self.tokenizer = Tokenizer.from_file(str(bundle.tokenizer_path))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.session = _make_session(str(bundle.model_path), device)
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.batch_size = batch_size or auto_batch_size(bundle, self.provider)
        on_cpu = self.provider == "CPUExecutionProvider"
        self.callers = max(1, threads or cpu_threads()) if on_cpu else 1
        self._pool: ThreadPoolExecutor | None = None
        self._names, self._b_cols, self._i_cols = _label_columns(bundle.labels)

    @property
    def provider(self) -> str:
        return self.session.get_providers()[0]

    def detect_batch(self, texts: list[str]) -> list[list[Entity]]:
        """Entities per text (model spans only, trimmed, sorted, non-overlapping)."""
        if not texts:
            return []
        texts = [unshout(t) for t in texts]  # the same offsets; capitals read as lower case
        encs = encode(self.tokenizer, texts)
        probs = self.token_probs(encs)
        return [self._decode(t, e, p) for t, e, p in zip(texts, encs, probs)]

    def token_probs(self, encs: list[Encoded]) -> list[np.ndarray]:
        """Per-token label probabilities per document, averaged over overlapping windows."""
        cfg = self.config
        jobs = [
            (d, s, e)
            for d, enc in enumerate(encs)
            if len(enc)
            for s, e in windows(len(enc), cfg.max_length, cfg.stride)
        ]
        jobs.sort(key=lambda j: j[2] - j[1], reverse=True)  # similar lengths share a batch
        n_labels = len(self.bundle.labels)
        sums = [np.zeros((len(enc), n_labels), np.float32) for enc in encs]
        counts = [np.zeros((len(enc), 1), np.float32) for enc in encs]
        batches = [jobs[i : i + self.batch_size] for i in range(0, len(jobs), self.batch_size)]
        chunks = [[encs[d].ids[s:e] for d, s, e in batch] for batch in batches]
        for batch, logits in zip(batches, self.infer(chunks)):
            for (d, s, e), row in zip(batch, _softmax(logits)):
                sums[d][s:e] += row[1 : e - s + 1]
                counts[d][s:e] += 1.0
        return [s / np.maximum(c, 1.0) for s, c in zip(sums, counts)]

    def infer(self, batches: list[list[np.ndarray]]) -> Iterator[np.ndarray]:
        """Logits of each batch of windows (token ids without special tokens), in order; one
        model call per batch, `callers` calls at a time."""
        if self.callers == 1 or len(batches) < 2:
            return map(self._run, batches)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.callers, thread_name_prefix="anonymizer-onnx")
        return self._pool.map(self._run, batches)

    def _run(self, chunks: list[np.ndarray]) -> np.ndarray:
        cfg = self.config
        ids, mask = window_inputs(chunks, cfg.cls_id, cfg.sep_id, cfg.pad_id)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        return self.session.run(None, {k: v for k, v in feeds.items() if k in self.input_names})[0]

    def _decode(self, text: str, enc: Encoded, probs: np.ndarray) -> list[Entity]:
        if not len(enc):
            return []
        starts = word_starts(enc, text, self.config.word_split)
        word_start = enc.offsets[starts, 0]
        word_end = np.maximum.reduceat(enc.offsets[:, 1], starts)
        p = probs[starts]
        ent_prob = 1.0 - p[:, 0]
        hit = np.flatnonzero(ent_prob >= self.threshold * CONTINUE_RATIO)
        if not len(hit):
            return []
        ph = np.concatenate([p[hit], np.zeros((len(hit), 1), p.dtype)], axis=1)  # -1: absent tag
        b, i = ph[:, self._b_cols], ph[:, self._i_cols]
        best = np.argmax(b + i, axis=1)  # the label with the most B + I mass
        rows = np.arange(len(hit))
        begins = b[rows, best] >= i[rows, best]
        keep = _continued(ent_prob[hit] >= self.threshold, hit, best, begins)
        hit, best, begins = hit[keep], best[keep], begins[keep]
        return self._group(text, hit, best, begins, word_start, word_end, ent_prob)

    def _group(self, text, hit, best, begins, word_start, word_end, ent_prob) -> list[Entity]:
        out: list[Entity] = []
        cur = None  # [start, end, label, score_sum, n, last_word]
        for w, k, begin in zip(hit.tolist(), best.tolist(), begins.tolist()):
            label = self._names[k]
            if (
                cur
                and label == cur[2]
                and w == cur[5] + 1
                and not begin
                and (label in _MULTILINE or "\n" not in text[cur[1] : int(word_start[w])])
            ):
                cur[1], cur[3], cur[4], cur[5] = (
                    int(word_end[w]),
                    cur[3] + ent_prob[w],
                    cur[4] + 1,
                    w,
                )
                continue
            if cur:
                _emit(out, text, cur)
            cur = [int(word_start[w]), int(word_end[w]), label, float(ent_prob[w]), 1, w]
        if cur:
            _emit(out, text, cur)
        return out


def _continued(strong: np.ndarray, hit: np.ndarray, best: np.ndarray, begins: np.ndarray):
    """Which candidate words to keep: those at the threshold (`strong`), and each weaker one
    that continues the entity just before it (next word, same label, an I- tag)."""
    keep = strong.copy()
    for j in np.flatnonzero(~strong).tolist():
        if j and keep[j - 1] and hit[j] == hit[j - 1] + 1 and best[j] == best[j - 1]:
            keep[j] = not begins[j]
    return keep


def auto_batch_size(bundle: Bundle, provider: str) -> int:
    """1 for an int8 bundle on CPU (results independent of batching), else 32."""
    return 1 if bundle.config.quantized and provider == "CPUExecutionProvider" else 32


def _emit(out: list[Entity], text: str, cur: list) -> None:
    r"""Entities of the grouped words [cur[0], cur[1]): a form's field label with its colon
    inside the span ("14\nPLZ/Ort: 12345", "Straße: Am Weg") cuts it, and a lone label,
    function word or punctuation ("/" before a phone number) is no entity, nor a shape the
    model misreads (`model_spans`: a rating read as a date, "5/5 - great")."""
    score = round(float(cur[3] / cur[4]), 4)
    for start, end in _field_pieces(text, cur[0], cur[1]):
        span = trim_span(text, start, end)
        if span and cur[2] == "ADDRESS":  # "Schillerstr. 44 (3" of "(3. Stock links)"
            span = balanced_address(text, *span)
        if (
            span
            and has_alnum(text, *span)
            and not is_function_word(text, *span)
            and not is_lone_word(text, *span)
            and not is_misread(text, *span, cur[2])
        ):
            first = drop_leading_label(text, drop_leading_function_word(text, *span), span[1])
            first = trimmed_start(text, first, span[1], cur[2])
            if cur[2] == "PERSON":  # "Euer Xaver": the signature's pronoun is no name
                first = drop_leading_pronoun(text, first, span[1])
            out.append(Entity(first, span[1], cur[2], score, "model"))


# "PLZ/Ort:", "Straße :", "Tel / Fax:": letters (and "/"-joined letters) before a colon.
_FIELD_RE = re.compile(r"[^\W\d_]+(?:[ \t]*/[ \t]*[^\W\d_]+)*[ \t]*:")


def _field_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""[start, end) without its field labels ("Straße:", "PLZ/Ort:"), as the pieces between.

    >>> t = "Am Weg 14\nPLZ/Ort: 12345 Bonn"
    >>> [t[s:e] for s, e in _field_pieces(t, 0, len(t))]
    ['Am Weg 14\n', ' 12345 Bonn']
    """
    pieces, at = [], start
    for m in _FIELD_RE.finditer(text, start, end):
        label_end = m.end() - 1
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and is_lone_word(
            text, m.start(), label_end
        ):
            pieces.append((at, m.start()))
            at = m.end()
    pieces.append((at, end))
    return pieces


def _label_columns(labels: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Entity names and, per name, the column of its B- and I- tag (-1 when the bundle lacks it)."""
    names = sorted(
        {t[2:] for t in labels if t != "O"},
        key=lambda n: labels.index(f"B-{n}") if f"B-{n}" in labels else len(labels),
    )
    col = {t: i for i, t in enumerate(labels)}
    b_cols = np.asarray([col.get(f"B-{n}", -1) for n in names], dtype=np.int64)
    i_cols = np.asarray([col.get(f"I-{n}", -1) for n in names], dtype=np.int64)
    return names, b_cols, i_cols


def _softmax(x: np.ndarray) -> np.ndarray:
    z = np.exp(x - x.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)


def cpu_threads() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _make_session(path: str, device: str) -> ort.InferenceSession:
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.intra_op_num_threads = 1  # on CPU, calls run side by side instead (OnnxDetector.callers)
    providers = ["CPUExecutionProvider"]
    wants_cuda = device == "cuda" or (
        device == "auto" and "CUDAExecutionProvider" in ort.get_available_providers()
    )
    if wants_cuda:
        providers.insert(0, "CUDAExecutionProvider")
    session = ort.InferenceSession(path, sess_options=opts, providers=providers)
    if device == "cuda" and session.get_providers()[0] != "CUDAExecutionProvider":
        raise RuntimeError(
            "device='cuda' requested but onnxruntime could not start CUDA; "
            "install the `gpu` extra (onnxruntime-gpu) on a machine with CUDA"
        )
    log.info("onnx model on %s", session.get_providers()[0])
    return session
