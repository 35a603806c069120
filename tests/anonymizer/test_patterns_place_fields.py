"""Places that a form or review field names, as LOCATION."""

from __future__ import annotations

import pytest

from anonymizer.detect.merge import merge_entities
from anonymizer.detect.patterns import PatternDetector
from anonymizer.detect.patterns_place_fields import find_place_fields
from anonymizer.schema import Entity


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the model left both: no sentence around them
        ("Reviewer: Jens P. | Ort: Kiel | Bewertung: 2/5", "Kiel"),
        ("Location: Leeds | Rating: 1/5", "Leeds"),
        ("Wohnort: Bad Segeberg, Alter: 45", "Bad Segeberg"),
        ("Stadt: Frankfurt am Main\nPLZ: 60311", "Frankfurt am Main"),
        ("Hometown: Stratford-upon-Avon", "Stratford-upon-Avon"),
        ("City: Bath", "Bath"),  # everyday word, sizeable town
    ],
)
def test_a_place_fields_value_is_a_location(text: str, place: str) -> None:
    assert [(text[s:e], label) for s, e, label, _ in find_place_fields(text)] == [
        (place, "LOCATION")
    ]
    found = PatternDetector(labels=["LOCATION"]).detect(text)
    assert [text[e.start : e.end] for e in found] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Wohnort: unbekannt",
        "Location: Online",
        "Ort: Keine Angabe",
        "Status: Offen",
        "Unsere Stadt: Kiel ist schön, aber laut",  # a sentence goes on after the value
        "Am Ort: Die Stimmung war gut",
    ],
)
def test_no_place_where_the_field_holds_none(text: str) -> None:
    assert find_place_fields(text) == []


def test_the_fields_label_outranks_a_models_person() -> None:
    # "County: Kerry" became "County: Sophia": the model read the county as a person
    text = "Customer: Liam Byrne | County: Kerry"
    at = text.index("Kerry")
    model = [Entity(at, at + 5, "PERSON", 0.98, "model")]
    merged = merge_entities(text, model, PatternDetector().detect(text))
    assert [(text[e.start : e.end], e.label) for e in merged if e.start >= at] == [
        ("Kerry", "LOCATION")
    ]
