"""Short texts without context: survey answers taken for names, and names in a column alone.

A feedback export holds answers of one to three words ("gut", "Zu teuer", "Gerne wieder",
"Loved it") and columns that hold just a name ("Schmidt", "Okonkwo Chidi"). The answers below
were written for this script; the names are Faker names of several origins (seeded): a given
name, a family name and a full name alone. Prints how many answers got a PERSON span (they
should get none) and how many names were caught whole and in part (they all should be).
Nothing is read from any corpus.

    .venv/bin/python benchmarks/short_answers_check.py
    .venv/bin/python benchmarks/short_answers_check.py --model runs/bundle-x --names 30
"""

from __future__ import annotations

import argparse

from faker import Faker

from anonymizer import Anonymizer

ANSWERS = {
    "de": (
        "gut|sehr gut|Gut|Super|super|toll|Toll|prima|Prima|perfekt|Perfekt|ok|OK|okay|naja|Naja"
        "|schlecht|Schlecht|zu teuer|Zu teuer|teuer|langsam|Langsam|schnell|Schnell|freundlich"
        "|Freundlich|nett|Nett|Gerne|gerne|Gerne wieder|Immer wieder|Weiter so|Danke|Ja|ja|Nein"
        "|nein|Nichts|Alles|Preis|Service|Lieferung|Versand|Verpackung|Beratung|Qualität|Fahrer"
        "|Hotline|Kasse|Wartezeit|Alles bestens|Passt|passt schon|Hervorragend|unfreundlich"
        "|Keine Angabe|Zufrieden|Sehr zufrieden|Unzufrieden|geht so|Geht so|mittel|Mittelmäßig"
    ).split("|"),
    "en": (
        "good|Good|great|Great|bad|Bad|slow|Slow|fast|Fast|nice|Nice|fine|Fine|none|None"
        "|nothing|Nothing|price|Price|shipping|Shipping|support|Support|delivery|Delivery"
        "|friendly staff|Friendly staff|Love it|Loved it|Excellent|excellent|Terrible|Awful"
        "|Too expensive|too slow|Okay|Satisfied|Very satisfied|Not bad|So-so|Average"
    ).split("|"),
}
ORIGINS = ("de_DE", "tr_TR", "pl_PL", "it_IT", "en_US", "en_GB", "en_NG", "vi_VN")


def names(per_origin: int, seed: int) -> list[str]:
    """A given name, a family name and a full name alone, per name drawn."""
    out: list[str] = []
    for origin in ORIGINS:
        fk = Faker(origin)
        fk.seed_instance(seed)
        for _ in range(per_origin):
            first, last = fk.first_name(), fk.last_name()
            out += [first, last, f"{first} {last}"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="bundle folder (default: the shipped one)")
    parser.add_argument("--names", type=int, default=20, help="names drawn per origin")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    an = Anonymizer.load(args.model) if args.model else Anonymizer.load()
    for lang, answers in ANSWERS.items():
        found = an.detect_batch(answers)
        flagged = sum(any(e.label == "PERSON" for e in ents) for ents in found)
        print(f"answers {lang}: {flagged} of {len(answers)} got a PERSON span")
    values = names(args.names, args.seed)
    found = an.detect_batch(values)
    whole = sum(_covered(v, ents) == len(v.replace(" ", "")) for v, ents in zip(values, found))
    part = sum(_covered(v, ents) > 0 for v, ents in zip(values, found))
    print(f"names alone: {whole} of {len(values)} caught whole, {part} in part")


def _covered(value: str, ents: list) -> int:
    """Letters of `value` inside a detected span."""
    return sum(
        1 for i, c in enumerate(value) if c != " " and any(e.start <= i < e.end for e in ents)
    )


if __name__ == "__main__":
    main()
