"""Whether surrogates of valid values are valid: over the gold DATE and PHONE spans of tagged
JSONL files, the share of values that parse (a calendar date in a common format; a phone number
phonenumbers calls valid) whose surrogate parses too, as the same phone number type.

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

from anonymizer.date_formats import MONTH_NAMES
from anonymizer.keys import Keyring
from anonymizer.surrogate_formats import _region_of
from anonymizer.surrogates import Surrogates

_FORMATS = (
    "%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d %B %Y", "%B %d, %Y",
    "%d %b %Y", "%b %d, %Y", "%B %Y", "%d.%m.", "%d. %B %Y", "%B %d", "%d %B",
)  # fmt: skip
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


if __name__ == "__main__":
    main()
