"""Surrogates of identifiers written in hex digits: hardware (MAC) addresses and UUIDs.

A MAC address keeps its separators and letter case, its hex digits redrawn as hex digits. A
UUID (a session, trip or request id) becomes another UUID of the same version and variant in
the same case: "3fa85f64-5717-4562-b3fc-2c963f66afa6" became "2om52w11-7046-...", letters no
UUID holds.

Example:
    >>> import random
    >>> out = hex_identifier("3fa85f64-5717-4562-b3fc-2c963f66afa6", random.Random(1))
    >>> out[14], out != "3fa85f64-5717-4562-b3fc-2c963f66afa6", len(out)
    ('4', True, 36)
"""

from __future__ import annotations

import random
import re
import string
import uuid

from .detect.patterns_ids import UUID_RE

# A hardware (MAC) address keeps its separators; its hex digits are redrawn as hex digits.
_MAC = re.compile(
    r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}(?:\.[0-9A-Fa-f]{4}){2}"
)


def hex_identifier(value: str, rng: random.Random) -> str | None:
    """Another MAC address or UUID of the same shape; None for any other value."""
    if _MAC.fullmatch(value):
        return mac_address(value, rng)
    if UUID_RE.fullmatch(value):
        return uuid_like(value, rng)
    return None


def mac_address(value: str, rng: random.Random) -> str:
    """A random hardware address with the original's separators and letter case."""
    digits = "0123456789abcdef" if any(c in "abcdef" for c in value) else "0123456789ABCDEF"
    return "".join(rng.choice(digits) if ch in string.hexdigits else ch for ch in value)


def uuid_like(value: str, rng: random.Random) -> str:
    """A random UUID of the same version and variant, in the original's letter case."""
    original = uuid.UUID(value)
    bits = rng.getrandbits(128) & ~(0xF << 76) & ~(0x3 << 62)
    kept = original.int & ((0xF << 76) | (0x3 << 62))  # the version nibble, the variant bits
    out = str(uuid.UUID(int=bits | kept))
    return out.upper() if value.isupper() else out
