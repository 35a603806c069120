"""People's names and e-mail addresses built from them, mapped token by token.

Each name token is mapped on its own, keyed by its folded form (`name_key`: "Müller" and
"mueller" share a key), so partial mentions stay coherent: "Herr Müller", "Jonas Müller" and
"jonas.mueller@web.de" all get the same surname surrogate. Titles and particles are kept.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from typing import Any

from faker import Faker

from .keys import Keyring
from .name_cues import INTRODUCERS
from .name_lexicon import (
    HONORIFICS,
    NOBLE_TITLES,
    ROLES,
    TITLES,
    name_key,
)
from .name_lists import (
    all_first_name_genders,
    first_name_genders,
    genitive_stem,
    is_listed,
    locale_counts,
    name_lists,
    plural_surname,
    provider_names,
    suffix_gender,
    surname_words,
)
from .name_roles import span_gender
from .surrogate_formats import banned_run
from .surrogate_name_spans import TOKEN_RE, SpanReader, clean

_LOCAL_RE = re.compile(r"^([a-z]+(?:[._-][a-z]+){0,3})([._-]?\d*)$")  # "jonas.m_1988"
_INITIALS_RE = re.compile(r"[A-Z]{2,3}")  # capitals no list knows as a name: initials
# A firm named after families: capitalised words joined by "&", "und", "and" or "-" ("Müller",
# "Weiß & Söhne" before its legal form "& Söhne OHG", "Schmidt & Jones").
_SURNAME_FIRM = re.compile(
    r"[A-ZÄÖÜ][^\W\d_]+(?:(?:\s*[&+-]\s*|\s+(?:und|and)\s+)[A-ZÄÖÜ][^\W\d_]+)*"
)


def _drawn_surnames(locale: str, draws: int = 2000) -> tuple[str, ...]:
    """Surnames the Faker of a locale that lists none of its own as `last_names` makes (pl_PL
    draws from "unisex_last_names", is_IS writes patronymics), in a fixed order. A Faker of its
    own draws them: the shared one is seeded per value, and re-seeding it here made a value's
    surrogate depend on whether this mapper existed yet."""
    fk = Faker(locale)
    fk.seed_instance(0)
    return tuple(sorted({fk.last_name() for _ in range(draws)}))


def _plural(name: str) -> str:
    """A family name in the plural ("Schulz" -> "Schulzes", "SCHMIDT" -> "SCHMIDTS")."""
    suffix = "es" if name.casefold().endswith(("s", "x", "z", "ß", "sh", "ch")) else "s"
    return name + (suffix.upper() if name.isupper() else suffix)


def _genitive(name: str) -> str:
    """A name in the German genitive ("Anna" -> "Annas", "Klaus" -> "Klaus'")."""
    if name.casefold().endswith(("s", "x", "z", "ß", "ce")):
        return name + "'"
    return name + ("S" if name.isupper() else "s")


def match_case(template: str, word: str) -> str:
    """Give `word` the case style of `template` (ALL CAPS, lowercase or as is)."""
    if len(template) > 1 and template.isupper():
        return word.upper()
    if template.islower():
        return word.lower()
    return word


class NameMapper(SpanReader):
    """Maps name tokens of one locale to keyed surrogates of the same kind and gender. A token
    is a first name when the locale lists it as one, or when another Faker locale of
    `name_lexicon` does and none lists it as a surname; else it is a surname. A word's place
    in the span can override that (`name_roles`).

    >>> from faker import Faker
    >>> m = NameMapper(Keyring(b"doc-example-key-0123456789"), Faker("de_DE"), "de_DE")
    >>> m.person("Herr Müller").split()[1] == m.person("Jonas Müller").split()[1]
    True
    """

    def __init__(self, keyring: Keyring, faker: Any, locale: str, cache_size: int = 50_000):
        self._keyring = keyring
        self._locale = locale
        person = next(p for p in faker.providers if ".person." in type(p).__module__)
        self._male = provider_names(person, "first_names_male")
        self._female = provider_names(person, "first_names_female")
        self._first = provider_names(person, "first_names") or self._male + self._female
        self._last = provider_names(person, "last_names") or _drawn_surnames(locale)
        self._last_keys = frozenset(name_key(n) for n in self._last)
        self._gender = {name_key(n): "m" for n in self._male}
        for n in self._female:
            key = name_key(n)
            self._gender[key] = "f" if key not in self._gender else "u"
        for n in self._first:
            self._gender.setdefault(name_key(n), "u")
        for key, gender in first_name_genders().items():  # the locale's own lists decide first
            self._gender.setdefault(key, gender)
        prefixes = {
            p.casefold().rstrip(".")
            for attr in ("prefixes_male", "prefixes_female")
            for p in provider_names(person, attr)
        }
        self._titles = TITLES | NOBLE_TITLES | prefixes
        self._honorifics = HONORIFICS | prefixes
        self._before_name = self._honorifics | ROLES | INTRODUCERS  # words that give a role
        self._token = lru_cache(maxsize=cache_size)(self._map_key)

    def _pool(self, key: str, role: str | None) -> tuple[str, ...]:
        """Names to draw from: by the key's own kind and gender, unless its place in the span
        (`role`) says it is a family name ("Mehmet Aydın": "Aydın" is listed as a first name
        only) or a given name ("Gül Aydın": "Gül" is a surname, too; "Raj Patel": no list
        knows "Raj", of either gender)."""
        if role == "last":
            return self._last
        if role in ("first/f", "first/m"):  # a given name after "Mrs", "Tochter", "Herr"
            return (self._female if role == "first/f" else self._male) or self._first
        gender = self._gender.get(key)
        if gender is None and role == "first":  # no list's: the ending's ("Priyanka")
            gender = all_first_name_genders().get(key) or suffix_gender(key) or "u"
        elif gender is None and role is None and key not in self._last_keys:
            firsts, lasts = locale_counts().get(key, (0, 0))  # alone ("ask for Marek"): the
            if firsts > lasts:  # kind more locales list it as, unless the locale's own says
                gender = all_first_name_genders().get(key)
            elif not lasts and key not in surname_words():  # in no list: a given name
                gender = suffix_gender(key) or "u"  # ("escalated this to Priyanka": "Ochoa")
        pool = {"m": self._male, "f": self._female, "u": self._first}.get(gender, self._last)
        return pool or self._last

    def _map_key(self, key: str, role: str | None = None) -> str:
        """Surrogate (Faker's capitalisation) for a folded name token: one word without a hyphen
        (Faker's de_DE lists hold "Jacobi Jäckel", "auch Schlauchin" and "Hans-Dieter"; a
        hyphenated name maps part by part, so "Klaus-Dieter" became "Jörg-Peter-Ferdi"), never
        the same name."""
        pool = self._pool(key, role)
        for attempt in range(50):
            rng = random.Random(self._keyring.seed("name", key, self._locale, str(attempt)))
            choice = rng.choice(pool)
            if name_key(choice) != key and not any(c.isspace() or c == "-" for c in choice):
                return choice
        return "X" + key.capitalize()

    def family_firm(self, name: str) -> str | None:
        """A firm's name made of listed surnames ("Müller", "Weiß & Söhne" before "OHG",
        "Smith & Jones") with their surrogates, as "Herr Müller" gets them; else None.

        >>> from faker import Faker
        >>> m = NameMapper(Keyring(b"doc-example-key-0123456789"), Faker("de_DE"), "de_DE")
        >>> m.family_firm("Müller") == m.person("Herr Müller").split()[1], m.family_firm("Acme")
        (True, None)
        """
        if not _SURNAME_FIRM.fullmatch(name):
            return None
        if not all(name_key(w) in name_lists()[1] for w in TOKEN_RE.findall(name)):
            return None
        return TOKEN_RE.sub(lambda m: self.token(m.group(), "last"), name)

    def initial(self, letter: str) -> str:
        """A keyed different letter for an initial, same case."""
        rng = random.Random(self._keyring.seed("initial", letter.casefold(), self._locale))
        choices = [c for c in "ABCDEFGHIJKLMNOPRSTW" if c != letter.upper()]
        choice = rng.choice(choices)
        return choice.lower() if letter.islower() else choice

    def token(self, word: str, role: str | None = None) -> str:
        """Surrogate of one name word, in the word's case style; `role` ("first", "last")
        as `name_roles.span_roles` reads it."""
        # a family name in capitals with a vowel ("DOE, JANE") is none: "DOE" became "TCK"
        surname = role == "last" and any(c in "AEIOUY" for c in word)
        initials = _INITIALS_RE.fullmatch(word) and not is_listed(word) and not surname
        if len(word) == 1 or initials:
            out = "".join(map(self.initial, word))  # "KK", "JFK": initials ("KK" was "ASHLEY")
            return out[:-1] + "X" if banned_run(out, word) else out  # never "SS", "NS"
        return match_case(word, self._token(name_key(word), role))

    def by_role(
        self, word: str, role: str | None, roles: dict[str, str], gender: str | None = None
    ) -> str:
        """`token` in the role the word's place gives it, else in the document's role; a given
        name of the gender its title or kin noun tells (`gender`, else the document's)."""
        key = name_key(word)
        if len(word) == 1 and (name := roles.get(f"{word.casefold()}/initial")):
            return match_case(word, self.by_role(name, None, roles)[0].upper())  # "Frau K."
        if role is None and key not in roles and (stem := plural_surname(word)):
            return _plural(self.token(stem, "last"))  # "die Müllers" became "die Karin"
        if stem := genitive_stem(word):  # "Annas Mutter" became "Blümel Mutter"
            return _genitive(self.by_role(stem, role, roles, gender))
        role = role or roles.get(key)
        gender = gender or roles.get(f"{key}/gender")
        return self.token(word, f"first/{gender}" if role == "first" and gender else role)

    def _digits(self, word: str) -> str:
        """`word` with its digits redrawn: an id the model read as a name ("policy PH-2231-90"
        kept "2231-90")."""
        rng = random.Random(self._keyring.seed("name-digits", word, self._locale))
        return "".join(rng.choice("0123456789") if c.isdigit() else c for c in word)

    def person(self, value: str, roles: dict[str, str] | None = None) -> str:
        """Map every name token in `value`, keeping titles, lower-case particles, spacing,
        punctuation and a role or kin noun that opens the span before a name ("Kellner
        Giuseppe"). A word's place sets its role; `roles` (the document's, by name key) does
        where the place does not ("Yilmaz" alone after "Frau Yilmaz" earlier)."""
        roles = roles or {}
        value = clean(value)
        chunks, kept, placed = self._read(value)
        gender = span_gender(chunks, kept)
        out, pos, mapped = [], 0, False
        for i, chunk in enumerate(chunks):
            out.append(value[pos : chunk.start()])
            word = chunk.group()
            if kept[i]:
                out.append(word)
            else:
                role = placed.get(i)
                new = TOKEN_RE.sub(lambda m, r=role: self.by_role(m[0], r, roles, gender), word)
                out.append(self._digits(new) if any(c.isdigit() for c in word) else new)
                mapped = mapped or bool(TOKEN_RE.search(word))
            pos = chunk.end()
        out.append(value[pos:])
        result = "".join(out)
        return result if mapped else f"{result} {self.token('Name', 'last')}".strip()
