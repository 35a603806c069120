"""Everyday German and English words, to tell a short answer ("gut", "Gerne wieder") from a
name when a text gives no context.

The words are those of pyspellchecker's word-frequency lists (MIT; counted in OpenSubtitles
2018) that occur at least `MIN_COUNT` times in the German or the English list: "gut",
"freundlich", "teuer", "okay"; not "preis" (the list counts capitalised nouns apart) or
"okonkwo". Subtitles name people often, so the bar is high: at 100, names on short lines of
the dev corpora counted as words, and so did "zorro"; and a caller checks the name lists as
well (`name_lists.is_listed`). Read once, on first use.

Example:
    >>> is_everyday("Gerne"), is_everyday("Przybyszewski")
    (True, False)
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib.resources import files

MIN_COUNT = 1000
LANGUAGES = ("de", "en")


@cache
def everyday_words() -> frozenset[str]:
    """Lower-case words counted at least `MIN_COUNT` times in a `LANGUAGES` list."""
    words: set[str] = set()
    for lang in LANGUAGES:
        data = files("spellchecker").joinpath(f"resources/{lang}.json.gz").read_bytes()
        counts: dict[str, int] = json.loads(gzip.decompress(data))
        words.update(w for w, n in counts.items() if n >= MIN_COUNT)
    return frozenset(words)


def is_everyday(word: str) -> bool:
    """Whether `word`, in any case, is an everyday word ("schließlich", whose case fold
    "schliesslich" the lists do not hold).

    >>> is_everyday("Schließlich")
    True
    """
    words = everyday_words()
    return word.lower() in words or word.casefold() in words
