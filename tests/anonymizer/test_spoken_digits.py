"""spoken_digits: phone numbers spelled out digit by digit, found and replaced in kind."""

from __future__ import annotations

import random

import pytest

from anonymizer.detect.patterns import PatternDetector
from anonymizer.keys import Keyring
from anonymizer.spoken_digits import is_spoken_number, spoken_number
from anonymizer.surrogates import Surrogates


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Meine Nummer: null eins sieben sechs, zwei drei vier, fünf sechs sieben acht",
            "null",
        ),
        ("call me on five five five, eight six seven, five three oh nine", "five"),
        # a repeat word before a digit: the number stayed readable
        ("call back on zero seven seven zero zero nine double zero one two three", "zero"),
        ("Ruf an: null eins sieben sechs doppel-null drei vier", "null"),
    ],
)
def test_a_number_spelled_digit_by_digit_is_a_phone(text: str, number: str) -> None:
    # all stayed readable in call transcripts; `number` is the word the number starts with
    number = text[text.index(number) :]
    spans = [(text[e.start : e.end], e.label) for e in PatternDetector().detect(text)]
    assert (number, "PHONE") in spans


@pytest.mark.parametrize(
    "text",
    [
        "drei, zwei, eins, los",
        "One of the two items, one for four people",
        "one two",
        "double trouble one two three four five six",
    ],
)
def test_a_few_digit_words_are_no_phone(text: str) -> None:
    assert [e for e in PatternDetector().detect(text) if e.label == "PHONE"] == []


def test_its_surrogate_is_another_spelled_number_of_its_language() -> None:
    value = "Null eins sieben sechs, zwei drei vier fünf"
    out = spoken_number(value, random.Random(4))
    assert out != value and is_spoken_number(out) and out.split()[0][0].isupper()
    german = set("null eins zwei drei vier fünf sechs sieben acht neun".split())
    assert {w.strip(",").casefold() for w in out.split()} <= german


def test_the_phone_surrogate_keeps_words_as_words() -> None:
    sur = Surrogates(Keyring(b"test-key-spoken-0123456789"))
    out = sur.surrogate("five five five, eight six seven, five three oh nine", "PHONE", "en_US")
    assert is_spoken_number(out) and not any(c.isdigit() for c in out)
