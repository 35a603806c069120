"""Durations read as dates get another duration of the same language and grammar."""

from __future__ import annotations

import random
import re

import pytest

from anonymizer.keys import Keyring
from anonymizer.surrogate_durations import duration, is_duration
from anonymizer.surrogates import Surrogates


@pytest.mark.parametrize(
    ("value", "shape"),
    [
        ("ten years", r"(?!ten )[a-z ]+ years"),
        ("Two weeks", r"(?!Two )[A-Z][a-z ]+ weeks"),
        ("a few days", r"(?!a few )[a-z ]+ days"),
        ("drei Wochen", r"(?!drei )[^\W\d_ ]+(?: [^\W\d_]+)? Wochen"),
        ("zwei Jahren", r"(?!zwei )[^\W\d_ ]+(?: [^\W\d_]+)? Jahren"),
        ("an hour", r"a (?:year|month|week|day)"),
        ("a day", r"(?:a (?:year|month|week)|an hour)"),
        ("einem Monat", r"einem Tag"),
        ("eine Woche", r"eine (?:Stunde|Minute)"),
        ("ein Jahr", r"ein (?:Halbjahr|Quartal)"),
    ],
)
def test_duration_keeps_unit_or_article(value: str, shape: str) -> None:
    for seed in range(20):
        assert re.fullmatch(shape, duration(value, random.Random(seed)))


@pytest.mark.parametrize("value", ["3. März", "years", "letzten Dienstag", "Tag der Arbeit"])
def test_other_values_are_no_duration(value: str) -> None:
    assert not is_duration(value)


def test_date_span_of_a_duration_gets_a_duration() -> None:
    sur = Surrogates(Keyring(b"test-key-durations-0123456789"))
    out = sur.surrogate("ten years", "DATE", "en_US")
    assert out.endswith(" years") and out != "ten years"
    assert sur.surrogate("seit drei Wochen", "DATE", "de_DE").endswith(" Wochen")
