"""Numbers spelled out digit by digit, as call transcripts and dictated messages write phone
numbers: "null eins sieben sechs, zwei drei vier ...", "five five five, oh one two ...",
"seven double oh nine" (a repeat word before a digit: "double", "triple", "treble", "doppel").

`SPOKEN_NUMBER_RE` finds a run of seven or more German or English digit words (a phone
number's length; "drei, zwei, eins" is a countdown); its surrogate keeps the run's language,
separators and case and draws new digits.

Example:
    >>> import random
    >>> text = "meine Nummer: null eins sieben sechs, zwei drei vier fünf sechs"
    >>> m = SPOKEN_NUMBER_RE.search(text); m.group()
    'null eins sieben sechs, zwei drei vier fünf sechs'
    >>> out = spoken_number(m.group(), random.Random(1))
    >>> out != m.group() and len(out.split()) == 9
    True
"""

from __future__ import annotations

import random
import re

_DIGITS = {
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
# Other spellings of a digit: "zwo", "fuenf", "oh" for zero, "ein".
_VARIANTS = {"zwo": ("de", 2), "fuenf": ("de", 5), "ein": ("de", 1), "oh": ("en", 0)}
_WORD_INDEX = {w: (lang, i) for lang, words in _DIGITS.items() for i, w in enumerate(words)}
_WORD_INDEX |= _VARIANTS
_WORD = "|".join(sorted(_WORD_INDEX, key=len, reverse=True))
# A digit said twice or three times ("double zero", "triple five", "doppel-null"); kept as it is.
_REPEAT = r"(?:double|triple|treble|doppel)[ \t-]*"
_TOKEN = rf"(?i:{_REPEAT})?(?i:{_WORD})"
_SEP = r"(?:[ \t]*[,/-][ \t]*|[ \t]+)"
_FIRST = "".join(sorted({w[0] for w in _WORD_INDEX} | set("dt")))  # a cheap test first
SPOKEN_NUMBER_RE = re.compile(
    rf"(?<![\w-])(?=(?i:[{_FIRST}])){_TOKEN}(?:{_SEP}{_TOKEN}){{6,}}(?![\w-])"
)
_WORD_RE = re.compile(rf"(?i:{_WORD})")
_DIGIT_WORD_RE = re.compile(rf"(?<![\w-])(?i:{_WORD})(?![\w-])")


def is_spoken_number(value: str) -> bool:
    """The whole value is one run of digit words (see the module docstring)."""
    return SPOKEN_NUMBER_RE.fullmatch(value.strip()) is not None


def has_digit_word(value: str) -> bool:
    """Whether `value` holds a digit word ("sieben", "Oh") anywhere."""
    return _DIGIT_WORD_RE.search(value) is not None


def spoken_number(value: str, rng: random.Random) -> str:
    """The same run with new digits, each word in its own language and case; never `value`."""
    for _ in range(20):
        out = _WORD_RE.sub(lambda m: _redraw(m.group(), rng), value)
        if out.casefold() != value.casefold():
            return out
    return out


def _redraw(word: str, rng: random.Random) -> str:
    lang, _digit = _WORD_INDEX[word.casefold()]
    new = rng.choice(_DIGITS[lang])
    return new.upper() if word.isupper() else new.capitalize() if word[0].isupper() else new
