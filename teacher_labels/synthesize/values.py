"""Value generators behind `Filler`: valid IBANs, Luhn cards, phones, dates, checksummed ids.

Language-specific shapes (date patterns, month names, id shapes) come from lang.json; the
checksums come from python-stdnum and phonenumbers.

Example:
    >>> import random
    >>> from faker import Faker
    >>> from stdnum.de import idnr
    >>> idnr.is_valid(de_idnr(random.Random(1)))
    True
"""

from __future__ import annotations

import datetime as dt
import importlib
import random

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.iso7064 import mod_11_10

_PHONE_FORMATS = {
    "national": phonenumbers.PhoneNumberFormat.NATIONAL,
    "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
}


def iban(rng: random.Random, fake: Faker) -> str:
    """A checksum-valid IBAN, compact or in groups of four."""
    value = fake.iban()
    return std_iban.format(value) if rng.random() < 0.5 else value


def credit_card(rng: random.Random, fake: Faker) -> str:
    """A Luhn-valid card number, sometimes grouped by four."""
    number = fake.credit_card_number(rng.choice(["visa16", "mastercard", "visa16", "amex"]))
    assert luhn.is_valid(number)
    if len(number) == 16 and rng.random() < 0.6:
        sep = rng.choice([" ", " ", "-"])
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def phone(rng: random.Random, fake: Faker, region: str, form: str | None) -> str:
    """A number valid for `region` (per phonenumbers) in national or international format."""
    for _ in range(30):
        try:
            num = phonenumbers.parse(fake.phone_number(), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            break
    else:
        num = phonenumbers.example_number(region)
    num.extension = None
    fmt = _PHONE_FORMATS.get(form or "", rng.choice(list(_PHONE_FORMATS.values())))
    text = phonenumbers.format_number(num, fmt)
    if rng.random() < 0.3:  # people often drop the spaces or use dashes / a slash
        sep = rng.choice(["", "-"] if text.startswith("+") else ["", "-", "/"])
        text = text.replace(" ", sep, 1 if sep == "/" else -1)
    return text


def date(rng: random.Random, fake: Faker, cfg: dict, form: str | None) -> str:
    """A date rendered with a lang.json pattern; month names come from lang.json."""
    if form == "birth":
        day = fake.date_of_birth(minimum_age=18, maximum_age=90)
    else:
        day = fake.date_between(dt.date(2019, 1, 1), dt.date(2026, 12, 31))
    kind = form if form in ("numeric", "written") else rng.choice(["numeric", "written"])
    pattern = rng.choice(cfg["date_formats"][kind])
    return format_date(day, pattern, cfg)


def format_date(day: dt.date, pattern: str, cfg: dict) -> str:
    """Render `day` with tokens {d} {dd} {m} {mm} {yy} {yyyy} {month} {mon} {ord}."""
    suffixes = cfg.get("ordinal_suffixes", {})
    ord_ = suffixes.get(str(day.day), suffixes.get("default", ""))
    month = cfg["months"][day.month - 1]
    return pattern.format(
        d=day.day,
        dd=f"{day.day:02d}",
        m=day.month,
        mm=f"{day.month:02d}",
        yy=f"{day.year % 100:02d}",
        yyyy=day.year,
        month=month,
        mon=cfg.get("months_abbr", cfg["months"])[day.month - 1],
        ord=ord_,
    )


def ident(rng: random.Random, fake: Faker, ids: dict, form: str | None) -> str:
    """An id: lang.json shapes for order/customer/ticket/contract, checksummed tax/VAT ids."""
    kind = form or rng.choice(sorted(ids))
    spec = ids.get(kind) or ids[rng.choice(sorted(k for k in ids if isinstance(ids[k], list)))]
    if isinstance(spec, list):
        return fake.bothify(rng.choice(spec), letters="ABCDEFGHJKLMNPRSTUVWXYZ")
    return checksummed(rng, fake, spec)


def checksummed(rng: random.Random, fake: Faker, spec: dict) -> str:
    """Number passing `stdnum.<module>.is_valid`: a named generator or a trial of check digits.

    `spec` = {"stdnum": "de.vat", "pattern": "DE%#######"}: the pattern's last digit is varied.
    """
    if spec.get("generator") == "de_idnr":
        return de_idnr(rng)
    module = importlib.import_module(f"stdnum.{spec['stdnum']}")
    for _ in range(100):
        stem = fake.bothify(spec["pattern"])
        for digit in "0123456789":
            if module.is_valid(stem + digit):
                return stem + digit
    raise ValueError(f"could not generate a valid stdnum.{spec['stdnum']} from {spec['pattern']}")


def de_idnr(rng: random.Random) -> str:
    """German tax id (Steuer-IdNr): 10 digits with exactly one repeated digit + ISO 7064 check."""
    first = rng.choice("123456789")
    rest = rng.sample([d for d in "0123456789" if d != first], 8)
    rest.append(rng.choice([first, *rest]))
    rng.shuffle(rest)
    stem = first + "".join(rest)
    return stem + mod_11_10.calc_check_digit(stem)


def url(rng: random.Random, domain: str, paths: list[str], fake: Faker) -> str:
    """A web address on the shop's domain or a random one, with or without scheme/path."""
    host = domain if rng.random() < 0.7 else fake.domain_name()
    path = fake.bothify(rng.choice(paths)) if rng.random() < 0.6 else ""
    scheme = rng.choice(["https://", "https://www.", "www.", "http://"])
    return f"{scheme}{host}{path}"


def simple(label: str, form: str | None, rng: random.Random, fake: Faker, cfg: dict) -> str:
    """LOCATION, ADDRESS, IP_ADDRESS and CREDIT_CARD values."""
    if label == "LOCATION":
        if form == "region" and hasattr(fake, "state"):
            return fake.state()
        return fake.country() if form == "country" else fake.city()
    if label == "ADDRESS":
        if form == "full":
            return fake.address().replace("\n", ", ")
        if form == "plz":
            return cfg["plz_pattern"].format(postcode=fake.postcode(), city=fake.city())
        return fake.street_address()
    if label == "IP_ADDRESS":
        return fake.ipv6() if form == "v6" else fake.ipv4_public()
    if label == "CREDIT_CARD":
        return credit_card(rng, fake)
    raise ValueError(f"no generator for label {label!r}")
