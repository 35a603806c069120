"""patterns_names_family: family names named as a family ("mit Familie Winter", "the Okonkwo
family") or in the plural ("die Müllers")."""

from __future__ import annotations

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.patterns_names_family import find_family_names


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, label, _ in find_family_names(text) if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Wir waren mit Familie Winter im Urlaub.", ["Winter"]),  # a listed surname and a noun
        ("Das Ehepaar König bedankt sich.", ["König"]),
        ("Viele Grüße, Familie Sonntag", ["Sonntag"]),  # unlisted, signing the text
        ("Liebe Grüße\nFam. Quenzler-Abt\n", ["Quenzler-Abt"]),
        ("Wir, Familie Übelacker, waren zufrieden.", ["Übelacker"]),  # an apposition
        ("We (the Okafor family) will be back.", ["Okafor"]),
        ("Unsere Nachbarn, die Müllers, nahmen es an.", ["Müllers"]),
        ("The Nguyens were lovely guests.", ["Nguyens"]),
    ],
)
def test_a_family_name_is_a_person(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Wir wollten mit der Familie Zeit verbringen.",  # a noun inside a sentence
        "Spaß für die ganze Familie Top",  # an unlisted word not signing anything
        "Wir fahren mit der Familie Mai oder Juni weg.",  # a month, though a listed name
        "The Texas family next door was loud.",  # a place no list knows as a name
        "We watched the Browns play on Sunday.",  # "brown" is an everyday word
        "Die Familie hat sich gefreut.",
        "Liebe Grüße von Nadine und Familie Mir wurde nicht geholfen.",  # "mir", an everyday word
        "Watching Family Guy reruns tonight",
    ],
)
def test_no_family_name_where_none_is_named(text: str) -> None:
    assert found(text) == []


def test_a_family_name_the_model_reads_as_a_place_becomes_a_person() -> None:
    an = Anonymizer.load(key=b"test-key-family-0123456789")
    text = "The Patel family loved the room."
    (entity,) = an.detect(text)
    assert (text[entity.start : entity.end], entity.label) == ("Patel", "PERSON")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the model left "zu Solms" and "Guttenberg" beside the given name
        ("Ich, Maximilian Graf zu Solms, verlange", ["Maximilian Graf zu Solms"]),
        (
            "Gez. Karl-Theodor Freiherr von und zu Guttenberg",
            ["Karl-Theodor Freiherr von und zu Guttenberg"],
        ),
        (
            "Beschwerde von Gräfin Adelheid zu Castell-Rüdenhausen",
            ["Gräfin Adelheid zu Castell-Rüdenhausen"],
        ),
        ("Sehr geehrter Herr Freiherr von Falkenhausen,", ["Freiherr von Falkenhausen"]),
    ],
)
def test_a_noble_name_is_one_person(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Der Fürst von Monaco war zu Gast.",  # an office after an article
        "Steffi Graf hat gewonnen, Graf von hinten.",  # no particle; a lower-case word after one
    ],
)
def test_no_noble_name_where_none_is_named(text: str) -> None:
    assert found(text) == []


def test_a_noble_name_keeps_its_title_and_particles_and_loses_its_names() -> None:
    an = Anonymizer.load(key=b"test-key-family-0123456789")
    text = "Unterschrieben von Karl-Theodor Freiherr von und zu Guttenberg."
    out = an.anonymize(text).text  # "und" became "johann", "Guttenberg" was left
    assert " Freiherr von und zu " in out and "Guttenberg" not in out and "Karl" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Herr Fürst kam zu spät.",
        "Frau Graf war freundlich.",
        # before "von der" the surname read as a title and stayed
        "Herr Fürst von der Post hat angerufen.",
        "Frau Graf von der Stadtverwaltung war nett.",
    ],
)
def test_a_noble_title_after_a_form_of_address_is_a_surname(text: str) -> None:
    # a first version made titles of nobility title words everywhere, and "Fürst" was left
    an = Anonymizer.load(key=b"test-key-family-0123456789")
    surname = text.split()[1]
    assert surname not in an.anonymize(text).text
