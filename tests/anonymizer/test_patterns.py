"""PatternDetector: planted values per label (exact offsets), checksum failures, hard negatives."""

from __future__ import annotations

import pytest
from stdnum import iban, luhn

from anonymizer.detect.patterns import PatternDetector

IBAN_DE = "DE89370400440532013000"  # public test IBAN
IBAN_DE_GROUPED = "DE89 3704 0044 0532 0130 00"
CARD_VISA = "4111 1111 1111 1111"  # public test card


@pytest.fixture(scope="module")
def detector() -> PatternDetector:
    return PatternDetector()


def found(det: PatternDetector, text: str, label: str) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in det.detect(text) if e.label == label]


def at(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return (start, start + len(value))


def _with_iban_checksum(country: str, bban: str) -> str:
    """A valid IBAN for `bban` built with stdnum's mod-97 helper."""
    check = iban.calc_check_digits(country + "00" + bban)
    return country + check + bban


def _with_luhn(prefix: str) -> str:
    return prefix + luhn.calc_check_digit(prefix)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bitte schreiben Sie an max.mustermann@example.de.", "max.mustermann@example.de"),
        ("Contact me (jane_doe+shop@mail.example.co.uk) today", "jane_doe+shop@mail.example.co.uk"),
        # an apostrophe inside the local part (O'Neill), not one quoting the address
        ("I emailed sarah.o'neill@example.com twice", "sarah.o'neill@example.com"),
        ("Mail an 'k.weber@example.de' bitte", "k.weber@example.de"),
    ],
)
def test_email(detector: PatternDetector, text: str, value: str) -> None:
    assert found(detector, text, "EMAIL") == [at(text, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Antwort bitte an tine.kolb (at) gmx (punkt) de, danke", "tine.kolb (at) gmx (punkt) de"),
        ("Mail: r.aydin[at]t-online[dot]de", "r.aydin[at]t-online[dot]de"),
        ("write to lena dot marsh at fastmail dot com", "lena dot marsh at fastmail dot com"),
        ("reach me: okafor AT outlook DOT com", "okafor AT outlook DOT com"),
        ("Meine Adresse ist bernd_77 ät web.de.", "bernd_77 ät web.de"),
        ("Kontakt: info(at)baeckerei-sommer.de", "info(at)baeckerei-sommer.de"),
        ("ich: m punkt roth at posteo punkt de", "m punkt roth at posteo punkt de"),
        ("simple: gwen at gmx.de", "gwen at gmx.de"),
    ],
)
def test_obfuscated_email(detector: PatternDetector, text: str, value: str) -> None:
    assert found(detector, text, "EMAIL") == [at(text, value)]
    assert found(detector, text, "URL") == []  # the domain is part of the address


@pytest.mark.parametrize(
    "text",
    [
        "We ordered it at amazon.de and waited at home.",  # a bare "at" before a shop's domain
        "Look at the label: the dot at the corner was smudged.",
        "Treffpunkt at 5 pm, Punkt.",
        "Fragen @ 10 Uhr, Antwort per Post",
    ],
)
def test_obfuscated_email_negatives(detector: PatternDetector, text: str) -> None:
    assert found(detector, text, "EMAIL") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Danke @anna.k92! Super Service.", ["@anna.k92"]),
        ("thanks @jsmith_1987 and (@Max_M)", ["@jsmith_1987", "@Max_M"]),
        ("@all bitte lesen: Termin @5pm, 2 @ 5 EUR", []),
        ("Mail an info@beispiel.de, Profil https://medium.com/@writer", []),
        ("Folgt @user@mastodon.social", []),  # the e-mail-shaped part is an EMAIL
        # Venmo's hyphens ("@Jane" was an id and "Doe-12" left) and a Cash App "$cashtag"
        ("venmo @Jane-Doe-12 or Cash App $janedoe88", ["@Jane-Doe-12", "$janedoe88"]),
        ("it costs $100, ticker $AAPL, cash app: none", []),
        ("Steam: jana_gamer, Xbox gamertag: NightOwl77", ["jana_gamer", "NightOwl77"]),
        # a Reddit user after "u/" was left; a subreddit or a path is none
        ("Posted by u/throwaway_mike_ohio on r/CustomerService", ["throwaway_mike_ohio"]),
        ("see /u/Anna-K92. and menu/u/abc or u/ab", ["Anna-K92"]),
    ],
)
def test_social_media_handles_are_ids(detector: PatternDetector, text: str, values: list) -> None:
    handles = [(e.start, e.end) for e in detector.detect(text) if e.label == "ID"]
    assert handles == [at(text, v) for v in values]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Siehe https://example.com/agb?x=1.", "https://example.com/agb?x=1"),
        ("(mehr unter www.beispiel-shop.de/hilfe)", "www.beispiel-shop.de/hilfe"),
        ("Read the terms at example.de/agb, please.", "example.de/agb"),
        ("The wiki (https://en.example.org/wiki/A_(b)) helps", "https://en.example.org/wiki/A_(b)"),
        ("Ich kaufe oft bei beispiel.de ein.", "beispiel.de"),
        ("Status unter http://localhost:8080/status prüfen", "http://localhost:8080/status"),
    ],
)
def test_url(detector: PatternDetector, text: str, value: str) -> None:
    assert found(detector, text, "URL") == [at(text, value)]


