"""Capitalised given names on their own ("Rudy sorted it out", "Nell & Trish").

The model misses some given names that stand without a title or a name context. A capitalised
word is a PERSON here when the name lists know it as a first name only, never as a surname
(`name_roles.given_only`), and it is nothing else a text capitalises: no everyday word
(`name_words.tsv`, `everyday_words`: "Grace", "German"; in German text, where the model missed
"Dieter", "Udo" and "Mia", an English word is none: a rare one the German word list lacks, or a
name English subtitles use often), no language cue
word, title, role, month or weekday (`not_a_name`), no assistant or brand ("Alexa",
"Mercedes", "Zara"), no German noun of the article rule, no town of `place_countries.tsv`
("Florence") and no country ("Georgia"), not after a determiner ("the Kendrick album"), a
number ("3 Mio. Euro") or a saint's "St." ("St. Georg").
Spans score 0.5, as the lower-case rule's do: a model span of another label that is surer keeps
its label, and no such span of a place or company becomes a person for it.

Example:
    >>> text = "Rudy sorted it out in five minutes, German engineering at its best"
    >>> [text[s:e] for s, e, _, _ in find_given_names(text)]
    ['Rudy']
"""

from __future__ import annotations

import re
from functools import cache

from ..everyday_words import is_everyday
from ..lang import is_german
from ..name_lexicon import name_key
from ..name_lists import english_words, name_lists, name_words
from ..name_roles import given_only
from ..surrogate_places import town_population
from .patterns_names import Span, join_surnames
from .patterns_names_lower import (
    NOT_GLUED_AFTER,
    NOT_GLUED_BEFORE,
    after_determiner,
    other_kind_of_word,
)

SCORE = 0.5
# A capitalised word not glued to a handle, hashtag, path or file name; a possessive may follow.
# A Latin capital (the last range holds small letters too), then lower case, checked in code:
# "İlkim", "Şükrü", "Żaneta" were outside [A-ZÄÖÜ][a-zäöüß], and the model missed "İlkim".
_CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-ɏ]"
_WORD_RE = re.compile(
    rf"{NOT_GLUED_BEFORE}({_CAPITAL}[^\W\d_]{{2,}}(?:-{_CAPITAL}[^\W\d_]{{2,}})?){NOT_GLUED_AFTER}"
)
_AFTER_NUMBER_RE = re.compile(r"\d[ \t]*$")
# Brands that are given names, common in feedback: with no context, the brand is likelier.
_BRANDS = frozenset({"mercedes", "megane", "norma", "zara"})
# A saint's name is a place's or church's: "St. Georg", "Sankt Pauli", "San Marco".
_AFTER_SAINT_RE = re.compile(r"(?<![\w-])(?:St|Sankt|Saint|San|Santa|Santo)\.?[ \t]+$")


def find_given_names(text: str) -> list[Span]:
    """PERSON spans of capitalised listed given names that are nothing else (module docstring)."""
    firsts = name_lists()[0]
    spans: list[Span] = []
    for m in _WORD_RE.finditer(text):
        word = m.group(1)
        if not all(p[:1].isupper() and p[1:].islower() for p in word.split("-")):
            continue
        parts = word.casefold().split("-")
        if not all(_key(part) in firsts for part in word.split("-")) or _other_word(word):
            continue
        # German text asks less of a name (`_everyday`): guessed only where that decides
        if any(_everyday(p, False) for p in parts) and (
            any(_everyday(p, True) for p in parts) or not is_german(text)
        ):
            continue
        if after_determiner(text, m.start()):
            continue
        before = text[max(0, m.start() - 8) : m.start()]
        if _AFTER_NUMBER_RE.search(before) or _AFTER_SAINT_RE.search(before):
            continue
        spans.append((m.start(), join_surnames(text, m.start(), m.end()), "PERSON", SCORE))
    return spans


def _key(word: str) -> str:
    return word.lower() if word.isascii() else name_key(word)


def _other_word(word: str) -> bool:
    """A listed first name that is also a surname, a title, a brand, a town or a country (an
    everyday word is `_everyday`'s, which depends on the text's language)."""
    low = word.casefold()
    return (
        not given_only(word)
        or other_kind_of_word(word)
        or low in _BRANDS
        or town_population(word) > 0
        or low in country_names()
    )


def _everyday(part: str, german: bool) -> bool:
    """Whether a name part is an everyday word where it stands: in German text, not a rare
    English word the German word list lacks ("dieter"; "line" and "tore" are common English
    words), nor a word only English subtitles use often ("mia", "anna")."""
    key = name_key(part)
    if key in name_words():
        return not german or key not in english_words() or is_everyday(part, "en")
    return is_everyday(part, "de" if german else None)


@cache
def country_names() -> frozenset[str]:
    """Countries of Faker's German and English locales, in lower case ("Georgia", "Jordan")."""
    from faker.providers.address.de_DE import Provider as German
    from faker.providers.address.en_US import Provider as English

    return frozenset(c.casefold() for p in (German, English) for c in p.countries)
