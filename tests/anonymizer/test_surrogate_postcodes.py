"""surrogate_postcodes: a UK postcode becomes another that could be real."""

from __future__ import annotations

import random
import re

import pytest
from faker.providers.address.en_GB import Provider

from anonymizer.keys import Keyring
from anonymizer.surrogate_postcodes import uk_postcode
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
