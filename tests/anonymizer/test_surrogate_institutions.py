"""Institutions named by their place keep their kind; the place takes its own surrogate."""

from __future__ import annotations

import pytest

from anonymizer.keys import Keyring
from anonymizer.surrogate_institutions import split_place
from anonymizer.surrogates import Surrogates

KEY = b"test-key-institutions-0123456789"


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Sparkasse Köln-Bonn", ("Sparkasse ", "Köln-Bonn", "")),
        ("Amtsgericht Berlin-Mitte", ("Amtsgericht ", "Berlin-Mitte", "")),
        ("Stadtwerke Bad Homburg", ("Stadtwerke ", "Bad Homburg", "")),
        ("Technische Universität Dresden", ("Technische Universität ", "Dresden", "")),
        ("Universität zu Köln", ("Universität zu ", "Köln", "")),
        ("Agentur für Arbeit Kassel", ("Agentur für Arbeit ", "Kassel", "")),
        ("Stadt Frankfurt am Main", ("Stadt ", "Frankfurt am Main", "")),
        ("Leeds City Council", ("", "Leeds", " City Council")),
        ("Sheffield Royal Infirmary", ("", "Sheffield", " Royal Infirmary")),
        ("Kayseri Administrative Court", ("", "Kayseri", " Administrative Court")),
        ("Newcastle upon Tyne Hospitals", ("", "Newcastle upon Tyne", " Hospitals")),
        ("University of Leeds", ("University of ", "Leeds", "")),
        ("Hauptbahnhof Köln", ("Hauptbahnhof ", "Köln", "")),
        ("Köln Hbf", ("", "Köln", " Hbf")),
        ("Heathrow Airport", ("", "Heathrow", " Airport")),
        ("Victoria Coach Station", ("", "Victoria", " Coach Station")),
        ("Riverside Surgery", ("", "Riverside", " Surgery")),
        ("Westfield Shopping Centre", ("", "Westfield", " Shopping Centre")),
        ("Royal Bank of Scotland", ("Royal Bank of ", "Scotland", "")),
    ],
)
def test_split_place_finds_kind_and_place(value: str, parts: tuple[str, str, str]) -> None:
    assert split_place(value) == parts


@pytest.mark.parametrize(
    "value",
    [
        "Musterfirma",
        "Sparkasse",  # a kind alone names no place
        "City Council",
        "Town Centre",
        "Federal Labour Court",  # kind words alone
        "Halberstadt Energie",  # a town ending in "-stadt" is no "Stadt"
        "Ludwig-Maximilians-Universität München",  # a name before the kind, not a kind
        "Klinikum rechts der Isar",  # no capitalised place after the kind
        "Bundesministerium der Finanzen",
    ],
)
def test_split_place_leaves_other_names(value: str) -> None:
    assert split_place(value) is None


@pytest.fixture
def sur() -> Surrogates:
    return Surrogates(Keyring(KEY))


@pytest.mark.parametrize(
    ("value", "place", "locale"),
    [
        ("Sparkasse Köln", "Köln", "de_DE"),
        ("Stadtwerke Bielefeld", "Bielefeld", "de_DE"),
        ("Leeds City Council", "Leeds", "en_GB"),
        ("University of Leeds", "Leeds", "en_GB"),
    ],
)
def test_institution_keeps_its_kind_and_takes_the_places_surrogate(
    sur: Surrogates, value: str, place: str, locale: str
) -> None:
    town = sur.surrogate(place, "LOCATION", locale)
    out = sur.surrogate(value, "ORGANIZATION", locale)
    assert out == value.replace(place, town)
    assert place not in out


@pytest.mark.parametrize(
    ("value", "place", "locale"),
    [("Hauptbahnhof Köln", "Köln", "de_DE"), ("Heathrow Airport", "Heathrow", "en_GB")],
)
def test_place_of_a_kind_keeps_its_kind(
    sur: Surrogates, value: str, place: str, locale: str
) -> None:
    town = sur.surrogate(place, "LOCATION", locale)
    assert sur.surrogate(value, "LOCATION", locale) == value.replace(place, town)


def test_institution_keeps_legal_form_and_case(sur: Surrogates) -> None:
    town = sur.surrogate("Bielefeld", "LOCATION", "de_DE")
    assert sur.surrogate("Stadtwerke Bielefeld GmbH", "ORGANIZATION", "de_DE") == (
        f"Stadtwerke {town} GmbH"
    )
    assert sur.surrogate("SPARKASSE KÖLN", "ORGANIZATION", "de_DE") == (
        "SPARKASSE " + sur.surrogate("Köln", "LOCATION", "de_DE").upper()
    )
