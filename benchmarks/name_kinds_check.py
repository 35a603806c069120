"""Surrogate realism for people's names: does a family name get a family name, a given name a
given name? Names come from Faker locales of many origins, written as "Frau {last}" / "Mrs.
{last}", "{first} {last}", and "{first}" and "{last}" alone, and are replaced in a German and an
English document; a surrogate counts as the wrong kind when the document locale's Faker lists it
only in the other list. A name alone has no place to read its kind from: which way it errs is
a trade (a lone given name, "ask for Marek", against a lone family name, "Yilmaz rief an").
The last column writes a given name after the title of its gender, "Mrs. {first} {last}",
and counts surrogates the document locale lists only for the other gender.

    .venv/bin/python benchmarks/name_kinds_check.py --n 300

Nothing is read from any corpus.
"""

from __future__ import annotations

import argparse

from faker import Faker

from anonymizer.keys import Keyring
from anonymizer.name_lists import provider_names
from anonymizer.surrogates import Surrogates

ORIGINS = "de_DE tr_TR pl_PL ar_AA it_IT en_US en_GB en_NG yo_NG vi_VN".split()
DOCS = {"de_DE": "Frau", "en_US": "Mrs."}
CLOSINGS = {"de_DE": "Viele Grüße,\n", "en_US": "Best regards,\n"}
TITLES = {"de_DE": ("Frau", "Herr"), "en_US": ("Mrs.", "Mr.")}


def _lists(locale: str) -> tuple[set[str], set[str]]:
    """First names and surnames of a Faker locale."""
    person = next(p for p in Faker(locale).providers if ".person." in type(p).__module__)
    firsts = {
        n
        for attr in ("first_names", "first_names_male", "first_names_female")
        for n in provider_names(person, attr)
    }
    return firsts, set(provider_names(person, "last_names"))


def _genders(locale: str) -> tuple[set[str], set[str]]:
    """Women's and men's first names of a Faker locale."""
    person = next(p for p in Faker(locale).providers if ".person." in type(p).__module__)
    return (
        set(provider_names(person, "first_names_female")),
        set(provider_names(person, "first_names_male")),
    )


def gender_check(origin: str, doc: str, n: int, sur: Surrogates) -> float:
    """Share of given names after "Mrs."/"Frau" or "Mr."/"Herr" whose surrogate the document
    locale lists only for the other gender ("Herr Andrea Rossi": Italian men are called
    Andrea)."""
    fk = Faker(origin)
    fk.seed_instance(1)
    women, men = _genders(doc)
    wrong = 0
    for i in range(n):
        female = i % 2 == 0
        first = (fk.first_name_female() if female else fk.first_name_male()).split()[0]
        title = TITLES[doc][0 if female else 1]
        out = sur.surrogate(f"{title} {first} {fk.last_name().split()[-1]}", "PERSON", doc)
        wanted, other = (women, men) if female else (men, women)
        wrong += _wrong(out.split()[1], wanted, other)
    return wrong / n


def pronoun_check(
    origin: str, doc: str, n: int, sur: Surrogates, said: bool = True
) -> float | None:
    """Share of given names followed by an English pronoun of their gender ("Spoke to {first}
    {last}, she said"; `said=False`: ", thanks") whose surrogate the document locale lists only
    for the other gender; None for a German document, where no pronoun is read. ja_JP names are
    its romanized ones, which no list of the runtime knows ("Akemi", "Shohei")."""
    if not doc.startswith("en"):
        return None
    fk = Faker(origin)
    fk.seed_instance(2)
    roman = "_romanized" if origin == "ja_JP" else ""
    women, men = _genders(doc)
    wrong = 0
    for i in range(n):
        female = i % 2 == 0
        first = getattr(fk, f"first{roman}_name_{'female' if female else 'male'}")().split()[0]
        value = f"{first} {getattr(fk, f'last{roman}_name')().split()[-1]}"
        after = (", she said" if female else ", he said") if said else ", thanks"
        out = sur.surrogate(value, "PERSON", doc, sur.name_roles([("to ", value, after)], doc))
        wanted, other = (women, men) if female else (men, women)
        wrong += _wrong(out.split()[0], wanted, other)
    return wrong / n


def _wrong(word: str, wanted: set[str], other: set[str]) -> bool:
    return word in other and word not in wanted


def check(origin: str, doc: str, n: int, sur: Surrogates) -> tuple[float, ...]:
    """Shares of wrong kinds: family name after a title, family and given name of a full name,
    a given name alone ("ask for Marek") and signing after a closing ("Viele Grüße,\nMarek"),
    a family name alone."""
    fk = Faker(origin)
    fk.seed_instance(0)
    firsts, lasts = _lists(doc)
    titled = family = given = alone = family_alone = signed = 0
    for _ in range(n):
        first, last = fk.first_name().split()[0], fk.last_name().split()[-1]
        titled_out = sur.surrogate(f"{DOCS[doc]} {last}", "PERSON", doc).split()
        titled += _wrong(titled_out[-1], lasts, firsts)
        out = sur.surrogate(f"{first} {last}", "PERSON", doc).split()
        family += _wrong(out[-1], lasts, firsts)
        given += _wrong(out[0], firsts, lasts)
        alone += _wrong(sur.surrogate(first, "PERSON", doc), firsts, lasts)
        roles = sur.name_roles([(CLOSINGS[doc], first)], doc)  # the given name signing a text
        signed += _wrong(sur.surrogate(first, "PERSON", doc, roles), firsts, lasts)
        family_alone += _wrong(sur.surrogate(last, "PERSON", doc), lasts, firsts)
    gender = gender_check(origin, doc, n, sur)
    pronoun = pronoun_check(origin, doc, n, sur)
    return (
        *(x / n for x in (titled, family, given, alone, signed, family_alone)),
        gender,
        pronoun,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="names per origin")
    args = parser.parse_args()
    sur = Surrogates(Keyring(b"benchmark-key-0123456789"))
    print(
        f"{'origin':<8}{'document':<10}{'title+family':>14}{'family':>10}{'given':>10}"
        f"{'alone':>10}{'signed':>10}{'fam.alone':>10}{'gender':>10}{'pronoun':>10}"
    )
    print(
        "  (share of surrogates of the wrong kind: a given name for a family name or back;"
        " signed: a given name alone after a closing;"
        " gender: a given name of the other gender after Mrs./Frau or Mr./Herr; pronoun: the"
        " same before 'she said'/'he said', English only)"
    )
    rows = {}
    for origin in ORIGINS:
        for doc in DOCS:
            rows[origin, doc] = check(origin, doc, args.n, sur)
            print(f"{origin:<8}{doc:<10}{_row(rows[origin, doc])}")
    columns = zip(*rows.values())
    means = [
        sum(c) / len(c) if (c := [x for x in col if x is not None]) else None for col in columns
    ]
    print(f"{'all':<18}{_row(means)}")
    no_pronoun = pronoun_check("ja_JP", "en_US", args.n, sur, said=False)
    pronoun = pronoun_check("ja_JP", "en_US", args.n, sur)
    print(
        f"names no list knows (ja_JP romanized, en_US): a given name of the other gender "
        f"{no_pronoun:.1%} without a pronoun after it, {pronoun:.1%} with one"
    )


def _row(shares: list | tuple) -> str:
    cells = [f"{s:>10.1%}" if s is not None else f"{'-':>10}" for s in shares]
    return f"{cells[0]:>14}" + "".join(cells[1:])


if __name__ == "__main__":
    main()
