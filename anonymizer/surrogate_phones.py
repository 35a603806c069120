"""Phone number surrogates: the same shape and digit count, valid where the original was.

A country code ("+49", "0049") or trunk "0" stays, as does a bracketed trunk zero ("+49 (0)30");
a valid mobile stays a mobile of its network, a service number keeps its prefix, a landline gets
another valid area code (python `phonenumbers` judges validity and type).

Example:
    >>> import random
    >>> out = phone("+49 30 901820", random.Random(0), "DE")
    >>> out.startswith("+49 ") and len(out) == len("+49 30 901820")
    True
"""

from __future__ import annotations

import random
import re
import string

import phonenumbers

from .detect.patterns_numbers import DEFAULT_REGIONS
from .surrogate_formats import set_digits

_PHONE_ATTEMPTS = 12  # draws for a valid number of the original's type before giving up
_TRUNK = re.compile(r"\(0\)")  # "+49 (0)30 ...": the bracketed trunk zero stays


def _digit_index(text: str, pos: int) -> int:
    """Index among the digits of `text` of the digit at character position `pos`."""
    return sum(ch in string.digits for ch in text[:pos])


def _country_code_len(digits: str) -> int:
    for n in (1, 2, 3):
        if int(digits[:n] or 0) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return n
    return min(2, len(digits))


# Number types whose area code names a place: a surrogate draws another one.
_PLACED = frozenset(
    {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


def phone(value: str, rng: random.Random, region: str | None = None) -> str:
    """Same shape and digit count; country code ("+49", "0049") or trunk "0" kept.

    When `value` is a valid number (international, or national in `region`, else in a region
    of its language or of `FALLBACK_REGIONS`), the surrogate is a valid number of the same type:
    a mobile stays a mobile and keeps its network prefix (not its subscriber digits), as a
    service number (free, premium, shared cost, personal, VoIP: "0800", "+44 808") keeps its
    prefix, which names no place; a landline gets a random valid area code, or keeps its own
    when a few draws find none. Otherwise the digits are simply random."""
    region, original = _region_of(value, region)
    if original is None:
        return _random_phone(value, rng)
    kind = phonenumbers.number_type(original)
    ndc = phonenumbers.length_of_national_destination_code(original)
    keeps = (0, ndc) if kind in _PLACED else (ndc,)
    first = None
    for extra in keeps:  # a random area code first, then the landline's own
        for _ in range(_PHONE_ATTEMPTS):
            candidate = _random_phone(value, rng, extra)
            first = first or candidate
            number = _parse_phone(candidate, region)
            if number is not None and phonenumbers.number_type(number) == kind:
                return candidate
    return first or _random_phone(value, rng)


# Where a national number ("07911 123456" in an English text of locale en_US) is tried next:
# the regions of the locale's language, then those the pattern detector tries by default.
FALLBACK_REGIONS = DEFAULT_REGIONS
_SAME_LANGUAGE = {"US": ("GB",), "GB": ("US",), "DE": ("AT", "CH"), "AT": ("DE", "CH")}
_SAME_LANGUAGE |= {"CH": ("DE", "AT")}


def _region_of(
    value: str, region: str | None
) -> tuple[str | None, phonenumbers.PhoneNumber | None]:
    """The first region, of `region`, its language's and `FALLBACK_REGIONS`, in which `value`
    is a valid number, with the number; (region, None) when there is none."""
    near = _SAME_LANGUAGE.get(region or "", ())
    for candidate in dict.fromkeys((region, *near, *FALLBACK_REGIONS)):
        number = _parse_phone(value, candidate)
        if number is not None:
            return candidate, number
    return region, None


def _parse_phone(value: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """The number when `value` is valid (international, or national in `region`), else None."""
    text = "+" + value.lstrip()[2:] if value.lstrip().startswith("00") else value
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _random_phone(value: str, rng: random.Random, extra: int = 0) -> str:
    """Random digits in `value`'s shape; the country code or trunk and then `extra` digits
    (a mobile network prefix) kept."""
    digits = "".join(ch for ch in value if ch in string.digits)
    head = value.lstrip()
    if head.startswith("+"):
        keep = _country_code_len(digits)
    elif digits.startswith("00"):
        keep = 2 + _country_code_len(digits[2:])
    else:
        keep = 1 if digits.startswith("0") else 0
    kept = {_digit_index(value, m.start() + 1) for m in _TRUNK.finditer(value)} | set(range(keep))
    prefix_end = max(kept) + 1 if kept else 0
    kept |= set(range(prefix_end, min(prefix_end + extra, len(digits))))
    first_free = max(kept) + 1 if kept else 0
    new = [
        digits[i]
        if i in kept
        else rng.choice(string.digits[1:] if i == first_free and not extra else string.digits)
        for i in range(len(digits))
    ]
    return set_digits(value, "".join(new))
