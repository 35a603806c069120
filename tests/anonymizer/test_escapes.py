"""escapes: line breaks and tabs written as escapes are white space for detection and stay."""

from __future__ import annotations

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.escapes import blank_escapes, escape_spans


@pytest.mark.parametrize(
    "text",
    [
        r"C:\Users\nina\Desktop",
        r"Ordner\neu\Bericht.docx",
        r"docs\notes\todo.txt",
        "\\\\server\\nina",
    ],
)
def test_a_path_keeps_its_backslashes(text: str) -> None:
    assert escape_spans(text) == []
    assert blank_escapes(text) == text


def test_escapes_become_white_space_of_their_length() -> None:
    text = r"Danke\r\nKlaus Berger\tKunde\nGrüße\nwww.example.de"
    out = blank_escapes(text)
    assert len(out) == len(text)
    assert out == "Danke \r \nKlaus Berger \tKunde \nGrüße \nwww.example.de"


@pytest.fixture(scope="module")
def patterns_only() -> Anonymizer:
    return Anonymizer(bundle=None, key="escapes-test-key-0123456789")


def _found(anon: Anonymizer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in anon.detect(text)]


def test_a_field_after_an_escaped_tab_is_found_without_the_escape(patterns_only) -> None:
    text = r"Name:\tJonas Weber\nKundennr.:\t88812345\n"
    assert _found(patterns_only, text) == [("Jonas Weber", "PERSON"), ("88812345", "ID")]
    out = patterns_only.anonymize(text).text
    assert out.count(r"\t") == 2 and out.count(r"\n") == 2
    assert "Weber" not in out and "88812345" not in out


def test_an_address_over_escaped_line_breaks_keeps_them(patterns_only) -> None:
    text = r"Bitte an: Musterstraße 5\r\n10115 Berlin\r\nDanke"
    out = patterns_only.anonymize(text).text
    assert out.count(r"\r\n") == 2 and "Musterstraße" not in out and "10115" not in out
    assert out.endswith(r"\r\nDanke")


def test_a_signature_after_an_escaped_line_break_is_read_as_one(patterns_only) -> None:
    text = r"Das war nichts.\nViele Grüße\nKerstin Wallmann"
    assert _found(patterns_only, text) == [("Kerstin Wallmann", "PERSON")]
    assert patterns_only.anonymize(text).text.startswith(r"Das war nichts.\nViele Grüße\n")


def test_a_name_in_escaped_quotes_is_found_and_the_quotes_stay(patterns_only) -> None:
    text = r"Mein Name ist \"Jonas Weber\"\nDanke"  # JSON inside a CSV field
    assert _found(patterns_only, text) == [("Jonas Weber", "PERSON")]
    out = patterns_only.anonymize(text).text
    assert out.startswith(r"Mein Name ist \"") and out.endswith(r"\"\nDanke") and "Weber" not in out
