from anonymizer import Anonymizer
from anonymizer.detect.markup import read_markup
from anonymizer.detect.propagate import email_names, propagate_names
from anonymizer.schema import Entity


def spans(text, ents):
    return [(text[e.start : e.end], e.start, e.label, e.score) for e in ents]


def test_a_full_name_marks_its_other_mentions_with_its_score():
    text = "Jonas Müller war da. Jonas Müller war da. Jonas Müller."
    found = [Entity(0, 12, "PERSON", 0.8, "model"), Entity(21, 26, "PERSON", 0.9, "model")]
    assert spans(text, propagate_names(text, found)) == [
        ("Jonas Müller", 21, "PERSON", 0.8),
        ("Jonas Müller", 42, "PERSON", 0.8),
    ]


def test_single_words_other_labels_and_partial_words_are_not_propagated():
    text = "Wolf kam. Der Wolf. Acme Corp und Acme Corp. Anna Roth, Anna Rothe, anna roth."
    found = [
        Entity(0, 4, "PERSON", 0.9, "model"),  # one word: "Wolf" may be a word next time
        Entity(20, 29, "ORGANIZATION", 0.9, "model"),
        Entity(45, 54, "PERSON", 0.9, "model"),  # "Anna Roth": not inside "Anna Rothe"
    ]
    assert propagate_names(text, found) == []  # nor in another case ("anna roth")


def test_detect_covers_every_mention_of_a_found_name():
    text = "Jonas Müller schrieb, und Jonas Müller rief an."
    model = [[Entity(0, 12, "PERSON", 0.7, "model")]]  # the model missed the second mention
    merged = Anonymizer(None)._merge([read_markup(text)], model, [[]])[0]
    assert [(text[e.start : e.end], e.label) for e in merged] == [("Jonas Müller", "PERSON")] * 2


def test_a_name_that_starts_with_punctuation_is_found_too():
    text = "Gerard 't Hooft kam. Dann 't Hooft Gerard und 't Hooft Gerard."
    found = [Entity(26, 41, "PERSON", 0.6, "model")]  # "'t Hooft Gerard" (Dutch: 't Hooft)
    assert spans(text, propagate_names(text, found)) == [("'t Hooft Gerard", 46, "PERSON", 0.6)]


def test_an_email_address_that_spells_a_found_name_marks_its_other_words():
    text = 'From: "Weber, Julia" <julia.weber@gmx.net>'
    found = [
        Entity(text.index("Julia"), text.index("Julia") + 5, "PERSON", 0.9),
        Entity(text.index("julia."), len(text) - 1, "EMAIL", 0.95, "pattern"),
    ]
    out = email_names(text, found)
    assert [(text[e.start : e.end], e.label) for e in out] == [("Weber", "PERSON")]
    # umlauts written out in the address; a word inside the address itself is no mention
    text = "Gruß, Jörg. Kontakt: joerg.mueller@web.de. Müller ist mein Name."
    found = [
        Entity(6, 10, "PERSON", 0.9),
        Entity(text.index("joerg"), text.index("de. ") + 2, "EMAIL", 0.95, "pattern"),
    ]
    assert [text[e.start : e.end] for e in email_names(text, found)] == ["Müller"]


def test_a_lower_case_mention_counts_unless_it_is_an_everyday_word():
    # "tobias.brandt@web.de -- tobias hat geschrieben dass brandt ..." left "brandt"
    text = "tobias.brandt@web.de -- tobias sagt, brandt ist weg. julia.rose@web.de: julia, a rose"
    found = [
        Entity(0, 20, "EMAIL", 0.95, "pattern"),
        Entity(24, 30, "PERSON", 0.8, "pattern"),
        Entity(text.index("julia.rose"), text.index(": julia"), "EMAIL", 0.95, "pattern"),
        Entity(text.index("julia,"), text.index("julia,") + 5, "PERSON", 0.8, "pattern"),
    ]
    assert [text[e.start : e.end] for e in email_names(text, found)] == ["brandt"]


def test_an_email_address_that_spells_no_found_name_marks_nothing():
    text = "Infos: info@weber-bau.de, Weber Bau liefert."  # a company's address
    found = [Entity(7, 24, "EMAIL", 0.95, "pattern")]
    assert email_names(text, found) == []


def test_anonymize_replaces_the_surname_before_the_given_name_in_a_mail_header():
    out = Anonymizer(None, key="test-key-0123456789abcdef").anonymize(
        'From: "Weber, Julia" <julia.weber@gmx.net>\nHallo, ich bin Julia.'
    )
    assert "Weber" not in out.text and "weber" not in out.text
