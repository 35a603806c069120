"""Catch rate of names (and towns) in everyday phrasings the dev sets rarely hold, per family.

Each family is a handful of German or English sentences written for this script (no corpus
text) with a `{first}`, `{last}` or `{full}` slot (`_html`: the name as a web export writes it,
"M&uuml;ller"; `_u`, `_qp`, `_moji`, `_nfd`: escaped, "M\\u00fcller", quoted-printable,
"M=C3=BCller", garbled, "MÃ¼ller", and decomposed). Every sentence is filled with names of
several Faker locales (seeded), run through `Anonymizer.detect_batch`, and a name counts as
caught when any detected span overlaps it, whatever the label, and as whole when spans cover
all of it; a span over it that reaches past it into a word or sign ("\\nAyşe" for "Ayşe",
"Frau Krüger" for "Krüger") counts as beyond. Only counts are printed.

    python benchmarks/spot_checks.py                        # the shipped model
    python benchmarks/spot_checks.py --model runs/bundle-x --names 20 --threshold 0.2
"""

from __future__ import annotations

import argparse
import html
import random
import unicodedata
from html.entities import codepoint2name

# family -> (language, sentences); "{first}" etc. mark the name to catch (one per sentence).
FAMILIES: dict[str, tuple[str, list[str]]] = {
    "de self-introduction, der/die + first": (
        "de",
        [
            "Hallo, ich bin die {first} und habe eine Frage zu meiner Bestellung.",
            "Hallo, ich bin der {first} und warte seit zwei Wochen auf mein Paket.",
        ],
    ),
    "de self-introduction, first name": (
        "de",
        [
            "Ich heiße {first} und bin seit Jahren Kundin bei Ihnen.",
            "Moin, hier ist {first}, die Lieferung kam leider beschädigt an.",
        ],
    ),
    "de self-introduction, full name": (
        "de",
        [
            "Mein Name ist {full}, ich möchte mich über den Kundenservice beschweren.",
            "Guten Tag, hier schreibt {full} wegen der doppelten Abbuchung.",
        ],
    ),
    "de staff mention": (
        "de",
        [
            "Ihr Mitarbeiter Herr {last} war am Telefon sehr unfreundlich.",
            "Frau {last} aus der Filiale hat mir super geholfen, danke!",
            "Die Beraterin {first} hat sich wirklich Zeit genommen.",
        ],
    ),
    "de signature": (
        "de",
        [
            "Ich bitte um schnelle Rückmeldung.\nViele Grüße\n{full}",
            "Danke im Voraus und beste Grüße, {first}",
        ],
    ),
    "de lower-case chat": (
        "de",
        [
            "hi ich bin {first_lower} und die app stürzt dauernd ab",
            "danke an {first_lower} vom support, hat alles geklappt",
        ],
    ),
    "en self-introduction": (
        "en",
        [
            "Hi, I'm {first} and my order never arrived.",
            "My name is {full} and I was charged twice for the same item.",
            "Hello, this is {first} from the downtown store.",
        ],
    ),
    "en staff mention": (
        "en",
        [
            "Your agent {first} was incredibly patient with me.",
            "I spoke to Mr. {last} on Tuesday and nothing happened since.",
        ],
    ),
    "en signature": (
        "en",
        [
            "Please refund me as soon as possible.\nThanks,\n{full}",
            "Looking forward to hearing from you. Best, {first}",
        ],
    ),
    "en lower-case chat": (
        "en",
        [
            "lol {first_lower} from support fixed it in 2 min",
            "shoutout to {first_lower} at the front desk, super friendly",
        ],
    ),
    "de/en HTML references": (
        "de",
        [
            "<p>Sehr geehrte Frau {last_html},</p><p>leider kam das Paket nie an.</p>",
            "Mein Name ist {full_html}, ich warte auf meine Erstattung.<br>",
            "Hi, I'm {full_html} and my order never arrived.",
        ],
    ),
    # a ticket export that wrote its line breaks and tabs as escapes (backslash + "n")
    "de/en escaped line breaks": (
        "de",
        [
            r"Hallo,\nich warte seit Wochen.\nMit freundlichen Grüßen\n{full}\n",
            r"Thanks for nothing.\nRegards,\n{full}\nSent from my phone",
            r"Name:\t{full}\nAnliegen:\tRückerstattung",
        ],
    ),
    # JSON encoded twice ("\u00fc"), and UTF-8 saved again as Windows-1252 ("Ã¼")
    "de/en escaped or garbled characters": (
        "de",
        [
            r"Sehr geehrte Frau {last_u}, ich warte seit Wochen auf R\u00fcckmeldung.",
            "Mein Name ist {full_moji}, ich warte auf meine RÃ¼ckerstattung.",
            "Hi, Iâ€™m {full_moji} and my order never arrived.",
            r"Hi, I\u2019m {full_u} and my order never arrived.",
        ],
    ),
    # a mail saved raw: its body quoted-printable
    "de/en quoted-printable mail": (
        "de",
        [
            "Sehr geehrte Frau {last_qp}, die R=C3=BCckerstattung fehlt noch.",
            "Mit freundlichen Gr=C3=BC=C3=9Fen\n{full_qp}",
            "Hi, I'm {full_qp} and my order never arrived.",
        ],
    ),
    # a German town (Faker de_DE's, real towns) after a preposition of place
    "de towns after a preposition": (
        "de",
        [
            "Ich wohne seit 2019 in {town}, das Paket ist seit Tagen unterwegs.",
            "Viele Grüße aus {town}, die Lieferung kam beschädigt an.",
            "Wir sind letzte Woche nach {town} umgezogen, bitte Adresse ändern.",
        ],
    ),
    # letters and combining marks apart (NFD), as macOS files and some forms hold them
    "de/en decomposed letters": (
        "de",
        [
            "Sehr geehrte Frau {last_nfd}, die Ru\u0308ckerstattung fehlt noch.",
            "Danke an {first_nfd} fu\u0308r die schnelle Hilfe!",
            "Hi, I'm {full_nfd} and my order never arrived.",
        ],
    ),
}
ORIGINS = ("de_DE", "tr_TR", "pl_PL", "it_IT", "ar_AA", "vi_VN", "en_US", "en_GB", "en_NG")


