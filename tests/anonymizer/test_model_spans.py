import pytest

from anonymizer.detect.model_spans import balanced_address, is_misread, trimmed_start


def _misread(text: str, value: str, label: str) -> bool:
    start = text.index(value)
    return is_misread(text, start, start + len(value), label)


@pytest.mark.parametrize("label", ["PHONE", "PERSON", "ID", "IP_ADDRESS"])
@pytest.mark.parametrize("value", ["09:16", "9:05", "18:03:22", "10:42 am", "14:30 Uhr"])
def test_a_clock_time_is_only_a_date(label: str, value: str) -> None:
    # a chat log's "[09:16]" was a PHONE, whose surrogate "08:99" is no time
    text = f"[{value}] agent: hello"
    assert _misread(text, value, label)
    assert not _misread(text, value, "DATE")


@pytest.mark.parametrize("value", ["24:10", "12:75", "0911 1234", "10:4"])
def test_what_is_no_clock_time_stays(value: str) -> None:
    assert not _misread(f"call {value} now", value, "PHONE")


@pytest.mark.parametrize(
    ("value", "misread"),
    [
        ("cc'd", True),  # "cc'd" was an EMAIL, whose surrogate "rabbott" replaced it
        ("complaints", True),
        ("anna@gmx.de", False),
        ("anna.koch", False),
        ("anna (at) gmx punkt de", False),
        ("anna bei gmx", False),
        ("jonas ät web", False),
    ],
)
def test_an_email_needs_an_at_sign_a_dot_or_their_words(value: str, misread: bool) -> None:
    assert _misread(f"I emailed {value} twice", value, "EMAIL") is misread


def test_a_word_holding_at_is_no_at_word() -> None:
    assert _misread("wrote to Kathleen today", "Kathleen", "EMAIL")


def test_an_age_before_a_home_is_left_out_of_a_place_only() -> None:
    text = "Margaret Ellis, 82, of 14 Rose Lane"
    start = text.index("82")
    assert text[trimmed_start(text, start, len(text), "ADDRESS") :] == "14 Rose Lane"
    assert trimmed_start(text, start, len(text), "PERSON") == start


@pytest.mark.parametrize(
    ("text", "value", "misread"),
    [
        ("Unser Kellner war unfreundlich", "Kellner", True),  # became "Unser Holt"
        ("meinem Mann geht es gut", "Mann", True),
        ("our cashier was rude", "cashier", True),
        ("Herr Kellner war unfreundlich", "Kellner", False),  # a surname after a title
        ("Der Kellner war unfreundlich", "Kellner", False),  # an article: maybe Mr Kellner
        ("Unser Jannik war unfreundlich", "Jannik", False),  # no role noun
        ("Unser Herr Kellner war da", "Kellner", False),  # a title between
    ],
)
def test_a_role_noun_after_a_possessive_is_no_name(text: str, value: str, misread: bool) -> None:
    start = text.rindex(value)
    assert is_misread(text, start, start + len(value), "PERSON") is misread


def test_the_i_of_a_signing_mark_is_no_name() -> None:
    text = "Grüße\ni. A. Dr. Sabine Krause"  # "i" was a PERSON: "t. A. Dr. Jean ..."
    start = text.index("i.")
    assert is_misread(text, start, start + 1, "PERSON")
    assert not is_misread("regards,\nm. young", 9, 10, "PERSON")  # a lower-case initial
    text = "i. V. Dr. Matthias Kühn, Prokurist"  # "V" was a PERSON: "i. M. Dr. ..."
    assert is_misread(text, 3, 4, "PERSON")
    assert not is_misread("Gez. V. Müller", 5, 6, "PERSON")  # an initial after "Gez."


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Geliefert an Heiligabend, perfekt.", "Heiligabend", "PERSON"),  # became "an Zimmer"
        ("Since Easter Monday no reply.", "Easter", "LOCATION"),  # "Kasilof Monday"
        ("Am Tag der Deutschen Einheit zu.", "Deutschen Einheit", "ORGANIZATION"),
        ("Wir waren über Silvester im Hotel.", "Silvester", "PERSON"),
        ("Bestellt am Nikolaustag.", "Nikolaustag", "ORGANIZATION"),
    ],
)
def test_a_holiday_names_no_one(text: str, value: str, label: str) -> None:
    assert _misread(text, value, label)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Frau Pfingsten hat angerufen.", "Pfingsten"),  # a surname after a title
        ("Mein Kollege Silvester Wagner kam.", "Silvester Wagner"),  # no preposition of time
        ("Das Lied von Nikolaus Harnoncourt.", "Nikolaus Harnoncourt"),  # reaches past it
    ],
)
def test_a_name_that_is_also_a_holiday_stays(text: str, value: str) -> None:
    assert not _misread(text, value, "PERSON")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seine Lieblinge, z. B. Frau Meike Rautenberg", "B"),  # became "z. F."
        ("Das heißt, d. h. Herr Weber kommt.", "d. h"),
        ("Vieles, u. a. die Rechnung", "a"),
        ("some, e. g. the manager", "g"),
    ],
)
def test_a_letter_of_an_abbreviation_is_no_name(text: str, value: str) -> None:
    assert _misread(text, value, "PERSON")


