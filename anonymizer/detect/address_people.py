"""A name opening an address after a form of address is a person, not an address's.

The model reads "an Fam. Wojciechowski, Dorfstraße 7" as one address from the surname on, and
the address surrogate made the name a town ("Fam. Hoyerswerda, ..."). After "Fam.",
"Familie", "Herrn", "Frau", "Mr", "Mrs" (forms of address) or "c/o", an
address span's first comma-separated piece of one to three capitalised words without a digit,
and no street, becomes a PERSON, what follows staying an ADDRESS; after "c/o" such words
alone are one too; one space after a PERSON the piece, or such words alone, are that
person's surname ("Thomas" + "Brückner, Am ..."; "Annegret" + "Hummel" before
"Lindenstraße 9": the surrogate "Gießen").

Example:
    >>> text = "Lieferung an Fam. Wojciechowski, Dorfstraße 7"
    >>> spans = people_opening_addresses(text, [Entity(18, len(text), "ADDRESS", 0.9)])
    >>> [(text[e.start:e.end], e.label) for e in spans]
    [('Wojciechowski', 'PERSON'), ('Dorfstraße 7', 'ADDRESS')]
"""

from __future__ import annotations

import re

from ..name_lexicon import HONORIFICS
from ..schema import Entity
from .patterns_address import STREET_NAME

# A form of address ending just ahead of the span: "Fam. ", "Herrn ", "(Mrs ".
_BEFORE_RE = re.compile(r"(?<![\w.])([^\W\d_]+)\.?[ \t]+$")
# "Care of" and its kin ending just ahead of it: "c/o ", "z. Hd. ", "Attn: ", "FAO ". After them a
# name alone is a person too ("c/o Kowalski" became a town, "c/o Schleiz").
_CARE_OF_RE = re.compile(r"(?<![\w/])(?i:c/o|z\.[ \t]?hd\.?|attn\.?:?|fao)[ \t]+$")
_NAME_ONLY_RE = re.compile(r"[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){0,2}")
# One to three capitalised words, then a comma: "Wojciechowski, ", "Anna Weber, "; not a
# German street whose name opens with a preposition ("Am Ring", "An der Alster").
_NAME_PART_RE = re.compile(
    r"(?!(?:Am|An|Im|In|Zum|Zur|Auf|Unter|Hinter|Vor|Beim)[ \t])"
    r"([A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){0,2}),[ \t]*"
)


def people_opening_addresses(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` (sorted) with the name opening an ADDRESS after a form of address split off as
    a PERSON (see the module docstring)."""
    out: list[Entity] = []
    for e in spans:
        care_of = e.label == "ADDRESS" and _CARE_OF_RE.search(text, max(0, e.start - 12), e.start)
        name_only = e.label == "ADDRESS" and _NAME_ONLY_RE.fullmatch(text, e.start, e.end)
        if name_only and (care_of or _given_name_before(text, e.start, out)):
            if not STREET_NAME.search(text, e.start, e.end):  # "c/o Kowalski, Am Sportplatz 7"
                e = Entity(e.start, e.end, "PERSON", e.score, e.source)
        before = _BEFORE_RE.search(text, max(0, e.start - 20), e.start)
        m = _NAME_PART_RE.match(text, e.start, e.end) if e.label == "ADDRESS" else None
        titled = before is not None and before.group(1).casefold() in HONORIFICS
        if (
            (care_of or titled or _given_name_before(text, e.start, out))
            and m
            and not any(c.isdigit() for c in m.group(1))
            and not STREET_NAME.search(m.group(1))
            and m.end() < e.end
        ):
            out.append(Entity(e.start, m.end(1), "PERSON", e.score, e.source))
            e = Entity(m.end(), e.end, e.label, e.score, e.source)
        out.append(e)
    return out


def _given_name_before(text: str, start: int, placed: list[Entity]) -> bool:
    """Whether a PERSON ends one space before `start`: "Thomas" of "(Thomas Brückner, Am
    Kirchplatz 2, ...)", whose surname the model's ADDRESS opened with (it became a town)."""
    return any(
        p.label == "PERSON" and p.end < start and text[p.end : start] in (" ", "\t")
        for p in placed[-3:]
    )