def test_url_never_takes_email_domain(detector: PatternDetector) -> None:
    text = "Mail an info@beispiel.de oder anna@shop.example.com/"
    assert found(detector, text, "URL") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Mein Benutzername ist jmueller88, danke", ["jmueller88"]),
        ("Login: s.krause / Konto gesperrt", ["s.krause"]),
        ("Add me on Discord: nightowl#4821!", ["nightowl#4821"]),
        ("Skype-Name: live:jan.vdberg.", ["live:jan.vdberg"]),
        ("my username is dave_the_rave, please unlock it", ["dave_the_rave"]),
        ("User ID: mmeier_77, Passwort zurückgesetzt", ["mmeier_77"]),
        ("Ihre Benutzer-ID lautet kd_4471x.", ["kd_4471x"]),
        ("Nutzer-ID 558120 gesperrt", ["558120"]),  # digits only: a keyword id
        ("the user identified himself as the owner", []),
        ("xoxo, Bella (bella_ross on insta)", ["bella_ross"]),  # before its platform
        ("findet mich als kai.w88 auf TikTok", ["kai.w88"]),
        ("Ticket: cannot log into account ngozi_oi.", ["ngozi_oi"]),  # was left
        ("mein Konto max.mustermann ist gesperrt", ["max.mustermann"]),
        ("account settings, account e.g. PayPal, Account John.Doe", []),
        ("COVID-19 on Twitter, Version 2.1 auf Discord, trending on twitter", []),
        # no digit and no inner separator: a word, not a user name
        ("Login funktioniert nicht, Username falsch, auf Insta sind wir", []),
        # e-mail addresses and URLs are left to their own recognizers
        ("Login: anna@example.de, Telegram t.me/annak", []),
    ],
)
def test_user_names_after_their_keyword_are_ids(
    detector: PatternDetector, text: str, values: list
) -> None:
    ids = [(e.start, e.end) for e in detector.detect(text) if e.label == "ID"]
    assert ids == [at(text, v) for v in values]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Login von IP 192.168.10.42 blockiert.", "192.168.10.42"),
        ("Server at 2001:db8::8a2e:370:7334 is down", "2001:db8::8a2e:370:7334"),
        ("mapped ::ffff:10.0.0.1 here", "::ffff:10.0.0.1"),
    ],
)
def test_ip(detector: PatternDetector, text: str, value: str) -> None:
    assert found(detector, text, "IP_ADDRESS") == [at(text, value)]


def test_an_ip_address_that_is_a_urls_host_is_part_of_the_url(detector: PatternDetector) -> None:
    # "http://192.168.0.1:8080/admin" was cut into "http://", an IP and "8080/admin"
    text = "Router unter http://192.168.0.1:8080/admin, Drucker 192.168.0.7"
    assert found(detector, text, "URL") == [at(text, "http://192.168.0.1:8080/admin")]
    assert found(detector, text, "IP_ADDRESS") == [at(text, "192.168.0.7")]


