"""The shared contract: schema version, label set, BIO tags and the `Entity` span type.

Every stage (teacher_labels, distill, the runtime) imports these names from here; a label is
defined in exactly one place.

Example:
    >>> from anonymizer.schema import Entity, BIO_TAGS
    >>> Entity(0, 5, "PERSON", 0.98, "model")
    Entity(start=0, end=5, label='PERSON', score=0.98, source='model')
    >>> BIO_TAGS[:3]
    ('O', 'B-PERSON', 'I-PERSON')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCHEMA_VERSION = 1

LABELS: tuple[str, ...] = (
    "PERSON",
    "ORGANIZATION",
    "LOCATION",
    "ADDRESS",
    "DATE",
    "EMAIL",
    "PHONE",
    "URL",
    "IP_ADDRESS",
    "IBAN",
    "CREDIT_CARD",
    "ID",
)

LABEL_DESCRIPTIONS: dict[str, str] = {
    "PERSON": "names of people, full or partial, with or without titles",
    "ORGANIZATION": "companies, shops, authorities, institutions when naming a specific one",
    "LOCATION": "cities, regions, countries, named places",
    "ADDRESS": "street addresses, postal codes with city, P.O. boxes",
    "DATE": "calendar dates and birth dates, numeric or written out",
    "EMAIL": "e-mail addresses",
    "PHONE": "phone and fax numbers",
    "URL": "web addresses",
    "IP_ADDRESS": "IPv4 and IPv6 addresses",
    "IBAN": "international bank account numbers",
    "CREDIT_CARD": "payment card numbers",
    "ID": "customer, order, contract, case, tax and national id numbers; social-media handles",
}

BIO_TAGS: tuple[str, ...] = ("O",) + tuple(f"{p}-{lab}" for lab in LABELS for p in ("B", "I"))
TAG2ID: dict[str, int] = {t: i for i, t in enumerate(BIO_TAGS)}

SOURCES = ("model", "pattern")

# How a model's words are cut from its sub-tokens (`detect.tokens.word_starts`; a bundle's
# `word_split`): "pretokenizer" words are the tokenizer's own (whitespace-separated for
# Metaspace: "(Anna," is one word); "canonical" words also begin at every token that starts a
# canonical word ("(", "Anna", ","), so a name glued to punctuation gets a prediction of its own.
WORD_SPLITS: tuple[str, ...] = ("pretokenizer", "canonical")

# Canonical words: runs of letters/digits (with inner ' - . @ / : joining them) or single symbols.
# Used wherever labels live on words rather than on a model's sub-tokens (soft labels, seqeval).
_WORD_RE = re.compile(r"\w+(?:[.'’@/:_-]\w+)*|[^\w\s]")


def split_words(text: str) -> list[tuple[int, int]]:
    """Character spans of the canonical words of `text`.

    >>> split_words("Hi Jo-Ann, mail a@b.de!")
    [(0, 2), (3, 9), (9, 10), (11, 15), (16, 22), (22, 23)]
    """
    return [m.span() for m in _WORD_RE.finditer(text)]


@dataclass(frozen=True, slots=True)
class Entity:
    """One detected span: character offsets into the original text, `end` exclusive.

    `source` names the detector family that found it ("model" or "pattern"). The span type
    deliberately carries no copy of the text, so printing or logging an entity never leaks it.

    >>> e = Entity(6, 11, "PERSON", 0.9, "model")
    >>> "Hallo Jonas!"[e.start:e.end]
    'Jonas'
    """

    start: int
    end: int
    label: str
    score: float = 1.0
    source: str = "model"

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ValueError(
                f"Entity needs 0 <= start < end, got start={self.start} end={self.end}"
            )
        if self.label not in LABELS:
            raise ValueError(f"unknown label {self.label!r}; expected one of {list(LABELS)}")

    def overlaps(self, other: Entity) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "score": round(float(self.score), 4),
            "source": self.source,
        }


def bio_tags_for(spans: list[tuple[int, int, str]], words: list[tuple[int, int]]) -> list[str]:
    """BIO tag per word: a word overlapping a span gets B- (first word of it) or I- (later words).

    >>> bio_tags_for([(3, 9, "PERSON")], [(0, 2), (3, 6), (7, 9), (10, 12)])
    ['O', 'B-PERSON', 'I-PERSON', 'O']
    """
    tags = ["O"] * len(words)
    ordered = sorted(spans)
    j = 0
    for i, (ws, we) in enumerate(words):
        while j < len(ordered) and ordered[j][1] <= ws:
            j += 1
        if j < len(ordered) and ordered[j][0] < we:
            s, _e, lab = ordered[j]
            prev_inside = i > 0 and words[i - 1][1] > s and tags[i - 1] != "O"
            tags[i] = f"{'I' if prev_inside else 'B'}-{lab}"
    return tags
