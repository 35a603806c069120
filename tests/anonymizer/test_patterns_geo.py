"""Geographic coordinates as LOCATION."""

from __future__ import annotations

import re

import pytest

from anonymizer.detect.patterns import PatternDetector
from anonymizer.detect.patterns_geo import find_coordinates, is_coordinates
from anonymizer.keys import Keyring
from anonymizer.surrogates import Surrogates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I'm at 51.5072° N, 0.1276° W right now", "51.5072° N, 0.1276° W"),
        ("Treffpunkt N 52.5200 E 13.4050 am Tor", "N 52.5200 E 13.4050"),
        ("Koordinaten 48,1371 N 11,5754 O", "48,1371 N 11,5754 O"),  # German: O for east
        ("Standort: 52.52001, 13.40495 (Hinterhof)", "52.52001, 13.40495"),
        ("lat/lon -33.8688, 151.2093", "-33.8688, 151.2093"),
        ("pin 48°08'14.8\"N 11°34'31.8\"E please", "48°08'14.8\"N 11°34'31.8\"E"),
    ],
)
def test_coordinates_are_found(text: str, found: str) -> None:
    assert [text[s:e] for s, e, _, _ in find_coordinates(text)] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "version 2.345, 1.234 of the app",  # no hemisphere, no word naming a position
        "Preis 12.345, 13.400 EUR",
        "95.1234° N, 10.1234° E",  # no latitude beyond 90
        "GPS 48.1, 11.5",  # fewer than three decimals
        "Seite 12.5 N",
    ],
)
def test_other_numbers_are_no_coordinates(text: str) -> None:
    assert find_coordinates(text) == []


def test_the_detector_reports_coordinates_and_no_phone_inside_them() -> None:
    text = "Standort: 52.52001, 13.40495"
    ents = PatternDetector().detect(text)
    assert [(text[e.start : e.end], e.label) for e in ents] == [("52.52001, 13.40495", "LOCATION")]


@pytest.mark.parametrize(
    "value", ["51.5072° N, 0.1276° W", "52.52001, 13.40495", "48°08'14.8\"N 11°34'31.8\"E"]
)
def test_coordinates_get_coordinates_of_the_same_shape(value: str) -> None:
    sur = Surrogates(Keyring(b"geo-test-key-0123456789"))
    out = sur.surrogate(value, "LOCATION", "de_DE")
    assert out != value and is_coordinates(out)  # a valid pair, not a town or reshaped digits
    assert re.sub(r"\d+", "0", out) == re.sub(r"\d+", "0", value)  # same marks and letters
    assert out == Surrogates(Keyring(b"geo-test-key-0123456789")).surrogate(
        value, "LOCATION", "de_DE"
    )
