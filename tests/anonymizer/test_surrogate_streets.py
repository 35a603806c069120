"""surrogate_streets: Faker street names that read like a street of the text's country."""

from __future__ import annotations

import re

import pytest
from faker import Faker

from anonymizer.keys import Keyring
from anonymizer.surrogate_streets import _BRITISH_KINDS, is_street, street_name
from anonymizer.surrogates import Surrogates


def _streets(locale: str, like: str, n: int = 500) -> list[str]:
    fk = Faker(locale)
    fk.seed_instance(0)
    return [street_name(fk, like) for _ in range(n)]


def test_german_street_names_hold_no_lower_case_surname_word() -> None:
    # Faker's de_DE lists "van der Dussen" and "auch Schlauchin": "Dussen vanallee"
    streets = _streets("de_DE", "Rosenstraße", 3000)
    assert not [s for s in streets if re.search(r"(?<![\w-])[a-zäöüß]", s)]


@pytest.mark.parametrize(
    ("locale", "kinds"),
    [
        ("en_GB", {"Road", "Street", "Lane", "Close", "Mews", "Gardens"}),
        ("en_US", {"Road", "Street", "Avenue", "Boulevard", "Parkway"}),
    ],
)
def test_english_street_names_end_in_a_common_kind_of_their_country(
    locale: str, kinds: set[str]
) -> None:
    # Faker drew "Fuller Islands", "Samuel Tunnel", "Robinson Via" for "41 Elm Grove"
    odd = {"Islands", "Tunnel", "Via", "Canyon", "Forges", "Ferry", "Stravenue", "Loaf"}
    ends = {s.rsplit(" ", 1)[1] for s in _streets(locale, "Elm Grove")}
    assert not ends & odd
    assert kinds <= ends  # still many kinds, drawn from the country's own
    other = {"Close", "Mews"} if locale == "en_US" else {"Boulevard", "Trail"}
    assert not ends & other


def test_an_english_address_gets_a_street_of_a_common_kind() -> None:
    sur = Surrogates(Keyring(b"test-key-0123456789abcdef"))
    stems = ("Elm", "Oak", "Ash", "Beech", "Maple", "Willow", "Cedar", "Alder", "Hazel", "Rowan")
    values = [f"{n} {stem} Grove, Bristol BS7 8PD" for n in (4, 41) for stem in stems]
    streets = {sur.surrogate(v, "ADDRESS", "en_GB").split(",")[0] for v in values}
    assert len(streets) > 10
    assert {s.rsplit(" ", 1)[1] for s in streets} <= set(_BRITISH_KINDS)


@pytest.mark.parametrize(
    ("value", "street"),
    [
        ("Northern Blvd", True),  # "the store on Northern Blvd" got a town, "Willits"
        ("Jungfernstieg", True),
        ("Hohenzollernring", True),
        ("Kettering", False),  # towns that end like a street's kind
        ("Germering", False),
        ("Cornwall", False),
    ],
)
def test_a_location_named_by_a_streets_kind_is_a_street(value: str, street: bool) -> None:
    assert is_street(value) is street


def test_a_german_street_surrogate_reads_as_a_street() -> None:
    # Faker's de_DE streets hold odd surnames: "Schillerstraße" became "Jacobi Jäckelstr.",
    # others "Koch IIring", "Juri-Jacobi Jäckel-Ring"
    fk = Faker("de_DE")
    for seed in range(300):
        fk.seed_instance(seed)
        name = street_name(fk, "Schillerstraße")
        assert " " not in name and not re.search(r"(?<![\w-])[a-zäöüß]", name), name
