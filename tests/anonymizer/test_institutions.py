"""Institutions named by their place: one span for the model's fragments; the surrogate keeps
the kind, and the place takes its own."""

from __future__ import annotations

import pytest

from anonymizer.detect.institutions import (
    institutions_of_fragments,
    split_named,
    split_place,
    without_unit_subjects,
)
from anonymizer.detect.merge import merge_entities
from anonymizer.keys import Keyring
from anonymizer.schema import Entity
from anonymizer.surrogates import Surrogates

KEY = b"test-key-institutions-0123456789"


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Sparkasse Köln-Bonn", ("Sparkasse ", "Köln-Bonn", "")),
        ("Amtsgericht Berlin-Mitte", ("Amtsgericht ", "Berlin-Mitte", "")),
        ("Stadtwerke Bad Homburg", ("Stadtwerke ", "Bad Homburg", "")),
        ("Technische Universität Dresden", ("Technische Universität ", "Dresden", "")),
        ("Universität zu Köln", ("Universität zu ", "Köln", "")),
        ("Agentur für Arbeit Kassel", ("Agentur für Arbeit ", "Kassel", "")),
        ("Stadt Frankfurt am Main", ("Stadt ", "Frankfurt am Main", "")),
        ("Leeds City Council", ("", "Leeds", " City Council")),
        ("Sheffield Royal Infirmary", ("", "Sheffield", " Royal Infirmary")),
        ("Kayseri Administrative Court", ("", "Kayseri", " Administrative Court")),
        ("Newcastle upon Tyne Hospitals", ("", "Newcastle upon Tyne", " Hospitals")),
        ("University of Leeds", ("University of ", "Leeds", "")),
        ("Hauptbahnhof Köln", ("Hauptbahnhof ", "Köln", "")),
        ("Köln Hbf", ("", "Köln", " Hbf")),
        ("Heathrow Airport", ("", "Heathrow", " Airport")),
        ("Victoria Coach Station", ("", "Victoria", " Coach Station")),
        ("Riverside Surgery", ("", "Riverside", " Surgery")),
        ("Westfield Shopping Centre", ("", "Westfield", " Shopping Centre")),
        ("Royal Bank of Scotland", ("Royal Bank of ", "Scotland", "")),
        ("MVZ Am Markt", ("MVZ ", "Am Markt", "")),  # became "Jähn Ehlert"
        ("Maritim Hotel Bonn", ("Maritim Hotel ", "Bonn", "")),  # became "Luckenwalde"
        ("Grand Hotel Brighton", ("Grand Hotel ", "Brighton", "")),
        ("Premier Inn London Kings Cross", ("Premier Inn ", "London Kings Cross", "")),
        ("Motel One Köln", ("Motel One ", "Köln", "")),
        ("Einkaufszentrum Limbecker Platz", ("Einkaufszentrum ", "Limbecker Platz", "")),
        ("Croydon store", ("", "Croydon", " store")),  # a firm's venue by its town
        ("Leeds office", ("", "Leeds", " office")),
        ("Bath branch", ("", "Bath", " branch")),  # an everyday word, but a town of some size
        ("brixton branch", ("", "brixton", " branch")),  # chat text: became "mazon"
        ("Filiale Bonn", ("Filiale ", "Bonn", "")),
        ("Uni Köln", ("Uni ", "Köln", "")),  # "an der TU München" became "an der Römer"
        ("TU München", ("TU ", "München", "")),
        ("FH Aachen", ("FH ", "Aachen", "")),
        ("Lincoln Elementary", ("", "Lincoln", " Elementary")),  # became "Pikeville"
        ("Café Brühl", ("Café ", "Brühl", "")),  # became "Konstanz"
        ("Pizzeria Roma", ("Pizzeria ", "Roma", "")),  # became "Berchtesgaden Geisel"
        ("Fitnessstudio McFit Köln", ("Fitnessstudio ", "McFit Köln", "")),
        ("Riverside Café", ("", "Riverside", " Café")),  # became "Bell Ranch"
    ],
)
def test_split_place_finds_kind_and_place(value: str, parts: tuple[str, str, str]) -> None:
    assert split_place(value) == parts


