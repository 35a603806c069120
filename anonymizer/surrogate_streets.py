"""Street names for surrogates: a Faker street that reads like a street of the text's country.

Faker's German streets may hold a lower-case word of its surnames ("Dussen vanallee"), and its
kind may not fit the article before it ("in der Rosenstraße" became "in der Mathias-Thies-Platz"):
a German surrogate keeps the grammatical gender of the kind it replaces. Faker's English streets
end in any of many kinds, most of which no street of a feedback address has ("Fuller Islands",
"Samuel Tunnel", "Robinson Via"): an English surrogate ends in a kind common in its country
("Close" and "Mews" in Britain, "Boulevard" and "Trail" in America).

Example:
    >>> from faker import Faker
    >>> fk = Faker("en_GB"); fk.seed_instance(3)
    >>> street_name(fk, "Elm Grove").rsplit(" ", 1)[1] in _BRITISH_KINDS
    True
"""

from __future__ import annotations

import re
from typing import Any

from .detect.patterns_address import STREET_NAME
from .surrogate_places import place_countries, place_key

# The grammatical gender of a German street's kind, which the article before it follows: "in
# der Rosenstraße" became "in der Mathias-Thies-Platz"; a surrogate keeps the gender.
_STREET_GENDER = (
    ("f", re.compile(r"(?i:(?:stra(?:ß|ss)e|gasse|allee|chaussee|promenade|zeile)\b|str\.)")),
    ("m", re.compile(r"(?i:weg|platz|ring|damm|pfad|steig|hof|markt|graben|kamp|wall)\b")),
    ("n", re.compile(r"(?i:ufer)\b")),
)
_STREET_DRAWS = 20
# The kinds most British and American street addresses end in, and those of one of them only.
EN_STREET_KINDS = tuple(
    "Road Street Lane Avenue Drive Way Grove Crescent Place Court Terrace Hill Square Park".split()
)
_BRITISH_KINDS = EN_STREET_KINDS + tuple("Close Gardens Walk Row Mews Green Rise View".split())
_AMERICAN_KINDS = EN_STREET_KINDS + tuple("Boulevard Parkway Circle Trail".split())
_AMERICAN = ("en_US", "en_CA", "en_PH")
# A lower-case word of Faker's German surnames in a street ("Dussen vanallee", "auch
# Schlauchinplatz"), which no German street has: drawn again.
_LOWER = re.compile(r"(?<![\w-])[a-zäöüß]")


def street_name(fk: Any, like: str) -> str:
    """A Faker street name whose kind has the gender of `like`'s, where `like` is a German
    street ("Rosenstraße 12" -> a "-gasse", "-allee" or "-straße"); any other street name.
    One that reads as no street (`_odd_german`: "Dussen vanallee", "Koch IIring") is drawn again; an
    English one ends in a kind common in its country."""
    gender = _street_gender(like)
    german = fk.locales[0].startswith("de")
    name = fk.street_name()
    for _ in range(_STREET_DRAWS):
        if gender in (None, _street_gender(name)) and not (german and _odd_german(name)):
            break
        name = fk.street_name()
    return _english(fk, name) if fk.locales[0].startswith("en") else name


def _odd_german(name: str) -> bool:
    """A German street of Faker's that reads as none: a lower-case surname word ("Dussen
    vanallee"), or any space, as each of Faker's holds an odd surname ("Koch IIring",
    "Juri-Jacobi Jäckel-Ring") or an unhyphenated given name ("Hans Georg-Jacob-Straße")."""
    return bool(_LOWER.search(name)) or " " in name


def _street_gender(name: str) -> str | None:
    return next((g for g, rx in _STREET_GENDER if rx.search(name)), None)


def _english(fk: Any, name: str) -> str:
    """`name` ending in a common English street kind: its own, or one drawn for it."""
    kinds = _AMERICAN_KINDS if fk.locales[0] in _AMERICAN else _BRITISH_KINDS
    stem, _, kind = name.rpartition(" ")
    if not stem or kind in kinds:
        return name
    return f"{stem} {fk.random_element(kinds)}"


# More kinds a street alone is named by ("Northern Blvd", "Jungfernstieg", "Hohenzollernring");
# towns end so too ("Kettering", "Germering"), so a listed town is none.
_STREET_KIND = re.compile(
    r"(?:ring|stieg|steig|pfad)$|\s(?:ln|blvd|pkwy|hwy)\.?$"
    r"|\s(?:terrace|grove|gardens|parkway|highway|row|mews|walk|square)$",
    re.IGNORECASE,
)


def is_street(value: str) -> bool:
    """Whether a LOCATION names a street by its kind ("Maple Road", "Northern Blvd"), and no
    listed town."""
    value = value.strip()
    street = STREET_NAME.search(value) or _STREET_KIND.search(value)
    return bool(street) and place_key(value) not in place_countries()
