"""patterns_secrets: passwords, PINs and one-time codes after their keyword."""

from __future__ import annotations

import pytest

from anonymizer import Anonymizer
from anonymizer.detect.patterns_secrets import find_secrets


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Mein Passwort war Sommer2024! und die PIN ist 4711.", ["Sommer2024", "4711"]),
        ("my password is hunter2 and it does not work", ["hunter2"]),
        ("Kennwort: geHeim", ["geHeim"]),
        ("I changed my password to Tr0ub4dor&3 yesterday", ["Tr0ub4dor&3"]),
        ("PIN-Code: 123456, TAN 884422 kam nicht", ["123456", "884422"]),
        ("WLAN-Schlüssel: ABCD-1234-EFGH", ["ABCD-1234-EFGH"]),
        ("Karte 4111 1111 1111 1111, CVC 123", ["123"]),  # a card's security code
        ("card 4111-1111-1111-1111 exp 12/26 cvv 123", ["123"]),  # in lower case: it was left
        ("Kartenprüfnummer: 4567 bitte löschen", ["4567"]),
        # a few words and a colon between keyword and secret
        ("Wifi password on the card: Gu3st#2024", ["Gu3st#2024"]),
        ("Passwort fürs WLAN: Sonne!2024 danke", ["Sonne!2024"]),
        ("PIN der Karte: 4711", ["4711"]),
        ("mein Passwort Sommer2024 und die PIN: 4711", ["Sommer2024", "4711"]),
    ],
)
def test_a_secret_after_its_keyword_is_an_id(text: str, secrets: list[str]) -> None:
    spans = find_secrets(text)
    assert [text[s:e] for s, e, _, _ in spans] == secrets
    assert {label for _, _, label, _ in spans} == {"ID"}


@pytest.mark.parametrize(
    "text",
    [
        "Passwort vergessen, bitte zurücksetzen",
        "password is wrong",
        "Passwort-Reset klappt nicht",
        "my password (the new one) fails",
        "The password was changed 3 times",
        "pin it to the top",
        "PIN-Code bitte per Post",
        "a pin of 2",
        "CID 12",
        "$ pwd: /home/jonas/projects",  # a shell's working directory, not a password
        "password is wrong: please fix",
        "the password reset link: https://example.org/reset",  # a URL's, not a secret
    ],
)
def test_no_secret_without_one_after_the_keyword(text: str) -> None:
    assert find_secrets(text) == []


def test_a_secret_is_replaced_whole() -> None:
    anon = Anonymizer(bundle=None, key="secrets-test-key-0123456789")
    text = "Mein Passwort war Sommer2024! Bitte helfen."
    out = anon.anonymize(text).text
    assert "Sommer" not in out and "2024" not in out
    assert out.startswith("Mein Passwort war ") and out.endswith("! Bitte helfen.")