@pytest.mark.parametrize(
    "value",
    [
        "Musterfirma",
        "Sparkasse",  # a kind alone names no place
        "City Council",
        "Town Centre",
        "Federal Labour Court",  # kind words alone
        "Halberstadt Energie",  # a town ending in "-stadt" is no "Stadt"
        "Ludwig-Maximilians-Universität München",  # a name before the kind, not a kind
        "Klinikum rechts der Isar",  # no capitalised place after the kind
        "Bundesministerium der Finanzen",
        "MVZ Dr. Müller",  # named after a person, no place
        "Klinik Prof. Weber",
        "Müller Hotel Bonn",  # no chain: the word before "Hotel" may be a name
        "Unilever",  # a short kind is a word of its own
        "TUI Deutschland",
        "Head Office",  # everyday words are no town before a venue
        "Post Office",  # "Post" is a small Texan town
        "the store",
        "main office",
    ],
)
def test_split_place_leaves_other_names(value: str) -> None:
    assert split_place(value) is None


@pytest.fixture
def sur() -> Surrogates:
    return Surrogates(Keyring(KEY))


@pytest.mark.parametrize(
    ("value", "place", "locale"),
    [
        ("Sparkasse Köln", "Köln", "de_DE"),
        ("Stadtwerke Bielefeld", "Bielefeld", "de_DE"),
        ("Leeds City Council", "Leeds", "en_GB"),
        ("University of Leeds", "Leeds", "en_GB"),
        # a unit before its institution: "Lehrstuhl für Informatik, Universität Passau" became
        # "Schlosser", "Department of Physics, University of Leeds" "Miles, Morrison and Tanner"
        ("Lehrstuhl für Informatik, Universität Passau", "Passau", "de_DE"),
        ("Institut für Chemie der Universität Bonn", "Bonn", "de_DE"),
        ("Department of Physics, University of Leeds", "Leeds", "en_GB"),
        # a town after it: "Queen Elizabeth Hospital Birmingham" became a town, "Exeter"
        ("Leeds City Council Bradford", "Leeds", "en_GB"),
    ],
)
def test_institution_keeps_its_kind_and_takes_the_places_surrogate(
    sur: Surrogates, value: str, place: str, locale: str
) -> None:
    town = sur.surrogate(place, "LOCATION", locale)
    out = sur.surrogate(value, "ORGANIZATION", locale)
    if value.endswith(" Bradford"):  # and the town after it its own
        value = value.replace("Bradford", sur.surrogate("Bradford", "LOCATION", locale))
    assert out == value.replace(place, town)
    assert place not in out


def test_a_named_hospital_and_its_town_keep_the_kind(sur: Surrogates) -> None:
    out = sur.surrogate("Queen Elizabeth Hospital Birmingham", "LOCATION", "en_GB")
    assert " Hospital " in out and not {"Elizabeth", "Birmingham"} & set(out.split())


@pytest.mark.parametrize(
    ("value", "place", "locale"),
    [
        ("Hauptbahnhof Köln", "Köln", "de_DE"),
        ("Heathrow Airport", "Heathrow", "en_GB"),
        ("Croydon store", "Croydon", "en_US"),
        ("Café Brühl", "Brühl", "de_DE"),
        ("Riverside Café", "Riverside", "en_GB"),
    ],
)
def test_place_of_a_kind_keeps_its_kind(
    sur: Surrogates, value: str, place: str, locale: str
) -> None:
    town = sur.surrogate(place, "LOCATION", locale)
    assert sur.surrogate(value, "LOCATION", locale) == value.replace(place, town)


