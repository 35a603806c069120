"""patterns_names_roles: a family name right after a German role noun."""

from __future__ import annotations

import pytest

from anonymizer.detect.patterns_names_roles import find_role_surnames, find_trade_owners


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in find_role_surnames(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Gutachter Pfefferle kam nie.", "Pfefferle"),  # the model missed it
        ("Unser Vermieter Brandstätter reagiert nicht.", "Brandstätter"),
        ("Die Sachbearbeiterin Kowalczyk hat mir nicht geholfen.", "Kowalczyk"),
        ("Leider war Monteur Schwenkglenks unfreundlich.", "Schwenkglenks"),
        ("Ich habe dem Fahrer Pfefferle Bescheid gesagt.", "Pfefferle"),  # "Bescheid": a word
    ],
)
def test_an_unknown_word_after_a_role_noun_is_a_surname(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Mein Techniker Termin wurde verschoben.",  # a split compound: a German word
        "Ich habe dem Fahrer Bescheid gesagt.",  # a dative role's object: a German word
        "Der Filialleiter Berlin hat abgesagt.",  # a town
        "Der Techniker Jannik kam pünktlich.",  # a first name: the context rule's
        "The technician Pfefferle never came.",  # English text
        "Der techniker pfefferle kam nie.",  # lower case
    ],
)
def test_other_words_after_a_role_noun_are_no_surnames(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Bäckerei Schmitz in Kalk hat sonntags zu.", "Schmitz"),  # the model missed it
        ("Fliesen Kaiser hat schlecht verlegt.", "Kaiser"),  # a listed surname and a word
        ("Malerbetrieb Hans Weber war pünktlich.", "Hans Weber"),
        ("Der Schlüsseldienst Yildirim kam schnell.", "Yildirim"),
    ],
)
def test_the_owner_after_a_trade_business_is_a_person(text: str, name: str) -> None:
    assert [text[s:e] for s, e, _, _ in find_trade_owners(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Das Autohaus Köln hat zu.",  # a town
        "Immobilien Scout zeigt alte Anzeigen.",  # an everyday word
        "Die Bäckerei Sonnenschein ist neu.",  # a German word no list knows as a name
        "Die Bäckerei hat zu.",
        "KFZ MEISTER GMBH",  # capitals
    ],
)
def test_other_words_after_a_trade_are_no_owner(text: str) -> None:
    assert find_trade_owners(text) == []
