"""Tokenisation and windowing shared by the runtime and by `distill` training.

Training and inference must see identical pieces, so both call `encode` on the bundle's
`tokenizer.json` (special tokens are added by `window_inputs`, never by the tokenizer) and cut
long documents with `windows`.

Example:
    >>> windows(10, max_length=6, stride=2)
    [(0, 4), (2, 6), (4, 8), (6, 10)]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from tokenizers import Tokenizer

from ..schema import WORD_SPLITS, split_words


@dataclass
class Encoded:
    """One document's sub-tokens without special tokens."""

    ids: np.ndarray  # [n] int64
    offsets: np.ndarray  # [n, 2] character spans, leading whitespace stripped
    word_ids: np.ndarray  # [n] word index per token (tokenizer's pre-tokenizer words), -1 if none

    def __len__(self) -> int:
        return len(self.ids)


def encode(tokenizer: Tokenizer, texts: list[str]) -> list[Encoded]:
    """Encode documents in one batched call; offsets point into each original text."""
    out = []
    for text, enc in zip(texts, tokenizer.encode_batch(texts, add_special_tokens=False)):
        offsets = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
        _strip_leading_space(text, offsets)
        word_ids = np.asarray([-1 if w is None else w for w in enc.word_ids], dtype=np.int64)
        out.append(Encoded(np.asarray(enc.ids, dtype=np.int64), offsets, word_ids))
    return out


def word_starts(enc: Encoded, text: str = "", split: str = "pretokenizer") -> np.ndarray:
    """Token positions that begin a word: where labels are trained and predictions are read.
    `split` is one of `schema.WORD_SPLITS` (the bundle's `word_split`).

    >>> enc = Encoded(np.array([7, 8, 9]), np.array([[0, 1], [1, 5], [5, 6]]), np.array([0, 0, 0]))
    >>> word_starts(enc, "(Anna,").tolist(), word_starts(enc, "(Anna,", "canonical").tolist()
    ([0], [0, 1, 2])
    """
    if split not in WORD_SPLITS:
        raise ValueError(f"word split {split!r}: expected one of {list(WORD_SPLITS)}")
    wid = enc.word_ids
    first = wid >= 0
    first[1:] &= wid[1:] != wid[:-1]
    if split == "canonical" and len(enc):
        st = enc.offsets[:, 0]
        canonical = np.fromiter((s for s, _e in split_words(text)), np.int64)
        new = np.isin(st, canonical)
        new[1:] &= st[1:] != st[:-1]  # one word per character offset
        first |= new
    return np.flatnonzero(first)


def _strip_leading_space(text: str, offsets: np.ndarray) -> None:
    """Move each token start past whitespace (Metaspace pieces include the space before)."""
    if not len(offsets) or not text:
        return
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    space = _IS_SPACE[np.minimum(codes, len(_IS_SPACE) - 1)]
    for _ in range(8):  # a piece rarely starts with more than one or two spaces
        starts, ends = offsets[:, 0], offsets[:, 1]
        move = (starts < ends) & space[np.minimum(starts, len(space) - 1)]
        if not move.any():
            return
        offsets[move, 0] += 1
    for i in np.flatnonzero(move):  # longer whitespace runs (rare): finish one by one
        while offsets[i, 0] < offsets[i, 1] and text[offsets[i, 0]].isspace():
            offsets[i, 0] += 1


# Whether a code point is whitespace; the last entry (False) stands for every code above it.
_IS_SPACE = np.array([chr(c).isspace() for c in range(0x3000 + 1)] + [False], dtype=bool)


def windows(n_tokens: int, max_length: int, stride: int) -> list[tuple[int, int]]:
    """Token ranges covering `[0, n_tokens)`; each holds at most `max_length - 2` tokens (room for
    the two special tokens) and overlaps the previous one by `stride` tokens."""
    size = max_length - 2
    if n_tokens <= size:
        return [(0, n_tokens)]
    step = size - stride
    spans, start = [], 0
    while True:
        end = min(start + size, n_tokens)
        spans.append((start, end))
        if end == n_tokens:
            return spans
        start += step


def window_inputs(
    chunks: list[np.ndarray], cls_id: int, sep_id: int, pad_id: int
) -> tuple[np.ndarray, np.ndarray]:
    """Stack token-id chunks into padded `input_ids` and `attention_mask` with [CLS] … [SEP]."""
    width = max(len(c) for c in chunks) + 2
    ids = np.full((len(chunks), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(chunks), width), dtype=np.int64)
    for i, c in enumerate(chunks):
        n = len(c)
        ids[i, 0] = cls_id
        ids[i, 1 : n + 1] = c
        ids[i, n + 1] = sep_id
        mask[i, : n + 2] = 1
    return ids, mask
