import pytest

from anonymizer.detect.coordination import coordinated_names
from anonymizer.schema import Entity


def _found(text: str, persons: list[str]) -> list[tuple[str, str, str]]:
    spans = [Entity(text.index(w), text.index(w) + len(w), "PERSON", 0.9) for w in persons]
    return [(text[e.start : e.end], e.label, e.source) for e in coordinated_names(text, spans)]


@pytest.mark.parametrize(
    ("text", "person", "added"),
    [
        ("Kudos to the night shift, esp. Kwame and Bogdan!", "Bogdan", "Kwame"),
        ("Danke an Jelena und Mehmet aus dem Lager.", "Jelena", "Mehmet"),
        ("Ask for Priya & Tomasz at the desk", "Priya", "Tomasz"),
    ],
)
def test_an_uncovered_first_name_joined_to_a_person_by_a_conjunction_is_added(text, person, added):
    found = _found(text, [person])
    assert (added, "PERSON", "pattern") in found
    assert (person, "PERSON", "model") in found


def test_names_are_added_along_a_chain_of_conjunctions() -> None:
    text = "Grüße an Ama und Kwame und Bogdan"
    assert [w for w, _, _ in _found(text, ["Bogdan"])] == ["Ama", "Kwame", "Bogdan"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Danke, Anna", "Anna"),  # a comma alone joins a greeting, not two names
        ("Anna and Berlin were great", "Anna"),  # not a listed first name
        ("Thanks and Anna says hi", "Anna"),  # a closing word, no name
        ("Anna und sie kamen", "Anna"),  # lower case
    ],
)
def test_no_name_is_added_without_a_conjunction_and_a_listed_first_name(text, person):
    assert _found(text, [person]) == [(person, "PERSON", "model")]


def _labelled(text: str, parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    spans = [Entity(text.index(w), text.index(w) + len(w), label, 0.9) for w, label in parts]
    return [(text[e.start : e.end], e.label) for e in coordinated_names(text, spans)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "registered to Eleanor Whitmore, DOB",
            [("Eleanor", "PERSON"), ("Whitmore", "ORGANIZATION")],
        ),
        (
            "Werbung an Heinz-Werner Schäfer",
            [("Heinz-Werner", "ORGANIZATION"), ("Schäfer", "PERSON")],
        ),
        ("Grüße an Lena Kowalczyk", [("Lena", "PERSON"), ("Kowalczyk", "LOCATION")]),
        # an address: its surrogate read "Gräfenhainichener"
        (
            "Kontakt: Dipl.-Ing. Hans-Jürgen Oberhäuser, Tel.",
            [("Hans-Jürgen", "PERSON"), ("Oberhäuser", "ADDRESS")],
        ),
        # an Irish particle ends the PERSON: "Ó Súilleabháin" became "Ó Williamsville"
        (
            "Thanks to Pádraig Ó Súilleabháin in Galway",
            [("Pádraig Ó", "PERSON"), ("Súilleabháin", "LOCATION")],
        ),
    ],
)
def test_a_word_one_space_beside_a_first_name_is_the_rest_of_the_name(text, parts):
    assert _labelled(text, parts) == [(w, "PERSON") for w, _ in parts]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Eleanor, Whitmore Ltd", [("Eleanor", "PERSON"), ("Whitmore", "ORGANIZATION")]),
        ("Anna DHL", [("Anna", "PERSON"), ("DHL", "ORGANIZATION")]),  # capitals: an acronym
        ("Bella Ltd", [("Bella", "PERSON"), ("Ltd", "ORGANIZATION")]),  # a legal form
        ("Schmidt Berlin", [("Schmidt", "PERSON"), ("Berlin", "LOCATION")]),  # no first name
        ("Berlin Schmidt", [("Berlin", "LOCATION"), ("Schmidt", "PERSON")]),
        ("bei Anna Hauptstraße", [("Anna", "PERSON"), ("Hauptstraße", "ADDRESS")]),  # a street
    ],
)
def test_places_and_companies_beside_other_names_stay(text, parts):
    assert _labelled(text, parts) == parts


def test_a_first_name_a_name_rule_found_is_a_person_whatever_the_model_said():
    text = "the receptionist Agnieszka upgraded us; Paris was lovely"
    spans = [
        Entity(17, 26, "ORGANIZATION", 0.95),
        Entity(17, 26, "PERSON", 0.8, "pattern"),
        Entity(40, 45, "LOCATION", 0.9),
    ]
    out = [(text[e.start : e.end], e.label) for e in coordinated_names(text, spans)]
    assert out == [("Agnieszka", "PERSON"), ("Agnieszka", "PERSON"), ("Paris", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "parts", "nickname"),
    [
        ("Regards, Mohammed (Mo) Al-Rashid", ["Mohammed", "Al-Rashid"], "Mo"),
        ("Kollegin Katharina „Kathi“ Müller", ["Katharina", "Müller"], "Kathi"),
    ],
)
def test_a_nickname_between_given_and_family_name_is_a_person(text, parts, nickname):
    # "(Mo)" stayed readable between the replaced names
    found = _labelled(text, [(w, "PERSON") for w in parts])
    assert (nickname, "PERSON") in found


