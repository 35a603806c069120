"""surrogate_postcodes: a UK postcode or an Eircode becomes another that could be real."""

from __future__ import annotations

import random
import re

import pytest
from faker.providers.address.en_GB import Provider

from anonymizer.keys import Keyring
from anonymizer.surrogate_addresses import address_locale
from anonymizer.surrogate_postcodes import eircode, uk_postcode
from anonymizer.surrogate_towns import real_places
from anonymizer.surrogates import Surrogates

AREAS = set(Provider.POSTAL_ZONES)
# Royal Mail's shape: area, district (a letter after it in central London), inward code.
VALID = re.compile(r"([A-Z]{1,2})[1-9][0-9A-Z]? ?[0-9][ABD-HJLNP-UW-Z]{2}")


@pytest.mark.parametrize("value", ["LE3 9PQ", "SW1A 1AA", "M1 1AE", "B33 8TH", "DN551PT"])
def test_a_uk_postcode_gets_one_of_a_real_area_and_its_shape(value: str) -> None:
    # "LE3 9PQ" became "OL2 4IS": no inward code holds an I
    for seed in range(50):
        out = uk_postcode(value, random.Random(seed))
        m = VALID.fullmatch(out)
        assert m and m.group(1) in AREAS, out
        shape = re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", value))
        assert re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", out)) == shape, out


def test_a_lower_case_postcode_stays_lower_case() -> None:
    out = uk_postcode("ls6 2ab", random.Random(1))
    assert out.islower() and VALID.fullmatch(out.upper())


@pytest.mark.parametrize("key", [f"test-key-postcodes-{i:02d}-0123456789" for i in range(20)])
def test_an_address_gets_a_valid_postcode_and_unit_number(key: str) -> None:
    sur = Surrogates(Keyring(key.encode()))
    value = "Unit 4, Riverside Industrial Estate, Warrington WA1 1RT"
    out = sur.surrogate(value, "ADDRESS", "en_GB")
    assert VALID.search(out) and VALID.search(out).group(1) in AREAS, out
    assert re.match(r"Unit [1-9],", out), out  # "Unit 4" became "Unit 0"


def test_an_eircode_gets_an_eircode_of_its_shape_and_letters() -> None:
    # "T12 X2Y3" became "Q40 E2G4": "Q" and "G" are in no Eircode
    for seed in range(50):
        out = eircode("T12 X2Y3", random.Random(seed))
        assert re.fullmatch(r"[ACDEFHKNPRTVWXY]\d\d [ACDEFHKNPRTVWXY\d]{4}", out), out
        assert out[4].isalpha() and out[5].isdigit()  # the shape: letter, digit, letter, digit


def test_an_irish_address_keeps_town_and_eircode_and_is_irish() -> None:
    # "..., Douglas, Cork T12 X2Y3" became "34 Beck Trail, Galway, Jones Square 112"
    sur = Surrogates(Keyring(b"test-key-eircode-0123456789"))
    out = sur.surrogate("14 Oakwood Avenue, Douglas, Cork T12 X2Y3", "ADDRESS", "en_US")
    m = re.fullmatch(
        r"\d+ [^,]+, ([^,]+), (.+) ([ACDEFHKNPRTVWXY]\d\d [ACDEFHKNPRTVWXY\d]{4})", out
    )
    assert m and m.group(1) in real_places("IE") and m.group(2) in real_places("IE"), out
    assert address_locale("5 Main Street, Ennis, V95 K3P2", "en_US") == "en_IE"
