"""GDPR anonymization of customer feedback: detect PII with an ONNX student and validated patterns,
replace it with consistent, realistic surrogates.

    >>> from anonymizer import Anonymizer                      # doctest: +SKIP
    >>> Anonymizer.load().anonymize("Ich bin Jonas Müller.").text  # doctest: +SKIP
    'Ich bin Lukas Hoffmann.'

Importing this package never loads torch or transformers.
"""

from .schema import BIO_TAGS, LABELS, SCHEMA_VERSION, Entity

__all__ = [
    "Anonymizer",
    "AnonymizeResult",
    "KeepList",
    "Entity",
    "LABELS",
    "BIO_TAGS",
    "SCHEMA_VERSION",
]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Lazy: `import anonymizer` stays cheap; the runtime loads on first use of the API.
    if name in ("Anonymizer", "AnonymizeResult"):
        from . import api

        return getattr(api, name)
    if name == "KeepList":
        from .keep import KeepList

        return KeepList
    raise AttributeError(f"module 'anonymizer' has no attribute {name!r}")
