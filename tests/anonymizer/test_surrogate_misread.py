"""surrogate_misread: values read under a label they cannot have keep their shape."""

from __future__ import annotations

import re

import pytest

from anonymizer.keys import Keyring
from anonymizer.surrogate_misread import misread
from anonymizer.surrogates import Surrogates


@pytest.fixture
def sur() -> Surrogates:
    return Surrogates(Keyring(b"test-key-misread-0123456789"))


@pytest.mark.parametrize(
    ("value", "shape"),
    [
        ("Ward 7B", r"Ward [0-9][A-Z]"),  # read as a place, became "Monticello"
        ("Station 4B", r"Station [0-9][A-Z]"),
        ("Room 214", r"Room [0-9]{3}"),
        ("Gleis 7", r"Gleis [0-9]"),
    ],
)
def test_a_ward_or_room_keeps_its_word_and_gets_a_number_of_its_shape(
    sur: Surrogates, value: str, shape: str
) -> None:
    out = sur.surrogate(value, "LOCATION", "en_GB")
    assert out != value and re.fullmatch(shape, out), out


@pytest.mark.parametrize(
    ("value", "label", "kind"),
    [
        ("Berlin", "LOCATION", None),
        ("BA2614", "LOCATION", "ID"),  # a flight read as a place
        ("-214", "EMAIL", "ID"),  # an extension read as an e-mail
        ("Gu3st", "IBAN", "ID"),  # a password read as an IBAN
        ("DE89 3704", "IBAN", None),
        ("10:02", "IP_ADDRESS", "ID"),  # a time read as IPv6
        ("52.52001, 13.40495", "LOCATION", None),  # coordinates stay coordinates
    ],
)
def test_what_is_misread(value: str, label: str, kind: str | None) -> None:
    assert misread(value, label) == kind


def test_a_flat_number_read_as_a_place_gets_another_flat_number(sur: Surrogates) -> None:
    assert re.fullmatch(r"[1-9][a-d]", sur.surrogate("3b", "LOCATION", "de_DE"))