def test_institution_keeps_legal_form_and_case(sur: Surrogates) -> None:
    town = sur.surrogate("Bielefeld", "LOCATION", "de_DE")
    assert sur.surrogate("Stadtwerke Bielefeld GmbH", "ORGANIZATION", "de_DE") == (
        f"Stadtwerke {town} GmbH"
    )
    assert sur.surrogate("SPARKASSE KÖLN", "ORGANIZATION", "de_DE") == (
        "SPARKASSE " + sur.surrogate("Köln", "LOCATION", "de_DE").upper()
    )


def _spans(text: str, *pieces: tuple[str, str]) -> list[Entity]:
    out, pos = [], 0
    for value, label in pieces:
        start = text.index(value, pos)
        out.append(Entity(start, start + len(value), label))
        pos = start + len(value)
    return out


@pytest.mark.parametrize(
    ("text", "pieces", "joined"),
    [
        (
            "St Mary's Hospital lost my results.",
            [("St", "ORGANIZATION"), ("Mary's", "LOCATION"), ("Hospital", "ORGANIZATION")],
            ("St Mary's Hospital", "ORGANIZATION"),
        ),
        (
            "My son goes to St. Peter's Primary School now.",
            [("St", "PERSON"), ("Peter's Primary", "ORGANIZATION")],
            ("St. Peter's Primary School", "ORGANIZATION"),
        ),
        (
            "He taught at Oliver Pemberton School for years.",
            [("Oliver Pemberton", "PERSON")],
            ("Oliver Pemberton School", "ORGANIZATION"),
        ),
        (
            "My flight from Heathrow Airport was late.",
            [("Heathrow", "LOCATION")],
            ("Heathrow Airport", "LOCATION"),
        ),
    ],
)
def test_fragments_of_an_institution_become_one_span(text, pieces, joined) -> None:
    out = merge_entities(text, _spans(text, *pieces))
    assert [(text[e.start : e.end], e.label) for e in out] == [joined]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Please send Sarah bank details.", [("Sarah", "PERSON")]),  # no capitalised kind
        ("Anna Ben and Court", [("Anna", "PERSON"), ("Ben", "PERSON")]),  # no kind right after
        ("I love Margaret Court as a player.", [("Margaret Court", "PERSON")]),  # one span
        ("Leeds, Hospital", [("Leeds", "LOCATION")]),  # a comma apart
    ],
)
def test_other_name_spans_stay_apart(text, pieces) -> None:
    spans = _spans(text, *pieces)
    assert institutions_of_fragments(text, spans) == spans


def test_royal_before_the_place_is_kept(sur: Surrogates) -> None:
    town = sur.surrogate("Free", "LOCATION", "en_GB")
    assert split_place("Royal Free Hospital") == ("Royal ", "Free", " Hospital")
    assert sur.surrogate("Royal Free Hospital", "ORGANIZATION", "en_GB") == (
        f"Royal {town} Hospital"
    )


@pytest.mark.parametrize(
    ("value", "name", "kind"),
    [
        ("Goethe-Gymnasium", "Goethe", "-Gymnasium"),
        ("Anne-Frank-Schule", "Anne-Frank", "-Schule"),
        ("Löwen-Apotheke", "Löwen", "-Apotheke"),
    ],
)
def test_a_school_named_after_a_person_takes_a_persons_surrogate(
    sur: Surrogates, value: str, name: str, kind: str
) -> None:
    assert split_named(value) == ("", name, kind)
    person = sur.surrogate(name.replace("-", " "), "PERSON", "de_DE").replace(" ", "-")
    assert sur.surrogate(value, "ORGANIZATION", "de_DE") == person + kind


@pytest.mark.parametrize("value", ["Hauptschule", "Schule", "Müller-Lüdenscheidt", "Anne-Frank"])
def test_other_hyphenated_names_are_no_named_institution(value: str) -> None:
    assert split_named(value) is None


