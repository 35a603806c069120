"""casing.unshout: lines in capitals are lower-cased for the model, offsets unchanged."""

from __future__ import annotations

import pytest

from anonymizer.detect.casing import unshout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JONAS WEBER HAT MICH ANGERUFEN", "jonas weber hat mich angerufen"),
        ("Hallo,\nICH BIN SEHR SAUER!\nGruß", "Hallo,\nich bin sehr sauer!\nGruß"),  # one line
        ("MY NAME IS SARAH, CALL 0171 2345678", "my name is sarah, call 0171 2345678"),
    ],
)
def test_a_line_in_capitals_is_lower_cased(text: str, expected: str) -> None:
    assert unshout(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die IBAN von DHL ist DE89 3704 0044, bitte an UPS.",  # acronyms in a normal line
        "RE: IBAN",  # too few words in capitals
        "Jonas Weber hat mich angerufen",
        "",
    ],
)
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert unshout(text) == text


def test_every_offset_stays_where_it_was() -> None:
    text = "İSTANBUL UND STRAẞE SIND TOLL\nok"  # characters whose lower case differs in length
    out = unshout(text)
    assert len(out) == len(text) and out.endswith("\nok") and out.startswith("İ")
    assert out[1:] == text[1:].lower()
