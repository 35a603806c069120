from __future__ import annotations

import pytest

from anonymizer.detect.patterns_names_fields import find_signed_names


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e, _label, _score in find_signed_names(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mit freundlichen Grüßen\ni.A. Kowalewski", ["Kowalewski"]),  # was left readable
        ("Grüße\ni. A. Dr. Sabine Krause-Oberländer\nEinkauf", ["Sabine Krause-Oberländer"]),
        ("MfG, i.V. Thomas Brandt (Vertrieb)", ["Thomas Brandt"]),
        ("gez. Oyelaran", ["Oyelaran"]),
        ("ppa. Jens Olde, Prokurist", ["Jens Olde"]),
    ],
)
def test_a_name_after_a_signing_mark_is_one_listed_or_not(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Das macht i.A. Probleme bei Kunden.",  # "im Allgemeinen": the line goes on
        "i.A. Kundenservice",  # a department
        "i. A. Der Vorstand",  # a function word
        "Kai.A. Weber",  # no mark: a word before it
    ],
)
def test_no_name_where_the_mark_signs_nothing(text: str) -> None:
    assert _names(text) == []
