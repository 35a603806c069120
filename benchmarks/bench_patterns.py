"""Throughput of `PatternDetector.detect` on a synthetic German/English feedback corpus.

The corpus is generated in memory with Faker (no real data): review-like sentences with a planted
e-mail, phone number, IBAN, date, address or order number in about half of the documents.

    .venv/bin/python benchmarks/bench_patterns.py --docs 2000 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import time

from faker import Faker

from anonymizer.detect.patterns import PatternDetector

_TEMPLATES = {
    "de_DE": [
        "Meine Bestellung kam leider nicht an, bitte melden Sie sich unter {phone}.",
        "Bitte erstatten Sie den Betrag auf {iban}. Danke!",
        "Ich wohne jetzt in {street}, {postcode} {city}.",
        "Kundennummer: {order} – seit dem {date} warte ich auf Antwort.",
        "Schreiben Sie mir an {email}, die Ware war beschädigt.",
    ],
    "en_US": [
        "My order never arrived, please call me at {phone}.",
        "Order #{order} was charged twice on {date}.",
        "Send the replacement to {street}, {city}.",
        "You can reach me at {email} or visit {url}.",
    ],
}


def _document(fake: Faker, locale: str, rng: random.Random) -> str:
    filler = " ".join(fake[locale].paragraph(nb_sentences=rng.randint(2, 6)) for _ in range(2))
    if rng.random() < 0.5:
        return filler
    f = fake[locale]
    planted = rng.choice(_TEMPLATES[locale]).format(
        phone=f.phone_number(),
        iban=f.iban(),
        street=f.street_address(),
        postcode=f.postcode(),
        city=f.city(),
        order=f"{rng.randint(10000, 99999999)}",
        date=f.date(pattern="%d.%m.%Y" if locale == "de_DE" else "%Y-%m-%d"),
        email=f.email(),
        url=f.url(),
    )
    return f"{filler} {planted}"


def make_corpus(n_docs: int, seed: int = 0) -> list[str]:
    """`n_docs` synthetic feedback documents, half German and half English."""
    Faker.seed(seed)
    fake = Faker(list(_TEMPLATES))
    rng = random.Random(seed)
    return [_document(fake, rng.choice(list(_TEMPLATES)), rng) for _ in range(n_docs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents to generate")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (best is reported)")
    args = parser.parse_args()

    corpus = make_corpus(args.docs)
    n_chars = sum(map(len, corpus))
    detector = PatternDetector()
    detector.detect(corpus[0])  # warm-up: phonenumbers loads its metadata lazily
    best, n_entities = float("inf"), 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        n_entities = sum(len(detector.detect(doc)) for doc in corpus)
        best = min(best, time.perf_counter() - start)
    print(f"docs={len(corpus)} chars={n_chars} entities={n_entities}")
    print(
        f"best of {args.repeat}: {best:.3f} s  {n_chars / best:,.0f} chars/s  "
        f"{len(corpus) / best:,.0f} docs/s"
    )


if __name__ == "__main__":
    main()
