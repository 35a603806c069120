"""Surrogates of places and organisations written as codes: "MUC", "TX", "USA", "IBM".

A short capitalised span is an abbreviation, and its surrogate is one too, of the same length:
an airport code becomes another airport's code (of the same country where it has more), a
state, province or country code another of its list, anything else random capitals ("NRW",
"ADAC"). A town or company name in its place reads wrong ("Flug von MUC nach LHR" became "Flug
von ECKBAUER nach SENFTENBERG", "IBM and HP laptops" "BURNS, HENRY AND COFFEY and JONES, DUARTE
AND CRUZ laptops").

Example:
    >>> import random
    >>> out = place_code("LHR", random.Random(1))
    >>> len(out), out in _airports(), out != "LHR"
    (3, True, True)
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Callable
from functools import cache

from .surrogate_formats import reshape

# Capitals only, dots and "&" between them: "MUC", "U.S.", "AT&T", "H&M"; or one capital, a
# building or hall ("Gebäude C" became "Gebäude Günzburg").
_PLACE_CODE = re.compile(r"[A-Z](?:\.?[A-Z]){0,2}\.?")
_ORG_CODE = re.compile(r"[A-Z](?:[.&]?[A-Z]){0,4}\.?")
# Country codes written in prose ("aus der USA"): the country, not the airport of that code.
_PROSE_COUNTRIES = frozenset({"USA", "UAE"})


def is_place_code(value: str) -> bool:
    """One to three capitals ("C", "TX", "MUC", "U.S."), optionally with dots.

    >>> is_place_code("NRW"), is_place_code("ULMEN"), is_place_code("Ulm")
    (True, False, False)
    """
    return bool(_PLACE_CODE.fullmatch(value.strip()))


# A town, then the code of a US or Australian state or a Canadian province, with or without a
# comma: "Austin, TX", "Old Bridge NJ" (the code was dropped: "Kasilof", "Slidell").
_TOWN_CODE = re.compile(
    r"(?P<town>[^\W\d_][^\d,\n]*?[^\W\d_])(?P<sep>,?[ \t]+)(?P<code>[A-Z]{2,3})"
)


def town_and_code(
    value: str, rng: random.Random, locale: str, town_of: Callable[[str], str]
) -> str | None:
    """ "Austin, TX" as another town (`town_of`) and another code of the same list; None when
    `value` has no such shape or its code is no region's.

    >>> town_and_code("Austin, TX", random.Random(1), "en_US", str.upper)[:8]
    'AUSTIN, '
    """
    m = _TOWN_CODE.fullmatch(value.strip())
    if m is None or m["code"] not in _region_codes():
        return None
    return town_of(m["town"]) + m["sep"] + place_code(m["code"], rng, locale)


@cache
def _region_codes() -> frozenset[str]:
    """The codes of US and Australian states and Canadian provinces."""
    return frozenset(code for kind in ("US", "CA", "AU") for code in _code_lists()[kind])


def is_org_code(value: str) -> bool:
    """One to five capitals, optionally joined by dots or "&" ("X", "IBM", "ADAC", "AT&T")."""
    return bool(_ORG_CODE.fullmatch(value.strip()))


def place_code(value: str, rng: random.Random, locale: str = "en_US") -> str:
    """Another code of the same kind and length as `value`, a place written as a code. An
    airport's code names the airport ("FRA", "AUS"), but for countries written so in prose
    ("USA"); where lists share a code ("CA": California, Canada), the regions of `locale`'s
    country come first, then countries, then the other regions."""
    code = value.strip()
    airports = _airports()
    if code in airports and code not in _PROSE_COUNTRIES:
        same = _airports_of(airports[code])
        return _other(code, same if len(same) > 1 else tuple(airports), rng)
    lists = _code_lists()
    for kind in (locale.rpartition("_")[2], "countries", *lists):
        if code in lists.get(kind, ()):
            return _other(code, lists[kind], rng)
    return org_code(value, rng)


def org_code(value: str, rng: random.Random) -> str:
    """Random capitals in the shape of `value` ("AT&T" -> "QF&W")."""
    return reshape(value, rng)


def _other(code: str, codes: tuple[str, ...], rng: random.Random) -> str:
    others = [c for c in codes if c != code and len(c) == len(code)]
    return rng.choice(others) if others else code


@cache
def _code_lists() -> dict[str, tuple[str, ...]]:
    """Sorted code lists: the states of the US and of Australia, the provinces of Canada
    (Faker's lists, by country), ISO country codes of two and three letters ("UK" among them)."""
    from faker.providers.address import Provider
    from faker.providers.address.en_AU import Provider as AU
    from faker.providers.address.en_CA import Provider as CA
    from faker.providers.address.en_US import Provider as US

    countries = {*Provider.alpha_2_country_codes, "UK", *Provider.alpha_3_country_codes}
    lists = {"US": US.states_abbr, "CA": CA.provinces_abbr, "AU": AU.states_abbr}
    lists["countries"] = countries
    return {kind: tuple(sorted(set(codes))) for kind, codes in lists.items()}


def airport_towns(country: str) -> frozenset[str]:
    """The towns of `country`'s airports ("GB" -> {"Aberdeen", ...}), from `airportsdata`."""
    return _airport_table()[1].get(country, frozenset())


def _airports() -> dict[str, str]:
    """IATA airport code -> country code."""
    return _airport_table()[0]


@cache
def _airport_table() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(IATA code -> country, country -> towns), read row by row from `airportsdata`'s table:
    its `load()` would hold every field of every airport in memory at once."""
    from importlib import resources

    codes: dict[str, str] = {}
    towns: dict[str, set[str]] = {}
    table = resources.files("airportsdata").joinpath("airports.csv")
    with table.open(encoding="utf-8") as rows:
        reader = csv.reader(rows)
        header = next(reader)
        country, city, iata = (header.index(name) for name in ("country", "city", "iata"))
        for row in reader:
            towns.setdefault(row[country], set()).add(row[city])
            if row[iata]:
                codes[row[iata]] = row[country]
    return dict(sorted(codes.items())), {c: frozenset(t) for c, t in towns.items()}


@cache
def _airports_of(country: str) -> tuple[str, ...]:
    return tuple(code for code, where in _airports().items() if where == country)
