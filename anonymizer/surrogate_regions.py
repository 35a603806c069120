"""Surrogates of the places a LOCATION names besides towns: a state, county, landscape, river,
lake, sea, town quarter, nation, continent, nationality or country gets another of its kind, in
its own country, that takes the same article and is written in the text's language.

Every such place got a town, and in German the article before it stayed: "aus dem Allgäu"
became "aus dem Rochlitz", "an der Ostsee" "an der Monschau", "in Bayern" "in Husum", "aus der
Türkei" "aus der Swasiland". The states, counties, provinces and cantons are Faker's lists of
the countries of `surrogate_places.LOCALES`; the rest, countries Faker's lists lack
("Russland", "Russia") and the articles are `regions.tsv`. A state that is also a big town of
its country (`surrogate_places.BIG_TOWN`: "Berlin", "Wien", "New York") stays a town. The value
alone decides the kind, so a region has one surrogate in every document.

Example:
    >>> import random
    >>> region("Allgäu", random.Random(0)) in {r.name for r in _pool("DE", "region", "das")}
    True
    >>> region_locale("Texas"), region_locale("Berlin"), region("Kettering", random.Random(0))
    ('en_US', None, None)
"""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .everyday_words import is_everyday
from .surrogate_places import BIG_TOWN, LOCALES, place_countries, place_key

TABLE = Path(__file__).with_name("regions.tsv")
_MAX_DRAWS = 20
# A German town's quarter named by its kind ("Glockenbachviertel", "Altstadt"), and its article.
_DISTRICT_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]*(viertel|stadt)")
_DISTRICT_ARTICLES = {"viertel": "das", "stadt": "die"}
_COUNTY_RE = re.compile(r"(County|Co\.)[ \t]+(.+)")
# A landscape named with an adjective declines it ("im Bayerischen Wald", "der Bayerische Wald",
# "auf der Schwäbischen Alb"): all forms share one key, and none is drawn as a surrogate, which
# would keep the form of the other case ("in der Eifel" -> "in der Schwäbische Alb").
_DECLINED = re.compile(r"^(\w+isch)(?:e|en|er|es|em)\b")


@dataclass(frozen=True)
class Region:
    """One place of `regions.tsv` or Faker's state lists; `country` is "-" where any."""

    name: str
    country: str
    kind: str
    article: str
    lang: str = "-"  # the language that writes the name so: "de", "en"; "-" both

    def speaks(self, lang: str) -> bool:
        """Whether a text in `lang` ("de", "en", or "" unknown) writes the name so."""
        return self.lang == "-" or not lang or self.lang == lang


def _key(name: str) -> str:
    """The form that decides identity: casefolded, the landscape's adjective undeclined."""
    return _DECLINED.sub(r"\1", place_key(name))


def _faker_states(locale: str) -> list[str]:
    """The first-level divisions Faker lists for `locale` ("Bayern", "Kent", "Aargau")."""
    provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
    for attr in ("states", "counties", "provinces", "cantons"):
        if names := getattr(provider, attr, None):
            return [n[1] if isinstance(n, tuple) else n for n in names]
    return []


@cache
def regions() -> dict[str, tuple[Region, ...]]:
    """Name key -> its rows: `regions.tsv` first, then Faker's states that it does not list."""
    rows: list[Region] = []
    with TABLE.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                rows.append(Region(*line.rstrip("\n").split("\t")))
    listed = {(_key(r.name), r.country) for r in rows}
    for country, locale in LOCALES.items():
        names = _faker_states(locale)
        rows += [
            Region(n, country, "state", "-") for n in names if (_key(n), country) not in listed
        ]
    table: dict[str, tuple[Region, ...]] = {}
    for row in rows:
        town_country, people = place_countries().get(place_key(row.name), ("", 0))
        if town_country == row.country and people >= BIG_TOWN:
            continue  # "Berlin", "Wien": a town first
        table[_key(row.name)] = (*table.get(_key(row.name), ()), row)
    return table


