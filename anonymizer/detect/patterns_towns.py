"""Towns after a preposition of place: "Die Kita Pusteblume in Rellingen", "Grüße aus Greiz".

The model misses some towns it finds elsewhere: "The cafe in Leeds overcharged us" had its
LOCATION, "The Riverside Café in Leeds overcharged us" did not, nor did "besucht die Kita
Pusteblume in Rellingen". A town tells where a person lives or was. After "in", "nach",
"aus", "near", "outside" or "around", one to three capitalised words that
`place_countries.tsv` lists as a town (GeoNames' towns of 5,000 people or more in the
countries the surrogates serve) are a LOCATION. A town named by an everyday or German word
must have 50,000 people and no capitalised word or number after it: "in Essen", "in Reading"
are towns; "in Halle 5", "in Stein" and "in Mobile Banking" are not. A month or weekday, or a
word in capitals, never is. Not after "bei" or "from", where a firm is as likely ("bei
Google": a US town's alias). Spans score 0.5: a surer model span keeps its label.

Example:
    >>> text = "The Riverside Café in Leeds overcharged us. Grüße aus Frankfurt am Main"
    >>> [text[s:e] for s, e, _, _ in find_towns(text)]
    ['Leeds', 'Frankfurt am Main']
"""

from __future__ import annotations

import re

from ..everyday_words import is_everyday, is_german_word
from ..surrogate_places import BIG_TOWN, town_population
from .patterns_names import CALENDAR, Span
from .patterns_place_fields import PLACE_WORDS

SCORE = 0.5
_PLACE_PREPOSITION = "in|nach|aus|near|outside|around"
# A preposition and up to three capitalised words of a place's name.
_TOWN_RE = re.compile(rf"(?<![\w-])(?i:{_PLACE_PREPOSITION})[ \t]+(?P<words>{PLACE_WORDS})")
_WORD_END_RE = re.compile(r"[^ \t]+")
_AFTER_RE = re.compile(r"[ \t]*[A-ZÄÖÜ0-9]")


def find_towns(text: str) -> list[Span]:
    """LOCATION spans of listed towns after a preposition of place (module docstring)."""
    spans: list[Span] = []
    for m in _TOWN_RE.finditer(text):
        start = m.start("words")
        end = _town_end(text, start, m.end("words"))
        if end is not None and _reads_as_town(text, text[start:end], end):
            spans.append((start, end, "LOCATION", SCORE))
    return spans


def _town_end(text: str, start: int, end: int) -> int | None:
    """End of the longest run of words from `start` (up to `end`) that is a listed town."""
    stops = [m.end() for m in _WORD_END_RE.finditer(text, start, end)]
    for stop in reversed(stops):
        name = text[start:stop].rstrip(".,;:")
        if town_population(name) > 0:
            return start + len(name)
    return None


def _reads_as_town(text: str, town: str, end: int) -> bool:
    """Whether `town`, ending at `end`, reads as the town, not a word or a month."""
    if town.casefold() in CALENDAR or town.isupper():
        return False
    if not any(is_everyday(word) or is_german_word(word) for word in town.split()):
        return True
    return town_population(town) >= BIG_TOWN and not _AFTER_RE.match(text, end)
