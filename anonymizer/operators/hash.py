"""`hash`: a keyed HMAC-SHA256 digest of label and normalized value, 16 hex characters."""

from __future__ import annotations

from ..surrogates import normalize
from .base import DocumentContext, Operator

HASH_HEX_CHARS = 16


class HashOperator(Operator):
    """Stable for one key, unlinkable without it; equal values give equal digests.

    >>> from anonymizer.keys import Keyring
    >>> op = HashOperator(Keyring(b"doc-example-key-0123456789"), None)
    >>> doc = DocumentContext()
    >>> op.apply("Jonas", "PERSON", doc) == op.apply("JONAS", "PERSON", doc)
    True
    """

    name = "hash"

    def apply(self, value: str, label: str, doc: DocumentContext) -> str:
        return self.keyring.digest("hash", label, normalize(value)).hex()[:HASH_HEX_CHARS]
