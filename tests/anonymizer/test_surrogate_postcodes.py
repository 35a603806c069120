"""surrogate_postcodes: a UK postcode or an Eircode becomes another that could be real."""

from __future__ import annotations

import random
import re

import pytest
from faker.providers.address.en_GB import Provider

from anonymizer.keys import Keyring
from anonymizer.surrogate_addresses import address_locale
from anonymizer.surrogate_postcodes import CA_CODE, CA_PROVINCE, eircode, uk_postcode
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


@pytest.mark.parametrize(
    "value",
    ["88 Queen St W, Unit 1204, Toronto, ON M5V 2T6", "Toronto ON M5V2T6", "Unit 4, V6B 1A1"],
)
def test_a_canadian_address_gets_a_province_and_postal_code(value: str) -> None:
    # "Toronto, ON M5V 2T6" became "Clyde River, Christopher Square 8C": a street
    assert address_locale(value, "en_US") == "en_CA"
    out = Surrogates(Keyring(b"canada-key-0123456789")).surrogate(value, "ADDRESS", "en_US")
    code = re.search(CA_CODE + r"$", out)
    assert code is not None, out
    original = re.search(CA_CODE + r"$", value).group()
    assert (" " in code.group()) == (" " in original)  # spaced as the original
    if " ON " in value:
        assert re.search(rf"(?:{CA_PROVINCE}) {CA_CODE}$", out), out


def test_an_american_street_number_is_no_postcode() -> None:
    # "1500 Broadway, New York, NY 10036" got "61494 Toppenish": a German postcode and a town
    out = Surrogates(Keyring(b"canada-key-0123456789")).surrogate(
        "Suite 210, 1500 Broadway, New York, NY 10036", "ADDRESS", "en_US"
    )
    street = out.split(", ")[1]
    assert re.fullmatch(r"\d{4} \D+", street), out