@pytest.mark.parametrize(
    ("value", "kind", "name"),
    [
        ("Kanzlei Weidenfeller", "Kanzlei ", "Weidenfeller"),  # became "Misicher Dietz"
        ("Zahnarztpraxis Dr. Vogt", "Zahnarztpraxis ", "Dr. Vogt"),
        ("Praxis Dr. med. Jens Vogt", "Praxis ", "Dr. med. Jens Vogt"),
        ("Notariat Schulze-Berg", "Notariat ", "Schulze-Berg"),
        ("Autohaus Meyer", "Autohaus ", "Meyer"),
        ("Bäckerei Schmidt", "Bäckerei ", "Schmidt"),
    ],
)
def test_a_practice_or_law_firm_keeps_its_kind_and_its_holder_a_persons_surrogate(
    sur: Surrogates, value: str, kind: str, name: str
) -> None:
    assert split_named(value) == (kind, name, "")
    # the holder's surrogate is the one "Herr Weidenfeller" gets: a family name
    person = sur.surrogate(name, "PERSON", "de_DE", sur.name_roles([("Herr ", name)], "de_DE"))
    assert sur.surrogate(value, "ORGANIZATION", "de_DE") == kind + person
    # with the firm's other members kept as a legal form is
    firm = sur.surrogate(value + " & Kollegen", "ORGANIZATION", "de_DE")
    assert firm == kind + person + " & Kollegen"


@pytest.mark.parametrize(
    ("value", "before", "name", "after"),
    [
        ("Brandes Haustechnik", "", "Brandes", " Haustechnik"),  # became "Junitz Ritter"
        ("Fa. Brandes Haustechnik", "Fa. ", "Brandes", " Haustechnik"),
        ("Meyer Elektrotechnik", "", "Meyer", " Elektrotechnik"),
        ("Thalhammer Bau", "", "Thalhammer", " Bau"),
    ],
)
def test_a_trade_business_keeps_its_trade_and_its_owner_a_persons_surrogate(
    sur: Surrogates, value: str, before: str, name: str, after: str
) -> None:
    assert split_named(value) == (before, name, after)
    # the owner's surrogate is the one "Herr Brandes" gets: a family name
    person = sur.surrogate(name, "PERSON", "de_DE", sur.name_roles([("Herr ", name)], "de_DE"))
    assert (
        sur.surrogate(value + " GmbH", "ORGANIZATION", "de_DE") == before + person + after + " GmbH"
    )


def test_a_venue_in_chat_text_keeps_its_kind_in_lower_case(sur: Surrogates) -> None:
    out = sur.surrogate("brixton branch", "LOCATION", "en_GB")  # became "mazon"
    assert out.endswith(" branch") and out.islower() and "brixton" not in out, out


@pytest.mark.parametrize(
    ("text", "subject", "kept"),
    [
        # "Innere Medizin" became "Innere Misicher", "School of Medicine" "School of Espinoza"
        ("in der Klinik für Innere Medizin am Klinikum", "Medizin", []),
        ("School of Medicine at the University of Bristol", "Medicine", []),
        ("Department of Computer Science, University of York", "Computer Science", []),
        ("Lehrstuhl für Müller ist toll", "Müller", ["Müller"]),  # the sentence goes on
        ("Gruß an Medizin-Max", "Medizin-Max", ["Medizin-Max"]),  # no unit before it
    ],
)
def test_a_units_subject_is_no_name(text: str, subject: str, kept: list[str]) -> None:
    at = text.index(subject)
    spans = [Entity(at, at + len(subject), "ORGANIZATION", 0.9, "model")]
    assert [text[e.start : e.end] for e in without_unit_subjects(text, spans)] == kept


def test_a_person_after_a_unit_stays() -> None:
    text = "(Zentrum für Lernforschung Maria Becker) lädt ein"
    at = text.index("Maria")
    spans = [Entity(at, at + len("Maria Becker"), "PERSON", 0.9, "model")]
    assert without_unit_subjects(text, spans) == spans
