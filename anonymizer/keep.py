"""Values to keep: detected spans whose text is a listed term stay in the text.

Customer feedback names the companies and products it is about ("über Klarna bezahlt", "DHL
Express", "Zalando"), and the model reads many of them as organisations or people, so their
surrogates take from an analyst what the feedback is about. A keep list names the values an
analysis needs and that identify nobody; a detected span whose whole text is one of them,
whatever its label, is not replaced. Terms match whole spans only, in any case and spacing:
"Klarna" keeps "klarna" and "KLARNA", not "Klarna Bank AB". A term is the user's: a person
who bears it keeps it too.

Example:
    >>> from anonymizer.schema import Entity
    >>> keep = KeepList(["Klarna", "DHL Express"])
    >>> text = "Über Klarna bezahlt, Herr Weber war nett."
    >>> [text[e.start : e.end] for e in keep.filter(text, [Entity(5, 11, "PERSON"),
    ...                                                   Entity(26, 31, "PERSON")])]
    ['Weber']
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from .schema import Entity


def normalize_term(term: str) -> str:
    """A term as it is matched: its words casefolded, one space apart."""
    return " ".join(term.split()).casefold()


class KeepList:
    """Terms whose detected spans stay in the text (see the module docstring)."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        self._terms = frozenset(t for t in map(normalize_term, terms) if t)
        self.kept = 0  # spans left in the text so far, for a job's summary

    @classmethod
    def read(cls, path: str | os.PathLike) -> KeepList:
        """One term per line of a UTF-8 file; blank lines and lines opening with '#' skipped."""
        terms = []
        with open(path, "rb") as f:
            for number, raw in enumerate(f, 1):
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError:
                    raise ValueError(
                        f"keep file {os.fspath(path)!r}: line {number} is not UTF-8 text; "
                        "save the file as UTF-8"
                    ) from None
                if line.strip() and not line.lstrip().startswith("#"):
                    terms.append(line)
        return cls(terms)

    @property
    def terms(self) -> frozenset[str]:
        """The terms, normalized (`normalize_term`)."""
        return self._terms

    def __len__(self) -> int:
        return len(self._terms)

    def __contains__(self, value: str) -> bool:
        return normalize_term(value) in self._terms

    def filter(self, text: str, entities: list[Entity]) -> list[Entity]:
        """`entities` of `text` without those whose text is a kept term."""
        if not self._terms:
            return entities
        out = [e for e in entities if normalize_term(text[e.start : e.end]) not in self._terms]
        self.kept += len(entities) - len(out)
        return out
