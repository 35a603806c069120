"""A family name right after a German role noun: "Der Techniker Pfefferle kam nie".

The model catches a listed surname after a role noun ("Der Techniker Müller") but missed
unlisted ones ("Der Gutachter Pfefferle kam nie", "Unser Vermieter Brandstätter reagiert
nicht"), and the context rule of `patterns_names` asks for a listed first name. In German text
(`lang.is_german`), a capitalised role noun of `name_lexicon.ROLES`
followed by one space and a capitalised word that reads as a surname (`surname_like`: no
everyday word, title, role or month) is a PERSON, unless that word is a first name (the context
rule's), a town ("Filialleiter Berlin") or any word of the German word-frequency list, however
rare (`everyday_words.is_german_word`): German writers split compounds ("mein Techniker Termin",
"der Fahrer Wechsel"), and the model knows the listed surnames the list also holds ("Müller").

The word list also keeps out the object after a dative role ("dem Fahrer Bescheid sagen",
"der Kollegin Unterlagen schicken"); a name there is one ("dem Fahrer Pfefferle"). Spans score
0.5, as the given-name rule's: a surer model span of another label keeps its label ("Verkäufer
Autohaus Schaaf" stays a company).

Example:
    >>> text = "Der Techniker Pfefferle kam nie."
    >>> [text[s:e] for s, e, _, _ in find_role_surnames(text)]
    ['Pfefferle']
"""

from __future__ import annotations

import re

from ..everyday_words import is_german_word
from ..lang import is_german
from ..name_lexicon import OFFICES, ROLES, name_key
from ..name_lists import name_lists
from ..surrogate_places import town_population
from .patterns_names import WORD, Span, surname_like

SCORE = 0.5
_ROLES = ROLES - OFFICES
# A capitalised word and one space, a role noun perhaps (a set lookup is faster than a regex of
# the roles), and the word after it.
_CAPITALISED_RE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[a-zäöüß]+)?[ \t]")
_WORD_RE = re.compile(rf"{WORD}(?![\w'’-])")


def find_role_surnames(text: str) -> list[Span]:
    """PERSON spans of surnames right after a German role noun (see the module docstring)."""
    roles = [m for m in _CAPITALISED_RE.finditer(text) if m.group()[:-1].casefold() in _ROLES]
    if not roles or not is_german(text):
        return []
    firsts = name_lists()[0]
    spans: list[Span] = []
    for role in roles:
        m = _WORD_RE.match(text, role.end())
        word = m.group() if m else ""
        if not m or not surname_like(word):
            continue
        key = name_key(word)
        if key in firsts or is_german_word(word) or town_population(word) > 0:
            continue
        spans.append((m.start(), m.end(), "PERSON", SCORE))
    return spans
