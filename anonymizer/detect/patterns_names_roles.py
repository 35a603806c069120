"""A family name right after a German role noun ("Der Techniker Pfefferle kam nie") or after a
trade business it names ("Bäckerei Schmitz").

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

A craft or trade business named by its owner ("Bäckerei Schmitz", "Autohaus Kröger", "Fliesen
Kaiser") names a person: the model missed "Die Bäckerei Schmitz in Kalk hat sonntags zu".
After a trade word of `institutions.TRADE_FIRST`, a capitalised word is a PERSON when a name
list knows it, or it reads as a surname and is no German word, and it is no town ("Autohaus
Köln" is a place's); listed surnames after it join it ("Malerbetrieb Hans Weber").

Example:
    >>> text = "Der Techniker Pfefferle kam nie."
    >>> [text[s:e] for s, e, _, _ in find_role_surnames(text)]
    ['Pfefferle']
    >>> text = "Die Bäckerei Schmitz in Kalk hat sonntags zu."
    >>> [text[s:e] for s, e, _, _ in find_trade_owners(text)]
    ['Schmitz']
"""

from __future__ import annotations

import re

from ..everyday_words import is_everyday, is_german_word
from ..lang import is_german
from ..name_lexicon import OFFICES, ROLES, TRADES, name_key
from ..name_lists import is_listed, name_lists
from ..surrogate_places import town_population
from .institutions import TRADE_FIRST
from .patterns_names import WORD, Span, join_surnames, surname_like

SCORE = 0.5
_ROLES = ROLES - OFFICES - TRADES  # a trade's owner is `find_trade_owners`'s
# A capitalised word and one space, a role noun perhaps (a set lookup is faster than a regex of
# the roles), and the word after it.
_CAPITALISED_RE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[a-zäöüß]+)?[ \t]")
_WORD_RE = re.compile(rf"{WORD}(?![\w'’-])")
_TRADE_RE = re.compile(rf"(?<![\w-])(?:{TRADE_FIRST})[ \t]+({WORD})(?![\w'’-])")


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


def find_trade_owners(text: str) -> list[Span]:
    """PERSON spans of the owner's name after a trade business word (module docstring)."""
    spans: list[Span] = []
    for m in _TRADE_RE.finditer(text):
        word = _before_word_part(m.group(1))  # "Autohaus Davids-Team": "Davids"
        if word.isupper() or town_population(word) > 0:
            continue
        if is_listed(word) or (surname_like(word) and not is_german_word(word)):
            end = m.start(1) + len(word)
            spans.append((m.start(1), join_surnames(text, m.start(1), end), "PERSON", SCORE))
    return spans


def _before_word_part(word: str) -> str:
    """`word` up to a hyphen before an everyday word no list knows ("Davids-Team" -> "Davids";
    "Schulze-Wendt" stays)."""
    parts = word.split("-")
    for i, part in enumerate(parts[1:], 1):
        if is_everyday(part) and not is_listed(part):
            return "-".join(parts[:i])
    return word
