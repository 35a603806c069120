"""Shape-preserving surrogates for numbers: IBANs, payment cards and ids (phone numbers:
`surrogate_phones`).

Every function takes the original and a seeded `random.Random`; separators stay in place,
digits become digits, letters letters, and check digits are recomputed with python-stdnum so
the surrogate validates wherever the original did.
"""

from __future__ import annotations

import importlib
import random
import re
import string
from functools import cache
from types import ModuleType, SimpleNamespace
from typing import Any

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.in_ import pan as stdnum_pan
from stdnum.it import codicefiscale as stdnum_cf

from . import surrogate_hex
from .detect.patterns_ids import is_valid_rvnr

# stdnum formats an ID surrogate must keep validating under when the original does.
ID_FORMATS = (
    "de.idnr",
    "de.stnr",
    "eu.vat",
    "us.ssn",
    "us.ein",
    "ch.uid",
    "ch.ssn",
    "at.vnr",
    "gb.nhs",
    "ca.sin",
    "au.tfn",
    "in_.aadhaar",
    "pl.pesel",  # not nl.bsn: nine digits valid as a Canadian SIN and a TFN too, seldom all three
    "tr.tckimlik",
    "es.dni",
    "es.nie",
    "it.codicefiscale",
    "in_.pan",
)
# A letter prefix of an id that is kept: capitals ("KD-", "DE", "SN") or any letters before a
# separator ("Ord#"); letters glued to digits in mixed case are redrawn ("Sommer2024", a password).
_ID_PREFIX = re.compile(r"^(?:[A-Z]{1,6}[-_/ .#:]?|[A-Za-z]{1,6}[-_/ .#:])(?=\d)")
_ATTEMPTS = 200
# A UK driving licence number opens with the holder's surname, padded with 9s, and holds the
# initials: "MORGA657054SM9IJ" kept "MORGA" as an id's prefix.
_UK_LICENCE = re.compile(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}(?:\s?\d{2})?")


# Capital runs a drawn code never spells where the original did not: the abbreviations of Nazi
# organisations, which German registration plates exclude for that reason ("VW Golf" became
# "SS Golf").
_BANNED_RUNS = frozenset({"SS", "SA", "SD", "KZ", "HJ", "NS", "NSDAP"})
_CAPITAL_RUN = re.compile(r"(?<![^\W\d_])[A-Z]+(?![^\W\d_])")


def banned_run(out: str, original: str = "") -> bool:
    """Whether `out` holds a capital run of `_BANNED_RUNS` that `original` does not.

    >>> banned_run("SS Golf", "VW Golf"), banned_run("KD-SA12"), banned_run("SAP")
    (True, True, False)
    >>> banned_run("SS", "SS")  # the original's own run
    False
    """
    runs = set(_CAPITAL_RUN.findall(out)) & _BANNED_RUNS
    return bool(runs - set(_CAPITAL_RUN.findall(original)))


def reshape(text: str, rng: random.Random, keep: int = 0) -> str:
    """Replace digits/letters by random ones of the same class, keeping the first `keep`; no
    `banned_run` is drawn."""
    for _ in range(_ATTEMPTS):
        out = _reshape_once(text, rng, keep)
        if not banned_run(out, text):
            break
    return out


def _reshape_once(text: str, rng: random.Random, keep: int) -> str:
    out, seen = [], 0
    for ch in text:
        if ch.isalnum() and seen >= keep:
            if ch.isdigit():
                ch = rng.choice(string.digits)
            elif ch.isupper():
                ch = rng.choice(string.ascii_uppercase)
            elif ch.isalpha():
                ch = rng.choice(string.ascii_lowercase)
        seen += ch.isalnum()
        out.append(ch)
    return "".join(out)


def set_digits(text: str, digits: str) -> str:
    """Write `digits` into the digit positions of `text`, in order."""
    it = iter(digits)
    return "".join(next(it) if ch in string.digits else ch for ch in text)


def iban(value: str, rng: random.Random) -> str:
    """Same country, length and spacing, random BBAN, valid ISO 7064 check digits."""
    candidate, valid = value, stdnum_iban.is_valid(value)
    for _ in range(_ATTEMPTS):
        candidate = reshape(value, rng, keep=2)
        compact = "".join(ch for ch in candidate if ch.isalnum()).upper()
        if len(compact) < 5 or not compact.isascii():
            return candidate
        check = stdnum_iban.calc_check_digits(compact[:2] + "00" + compact[4:])
        chars, alnum = list(candidate), [i for i, ch in enumerate(candidate) if ch.isalnum()]
        chars[alnum[2]], chars[alnum[3]] = check[0], check[1]
        candidate = "".join(chars)
        if not valid or stdnum_iban.is_valid(candidate):
            return candidate
    return candidate


