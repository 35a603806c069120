"""Does a person's surrogate ever hold a word of the original name?

Every one-word name of the lexicon (Faker's first names and surnames of `name_lexicon`'s
locales, and the nicknames it adds) is replaced alone, as the first word of a two-word name
("{name} Okonkwo") and as the second ("Anna {name}"), in a German and an English document. A
hit is a surrogate that holds the original word. Some hits are on purpose: a role or title word
that opens a span stays ("Pastor Okonkwo" -> "Pastor Hofmann"); others are chance, where the
surrogate of one word equals another word of the input ("Novak Okonkwo" -> "Farrell Novak" when
"Okonkwo" maps to "Novak"). Prints counts by kind and a few inputs of each (lexicon names, no
corpus text).

    .venv/bin/python benchmarks/surrogate_name_leaks.py
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict

from anonymizer.keys import Keyring
from anonymizer.name_lists import _lexicon_providers, nickname_genders, provider_names, surnames
from anonymizer.surrogates import Surrogates

ATTRS = ("first_names", "first_names_male", "first_names_female")


def names() -> list[str]:
    """The lexicon's one-word names, as Faker spells them, and its nicknames."""
    out = {n for p in _lexicon_providers() for a in ATTRS for n in provider_names(p, a)}
    out |= {n for p in _lexicon_providers() for n in surnames(p)}
    out |= {key.capitalize() for key in nickname_genders()}
    return sorted(n for n in out if " " not in n and "-" not in n)


def kind(value: str, name: str, out: str, sur: Surrogates, locale: str) -> str:
    """Why `out` holds `name`: it opens the value and stays there (a kept title or role word),
    or another word of the value maps to it (chance), or neither (a leak)."""
    others = [w for w in value.split() if w != name]
    if any(sur.surrogate(w, "PERSON", locale) == name for w in others):
        return "chance"
    if value.startswith(name + " ") and out.startswith(name + " "):
        return "kept opening word"
    return "leak"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5, help="inputs shown per kind")
    args = parser.parse_args()
    sur = Surrogates(Keyring(b"benchmark-key-0123456789"))
    words = names()
    hits: dict[str, list[str]] = defaultdict(list)
    for locale in ("de_DE", "en_US"):
        for name in words:
            for value in (name, f"{name} Okonkwo", f"Anna {name}"):
                out = sur.surrogate(value, "PERSON", locale)
                if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", out, re.IGNORECASE):
                    hits[kind(value, name, out, sur, locale)].append(f"{locale}: {value}")
    print(f"names: {len(words)}; values replaced: {len(words) * 6}")
    for k in ("leak", "kept opening word", "chance"):
        shown = ", ".join(hits[k][: args.examples])
        print(f"{k:<18} {len(hits[k]):>5}  {shown}")


if __name__ == "__main__":
    main()
