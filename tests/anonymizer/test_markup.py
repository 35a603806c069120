"""markup: HTML tags blanked for detection, spans cut around them for replacement."""

from __future__ import annotations

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.markup import blank_tags, decode_references, outside_tags, read_markup
from anonymizer.schema import Entity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frau <b>Krüger</b>,<br>danke", "Frau    Krüger    ,    danke"),
        ('<p class="x">Hi</p>', "             Hi    "),
        ("<BR/>Jonas", "     Jonas"),
        ("Frau&nbsp;Krüger &amp; Co", "Frau&nbsp;Krüger &amp; Co"),  # references: decode_references
        # no tags: an address in angle brackets, an abbreviation, comparisons
        ("Von: Jonas <jonas@example.com>", "Von: Jonas <jonas@example.com>"),
        ("Siehe Handbuch <Anm.>", "Siehe Handbuch <Anm.>"),
        ("a < b und c > d", "a < b und c > d"),
    ],
)
def test_tags_become_spaces_of_the_same_length(text: str, expected: str) -> None:
    out = blank_tags(text)
    assert out == expected and len(out) == len(text)


def test_a_span_is_cut_around_the_tags_inside_it() -> None:
    text = "Jonas <i>Weber</i> und <br>"
    ents = outside_tags(text, [Entity(0, 14, "PERSON", 0.9), Entity(23, 27, "PERSON", 0.5)])
    assert [(text[e.start : e.end], e.label, e.score) for e in ents] == [
        ("Jonas", "PERSON", 0.9),
        ("Weber", "PERSON", 0.9),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J&ouml;rg M&uuml;ller", "Jörg Müller"),
        ("O&#39;Connor &amp; Ren&#xe9;e", "O'Connor & Renée"),
        ("Frau&nbsp;Krüger&#160;", "Frau Krüger "),  # white space references as plain spaces
        ("Grüße&#13;&#10;Jonas", "Grüße\r\nJonas"),  # but a line break stays one
        # not references: no semicolon, no such name, a bare ampersand
        ("AT&T, Q&A; &foo; &amp &", "AT&T, Q&A; &foo; &amp &"),
    ],
)
def test_character_references_are_decoded(text: str, expected: str) -> None:
    assert decode_references(text)[0] == expected


def test_spans_of_the_decoded_view_cover_whole_references_in_the_text() -> None:
    text = "Frau Sch&auml;fer &amp; K&ouml;ln"
    reading = read_markup(text)
    assert reading.view == "Frau Schäfer & Köln"
    spans = [Entity(5, 12, "PERSON"), Entity(8, 9, "PERSON"), Entity(15, 19, "LOCATION")]
    assert [text[e.start : e.end] for e in reading.to_text(spans)] == [
        "Sch&auml;fer",
        "&auml;",
        "K&ouml;ln",
    ]
    assert read_markup("Frau Krüger").origin is None  # nothing decoded: the same offsets


def test_invisible_characters_are_dropped_from_the_view() -> None:
    text = "Frau Mül\u00adler &amp; Kö\u200bln\ufeff"
    reading = read_markup(text)
    assert reading.view == "Frau Müller & Köln"
    spans = [Entity(5, 11, "PERSON"), Entity(14, 18, "LOCATION")]
    assert [text[e.start : e.end] for e in reading.to_text(spans)] == [
        "Mül\u00adler",
        "Kö\u200bln\ufeff",  # a dropped character right after a span goes with it
    ]


@pytest.fixture(scope="module")
def patterns_only() -> Anonymizer:
    return Anonymizer(bundle=None, key="markup-test-key-0123456789")


def test_a_name_between_tags_is_found_and_the_tags_are_kept(patterns_only) -> None:
    text = "<p>Sehr geehrte Frau <b>Krüger</b>,<br>mail: <i>k.krueger@example.de</i></p>"
    ents = patterns_only.detect(text)
    assert [(text[e.start : e.end], e.label) for e in ents] == [
        ("Krüger", "PERSON"),
        ("k.krueger@example.de", "EMAIL"),
    ]
    out = patterns_only.anonymize(text).text
    assert "Krüger" not in out and "krueger" not in out
    assert out.startswith("<p>Sehr geehrte Frau <b>") and out.endswith("</i></p>")
    assert out.count("<") == text.count("<")


def test_a_name_written_with_references_is_found_and_replaced_like_the_plain_name(
    patterns_only,
) -> None:
    text = "<p>Sehr geehrte Frau Sch&auml;fer,</p>"
    ents = patterns_only.detect(text)
    assert [(text[e.start : e.end], e.label) for e in ents] == [("Sch&auml;fer", "PERSON")]
    out = patterns_only.anonymize(text).text
    plain = patterns_only.anonymize("<p>Sehr geehrte Frau Schäfer,</p>").text
    assert out == plain and "Sch" not in out  # the same surrogate as the plain spelling


def test_replacements_in_a_text_with_markup_are_escaped() -> None:
    tags = Anonymizer(bundle=None, key="markup-test-key-0123456789", operators="tag")
    assert tags.anonymize("<p>Frau Krüger</p>").text == "<p>Frau &lt;PERSON_1&gt;</p>"
    # the same name with and without references: one tag, escaped
    text = "Herr M&uuml;ller und Herr Müller"
    assert tags.anonymize(text).text == "Herr &lt;PERSON_1&gt; und Herr &lt;PERSON_1&gt;"
    # plain text is no HTML: its tags stay as the operator wrote them
    assert tags.anonymize("Frau Krüger, a < b").text == "Frau <PERSON_1>, a < b"


def test_a_line_break_written_as_a_reference_stays_one(patterns_only) -> None:
    text = "Adresse: Lindenweg 7&#10;20095 Hamburg"  # one address over the line break
    out = patterns_only.anonymize(text).text
    assert "\n" not in out and out.count("&#10;") == 1 and "Lindenweg" not in out
