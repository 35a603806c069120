"""Write `anonymizer/name_words.tsv`: listed names that are also everyday words.

The runtime reads a lower-case word as a first name only when a Faker locale of
`anonymizer.name_lexicon` lists it and it is no everyday word ("ryan", not "grace" or "einer").
This script finds the everyday words among the listed names in common German and English word
lists and writes them with their kind:

    noun   a German noun or place, capitalised in the dictionary but lower-case in chat text
           ("juni", "bett", "art"): a Hunspell stem that may begin a compound in lower case (flag
           `m`); no first name after an article either ("die Art", "der Kai")
    word   else: the lower-case spelling, or the runtime's ASCII key of it, is a German or
           English word ("einer", "grace", "baker"; "Åge" as "age"); a third column "en" marks
           an English word the German list lacks ("dieter", "udo"): in German text, capitalised,
           it is a name

The word lists are the Debian packages wngerman (igerman98), wamerican and wbritish (SCOWL
size 50: common words, not the rare senses a larger list adds, "jane", "nancy", "otto") and
wamerican-large (size 70) for words no name shares ("til"); the nouns come from hunspell-de-de
(igerman98). The file holds single words, not the lists. Rerun it
when Faker's name lists change:

    python scripts/make_name_words.py --dicts /usr/share/dict --hunspell /usr/share/hunspell
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from anonymizer.name_lexicon import name_key
from anonymizer.name_lists import _lexicon_providers, nickname_genders, provider_names, surnames

OUT = Path(__file__).resolve().parent.parent / "anonymizer" / "name_words.tsv"
HEADER = (
    "# Listed names that are also everyday words (scripts/make_name_words.py; do not edit).\n"
    "# word: lower-case German or English word; noun: German noun or place. Sources: Debian's\n"
    "# wngerman, wamerican(-large), wbritish word lists, hunspell-de-de; Faker's name lists.\n"
)


def raw_names() -> set[str]:
    """Every first name and surname of the lexicon's Faker locales, as Faker spells them, and
    the nicknames it adds ("matt")."""
    attrs = ("first_names", "first_names_male", "first_names_female")
    names = {n for p in _lexicon_providers() for a in attrs for n in provider_names(p, a)}
    names |= {n for p in _lexicon_providers() for n in surnames(p)}
    return names | {key.capitalize() for key in nickname_genders()}


def german_nouns(dic: Path) -> set[str]:
    """Stems of the German dictionary that may open a compound in lower case (nouns, places)."""
    nouns = set()
    for line in dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        stem, _, flags = line.strip().partition("/")
        if stem[:1].isupper() and "m" in flags:
            nouns.add(stem)
    return nouns


def lower_words(dicts: Path) -> set[str]:
    """Lower-case words: every one of the German list and of the common English lists (SCOWL
    size 50), and those of the large English list (size 70) that no capitalised entry shares,
    such as "til" or "lex" ("jane" and "nancy", listed as "Jane" and "Nancy" too, stay names)."""
    words = german_words(dicts)
    for name in ("american-english", "british-english"):
        words.update(w for w in _entries(dicts / name) if w.islower())
    large = set(_entries(dicts / "american-english-large"))
    words.update(w for w in large if w.islower() and w.capitalize() not in large)
    return words


def german_words(dicts: Path) -> set[str]:
    """The lower-case words of the German list."""
    return {w for w in _entries(dicts / "ngerman") if w.islower()}


def _entries(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [w for w in text.split() if "'" not in w]


# Everyday words of chat that the lists lack, which Faker also lists as names: "naja, war ok",
# "jesus, what a mess".
COLLOQUIAL = frozenset({"naja", "jesus"})


def classify(names: set[str], words: set[str], nouns: set[str]) -> dict[str, str]:
    """`name_key` -> "word" or "noun" for every name that is an everyday word."""
    out: dict[str, str] = {}
    for name in sorted(names):
        if not name.isalpha() or len(name) < 2:
            continue
        key, low = name_key(name), name.lower()
        if name.capitalize() in nouns:  # first: the article rule reads only these
            out[key] = "noun"
        elif (low in words or key in words) and out.get(key) != "noun":  # "Åge" read as "age"
            out[key] = "word"
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dicts", type=Path, default=Path("/usr/share/dict"), help="word lists")
    p.add_argument("--hunspell", type=Path, default=Path("/usr/share/hunspell"))
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args()
    nouns = german_nouns(args.hunspell / "de_DE.dic")
    words = classify(raw_names(), lower_words(args.dicts) | COLLOQUIAL, nouns)
    german = german_words(args.dicts) | COLLOQUIAL  # "naja" is German chat
    german |= {name_key(w) for w in german}
    lines = [
        f"{key}\t{kind}" + ("\ten" if kind == "word" and key not in german else "")
        for key, kind in sorted(words.items())
    ]
    args.out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    counts = Counter(words.values())
    print(f"{len(words)} names: " + ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
