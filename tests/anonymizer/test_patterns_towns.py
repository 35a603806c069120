"""patterns_towns: listed towns after a preposition of place."""

from __future__ import annotations

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.patterns_towns import find_towns


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in find_towns(text)]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Unser Sohn besucht die Kita Pusteblume in Rellingen.", ["Rellingen"]),  # was left
        ("The Riverside Café in Leeds overcharged us.", ["Leeds"]),  # was left
        ("Viele Grüße aus Frankfurt am Main", ["Frankfurt am Main"]),  # the longest town
        ("Ich wohne in Essen.", ["Essen"]),  # a word, but a town of 580,000
        ("We moved to a flat near Croydon last year", ["Croydon"]),
    ],
)
def test_a_listed_town_after_a_preposition_is_a_location(text: str, towns: list[str]) -> None:
    assert _found(text) == towns


@pytest.mark.parametrize(
    "text",
    [
        "Wir stehen in Halle 5 am Stand.",  # a word, a number after it
        "in March we moved",  # a month
        "Das klappt im Mobile Banking nicht.",  # a word, a capitalised word after it
        "Die Figur ist in Stein gehauen.",  # a German word of a small town
        "Ehrlich, bei Google klappt das.",  # not after "bei": a firm is as likely
        "Ich habe in Kürze Urlaub.",  # no listed town
        "WE LIVE IN LEEDS",  # capitals
    ],
)
def test_other_words_after_a_preposition_are_no_town(text: str) -> None:
    assert _found(text) == []


def test_the_patterns_only_anonymizer_replaces_the_town() -> None:
    anon = Anonymizer(bundle=None, key="towns-test-key-0123456789")
    out = anon.anonymize("Die Kita Pusteblume in Rellingen hat mein Kind nicht angenommen.").text
    assert "Rellingen" not in out and out.startswith("Die Kita Pusteblume in ")