def region_of(value: str, lang: str = "") -> Region | None:
    """The row of `value`, the one whose article is of language `lang` ("de", "en") first; a
    county named with its word ("County Clare", "Co. Cork") is read as its county, whatever
    town shares its name."""
    if m := _COUNTY_RE.fullmatch(value.strip()):
        country = _counties().get(_key(m.group(2)))
        return Region(m.group(2), country, "county", "-") if country else None
    rows = regions().get(_key(value), ())
    if not rows and lang == "de":
        return _district(value)
    return next((r for r in rows if r.lang == lang), rows[0] if rows else None)


def _district(value: str) -> Region | None:
    """A German town's quarter named by its kind ("im Glockenbachviertel", "in der Altstadt"),
    no listed town: it gets a quarter taking the same article ("im Grimma" before)."""
    m = _DISTRICT_RE.fullmatch(value.strip())
    if m is None or place_key(value) in place_countries():
        return None
    return Region(value.strip(), "DE", "district", _DISTRICT_ARTICLES[m.group(1).casefold()], "de")


def _drawn(row: Region, kind: str, lang: str, own: str) -> list[str]:
    """Names of `row`'s country and article, of `kind`, but `own` (a key), in the language of
    `row`'s name ("Schottland" -> "Wales", "Nordirland"), else of the text (`lang`)."""
    want = lang if row.lang == "-" else row.lang
    return [
        r.name
        for r in _pool(row.country, kind, row.article)
        if r.speaks(want) and _key(r.name) != own
    ]


@cache
def _counties() -> dict[str, str]:
    """County name key -> country, for Ireland's and Britain's counties ("clare" -> "IE")."""
    return {_key(n): c for c in ("GB", "IE") for n in _faker_states(LOCALES[c])}


def region_locale(value: str) -> str | None:
    """The Faker locale of the country whose state or region `value` names, else None."""
    row = region_of(value)
    return LOCALES.get(row.country) if row else None


@cache
def _pool(country: str, kind: str, article: str) -> tuple[Region, ...]:
    """The places a surrogate is drawn from: no everyday word ("Down") and no "City" ("Dundee
    City", Faker's council area)."""
    return tuple(
        sorted(
            {
                r
                for rows in regions().values()
                for r in rows
                if (r.country, r.kind, r.article) == (country, kind, article)
                and not is_everyday(r.name)
                and not _DECLINED.match(place_key(r.name))
                and "City" not in r.name.split()
            },
            key=lambda r: r.name,
        )
    )


def region(value: str, rng: random.Random, lang: str = "") -> str | None:
    """Another place of `value`'s kind, country and article; None when `value` is none of
    `regions()` or a country (`country` draws those). A state with an article no other state
    of its country takes ("das Saarland") gets a landscape that does ("das Sauerland")."""
    row = region_of(value, lang)
    if row is None or row.kind == "country":
        return None
    if row.kind == "county":  # "County Clare" -> "County Kerry"
        word = _COUNTY_RE.fullmatch(value.strip()).group(1)
        return f"{word} {rng.choice(_drawn(row, 'state', lang, _key(row.name)))}"
    for kinds in ((row.kind,), ("state", "region")):
        if pool := [n for kind in kinds for n in _drawn(row, kind, lang, _key(value))]:
            return rng.choice(pool)
    return None


def is_country(value: str, lang: str = "") -> bool:
    """Whether the table lists `value` as a country ("Türkei", "Niederlanden", "Russland")."""
    row = region_of(value, lang)
    return row is not None and row.kind == "country"


def country(value: str, rng: random.Random, fk: Any, lang: str = "") -> str:
    """Another country taking the same article: "Türkei" (die) -> "Ukraine", "USA" in German
    (plural) -> "Niederlande", "Polen" (none) -> one of Faker's list (in the document's
    language) that takes none."""
    row = region_of(value, lang)
    if row is not None and row.kind == "country" and row.article != "-":
        return rng.choice(_drawn(row, "country", lang, _key(value)))
    drawn = fk.country()
    for _ in range(_MAX_DRAWS):
        listed = region_of(drawn, lang)
        if (listed is None or listed.article == "-") and _key(drawn) != _key(value):
            return drawn
        drawn = fk.country()
    return drawn


