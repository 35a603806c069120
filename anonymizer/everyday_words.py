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

import numpy as np

MIN_COUNT = 1000
LANGUAGES = ("de", "en")


@cache
def everyday_words() -> frozenset[str]:
    """Lower-case words counted at least `MIN_COUNT` times in a `LANGUAGES` list."""
    return frozenset().union(*(everyday_words_of(lang) for lang in LANGUAGES))


@cache
def everyday_words_of(lang: str) -> frozenset[str]:
    """Lower-case words counted at least `MIN_COUNT` times in the list of `lang` ("de", "en"):
    English subtitles name people so often that "anna", "lisa" and "mia" count as words there,
    not in the German list."""
    return frozenset(w for w, n in _counts(lang).items() if n >= MIN_COUNT)


def _counts(lang: str) -> dict[str, int]:
    data = files("spellchecker").joinpath(f"resources/{lang}.json.gz").read_bytes()
    return json.loads(gzip.decompress(data))


@cache
def _german_hashes() -> np.ndarray:
    """The sorted `hash` of every word of the German list: 8 bytes a word, where a set of the
    strings would hold each string and its set slot."""
    return np.sort(np.fromiter(map(hash, _counts("de")), dtype=np.int64))


def is_german_word(word: str) -> bool:
    """Whether the German list holds `word` in lower case at all, however rarely ("termin",
    "bescheid"; not "pfefferle"). Read on first use.

    >>> is_german_word("Termin"), is_german_word("Pfefferle")
    (True, False)
    """
    hashes, key = _german_hashes(), hash(word.lower())
    i = int(np.searchsorted(hashes, key))
    return i < len(hashes) and int(hashes[i]) == key


def is_everyday(word: str, lang: str | None = None) -> bool:
    """Whether `word`, in any case, is an everyday word ("schließlich", whose case fold
    "schliesslich" the lists do not hold), of `lang`'s list or of any.

    >>> is_everyday("Schließlich"), is_everyday("Mia"), is_everyday("Mia", "de")
    (True, True, False)
    """
    words = everyday_words() if lang is None else everyday_words_of(lang)
    return word.lower() in words or word.casefold() in words
