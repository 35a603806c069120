"""Phone, IBAN, BIC and payment-card recognizers (see `anonymizer.detect.patterns` for scores).

Candidates are found with cheap regexes and then validated by the libraries made for the job:
`phonenumbers` (valid numbers only), `stdnum.iban` (mod-97 and country length) and `stdnum.luhn`
plus a plausible issuer prefix for cards.

Example:
    >>> find_ibans("IBAN: DE89 3704 0044 0532 0130 00.")
    [(6, 33, 'IBAN', 1.0)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers
from stdnum import bic, iban, luhn

Span = tuple[int, int, str, float]

# Phone regions tried in order when none are given (ISO codes); the phone surrogates use them
# too, for a national number that is invalid in the document locale's region.
DEFAULT_REGIONS = ("DE", "AT", "CH", "US", "GB")

# A digit run with phone punctuation; only segments with >= 7 digits go to phonenumbers.
_PHONE_SEGMENT_RE = re.compile(r"(?:(?<![\w+])\+|(?<![\w(])\(|(?<![\w.,/-]))\d[\d \t()./–-]{4,}\d")
_MAX_PHONE_SEGMENT = 48
_NOT_PHONE_BEFORE_RE = re.compile(r"(?:ISBN|ISSN|\bS\.|\bpp?\.|Seiten?)[ :]*\(?$")
_IBAN_RE = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![\w-])")
# A BIC (SWIFT code) after its keyword: "BIC: COBADEFFXXX", "SWIFT code DEUTDEDB".
_BIC_RE = re.compile(
    r"\b(?:BIC|SWIFT(?:[- ]?(?:Code|BIC))?)\b[ \t]*(?:[:=][ \t]*)?([A-Za-z]{6}[A-Za-z0-9]{2}"
    r"(?:[A-Za-z0-9]{3})?)\b",
    re.IGNORECASE,
)
_CARD_RE = re.compile(r"(?<![\w.,/-])\d(?:[ -]?\d){11,18}(?![\w-]|[ .,/-]\d)")

# (prefix ranges as (low, high) over the first len(low) digits, allowed lengths)
_ISSUERS: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("4", "4", (13, 16, 19)),  # Visa
    ("51", "55", (16,)),  # Mastercard
    ("2221", "2720", (16,)),  # Mastercard 2-series
    ("34", "34", (15,)),  # American Express
    ("37", "37", (15,)),
    ("300", "305", (14, 16)),  # Diners Club
    ("36", "36", (14, 16)),
    ("38", "39", (14, 16)),
    ("6011", "6011", (16, 19)),  # Discover
    ("644", "649", (16, 19)),
    ("65", "65", (16, 19)),
    ("3528", "3589", (16, 19)),  # JCB
    ("62", "62", (16, 17, 18, 19)),  # UnionPay
    ("50", "50", tuple(range(12, 20))),  # Maestro
    ("56", "69", tuple(range(12, 20))),
)


def span_mask(length: int, spans: list[Span]) -> bytearray:
    """A byte per character of the text: 1 where one of `spans` covers it."""
    mask = bytearray(length)
    for start, end, _label, _score in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def find_phones(text: str, regions: Sequence[str], blocked: bytearray | None = None) -> list[Span]:
    """Valid phone numbers; a digit-rich segment is tried with each default region in turn until
    one finds a number. Matches touching a `blocked` character (see `span_mask`) are dropped."""
    out: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for seg in _PHONE_SEGMENT_RE.finditer(text):
        value = seg.group()
        if len(value) > _MAX_PHONE_SEGMENT:
            continue  # a long run of digits and separators is a table or listing, not a phone
        if sum(c.isdigit() for c in value) < 7 or _NOT_PHONE_BEFORE_RE.search(
            text, max(0, seg.start() - 8), seg.start()
        ):
            continue
        if blocked is not None and 0 not in blocked[seg.start() : seg.end()]:
            continue  # the whole segment is already a date, id, IBAN, ...
        # A little context on both sides lets phonenumbers see "+", brackets and word edges.
        lo, hi = max(0, seg.start() - 1), min(len(text), seg.end() + 1)
        for region in regions:
            spans = [
                (lo + m.start, lo + m.end)
                for m in phonenumbers.PhoneNumberMatcher(
                    text[lo:hi], region, leniency=phonenumbers.Leniency.VALID
                )
            ]
            for span in spans:
                if span not in seen and (blocked is None or 1 not in blocked[span[0] : span[1]]):
                    seen.add(span)
                    out.append((*span, "PHONE", 0.95))
            if spans or value.startswith("+"):
                break  # found, or international format where the default region does not matter
    return out


def find_ibans(text: str) -> list[Span]:
    """IBANs of any country (compact or in groups of four), validated with mod-97."""
    out: list[Span] = []
    for m in _IBAN_RE.finditer(text):
        start, value = m.start(), m.group()
        # A trailing group may belong to the next word: drop groups until the rest validates.
        while len(value) >= 15:
            if iban.is_valid(value):
                out.append((start, start + len(value), "IBAN", 1.0))
                break
            cut = value.rfind(" ")
            if cut < 0:
                break
            value = value[:cut]
    return out


def find_bics(text: str) -> list[Span]:
    """BICs after their keyword, as ID, validated by `stdnum.bic` (shape and country code):
    the bank code beside an IBAN gets a code-shaped surrogate, not a company name.

    >>> find_bics("IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, Inhaber Jan")
    [(38, 49, 'ID', 0.95)]
    """
    return [
        (m.start(1), m.end(1), "ID", 0.95)
        for m in _BIC_RE.finditer(text)
        if m.group(1).isupper() and bic.is_valid(m.group(1))
    ]


def _plausible_issuer(digits: str) -> bool:
    for low, high, lengths in _ISSUERS:
        if len(digits) in lengths and low <= digits[: len(low)] <= high:
            return True
    return False


def find_cards(text: str, ibans: list[Span] | None = None) -> list[Span]:
    """Payment card numbers: 13-19 digits, Luhn-valid, plausible issuer, one separator style."""
    blocked = ibans if ibans is not None else find_ibans(text)
    out: list[Span] = []
    for m in _CARD_RE.finditer(text):
        value = m.group()
        if " " in value and "-" in value:
            continue
        digits = value.replace(" ", "").replace("-", "")
        if not (13 <= len(digits) <= 19 and _plausible_issuer(digits) and luhn.is_valid(digits)):
            continue
        if any(s < m.end() and m.start() < e for s, e, _, _ in blocked):
            continue
        out.append((m.start(), m.end(), "CREDIT_CARD", 1.0))
    return out