@pytest.mark.parametrize(
    "text", ["App-Version 1.2.3 stürzt ab", "v1.2.3.4 ist neu", "IP 999.1.1.1"]
)
def test_ip_negatives(detector: PatternDetector, text: str) -> None:
    assert found(detector, text, "IP_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rufen Sie mich unter 030 12345678 an.", "030 12345678"),
        ("Mobil: +49 170 1234567, danke", "+49 170 1234567"),
        ("Call me at (650) 253-0000 tomorrow.", "(650) 253-0000"),
        ("My UK number is 020 7946 0958.", "020 7946 0958"),
    ],
)
def test_phone(detector: PatternDetector, text: str, value: str) -> None:
    assert found(detector, text, "PHONE") == [at(text, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Siehe ISBN 3-16-148410-0 im Katalog",
        "Zitiert auf S. 383-387 und Seite 1234567",
        "Schreiben vom 04. 01. 2007 erhalten",
        "Bestellt 12.03.2024, Kundennummer: 0301234567",
    ],
)
def test_phone_negatives(detector: PatternDetector, text: str) -> None:
    assert found(detector, text, "PHONE") == []


def test_phone_region_subset() -> None:
    text = "Call me at (650) 253-0000 tomorrow."
    assert found(PatternDetector(regions=("DE",)), text, "PHONE") == []
    assert found(PatternDetector(regions=("de", "US", "DE")), text, "PHONE") == [
        at(text, "(650) 253-0000")
    ]


@pytest.mark.parametrize(
    "value", [IBAN_DE, IBAN_DE_GROUPED, _with_iban_checksum("AT", "1904300234573201")]
)
def test_iban(detector: PatternDetector, value: str) -> None:
    text = f"Bitte auf {value} überweisen."
    assert found(detector, text, "IBAN") == [at(text, value)]


def test_iban_english_any_country(detector: PatternDetector) -> None:
    value = "GB82 WEST 1234 5698 7654 32"  # public test IBAN
    text = f"Please refund to {value} asap."
    assert found(detector, text, "IBAN") == [at(text, value)]


def test_iban_checksum_failure(detector: PatternDetector) -> None:
    text = "IBAN: DE89370400440532013001 bitte."
    assert found(detector, text, "IBAN") == []


@pytest.mark.parametrize(
    "value", [CARD_VISA, "5500-0000-0000-0004", "378282246310005", _with_luhn("453201511283036")]
)
def test_credit_card(detector: PatternDetector, value: str) -> None:
    for text in (f"My card {value} was charged twice.", f"Meine Karte ({value}) wurde belastet."):
        assert found(detector, text, "CREDIT_CARD") == [at(text, value)]


@pytest.mark.parametrize(
    "value",
    [
        "4111 1111 1111 1112",  # Luhn fails
        _with_luhn("999999999999999"),  # Luhn ok, no issuer starts with 9
        "4111 1111-1111 1111",  # mixed separators
    ],
)
def test_credit_card_negatives(detector: PatternDetector, value: str) -> None:
    assert found(detector, f"Karte {value} abgelehnt", "CREDIT_CARD") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"IBAN {IBAN_DE_GROUPED}, BIC COBADEFFXXX, Inhaber J. Vogt", "COBADEFFXXX"),
        ("SWIFT code: DEUTDEDB please", "DEUTDEDB"),
        ("bic=BNPAFRPPXXX", "BNPAFRPPXXX"),
    ],
)
def test_bic_after_its_keyword_is_an_id(detector: PatternDetector, text: str, value: str) -> None:
    assert found(detector, text, "ID") == [at(text, value)]


@pytest.mark.parametrize(
    "text",
    [
        "BIC COBAQQFFXXX",  # no such country code
        "Die BIC-Nummer fehlt",  # a word, not a code
        "BIC cobadeffxxx ok",  # lower case: no code as written
        "COBADEFFXXX without its keyword",
    ],
)
def test_bic_negatives(detector: PatternDetector, text: str) -> None:
    assert found(detector, text, "ID") == []


def test_digits_inside_iban_are_no_card(detector: PatternDetector) -> None:
    bban = _with_luhn("60123456789012345")  # 18 digits, Luhn-valid, Maestro-like prefix
    grouped = iban.format(_with_iban_checksum("DE", bban))
    text = f"IBAN {grouped} ok"
    assert [e.label for e in detector.detect(text)] == ["IBAN"]
    assert found(detector, f"Karte {bban} ok", "CREDIT_CARD") != []  # alone it is a card
