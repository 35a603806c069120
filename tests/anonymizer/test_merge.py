import pytest

from anonymizer.detect.merge import merge_entities
from anonymizer.detect.onnx import _emit
from anonymizer.detect.spans import drop_leading_function_word, drop_leading_label, trim_span
from anonymizer.schema import Entity


def texts(text, ents):
    return [(text[e.start : e.end], e.label, e.source) for e in ents]


def test_fragments_of_a_name_are_joined():
    text = "Danke, Jonas Müller-Lüdenscheidt!"
    model = [
        Entity(7, 12, "PERSON", 0.9),
        Entity(13, 19, "PERSON", 0.8),
        Entity(20, 32, "PERSON", 0.7),
    ]
    assert texts(text, merge_entities(text, model)) == [
        ("Jonas Müller-Lüdenscheidt", "PERSON", "model")
    ]


def test_names_separated_by_comma_stay_apart():
    text = "Anna, Ben"
    out = merge_entities(text, [Entity(0, 4, "PERSON"), Entity(6, 9, "PERSON")])
    assert len(out) == 2


def test_address_parts_join_across_comma():
    text = "Hauptstr. 5, 10115 Berlin"
    out = merge_entities(
        text, [Entity(0, 11, "ADDRESS", 0.85, "pattern")], [Entity(13, 25, "ADDRESS", 0.9)]
    )
    assert texts(text, out) == [(text, "ADDRESS", "pattern")]


@pytest.mark.parametrize(
    ("text", "day", "date", "joined"),
    [
        ("vom 3. bis 7. Juni 2025 im Hotel", "3", "7. Juni 2025", "3. bis 7. Juni 2025"),
        ("from 3 to 7 June, then", "3", "7 June", "3 to 7 June"),
        ("am 3. und 7. Juni", "3", "7. Juni", None),  # two dates, no range
    ],
)
def test_a_day_alone_joins_the_date_that_ends_its_range(text, day, date, joined):
    a, b = text.index(day), text.index(date)
    ents = [Entity(a, a + len(day), "DATE", 0.9), Entity(b, b + len(date), "DATE", 0.9)]
    out = texts(text, merge_entities(text, ents))
    assert out == (
        [(joined, "DATE", "model")] if joined else [(day, "DATE", "model"), (date, "DATE", "model")]
    )


def test_a_location_next_to_an_address_joins_it():
    text = "at The Old Rectory, Church Lane, Snoring NR21 0AB, in Norfolk. Berlin: Hauptstr. 5"

    def at(value: str, label: str, score: float = 0.9, source: str = "model") -> Entity:
        return Entity(text.index(value), text.index(value) + len(value), label, score, source)

    loc = [at("The Old Rectory, Church Lane", "LOCATION"), at("Norfolk", "LOCATION")]
    loc.append(at("Berlin", "LOCATION"))
    addr = [at("Snoring NR21 0AB", "ADDRESS", 0.95, "pattern"), at("Hauptstr. 5", "ADDRESS")]
    assert texts(text, merge_entities(text, loc, addr)) == [
        ("The Old Rectory, Church Lane, Snoring NR21 0AB", "ADDRESS", "pattern"),
        ("Norfolk", "LOCATION", "model"),  # ", in " between: a place, not part of the address
        ("Berlin", "LOCATION", "model"),  # a colon between
        ("Hauptstr. 5", "ADDRESS", "model"),
    ]


def test_validated_pattern_wins_and_model_remainder_is_kept():
    text = "Jonas Müller jonas@x.de"
    model = [Entity(0, 23, "PERSON", 0.99)]
    pats = [Entity(13, 23, "EMAIL", 1.0, "pattern")]
    assert texts(text, merge_entities(text, model, pats)) == [
        ("Jonas Müller", "PERSON", "model"),
        ("jonas@x.de", "EMAIL", "pattern"),
    ]


def test_no_overlaps_and_every_flagged_char_covered():
    text = "Ruf 0171 2345678 oder Kundennr 0171 an"
    ents = [
        Entity(4, 16, "PHONE", 0.95, "pattern"),
        Entity(0, 8, "ORGANIZATION", 0.6),
        Entity(10, 35, "ID", 0.7, "pattern"),
        Entity(31, 38, "LOCATION", 0.55),
    ]
    out = merge_entities(text, ents)
    for a, b in zip(out, out[1:]):
        assert a.end <= b.start
    covered = {i for e in out for i in range(e.start, e.end)}
    flagged = {i for e in ents for i in range(e.start, e.end) if text[i].isalnum()}
    # but for the preposition closing the model's LOCATION "0171 an"
    assert flagged - covered == {text.rindex("an"), text.rindex("an") + 1}
    assert ("0171 2345678", "PHONE", "pattern") in texts(text, out)


