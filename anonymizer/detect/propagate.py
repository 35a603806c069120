"""A full name the model found in a text marks its other mentions in that same text, and an
e-mail address that spells a found name marks the name's other words.

A PERSON span of two or more words that the model found ("Jonas Müller") also covers every other
occurrence of exactly that string in the text, case included and at word boundaries, as a model
PERSON span with the same score. The model reads each mention in its own context and now and
then misses one (a repeated signature, a long ticket that quotes the customer again), which
would leave that one mention readable next to its replaced twins. Single words are not
propagated: "Wolf", "Hahn" or "Lange" are names in one place and words in the next.

An e-mail address whose local part holds a word of a PERSON span of the same text
("julia.weber@gmx.net" beside the PERSON "Julia") names that person, so its other words of
three or more letters, written elsewhere in the text and in no span, are PERSON spans too:
"From: "Weber, Julia" <julia.weber@gmx.net>" left "Weber" readable, and in chat text
"tobias.brandt@web.de -- tobias hat geschrieben dass brandt ..." "brandt". A lower-case one
counts only where it is no everyday word ("julia.rose@...": "a rose").

Example:
    >>> from anonymizer.schema import Entity
    >>> text = "Jonas Müller schrieb. Später rief Jonas Müller an."
    >>> found = [Entity(0, 12, "PERSON", 0.9, "model")]
    >>> [(text[e.start : e.end], e.start) for e in propagate_names(text, found)]
    [('Jonas Müller', 34)]
"""

from __future__ import annotations

import re

from ..everyday_words import is_everyday
from ..name_lexicon import name_key
from ..schema import Entity

_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"(?<![\w@.-])[^\W\d_]{3,}(?![\w@-]|\.\w)")
_LOCAL_WORD = re.compile(r"[^\W\d_]+")
EMAIL_SCORE = 0.8


def propagate(text: str, model: list[Entity], patterns: list[Entity]) -> list[Entity]:
    """`propagate_names` of the model's spans and `email_names` of all spans."""
    return propagate_names(text, model) + email_names(text, model + patterns)


def email_names(text: str, entities: list[Entity]) -> list[Entity]:
    """PERSON spans of the capitalised words an e-mail address of the text shares with one of
    its PERSON spans' names (see the module doc)."""
    emails = [e for e in entities if e.label == "EMAIL"]
    if not emails:
        return []
    people = {
        name_key(w)
        for e in entities
        if e.label == "PERSON"
        for w in _LOCAL_WORD.findall(text[e.start : e.end])
    }
    if not people:
        return []
    words: set[str] = set()
    for e in emails:
        local = {name_key(w) for w in _LOCAL_WORD.findall(text[e.start : e.end].split("@")[0])}
        if local & people:
            words |= {w for w in local - people if len(w) >= 3}
    if not words:
        return []
    taken = [(e.start, e.end) for e in entities]
    return [
        Entity(m.start(), m.end(), "PERSON", EMAIL_SCORE, "pattern")
        for m in _NAME_WORD.finditer(text)
        if name_key(m.group()) in words
        and (m.group()[0].isupper() or not is_everyday(m.group()))
        and not any(s < m.end() and m.start() < e for s, e in taken)
    ]


def propagate_names(text: str, entities: list[Entity]) -> list[Entity]:
    """The other mentions of each multi-word PERSON span of `entities` (not already covered)."""
    names: dict[str, float] = {}
    for e in entities:
        name = text[e.start : e.end]
        if e.label == "PERSON" and len(name.split()) >= 2:
            names[name] = min(names.get(name, 1.0), e.score)
    if not names:
        return []
    taken = {(e.start, e.end) for e in entities}
    return [
        Entity(i, i + len(name), "PERSON", names[name], "model")
        for i, name in _occurrences(text, list(names))
        if (i, i + len(name)) not in taken and _at_word_bounds(text, i, i + len(name))
    ]


def _occurrences(text: str, names: list[str]) -> list[tuple[int, str]]:
    """(start, name) of every occurrence, in one pass over the text's words (not one scan of
    the whole text per name: a long text may hold thousands of names)."""
    by_first: dict[str, list[str]] = {}
    out = []
    for name in names:
        first = _WORD.match(name)
        if first:
            by_first.setdefault(first.group(), []).append(name)
        else:  # a name that does not start at a word ("'t Hooft"): rare, found with str.find
            out += [(i, name) for i in _find_all(text, name)]
    for m in _WORD.finditer(text):
        for name in by_first.get(m.group(), ()):
            if text.startswith(name, m.start()):
                out.append((m.start(), name))
    return out


def _find_all(text: str, name: str) -> list[int]:
    found, i = [], text.find(name)
    while i != -1:
        found.append(i)
        i = text.find(name, i + 1)
    return found


def _at_word_bounds(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (
        end == len(text) or not text[end].isalnum()
    )
