"""Whether surrogates of valid values are valid: over the gold DATE, PHONE, EMAIL, IBAN,
CREDIT_CARD and ID spans of tagged JSONL files, of the values that parse (a calendar date in a
common format; a phone number phonenumbers calls valid; an e-mail address of the usual shape; an
IBAN or card number python-stdnum validates; an id
of a python-stdnum format), how many get a surrogate that does not (another phone number type,
or none of the id's formats, counts as invalid).

Prints counts only, never text.

    .venv/bin/python benchmarks/surrogate_validity.py runs/data/synth.dev.jsonl \\
        runs/data/synth.train.jsonl runs/data/tab.dev.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import Counter

import phonenumbers
from stdnum import iban, luhn

from anonymizer.date_formats import MONTH_NAMES
from anonymizer.keys import Keyring
from anonymizer.surrogate_formats import _formats_of
from anonymizer.surrogate_phones import _region_of
from anonymizer.surrogates import Surrogates

_FORMATS = (
    "%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d %B %Y", "%B %d, %Y",
    "%d %b %Y", "%b %d, %Y", "%B %Y", "%d.%m.", "%d. %B %Y", "%B %d", "%d %B",
)  # fmt: skip
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
_CHECKS = {
    "EMAIL": lambda v: _EMAIL.fullmatch(v) is not None,
    "IBAN": iban.is_valid,
    "CREDIT_CARD": lambda v: len(d := re.sub(r"\D", "", v)) >= 12 and luhn.is_valid(d),
}
_GERMAN = dict(zip(MONTH_NAMES[("de", "full")], MONTH_NAMES[("en", "full")], strict=True))


def date_format(value: str) -> str | None:
    """The strptime format `value` parses with (German month names read as English), or None."""
    text = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", value)
    for de, en in _GERMAN.items():
        text = re.sub(rf"\b{de}\b", en, text)
    for fmt in _FORMATS:
        try:
            dt.datetime.strptime(text, fmt)
            return fmt
        except ValueError:
            continue
    return None


def phone_type(value: str, region: str | None) -> tuple[str | None, int | None]:
    """(region, phonenumbers type) of a valid number, else (region, None)."""
    found, number = _region_of(value, region)
    return found, phonenumbers.number_type(number) if number is not None else None


def check(paths: list[str], key: str) -> Counter:
    sur, counts = Surrogates(Keyring(key.encode())), Counter()
    for path in paths:
        for line in open(path, encoding="utf-8"):
            rec = json.loads(line)
            locale = "de_DE" if rec.get("lang") == "de" else "en_US"
            for span in rec.get("spans") or []:
                value = rec["text"][span["start"] : span["end"]]
                if span["label"] == "DATE" and date_format(value):
                    counts["dates"] += 1
                    out = sur.surrogate(value, "DATE", locale)
                    counts["dates invalid"] += date_format(out) is None
                elif span["label"] in _CHECKS and _CHECKS[span["label"]](value):
                    counts[span["label"]] += 1
                    out = sur.surrogate(value, span["label"], locale)
                    counts[span["label"] + " invalid"] += not _CHECKS[span["label"]](out)
                elif span["label"] == "ID" and (formats := _formats_of(value)):
                    counts["ID"] += 1
                    out = sur.surrogate(value, "ID", locale)
                    counts["ID invalid"] += not all(f.is_valid(out) for f in formats)
                elif span["label"] == "PHONE":
                    region, kind = phone_type(value, locale[-2:])
                    if kind is None:
                        continue
                    counts["phones"] += 1
                    out = sur.surrogate(value, "PHONE", locale)
                    counts["phones off"] += phone_type(out, region)[1] != kind
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", help="tagged-record JSONL files")
    ap.add_argument("--key", default="validity-key-0123456789abcdef", help="surrogate key")
    args = ap.parse_args()
    counts = check(args.files, args.key)
    print(f"valid dates {counts['dates']}: surrogate no date {counts['dates invalid']}")
    print(
        f"valid phone numbers {counts['phones']}: surrogate invalid or of another type "
        f"{counts['phones off']}"
    )
    for label in ("EMAIL", "IBAN", "CREDIT_CARD", "ID"):
        print(f"valid {label} {counts[label]}: surrogate invalid {counts[label + ' invalid']}")


if __name__ == "__main__":
    main()