def test_trim_keeps_abbreviation_dot():
    t = "(Jonas Müller),"
    assert trim_span(t, 0, len(t)) == (1, 13)
    assert trim_span("Hauptstr.", 0, 9) == (0, 9)
    assert trim_span("...", 0, 3) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("10045566 /", "10045566"),  # a separator after a value
        ("/ 0176-22334455", "0176-22334455"),  # and before one
        ("089/12345678", "089/12345678"),  # part of the value
        ("https://a.de/", "https://a.de/"),
    ],
)
def test_trim_drops_a_slash_only_where_whitespace_parts_it(text: str, kept: str) -> None:
    assert text[slice(*trim_span(text, 0, len(text)))] == kept


def test_trim_keeps_a_bracket_the_span_closes_or_opens():
    t = "call (214) 555-0147."
    assert t[slice(*trim_span(t, 4, len(t)))] == "(214) 555-0147"
    t = "Anna (geb. Roth)."
    assert t[slice(*trim_span(t, 0, len(t)))] == "Anna (geb. Roth)"
    t = "(Jonas Müller), "
    assert t[slice(*trim_span(t, 0, len(t)))] == "Jonas Müller"


def test_model_phone_inside_a_bracketed_pattern_phone_keeps_the_bracket():
    text = "call me at (214) 555-0147"
    pat = [Entity(11, 25, "PHONE", 0.95, "pattern")]
    model = [Entity(12, 25, "PHONE", 0.8)]
    assert [(text[e.start : e.end], e.label) for e in merge_entities(text, model, pat)] == [
        ("(214) 555-0147", "PHONE")
    ]


def test_location_inside_an_address_becomes_part_of_it():
    text = "wohnhaft in der Goethestr. 45, 45879 Gelsenkirchen."
    street = text.index("Goethestr.")
    model = [
        Entity(street, street + 10, "LOCATION", 0.95),
        Entity(text.index("Gelsenkirchen"), len(text) - 1, "LOCATION", 0.98),
    ]
    pats = [Entity(street, len(text) - 1, "ADDRESS", 0.85, "pattern")]
    assert texts(text, merge_entities(text, model, pats)) == [
        ("Goethestr. 45, 45879 Gelsenkirchen", "ADDRESS", "pattern")
    ]
    alone = [Entity(0, 8, "LOCATION", 0.9)]  # no address: a location stays a location
    assert merge_entities("Hannover ist schön", alone, [])[0].label == "LOCATION"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("of Thornton & Partners LLP", "Thornton & Partners LLP"),
        ("at 221B Baker Street", "221B Baker Street"),
        ("mit tobias", "tobias"),
        ("Am Kirchberg 3a", "Am Kirchberg 3a"),  # capitalised: the street's own word
        ("von Weizsäcker", "von Weizsäcker"),  # a name particle, not a preposition
        ("of", "of"),  # nothing after it: left as it is
        ("ofen Müller", "ofen Müller"),
    ],
)
def test_a_leading_lower_case_preposition_is_dropped(text: str, kept: str) -> None:
    assert text[drop_leading_function_word(text, 0, len(text)) :] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("BIC COBADEFFXXX", "COBADEFFXXX"),
        ("Hallo Anna", "Anna"),
        ("thanks Dave", "Dave"),
        ("Tel. 0171 2345678", "0171 2345678"),
        ("Straße des 17. Juni 5", "Straße des 17. Juni 5"),  # an address field opens streets
        ("Hallo", "Hallo"),  # nothing after it: left as it is
        ("Hallorenweg 3", "Hallorenweg 3"),
        ("Klingel Wagner", "Wagner"),  # "Klingel" became a given name, "Annette"
        ("FIN WVWZZZ1JZXW000001", "WVWZZZ1JZXW000001"),
    ],
)
def test_a_leading_greeting_or_contact_label_is_dropped(text: str, kept: str) -> None:
    assert text[drop_leading_label(text, 0, len(text)) :] == kept


def test_model_spans_drop_a_leading_preposition() -> None:
    text = "Contact my lawyer of Thornton & Partners LLP, please."
    out: list[Entity] = []
    _emit(out, text, [18, 44, "ORGANIZATION", 1.8, 2])
    assert [(text[e.start : e.end], e.label, e.score) for e in out] == [
        ("Thornton & Partners LLP", "ORGANIZATION", 0.9)
    ]


