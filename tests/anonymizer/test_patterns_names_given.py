"""patterns_names_given: capitalised given names on their own."""

from __future__ import annotations

import pytest

from anonymizer.detect.coordination import coordinated_names
from anonymizer.detect.patterns_names_given import find_given_names
from anonymizer.schema import Entity


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in find_given_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rudy sorted it out in five minutes", "Rudy"),
        ("Nell & Trish at the desk were lovely", "Trish"),
        ("Priya helped me with the form", "Priya"),
        ("Leider konnte Jannik mir nicht helfen.", "Jannik"),
        ("İlkim war sehr freundlich am Telefon.", "İlkim"),  # outside [A-ZÄÖÜ]; the model missed it
        ("Danke an Şükrü und das Team!", "Şükrü"),
        ("Danke an Żaneta und das Team!", "Żaneta"),
    ],
)
def test_a_listed_given_name_alone_is_a_person(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks Grace",  # an everyday word
        "German engineering at its best",
        "Georgia und Südossetien",  # a country
        "Urlaub in Florence",  # a town
        "die Kirche in St. Georg",  # a saint's name: a place
        "3 Mio. Euro Umsatz",
        "the Kendrick album",  # after a determiner
        "Alexa spielt keine Musik",  # an assistant
        "Mein Mercedes fährt gut",  # a brand
        "Casey has reached the top",  # also a surname: the lists cannot tell
    ],
)
def test_other_capitalised_words_are_no_given_names(text: str) -> None:
    assert _found(text) == []


def test_a_given_name_alone_makes_no_place_a_person() -> None:
    # "Georgia" the country: a context-free name span must not relabel the model's place
    text = "Landminen in Georgia und anderswo"
    start = text.index("Georgia")
    spans = [
        Entity(start, start + 7, "LOCATION", 0.99, "model"),
        Entity(start, start + 7, "PERSON", 0.5, "pattern"),
    ]
    labels = {e.label for e in coordinated_names(text, spans) if e.start == start}
    assert "LOCATION" in labels and labels != {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dieter vom Kundendienst hat mir sehr geholfen.", "Dieter"),  # the model missed it
        ("Danke an Udo, der das Problem sofort gelöst hat.", "Udo"),
        ("Hazel hat mir am Telefon nicht geholfen, ich bin enttäuscht.", "Hazel"),
        # everyday only in English subtitles, which name people often
        ("Mia war super nett am Telefon, danke!", "Mia"),
        ("Lisa vom Kundenservice hat sofort zurückgerufen.", "Lisa"),
    ],
)
def test_an_english_word_is_a_given_name_in_german_text(text: str, name: str) -> None:
    # "dieter" and "hazel" are English words the German word list lacks
    assert _found(text) == [name]


def test_an_english_word_stays_a_word_in_english_text() -> None:
    assert _found("Hazel nuts were stale and the cake was dry.") == []


def test_a_given_name_alone_takes_the_listed_surname_after_it() -> None:
    assert _found("Ich habe gestern mit Dieter Schmidt telefoniert.") == ["Dieter Schmidt"]


def test_a_common_english_word_stays_a_word_in_german_text() -> None:
    # "Edit: Nach einem Anruf ..." opens a post's addendum ("Edit" is a Hungarian given name);
    # "edit", "line", "tore" are everyday English words, unlike "dieter"
    assert _found("Edit: Nach einem Anruf wurde das Problem gelöst.") == []
    assert _found("Zwei Tore in der Nachspielzeit, danke an die Mannschaft.") == []
