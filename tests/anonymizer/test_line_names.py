"""line_names: a surname that ends a line right after a given name joins the name."""

from __future__ import annotations

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.line_names import surnames_ending_lines
from anonymizer.schema import Entity


def _widened(text: str, person: str, others: tuple[str, ...] = ()) -> list[str]:
    spans = [Entity(text.index(person), text.index(person) + len(person), "PERSON", 0.9)]
    spans += [Entity(text.index(o), text.index(o) + len(o), "ORGANIZATION", 0.9) for o in others]
    spans.sort(key=lambda e: e.start)
    return [text[e.start : e.end] for e in surnames_ending_lines(text, spans)]


@pytest.mark.parametrize(
    ("text", "person", "name"),
    [
        # the model found the given names of these signatures and left the surnames
        (
            "Von meinem iPhone gesendet\n\nJörg-Uwe Pfannenschmidt",
            "Jörg-Uwe",
            "Jörg-Uwe Pfannenschmidt",
        ),
        ("Kind regards\ni. A. Svenja Rückert-Ohm\n", "Svenja", "Svenja Rückert-Ohm"),
        ("Gruß, Tomasz Wiśniewski  \r\nEinkauf", "Tomasz", "Tomasz Wiśniewski"),
    ],
)
def test_a_surname_ending_the_line_joins_the_given_name(text: str, person: str, name: str) -> None:
    assert _widened(text, person) == [name]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Viele Grüße\nAnna Danke\n", "Anna"),  # an everyday word
        ("Best,\nDana SALES\n", "Dana"),  # capitals: a department
        ("Grüße von Anna Weber, Berlin\n", "Anna"),  # not the line's end
        ("Viele Grüße\nOkonkwo Chidi\n", "Okonkwo"),  # the span ends in no listed first name
        ("Mit Grüßen\nAnna Mobil\n", "Anna"),  # a contact label is no surname either
    ],
)
def test_other_words_at_the_line_end_stay_out(text: str, person: str) -> None:
    assert _widened(text, person) == [person]


def test_a_word_another_span_holds_stays_out() -> None:
    text = "Grüße\nAnna Siemens\n"
    assert _widened(text, "Anna", ("Siemens",)) == ["Anna", "Siemens"]


def test_the_signing_mark_and_the_surname_stay_apart_end_to_end() -> None:
    an = Anonymizer.load(key=b"test-key-line-names-0123456789")
    out = an.anonymize("Mit freundlichen Grüßen\ni. A. Svenja Rückert-Ohm").text
    # "A." became an initial ("i. D."), "Rückert-Ohm" was left
    assert out.startswith("Mit freundlichen Grüßen\ni. A. ") and "Rückert" not in out


def test_a_legal_form_at_the_line_end_makes_a_company() -> None:
    # "Wilson Inc" became one PERSON, where a legal form after a name makes a company
    an = Anonymizer.load(key=b"test-key-line-names-0123456789")
    text = "Regards,\nErika\nWilson Inc\n"
    assert [text[e.start : e.end] for e in an.detect(text) if e.label == "PERSON"] != ["Wilson Inc"]
    assert _widened(text, "Wilson") == ["Wilson"]