def test_a_bracketed_word_beside_one_name_only_is_left() -> None:
    text = "Danke an Mohammed (Kundenservice) für die Hilfe"
    assert _labelled(text, [("Mohammed", "PERSON")]) == [("Mohammed", "PERSON")]


def _labels(text: str, span: str, label: str = "ORGANIZATION") -> list[tuple[str, str]]:
    start = text.index(span)
    found = coordinated_names(text, [Entity(start, start + len(span), label, 0.9, "model")])
    return [(text[e.start : e.end], e.label) for e in found]


@pytest.mark.parametrize(
    ("text", "span", "names"),
    [
        # "Danke an Jelena & Mehmet" became "Danke an Hövel Hellwig": one company
        ("the flat hosted by anna & meera in town", "anna & meera", ["anna", "meera"]),
        ("Danke an Jelena und Mehmet!", "Jelena und Mehmet", ["Jelena", "Mehmet"]),
        ("Ask for Priya&Tomasz", "Priya&Tomasz", ["Priya", "Tomasz"]),
    ],
)
def test_a_place_or_firm_of_two_first_names_is_two_people(text, span, names) -> None:
    assert _labels(text, span) == [(n, "PERSON") for n in names]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ice cream at Ben & Jerry's", "Ben & Jerry"),  # a possessive: a brand
        ("Bought at Henry & Sons", "Henry & Sons"),  # not two first names
        ("Ein Brief von Martin and Brady", "Martin and Brady"),  # first names and surnames both
        ("we love will & grace", "will & grace"),  # lower-case names that are words
        ("Leben in Brandenburg", "Brandenburg"),  # "and" inside a word
    ],
)
def test_a_brand_firm_or_place_with_a_conjunction_stays(text: str, span: str) -> None:
    assert _labels(text, span) == [(span, "ORGANIZATION")]


def test_two_spans_of_first_names_side_by_side_are_two_people() -> None:
    # the model read "Lena" as a town and "& Sarah" as a company
    text = "Großes Lob an Lena & Sarah vom Team"
    spans = [Entity(14, 18, "LOCATION", 0.9, "model"), Entity(19, 26, "ORGANIZATION", 0.9, "model")]
    found = coordinated_names(text, spans)
    assert [(text[e.start : e.end], e.label) for e in found] == [
        ("Lena", "PERSON"),
        ("Sarah", "PERSON"),
    ]


def test_a_couple_with_one_family_name_is_two_people() -> None:
    # "Resi & Sepp Huber" was one company, whose surrogate was one surname
    assert _labels("Gruß aus dem Allgäu, Resi & Sepp Huber", "Resi & Sepp Huber") == [
        ("Resi", "PERSON"),
        ("Sepp Huber", "PERSON"),
    ]
    text = "Bei Anna & Maria GmbH gekauft"  # a legal form where the family name would be
    assert _labels(text, "Anna & Maria GmbH") == [("Anna & Maria GmbH", "ORGANIZATION")]


@pytest.mark.parametrize(
    ("text", "person", "name"),
    [
        ("Viele Grüße, Ihr Xaver Brandlhuber", "Brandlhuber", "Xaver Brandlhuber"),
        ("Ask for Anna Maria Huber", "Maria Huber", "Anna Maria Huber"),
        ("Hope Nwosu handled my complaint", "Nwosu", "Hope Nwosu"),  # an everyday word too
        ("An: 'Meier, Klaus' <k.meier@t-online.de>", "Klaus", "Meier, Klaus"),  # family first
    ],
)
def test_a_listed_first_name_right_before_a_person_starts_it(text, person, name) -> None:
    # "Ihr Xaver Brandlhuber": the model found the surname alone, "Xaver" stayed
    assert [w for w, _, _ in _found(text, [person])] == [name]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Liebe Frau Brandlhuber", "Brandlhuber"),
        ("Grüße an Anna, Tom", "Tom"),  # a list of given names
        ("Danke, Klaus", "Klaus"),
        ("Im Juni Brandlhuber", "Brandlhuber"),  # a month
        ("Thanks for the call. Best, Tom", "Tom"),  # a closing, a listed surname too
    ],
)
def test_no_word_but_a_listed_first_name_joins_a_person(text, person) -> None:
    assert [w for w, _, _ in _found(text, [person])] == [person]
