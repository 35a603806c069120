"""spans: the word lists that keep labels, greetings and conjunctions from being entities."""

from __future__ import annotations

import pytest

from anonymizer.detect.spans import is_lone_word


@pytest.mark.parametrize(
    "word", ["c/o", "C/O", "Hd.", "Attn", "PLZ/Ort", "Tel / Fax", "Festnetz", "Kennzeichen"]
)
def test_labels_and_care_of_words_are_lone_words(word: str) -> None:
    assert is_lone_word(word, 0, len(word))


@pytest.mark.parametrize("word", ["Erika", "c/o Erika", "Ort/Zeit", "Hauptstr."])
def test_names_and_other_words_are_not(word: str) -> None:
    assert not is_lone_word(word, 0, len(word))