def _spans(text, *parts):
    return [Entity(text.index(w), text.index(w) + len(w), label, 0.9) for w, label in parts]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Mama von Finn und Ella.", [("Finn", "LOCATION"), ("Ella", "PERSON")]),
        (
            "Thanks to Ella, Finn and Tom!",
            [("Ella", "PERSON"), ("Finn", "ORGANIZATION"), ("Tom", "LOCATION")],
        ),
    ],
)
def test_a_first_name_coordinated_with_a_person_is_a_person(text, parts):
    out = merge_entities(text, _spans(text, *parts))
    assert [(w, label) for w, label, _ in texts(text, out)] == [(w, "PERSON") for w, _ in parts]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Flug nach Paris und Rom.", [("Paris", "LOCATION"), ("Rom", "LOCATION")]),
        ("Ella zog nach Paris.", [("Ella", "PERSON"), ("Paris", "LOCATION")]),
        ("Ella und Hamburg", [("Ella", "PERSON"), ("Hamburg", "LOCATION")]),
    ],
)
def test_places_stay_places_without_a_coordinated_first_name(text, parts):
    out = merge_entities(text, _spans(text, *parts))
    assert [(w, label) for w, label, _ in texts(text, out)] == parts


def test_a_validated_span_keeps_its_own_end_against_a_wider_model_span():
    text = r"From: <patrick.dubois@free.fr>\nSubject: Refund"
    email = text.index("patrick")
    pattern = Entity(email, email + len("patrick.dubois@free.fr"), "EMAIL", 1.0, "pattern")
    model = Entity(email, email + len("patrick.dubois@free.fr>\\"), "EMAIL", 0.9)
    out = merge_entities(text, [model], [pattern])
    assert [(text[e.start : e.end], e.source) for e in out] == [
        ("patrick.dubois@free.fr", "pattern")
    ]


def test_what_a_wider_model_span_adds_beyond_a_validated_one_stays_covered():
    text = "IBAN DE89 3704 0044 0532 0130 00 Kontoinhaber"
    iban = text.index("DE89")
    pattern = Entity(iban, iban + 27, "IBAN", 1.0, "pattern")
    model = Entity(iban, len(text), "IBAN", 0.6)
    out = merge_entities(text, [model], [pattern])
    assert [(text[e.start : e.end], e.label) for e in out] == [
        ("DE89 3704 0044 0532 0130 00 Kontoinhaber", "IBAN")
    ]


def test_a_field_label_a_model_number_span_takes_beyond_a_validated_one_is_dropped():
    # the model's IBAN "DE89... BIC" kept "BIC", whose surrogate read "QVB"
    text = "IBAN DE89370400440532013000 BIC COBADEFFXXX"
    iban = text.index("DE89")
    pattern = Entity(iban, iban + 22, "IBAN", 1.0, "pattern")
    model = Entity(iban, iban + 26, "IBAN", 0.77)
    out = merge_entities(text, [model], [pattern])
    assert [(text[e.start : e.end], e.label) for e in out] == [("DE89370400440532013000", "IBAN")]


def test_a_model_span_of_only_punctuation_is_no_entity():
    text = "web.de / 0176-22334455"
    out: list[Entity] = []
    _emit(out, text, [7, 8, "PHONE", 0.7, 1])
    assert out == []


@pytest.mark.parametrize(
    ("span", "kept"),
    [
        ("82, of 14 Rose Lane, Harrogate", "14 Rose Lane, Harrogate"),  # "82" became "20"
        ("45, aus Bielefeld", "Bielefeld"),
        ("12, rue de la Paix", "12, rue de la Paix"),  # a French address opens so
    ],
)
def test_an_age_before_a_home_opens_no_address(span: str, kept: str) -> None:
    text = f"my mother, Margaret Ellis, {span}."
    out: list[Entity] = []
    _emit(out, text, [text.index(span), text.index(span) + len(span), "ADDRESS", 0.9, 1])
    assert [text[e.start : e.end] for e in out] == [kept]


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Thanks. As Sarah mentioned, it works.", "As", False),  # "As Sarah": "Frank Jeanne"
        ("Als Anna anrief, war es zu spät.", "Als", False),
        ("Thanks to Ms As for the help", "As", True),  # no sentence opens there
    ],
)
def test_a_conjunction_opening_a_sentence_is_no_name(text: str, word: str, kept: bool) -> None:
    out: list[Entity] = []
    _emit(out, text, [text.index(word), text.index(word) + len(word), "PERSON", 0.9, 1])
    assert bool(out) is kept


