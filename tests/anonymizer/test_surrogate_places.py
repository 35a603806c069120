"""surrogate_places: a town's surrogate is a town of the town's own country."""

from __future__ import annotations

import re

import pytest
from faker.providers.address.de_AT import Provider as Austria
from faker.providers.address.de_DE import Provider as Germany
from faker.providers.address.en_US import Provider as America

from anonymizer.keys import Keyring
from anonymizer.surrogate_places import LOCALES, TABLE, place_locale
from anonymizer.surrogate_towns import real_places
from anonymizer.surrogates import Surrogates


@pytest.fixture
def sur() -> Surrogates:
    return Surrogates(Keyring(b"test-key-places-0123456789"))


@pytest.mark.parametrize("town", ["Kettering", "Sheffield", "Leicester", "Croydon"])
def test_a_british_town_gets_a_british_town_in_any_document(sur: Surrogates, town: str) -> None:
    # "your pharmacy in Kettering" became "your pharmacy in Mc Lean" in English text
    out = sur.surrogate(town, "LOCATION", "en_US")
    assert out in real_places("GB") and out != town, out
    assert sur.surrogate(town, "LOCATION", "de_DE") == out  # one surrogate in every document


def test_an_austrian_town_in_german_text_gets_an_austrian_town(sur: Surrogates) -> None:
    out = sur.surrogate("Wien", "LOCATION", "de_DE")  # "Urlaub in Wien" got a German town
    assert out in Austria.cities and out != "Wien", out


def test_a_town_of_the_documents_country_stays_in_it(sur: Surrogates) -> None:
    assert sur.surrogate("Boston", "LOCATION", "en_US") in real_places("US")
    assert place_locale("Bonn", "de_DE") == "de_DE"
    assert place_locale("Gatwick South Terminal", "en_GB") == "en_GB"  # no town: as before


def test_an_address_whose_shape_names_its_country_keeps_its_towns_there(sur: Surrogates) -> None:
    out = sur.surrogate("123 Main Street, Birmingham, AL 35203", "ADDRESS", "en_US")
    town = re.fullmatch(r"\d+ [^,]+, ([^,]+), [A-Z]{2} \d{5}", out)
    assert town and town.group(1) in real_places("US"), out  # Birmingham, Alabama


def test_a_country_name_stays_a_country(sur: Surrogates) -> None:
    # "Jamaica" is also a town in New York: "Jamaika" is still a country in German text
    assert sur.surrogate("Jamaika", "LOCATION", "de_DE") in Germany.countries
    assert sur.surrogate("Jamaica", "LOCATION", "en_GB") in America.countries


def test_the_shipped_table_names_only_countries_with_a_locale() -> None:
    rows = [r.split("\t") for r in TABLE.read_text("utf-8").splitlines() if r[:1] != "#"]
    assert len(rows) > 10_000
    assert {r[1] for r in rows} == set(LOCALES)
    assert {r[3] for r in rows} == {"own", "alias"} and all(r[2].isdigit() for r in rows)


def test_an_organisation_named_as_a_big_town_gets_the_towns_surrogate(sur: Surrogates) -> None:
    # "your Glasgow team" became "your Robinson team", a company's name
    assert sur.surrogate("Glasgow", "ORGANIZATION", "en_GB") == sur.surrogate(
        "Glasgow", "LOCATION", "en_GB"
    )
    for firm in ("Orange", "Glasgow Ltd"):  # an everyday word, or a legal form: a company
        assert sur.surrogate(firm, "ORGANIZATION", "en_GB") not in real_places("GB"), firm


@pytest.mark.parametrize(
    ("value", "label"), [("London's", "LOCATION"), ("Tesco’s", "ORGANIZATION")]
)
def test_a_possessive_place_or_firm_gets_its_surrogate_and_the_ending(
    sur: Surrogates, value: str, label: str
) -> None:
    # "London's buses" became "Grainville buses": an American town, and no "'s"
    own = sur.surrogate(value[:-2], label, "en_US")
    out = sur.surrogate(value, label, "en_US")
    assert out == own + (value[-2] if own.endswith("s") else value[-2:]), out
    if label == "LOCATION":
        assert own in real_places("GB")
