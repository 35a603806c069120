import pytest

from anonymizer.lang import guess_lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ich habe leider keine Antwort bekommen.", "de"),
        ("I have not received an answer yet.", "en"),
        ("Herr Weber rief an", "de"),
        ("Frau Öztürk", "de"),
        ("Moin Jonas", "de"),
        ("Hallo Anna, Rückruf", "de"),
        ("Mr Smith called", "en"),
        ("Hello Jonas", "en"),
        ("Kind regards, Anna Schmidt", "en"),
        # contact lines and order talk without a function word
        ("Kontakt: m.oezdemir@web.de / 0176-22334455, erreichbar ab 18 Uhr", "de"),
        ("Contact: m.oz@gmail.com, reachable after 6pm", "en"),
        ("Rechnung 4711 fehlt", "de"),
        ("Invoice 4711 missing", "en"),
        # form fields
        ("Geburtsdatum 01.01.1980, Geburtsort Hamburg", "de"),
        ("Birthday 01/01/1980, birthplace Leeds", "en"),
        # an abbreviation's single letter is no article "a" ("i.A.": im Auftrag)
        ("i.A. Frank Mertens\nKundenbetreuung", "de"),
    ],
)
def test_short_messages_are_read_by_their_greeting_or_address(text, lang):
    assert guess_lang(text) == lang


def test_no_cue_gives_the_default():
    assert guess_lang("Anna Schmidt.") == "en"
    assert guess_lang("Anna Schmidt.", default="de") == "de"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Essen kalt, Kellner Marco unfreundlich.", "de"),
        ("Lieferzeit katastrophal, Fahrer unhöflich", "de"),
        ("Food cold, waiter Marco rude.", "en"),
        ("Delivery time awful, driver rude", "en"),
    ],
)
def test_a_text_without_cue_words_is_read_by_the_classifier(text, lang):
    assert guess_lang(text, default="xx") == lang


@pytest.mark.parametrize(
    "text",
    [
        "Versichertennummer A123456780, Krankenkasse AOK Bayern.",
        "Mitgliedsnummer B99812345 Beitrag zu hoch",
    ],
)
def test_a_letter_glued_to_digits_is_no_english_article(text: str) -> None:
    # the "A" of "A123456780" counted an English "a": the record got English surrogates
    assert guess_lang(text) == "de"