def test_a_vouched_pattern_label_beats_the_model_on_the_same_extent():
    text = "my username is darkwolf_1987 ok"
    start, end = text.index("darkwolf"), text.index(" ok")
    model = [Entity(start, end, "ORGANIZATION", 0.99)]
    user = Entity(start, end, "ID", 0.9, "pattern")
    assert texts(text, merge_entities(text, model, [user])) == [("darkwolf_1987", "ID", "pattern")]
    # an unvouched pattern (a standalone id shape, 0.7) or another extent: the model stands
    weak = Entity(start, end, "ID", 0.7, "pattern")
    assert texts(text, merge_entities(text, model, [weak]))[0][1] == "ORGANIZATION"
    inner = Entity(start, start + 8, "ID", 0.9, "pattern")
    assert texts(text, merge_entities(text, model, [inner]))[0][1] == "ORGANIZATION"


def test_a_model_span_inside_a_vouched_pattern_of_another_label_gives_way():
    # the model read the plate's district as a company and the rest stayed a separate id
    text = "mit dem Kennzeichen M-AB 1234 hat"
    start, end = text.index("M-AB"), text.index(" hat")
    model = [Entity(start, start + 4, "ORGANIZATION", 0.93)]
    plate = Entity(start, end, "ID", 0.9, "pattern")
    assert texts(text, merge_entities(text, model, [plate])) == [("M-AB 1234", "ID", "pattern")]
    # a model span reaching past the pattern keeps its label where the score ranks it first
    wider = [Entity(start, end + 4, "ORGANIZATION", 0.93)]
    assert texts(text, merge_entities(text, wider, [plate]))[0][1] == "ORGANIZATION"


def test_patterns_and_merge_keep_a_plate_whole():
    from anonymizer.detect.patterns import PatternDetector

    text = "Der Fahrer mit dem Kennzeichen M-AB 1234 hat mein Auto beschädigt."
    start = text.index("M-AB")
    model = [Entity(start, start + 4, "ORGANIZATION", 0.93)]
    pats = PatternDetector().detect(text)
    assert texts(text, merge_entities(text, model, pats)) == [("M-AB 1234", "ID", "pattern")]


def test_a_merged_span_loses_the_conjunction_that_closes_it():
    # the model's "Seattle and" swallowed the "and": "in Purvis the cashier said"
    text = "at the Walmart in Seattle and the cashier Brenda said"
    start = text.index("Seattle")
    model = [Entity(start, start + len("Seattle and"), "LOCATION", 0.9)]
    assert texts(text, merge_entities(text, model)) == [("Seattle", "LOCATION", "model")]
    # fragments join first: "Müller und" + "Söhne" stay one company
    text = "bei Müller und Söhne bestellt"
    a, b = text.index("Müller"), text.index("Söhne")
    model = [Entity(a, b - 1, "ORGANIZATION", 0.9), Entity(b, b + 5, "ORGANIZATION", 0.9)]
    assert texts(text, merge_entities(text, model))[0][0] == "Müller und Söhne"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("anyone else? my order 7729-1184 vanished", "7729-1184"),
        ("Kundennummer 44718 ist falsch und so", "44718"),
        ("call 0151 2345678 never again", "0151 2345678"),
    ],
)
def test_a_number_loses_the_everyday_words_closing_it(text: str, value: str) -> None:
    # the model's ID "7729-1184 vanished": the surrogate replaced the word, "gheyesyd"
    start = text.index(value)
    label = "PHONE" if value.startswith("0151") else "ID"
    model = [Entity(start, len(text), label, 0.9)]
    assert texts(text, merge_entities(text, model)) == [(value, label, "model")]


