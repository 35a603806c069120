"""Lines written in capitals, lower-cased for the model ("JONAS WEBER HAT MICH ANGERUFEN").

The student learnt names from their capitals, and from lower-cased copies of its training text,
but never saw text in capitals: on a shouted line it found "JONAS" and not "WEBER", "SARAH" as a
company and no address at all. Given the same line in lower case it finds them as in any chat
text. `unshout` lower-cases each line whose cased letters are mostly capitals, character by
character, so every offset stays the same and the model's spans apply to the original text.

Example:
    >>> unshout("Hallo,\\nJONAS WEBER HAT MICH ANGERUFEN!")
    'Hallo,\\njonas weber hat mich angerufen!'
"""

from __future__ import annotations

import re

# Fast path: a text without three words in capitals has no shouted line.
_CAPS_WORD_RE = re.compile(r"(?<!\w)[^\W\d_a-zäöüß]{2,}(?!\w)")
_UPPER_RE = re.compile(r"[^\W\d_a-zà-ÿ]")
_LOWER_RE = re.compile(r"[a-zà-ÿ]")
MIN_CAPS_WORDS = 3  # a line needs this many words in capitals ("IBAN", "DHL" alone are acronyms)
CAPS_SHARE = 0.6  # and this share of its cased letters in capitals


def unshout(text: str) -> str:
    """`text` with its lines in capitals lower-cased, of the same length.

    >>> unshout("Die IBAN von DHL ist DE89 3704")  # acronyms in a normal line stay
    'Die IBAN von DHL ist DE89 3704'
    """
    if len(_CAPS_WORD_RE.findall(text)) < MIN_CAPS_WORDS:
        return text
    lines = text.split("\n")
    return "\n".join(_lower(line) if _shouted(line) else line for line in lines)


def _shouted(line: str) -> bool:
    if len(_CAPS_WORD_RE.findall(line)) < MIN_CAPS_WORDS:
        return False
    upper, lower = len(_UPPER_RE.findall(line)), len(_LOWER_RE.findall(line))
    return upper >= CAPS_SHARE * (upper + lower)


def _lower(line: str) -> str:
    low = line.lower()
    if len(low) == len(line):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in line)  # "İ" -> "i̇": kept
