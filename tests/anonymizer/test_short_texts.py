"""short_texts: a name the model guesses in a text of a few words, without context."""

from __future__ import annotations

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.short_texts import drop_context_free_names
from anonymizer.schema import Entity


def _kept(text: str, word: str, source: str = "model") -> list[str]:
    start = text.index(word)
    found = drop_context_free_names(text, [Entity(start, start + len(word), "PERSON", 0.9, source)])
    return [text[e.start : e.end] for e in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("gut", "gut"),
        ("Gerne wieder", "Gerne"),
        ("Zu teuer", "Zu teuer"),
        ("Freundlich!", "Freundlich"),
    ],
)
def test_an_everyday_word_alone_is_no_name(text: str, word: str) -> None:
    assert _kept(text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Schmidt", "Schmidt"),  # a listed name
        ("Grace", "Grace"),  # listed, though also a word
        ("Przybyszewski", "Przybyszewski"),  # no word list knows it
        ("thanks voldemort!", "voldemort"),  # a name subtitles use, less than everyday words
        ("danke sunny", "sunny"),  # after a word that introduces it: the model had context
        ("Sunny was great", "Sunny"),  # three words: a sentence, not an answer
        ("Das Essen war gut und die Bedienung auch", "gut"),  # context: the model's call
        ("gut", "gut"),  # a pattern span is no guess
    ],
)
def test_names_and_spans_with_context_stay(text: str, word: str) -> None:
    source = "pattern" if text == "gut" else "model"
    assert _kept(text, word, source) == [word]


def test_an_unknown_capitalised_word_beside_a_short_texts_name_joins_it() -> None:
    # "Okonkwo Chidi" in a name column: the model found "Okonkwo" and "Chidi" stayed readable
    assert _kept("Okonkwo Chidi", "Okonkwo") == ["Okonkwo Chidi"]
    assert _kept("Okonkwo gut", "Okonkwo") == ["Okonkwo"]
    assert _kept("Y'all Tobias", "Tobias") == ["Tobias"]  # an elision is no name
    # a closing or greeting is no name: "Gruß Lena" became "Hansjürgen Jüttner"
    for text in ("Gruß Lena", "Grüße Lena", "Moin Lena", "Cheers Lena"):
        assert _kept(text, "Lena") == ["Lena"]


@pytest.mark.parametrize("text", ["groß", "Schließlich", "weiß nicht"])
def test_an_everyday_word_with_a_sharp_s_is_one(text: str) -> None:
    # the lists hold "groß", which a case fold made "gross" and missed
    assert _kept(text, text) == []


def test_the_shipped_model_keeps_one_word_answers_and_names_apart() -> None:
    an = Anonymizer.load()
    answers = ["gut", "Toll", "schnell", "Gerne wieder"]
    assert [e for ents in an.detect_batch(answers) for e in ents if e.label == "PERSON"] == []
    assert [e.label for e in an.detect("Jonas Weber")] == ["PERSON"]