def test_a_user_name_of_words_keeps_them() -> None:
    text = "my username is sunny day"
    start = text.index("sunny")
    model = [Entity(start, len(text), "ID", 0.9)]
    assert texts(text, merge_entities(text, model)) == [("sunny day", "ID", "model")]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Die Lieferung an Eimerring 30 war leider falsch.", "Eimerring 30"),
        ("an die Hafenallee 8/9,leider kam nichts an", "Hafenallee 8/9"),
        ("sent to 4 Park Road, London N7G 2FE,which was wrong", "4 Park Road, London N7G 2FE"),
    ],
)
def test_an_address_ends_before_the_sentence_it_ran_on_into(text: str, address: str) -> None:
    start = text.index(address)
    run_on = text.index(" ", start + len(address) + 2)
    model = [Entity(start, run_on, "ADDRESS", 0.9)]
    assert texts(text, merge_entities(text, model)) == [(address, "ADDRESS", "model")]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Gesendet: Montag, 4. November 2026 09:12",
            "4. November 2026",
            "Montag, 4. November 2026",
        ),
        ("am Di., den 12.11 kam keiner", "12.11", "Di., den 12.11"),
        ("on Tuesday the 12th November", "12th November", "Tuesday the 12th November"),
        ("ein Monteur 12.11", "12.11", "12.11"),  # no weekday
    ],
)
def test_a_date_grows_over_its_weekday(text: str, date: str, expected: str):
    # the weekday stayed beside the shifted date ("Montag, 8. November 2023") and told its offset
    start = text.index(date)
    out = merge_entities(text, [Entity(start, start + len(date), "DATE", 0.9, "pattern")])
    assert texts(text, out) == [(expected, "DATE", "pattern")]


def test_a_legal_form_after_a_comma_joins_its_company():
    # the model read "Acme" and "Inc" apart; "Inc" alone became a company of its own
    text = "I work for Acme, Inc. in Ohio"
    a, b = text.index("Acme"), text.index("Inc")
    model = [Entity(a, a + 4, "ORGANIZATION", 0.9), Entity(b, b + 3, "ORGANIZATION", 0.9)]
    assert texts(text, merge_entities(text, model))[0][:2] == ("Acme, Inc", "ORGANIZATION")
    # two companies in a list stay two
    text = "bei Aldi, Lidl und Rewe"
    spans = [
        Entity(text.index(w), text.index(w) + 4, "ORGANIZATION", 0.9) for w in ("Aldi", "Lidl")
    ]
    assert len(merge_entities(text, spans)) == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5/5 - Dr. Nguyen made my daughter feel comfortable.", "5/5"),  # became "7/11"
        ("I'd give them 4/5 stars, delivery was slow", "4/5"),
        ("Bewertung: 3,5/5 Sterne", "3,5/5"),
    ],
)
def test_a_rating_is_no_date(text: str, value: str) -> None:
    out: list[Entity] = []
    start = text.index(value)
    _emit(out, text, [start, start + len(value), "DATE", 0.8, 1])
    assert out == []


def test_a_date_of_the_same_shape_stays_a_date() -> None:
    text = "Delivered on 5/5, two days late."
    out: list[Entity] = []
    _emit(out, text, [13, 16, "DATE", 0.8, 1])
    assert [(text[e.start : e.end], e.label) for e in out] == [("5/5", "DATE")]


def test_a_model_number_span_without_digits_is_no_part_of_the_number():
    # the model read the Swiss "isch" before a phone number as phone; the surrogate dropped it
    text = "mini Nummer isch 079 123 45 67."
    model = [Entity(12, 16, "PHONE", 0.98), Entity(17, 30, "PHONE", 0.94)]
    pattern = [Entity(17, 30, "PHONE", 0.9, "pattern")]
    assert texts(text, merge_entities(text, model, pattern)) == [
        ("079 123 45 67", "PHONE", "pattern")
    ]
    spoken = "Ruf an: null eins sieben"  # digit words are a number's, whoever found them
    assert texts(spoken, merge_entities(spoken, [Entity(8, 24, "PHONE", 0.9)])) == [
        ("null eins sieben", "PHONE", "model")
    ]


@pytest.mark.parametrize("mark", ["i. A.", "i. V.", "I. A."])
def test_a_signing_mark_with_a_space_opens_no_name(mark):
    # the model's "A. Svenja" made the mark's "A." an initial, and "i. A." became "i. D."
    text = f"Grüße\n{mark} Svenja Rückert"
    start = text.index("Svenja") - 3
    assert text[drop_leading_label(text, start, len(text)) :] == "Svenja Rückert"
    assert drop_leading_label("A. Svenja", 0, 9) == 0  # no "i." before: an initial


