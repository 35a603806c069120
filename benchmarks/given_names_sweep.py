"""Every first name of a Faker locale through sentence frames: how many the pipeline leaves.

A name is "left" when no detected span covers it whole, and "not a person" when a span covers
it but none labelled PERSON does. The frames are written for this script; the names are
Faker's; nothing is read from any corpus. Prints counts and the names left (Faker's names).

    .venv/bin/python benchmarks/given_names_sweep.py
    .venv/bin/python benchmarks/given_names_sweep.py --locale tr_TR --frame "Danke an {}!"
"""

from __future__ import annotations

import argparse

from faker import Faker

from anonymizer import Anonymizer

FRAMES = (
    "{} war sehr freundlich am Telefon.",
    "Ich habe mit {} gesprochen.",
    "Danke an {} vom Kundenservice!",
)


def first_names(locale: str) -> list[str]:
    """The distinct first names of a Faker locale, sorted."""
    person = next(p for p in Faker(locale).providers if ".person." in type(p).__module__)
    return sorted(set(person.first_names))


def sweep(anon: Anonymizer, names: list[str], frame: str) -> tuple[list[str], list[str]]:
    """(names left readable, names covered by no PERSON span) in `frame`."""
    texts = [frame.format(n) for n in names]
    left, not_person = [], []
    for name, text, spans in zip(names, texts, anon.detect_batch(texts), strict=True):
        start = text.index(name)
        covering = [e for e in spans if e.start <= start and start + len(name) <= e.end]
        if not covering:
            left.append(name)
        elif all(e.label != "PERSON" for e in covering):
            not_person.append(name)
    return left, not_person


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=None, help="bundle folder (default: the shipped model)")
    p.add_argument("--locale", action="append", help="Faker locale (repeatable; default de_DE)")
    p.add_argument("--frame", action="append", help="sentence with {} for the name (repeatable)")
    args = p.parse_args()
    anon = Anonymizer.load(args.model, key="given-names-sweep-key-0123")
    for locale in args.locale or ["de_DE"]:
        names = first_names(locale)
        for frame in args.frame or FRAMES:
            left, not_person = sweep(anon, names, frame)
            print(
                f"{locale} {frame!r}: {len(names)} names, {len(left)} left, "
                f"{len(not_person)} covered by no PERSON span; left: {' '.join(left)}"
            )


if __name__ == "__main__":
    main()
