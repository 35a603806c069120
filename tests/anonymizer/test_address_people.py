"""address_people: a name opening an address after a form of address is a person."""

from __future__ import annotations

import pytest

from anonymizer.detect.address_people import people_opening_addresses
from anonymizer.schema import Entity


def _split(text: str, address: str) -> list[tuple[str, str]]:
    start = text.index(address)
    spans = [Entity(start, start + len(address), "ADDRESS", 0.9, "model")]
    return [(text[e.start : e.end], e.label) for e in people_opening_addresses(text, spans)]


@pytest.mark.parametrize(
    ("text", "address", "person"),
    [
        # "Fam. Wojciechowski, Dorfstraße 7" became "Fam. Hoyerswerda, ...": a town
        ("an Fam. Wojciechowski, Dorfstraße 7", "Wojciechowski, Dorfstraße 7", "Wojciechowski"),
        ("an Herrn Jonas Weber, Lindenallee 4", "Jonas Weber, Lindenallee 4", "Jonas Weber"),
        ("to Mrs O'Sullivan, 27 Clarence Road", "O'Sullivan, 27 Clarence Road", "O'Sullivan"),
    ],
)
def test_a_name_after_a_form_of_address_leaves_the_address(text, address, person) -> None:
    rest = address[len(person) + 2 :]
    assert _split(text, address) == [(person, "PERSON"), (rest, "ADDRESS")]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("wohne in Bonn, Dorfstraße 7", "Bonn, Dorfstraße 7"),  # no form of address
        ("an Herrn Weber, Dorfstraße 7", "Dorfstraße 7"),  # the span holds no name
        ("an Fam. Am Ring, 53111 Bonn", "Am Ring, 53111 Bonn"),  # a street opens it
        ("to Mr Flat 3, 27 Clarence Road", "Flat 3, 27 Clarence Road"),  # a digit
        ("to Mrs Maple Road, Leeds", "Maple Road, Leeds"),  # a street's name
    ],
)
def test_other_addresses_stay_whole(text, address) -> None:
    assert _split(text, address) == [(address, "ADDRESS")]


@pytest.mark.parametrize(
    ("text", "address", "person"),
    [  # "c/o Kowalski, Am Sportplatz 7" became "c/o Schleiz, ...": a town
        ("war c/o Kowalski, Am Sportplatz 7", "Kowalski, Am Sportplatz 7", "Kowalski"),
        ("Rechnung z. Hd. Anna Weber, Lindenallee 4", "Anna Weber, Lindenallee 4", "Anna Weber"),
        ("Attn: Priya Raman, 221 Baker Street", "Priya Raman, 221 Baker Street", "Priya Raman"),
    ],
)
def test_a_name_after_care_of_leaves_the_address(text, address, person) -> None:
    rest = address[len(person) + 2 :]
    assert _split(text, address) == [(person, "PERSON"), (rest, "ADDRESS")]


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Lieferadresse war c/o Kowalski, Am Sportplatz 7", "Kowalski", "PERSON"),
        ("c/o Anna Weber, Berlin", "Anna Weber", "PERSON"),
        ("c/o Hauptstraße, Berlin", "Hauptstraße", "ADDRESS"),  # a street's name
        ("c/o Hotel 5, Berlin", "Hotel 5", "ADDRESS"),  # a digit
        ("Lieferung nach Kowalski, Berlin", "Kowalski", "ADDRESS"),  # no care-of
    ],
)
def test_a_name_alone_after_care_of_is_a_person(text, value, label) -> None:
    assert _split(text, value) == [(value, label)]


def test_a_surname_opening_an_address_after_a_given_name_joins_the_person() -> None:
    # "(Thomas Brückner, Am Kirchplatz 2, ...)": the model's ADDRESS opened with the surname,
    # which became a town ("Muharrem Gardelegener, Junkring 9")
    text = "bei mir (Thomas Brückner, Am Kirchplatz 2, 32545 Bad Oeynhausen)."
    given = text.index("Thomas")
    start = text.index("Brückner")
    spans = [
        Entity(given, given + 6, "PERSON", 0.9, "model"),
        Entity(start, text.index(")."), "ADDRESS", 0.9, "model"),
    ]
    out = [(text[e.start : e.end], e.label) for e in people_opening_addresses(text, spans)]
    assert out == [
        ("Thomas", "PERSON"),
        ("Brückner", "PERSON"),
        ("Am Kirchplatz 2, 32545 Bad Oeynhausen", "ADDRESS"),
    ]


def test_a_person_further_away_leaves_the_address_whole() -> None:
    text = "Thomas schrieb: Bonn, Dorfstraße 7"
    spans = [Entity(0, 6, "PERSON", 0.9, "model"), Entity(16, len(text), "ADDRESS", 0.9)]
    assert [e.label for e in people_opening_addresses(text, spans)] == ["PERSON", "ADDRESS"]


def test_a_surname_alone_as_an_address_after_a_given_name_is_the_person() -> None:
    # "Frau Annegret Hummel, Lindenstraße 9": the model's "Hummel" was an ADDRESS of its own,
    # which the comma joined to the street (the surrogate "Gießen")
    text = "Zeugin: Frau Annegret Hummel, Lindenstraße 9, 72764 Reutlingen."
    given, surname, street = (text.index(w) for w in ("Annegret", "Hummel", "Lindenstraße"))
    spans = [
        Entity(given, given + 8, "PERSON", 0.9, "model"),
        Entity(surname, surname + 6, "ADDRESS", 0.9, "model"),
        Entity(street, len(text) - 1, "ADDRESS", 0.9, "model"),
    ]
    out = [(text[e.start : e.end], e.label) for e in people_opening_addresses(text, spans)]
    assert out[1] == ("Hummel", "PERSON") and out[2][1] == "ADDRESS"


def test_a_street_alone_after_a_given_name_stays_an_address() -> None:
    text = "Anna Hauptstraße, 10115 Berlin"
    spans = [Entity(0, 4, "PERSON", 0.9), Entity(5, 16, "ADDRESS", 0.9)]
    assert [e.label for e in people_opening_addresses(text, spans)] == ["PERSON", "ADDRESS"]
