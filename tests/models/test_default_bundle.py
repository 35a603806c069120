"""The shipped default bundle: it loads, passes the bundle checks, and catches planted PII of
every label in German and English sentences written here (not taken from any data set)."""

import csv
import random

import pytest

from anonymizer import Anonymizer
from anonymizer.api import default_bundle_path
from anonymizer.bundle import DEFAULT_BUNDLE, Bundle
from anonymizer.name_lexicon import ascii_fold
from anonymizer.schema import LABELS

# (sentence, planted value, label)
CASES = {
    "de": [
        (
            "Gestern hat mich Frau Katharina Vogelsang zurückgerufen.",
            "Katharina Vogelsang",
            "PERSON",
        ),
        ("Der Techniker Piotr Wiśniewski kam drei Stunden zu spät.", "Piotr Wiśniewski", "PERSON"),
        (
            "Ich bin seit Jahren Kundin bei der Stadtsparkasse Wuppertal.",
            "Stadtsparkasse Wuppertal",
            "ORGANIZATION",
        ),
        ("Wir sind letzte Woche nach Regensburg umgezogen.", "Regensburg", "LOCATION"),
        (
            "Bitte schicken Sie die Ware an Birkenweg 17, 33602 Bielefeld.",
            "Birkenweg 17, 33602 Bielefeld",
            "ADDRESS",
        ),
        ("Die Lieferung kam erst am 14.02.2025 an.", "14.02.2025", "DATE"),
        ("Schreiben Sie mir an k.vogelsang@posteo.de zurück.", "k.vogelsang@posteo.de", "EMAIL"),
        ("Rufen Sie mich unter 0151 23456789 an.", "0151 23456789", "PHONE"),
        (
            "Das Formular auf https://www.beispiel-shop.de/retoure funktioniert nicht.",
            "https://www.beispiel-shop.de/retoure",
            "URL",
        ),
        ("Laut Fehlermeldung war meine IP 203.0.113.42 gesperrt.", "203.0.113.42", "IP_ADDRESS"),
        (
            "Bitte erstatten Sie den Betrag auf DE89 3704 0044 0532 0130 00.",
            "DE89 3704 0044 0532 0130 00",
            "IBAN",
        ),
        (
            "Abgebucht wurde von meiner Karte 5555 5555 5555 4444.",
            "5555 5555 5555 4444",
            "CREDIT_CARD",
        ),
        ("Meine Kundennummer ist 88410273.", "88410273", "ID"),
    ],
    "en": [
        ("The agent, Marcus Okonkwo, hung up on me twice.", "Marcus Okonkwo", "PERSON"),
        ("Thanks to Linh Tran for sorting out my refund so quickly.", "Linh Tran", "PERSON"),
        (
            "I have been a customer of Brightwater Energy Ltd for ten years.",
            "Brightwater Energy Ltd",
            "ORGANIZATION",
        ),
        ("We moved to Leeds last spring.", "Leeds", "LOCATION"),
        ("Please ship it to 42 Maple Avenue, Springfield, IL 62704.", "42 Maple Avenue", "ADDRESS"),
        ("My parcel was due on March 3, 2025 and never came.", "March 3, 2025", "DATE"),
        (
            "You can reach me at marcus.okonkwo@gmail.com any time.",
            "marcus.okonkwo@gmail.com",
            "EMAIL",
        ),
        ("Call me back on +44 20 7946 0958 please.", "+44 20 7946 0958", "PHONE"),
        (
            "The link www.example-store.com/account/orders is broken.",
            "www.example-store.com/account/orders",
            "URL",
        ),
        ("Your firewall blocked 198.51.100.23 for no reason.", "198.51.100.23", "IP_ADDRESS"),
        (
            "Refund to GB82 WEST 1234 5698 7654 32, not to my card.",
            "GB82 WEST 1234 5698 7654 32",
            "IBAN",
        ),
        ("You charged my card 4012 8888 8888 1881 twice.", "4012 8888 8888 1881", "CREDIT_CARD"),
        ("My order number is ORD-2025-558812.", "ORD-2025-558812", "ID"),
    ],
}


@pytest.fixture(scope="module")
def anon():
    return Anonymizer.load(key="default-bundle-test-key-0123")


def test_default_bundle_ships_and_passes_the_checks():
    assert (DEFAULT_BUNDLE / "model.onnx").is_file() and default_bundle_path() is not None
    bundle = Bundle.load(DEFAULT_BUNDLE)
    assert bundle.config.quantized
    size_mb = sum(f.stat().st_size for f in DEFAULT_BUNDLE.iterdir()) / 2**20
    assert size_mb <= 50
    assert {t[2:] for t in bundle.labels if t != "O"} == set(LABELS)
    assert bundle.metrics.get("evaluations"), "the card's figures must come from distill evaluate"


