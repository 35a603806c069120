"""German town adjectives: "die Kölner Filiale", "im Berliner Büro", "der Münchner Service";
and their inhabitants: "als gebürtige Berlinerin".

German names a branch or office by its town's adjective, and the model reads the adjective as
a place, whose town surrogate broke the sentence: "Die Kölner Filiale" became "Die Osterode am
Harz Filiale", "Im Berliner Büro" "Im Kulmbach Büro". The adjective gets the adjective of a
town: of the surrogate its town gets alone where that is one word ("Kölner" follows "Köln"),
else of a town drawn for it. A word that is itself a place ("Hannover", "Manchester") is none.

Example:
    >>> from faker import Faker
    >>> fk = Faker("de_DE"); fk.seed_instance(1)
    >>> town_adjective("Kölner", fk, lambda town: "Jülich")
    'Jülicher'
    >>> town_adjective("Hannover", fk, lambda town: "Jülich") is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from .surrogate_places import place_countries, place_key
from .surrogate_towns import real_places, town

_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}er")
_INHABITANT = re.compile(r"(.+er)(innen|in)")  # "Kölnerin", "Kölnerinnen"
_ONE_WORD_TOWN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?<![aiouyr])")
_DRAWS = 30
_GERMAN_SPEAKING = frozenset({"DE", "AT", "CH"})  # whose towns of GeoNames are no adjective


def town_adjective(value: str, fk: Any, town_of: Callable[[str], str]) -> str | None:
    """The adjective of another town for a German town adjective `value`, else None.
    `town_of` gives the surrogate of a town ("Köln" for "Kölner")."""
    word = value.strip()
    if not fk.locales[0].startswith("de") or not is_town_adjective(word):
        return None
    word, inhabitant = _split_inhabitant(word)  # "Berlinerin": "Berliner" + "in"
    stem = word[:-2]
    if re.search(r"[bcdghkpt]n$", stem):  # "Münchner" -> "München", "Dresdner" -> "Dresden"
        stem = stem[:-1] + "en"
    other = town_of(stem)
    if not _ONE_WORD_TOWN.fullmatch(other):
        other = next(
            (t for t in (town(fk) for _ in range(_DRAWS)) if _ONE_WORD_TOWN.fullmatch(t)), "Jülich"
        )
    return (other[:-1] if other.endswith("e") else other) + "er" + inhabitant


def is_town_adjective(word: str) -> bool:
    """Whether `word` has a German town adjective's shape, or is its inhabitant noun ("Bonnerin",
    "Bonnerinnen"), and is no place itself.

    >>> is_town_adjective("Bonner"), is_town_adjective("Manchester"), is_town_adjective("Bonn")
    (True, False, False)
    >>> is_town_adjective("Berlinerin"), is_town_adjective("Karin"), is_town_adjective("Münster")
    (True, False, False)
    """
    word = _split_inhabitant(word)[0]
    if not _ADJECTIVE.fullmatch(word) or word in _known_places():
        return False
    return place_countries().get(place_key(word), ("",))[0] not in _GERMAN_SPEAKING


def _split_inhabitant(word: str) -> tuple[str, str]:
    """("Berliner", "in") for a town's inhabitant noun "Berlinerin"; else (`word`, "")."""
    if (m := _INHABITANT.fullmatch(word)) and _ADJECTIVE.fullmatch(m.group(1)):
        return m.group(1), m.group(2)
    return word, ""


@cache
def _known_places() -> frozenset[str]:
    """Towns that end like an adjective but are places ("Hannover", "Manchester")."""
    from faker.providers.address.de_AT import Provider as Austria
    from faker.providers.address.de_CH import Provider as Switzerland
    from faker.providers.address.de_DE import Provider as Germany

    places = {c for p in (Germany, Austria, Switzerland) for c in getattr(p, "cities", ())}
    for country in ("DE", "AT", "CH", "GB", "US", "CA", "AU", "IE", "NZ"):
        places |= set(real_places(country))
    return frozenset(places)
