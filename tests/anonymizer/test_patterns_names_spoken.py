"""patterns_names_spoken: listed first names after a German article ("der Dieter")."""

from __future__ import annotations

import pytest

from anonymizer.detect.patterns import PatternDetector
from anonymizer.detect.patterns_names_spoken import find_article_names


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, label, _ in find_article_names(text) if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Am Telefon war die Svenja total unfreundlich.", ["Svenja"]),
        ("Fragt am besten nach dem Kemal, der kennt sich aus.", ["Kemal"]),
        ("Der Jakub hat das Problem sofort gelöst.", ["Jakub"]),
        ("Zum Glück hat mir die Agnieszka Nowak weitergeholfen.", ["Agnieszka Nowak"]),
        ("Ich wollte eigentlich den Chukwuemeka sprechen.", ["Chukwuemeka"]),
    ],
)
def test_a_listed_first_name_after_an_article_is_a_person(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Leider war niemand in der Lage, mir zu helfen.",  # a noun that is also a listed name
        "Ich melde mich die Tage nochmal.",
        "Die TAN kam nie an.",  # capitals
        "Der Paketbote stand vor der Tür.",  # no listed first name
        "Die Studie wurde von dem Max Planck Institut bezahlt.",  # a longer proper name
        "die svenja hat geholfen",  # lower case is left to the model
    ],
)
def test_nouns_capitals_and_longer_proper_names_are_not_names(text: str) -> None:
    assert found(text) == []


def test_the_pattern_detector_runs_the_article_rule() -> None:
    text = "Leider konnte mir auch der Jörg nicht helfen."
    spans = [(text[e.start : e.end], e.label) for e in PatternDetector().detect(text)]
    assert ("Jörg", "PERSON") in spans
