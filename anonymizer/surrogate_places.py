"""The country a town's name lies in, so that its surrogate is a town of that country.

A document's locale comes from its language, and English says nothing of Britain or America:
"your pharmacy in Kettering" got an American town ("Mc Lean"), "Urlaub in Wien" a German one.
A LOCATION whose whole value is a town of `place_countries.tsv` (GeoNames' towns of 5,000
people or more in Germany, Austria, Switzerland, Britain, Ireland, the US, Canada and
Australia; the most populous town of a name decides) gets its surrogate in that country's
Faker locale. The value alone decides, so a town has one surrogate in every document.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("place_countries.tsv")
# People a town has that makes its name a town first: a state named so ("Berlin", "Wien") stays
# a town, and an organisation named so ("your Glasgow team") gets the town's surrogate.
BIG_TOWN = 50_000
LOCALES = {
    "DE": "de_DE",
    "AT": "de_AT",
    "CH": "de_CH",
    "GB": "en_GB",
    "IE": "en_IE",
    "US": "en_US",
    "CA": "en_CA",
    "AU": "en_AU",
}


def place_key(name: str) -> str:
    """The form of a place's name the table is keyed by: NFKC, casefolded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@cache
def place_countries() -> dict[str, tuple[str, int]]:
    """Town name key -> (two-letter country code, population), read once from
    `place_countries.tsv`."""
    table = {}
    with TABLE.open(encoding="utf-8") as rows:
        for row in rows:
            if not row.startswith("#"):
                name, country, population, _kind = row.rstrip("\n").split("\t")
                table[place_key(name)] = (country, int(population))
    return table


def town_population(name: str) -> int:
    """The population of the most populous listed town called `name`; 0 when none is listed.

    >>> town_population("Kettering") > 50_000, town_population("Head Office")
    (True, 0)
    """
    return place_countries().get(place_key(name), ("", 0))[1]


@lru_cache(maxsize=65_536)  # once per distinct place and locale, not per mention
def place_locale(value: str, locale: str) -> str:
    """The Faker locale of the country whose town `value` names; `locale` when it names no
    listed town or one of `locale`'s own country.

    >>> place_locale("Kettering", "en_US"), place_locale("Wien", "de_DE")
    ('en_GB', 'de_AT')
    >>> place_locale("Boston", "en_US"), place_locale("Gatwick South Terminal", "en_US")
    ('en_US', 'en_US')
    """
    country = place_countries().get(place_key(value), ("",))[0]
    if not country or locale.endswith("_" + country):
        return locale
    return LOCALES[country]
