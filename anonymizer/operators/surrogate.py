"""`surrogate`: a consistent, realistic, format-valid fake value (the default operator)."""

from __future__ import annotations

from .base import DocumentContext, Operator


class SurrogateOperator(Operator):
    """Delegates to `Surrogates` in the document's locale.

    >>> from anonymizer.keys import Keyring
    >>> from anonymizer.surrogates import Surrogates
    >>> ring = Keyring(b"doc-example-key-0123456789")
    >>> op = SurrogateOperator(ring, Surrogates(ring))
    >>> op.apply("Berlin", "LOCATION", DocumentContext("de_DE")) != "Berlin"
    True
    """

    name = "surrogate"

    def apply(self, value: str, label: str, doc: DocumentContext) -> str:
        if doc.name_roles is None and doc.names:  # "Frau Yilmaz" makes a bare "Yilmaz" a surname
            doc.name_roles = self.surrogates.name_roles(doc.names, doc.locale)
        return self.surrogates.surrogate(value, label, doc.locale, doc.name_roles)
