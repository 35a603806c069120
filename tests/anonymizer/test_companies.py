"""companies: a person's name followed by a legal form is one organisation."""

from __future__ import annotations

import pytest

from anonymizer.detect.companies import companies_of_people
from anonymizer.detect.merge import merge_entities
from anonymizer.schema import Entity


def person(text: str, name: str) -> Entity:
    return Entity(text.index(name), text.index(name) + len(name), "PERSON", 0.9)


@pytest.mark.parametrize(
    ("text", "name", "company"),
    [
        ("Ordered from Reyes Ltd, twice.", "Reyes", "Reyes Ltd"),
        ("bought it at hawkins inc last week", "hawkins", "hawkins inc"),
        ("Rechnung von Müller GmbH & Co. KG erhalten", "Müller", "Müller GmbH & Co. KG"),
        ("Schreinerei Schmidt & Söhne war pünktlich", "Schmidt", "Schmidt & Söhne"),
        ("Billed by Acme, Inc. again", "Acme", "Acme, Inc."),
        ("Thanks to Stevenson Group for nothing", "Stevenson", "Stevenson Group"),
    ],
)
def test_a_person_before_a_legal_form_becomes_a_company(text, name, company) -> None:
    found = companies_of_people(text, [person(text, name)])
    assert [(text[e.start : e.end], e.label) for e in found] == [(company, "ORGANIZATION")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks Sarah, Group chat was useless", "Sarah"),  # a comma before a group word
        ("Frau Weber AG-Leiterin", "Weber"),  # a legal form only as a word of its own
        ("Ask Anna. Inc is not a name", "Anna"),
        ("Frag Jonas ag", "Jonas"),  # short capital forms only in capitals
    ],
)
def test_other_words_after_a_name_leave_it_a_person(text, name) -> None:
    assert [e.label for e in companies_of_people(text, [person(text, name)])] == ["PERSON"]


def test_the_merge_joins_the_models_legal_form_into_the_company() -> None:
    text = "Paid Reyes Ltd twice"
    model = [person(text, "Reyes"), Entity(11, 14, "ORGANIZATION", 0.7)]
    out = merge_entities(text, model)
    assert [(text[e.start : e.end], e.label) for e in out] == [("Reyes Ltd", "ORGANIZATION")]
