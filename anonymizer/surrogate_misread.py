"""Values the model read under a label they cannot have, and what replaces them.

A span of a word label without a letter (the model read an extension "-214" as an e-mail,
"1&1" as an organisation), a code of capitals and digits read as a place ("A7", a flight
"BA2614"), an IBAN that opens with no country code and check digits (a password "Gu3st"), an
IP address that does not parse ("10:02", a time read as IPv6): each keeps its shape, as an id
does. A flat or house number alone ("Wohnung 3b", whose "3b" became "Wohnung tuttlingen") gets
another house number, and a ward, room, gate or platform with its number ("Ward 7B", read as a
place, became "Monticello"; "Station 4B", "Gleis 7") keeps its word and gets another number of
the same shape.

Example:
    >>> import random
    >>> misread("Berlin", "LOCATION") is None, misread("BA2614", "LOCATION")
    (True, 'ID')
    >>> misread("Ward 7B", "LOCATION")("Ward 7B", random.Random(1), "en_GB")[:5]
    'Ward '
"""

from __future__ import annotations

import ipaddress
import random
import re
from collections.abc import Callable

from .detect.patterns_geo import is_coordinates
from .surrogate_formats import reshape
from .surrogate_house_numbers import house_number

Generator = Callable[[str, random.Random, str], str]

# Labels whose values are words.
_WORD_LABELS = frozenset({"PERSON", "EMAIL", "LOCATION", "ORGANIZATION", "URL"})
_IBAN_HEAD = re.compile(r"\s*[A-Za-z]{2}\d{2}")  # country code and check digits ("de89" too)
# Capitals and digits, both of them, one word: a code ("A7", "M25", a flight "BA2614"), no word.
_SHORT_CODE = re.compile(r"\s*(?=[^a-z]*[0-9])(?=[^a-z]*[A-Z])[A-Z][A-Z0-9-]{1,9}\s*")
# A flat or house number alone ("3b", "12A"), which no name, place or company is.
_HOUSE_NUMBER = re.compile(r"\s*\d+\s?[^\W\d_]\s*")
# A part of a building or station and its number ("Ward 7B", "Station 4B", "Room 214").
_KIND_CODE = re.compile(
    r"(\s*(?:Ward|Station|Room|Zimmer|Raum|Gate|Platform|Gleis|Bay|Bed|Bett|Block|Level|Ebene"
    r"|Etage|Floor|Suite|Unit|Terminal|Halle|Hall|Pier|Bahnsteig)\s+)([A-Z]?\d{1,4}[A-Z]?)\s*"
)


def misread(value: str, label: str) -> Generator | str | None:
    """None where `value` can be of `label`; else the generator of its surrogate, or "ID" for
    the id generator (see the module docstring)."""
    if label in _WORD_LABELS:
        if label == "LOCATION" and is_coordinates(value):
            return None
        if _KIND_CODE.fullmatch(value):
            return _kind_code
        if _HOUSE_NUMBER.fullmatch(value):  # "3b" -> "7a", not "0e"
            return _house_number
        if _SHORT_CODE.fullmatch(value) or not any(c.isalpha() for c in value):
            return "ID"
        return None
    if label == "IBAN":
        return None if _IBAN_HEAD.match(value) else "ID"
    if label == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value.strip("[]"))
        except ValueError:
            return "ID"
    return None


def _house_number(value: str, rng: random.Random, _locale: str) -> str:
    return house_number(value, rng)


def _kind_code(value: str, rng: random.Random, _locale: str) -> str:
    m = _KIND_CODE.fullmatch(value)
    return m.group(1) + reshape(m.group(2), rng) + value[m.end(2) :]
