"""Word-level soft labels stored beside a tagged-record JSONL (`train.jsonl` → `train.soft.npz`).

A teacher that can give probabilities writes, per record, the canonical words of its text
(`schema.split_words`) and a probability distribution over `BIO_TAGS` for each word. `distill`
maps its own sub-tokens onto these words by character offset, so it needs no teacher tokenizer.

Arrays in the `.npz` (no pickles):
    ids      [R]       record ids (unicode)
    offsets  [R+1]     int64; words of record r are rows offsets[r]:offsets[r+1]
    words    [N, 2]    int32 character spans
    probs    [N, T]    float16, rows sum to ~1, columns in the order of `tags`
    tags     [T]       the BIO tag names (must equal schema.BIO_TAGS)

Example:
    >>> import numpy as np, tempfile, os
    >>> w = SoftLabelWriter()
    >>> p = np.full((2, len(BIO_TAGS)), 1 / len(BIO_TAGS))
    >>> w.add("r1", [(0, 2), (3, 5)], p)
    >>> path = w.save(os.path.join(tempfile.mkdtemp(), "x.soft.npz"))
    >>> words, probs = SoftLabels.load(path)["r1"]
    >>> words.tolist(), probs.shape
    ([[0, 2], [3, 5]], (2, 25))
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .schema import BIO_TAGS


def soft_path(jsonl_path: str | Path) -> Path:
    p = Path(jsonl_path)
    return p.with_name(p.name.removesuffix(".jsonl") + ".soft.npz")


class SoftLabelWriter:
    """Collects per-record word probabilities, then writes one `.npz`."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._words: list[np.ndarray] = []
        self._probs: list[np.ndarray] = []

    def add(self, record_id: str, words: list[tuple[int, int]], probs: np.ndarray) -> None:
        probs = np.asarray(probs, dtype=np.float32)
        if probs.shape != (len(words), len(BIO_TAGS)):
            raise ValueError(
                f"record {record_id!r}: expected probs of shape ({len(words)}, {len(BIO_TAGS)}), "
                f"found {probs.shape}"
            )
        self._ids.append(str(record_id))
        self._words.append(np.asarray(words, dtype=np.int32).reshape(-1, 2))
        self._probs.append(probs.astype(np.float16))

    def __len__(self) -> int:
        return len(self._ids)

    def save(self, path: str | Path) -> Path:
        sizes = [len(w) for w in self._words]
        offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        empty_w, empty_p = np.zeros((0, 2), np.int32), np.zeros((0, len(BIO_TAGS)), np.float16)
        np.savez_compressed(
            path,
            ids=np.array(self._ids, dtype=str),
            offsets=offsets,
            words=np.concatenate(self._words) if self._words else empty_w,
            probs=np.concatenate(self._probs) if self._probs else empty_p,
            tags=np.array(BIO_TAGS, dtype=str),
        )
        return Path(path)


class SoftLabels:
    """Read-only view of a `.soft.npz`: `soft[record_id] -> (words [n,2], probs [n,T])`."""

    def __init__(self, ids: np.ndarray, offsets: np.ndarray, words: np.ndarray, probs: np.ndarray):
        self._index = {rid: i for i, rid in enumerate(ids.tolist())}
        self._offsets, self._words, self._probs = offsets, words, probs

    @classmethod
    def load(cls, path: str | Path) -> SoftLabels:
        with np.load(path, allow_pickle=False) as z:
            tags = tuple(z["tags"].tolist())
            if tags != BIO_TAGS:
                raise ValueError(
                    f"{path}: soft labels use tags {list(tags)[:5]}..., expected schema.BIO_TAGS; "
                    "regenerate them with the current teacher_labels"
                )
            return cls(z["ids"], z["offsets"], z["words"], z["probs"])

    def __contains__(self, record_id: str) -> bool:
        return record_id in self._index

    def __len__(self) -> int:
        return len(self._index)

    def __getitem__(self, record_id: str) -> tuple[np.ndarray, np.ndarray]:
        i = self._index[record_id]
        a, b = self._offsets[i], self._offsets[i + 1]
        return self._words[a:b], self._probs[a:b].astype(np.float32)