def make_cases(names_per_origin: int, seed: int) -> list[tuple[str, str, int, int]]:
    """(family, text, name start, name end) for every sentence, origin and drawn name."""
    from faker import Faker

    rng = random.Random(seed)
    towns = Faker("de_DE")
    towns.seed_instance(seed)
    cases = []
    for origin in ORIGINS:
        fk = Faker(origin)
        fk.seed_instance(rng.getrandbits(32))
        for _ in range(names_per_origin):
            female = rng.random() < 0.5
            first = fk.first_name_female() if female else fk.first_name_male()
            last = fk.last_name()
            slots = {"first": first, "last": last, "full": f"{first} {last}"}
            slots["first_lower"] = first.lower()
            slots |= {f"{k}_html": _html(slots[k]) for k in ("last", "full")}
            slots |= {f"{k}_u": _escaped(slots[k]) for k in ("last", "full")}
            slots["full_moji"] = _garbled(slots["full"])
            slots["town"] = towns.city()
            slots |= {f"{k}_qp": _printable(slots[k]) for k in ("last", "full")}
            slots |= {
                f"{k}_nfd": unicodedata.normalize("NFD", slots[k])
                for k in ("first", "last", "full")
            }
            for family, (_lang, sentences) in FAMILIES.items():
                for sentence in sentences:
                    cases.append((family, *_fill(sentence, slots)))
    return cases


def _html(name: str) -> str:
    """`name` with HTML character references, as web forms export it ("M&uuml;ller")."""
    escaped = html.escape(name)
    return "".join(
        f"&{codepoint2name[ord(c)]};"
        if ord(c) in codepoint2name and ord(c) > 127
        else (f"&#{ord(c)};" if ord(c) > 127 else c)
        for c in escaped
    )


def _escaped(name: str) -> str:
    """`name` with "\\uXXXX" escapes for all but ASCII, as JSON encoded twice holds it."""
    return name.encode("ascii", "backslashreplace").decode("ascii").replace("\\x", "\\u00")


def _garbled(name: str) -> str:
    """`name` in UTF-8 read as Windows-1252 (the five bytes it leaves undefined as Latin-1),
    as a spreadsheet that saved a CSV again writes it ("MÃ¼ller")."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in name.encode("utf-8")
    )


def _printable(name: str) -> str:
    """`name` as quoted-printable mail writes it: each byte of a character outside ASCII as
    "=XX" ("M=C3=BCller")."""
    return "".join(
        c if c.isascii() else "".join(f"={b:02X}" for b in c.encode("utf-8")) for c in name
    )


def _fill(sentence: str, slots: dict[str, str]) -> tuple[str, int, int]:
    for key, value in slots.items():
        mark = "{" + key + "}"
        if mark in sentence:
            start = sentence.index(mark)
            return sentence.replace(mark, value), start, start + len(value)
    raise ValueError(f"sentence without a name slot: {sentence!r}")


def run(
    model: str | None, names_per_origin: int, seed: int, threshold: float | None = None
) -> dict[str, tuple[int, int, int, int]]:
    """Caught, whole, beyond and total names per family."""
    from anonymizer import Anonymizer

    anon = Anonymizer.load(model, threshold=threshold)
    cases = make_cases(names_per_origin, seed)
    found = anon.detect_batch([text for _family, text, _s, _e in cases])
    out: dict[str, tuple[int, int, int, int]] = {}
    for (family, text, start, end), ents in zip(cases, found):
        over = [e for e in ents if e.start < end and start < e.end]
        covered = {i for e in ents for i in range(e.start, e.end)}
        whole = all(i in covered for i in range(start, end) if not text[i].isspace())
        outside = text[min([start, *(e.start for e in over)]) : start]
        outside += text[end : max([end, *(e.end for e in over)])]
        caught, complete, beyond, total = out.get(family, (0, 0, 0, 0))
        out[family] = (
            caught + bool(over),
            complete + whole,
            beyond + bool(outside.strip()),
            total + 1,
        )
    return out


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--model", default=None, help="bundle folder (default: the shipped model)")
    p.add_argument("--names", type=int, default=10, help="names drawn per Faker locale")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threshold", type=float, help="model threshold (default: the bundle's)")
    args = p.parse_args()
    results = run(args.model, args.names, args.seed, args.threshold)
    print(
        f"model: {args.model or 'shipped default'}; threshold: {args.threshold or 'bundle'}; "
        f"{args.names} names x {len(ORIGINS)} origins"
    )
    print(f"{'phrasing family':<40} {'names':>6} {'caught':>7} {'whole':>7} {'beyond':>7}")
    for family, (caught, whole, beyond, total) in results.items():
        figures = " ".join(f"{n / total:>7.1%}" for n in (caught, whole, beyond))
        print(f"{family:<40} {total:>6} {figures}")


if __name__ == "__main__":
    main()
