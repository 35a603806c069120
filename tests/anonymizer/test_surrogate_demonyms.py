"""surrogate_demonyms: a German town adjective gets another town's adjective."""

from __future__ import annotations

import re

import pytest

from anonymizer.keys import Keyring
from anonymizer.surrogate_demonyms import is_town_adjective
from anonymizer.surrogates import Surrogates


@pytest.fixture
def sur() -> Surrogates:
    return Surrogates(Keyring(b"test-key-demonyms-0123456789"))


@pytest.mark.parametrize(
    ("adjective", "town"),
    [("Kölner", "Köln"), ("Berliner", "Berlin"), ("Münchner", "München"), ("Bonner", "Bonn")],
)
def test_a_town_adjective_gets_a_town_adjective(sur: Surrogates, adjective: str, town: str):
    # "Die Kölner Filiale" became "Die Osterode am Harz Filiale"
    out = sur.surrogate(adjective, "LOCATION", "de_DE")
    assert re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+er", out) and out != adjective, out
    own = sur.surrogate(town, "LOCATION", "de_DE")
    if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?<![aiouyr])", own):  # the town's own, where it can
        assert out == (own[:-1] if own.endswith("e") else own) + "er"


@pytest.mark.parametrize("place", ["Hannover", "Manchester", "Münster", "Höxter"])
def test_a_place_that_ends_like_an_adjective_stays_a_place(sur: Surrogates, place: str) -> None:
    out = sur.surrogate(place, "LOCATION", "de_DE")
    assert not out.endswith("er") or " " in out


@pytest.mark.parametrize("inhabitant", ["Berlinerin", "Kölnerinnen", "Münchnerin"])
def test_an_inhabitant_noun_gets_the_inhabitant_noun_of_the_adjectives_town(
    sur: Surrogates, inhabitant: str
) -> None:
    # "als gebürtige Berlinerin" became "als gebürtige Garmisch-Partenkirchen"
    adjective, suffix = re.fullmatch(r"(.+er)(in|innen)", inhabitant).groups()
    out = sur.surrogate(inhabitant, "LOCATION", "de_DE")
    assert out == sur.surrogate(adjective, "LOCATION", "de_DE") + suffix, out


@pytest.mark.parametrize("name", ["Karin", "Kerstin", "Martin"])
def test_a_word_ending_in_in_without_a_town_adjective_is_no_inhabitant(name: str) -> None:
    assert not is_town_adjective(name)  # no "...er" before the "in"


def test_a_german_town_shaped_like_an_adjective_is_a_town() -> None:
    # "ab Hauptbahnhof Münster" became "ab Hauptbahnhof Querfurter": Münster, a town of
    # GeoNames, is in neither of Faker's lists
    assert not is_town_adjective("Münster") and is_town_adjective("Kölner")