def genitive_stem(value: str, countries: frozenset[str]) -> str | None:
    """The place of a German genitive ("Sachsens" -> "Sachsen", "Hannovers" -> "Hannover"): a
    town of `place_countries.tsv`, a place of the table or one of `countries` (normalized
    names) once its "s" is cut; else None.

    >>> genitive_stem("Sachsens", frozenset()), genitive_stem("Paris", frozenset())
    ('Sachsen', None)
    """
    stem = value.strip()[:-1]
    if not value.strip().endswith("s") or len(stem) < 3 or stem.endswith(("s", "ß", "x", "z")):
        return None
    return stem if _known(stem, countries) else None


def genitive(place: str) -> str:
    """The German genitive of a surrogate place: "Hessen" -> "Hessens", "Paris" -> "Paris'"."""
    return place + ("'" if place.endswith(("s", "ß", "x", "z")) else "s")


def place_parts(value: str, countries: frozenset[str]) -> list[str] | None:
    """The places of a LOCATION that names two or three, comma-separated ("Toronto, Ontario",
    "Leeds, West Yorkshire, England"), each a town of `place_countries.tsv`, a place of the
    table or one of `countries`; else None.

    >>> place_parts("Toronto, Ontario", frozenset()), place_parts("Toronto", frozenset())
    (['Toronto', 'Ontario'], None)
    """
    parts = [p.strip() for p in value.split(",")]
    if not 2 <= len(parts) <= 3:
        return None
    return parts if all(p and _known(p, countries) for p in parts) else None


def _known(name: str, countries: frozenset[str]) -> bool:
    """Whether `name` is a town of `place_countries.tsv`, a place of the table or one of
    `countries` (normalized names)."""
    key = place_key(name)
    return key in place_countries() or key in regions() or key in countries


# The countries of `surrogate_places.LOCALES` by name, in German and English.
_COUNTRY_NAMES = {
    "DE": "deutschland|germany",
    "AT": "österreich|austria",
    "CH": "schweiz|switzerland",
    "GB": "uk|united kingdom|great britain|britain|england|scotland|wales|großbritannien",
    "IE": "ireland|irland",
    "US": "usa|us|united states|united states of america|america|amerika|vereinigte staaten",
    "CA": "canada|kanada",
    "AU": "australia|australien",
}
_COUNTRY_OF = {name: code for code, names in _COUNTRY_NAMES.items() for name in names.split("|")}


def _kept_country(part: str, others: list[str]) -> bool:
    """Whether `part` names the country another part's town or region lies in ("Köln,
    Deutschland"): the town's surrogate lies there too, so the country stays."""
    code = _COUNTRY_OF.get(place_key(part))
    return code is not None and any(code in _countries_of(other) for other in others)


def _countries_of(place: str) -> set[str]:
    """The countries of `place` as a region of the table and as a town of
    `place_countries.tsv` ("Kent": GB, and US)."""
    row = region_of(place)
    return {row.country if row else "", place_countries().get(place_key(place), ("",))[0]}


def place(
    value: str,
    rng: random.Random,
    fk: Any,
    countries: frozenset[str],
    town_of: Callable[[str], str],
) -> str | None:
    """The surrogate of a place of this module (the Faker `fk` of the place's locale; its
    normalized `countries`; `town_of` gives another place's surrogate): a German genitive
    ("Sachsens"), comma-separated places ("Toronto, Ontario"), a country or a region; None for
    anything else."""
    lang = fk.locales[0][:2]
    if lang == "de" and (stem := genitive_stem(value, countries)):
        return genitive(town_of(stem))
    if parts := place_parts(value, countries):  # "Toronto, Ontario"; "Köln, Deutschland"
        kept = [_kept_country(p, parts[:i] + parts[i + 1 :]) for i, p in enumerate(parts)]
        return ", ".join(p if keep else town_of(p) for p, keep in zip(parts, kept))
    if place_key(value) in countries or is_country(value, lang):  # "aus der Türkei"
        return country(value, rng, fk, lang)
    row = region_of(value, lang)
    if row and row.kind != "county" and place_key(row.name) != place_key(value):
        return town_of(row.name)  # "Bayerischen Wald": the surrogate of "Bayerischer Wald"
    return region(value, rng, lang)  # "im Allgäu", "in Kent"
