"""What kind of place the gold LOCATION spans of tagged JSONL files name, as the surrogates read
them: a town of `place_countries.tsv`, a state, county, landscape, lake, sea or nation of
`surrogate_regions` (another of its kind), a country (another country), an institution named by
its place (its kind kept), or none of these (a town of the document's locale is drawn); a German
genitive ("Sachsens") counts as its place. The last column is what still gets a town whatever it
named.

Prints counts only, never text.

    .venv/bin/python benchmarks/location_kinds.py runs/data/germeval.dev.jsonl \\
        runs/data/wnut17.dev.jsonl runs/data/synth.dev.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from anonymizer.detect.institutions import split_place
from anonymizer.keys import Keyring
from anonymizer.surrogate_places import place_countries
from anonymizer.surrogate_regions import genitive_stem, region_of
from anonymizer.surrogates import Surrogates, normalize

KINDS = ("town", "region", "country", "institution", "other")


def kind_of(value: str, countries: frozenset[str], lang: str) -> str:
    """The kind of place `value` names, in the order `Surrogates` reads it; a German genitive
    ("Sachsens") as its place."""
    if lang == "de" and (stem := genitive_stem(value, countries)):
        value = stem
    row = region_of(value, lang)
    if normalize(value) in countries or (row is not None and row.kind == "country"):
        return "country"
    if row is not None:
        return "region"
    if split_place(value):
        return "institution"
    return "town" if normalize(value) in place_countries() else "other"


def count(path: Path, sur: Surrogates) -> Counter[str]:
    """Gold LOCATION values of one file by kind."""
    kinds: Counter[str] = Counter()
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        lang = rec.get("lang") or "en"
        countries = sur._countries("de_DE" if lang == "de" else "en_US")
        for span in rec.get("spans", []):
            if span["label"] == "LOCATION":
                value = rec["text"][span["start"] : span["end"]]
                kinds[kind_of(value, countries, lang)] += 1
    return kinds


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("files", nargs="+", type=Path, help="tagged JSONL files")
    args = p.parse_args()
    sur = Surrogates(Keyring(b"location-kinds-key-0123456789"))
    print(f"{'file':<40} {'spans':>6} " + " ".join(f"{k:>11}" for k in KINDS))
    for path in args.files:
        kinds = count(path, sur)
        total = sum(kinds.values())
        cells = " ".join(f"{kinds[k]:>5} {kinds[k] / max(total, 1):>5.1%}" for k in KINDS)
        print(f"{path.name:<40} {total:>6} {cells}")


if __name__ == "__main__":
    main()
