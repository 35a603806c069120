"""Near-duplicate removal: hash of a normalised text (case, digits, punctuation, whitespace).

Two texts are near-duplicates when they are equal after lower-casing, mapping every digit to
"0" and collapsing every run of non-word characters to one space. Only an 8-byte hash per
record is kept, so a million records need tens of megabytes.

Example:
    >>> d = Deduper()
    >>> d.add("Order 123 arrived!"), d.add("order  456 arrived"), d.removed
    (True, False, 1)
"""

from __future__ import annotations

import hashlib
import re

_DIGIT = re.compile(r"\d")
_NON_WORD = re.compile(r"[\W_]+")


def near_dup_key(text: str) -> int:
    """64-bit hash of the normalised text."""
    norm = _NON_WORD.sub(" ", _DIGIT.sub("0", text.lower())).strip()
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


class Deduper:
    """Remembers normalised-text hashes; `add` is False for a near-duplicate."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.removed = 0

    def add(self, text: str) -> bool:
        key = near_dup_key(text)
        if key in self.seen:
            self.removed += 1
            return False
        self.seen.add(key)
        return True
