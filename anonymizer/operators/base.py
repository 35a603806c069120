"""The operator interface: how one detected value is replaced, Presidio style.

Example:
    >>> from anonymizer.operators import build_operators
    >>> ops = build_operators("mask", Keyring(b"doc-example-key-0123456789"))
    >>> ops["PERSON"].apply("Jonas Müller", "PERSON", DocumentContext("de_DE"))
    '***** ******'
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from ..keys import Keyring

if TYPE_CHECKING:
    from ..surrogates import Surrogates


@dataclass
class DocumentContext:
    """Per-document state: the document's Faker locale, the `tag` operator's numbering, the
    document's PERSON values with the text just before and after each (set by
    `apply_operators`) and
    the name roles the `surrogate` operator reads from them once.

    >>> DocumentContext("en_US").numbers
    {}
    """

    locale: str = "en_US"
    numbers: dict = field(default_factory=dict)
    names: tuple[tuple[str, ...], ...] = ()
    name_roles: dict | None = None


class Operator(ABC):
    """Replaces one value of a label; subclasses set `name` and implement `apply`.

    >>> class Upper(Operator):
    ...     name = "upper"
    ...     def apply(self, value, label, doc):
    ...         return value.upper()
    >>> Upper(Keyring(), None).apply("jo", "PERSON", DocumentContext())
    'JO'
    """

    name: ClassVar[str]

    def __init__(self, keyring: Keyring, surrogates: Surrogates) -> None:
        self.keyring = keyring
        self.surrogates = surrogates

    @abstractmethod
    def apply(self, value: str, label: str, doc: DocumentContext) -> str:
        """The replacement text for `value`, a span of `label` in document `doc`."""