def test_every_label_is_planted_in_both_languages():
    for cases in CASES.values():
        assert {label for _, _, label in cases} == set(LABELS)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_planted_pii_is_caught_with_its_label(anon, lang):
    missed = []
    for text, value, label in CASES[lang]:
        start = text.index(value)
        end = start + len(value)
        ents = anon.detect(text)
        covering = [e for e in ents if e.start < end and start < e.end]
        if not covering or label not in {e.label for e in covering}:
            missed.append((label, [(e.label, e.source) for e in covering]))
    assert not missed


@pytest.mark.parametrize("lang", sorted(CASES))
def test_anonymized_text_keeps_no_planted_value(anon, lang):
    for text, value, _ in CASES[lang]:
        assert value not in anon.anonymize(text).text


def _entities(anon: Anonymizer, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.label) for e in ents] for ents in anon.detect_batch(texts)]


def _mixed_texts(n: int = 100) -> list[str]:
    """Faker filler sentences of varied length around a name, a city and a phone number."""
    from faker import Faker

    rng, out = random.Random(7), []
    for locale in ("de_DE", "en_GB"):
        fake = Faker(locale)
        fake.seed_instance(7)
        for _ in range(n // 2):
            parts = [fake.sentence(nb_words=rng.randint(4, 14)) for _ in range(rng.randint(1, 6))]
            pii = f"{fake.name()}, {fake.city()}, {fake.phone_number()}"
            parts.insert(rng.randint(0, len(parts)), pii)
            out.append(" ".join(parts))
    return out


def test_a_texts_entities_do_not_depend_on_the_other_texts(anon):
    """int8 models scale activations per call (in batches of 8 some of these texts get other
    entities than alone), so by default each window runs alone."""
    texts = _mixed_texts()
    alone = [_entities(anon, [t])[0] for t in texts]
    assert anon.model.batch_size == 1
    assert _entities(anon, texts) == alone
    assert _entities(anon, texts[::-1]) == alone[::-1]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("JONAS WEBER HAT MICH GESTERN ANGERUFEN!!!", ["JONAS", "WEBER"]),
        ("MY NAME IS SARAH CONNOR AND I LIVE AT 42 OAK STREET, LEEDS", ["CONNOR", "OAK STREET"]),
    ],
)
def test_text_in_capitals_keeps_no_planted_value(anon, text, values):
    """The model reads a line in capitals lower-cased (`detect.casing`); before, it missed the
    surname and the address of these lines."""
    out = anon.anonymize(text).text
    assert not [v for v in values if v in out]
    assert out.isupper() or not any(c.isalpha() for c in out)


def test_a_csv_exports_name_columns_lead_its_email_surrogate(anon, tmp_path):
    # "j.wiesinger@web.de" beside "Jürgen" and "Wiesinger" became "n.ritter@web.de" beside
    # "Pawel" and "Ritter": the initial did not follow the first-name column
    src, dst = tmp_path / "crm.csv", tmp_path / "out.csv"
    src.write_text(
        "id,first_name,last_name,email\n1,Jürgen,Wiesinger,j.wiesinger@web.de\n"
        "2,Priya,Natarajan,priya.n@gmail.com\n",
        encoding="utf-8",
    )
    anon.anonymize_file(src, dst, fields=["first_name", "last_name", "email"])
    first, second = csv.DictReader(dst.open(encoding="utf-8"))
    given, family = ascii_fold(first["first_name"]), ascii_fold(first["last_name"])
    assert first["email"] == f"{given[0]}.{family}@web.de" and family != "wiesinger"
    given, family = ascii_fold(second["first_name"]), ascii_fold(second["last_name"])
    assert second["email"] == f"{given}.{family[0]}@gmail.com" and given != "priya"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the model read "44 (3": the surrogate ate the bracket and the floor
        ("Ich wohne in der Schillerstr. 44 (3. Stock links), Hamburg-Altona.", "(3. Stock links)"),
        ("Adresse: Bahnhofstr. 12 (2. OG rechts)", "(2. OG rechts)"),
    ],
)
def test_a_floor_in_brackets_after_an_address_stays(anon, text, kept):
    out = anon.anonymize(text).text
    assert kept in out and "Schillerstr" not in out and "Bahnhofstr" not in out
