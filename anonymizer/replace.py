"""Apply operators to detected entities and build the anonymized text.

Replacements are computed in reading order (so `tag` numbers follow the text) and stitched
together in one pass; each result entity records where its replacement sits in the output.

Example:
    >>> from anonymizer.operators.base import DocumentContext
    >>> from anonymizer.schema import Entity
    >>> class Upper:
    ...     def apply(self, value, label, doc): return value.upper()
    >>> ops = {"PERSON": Upper()}
    >>> r = apply_operators("hi jo!", [Entity(3, 5, "PERSON")], ops, DocumentContext())
    >>> r.text, r.entities[0].out_start, r.entities[0].out_end
    ('hi JO!', 3, 5)
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .detect.encodings import read_garbled
from .detect.markup import decode_references, has_markup, visible
from .name_cues import PRONOUN_WINDOW, field_role
from .schema import Entity

# Characters before a name that its role is read from: a title ("Frau "), a self-introduction,
# a closing from a place ("Gruß aus Castrop-Rauxel, Manni").
BEFORE_WINDOW = 48


@dataclass(frozen=True, slots=True)
class Replacement:
    """A detected entity and what replaced it (`out_start:out_end` in the anonymized text)."""

    entity: Entity
    replacement: str
    out_start: int
    out_end: int

    def to_dict(self) -> dict:
        return {**self.entity.to_dict(), "out_start": self.out_start, "out_end": self.out_end}


@dataclass
class AnonymizeResult:
    """Outcome of anonymizing one text.

    >>> AnonymizeResult("nothing here").entities
    []
    """

    text: str
    entities: list[Replacement] = field(default_factory=list)
    lang: str | None = None

    @property
    def labels(self) -> list[str]:
        return [r.entity.label for r in self.entities]


def apply_operators(text: str, entities: list[Entity], operators: dict, doc) -> AnonymizeResult:
    """Replace non-overlapping `entities` (sorted by start) using `operators[label].apply`."""
    pieces: list[str] = []
    out: list[Replacement] = []
    pos = 0
    length = 0
    escape = bool(entities) and has_markup(text)
    if not doc.names:
        doc.names = person_names(text, entities)
    for ent in entities:
        if ent.start < pos:
            raise ValueError(
                "entities must be sorted and non-overlapping; run merge_entities first"
            )
        keep = text[pos : ent.start]
        pieces.append(keep)
        length += len(keep)
        new = _replacement(text[ent.start : ent.end], ent.label, operators, doc, escape)
        if (
            _closes_sentence(text, ent.end, new)
            and getattr(operators[ent.label], "name", "") in _WORDS_OUT
        ):
            new += "."  # "on Elm Rd." at the end: the abbreviation's dot ends the sentence too
        pieces.append(new)
        out.append(Replacement(ent, new, length, length + len(new)))
        length += len(new)
        pos = ent.end
    pieces.append(text[pos:])
    return AnonymizeResult("".join(pieces), out)


_LINE_END = re.compile(r"[ \t]*(?:[\r\n]|$)")
# Operators whose output reads as words, after which a sentence's dot belongs (not mask's
# same-length stars, redact's nothing or a hash).
_WORDS_OUT = frozenset({"surrogate", "tag"})


def _closes_sentence(text: str, end: int, new: str) -> bool:
    """Whether the span ending at `end` ends with a dot at the end of the text or of its line,
    which its replacement `new` lacks."""
    return (
        text[end - 1 : end] == "."
        and not new.endswith(".")
        and _LINE_END.match(text, end) is not None
    )


def person_names(text: str, entities: list[Entity]) -> tuple[tuple[str, str, str], ...]:
    """Each PERSON value of `text` with the text just before it and the text after it up to
    the next one, as `DocumentContext.names` holds them.

    >>> text = "Frau Yilmaz, sie"
    >>> person_names(text, [Entity(5, 11, "PERSON")])
    (('Frau ', 'Yilmaz', ', sie'),)
    """
    people = [e for e in entities if e.label == "PERSON"]
    ends = [e.start for e in people[1:]] + [len(text)]
    return tuple(
        (
            text[max(0, e.start - BEFORE_WINDOW) : e.start],
            text[e.start : e.end],
            text[e.end : min(end, e.end + PRONOUN_WINDOW)],
        )
        for e, end in zip(people, ends)
    )


def record_names(
    texts: list[str],
    entities: list[list[Entity]],
    records: list[int] | None = None,
    fields: list[str | None] | None = None,
) -> list[tuple[tuple[str, ...], ...]]:
    """`person_names` of each text; when `records` numbers the record of each text, those of
    all texts of its record. A text whose field holds a given or family name (`fields`,
    `name_cues.field_role`: "first_name", "Nachname") and is one PERSON adds that role to it:
    `("", "Thomas", "", "last")`.

    >>> ents = [[Entity(5, 11, "PERSON")], [Entity(0, 6, "PERSON")]]
    >>> record_names(["Frau Yilmaz", "Yilmaz"], ents, [0, 0])[1]
    (('Frau ', 'Yilmaz', ''), ('', 'Yilmaz', ''))
    """
    names = [person_names(t, e) for t, e in zip(texts, entities)]
    for i, role in enumerate(map(field_role, fields or ())):
        people = [e for e in entities[i] if e.label == "PERSON"]
        if role and len(people) == 1 and texts[i].strip() == names[i][0][1].strip():
            names[i] = (names[i][0] + (role,),)
    if not records:
        return names
    shared: dict[int, tuple] = {}
    for rec, found in zip(records, names):
        shared[rec] = shared.get(rec, ()) + found
    return [shared[rec] for rec in records]


def _replacement(value: str, label: str, operators: dict, doc, escape: bool) -> str:
    """The operator's output for `value`. A value written with HTML character references
    ("M&uuml;ller"), escapes or mojibake ("M\\u00fcller", "MÃ¼ller", `encodings`) or invisible
    characters ("Mül\u00adler") is replaced as its visible text is, with the same surrogate;
    in a text with markup the output is escaped ("Krause GmbH &amp; Co. KG", "&lt;PERSON_1&gt;").
    """
    decoded = decode_references(value)[0] if "&" in value else value
    decoded = visible(read_garbled(decoded))  # "jonas\u200b.mueller@web.de" is jonas.mueller's
    new = operators[label].apply(decoded, label, doc)
    if not escape:
        return new
    new = html.escape(new, quote=False)
    if "&#10;" in value or "&#13;" in value:  # line breaks written as references stay so
        new = new.replace("\r", "&#13;").replace("\n", "&#10;")
    return new
