"""Vehicle identification numbers (ISO 3779): 17 capitals and digits without I, O or Q; and
German registration plates.

A VIN's surrogate keeps the maker's code (its first three characters, as a card keeps its
network) and draws the rest from the VIN alphabet, digit for digit and letter for letter; where
the original carries a valid North American check digit (its ninth character), so does the
surrogate. "WVWZZZ1JZXW000001" became "WVWZZZ4GYXO566629", with an "O" no VIN holds.

A German plate's surrogate is another plate: its number opens with no zero and keeps the
electric or historic mark ("B-MW 2231E" became "Z-MR 8298X", "HH-AB 0616" could be drawn).

Example:
    >>> import random
    >>> plate("B-MW 2231E", random.Random(2))[-1], is_plate("M-KL 4821"), is_plate("US-EU")
    ('E', True, False)
    >>> out = vin("1HGCM82633A004352", random.Random(3))
    >>> out[:3], is_vin(out), check_digit(out) == out[8], out != "1HGCM82633A004352"
    ('1HG', True, True, True)
"""

from __future__ import annotations

import random
import re

from .surrogate_formats import banned_run

_VIN = re.compile(r"(?=[A-HJ-NPR-Z]*\d)(?=\d*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}")
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VALUES = dict(zip(_LETTERS, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_ATTEMPTS = 20
_GERMAN_PLATE = re.compile(r"([A-ZÄÖÜ]{1,3})([- ])([A-Z]{1,2})( ?)([1-9]\d{0,3})([EH]?)")
_CAPITALS = "ABCDEFGHIJKLMNOPRSTUVWXYZ"


def is_vin(value: str) -> bool:
    """17 characters of the VIN alphabet, letters and digits both."""
    return _VIN.fullmatch(value) is not None


def check_digit(value: str) -> str:
    """The North American check digit of a VIN ("0"-"9" or "X")."""
    total = sum(
        (int(c) if c.isdigit() else _VALUES[c]) * w for c, w in zip(value, _WEIGHTS, strict=True)
    )
    return "X" if total % 11 == 10 else str(total % 11)


def vin(value: str, rng: random.Random) -> str:
    """Another VIN of the same maker (see the module docstring); never `value` itself."""
    checked = value[8] == check_digit(value)
    for _ in range(_ATTEMPTS):
        rest = "".join(
            rng.choice("0123456789") if c.isdigit() else rng.choice(_LETTERS) for c in value[3:]
        )
        out = value[:3] + rest
        if checked:
            out = out[:8] + check_digit(out) + out[9:]
        if out != value:
            return out
    return out


def is_plate(value: str) -> bool:
    """A German registration plate: district, letters, number ("M-KL 4821", "B MW 2231E")."""
    return _GERMAN_PLATE.fullmatch(value) is not None


def plate(value: str, rng: random.Random) -> str:
    """Another German plate of the same shape and mark; never `value` itself."""
    m = _GERMAN_PLATE.fullmatch(value)
    assert m is not None, "plate() takes a value is_plate() accepts"
    district, dash, letters, space, number, mark = m.groups()
    out = value
    for _ in range(_ATTEMPTS):
        digits = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in number[1:])
        out = (
            "".join(rng.choice(_CAPITALS) for _ in district)
            + dash
            + "".join(rng.choice(_CAPITALS) for _ in letters)
            + space
            + digits
            + mark
        )
        if out != value and not banned_run(out, value):
            return out
    return out