def test_a_model_span_starting_inside_a_name_rules_person_starts_after_it() -> None:
    # the model's company "Weidenfeller, Kanzlei ..." took the surname, and one surrogate
    # replaced it all: "RA Dr. Rose Gnatz Gerlach."
    text = "an meinen Anwalt, RA Dr. Florian Weidenfeller, Kanzlei Weidenfeller & Kollegen, Bonn."
    first, last = text.index("Florian"), text.index("Weidenfeller")
    model = [
        Entity(text.index("Dr."), last - 1, "PERSON", 0.9),
        Entity(last, len(text) - 1, "ORGANIZATION", 0.95),
    ]
    pattern = [Entity(first, last + len("Weidenfeller"), "PERSON", 0.8, "pattern")]
    assert [(t, label) for t, label, _ in texts(text, merge_entities(text, model, pattern))] == [
        ("Dr. Florian Weidenfeller", "PERSON"),
        ("Kanzlei Weidenfeller & Kollegen, Bonn", "ORGANIZATION"),
    ]


def test_a_lone_preposition_left_of_a_model_span_past_a_name_rules_person_goes() -> None:
    # "Fenwick-Clarke of" left "of", which the firm's surrogate swallowed: "Ms. Alexandria
    # Browning-Leach Johnson-Jenkins Solicitors LLP"
    text = "my solicitor, Ms. Harriet Fenwick-Clarke of Fenwick Clarke Solicitors LLP, on"
    name, firm = text.index("Harriet"), text.index("Fenwick Clarke")
    model = [
        Entity(text.index("Fenwick-Clarke"), firm - 1, "ORGANIZATION", 0.9),
        Entity(firm, text.index(", on"), "ORGANIZATION", 0.9),
    ]
    pattern = [Entity(name, text.index(" of"), "PERSON", 0.8, "pattern")]
    assert [(t, label) for t, label, _ in texts(text, merge_entities(text, model, pattern))] == [
        ("Harriet Fenwick-Clarke", "PERSON"),
        ("Fenwick Clarke Solicitors LLP", "ORGANIZATION"),
    ]


def test_a_piece_cut_after_a_placed_span_loses_its_opening_preposition() -> None:
    text = "Ms. Harriet Fenwick-Clarke of Fenwick Clarke Solicitors LLP, on"
    model = [Entity(0, text.index(", on"), "ORGANIZATION", 0.7)]
    pattern = [Entity(text.index("Harriet"), text.index(" of"), "PERSON", 0.8, "pattern")]
    found = [(t, label) for t, label, _ in texts(text, merge_entities(text, model, pattern))]
    assert ("Fenwick Clarke Solicitors LLP", "ORGANIZATION") in found


def test_a_family_name_a_comma_and_a_given_name_are_one_person() -> None:
    # "Meier, Klaus" as a list or a form writes it: the model tagged two people
    text = "Kunde: Meier, Klaus | Tel"
    model = [Entity(7, 12, "PERSON", 0.9), Entity(14, 19, "PERSON", 0.9)]
    assert [(t, label) for t, label, _ in texts(text, merge_entities(text, model))] == [
        ("Meier, Klaus", "PERSON")
    ]
    text = "Grüße an Anna, Tom"  # two given names stay two people
    model = [Entity(9, 13, "PERSON", 0.9), Entity(15, 18, "PERSON", 0.9)]
    assert len(merge_entities(text, model)) == 2


def test_a_given_name_and_the_surname_opening_an_address_are_one_person() -> None:
    text = "bei mir (Thomas Brückner, Am Kirchplatz 2, 32545 Bad Oeynhausen)."
    given, start = text.index("Thomas"), text.index("Brückner")
    model = [
        Entity(given, given + 6, "PERSON", 0.9, "model"),
        Entity(start, text.index(")."), "ADDRESS", 0.9, "model"),
    ]
    out = [(text[e.start : e.end], e.label) for e in merge_entities(text, model)]
    assert out == [
        ("Thomas Brückner", "PERSON"),
        ("Am Kirchplatz 2, 32545 Bad Oeynhausen", "ADDRESS"),
    ]


def test_an_airline_name_with_its_title_leaves_no_company_over_it() -> None:
    # the model read "WILLIAMS/SARAH MRS" as a company; the title left over became "BPU"
    from anonymizer.detect.patterns_names_fields import find_airline_names

    text = "passenger name WILLIAMS/SARAH MRS, booking ref 7HGT2K"
    start, end = text.index("WILLIAMS"), text.index(",")
    model = [Entity(start, end, "ORGANIZATION", 0.42, "model")]
    pats = [
        Entity(s, e, label, score, "pattern") for s, e, label, score in find_airline_names(text)
    ]
    out = merge_entities(text, model, pats)
    assert [(text[e.start : e.end], e.label) for e in out] == [("WILLIAMS/SARAH MRS", "PERSON")]
