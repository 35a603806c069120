"""Lower-case first names, as chat and comment text writes them ("lol theresia from support").

The model, trained mostly on cased text, misses most names written in lower case. A lower-case
word of three letters or more is a PERSON here when a Faker locale of `name_lists.name_lists`
lists it as a first name and it is no everyday word: `anonymizer/name_words.tsv`, written by
`scripts/make_name_words.py` from common German and English word lists, holds the listed names
that are also German or English words ("grace", "einer", "mark") or German nouns and places
("juni", "bett"). Also skipped: the language cue words, the words `not_a_name` knows (titles,
roles, months, weekdays), the German nouns of the article rule, assistants ("alexa"), a word
after an English determiner or a German indefinite article ("the vid", "a lotta"; not after a
German possessive: "mein jens" is a person), and every word of a text without a German or
English cue word of `anonymizer.lang` ("sasama na yan"), whose everyday words these
dictionaries do not know. A listed surname right after the name joins it when it is no everyday
word either, nor a German noun that is an everyday word ("karen made me work"). Spans score
0.5, below the other name rules: a model span of another label that is surer keeps its label
("flug nach madrid" stays a place if the model says so).

Example:
    >>> text = "lol theresia from support fixed it, shoutout to grace too"
    >>> [text[s:e] for s, e, _, _ in find_lower_names(text)]
    ['theresia']
"""

from __future__ import annotations

import re
from functools import cache

from ..everyday_words import is_everyday
from ..lang import CUE_WORDS
from ..name_lexicon import name_key
from ..name_lists import name_lists, name_words
from .patterns_names import Span, not_a_name
from .patterns_names_spoken import GERMAN_NOUNS, NOT_SPOKEN_NAMES

SCORE = 0.5
# A lower-case word not glued to a handle, hashtag, path, address or file name ("@ryan", "#emma",
# "ryan.smith", "emma.pdf"); a possessive may follow ("ryan's").
# A word glued to none of them, before or after: shared with the given-name rule.
NOT_GLUED_BEFORE = r"(?<![\w@#/.:'’-])"
NOT_GLUED_AFTER = r"(?![\w@/-]|\.\w|['’](?!s\b))"
_LOWER_WORD_RE = re.compile(
    rf"{NOT_GLUED_BEFORE}(?P<word>[^\W\d_A-Z]{{3,}}(?:-[^\W\d_A-Z]{{3,}})?){NOT_GLUED_AFTER}"
)
_NEXT_WORD_RE = re.compile(r"[ \t](?P<word>[^\W\d_A-Z]{3,})(?![\w@/-]|\.\w)")
# Words after which a lower-case word is a noun, not a name ("the vid", "ein lotta").
_DETERMINERS = frozenset(
    "a the this that these those my your his her its our their some any no every each another "
    "ein eine einen einem einer eines kein keine keinen keinem".split()
)
_PREVIOUS_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]+$")
_CUE_RE = re.compile(r"[a-zäöüß]+")
_QUICK_RE = re.compile(r"[^\W\d_A-Z]{3,}")


@cache
def _lower_first_names() -> frozenset[str]:
    """Listed first names that a lower-case word may be on its own."""
    words = name_words()
    return frozenset(k for k in name_lists()[0] if k not in words and len(k) >= 3)


def _key(word: str) -> str:
    return word if word.isascii() else name_key(word)


def find_lower_names(text: str) -> list[Span]:
    """PERSON spans of lower-case listed first names that are no everyday word, with a listed
    lower-case surname that follows ("ian connor")."""
    firsts = _lower_first_names()
    if not _has_candidate(text, firsts):
        return []
    spans: list[Span] = []
    german_or_english: bool | None = None  # decided once a candidate shows up
    for m in _LOWER_WORD_RE.finditer(text):
        word = m.group("word")
        if spans and m.start() < spans[-1][1]:
            continue  # the surname a span just joined
        if not word.islower() or not all(_key(part) in firsts for part in word.split("-")):
            continue
        if other_kind_of_word(word) or after_determiner(text, m.start()):
            continue
        if german_or_english is None:
            german_or_english = any(w in CUE_WORDS for w in _CUE_RE.findall(text.casefold()))
        if not german_or_english:
            break  # "sasama na yan": no German or English word to read the others against
        spans.append((m.start(), _join_surname(text, m.end()), "PERSON", SCORE))
    return spans


def other_kind_of_word(word: str) -> bool:
    """A listed first name that a text uses as something else: a cue word, a German noun of
    the article rule, an assistant ("alexa"), a title, role, month or weekday (`not_a_name`)."""
    low = word.casefold()
    return low in CUE_WORDS or low in GERMAN_NOUNS or low in NOT_SPOKEN_NAMES or not_a_name(word)


def _has_candidate(text: str, firsts: frozenset[str]) -> bool:
    """A cheap first look: some lower-case word of the text is a listed first name."""
    words = _QUICK_RE.findall(text)
    if not firsts.isdisjoint(words):
        return True
    return not text.isascii() and any(name_key(w) in firsts for w in words if not w.isascii())


def after_determiner(text: str, start: int) -> bool:
    """Whether the word at `start` follows an English determiner or German indefinite article."""
    before = _PREVIOUS_WORD_RE.search(text, max(0, start - 20), start)
    return bool(before) and before.group(1).casefold() in _DETERMINERS


def _join_surname(text: str, end: int) -> int:
    """End of a listed lower-case surname right after `end` that is no everyday word."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is None or not m.group("word").islower():
        return end
    key = _key(m.group("word"))
    kind = name_words().get(key)
    if key not in name_lists()[1] or kind == "word" or key in CUE_WORDS:
        return end
    if kind == "noun" and is_everyday(key):  # "karen made me work": the German noun "Made"
        return end
    return m.end()
