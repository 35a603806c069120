"""Company surrogates drawn from Faker: a company name without Faker's legal form, which the
caller replaces with the original's ("Musterfirma AG" became "Kraushaar", and "Caritas",
which has none, "Krebs GmbH & Co. KG").

A name holding a lower-case word of Faker's surname lists is drawn again: de_DE lists "auch
Schlauchin" and "van der Dussen" as surnames, and "Musterfirma GmbH" became "auch Schlauchin
GmbH"; so is one holding the numeral of de_DE's "Koch II" ("Siemens AG" became "Koch II
Stadelmann AG"). The "and" of English company names ("Moran, Fry and Pierce") stays.

Example:
    >>> from faker import Faker
    >>> fk = Faker("de_DE"); fk.seed_instance(3)
    >>> name = company_name(fk)
    >>> name.endswith(("GmbH", "AG", "KG")), name[0].isupper()
    (False, True)
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_LOWER_WORD = re.compile(r"(?<![\w.&-])(?!(?:and|und)\b)[a-zäöüß]+\b(?![.-])")  # "auch", "van"
_NUMERAL = re.compile(r"(?<![\w-])I{2,3}(?![\w-])")  # Faker's de_DE surname "Koch II"
_DRAWS = 10


def company_name(fk: Any, like: str = "") -> str:
    """A Faker company of `fk`'s locale, its legal form cut off (see the module docstring), of
    no more words than `like` where a few draws find one ("Precious" became "Russell, Crane
    and Nielsen")."""
    words = len(like.split()) or 99
    name = _without_form(fk, fk.company())
    for _ in range(_DRAWS - 1):
        if not (_LOWER_WORD.search(name) or _NUMERAL.search(name) or len(name.split()) > words):
            break
        name = _without_form(fk, fk.company())
    return name


def _without_form(fk: Any, name: str) -> str:
    for suffix in _suffixes(fk.locales[0], fk):
        if name.endswith(" " + suffix):
            return name[: -len(suffix) - 1]
    return name


@cache
def _suffixes(locale: str, fk: Any) -> tuple[str, ...]:
    """The legal forms Faker's companies of `locale` end with, longest first."""
    found = {
        suffix
        for provider in fk.providers
        if ".company." in type(provider).__module__
        for suffix in getattr(provider, "company_suffixes", ())
    }
    return tuple(sorted(found, key=len, reverse=True))
