"""patterns_names_lower: lower-case listed first names that are no everyday word ("lol theresia
from support"), and the shipped list of names that are everyday words."""

from __future__ import annotations

import pytest

from anonymizer.detect.patterns import PatternDetector
from anonymizer.detect.patterns_names_lower import find_lower_names
from anonymizer.name_lists import name_words


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, label, _ in find_lower_names(text) if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("lol theresia from support fixed it in 2 min", ["theresia"]),
        ("hi ich bin damian und die app stürzt dauernd ab", ["damian"]),
        ("danke an jens fürs schnelle weiterleiten", ["jens"]),
        ("spoke to amara on tuesday, she sorted it", ["amara"]),
        ("hi ich bin ngọc und warte auf mein paket", ["ngọc"]),
        ("salute to ian connor for the quick fix", ["ian connor"]),
        ("sprach gestern mit şükrü yılmaz am telefon", ["şükrü yılmaz"]),
        ("honestly ryan's answer was the only useful one", ["ryan"]),
        ("emma-sophie vom empfang war super", ["emma-sophie"]),
        # a listed surname that is a German noun and an everyday word stays out ("Made")
        ("ugh my manager karen made me work sunday", ["karen"]),
    ],
)
def test_a_lower_case_listed_first_name_is_a_person(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "shoutout to grace at the front desk",  # an English word first
        "ich bin mit einer freundin hingegangen",  # a German word that Faker lists as a name
        "im juni bestellt, im juli geliefert",  # German nouns, months
        "ordered on friday, arrived in june",  # weekday and month
        "loved the vid, a lotta fun",  # after a determiner ("the vid", "a lotta")
        "alexa, play the song again",  # an assistant
        "write to ryan.smith@example.com or @emma",  # part of an address or handle
        "Theresia from support fixed it",  # capitalised: the other name rules' and the model's
        "der kellner war sehr freundlich",  # a role
        "naja, lieferung kam zu spät",  # an interjection the word lists lack
    ],
)
def test_everyday_words_and_glued_words_are_not_names(text: str) -> None:
    assert found(text) == []


def test_a_surname_that_is_an_everyday_word_does_not_join() -> None:
    assert found("thanks to nina baker for the help") == ["nina"]


def test_the_pattern_detector_runs_the_rule() -> None:
    text = "lol theresia from support fixed it"
    spans = [(text[e.start : e.end], e.label) for e in PatternDetector().detect(text)]
    assert ("theresia", "PERSON") in spans


def test_the_shipped_name_word_list_holds_both_kinds_of_both_languages() -> None:
    words = name_words()
    assert {words["grace"], words["einer"], words["age"]} == {"word"}  # "age": "Åge"
    assert {words["juni"], words["bett"], words["mark"], words["art"]} == {"noun"}
    assert "theresia" not in words and "damian" not in words


def test_a_text_without_german_or_english_words_is_left_alone() -> None:
    assert found("sasama na ryan mamaya") == []
    assert found("sasama na ryan and me") == ["ryan"]
    # a tweet whose only English cues are "been", "without", "now", "never"
    assert found("been without internet 3 days now, engineer dave never showed up") == ["dave"]


def test_a_german_possessive_may_stand_before_a_name() -> None:
    assert found("mein jens hat das paket abgeholt") == ["jens"]
