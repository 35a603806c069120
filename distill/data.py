"""Tagged records -> training windows of sub-token ids with first-sub-token labels.

Training sees exactly what the runtime sees: `anonymizer.detect.tokens.encode` (no special
tokens), `windows` to cut long records, `window_inputs` to add [CLS]/[SEP] and padding. Words are
cut by `anonymizer.detect.tokens.word_starts` (the run's `word_split`, written to the bundle so
the runtime reads the same positions); a word's label sits on its FIRST sub-token (B-/I- from
`schema.bio_tags_for` over the word's character span), every other position is -100. Soft
targets (word-level `.soft.npz`) land on the same positions, matched by character offset.

Example:
    >>> wins = make_windows(records, tokenizer, max_length=256, stride=64)    # doctest: +SKIP
    >>> batch = collate([wins[i] for i in batches(wins, 16, seed=1)[0]], 0, 2, 1)  # doctest: +SKIP
    >>> batch["input_ids"].shape, batch["labels"].shape                       # doctest: +SKIP
    (torch.Size([16, 41]), torch.Size([16, 41]))
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from tokenizers import Tokenizer

from anonymizer.detect.tokens import Encoded, encode, window_inputs, windows, word_starts
from anonymizer.schema import BIO_TAGS, LABELS, TAG2ID, bio_tags_for
from anonymizer.softlabels import SoftLabels

IGNORE = -100
_B_COLS = np.array([TAG2ID[f"B-{lab}"] for lab in LABELS])
_I_COLS = np.array([TAG2ID[f"I-{lab}"] for lab in LABELS])
_SPECIALS = (("<s>", "</s>", "<pad>"), ("[CLS]", "[SEP]", "[PAD]"))


@dataclass
class Window:
    """One model input: sub-token ids (no specials), hard labels, optional soft targets.

    >>> w = Window(np.array([7, 8]), np.array([1, -100]), None, record=0, start=0)
    >>> len(w)
    2
    """

    ids: np.ndarray  # [k] int64
    labels: np.ndarray  # [k] int64, IGNORE where no hard target
    soft: np.ndarray | None  # [k, T] float32, all-zero rows where no soft target
    record: int  # index of the record in the input order
    start: int  # first token of the window in the record's encoding

    def __len__(self) -> int:
        return len(self.ids)


def special_ids(tokenizer: Tokenizer) -> tuple[int, int, int]:
    """(cls_id, sep_id, pad_id) of a SentencePiece (<s>) or WordPiece ([CLS]) vocabulary."""
    for names in _SPECIALS:
        ids = [tokenizer.token_to_id(n) for n in names]
        if None not in ids:
            return ids[0], ids[1], ids[2]
    raise ValueError(
        "tokenizer has neither <s> </s> <pad> nor [CLS] [SEP] [PAD]; "
        "add these special tokens to tokenizer.json"
    )


def word_char_spans(enc: Encoded, starts: np.ndarray) -> list[tuple[int, int]]:
    """Character span of each word (first token's start, furthest token end)."""
    if not len(starts):
        return []
    ends = np.maximum.reduceat(enc.offsets[:, 1], starts)
    return list(zip(enc.offsets[starts, 0].tolist(), ends.tolist()))


def hard_labels(
    enc: Encoded, spans: list[tuple[int, int, str]], starts: np.ndarray | None = None
) -> np.ndarray:
    """Tag id on each word's first sub-token (`starts`, default: the tokenizer's words), IGNORE
    everywhere else."""
    labels = np.full(len(enc), IGNORE, dtype=np.int64)
    starts = word_starts(enc) if starts is None else starts
    tags = bio_tags_for(spans, word_char_spans(enc, starts))
    labels[starts] = [TAG2ID[t] for t in tags]
    return labels


def soft_targets(
    enc: Encoded, words: np.ndarray, probs: np.ndarray, starts: np.ndarray | None = None
) -> np.ndarray:
    """Word-level soft labels moved onto first sub-tokens by character offset.

    A sub-token takes the distribution of the canonical word containing its start; when its
    word starts inside that canonical word, B- mass moves to I- (it continues an entity).
    """
    out = np.zeros((len(enc), len(BIO_TAGS)), dtype=np.float32)
    if not len(words):
        return out
    for pos in word_starts(enc) if starts is None else starts:
        s = int(enc.offsets[pos, 0])
        k = int(np.searchsorted(words[:, 0], s, side="right")) - 1
        if k < 0 or not words[k, 0] <= s < words[k, 1]:
            continue
        row = probs[k].astype(np.float32)
        out[pos] = begin_to_inside(row) if s > words[k, 0] else row
    return out


def begin_to_inside(row: np.ndarray) -> np.ndarray:
    """Move the B- probability of every label onto its I- tag."""
    row = row.copy()
    row[_I_COLS] += row[_B_COLS]
    row[_B_COLS] = 0.0
    return row


def make_windows(
    records: Iterable[dict],
    tokenizer: Tokenizer,
    max_length: int,
    stride: int,
    soft: SoftLabels | None = None,
    hard: bool = True,
    split: str = "pretokenizer",
) -> list[Window]:
    """Windows of every record. A record with `"labeled": false` (or `hard=False`) gives no hard
    labels; with `soft`, every record must have soft labels (missing ones raise). `split`: how
    words are cut (`anonymizer.schema.WORD_SPLITS`)."""
    records = list(records)
    encs = encode(tokenizer, [r["text"] for r in records])
    out: list[Window] = []
    for i, (rec, enc) in enumerate(zip(records, encs)):
        use_hard = hard and rec.get("labeled", True) is not False
        spans = [(s["start"], s["end"], s["label"]) for s in rec["spans"]] if use_hard else []
        starts = word_starts(enc, rec["text"], split)
        if use_hard:
            labels = hard_labels(enc, spans, starts)
        else:
            labels = np.full(len(enc), IGNORE, np.int64)
        targets = _record_soft(rec, enc, soft, starts)
        for a, b in windows(len(enc), max_length, stride):
            if b > a:
                sub = targets[a:b] if targets is not None else None
                out.append(Window(enc.ids[a:b], labels[a:b], sub, i, a))
    return out


def parse_oversample(spec: str) -> dict[str, int]:
    """'corpus:wnut17=2,synthetic=1' -> {'corpus:wnut17': 2, 'synthetic': 1}.

    >>> parse_oversample("corpus:wnut17=3")
    {'corpus:wnut17': 3}
    """
    out: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        origin, _, times = part.rpartition("=")
        if not origin or not times.isdigit() or int(times) < 1:
            raise ValueError(
                f"--oversample: expected ORIGIN=TIMES with TIMES >= 1 (e.g. corpus:wnut17=2), "
                f"found {part!r}"
            )
        out[origin] = int(times)
    return out


def oversample(wins: list[Window], records: list[dict], times: dict[str, int]) -> list[Window]:
    """Each window repeated `times[record origin]` times (1 for origins not named). An origin
    that no record has is an error, so a misspelt name does not pass unnoticed."""
    if not times:
        return wins
    origins = [str(r.get("origin", "")) for r in records]
    missing = sorted(set(times) - set(origins))
    if missing:
        raise ValueError(
            f"--oversample names origins {missing} that no training record has; "
            f"expected some of {sorted(set(origins))}"
        )
    return [w for w in wins for _ in range(times.get(origins[w.record], 1))]


def lowercase_copies(records: list[dict], fraction: float, seed: int) -> list[dict]:
    """Lower-cased copies of a seeded `fraction` of the records: same id, spans and offsets, so
    gold spans and soft labels (looked up by id, matched by character offset) still apply.
    Teaches the model names written the way chat and social-media text writes them ("ich bin
    die sabine"). A character whose lower case is longer (e.g. "İ") is kept as it is.

    >>> lowercase_copies([{"id": "a", "text": "Anna aus Köln", "spans": []}], 1.0, 0)[0]["text"]
    'anna aus köln'
    """
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(f"--lowercase: expected a fraction between 0 and 1, found {fraction}")
    if fraction == 0.0:
        return []
    rng = np.random.default_rng(seed)
    picked = [r for r in records if rng.random() < fraction]
    lowered = [{**r, "text": _lower_same_length(r["text"])} for r in picked]
    return [c for c, r in zip(lowered, picked) if c["text"] != r["text"]]


def _lower_same_length(text: str) -> str:
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def _record_soft(
    rec: dict, enc: Encoded, soft: SoftLabels | None, starts: np.ndarray
) -> np.ndarray | None:
    if soft is None:
        return None
    if rec["id"] not in soft:
        raise KeyError(
            f"record id={rec['id']!r} has no soft labels; re-run `distill cache-teacher` on this "
            "JSONL so every record gets them"
        )
    words, probs = soft[rec["id"]]
    if len(words) and int(words[-1, 1]) > len(rec["text"]):
        raise ValueError(
            f"record id={rec['id']!r}: soft-label words end at {int(words[-1, 1])}, beyond the "
            f"text's {len(rec['text'])} characters; the soft labels belong to other text"
        )
    return soft_targets(enc, words, probs, starts)


def batches(
    wins: list[Window], batch_size: int, seed: int, shuffle: bool = True
) -> list[list[int]]:
    """Index batches of similar length (less padding); order seeded and shuffled per call."""
    order = np.arange(len(wins))
    rng = np.random.default_rng(seed)
    if shuffle:
        rng.shuffle(order)
    pool = batch_size * 50  # sort by length inside pools, keeping some randomness
    out: list[list[int]] = []
    for p in range(0, len(order), pool):
        chunk = sorted(order[p : p + pool].tolist(), key=lambda i: len(wins[i]))
        out += [chunk[j : j + batch_size] for j in range(0, len(chunk), batch_size)]
    if shuffle:
        rng.shuffle(out)
    return out


def collate(wins: list[Window], cls_id: int, sep_id: int, pad_id: int) -> dict:
    """Padded torch tensors: input_ids, attention_mask, labels (+ teacher_probs if soft)."""
    import torch

    ids, mask = window_inputs([w.ids for w in wins], cls_id, sep_id, pad_id)
    labels = np.full(ids.shape, IGNORE, dtype=np.int64)
    for i, w in enumerate(wins):
        labels[i, 1 : len(w) + 1] = w.labels
    batch = {
        "input_ids": torch.from_numpy(ids),
        "attention_mask": torch.from_numpy(mask),
        "labels": torch.from_numpy(labels),
    }
    if any(w.soft is not None for w in wins):
        probs = np.zeros(ids.shape + (len(BIO_TAGS),), dtype=np.float32)
        for i, w in enumerate(wins):
            if w.soft is not None:
                probs[i, 1 : len(w) + 1] = w.soft
        batch["teacher_probs"] = torch.from_numpy(probs)
    return batch
