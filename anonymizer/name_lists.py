"""First names and surnames of many Faker locales, as the name rules and surrogates read them:
which words are listed names, of which kind and gender, how many locales list each, and which
listed names are also everyday words (`name_words.tsv`).

    >>> firsts, lasts = name_lists()
    >>> "kemal" in firsts, "nowak" in lasts
    (True, True)
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from faker.providers.person import Provider as _BasePersonProvider

from .name_lexicon import name_key

# Faker locales whose first-name lists tell a first name (and its gender) from a surname when the
# document's own locale does not know the name: "Gisela" in English text stays a woman's first
# name, "Mehmet" in German text a man's, instead of both becoming surnames.
_LEXICON_LOCALES = (
    "de_DE de_AT de_CH en_US en_GB en_IE ga_IE en_IN en_KE en_NG yo_NG ig_NG ha_NG tw_GH zu_ZA "
    "tr_TR az_AZ pl_PL cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO ru_RU uk_UA el_GR it_IT fr_FR es_ES "
    "es_MX pt_BR pt_PT nl_NL da_DK sv_SE no_NO fi_FI ar_AA id_ID vi_VN".split()
)


# Where Faker's person providers keep surnames ("male_last_names": pl_PL's "-ski" forms).
_SURNAME_ATTRS = (
    "last_names",
    "unisex_last_names",
    "male_last_names",
    "last_names_male",
    "last_names_female",
    "last_names_unisex",
)


def provider_names(provider: Any, attr: str) -> tuple[str, ...]:
    """A name list of a Faker person provider, empty where the locale has none or only Faker's
    placeholder ("John", "Jane", "Doe": pl_PL's and is_IS's `last_names`, vi_VN's
    `first_names`; every surname of a Polish document became "Doe").

    >>> provider_names(importlib.import_module("faker.providers.person.pl_PL").Provider,
    ...                "last_names")
    ()
    """
    names = tuple(getattr(provider, attr, ()) or ())
    return () if names == tuple(getattr(_BasePersonProvider, attr, ()) or ()) else names


def surnames(provider: Any) -> tuple[str, ...]:
    """Every surname a Faker person provider lists, also where a locale keeps them outside
    `last_names` (pl_PL: "unisex_last_names", "male_last_names"), with the women's forms of
    Polish "-ski", "-cki" and "-dzki" names ("Kowalska").

    >>> "Kowalska" in surnames(importlib.import_module("faker.providers.person.pl_PL").Provider)
    True
    """
    out = dict.fromkeys(n for attr in _SURNAME_ATTRS for n in provider_names(provider, attr))
    for name in provider_names(provider, "male_last_names"):
        if name.endswith(("ski", "cki", "dzki")):
            out.setdefault(name[:-1] + "a")
    return tuple(out)


@cache
def _lexicon_providers() -> tuple[Any, ...]:
    """Faker's person providers of `_LEXICON_LOCALES`, imported once."""
    return tuple(
        importlib.import_module(f"faker.providers.person.{locale}").Provider
        for locale in _LEXICON_LOCALES
    )


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames of `_LEXICON_LOCALES`, as `name_key`s (~13 k and ~24 k).

    >>> firsts, lasts = name_lists()
    >>> "kemal" in firsts, "nowak" in lasts
    (True, True)
    """
    firsts: set[str] = set(nickname_genders())
    lasts: set[str] = set()
    for provider in _lexicon_providers():
        for attr in ("first_names", "first_names_male", "first_names_female"):
            firsts.update(name_key(n) for n in provider_names(provider, attr))
        lasts.update(name_key(n) for n in surnames(provider))
    return frozenset(firsts), frozenset(lasts)


def is_listed(word: str) -> bool:
    """Every part of the word is a first name or surname some Faker locale lists.

    >>> is_listed("Müller-Schmidt"), is_listed("Rechnung")
    (True, False)
    """
    firsts, lasts = name_lists()
    parts = [name_key(p) for p in re.split(r"[-'’]", word) if p]
    return all(p in firsts or p in lasts for p in parts)


def plural_surname(word: str) -> str | None:
    """The singular of a plural family name ("Müllers" -> "Müller", "Nguyens"), when it is a
    listed surname and no lower-case everyday word ("brown"; a German noun, "Müller", counts)
    and the plural is no listed name itself.

    >>> plural_surname("Müllers"), plural_surname("Browns"), plural_surname("Jones")
    ('Müller', None, None)
    """
    if len(word) < 4 or not word.endswith(("s", "S")) or is_listed(word):
        return None
    stem = name_key(word[:-1])
    return word[:-1] if stem in name_lists()[1] and name_words().get(stem) != "word" else None


def genitive_stem(word: str) -> str | None:
    """The name of a German genitive ("Annas" -> "Anna", "Müllers" -> "Müller"): a word no list
    knows whose stem before its "s" is a listed name and no lower-case everyday word.

    >>> genitive_stem("Annas"), genitive_stem("Jonas"), genitive_stem("Rechnungs")
    ('Anna', None, None)
    """
    if len(word) < 4 or not word.endswith(("s", "S")) or is_listed(word):
        return None
    stem = word[:-1]
    return stem if is_listed(stem) and name_words().get(name_key(stem)) != "word" else None


@cache
def nickname_genders() -> dict[str, str]:
    """English nicknames (the `nicknames` package) of the listed first names that no Faker
    locale lists as a first name itself, by key, with the gender of the names they shorten:
    "Matt", "Jess" or "Ollie" alone got a surname ("Thanks to Matt at the desk" became "Thanks
    to House"), and the lower-case name rule did not know them ("lol jess from support").

    >>> nickname_genders()["matt"], nickname_genders()["jess"], "anna" in nickname_genders()
    ('m', 'f', False)
    """
    from nicknames import NickNamer

    listed = _faker_first_name_genders()
    out: dict[str, str] = {}
    for nickname, canonicals in NickNamer().canonical_lookup.items():
        key = name_key(nickname)
        genders = {listed[c] for c in map(name_key, canonicals) if c in listed}
        if key not in listed and genders:
            out[key] = genders.pop() if len(genders) == 1 else "u"
    return out


@cache
def surname_words() -> frozenset[str]:
    """Keys of the words of listed surnames of several words ("Jacobi Jäckel", "auch
    Schlauchin"): each is a family name's word, though no list holds it alone.

    >>> "jaeckel" in surname_words(), "jaeckel" in name_lists()[1]
    (True, False)
    """
    return frozenset(
        name_key(word)
        for provider in _lexicon_providers()
        for name in surnames(provider)
        if " " in name
        for word in name.split()
    )


@cache
def locale_counts() -> dict[str, tuple[int, int]]:
    """How many locales of `_LEXICON_LOCALES` list a name key as a first name, and how many as
    a surname.

    >>> locale_counts()["marek"][0] > locale_counts()["marek"][1]  # Polish, Czech, ... first
    True
    """
    counts: dict[str, tuple[int, int]] = dict.fromkeys(nickname_genders(), (1, 0))
    for provider in _lexicon_providers():
        attrs = ("first_names", "first_names_male", "first_names_female")
        firsts = {name_key(n) for attr in attrs for n in provider_names(provider, attr)}
        lasts = {name_key(n) for n in surnames(provider)}
        for key in firsts | lasts:
            f, s = counts.get(key, (0, 0))
            counts[key] = (f + (key in firsts), s + (key in lasts))
    return counts


@cache
def all_first_name_genders() -> dict[str, str]:
    """Gender ("m", "f", "u" when the locales disagree) of every first name of
    `_LEXICON_LOCALES` and of their nicknames, by `name_key`, surnames among them included
    ("Jordan", "Gül")."""
    return _faker_first_name_genders() | nickname_genders()


@cache
def _faker_first_name_genders() -> dict[str, str]:
    """The gender most locales list a name under, two to one or more, else "u": sv_SE lists
    "Mohammed" as a woman's name too, which made it "u" ("ur driver mohammed" got "yesenia")."""
    votes: dict[str, Counter[str]] = {}
    for provider in _lexicon_providers():
        for gender, attr in (("m", "first_names_male"), ("f", "first_names_female")):
            for name in provider_names(provider, attr):
                votes.setdefault(name_key(name), Counter())[gender] += 1
    return {key: _majority(c["m"], c["f"]) for key, c in votes.items()}


@cache
def _suffix_genders() -> dict[str, str]:
    """Last two and three letters -> "m" or "f", where at least `_SUFFIX_MIN` listed names of one
    gender end so and at most one in ten of the other."""
    votes: dict[str, Counter[str]] = {}
    for key, gender in _faker_first_name_genders().items():
        for n in (2, 3):
            if gender != "u" and len(key) > n:
                votes.setdefault(key[-n:], Counter())[gender] += 1
    return {
        end: gender
        for end, c in votes.items()
        for gender in ("m", "f")
        if c[gender] >= _SUFFIX_MIN and c[gender] >= 9 * c["f" if gender == "m" else "m"]
    }


_SUFFIX_MIN = 20


def suffix_gender(key: str) -> str | None:
    """The gender the ending of a name no list knows tells, if its listed names' endings agree
    ("priyanka" like "bianka", "franka": "f"), else None.

    >>> suffix_gender("priyanka"), suffix_gender("xyzzy")
    ('f', None)
    """
    ends = _suffix_genders()
    return ends.get(key[-3:]) or ends.get(key[-2:])


def _majority(men: int, women: int) -> str:
    return "m" if men >= 2 * women else "f" if women >= 2 * men else "u"


@cache
def first_name_genders() -> dict[str, str]:
    """`all_first_name_genders` less the names any locale lists as a surname ("Carter").

    >>> first_name_genders()["gisela"], first_name_genders()["mehmet"]
    ('f', 'm')
    """
    surnames = name_lists()[1]
    return {k: g for k, g in all_first_name_genders().items() if k not in surnames}


@cache
def name_words() -> dict[str, str]:
    """`name_key` -> "word" or "noun" for every listed name that is an everyday word
    (`scripts/make_name_words.py`): a German or English word ("grace", "einer"), or a German
    noun or place ("juni", "art").

    >>> name_words()["grace"], name_words()["juni"]
    ('word', 'noun')
    """
    return {key: kind for key, kind, _lang in _name_word_rows()}


@cache
def english_words() -> frozenset[str]:
    """The `name_words` that are English words the German word list lacks ("dieter", "udo"):
    capitalised in German text, such a word is a name.

    >>> "dieter" in english_words(), "malte" in english_words()
    (True, False)
    """
    return frozenset(key for key, _kind, lang in _name_word_rows() if lang == "en")


def _name_word_rows() -> list[tuple[str, str, str]]:
    """(key, kind, "en" or "") per row of `name_words.tsv`."""
    rows = []
    for line in Path(__file__).with_name("name_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, kind, *lang = line.split("\t")
            rows.append((key, kind, lang[0] if lang else ""))
    return rows