def test_a_span_opening_with_an_abbreviation_starts_after_it() -> None:
    text = "Z. B. Anna hat angerufen"
    start = text.index("B.")
    end = text.index(" hat")
    assert text[trimmed_start(text, start, end, "PERSON") : end] == "Anna"
    assert not _misread("Liz B. Weber kam", "B. Weber", "PERSON")


def test_a_cooperatives_legal_form_is_no_abbreviation() -> None:
    # a cooperative's "e.G." is part of its name, not "e.g."
    assert not _misread("die Wohnbaugenossenschaft Lindenhof e.G. baut", "e.G", "ORGANIZATION")


def test_a_capital_i_before_a_dotted_letter_is_an_initial() -> None:
    assert not is_misread("signed by I. A. Richards", 10, 11, "PERSON")


@pytest.mark.parametrize(
    ("text", "value", "label", "misread"),
    [
        ("Zählerstand 045123 kWh am 31.12.2025 abgelesen", "kWh", "ADDRESS", True),
        ("nur noch 20 GB Datenvolumen", "GB", "LOCATION", True),
        ("Die Wohnung hat 78 qm", "qm", "ADDRESS", True),
        ("We moved back to GB in 2019", "GB", "LOCATION", False),  # a country, no number before
        ("Hauptstraße 12 g", "g", "ADDRESS", False),  # a house number's letter
    ],
)
def test_a_unit_after_a_number_is_no_place(text: str, value: str, label: str, misread: bool):
    start = text.index(value, 1)
    assert is_misread(text, start, start + len(value), label) is misread


@pytest.mark.parametrize(
    ("text", "value", "label", "misread"),
    [
        ("für die Whg. 7 in der Gartenstraße", "Whg", "ORGANIZATION", True),  # became "Dobes."
        ("Zimmer 12 war dreckig", "Zimmer", "PERSON", True),
        ("Herr Zimmer war freundlich", "Zimmer", "PERSON", False),  # no number after it
        ("für die Whg. 7 in der Gartenstraße", "Whg", "ADDRESS", False),
    ],
)
def test_a_flats_word_before_its_number_is_no_name(text, value, label, misread) -> None:
    assert _misread(text, value, label) is misread


@pytest.mark.parametrize(
    ("text", "value", "label", "misread"),
    [
        ("Edit: Nach einem Anruf wurde es gelöst.", "Edit", "PERSON", True),
        ("Danke!\nEDIT: Problem gelöst.", "EDIT", "ORGANIZATION", True),
        ("Ich habe mit Edit: gesprochen", "Edit", "PERSON", False),  # not opening a line
    ],
)
def test_a_posts_label_opening_a_line_is_no_name(text, value, label, misread) -> None:
    assert _misread(text, value, label) is misread


@pytest.mark.parametrize(
    ("text", "value", "misread"),
    [
        ("showed us the Jewish quarter", "Jewish", True),  # became "the Lakehurst quarter"
        ("the Polish bakery on the corner", "Polish", True),
        ("a Vietnamese restaurant", "Vietnamese", True),
        ("we sailed the Irish Sea", "Irish", False),  # a name of a place goes on
        ("we moved to Danish", "Danish", False),  # no noun after it
    ],
)
def test_an_adjective_of_a_people_before_a_noun_is_no_place(text, value, misread) -> None:
    assert _misread(text, value, "LOCATION") is misread


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Schillerstr. 44 (3. Stock)", "Schillerstr. 44 (3", "Schillerstr. 44"),
        (
            "Hauptstraße 5 (Hinterhaus), 12345 Musterstadt",
            "Hinterhaus), 12345 Musterstadt",
            "12345 Musterstadt",
        ),
        ("Hauptstraße 5 (Hinterhaus)", "Hauptstraße 5 (Hinterhaus)", "Hauptstraße 5 (Hinterhaus)"),
    ],
)
def test_an_address_ends_before_a_bracket_it_leaves_open(text: str, value: str, kept: str) -> None:
    start = text.index(value)
    s, e = balanced_address(text, start, start + len(value))
    assert text[s:e] == kept


@pytest.mark.parametrize(
    ("text", "value", "label", "misread"),
    [
        ("Zählerstand 45.678 kWh, danke", "45.678", "ADDRESS", True),  # became "37.233 kWh"
        ("Lindenweg 45, 12345 Köln", "45", "ADDRESS", False),  # no unit after it
        ("abgeschleppt, Halter: Frank Wiesner.", "Halter", "PERSON", True),  # "Sieglinde:"
        ("Müller: Das Paket ist da.", "Müller", "PERSON", False),  # a listed surname speaks
        ("Abeni: Okay, danke.", "Abeni", "PERSON", False),  # no word of a word list
    ],
)
def test_a_quantity_and_a_field_label_are_no_entities(text, value, label, misread) -> None:
    assert _misread(text, value, label) is misread
