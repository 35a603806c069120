"""People's names and e-mail addresses built from them, mapped token by token.

Each name token is mapped on its own, keyed by its folded form (`name_key`: "Müller" and
"mueller" share a key), so partial mentions stay coherent: "Herr Müller", "Jonas Müller" and
"jonas.mueller@web.de" all get the same surname surrogate. Titles and particles are kept.
"""

from __future__ import annotations

import random
import re
import unicodedata
from functools import lru_cache
from typing import Any

from . import surrogate_urls
from .detect.markup import visible
from .detect.patterns_web import parse_obfuscated_email
from .keys import Keyring
from .name_lexicon import (
    DEGREES,
    HONORIFICS,
    PARTICLES,
    ROLES,
    TITLES,
    all_first_name_genders,
    ascii_fold,
    first_name_genders,
    gender_words,
    locale_counts,
    name_key,
    name_lists,
    provider_names,
)
from .name_roles import span_roles
from .surrogate_urls import ROLE_MAILBOXES, is_freemail

_LOCAL_RE = re.compile(r"^([a-z]+(?:[._-][a-z]+){0,3})([._-]?\d*)$")  # "jonas.m_1988"
# A name word, apostrophes inside included ("O'Connor"), an English possessive not ("Whitcombe's"
# keeps its "'s").
_TOKEN_RE = re.compile(r"(?<!['’])[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*", re.UNICODE)
_IRISH = frozenset({"ó", "ní", "uí"})
_SUFFIXES = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "msc", "bsc"}
)  # "Ó Briain", "Ní Bhriain", "Uí Bhriain"
_TITLE_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?\s+$")  # "Frau ", "Mrs. " ending a text


def match_case(template: str, word: str) -> str:
    """Give `word` the case style of `template` (ALL CAPS, lowercase or as is)."""
    if len(template) > 1 and template.isupper():
        return word.upper()
    if template.islower():
        return word.lower()
    return word


def clean(value: str) -> str:
    """A name as composed letters without invisible format characters: "Jo\u00adnas" (soft
    hyphen) and "Jo\u0308nas" (a combining diaeresis) are one word, not "Jo" and "nas".

    >>> clean("Mu\u0308l\u00adler")
    'Müller'
    """
    return unicodedata.normalize("NFC", visible(value))


def _is_listed(word: str) -> bool:
    """A capitalised word some locale lists as a first name or surname."""
    key = name_key(word.rstrip(".,:"))
    return word[:1].isupper() and (key in name_lists()[0] or key in name_lists()[1])


def _opening_role(word: str) -> bool:
    """A role or kin noun opening a span ("Kellner Giuseppe"), but for a capitalised one that
    is also a first name: "Mate Kovač" kept "Mate", a role noun of "my mate Dave"."""
    low = word.casefold().rstrip(".,:")
    return low in ROLES and not (word[0].isupper() and name_key(low) in name_lists()[0])


def _span_gender(chunks: list[re.Match], kept: list[bool]) -> str | None:
    """The gender, "f" or "m", that a kept title, kin or role word opening the span tells
    ("Mrs", "Tochter", "Kellnerin")."""
    words = gender_words()
    for chunk, is_kept in zip(chunks, kept):
        if not is_kept:
            break
        if gender := words.get(chunk.group().casefold().rstrip(".,:")):
            return gender
    return None


