"""encodings: escapes, mojibake and decomposed letters read as meant, replaced like plain text."""

from __future__ import annotations

import unicodedata

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.encodings import compose, decode_escapes, fix_mojibake, read_garbled
from anonymizer.detect.markup import read_markup
from anonymizer.schema import Entity


def test_escapes_decode_with_the_offset_of_each_escape() -> None:
    text = r"J\u00f6rg \ud83d\ude00!"
    decoded, origin = decode_escapes(text)
    assert decoded == "Jörg \U0001f600!"
    assert list(origin) == [0, 1, 7, 8, 9, 10, 22, 23]


def test_a_lone_surrogate_and_a_path_stay() -> None:
    text = r"\ud83d und C:\Users\nina"
    assert decode_escapes(text) == (text, None)


@pytest.mark.parametrize(
    ("garbled", "meant"),
    [
        ("MÃ¼ller", "Müller"),
        ("GrÃ¼ÃŸe", "Grüße"),
        ("Itâ€™s", "It’s"),
        ("AyÅŸe", "Ayşe"),
        ("Â£20", "£20"),
        ("Ø±ÙŠÙ…", "ريم"),
    ],
)
def test_mojibake_is_read_back(garbled: str, meant: str) -> None:
    assert fix_mojibake(garbled)[0] == meant
    assert read_garbled(garbled) == meant


@pytest.mark.parametrize(
    "text", ["SÃO PAULO", "Ã la carte", "Müller", "naïve café", "„Spaß“", "»Fuß«", "ÄÖÜ…"]
)
def test_text_that_spells_no_utf8_sequence_stays(text: str) -> None:
    assert fix_mojibake(text) == (text, None)


def test_a_span_of_the_reading_covers_the_garbled_characters_whole() -> None:
    text = "Frau MÃ¼ller &amp; Herr Schr\\u00f6der"
    reading = read_markup(text)
    assert reading.view == "Frau Müller & Herr Schröder"
    spans = reading.to_text([Entity(5, 11, "PERSON"), Entity(19, 27, "PERSON")])
    assert [text[e.start : e.end] for e in spans] == ["MÃ¼ller", "Schr\\u00f6der"]


@pytest.fixture(scope="module")
def patterns_only() -> Anonymizer:
    return Anonymizer(bundle=None, key="encodings-test-key-0123456789")


def test_a_garbled_name_gets_the_surrogate_of_the_plain_name(patterns_only) -> None:
    plain = patterns_only.anonymize("Bitte an Frau Schröder weiterleiten.").text
    for garbled in (r"Frau Schr\u00f6der", "Frau SchrÃ¶der"):
        text = f"Bitte an {garbled} weiterleiten."
        found = [(text[e.start : e.end], e.label) for e in patterns_only.detect(text)]
        assert found == [(garbled[5:], "PERSON")]
        assert patterns_only.anonymize(text).text == plain


def test_decomposed_letters_are_composed_with_the_offset_of_each_letter() -> None:
    text = "Zoe\u0308 Mu\u0308ller"
    decoded, origin = compose(text)
    assert decoded == "Zoë Müller"
    assert list(origin) == [0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12]
    assert compose("Zoë") == ("Zoë", None)


def test_a_decomposed_text_is_replaced_as_the_composed_one(patterns_only) -> None:
    text = "Sehr geehrte Frau Müller, Herr Jörg Schröder hat angerufen."
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    found = [nfd[e.start : e.end] for e in patterns_only.detect(nfd)]
    assert [unicodedata.normalize("NFC", f) for f in found] == ["Müller", "Jörg Schröder"]
    assert patterns_only.anonymize(nfd).text == patterns_only.anonymize(text).text


def test_quoted_printable_characters_are_decoded_but_ascii_ones_stay() -> None:
    text = "Frau M=C3=BCller, a=3Db, Gr=C3=BC=C3=9Fe"
    decoded, origin = decode_escapes(text)
    assert decoded == "Frau Müller, a=3Db, Grüße"
    assert origin[decoded.index("ü")] == text.index("=C3")
    assert decode_escapes("=C3=28 x") == ("=C3=28 x", None)  # no UTF-8 sequence


def test_a_quoted_printable_name_gets_the_surrogate_of_the_plain_name(patterns_only) -> None:
    plain = patterns_only.anonymize("Sehr geehrte Frau Schröder, danke.").text
    assert patterns_only.anonymize("Sehr geehrte Frau Schr=C3=B6der, danke.").text == plain
