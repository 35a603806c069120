"""spans: the word lists that keep labels, greetings and conjunctions from being entities."""

from __future__ import annotations

import pytest

from anonymizer.detect.spans import (
    drop_leading_label,
    drop_trailing_function_words,
    is_lone_word,
    trim_span,
)


@pytest.mark.parametrize(
    "word",
    [
        "c/o",
        "C/O",
        "Hd.",
        "Attn",
        "PLZ/Ort",
        "Tel / Fax",
        "Festnetz",
        "Kennzeichen",
        "Kd-Nr",
        "AHV-Nr",  # "AHV-Nr. 756.1234.5678.97": "AHV-Nr" became "Weimer"
        "Rg-Nr",
        "Mandantin",  # "meiner Mandantin" was a person
        "geb.",
        "Ministerin",  # "Sehr geehrte Frau Ministerin": an office, no name
        "President",
        "Instagram",  # "My Instagram is @..." became "My Chang is @..."
        "WhatsApp",
        "Filiale",  # "(Filiale Bonn)": "Filiale" became a surname
        "Store",  # "the Apple Store": "Store" became a town
        "Entgeltgruppe",  # a pay grade: "Entgeltgruppe E9" became a street
        "Eurer",  # "in Eurer Filiale in der Schildergasse": a place
        "Ihrem",
        "USD",  # "charges me in USD" became "in QXX", a place
        "S-Bahn",  # "mit der S-Bahn" became "mit der Darmstadt"
        "CHF",
        "Praxis",  # "Heyden, Praxis": a practice by its kind alone
        "billing",  # "Sarah from billing": "billing" became "gill", a person
        "Kundenservice",
        "Grundschule",  # "Grundschule am Rosenhügel": "Finsterwalde am ..."
        "DJ",  # "ruined by the DJ, Marcus Bell": "DJ" became "EWING"
    ],
)
def test_labels_and_care_of_words_are_lone_words(word: str) -> None:
    assert is_lone_word(word, 0, len(word))


def test_titles_alone_are_a_lone_word() -> None:
    text = "Herr Prof. Dr. Dr. h.c. Sigrun Wöllerstein"
    assert is_lone_word(text, 5, 23)  # "Prof. Dr. Dr. h.c."
    assert is_lone_word("Praxis Dres. Meier", 7, 11)  # "Dres": doctors, plural
    assert not is_lone_word(text, 5, 30) and not is_lone_word(text, 0, len(text))


@pytest.mark.parametrize(
    "word", ["Erika", "c/o Erika", "Ort/Zeit", "Hauptstr.", "Amtsgericht München", "Stock", "Vin"]
)
def test_names_and_other_words_are_not(word: str) -> None:
    assert not is_lone_word(word, 0, len(word))


def test_a_name_suffix_is_no_lone_word() -> None:
    # a model span of its own is often the rest of a name; a change of the word sets dropped it
    assert not is_lone_word("Jonas Weber III.", 12, 15)
    assert not is_lone_word("Papst Leo II", 10, 12)


def test_a_signature_contact_letter_before_its_number_is_a_lone_word() -> None:
    text = "T +49 40 123456-0 | M: 0171 2345678 | E jonas@example.com"
    for letter in ("T", "M", "E"):
        at = text.index(letter + " ") if letter != "M" else text.index("M:")
        assert is_lone_word(text, at, at + 1)
    assert not is_lone_word("T. Weber", 0, 1)  # an initial before a name
    assert not is_lone_word("Mr M", 3, 4)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Dipl.-Ing. Beate", "-Ing"),
        ("Dipl.-Kfm. Jens", "Kfm"),
        ("Ing. (FH) Karl", "FH"),
        # "Prof. Dr.-Ing. habil." became "Prof. Kabus.-Dehmel. kabus."
        ("Prof. Dr.-Ing. habil. Wolfram", "Prof. Dr.-Ing"),
        ("Prof. Dr.-Ing. habil. Wolfram", "habil"),
    ],
)
def test_a_part_of_a_german_degree_is_a_lone_word(text: str, part: str) -> None:
    # "Dipl.-Ing." became "Dipl.-Heinrich.", "Dipl.-Kfm." "Dipl.-Hayden.", "(FH)" "(LANGE)"
    at = text.index(part)
    assert is_lone_word(text, at, at + len(part))
    name = text.split()[-1]
    assert not is_lone_word(text, text.index(name), len(text))


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("in Seattle and the cashier", "Seattle and", "Seattle"),
        ("bei Müller und der andere", "Müller und der", "Müller"),
        ("the Hilton at the airport", "Hilton at the", "Hilton"),
        # a capitalised word follows: the words may join the rest of the name
        ("Bowman, Patel and Reed", "Bowman, Patel and", "Bowman, Patel and"),
        # name particles stay: a surname may end with one, and surrogates keep them
        ("Frau Dussen van hier", "Dussen van", "Dussen van"),
        ("Frankfurt am Main", "Frankfurt am Main", "Frankfurt am Main"),
    ],
)
def test_trailing_function_words_are_dropped(text: str, span: str, kept: str) -> None:
    start = text.index(span)
    end = drop_trailing_function_words(text, start, start + len(span))
    assert text[start:end] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Store Mönckebergstraße 👍👍", "Store Mönckebergstraße"),  # the town took the thumbs
        ("👉Anna❤️", "Anna"),  # a variation selector after the heart
        ("Tom 👍🏽", "Tom"),  # a skin tone
        ("Nivea®", "Nivea"),
        ("José", "José"),  # a combining accent ends the name: it stays
    ],
)
def test_symbols_at_the_edges_are_trimmed(text: str, kept: str) -> None:
    start, end = trim_span(text, 0, len(text))
    assert text[start:end] == kept


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("i. A. Dr. Sabine Krause", "Dr. Sabine Krause"),  # became "c. G. Dr. Jean ..."
        ("i.V. Thomas Brandt", "Thomas Brandt"),
        ("Ina Roth", "Ina Roth"),
        ("i. A.", "i. A."),  # nothing after the mark
    ],
)
def test_a_signing_mark_opening_a_span_is_left_out(text: str, rest: str) -> None:
    assert text[drop_leading_label(text, 0, len(text)) :] == rest


@pytest.mark.parametrize(
    ("text", "rest"), [("ganz Ottensen", "Ottensen"), ("ganzen Rheinland", "Rheinland")]
)
def test_whole_before_a_place_is_no_part_of_it(text: str, rest: str) -> None:
    # "in ganz Ottensen" became "in Saarbrücken": the model's LOCATION took "ganz"
    from anonymizer.detect.spans import drop_leading_function_word

    assert text[drop_leading_function_word(text, 0, len(text)) :] == rest


@pytest.mark.parametrize("word", ["MBBS", "FRCP", "MRCGP"])
def test_a_medical_degree_alone_is_no_entity(word: str) -> None:
    # "Dr. Marcus ... MBBS FRCP" made "MBBS" an organisation, "QFQP"
    assert is_lone_word(f"Smith {word}, Consultant", 6, 6 + len(word))
