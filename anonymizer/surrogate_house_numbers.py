"""House, flat and floor numbers of address surrogates: a new number of the same shape.

"12a" keeps its letter (from a-d), "27-29" stays a range as long, "0815" its leading zero, and
"3. OG links" or "2nd floor" the same floor words at another floor.

    >>> import random
    >>> house_number("27-29", random.Random(0))
    '76-78'
"""

from __future__ import annotations

import random
import re

from .surrogate_formats import reshape

_RANGE = re.compile(r"(\d+)(\s?[-–]\s?)(\d+)")
# "3. OG links", "8. Stock", "2nd floor": the floor's number changes, its words stay.
FLOOR = re.compile(
    r"^(\d{1,2})(\.\s*|(?:st|nd|rd|th)\s+|\s+)"
    r"((?:stock|og|etage|obergeschoss|ug|floor|level)\b.*)$",
    re.IGNORECASE,
)


def unit_number(number: str, rng: random.Random) -> str:
    """A flat's or suite's new number of the same shape: "0815" keeps its leading zero."""
    return (reshape if number[0] == "0" else house_number)(number, rng)


def house_number(number: str, rng: random.Random) -> str:
    """A new house number of the same shape: no leading zero, letters from a-d, a range as long.

    >>> [house_number(n, random.Random(0)) for n in ("12a", "3/6", "27-29")]
    ['76a', '7/7', '76-78']
    """
    if (m := _RANGE.fullmatch(number)) and int(m[3]) > int(m[1]):
        first = house_number(m[1], rng)
        return f"{first}{m[2]}{int(first) + int(m[3]) - int(m[1])}"
    out = []
    for i, ch in enumerate(number):
        if ch.isdigit():
            ch = rng.choice("123456789" if i == 0 or not number[i - 1].isdigit() else "0123456789")
        elif ch.isalpha():
            ch = rng.choice("abcd" if ch.islower() else "ABCD")
        out.append(ch)
    return "".join(out)


def floor(m: re.Match, rng: random.Random) -> str:
    """Another floor, the same words ("3. OG links" -> "5. OG links", "2nd floor" -> "4th
    floor")."""
    number = str(rng.choice([n for n in range(1, 10) if str(n) != m.group(1)]))
    sep = m.group(2)
    if sep[:2].lower() in ("st", "nd", "rd", "th"):
        suffix = {"1": "st", "2": "nd", "3": "rd"}.get(number, "th")
        sep = suffix + sep[2:]
    return number + sep + m.group(3)
