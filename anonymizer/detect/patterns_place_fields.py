"""Places that a form or review field names: "Ort: Kiel", "Wohnort: Bad Segeberg", "Location:
Leeds", "County: Kerry".

Review exports and survey forms put where the writer lives in a field of its own, often on one
line with others ("Reviewer: Jens P. | Ort: Kiel | Bewertung: 2/5"). The model, reading no
sentence there, left "Kiel" and "Leeds", and read "Kerry" after "County:" as a person. The field's
label says what the value is: one to three capitalised words ("Neustadt an der Weinstraße",
"Stratford-upon-Avon"), ending the field. A value of everyday words that is no sizeable town
("Ort: Unbekannt", "Location: Online", "City: Bath" is one) or an answer naming none ("Ort: Keine
Angabe") is none.

Example:
    >>> text = "Reviewer: Jens P. | Ort: Kiel | Bewertung: 2/5"
    >>> [text[s:e] for s, e, _, _ in find_place_fields(text)]
    ['Kiel']
"""

from __future__ import annotations

import re

from .institutions import a_place

Span = tuple[int, int, str, float]

# The label vouches for the value's kind, as "username is" does for an id's: the model's PERSON
# "Kerry" after "County:" gives way (`merge._same_extent_to_patterns`).
SCORE = 0.9
_LABEL = (
    r"ort|wohnort|heimatort|heimatstadt|geburtsort|herkunft|herkunftsort|stadt|bundesland"
    r"|kanton|landkreis|lieferort|abholort|reiseziel|zielort"
    r"|city|town|location|hometown|home town|county|state|province|place of birth"
    r"|birthplace|destination"
)
# Answers that name no place ("Keine Angabe", "Sonstige", "Not Applicable"); German nouns are
# no everyday words here (`everyday_words` counts lower-case words), so they are listed.
_NO_PLACE = frozenset(
    "kein keine keiner keines unbekannt sonstige sonstiges sonstwo diverse verschiedene "
    "none no not unknown other others various anywhere nowhere".split()
)
_WORD = r"[A-ZÄÖÜ][^\W\d_]*(?:-(?:[a-zäöü]{2,5}-)?[A-ZÄÖÜ][^\W\d_]*)*"  # "Stratford-upon-Avon"
_JOIN = r"[ \t]+(?:(?:am|an[ \t]+der|im|in[ \t]+der|upon|on)[ \t]+)?"
# One to three capitalised words of a place's name ("Neustadt an der Weinstraße").
PLACE_WORDS = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,2}}"
_FIELD_RE = re.compile(
    rf"(?:(?<![\w-])(?i:{_LABEL}))[ \t]*:[ \t]*(?P<place>{PLACE_WORDS})"
    r"(?=[ \t]*(?:$|[,;|(/\r\n]|[ \t][-–]))",
    re.MULTILINE,
)


def find_place_fields(text: str) -> list[Span]:
    """LOCATION spans of the values of place fields in `text` (see the module doc)."""
    if ":" not in text:
        return []
    return [
        (m.start("place"), m.end("place"), "LOCATION", SCORE)
        for m in _FIELD_RE.finditer(text)
        if _a_place(m.group("place"))
    ]


def _a_place(value: str) -> bool:
    """A value holding a word that is no everyday word ("Kiel"), or a listed town of some size
    ("Bath"); not "Unbekannt" or "Online"."""
    words = value.replace("-", " ").split()
    return words[0].casefold() not in _NO_PLACE and a_place(value, words)