class NameMapper:
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
        self._last = provider_names(person, "last_names") or self._first
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
        self._titles = TITLES | prefixes
        self._honorifics = HONORIFICS | prefixes
        self._before_name = self._honorifics | ROLES  # words before a span that give a role
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
        if gender is None and role == "first":
            gender = all_first_name_genders().get(key, "u")
        elif gender is None and role is None and key not in self._last_keys:
            firsts, lasts = locale_counts().get(key, (0, 0))  # alone ("ask for Marek"): the
            if firsts > lasts:  # kind more locales list it as, unless the locale's own says
                gender = all_first_name_genders().get(key)
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

    def initial(self, letter: str) -> str:
        """A keyed different letter for an initial, same case."""
        rng = random.Random(self._keyring.seed("initial", letter.casefold(), self._locale))
        choices = [c for c in "ABCDEFGHIJKLMNOPRSTW" if c != letter.upper()]
        choice = rng.choice(choices)
        return choice.lower() if letter.islower() else choice

    def token(self, word: str, role: str | None = None) -> str:
        """Surrogate of one name word, in the word's case style; `role` ("first", "last")
        as `name_roles.span_roles` reads it."""
        if len(word) == 1:
            return self.initial(word)
        return match_case(word, self._token(name_key(word), role))

    def _is_kept(self, word: str, after_name: bool = False) -> bool:
        """A title, a name particle written in lower case ("von", "van der") or an Irish one
        ("Seán Ó Briain": "Ó" became an initial, "W"). A capitalised particle is mapped like any
        name word: in "Le Van Thanh" (Vietnamese) "Le" and "Van" are the family and middle name,
        and keeping them would leave two thirds of the name readable. A capitalised title word
        that is also a listed name is a name after a name word ("Anna Pfleger" kept "Pfleger")
        and where it is a degree without its dot ("Phil Collins" kept "Phil", as in "Dr. phil.")
        but for suffixes ("Smith Jr")."""
        low = word.casefold().rstrip(".")
        if low in _SUFFIXES:
            return True
        if word[0].isupper() and word[-1] != "." and (after_name or low in DEGREES):
            firsts, lasts = name_lists()
            if name_key(low) in firsts or name_key(low) in lasts:
                return False
        return low in self._titles or (low in PARTICLES and word.islower()) or low in _IRISH

    def _read(self, value: str) -> tuple[list[re.Match], list[bool], dict[int, str]]:
        """Words of a PERSON span (`clean`), which are kept as they are, and the roles of the
        others."""
        chunks = list(re.finditer(r"[^\s/]+/?", value))  # "SMITH/JOHN": an airline's order
        words = [c.group() for c in chunks]
        kept: list[bool] = []
        for i, word in enumerate(words):
            after_name = not all(kept)  # a name word stands before this one
            kept.append(
                self._is_kept(word, after_name)
                or (i == 0 and len(words) > 1 and _opening_role(word))
            )
        if words and all(kept) and _is_listed(words[-1]):
            kept[-1] = False  # "Pfleger" alone: a family name, not the title it also is
        return chunks, kept, span_roles(words, kept, self._honorifics, ROLES)

    def roles(self, value: str, before: str = "") -> dict[str, str]:
        """Roles of the name keys of one PERSON span, `before` being the text before it:
        `{"yilmaz": "last"}` for "Yilmaz" after "Frau " (a span need not hold its title); and
        the given name of a family name, `{"lindgren/given": "hannah"}` for "Hannah Lindgren",
        which an e-mail's initial follows ("h.lindgren@...")."""
        title = _TITLE_BEFORE_RE.search(before)  # a title or role noun right before the span
        if title and title.group(1).casefold() in self._before_name:
            value = f"{title.group(1)} {value}"
        chunks, kept, roles = self._read(clean(value))
        out = {
            name_key(m.group()): role
            for i, role in roles.items()
            for m in _TOKEN_RE.finditer(chunks[i].group())
        }
        first = [i for i, role in roles.items() if role == "first"]
        last = [i for i, role in roles.items() if role == "last"]
        given = _TOKEN_RE.search(chunks[first[0]].group()) if first and last else None
        if given:
            for m in _TOKEN_RE.finditer(chunks[last[0]].group()):
                out[f"{name_key(m.group())}/given"] = name_key(given.group())
        gender = _span_gender(chunks, kept)
        for m in _TOKEN_RE.finditer(chunks[first[0]].group()) if first and gender else ():
            out[f"{name_key(m.group())}/gender"] = gender  # "Mrs Zephyrine Doe": a woman
        return out

    def _by_role(
        self, word: str, role: str | None, roles: dict[str, str], gender: str | None = None
    ) -> str:
        """`token` in the role the word's place gives it, else in the document's role; a given
        name of the gender its title or kin noun tells (`gender`, else the document's)."""
        key = name_key(word)
        role = role or roles.get(key)
        gender = gender or roles.get(f"{key}/gender")
        return self.token(word, f"first/{gender}" if role == "first" and gender else role)

    def person(self, value: str, roles: dict[str, str] | None = None) -> str:
        """Map every name token in `value`, keeping titles, lower-case particles, spacing,
        punctuation and a role or kin noun that opens the span before a name ("Kellner
        Giuseppe"). A word's place sets its role; `roles` (the document's, by name key) does
        where the place does not ("Yilmaz" alone after "Frau Yilmaz" earlier)."""
        roles = roles or {}
        value = clean(value)
        chunks, kept, placed = self._read(value)
        gender = _span_gender(chunks, kept)
        out, pos, mapped = [], 0, False
        for i, chunk in enumerate(chunks):
            out.append(value[pos : chunk.start()])
            word = chunk.group()
            if kept[i]:
                out.append(word)
            else:
                role = placed.get(i)
                out.append(
                    _TOKEN_RE.sub(
                        lambda m, r=role: self._by_role(m.group(), r, roles, gender), word
                    )
                )
                mapped = mapped or bool(_TOKEN_RE.search(word))
            pos = chunk.end()
        out.append(value[pos:])
        result = "".join(out)
        return result if mapped else f"{result} {self.token('Name')}".strip()

    def email_local(
        self, local: str, rng: random.Random, roles: dict[str, str] | None = None
    ) -> str | None:
        """Local part rebuilt from name surrogates ("jonas.mueller89"), or None if not name-like;
        a part the document's `roles` know takes that role ("yilmaz" after "Frau Yilmaz")."""
        match = _LOCAL_RE.match(local.lower())
        if not match:
            return None
        parts = re.split(r"([._-])", match.group(1))
        roles = roles or {}
        mapped = [
            p if p in "._-" else ascii_fold(self._local_part(parts, i, roles))
            for i, p in enumerate(parts)
        ]
        if not all(mapped):  # surrogate in a script without an ASCII spelling
            return None
        digits = "".join(c if c in "._-" else rng.choice("0123456789") for c in match.group(2))
        return "".join(mapped) + digits

    def _local_part(self, parts: list[str], i: int, roles: dict[str, str]) -> str:
        """Surrogate of part `i` of a split local part: an initial beside a family name whose
        given name the document knows ("h" of "h.lindgren" beside "Hannah Lindgren") is the
        initial of that given name's surrogate."""
        part = parts[i]
        if len(part) == 1:
            for j in (i - 2, i + 2):  # the parts beside it, past the separator
                given = roles.get(f"{name_key(parts[j])}/given") if 0 <= j < len(parts) else None
                if given and given[0] == part:
                    return ascii_fold(self.token(given, "first"))[:1] or self.initial(part)
            return self.initial(part)
        return self._by_role(part, None, roles)

    def email(
        self, value: str, rng: random.Random, faker: Any, roles: dict[str, str] | None = None
    ) -> str:
        """A valid e-mail: name-like local parts follow the person surrogate, a team's shared
        mailbox ("service@") keeps its local part, free-mail kept. A value without "@" (a user
        name the model read as an e-mail) stays a user name."""
        obfuscated = parse_obfuscated_email(value)
        if obfuscated:  # "anna (at) gmx (punkt) de" -> "lukas (at) gmx (punkt) de"
            plain, at, dot = obfuscated
            return self.email(plain, rng, faker, roles).replace(".", dot).replace("@", at)
        local, _, domain = value.rpartition("@")
        if not local:
            local, domain = value, ""
        shared = local.lower() in ROLE_MAILBOXES and domain and not is_freemail(domain)
        new_local = local if shared else self.email_local(local, rng, roles)
        if new_local is None:
            new_local = ascii_fold(faker.user_name()) or "user"
        if "@" not in value:
            return new_local
        if not is_freemail(domain):
            domain = surrogate_urls.host(domain, faker)
        return f"{new_local}@{domain}"
