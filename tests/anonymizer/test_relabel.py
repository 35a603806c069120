"""Places the model read as people become LOCATION; names that are places too stay people."""

from __future__ import annotations

import pytest

from anonymizer.detect.merge import merge_entities
from anonymizer.detect.relabel import relabel_people
from anonymizer.schema import Entity


def _labels(text: str, word: str, source: str = "model") -> list[str]:
    at = text.index(word)
    spans = [Entity(at, at + len(word), "PERSON", 0.9, source)]
    return [e.label for e in relabel_people(text, spans)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "aus dem schönen Schwarzwald" became "aus dem schönen Maike"
        ("Herzliche Grüße aus dem schönen Schwarzwald, Familie Kowalski", "Schwarzwald"),
        ("Wir waren im Allgäu wandern", "Allgäu"),
        ("greetings from Hamburg", "Hamburg"),
    ],
)
def test_a_known_place_read_as_a_person_is_a_location(text: str, word: str) -> None:
    assert _labels(text, word) == ["LOCATION"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ask for Georgia at the desk", "Georgia"),  # a state, and a given name
        ("Florence was lovely", "Florence"),
        ("Jordan fixed it", "Jordan"),
        ("Frau Wagner rief an", "Wagner"),
    ],
)
def test_a_name_that_is_also_a_place_stays_a_person(text: str, word: str) -> None:
    assert _labels(text, word) == ["PERSON"]


def test_a_name_rules_person_stays() -> None:
    assert _labels("Grüße aus dem Schwarzwald", "Schwarzwald", "pattern") == ["PERSON"]


def test_the_merge_relabels_it() -> None:
    text = "Herzliche Grüße aus dem schönen Schwarzwald"
    at = text.index("Schwarzwald")
    merged = merge_entities(text, [Entity(at, len(text), "PERSON", 0.9, "model")])
    assert [(text[e.start : e.end], e.label) for e in merged] == [("Schwarzwald", "LOCATION")]
