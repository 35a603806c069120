"""Validated pattern recognizers for structured PII in German and English customer feedback.

`PatternDetector` runs cheap, precompiled regexes and validates each candidate with the library
made for it (python-stdnum, phonenumbers, ipaddress, datetime). The recognizers live in
`patterns_web` (EMAIL, URL, IP_ADDRESS; handles, user names and MAC addresses as ID),
`patterns_numbers` (PHONE, IBAN, CREDIT_CARD; BIC as ID), `patterns_ids` (ID, vehicle plates),
`patterns_dates` (DATE), `patterns_address` (ADDRESS) and `patterns_names` (PERSON: a listed first
name after a role, introduction, greeting or closing, "Paketbote Kemal", "my name is Priya";
a name after a form of address, "Herrn Fronia", "Mr. Seven"; a chat speaker, "Abeni: Okay")
, `patterns_names_spoken` (PERSON: a listed first name after a German article, "der Dieter")
and `patterns_names_lower` (PERSON: a lower-case listed first name that is no everyday word,
"lol theresia from support").

Score scheme (how much a span is trusted when merged with the model's spans):
- 1.0   checksum- or parser-validated: IBAN (mod-97), CREDIT_CARD (Luhn + issuer prefix),
        Steuer-IdNr and VAT ids (stdnum checksums), EMAIL (strict syntax), IP_ADDRESS (ipaddress)
- 0.95  PHONE (phonenumbers says valid); URL with http(s):// or www.; "@handle", MAC
        address and BIC after its keyword (ID)
- 0.9   keyword-context ids ("Kundennummer: ...", "Benutzername: ..."), format-validated ids
        without a checksum (Steuernummer after its keyword, US SSN, UK NINO, RVNR shape), DATE,
        bare-domain URL, a PHONE spelled out digit by digit ("null eins sieben sechs ...",
        `anonymizer.spoken_digits`), PERSON of a family named as one (`patterns_names_family`),
        a home directory's user folder (ID) and a name in a file name (PERSON) (`patterns_paths`)
- 0.85  ADDRESS
- 0.8   PERSON after a role, introduction, greeting or closing, when Faker's name lists know the
        first name; PERSON after a form of address (Herr, Frau, Mr, Ms, Dr, ...)
- 0.7   standalone id shapes without a keyword ("ORD-2024-001234", "KD123456")
- 0.5   PERSON of a lower-case listed first name alone ("lol theresia from support")

A candidate that fails its checksum is never reported as that type. Spans of different labels
may overlap (a separate merge step resolves them); a span found twice with the same label is
reported once, with its highest score. A PHONE candidate overlapping a date, IP address, IBAN,
card or keyword/tax id is dropped, and a card number inside an IBAN is not a card.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import phonenumbers

from ..schema import LABELS, Entity
from ..spoken_digits import SPOKEN_NUMBER_RE
from .patterns_address import find_addresses
from .patterns_dates import find_dates
from .patterns_geo import find_coordinates
from .patterns_ids import find_ids
from .patterns_names import find_context_names, find_titled_names
from .patterns_names_family import find_family_names
from .patterns_names_fields import (
    find_airline_names,
    find_field_names,
    find_signed_names,
    find_speaker_names,
)
from .patterns_names_given import find_given_names
from .patterns_names_lower import find_lower_names
from .patterns_names_roles import find_role_surnames, find_trade_owners
from .patterns_names_spoken import find_spoken_names
from .patterns_numbers import (
    DEFAULT_REGIONS,
    find_bics,
    find_cards,
    find_ibans,
    find_phones,
    span_mask,
)
from .patterns_paths import find_path_names
from .patterns_place_fields import find_place_fields
from .patterns_secrets import find_secrets
from .patterns_towns import find_towns
from .patterns_web import (
    find_emails,
    find_handles,
    find_ips,
    find_macs,
    find_obfuscated_emails,
    find_urls,
    find_user_names,
)

Span = tuple[int, int, str, float]

PATTERN_LABELS: tuple[str, ...] = (
    "EMAIL",
    "URL",
    "IP_ADDRESS",
    "PHONE",
    "IBAN",
    "CREDIT_CARD",
    "ID",
    "DATE",
    "ADDRESS",
    "PERSON",
    "LOCATION",  # coordinates and place fields ("Ort: Kiel") only
)
_DIGITS_RE = re.compile(r"\d")
_MIN_DIGITS = 6  # fewer digits than this in a text: no phone, IBAN, card or tax id possible


class PatternDetector:
    """Finds structured PII with validated patterns.

    `regions` are the default phone regions (ISO codes, tried in order); `labels` restricts the
    run to a subset of `PATTERN_LABELS` (other valid labels such as ORGANIZATION are simply not
    produced by patterns).

    Example:
        >>> det = PatternDetector(regions=("DE",), labels=["EMAIL", "IBAN"])
        >>> det.detect("IBAN DE89370400440532013000, mail: a.b@example.de")
        [Entity(start=5, end=27, label='IBAN', score=1.0, source='pattern'), \
Entity(start=35, end=49, label='EMAIL', score=1.0, source='pattern')]
    """

    def __init__(
        self,
        regions: Sequence[str] = DEFAULT_REGIONS,
        labels: Iterable[str] | None = None,
    ) -> None:
        self.regions: tuple[str, ...] = tuple(dict.fromkeys(r.upper() for r in regions))
        bad_regions = [r for r in self.regions if r not in phonenumbers.SUPPORTED_REGIONS]
        if bad_regions:
            raise ValueError(
                f"PatternDetector: unknown phone regions {bad_regions}; "
                "expected ISO 3166 alpha-2 codes such as 'DE', 'AT', 'CH', 'US', 'GB'"
            )
        wanted = PATTERN_LABELS if labels is None else tuple(labels)
        unknown = [lab for lab in wanted if lab not in LABELS]
        if unknown:
            raise ValueError(
                f"PatternDetector: unknown labels {unknown}; expected a subset of {list(LABELS)}"
            )
        self.labels: frozenset[str] = frozenset(wanted) & frozenset(PATTERN_LABELS)

    def detect(self, text: str) -> list[Entity]:
        """All pattern entities in `text` (source "pattern"), sorted by (start, end)."""
        if not text:
            return []
        want = self.labels
        # IP and MAC addresses are found once: reported, and kept from being read as phones
        network = find_ips(text) + find_macs(text) if want & {"IP_ADDRESS", "ID", "PHONE"} else []
        spans = self._web(text)
        urls = [s for s in spans if s[2] == "URL"]  # "http://192.168.0.1:8080/admin" is one URL
        spans += [s for s in network if s[2] in want and not _inside(s, urls)]
        dates = find_dates(text) if want & {"DATE", "PHONE"} else []
        coords = find_coordinates(text) if want & {"LOCATION", "PHONE"} else []
        spans += self._numbers(text, dates + network + coords)
        if "LOCATION" in want:
            spans += coords + find_place_fields(text) + find_towns(text)
        if "DATE" in want:
            spans += dates
        if "ADDRESS" in want:
            spans += find_addresses(text)
        if "PERSON" in want:
            spans += find_person_names(text)
        if want & {"ID", "PERSON"}:  # "C:\\Users\\jonas.weber\\...", "Rechnung_Weber_Jonas.pdf"
            spans += [s for s in find_path_names(text) if s[2] in want]
        if "PHONE" in want:  # "null eins sieben sechs, zwei drei ..."
            spans += [(m.start(), m.end(), "PHONE", 0.9) for m in SPOKEN_NUMBER_RE.finditer(text)]
        return _to_entities(spans)

    def _web(self, text: str) -> list[Span]:
        want = self.labels
        if not want & {"EMAIL", "URL", "ID"}:
            return []
        emails = find_emails(text) + find_obfuscated_emails(text)
        spans = list(emails) if "EMAIL" in want else []
        if "URL" in want:
            spans += find_urls(text, emails)
        if "ID" in want:
            spans += find_handles(text) + find_user_names(text) + find_bics(text)
            spans += find_secrets(text)
        return spans

    def _numbers(self, text: str, not_phones: list[Span]) -> list[Span]:
        want = self.labels
        n_digits = len(_DIGITS_RE.findall(text))
        if not n_digits:  # a booking code after its keyword may hold a single digit
            return []
        ids = find_ids(text) if want & {"ID", "PHONE"} else []
        spans = ids if "ID" in want else []
        if n_digits < _MIN_DIGITS or not want & {"PHONE", "IBAN", "CREDIT_CARD"}:
            return spans
        ibans = find_ibans(text)
        cards = find_cards(text, ibans)
        spans += [s for s in ibans if "IBAN" in want] + [s for s in cards if "CREDIT_CARD" in want]
        if "PHONE" in want:
            # A date, IP or MAC address, IBAN, card or keyword id is never also a phone number.
            blocked = ibans + cards + not_phones + [i for i in ids if i[3] >= 0.9]
            spans += find_phones(text, self.regions, span_mask(len(text), blocked))
        return spans


def find_person_names(text: str) -> list[Span]:
    """PERSON spans of every name rule: context, form of address, form field, chat speaker, the
    spoken phrasings, lower-case first names, given names alone, surnames after a German role
    noun or trade business and family names."""
    return (
        find_context_names(text)
        + find_titled_names(text)
        + find_field_names(text)
        + find_signed_names(text)
        + find_speaker_names(text)
        + find_airline_names(text)
        + find_spoken_names(text)
        + find_lower_names(text)
        + find_given_names(text)
        + find_role_surnames(text)
        + find_trade_owners(text)
        + find_family_names(text)
    )


def _inside(span: Span, others: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e, _, _ in others)


def _to_entities(spans: list[Span]) -> list[Entity]:
    """Sorted entities, one per (start, end, label), keeping the highest score."""
    best: dict[tuple[int, int, str], float] = {}
    for start, end, label, score in spans:
        key = (start, end, label)
        if score > best.get(key, -1.0):
            best[key] = score
    return [
        Entity(start, end, label, score, "pattern")
        for (start, end, label), score in sorted(best.items())
    ]
