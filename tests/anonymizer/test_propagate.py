from anonymizer import Anonymizer
from anonymizer.detect.markup import read_markup
from anonymizer.detect.propagate import propagate_names
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
    merged = Anonymizer._merge([read_markup(text)], model, [[]])[0]
    assert [(text[e.start : e.end], e.label) for e in merged] == [("Jonas Müller", "PERSON")] * 2


def test_a_name_that_starts_with_punctuation_is_found_too():
    text = "Gerard 't Hooft kam. Dann 't Hooft Gerard und 't Hooft Gerard."
    found = [Entity(26, 41, "PERSON", 0.6, "model")]  # "'t Hooft Gerard" (Dutch: 't Hooft)
    assert spans(text, propagate_names(text, found)) == [("'t Hooft Gerard", 46, "PERSON", 0.6)]
