from __future__ import annotations

import random
import re

import pytest

from anonymizer.keys import Keyring
from anonymizer.surrogate_codes import _code_lists, town_and_code
from anonymizer.surrogates import Surrogates


@pytest.mark.parametrize(
    ("value", "shape", "kind"),
    [
        ("Austin, TX", r"(?P<town>.+), (?P<code>[A-Z]{2})", "US"),  # became "Kasilof"
        ("Old Bridge NJ", r"(?P<town>.+) (?P<code>[A-Z]{2})", "US"),  # became "Slidell"
        ("Sydney NSW", r"(?P<town>.+) (?P<code>[A-Z]{2,3})", "AU"),
    ],
)
def test_a_town_and_its_states_code_keep_their_shape(value: str, shape: str, kind: str) -> None:
    out = Surrogates(Keyring(b"codes-key-0123456789")).surrogate(value, "LOCATION", "en_US")
    m = re.fullmatch(shape, out)
    assert m, out
    assert m["code"] in _code_lists()[kind] and m["code"] != value.split()[-1]
    assert m["town"] != value.rsplit(" ", 1)[0].rstrip(",")


@pytest.mark.parametrize("value", ["New York", "Austin, Texas", "Austin XX1", "Kent, ZZ"])
def test_no_town_and_code_without_a_regions_code(value: str) -> None:
    assert town_and_code(value, random.Random(1), "en_US", str.upper) is None
