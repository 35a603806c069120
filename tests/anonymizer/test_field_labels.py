from __future__ import annotations

import pytest

from anonymizer.detect.field_labels import is_label
from anonymizer.detect.spans import drop_leading_label, is_lone_word


@pytest.mark.parametrize(
    "word",
    ["zählernummer", "gutscheinnummer", "gutschein-nr", "kd.nr", "zählernr", "vsnr", "iban"],
)
def test_a_numbers_label_is_one_listed_or_not(word: str) -> None:
    assert is_label(word)


@pytest.mark.parametrize("word", ["nummer", "nr", "henr", "bernr", "anna", "number"])
def test_words_that_only_end_alike_are_none(word: str) -> None:
    assert not is_label(word)


def test_a_number_label_leaves_the_models_id() -> None:
    text = "Zählernummer 1ESY1160512345"  # the label's surrogate was "Skcyjenoafdj"
    assert text[drop_leading_label(text, 0, len(text)) :] == "1ESY1160512345"
    assert is_lone_word("Gutscheinnummer:", 0, 15)