def credit_card(value: str, rng: random.Random) -> str:
    """Same length, grouping and card network; Luhn-valid. The network is the first digit for
    Visa ("4"), the first four for Discover's "6011", else the first two (American Express "34"
    and "37", Mastercard "51"-"55": an Amex "3782 ..." became a Diners "3882 ...")."""
    digits = "".join(ch for ch in value if ch in string.digits)
    if len(digits) < 6:
        return reshape(value, rng)
    keep = 1 if digits[0] == "4" else 4 if digits.startswith("6011") else 2
    body = digits[:keep] + "".join(rng.choice(string.digits) for _ in digits[keep:-1])
    return set_digits(value, body + luhn.calc_check_digit(body))


@cache
def _id_modules() -> tuple[ModuleType, ...]:
    return tuple(importlib.import_module(f"stdnum.{name}") for name in ID_FORMATS)


# A German pension insurance number, which python-stdnum lacks: its birth date and check digit.
_RVNR = SimpleNamespace(is_valid=is_valid_rvnr)


def _formats_of(value: str) -> list[Any]:
    """The stdnum modules (or `_RVNR`) under which `value` is valid."""
    formats: list[Any] = [m for m in _id_modules() if m.is_valid(value)]
    return formats + [_RVNR] if is_valid_rvnr(value) else formats


def _fix_check_char(candidate: str, formats: list[Any]) -> str | None:
    """Try every value of the last digit, then of a closing capital (a check letter:
    "RSSMRA85T10A562" + "S", a codice fiscale); return the first that validates under all
    formats."""
    last = max((i for i, ch in enumerate(candidate) if ch in string.digits), default=None)
    tries = [] if last is None else [(last, string.digits)]
    if candidate[-1:].isupper():
        tries.append((len(candidate) - 1, string.ascii_uppercase))
    for at, alphabet in tries:
        for ch in alphabet:
            fixed = candidate[:at] + ch + candidate[at + 1 :]
            if all(m.is_valid(fixed) for m in formats):
                return fixed
    return None


def _is_name(prefix: str) -> bool:
    """Whether an id's letter prefix of three letters or more is a listed first name or
    surname ("kevin" of a chat handle "kevin#1234"), which must not stay."""
    from .name_lexicon import name_key
    from .name_lists import name_lists

    letters = "".join(c for c in prefix if c.isalpha())
    firsts, lasts = name_lists()
    return len(letters) >= 3 and (name_key(letters) in firsts or name_key(letters) in lasts)


_COORD_NUMBER = re.compile(r"(\d+)(?:([.,])(\d+))?")


def coordinates(value: str, rng: random.Random) -> str:
    """A coordinate pair of the same shape at another position: hemisphere letters, signs,
    degree marks and decimals kept; a latitude below 80, a longitude below 180, minutes and
    seconds below 60.

    >>> coordinates("52.5200° N, 13.4050° E", random.Random(1))
    '17.9141° N, 126.7763° E'
    """
    numbers = list(_COORD_NUMBER.finditer(value))
    per = 3 if len(numbers) >= 6 else 1  # degrees, minutes, seconds or decimal degrees
    out, at = [], 0
    for n, m in enumerate(numbers):
        limit = (80 if n < per else 180) if n % per == 0 else 60
        whole = rng.randrange(limit)
        width = len(m.group(1)) if n % per else 1  # minutes and seconds keep "08"
        new = f"{whole:0{width}d}"
        if m.group(2):
            new += m.group(2) + "".join(rng.choice(string.digits) for _ in m.group(3))
        out += [value[at : m.start()], new]
        at = m.end()
    return "".join(out) + value[at:]


# A bank's BIC ("BYLADEM1001"): bank, country, location and branch; the country stays, so a
# German IBAN's bank stays German.
_BIC = re.compile(r"([A-Z]{4})([A-Z]{2})([A-Z0-9]{2}(?:[A-Z0-9]{3})?)")


def identifier(value: str, rng: random.Random) -> str:
    """Shape-preserving id; letter prefix ("KD-", "DE") kept unless it is a name ("kevin#1234",
    "ANNA-2024"); stdnum formats kept valid; a MAC address or UUID stays one (`surrogate_hex`)."""
    if hex_id := surrogate_hex.hex_identifier(value, rng):  # a MAC address, a UUID
        return hex_id
    if (m := _BIC.fullmatch(value)) and stdnum_bic.is_valid(value):  # its country stays
        return reshape(m.group(1), rng) + m.group(2) + reshape(m.group(3), rng)
    match = _ID_PREFIX.match(value)
    if match and (
        _is_name(match.group())
        or stdnum_cf.is_valid(value)
        or stdnum_pan.is_valid(value)
        or _UK_LICENCE.fullmatch(value)
    ):
        match = None  # an Italian tax code's letters spell its bearer's names, a PAN's a surname's
    prefix, rest = (match.group(), value[match.end() :]) if match else ("", value)
    formats = _formats_of(value)
    candidate = prefix + reshape(rest, rng)
    for attempt in range(_ATTEMPTS if formats else 0):
        # keep more leading characters as attempts fail (region prefixes, area numbers)
        candidate = prefix + reshape(rest, rng, keep=attempt // 40)
        fixed = _fix_check_char(candidate, formats)
        if fixed is not None and fixed != value:
            return fixed
    return candidate
