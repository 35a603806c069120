"""Passwords, PINs and one-time codes after their keyword, as ID.

Customers paste credentials into feedback ("mein Passwort war Sommer2024!", "PIN ist 4711",
"my password is hunter2 and it doesn't work"). A secret is no name, place or number a model
learns, but whoever reads it can log in as that person, so it is masked with the ids. Only the
word right after the keyword (and an optional "ist/lautet/war/is/was/to/auf" or ":"/"=", or
up to four words and a colon: "Wifi password on the card: Gu3st#2024") counts, and it must
look like a secret: after a PIN, PUK, TAN or a card's security code (CVC,
CVV, Prüfnummer) 3-8 digits; after a password
word a digit, a symbol or a capital letter inside it ("Passwort vergessen", "password is
wrong" and "Passwort-Reset" name none).

Example:
    >>> text = "Mein Passwort war Sommer2024! und die PIN ist 4711."
    >>> [text[s:e] for s, e, _, _ in find_secrets(text)]
    ['Sommer2024', '4711']
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, float]
SCORE = 0.9

_PASSWORD_WORDS = (
    r"passwort|kennwort|password|passwd|pwd|passcode|pass\s?code|zugangscode|access\s+code"
    r"|sicherheitscode|security\s+code|einmalcode|one[- ]time\s+code|wlan-schlüssel|wifi\s+key"
)
_PIN_WORDS = r"PIN|Pin|pin|PUK|TAN|OTP|(?i:cvc2?|cvv2?|cvn)|CID|(?i:kartenprüfnummer|prüfnummer)"
_LINK = (
    # up to four words of letters and a colon first: "password on the card: ...", "Passwort
    # fürs WLAN: ..."; no keyword among them ("password Geheim und PIN: 1234")
    rf"(?:(?:[ \t]+(?!(?:{_PASSWORD_WORDS}|{_PIN_WORDS})\b)[^\W\d_]{{1,20}}){{1,4}}[ \t]*[:=][ \t]*"
    r"|(?:\s+(?i:lautet|lautete|ist|war|is|was|lautet\s+jetzt|is\s+now|to|auf))?"
    r"(?:\s*[:=]\s*|\s+))"
)
_SECRET_RE = re.compile(
    rf"(?<![\w-])(?:(?P<pw>(?i:{_PASSWORD_WORDS}))|(?P<pin>{_PIN_WORDS})"
    rf"(?:[- ]?(?i:code|nummer|number))?){_LINK}"
    r"(?P<secret>[^\s(\[{\"'“„«</~][^\s<]{2,63})"  # not a path ("pwd: /home/jonas")
)
_TRAILING = ".,;:!?)\"'”’»"
_PIN_RE = re.compile(r"\d{3,8}")  # a card's security code has three or four digits


def find_secrets(text: str) -> list[Span]:
    """ID spans of the secret after each password, PIN, PUK or TAN keyword.

    >>> find_secrets("Passwort vergessen, PIN-Code bitte zurücksetzen")
    []
    """
    out: list[Span] = []
    for m in _SECRET_RE.finditer(text):
        start, end = m.span("secret")
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        value = text[start:end]
        if "://" in value or value.startswith("www."):
            continue  # "the password reset link: https://...", a URL's
        if m.group("pin") is not None:
            found = _PIN_RE.fullmatch(value) is not None
        else:
            found = len(value) >= 4 and _looks_secret(value)
        if found:
            out.append((start, end, "ID", SCORE))
    return out


def _looks_secret(value: str) -> bool:
    """A digit, a symbol, or a capital letter after the first: "hunter2", "P@ss", "geHeim"."""
    return any(c.isdigit() or not c.isalnum() for c in value) or any(c.isupper() for c in value[1:])
