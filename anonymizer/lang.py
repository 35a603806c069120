"""A German/English guess used to pick a document's surrogate locale when none is set.

Cue words (function words, greetings, contact and order talk) decide fast; a text with no more
cues of one language than of the other and at least `_MIN_WORDS` plain words goes to CLD2 (pycld2,
a compact n-gram classifier), read for German or English ("Essen kalt, Kellner Marco
unfreundlich" has no cue word and got English surrogates).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycld2

LOCALES = {"de": "de_DE", "en": "en_US"}

_DE = frozenset(
    "und der die das ist nicht ich sie wir ein eine mit auf für bei mein meine ihr ihre wurde "
    "haben habe hat war sehr aber auch noch nach vom zum zur dass den dem des bitte danke leider "
    "keine kein mir mich uns sich wie wenn oder seit schon immer "
    # greetings and forms of address: often the only cue in a short message
    "herr herrn frau hallo moin servus tschüss grüße gruß liebe lieber geehrte geehrter "
    "vielen mfg lg "
    # contact lines and order talk: the cues of a short message with no function word
    "ab uhr kontakt erreichbar heute gestern morgen paket bestellung rechnung lieferung "
    "ja nein "
    # form fields: "Geburtsdatum 01.01.1980, Geburtsort Hamburg" has no other cue
    "geburtsdatum geburtsort vorname nachname anschrift adresse straße wohnort".split()
)
# "an" is in neither list: an English article and a German preposition.
_EN = frozenset(
    "the and is not you we a with on for at my your was were have has had very but also "
    "still after from to that this please thanks thank unfortunately no me us it as if or since "
    "already always would could been without never now just about what why when there they "
    "she he our can "
    "hi hello dear regards mr mrs ms cheers kind best "
    "contact reachable today yesterday tomorrow order package invoice delivery yes "
    "birthday birthplace surname address street".split()
)
# Every cue word of either language: in lower case, never a name ("my name is my business").
CUE_WORDS = _DE | _EN
# A word; one letter before a dot is an abbreviation's ("i.A.", "z.B."), not the article "a",
# nor is one glued to digits: "Versichertennummer A123456780" counted an English "a".
_WORD = re.compile(r"[a-zäöüß]{2,}|(?<![a-zäöüß.\d])[a-zäöüß](?![a-zäöüß.\d])")
# Fewer plain words ("Anna Schmidt.", "Zorro jonas.weber@gmx.de") are too little for the
# classifier: the default. A plain word is all letters once its punctuation is stripped.
_MIN_WORDS = 3
_PUNCT = ".,;:!?()[]{}\"'«»„“”‚‘’-–—/"


def guess_lang(
    text: str, default: str = "en", sample: int = 2000, *, classifier: bool = True
) -> str:
    """'de' or 'en' from cue-word counts in the first `sample` characters; on a tie, from the
    classifier (`classifier=False`: the default).

    >>> guess_lang("Ich habe leider keine Antwort bekommen.")
    'de'
    >>> guess_lang("I have not received an answer yet.")
    'en'
    >>> guess_lang("Herr Weber rief an")  # a form of address is the only cue
    'de'
    >>> guess_lang("Kontakt: a.b@web.de, erreichbar ab 18 Uhr")
    'de'
    >>> guess_lang("Essen kalt, Kellner Marco unfreundlich.")  # no cue word: the classifier
    'de'
    """
    head = text[:sample].lower()
    words = _WORD.findall(head)
    de = sum(w in _DE for w in words) + 2 * sum(head.count(c) for c in "äöüß")
    en = sum(w in _EN for w in words)
    if de != en:
        return "de" if de > en else "en"
    if not classifier or sum(w.strip(_PUNCT).isalpha() for w in head.split()) < _MIN_WORDS:
        return default
    return classify(text[:sample]) or default


@lru_cache(maxsize=8)
def is_german(text: str) -> bool:
    """`guess_lang` without the classifier says 'de', for the pattern rules that ask it of one
    text in turn (cached: two rules ask it of the same text).

    >>> is_german("Der Techniker kam nie."), is_german("The technician never came.")
    (True, False)
    """
    return guess_lang(text, classifier=False) == "de"


def locale_for(text: str, locale: str) -> tuple[str | None, str]:
    """(guessed language or None, Faker locale) of `text` under `locale` ("auto": guessed).

    >>> locale_for("Ich habe leider nichts bekommen.", "auto"), locale_for("x", "en_GB")
    (('de', 'de_DE'), (None, 'en_GB'))
    """
    if locale != "auto":
        return None, locale
    lang = guess_lang(text)
    return lang, LOCALES[lang]


def classify(text: str) -> str | None:
    """'de' or 'en' by CLD2 (pycld2), the first of the two among its best guesses; None when
    it names neither or cannot read the text.

    >>> classify("Lieferzeit katastrophal, Fahrer unhöflich"), classify("Delivery awful")
    ('de', 'en')
    """
    try:
        _reliable, _bytes, guesses = pycld2.detect(text, bestEffort=True)
    except (pycld2.error, ValueError):  # a lone surrogate from a JSON escape, say
        return None
    return next((code for _name, code, _pct, _score in guesses if code in LOCALES), None)
