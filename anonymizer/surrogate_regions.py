"""Surrogates of the places a LOCATION names besides towns: a state, county, landscape, lake,
sea, nation or country gets another of its kind, in its own country, that takes the same
article.

Every such place got a town, and in German the article before it stayed: "aus dem Allgäu"
became "aus dem Rochlitz", "an der Ostsee" "an der Monschau", "in Bayern" "in Husum", "aus der
Türkei" "aus der Swasiland". The states, counties, provinces and cantons are Faker's lists of
the countries of `surrogate_places.LOCALES`; landscapes, lakes, seas, the British nations and
the articles are `regions.tsv`. A state that is also a town of 50,000 people or more of its
country ("Berlin", "Wien", "New York") stays a town. The value alone decides the kind, so a
region has one surrogate in every document.

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
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .everyday_words import is_everyday
from .surrogate_places import LOCALES, place_countries
from .surrogate_places import _key as _town_key

TABLE = Path(__file__).with_name("regions.tsv")
_BIG_TOWN = 50_000  # people a town has that keeps a state's name a town ("Berlin")
_GERMAN_ARTICLES = frozenset({"der", "die", "das", "pl", "pl-dat"})
_MAX_DRAWS = 20
# A landscape named with an adjective declines it ("im Bayerischen Wald", "der Bayerische Wald",
# "auf der Schwäbischen Alb"): all forms share one key, and none is drawn as a surrogate, which
# would keep the form of the other case ("in der Eifel" -> "in der Schwäbische Alb").
_COUNTY_RE = re.compile(r"(County|Co\.)[ \t]+(.+)")
_DECLINED = re.compile(r"^(\w+isch)(?:e|en|er|es|em)\b")


@dataclass(frozen=True)
class Region:
    """One place of `regions.tsv` or Faker's state lists; `country` is "-" where any."""

    name: str
    country: str
    kind: str
    article: str

    @property
    def lang(self) -> str:
        """The language whose article the row gives: "de", "en" or "" (none)."""
        return "de" if self.article in _GERMAN_ARTICLES else "en" if self.article == "the" else ""


def _key(name: str) -> str:
    """The form that decides identity: casefolded, the landscape's adjective undeclined."""
    return _DECLINED.sub(r"\1", _town_key(name))


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
        town_country, people = place_countries().get(_town_key(row.name), ("", 0))
        if town_country == row.country and people >= _BIG_TOWN:
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
    return next((r for r in rows if r.lang == lang), rows[0] if rows else None)


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
                and not _DECLINED.match(_town_key(r.name))
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
        pool = [r.name for r in _pool(row.country, "state", "-") if _key(r.name) != _key(row.name)]
        return f"{word} {rng.choice(pool)}"
    own = _key(value)
    for kinds in ((row.kind,), ("state", "region")):
        pool = [
            r.name
            for kind in kinds
            for r in _pool(row.country, kind, row.article)
            if _key(r.name) != own
        ]
        if pool:
            return rng.choice(pool)
    return None


def is_article_country(value: str, lang: str = "") -> bool:
    """Whether `value` is a country that takes an article ("Türkei", "Niederlanden")."""
    row = region_of(value, lang)
    return row is not None and row.kind == "country"


def country(value: str, rng: random.Random, fk: Any, lang: str = "") -> str:
    """Another country taking the same article: "Türkei" (die) -> "Ukraine", "USA" in German
    (plural) -> "Niederlande", "Polen" (none) -> one of Faker's list that takes none."""
    row = region_of(value, lang)
    if row is not None and row.kind == "country":
        pool = [r.name for r in _pool("-", "country", row.article) if _key(r.name) != _key(value)]
        return rng.choice(pool)
    drawn = fk.country()
    for _ in range(_MAX_DRAWS):
        if not is_article_country(drawn, lang) and _key(drawn) != _key(value):
            return drawn
        drawn = fk.country()
    return drawn
