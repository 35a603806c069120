"""`tag`: a numbered placeholder such as `<PERSON_1>`, numbered per document and label."""

from __future__ import annotations

from ..surrogates import normalize
from .base import DocumentContext, Operator


class TagOperator(Operator):
    """The same normalized value gets the same number within one document.

    >>> from anonymizer.keys import Keyring
    >>> op, doc = TagOperator(Keyring(), None), DocumentContext()
    >>> [op.apply(v, "PERSON", doc) for v in ("Jo", "Al", "JO")]
    ['<PERSON_1>', '<PERSON_2>', '<PERSON_1>']
    """

    name = "tag"

    def apply(self, value: str, label: str, doc: DocumentContext) -> str:
        numbers = doc.numbers.setdefault(label, {})
        number = numbers.setdefault(normalize(value), len(numbers) + 1)
        return f"<{label}_{number}>"
