"""How far distinct values stay distinct: surrogates drawn for N distinct values per label and
locale, the number of distinct surrogates among them and the chance that two values share one.

A surrogate depends on the value only (and the key), so two values can draw the same one: "We
moved from Leeds to York" becomes "from X to X", and a per-town count merges towns. The fewer
surrogates a label draws from, the more often that happens.

    .venv/bin/python benchmarks/surrogate_spread.py --n 300

Inputs are real place names from Faker's geo data and German town list, and Faker's surnames
and company names of several locales; nothing is read from any corpus.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from faker import Faker
from faker.providers.address.de_DE import Provider as GermanTowns
from faker.providers.geo import Provider as Geo

from anonymizer.keys import Keyring
from anonymizer.surrogate_towns import INVENTED_TOWNS, real_places
from anonymizer.surrogates import Surrogates

LOCALES = ("de_DE", "en_US", "en_GB", "en_CA", "en_AU")
NAME_LOCALES = ("de_DE", "en_US", "tr_TR", "pl_PL", "it_IT", "vi_VN", "en_GB")


def make_inputs(n: int, seed: int = 0) -> dict[str, list[str]]:
    """`n` distinct values per label: towns, surnames, company names."""
    rng = random.Random(seed)
    towns = sorted({row[2] for row in Geo.land_coords} | set(GermanTowns.cities))
    fakers = [Faker(loc) for loc in NAME_LOCALES]
    for i, fk in enumerate(fakers):
        fk.seed_instance(seed + i)
    surnames = sorted({fk.last_name() for fk in fakers for _ in range(3 * n)})
    companies = sorted({fk.company() for fk in fakers[:2] for _ in range(3 * n)})
    return {
        "LOCATION": rng.sample(towns, n),
        "PERSON": rng.sample(surnames, min(n, len(surnames))),
        "ORGANIZATION": rng.sample(companies, min(n, len(companies))),
    }


def spread(values: list[str], label: str, locale: str, sur: Surrogates) -> tuple[int, float]:
    """Distinct surrogates of `values`, and the share of value pairs that share one."""
    counts = Counter(sur.surrogate(v, label, locale) for v in values)
    n = len(values)
    shared = sum(c * (c - 1) for c in counts.values()) / (n * (n - 1))
    return len(counts), shared


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300, help="distinct values per label")
    ap.add_argument("--key", default="spread-key-0123456789abcdef", help="surrogate key")
    args = ap.parse_args()
    geo = Counter(row[3] for row in Geo.land_coords)
    towns = ", ".join(
        f"{loc} {len(real_places(country)):,} ({geo[country]})"
        for loc, country in INVENTED_TOWNS.items()
    )
    print(f"real towns to draw from (of them in Faker's geo data alone): {towns}")
    inputs = make_inputs(args.n)
    sur = Surrogates(Keyring(args.key.encode()))
    print(f"{'label':<13} {'locale':<6} {'values':>6} {'distinct':>8} {'pairs sharing':>13}")
    for label, values in inputs.items():
        for locale in LOCALES:
            distinct, shared = spread(values, label, locale, sur)
            print(f"{label:<13} {locale:<6} {len(values):>6} {distinct:>8} {shared:>13.4%}")


if __name__ == "__main__":
    main()
