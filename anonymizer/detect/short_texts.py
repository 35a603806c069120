"""Names the model guesses in a text too short to give it context.

A survey export holds many answers of a word or two ("gut", "Toll", "zu teuer", "Gerne
wieder"), and the model, which learned lone names from signatures, took most of them for
names: 29 of the 65 German and 5 of the 42 English answers written for
`benchmarks/short_answers_check.py`. In a text of at most `MAX_WORDS` words (three found no
more answers and dropped "Sunny" in "Sunny was great"), a model PERSON that opens the text and
whose every word is an everyday word (`anonymizer.everyday_words`) and no listed name
(`name_lists.is_listed`: "Will", "Grace", "Schmidt"; but for one the lists share with everyday
words, written in lower case: "gut", "naja") is no name. After another word ("danke sky") the
model had some context, and its name stays. A one-word value of a name column stays a name
when the lists know it or no word list does ("Przybyszewski"). What this can miss: a city that
is also a word ("Essen", a verb) in a column of its own, and a name that is an everyday word
no list knows before one more word ("Sunny helped").

Example:
    >>> from anonymizer.schema import Entity
    >>> drop_context_free_names("Gerne wieder", [Entity(0, 5, "PERSON", 0.9)])
    []
    >>> drop_context_free_names("Jonas Weber", [Entity(0, 11, "PERSON", 0.9)])
    [Entity(start=0, end=11, label='PERSON', score=0.9, source='model')]
"""

from __future__ import annotations

import re

from ..everyday_words import is_everyday
from ..name_lexicon import name_key
from ..name_lists import is_listed, name_words
from ..schema import Entity
from .patterns_names import CLOSING_WORDS, surname_like

MAX_WORDS = 2
_MAX_CHARS = 120  # a longer text holds more words: no need to count them
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_WORD_RE = re.compile(_WORD)
_NEXT_RE = re.compile(rf" ({_WORD})(?![\w'’-])")
_PREVIOUS_RE = re.compile(rf"(?<![\w'’-])({_WORD}) $")
_ELISION_RE = re.compile(r"['’][a-zäöüß]")  # "C'mon", "Y'all": no name; "O'Brien" is one


def drop_context_free_names(text: str, entities: list[Entity]) -> list[Entity]:
    """`entities` without the model PERSON spans of a short text that are everyday words, and
    with a capitalised word one space beside a kept one that is no everyday word joined to it
    ("Okonkwo Chidi": the model found "Okonkwo", and "Chidi" stayed)."""
    if len(text) > _MAX_CHARS or not any(
        e.label == "PERSON" and e.source == "model" for e in entities
    ):
        return entities
    if len(_WORD_RE.findall(text)) > MAX_WORDS:
        return entities
    kept = [e for e in entities if not _guessed(text, e)]
    return [_widened(text, e, kept) if e.label == "PERSON" else e for e in kept]


def _widened(text: str, e: Entity, spans: list[Entity]) -> Entity:
    start, end = e.start, e.end
    if (m := _NEXT_RE.match(text, end)) and _name_like(m.group(1), m.start(1), m.end(1), spans):
        end = m.end(1)
    if (m := _PREVIOUS_RE.search(text, 0, start)) and _name_like(
        m.group(1), m.start(1), m.end(1), spans
    ):
        start = m.start(1)
    return e if (start, end) == (e.start, e.end) else Entity(start, end, e.label, e.score, e.source)


def _name_like(word: str, start: int, end: int, spans: list[Entity]) -> bool:
    """A capitalised word no span covers that is no everyday word, greeting or closing
    ("O'Brien", not "C'mon"; "Gruß Lena" became "Hansjürgen Jüttner")."""
    if _ELISION_RE.search(word) or word.lower() in CLOSING_WORDS or not surname_like(word):
        return False
    return not any(s.start < end and start < s.end for s in spans)


def _guessed(text: str, e: Entity) -> bool:
    """A model PERSON that opens the text and holds only everyday words; after a word that may
    introduce it ("danke sky") the model had some context, and it stays."""
    if e.label != "PERSON" or e.source != "model" or _WORD_RE.search(text, 0, e.start):
        return False
    words = _WORD_RE.findall(text, e.start, e.end)
    return bool(words) and all(_everyday(w) for w in words)


def _everyday(word: str) -> bool:
    """An everyday word no name list knows, or a listed name that is also an everyday word
    (`name_lists.name_words`) written in lower case ("gut", "naja"; not "Grace")."""
    if word.islower() and name_key(word) in name_words():
        return True
    return is_everyday(word) and not is_listed(word)
