"""Surrogate throughput: surrogates/s per label, cold (distinct values) and warm (cached).

    .venv/bin/python benchmarks/bench_surrogates.py --n 2000 --locale de_DE

Inputs are synthetic (Faker and counters); nothing is read from any corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable

from faker import Faker
from stdnum import iban

from anonymizer.keys import Keyring
from anonymizer.schema import LABELS
from anonymizer.surrogates import Surrogates


def _iban(i: int) -> str:
    bban = f"{i:018d}"
    return iban.format("DE" + iban.calc_check_digits("DE00" + bban) + bban)


def make_inputs(n: int, locale: str) -> dict[str, list[str]]:
    """`n` distinct synthetic values per label."""
    fk = Faker(locale)
    fk.seed_instance(0)
    day = dt.date(2000, 1, 1)
    makers: dict[str, Callable[[int], str]] = {
        "PERSON": lambda i: f"{fk.first_name()} {fk.last_name()} {i}",
        "ORGANIZATION": lambda i: f"{fk.company()} {i}",
        "LOCATION": lambda i: f"{fk.city()} {i}",
        "ADDRESS": lambda i: f"{fk.street_name()} {i}, {fk.postcode()} {fk.city()}",
        "DATE": lambda i: (day + dt.timedelta(days=i)).strftime("%d.%m.%Y"),
        "EMAIL": lambda i: f"{fk.user_name()}{i}@{fk.free_email_domain()}",
        "PHONE": lambda i: f"+49 151 {i:08d}",
        "URL": lambda i: f"https://www.{fk.domain_word()}{i}.de/kontakt",
        "IP_ADDRESS": lambda i: f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}",
        "IBAN": _iban,
        "CREDIT_CARD": lambda i: f"4{i:014d}0",
        "ID": lambda i: f"KD-{i:08d}",
    }
    return {label: [makers[label](i) for i in range(n)] for label in LABELS}


def _rate(sur: Surrogates, label: str, values: list[str], locale: str) -> float:
    start = time.perf_counter()
    for value in values:
        sur.surrogate(value, label, locale)
    return len(values) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="distinct values per label")
    parser.add_argument("--locale", default="de_DE", help="Faker locale")
    args = parser.parse_args()
    inputs = make_inputs(args.n, args.locale)
    sur = Surrogates(Keyring(b"benchmark-key-0123456789"))
    sur.surrogate("warm up", "PERSON", args.locale)  # Faker and name tables load once
    print(f"{'label':<14}{'cold/s':>12}{'warm/s':>12}   (n={args.n}, locale={args.locale})")
    total_cold = total_warm = 0.0
    for label, values in inputs.items():
        cold = _rate(sur, label, values, args.locale)
        warm = _rate(sur, label, values, args.locale)
        total_cold += len(values) / cold
        total_warm += len(values) / warm
        print(f"{label:<14}{cold:>12,.0f}{warm:>12,.0f}")
    count = args.n * len(inputs)
    print(f"{'all':<14}{count / total_cold:>12,.0f}{count / total_warm:>12,.0f}")


if __name__ == "__main__":
    main()
