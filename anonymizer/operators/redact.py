"""`redact`: the value is removed."""

from __future__ import annotations

from .base import DocumentContext, Operator


class RedactOperator(Operator):
    """Returns the empty string.

    >>> from anonymizer.keys import Keyring
    >>> RedactOperator(Keyring(), None).apply("Jonas", "PERSON", DocumentContext())
    ''
    """

    name = "redact"

    def apply(self, value: str, label: str, doc: DocumentContext) -> str:
        return ""
