"""`mask`: every non-whitespace character becomes "*", so the length is kept."""

from __future__ import annotations

import re

from .base import DocumentContext, Operator

_NON_SPACE = re.compile(r"\S")


class MaskOperator(Operator):
    """Keeps the exact length and the whitespace.

    >>> from anonymizer.keys import Keyring
    >>> MaskOperator(Keyring(), None).apply("Jo Do", "PERSON", DocumentContext())
    '** **'
    """

    name = "mask"

    def apply(self, value: str, label: str, doc: DocumentContext) -> str:
        return _NON_SPACE.sub("*", value)
