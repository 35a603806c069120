"""companies: a person's name followed by a legal form is one organisation."""

from __future__ import annotations

import pytest

from anonymizer.detect.companies import companies_of_people, named_legal_forms
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
        ("Rechnung an Hofmann & Partner, bitte", "Hofmann", "Hofmann & Partner"),
        ("die Kanzlei Schmidt Rechtsanwälte schrieb", "Schmidt", "Schmidt Rechtsanwälte"),
        ("instructed Patel Solicitors in May", "Patel", "Patel Solicitors"),
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
        ("Anna & Partnerin kamen", "Anna"),  # "Partner" only as a word of its own
    ],
)
def test_other_words_after_a_name_leave_it_a_person(text, name) -> None:
    assert [e.label for e in companies_of_people(text, [person(text, name)])] == ["PERSON"]


def test_the_merge_joins_the_models_legal_form_into_the_company() -> None:
    text = "Paid Reyes Ltd twice"
    model = [person(text, "Reyes"), Entity(11, 14, "ORGANIZATION", 0.7)]
    out = merge_entities(text, model)
    assert [(text[e.start : e.end], e.label) for e in out] == [("Reyes Ltd", "ORGANIZATION")]


def form(text: str, legal_form: str) -> Entity:
    start = text.rindex(legal_form)
    return Entity(start, start + len(legal_form), "ORGANIZATION", 0.9)


@pytest.mark.parametrize(
    ("text", "legal_form", "company"),
    [
        ("Senior Buyer | Acme Logistics Ltd", "Ltd", "Acme Logistics Ltd"),
        ("Senior Buyer, Acme Logistics Ltd", "Ltd", "Acme Logistics Ltd"),
        ("Rechnung von Huber & Partner GmbH", "GmbH", "Huber & Partner GmbH"),
        ("Bei Krause Metallbau GmbH & Co. KG", "GmbH & Co. KG", "Krause Metallbau GmbH & Co. KG"),
        ("The Northwind Traders Inc. never replied", "Inc.", "Northwind Traders Inc."),
        ("bought from 3M Ltd", "Ltd", "3M Ltd"),
        ("signed,\nAcme Ltd", "Ltd", "Acme Ltd"),  # the name stays on the form's line
    ],
)
def test_a_legal_form_alone_grows_over_the_name_before_it(text, legal_form, company) -> None:
    found = named_legal_forms(text, [form(text, legal_form)])
    assert [(text[e.start : e.end], e.label) for e in found] == [(company, "ORGANIZATION")]


@pytest.mark.parametrize(
    ("text", "legal_form"),
    [
        ("we paid the ltd", "ltd"),  # no capitalised name before it
        ("Thanks | GmbH", "GmbH"),
    ],
)
def test_a_legal_form_without_a_name_before_it_stays(text, legal_form) -> None:
    found = named_legal_forms(text, [form(text, legal_form)])
    assert [(text[e.start : e.end]) for e in found] == [legal_form]


def test_only_a_bare_legal_form_grows() -> None:
    text = "Paid Big Reyes Ltd twice"
    spans = [Entity(9, 18, "ORGANIZATION", 0.8), Entity(0, 4, "PERSON", 0.5)]
    assert named_legal_forms(text, spans) == spans
