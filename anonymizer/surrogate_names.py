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

from faker import Faker

from .detect.markup import visible
from .keys import Keyring
from .name_lexicon import (
    DEGREES,
    HONORIFICS,
    IRISH_PARTICLES,
    KEPT_LOWER,
    NOBLE_TITLES,
    PARTICLES,
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
)
from .name_roles import (
    CONJUNCTIONS,
    INTRODUCERS,
    SUFFIXES,
    article_gender,
    introduced,
    introducer_gender,
    label_role,
    noble,
    opening_role,
    pronoun_gender,
    signed_off,
    span_gender,
    span_roles,
    surname_only,
)
from .surrogate_formats import banned_run

_LOCAL_RE = re.compile(r"^([a-z]+(?:[._-][a-z]+){0,3})([._-]?\d*)$")  # "jonas.m_1988"
# A name word, apostrophes inside included ("O'Connor"), an English possessive not ("Whitcombe's"
# keeps its "'s").
_INITIALS_RE = re.compile(r"[A-Z]{2,3}")  # capitals no list knows as a name: initials
_TOKEN_RE = re.compile(r"(?<!['’])[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*", re.UNICODE)
# A firm named after families: capitalised words joined by "&", "und", "and" or "-" ("Müller",
# "Weiß & Söhne" before its legal form "& Söhne OHG", "Schmidt & Jones").
_SURNAME_FIRM = re.compile(
    r"[A-ZÄÖÜ][^\W\d_]+(?:(?:\s*[&+-]\s*|\s+(?:und|and)\s+)[A-ZÄÖÜ][^\W\d_]+)*"
)
_TITLE_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?\s+$")  # "Frau ", "Mrs. " ending a text


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


def clean(value: str) -> str:
    """A name as composed letters without invisible format characters: "Jo\u00adnas" (soft
    hyphen) and "Jo\u0308nas" (a combining diaeresis) are one word, not "Jo" and "nas".

    >>> clean("Mu\u0308l\u00adler")
    'Müller'
    """
    return unicodedata.normalize("NFC", visible(value))


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
        if not all(name_key(w) in name_lists()[1] for w in _TOKEN_RE.findall(name)):
            return None
        return _TOKEN_RE.sub(lambda m: self.token(m.group(), "last"), name)

    def initial(self, letter: str) -> str:
        """A keyed different letter for an initial, same case."""
        rng = random.Random(self._keyring.seed("initial", letter.casefold(), self._locale))
        choices = [c for c in "ABCDEFGHIJKLMNOPRSTW" if c != letter.upper()]
        choice = rng.choice(choices)
        return choice.lower() if letter.islower() else choice

    def token(self, word: str, role: str | None = None) -> str:
        """Surrogate of one name word, in the word's case style; `role` ("first", "last")
        as `name_roles.span_roles` reads it."""
        if len(word) == 1 or (_INITIALS_RE.fullmatch(word) and not is_listed(word)):
            out = "".join(map(self.initial, word))  # "KK", "JFK": initials ("KK" was "ASHLEY")
            return out[:-1] + "X" if banned_run(out, word) else out  # never "SS", "NS"
        return match_case(word, self._token(name_key(word), role))

    def _is_kept(self, word: str, after_name: bool = False) -> bool:
        """A title or degree ("Dr.-Ing."), a lower-case name particle, patronymic word or "und"
        ("von", "van der", "Rhys ap Gwilym", "von und zu": "und" became "johann") or an Irish one
        ("Seán Ó Briain": "Ó" became an initial, "W"). A capitalised particle is mapped like any
        name word: in "Le Van Thanh" (Vietnamese) "Le" and "Van" are the family and middle name,
        and keeping them would leave two thirds of the name readable. A capitalised title word
        that is also a listed name is a name after a name word ("Anna Pfleger" kept "Pfleger")
        and where it is a degree without its dot ("Phil Collins" kept "Phil", as in "Dr. phil.")
        but for suffixes ("Smith Jr")."""
        low = word.casefold().rstrip(".")
        if low in SUFFIXES or low.startswith(("dipl.-", "dr.-")):  # "Dipl.-Päd.", "Dr.-Ing."
            return True
        if word[0].isupper() and word[-1] != "." and (after_name or low in DEGREES):
            if is_listed(low):
                return False
        return (
            low in self._titles or (low in KEPT_LOWER and word.islower()) or low in IRISH_PARTICLES
        )

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
                or (i == 0 and len(words) > 1 and opening_role(word))
            )
        if words and all(kept) and words[-1][:1].isupper() and is_listed(words[-1].rstrip(".,:")):
            kept[-1] = False  # "Pfleger" alone: a family name, not the title it also is
        for i in range(1, len(words) - 1):  # "sam n ellie": chat's "and" became an initial, "r"
            kept[i] = kept[i] or words[i] in CONJUNCTIONS
        for i in range(len(words) - 1):  # "Van der Berg": "Van" became "Guy"; "Le Van Thanh" not
            kept[i] = kept[i] or (words[i].casefold() in PARTICLES and words[i + 1] in PARTICLES)
        if not noble(words):  # "Baron Okonkwo": a given name, no title
            kept = [k and w.casefold() not in NOBLE_TITLES for w, k in zip(words, kept)]
        return chunks, kept, span_roles(words, kept, self._honorifics, ROLES | INTRODUCERS)

    def roles(
        self, value: str, before: str = "", after: str = "", field: str = ""
    ) -> dict[str, str]:
        """Roles of the name keys of one PERSON span, `before` being the text before it:
        `{"yilmaz": "last"}` for "Yilmaz" after "Frau " (a span need not hold its title); and
        the given name of a family name, `{"lindgren/given": "hannah"}` for "Hannah Lindgren",
        which an e-mail's initial follows ("h.lindgren@..."), and the other way round
        (`{"hannah/family": "lindgren"}`, "hannah.l@..."). A pronoun in `after` tells the
        gender of a given name no list gives one (`pronoun_gender`); the role of the field
        the value fills (`field`, "first" or "last") is its one name word's."""
        title = _TITLE_BEFORE_RE.search(before)  # a title or role noun right before the span
        if title and title.group(1).casefold() in self._before_name:
            value = f"{title.group(1)} {value}"
        chunks, kept, roles = self._read(clean(value))
        words = [c for c, is_kept in zip(chunks, kept) if not is_kept]
        field = field or label_role(before) or ""  # "(Vorname: Wei)" in the text, too
        if field and len(words) == 1:  # "Thomas" in a "last_name" column: a family name
            return {name_key(m.group()): field for m in _TOKEN_RE.finditer(words[0].group())}
        out = {
            name_key(m.group()): role
            for i, role in roles.items()
            for m in _TOKEN_RE.finditer(chunks[i].group())
        }
        first = [i for i, role in roles.items() if role == "first"]
        last = [i for i, role in roles.items() if role == "last"]
        given = _TOKEN_RE.search(chunks[first[0]].group()) if first and last else None
        if given:
            family = _TOKEN_RE.search(chunks[last[0]].group())
            out[f"{name_key(given.group())}/family"] = name_key(family.group())  # "priya.n@"
            for m in _TOKEN_RE.finditer(chunks[last[0]].group()):
                out[f"{name_key(m.group())}/given"] = name_key(given.group())
        gender = span_gender(chunks, kept)
        for m in _TOKEN_RE.finditer(chunks[first[0]].group()) if first and gender else ():
            out[f"{name_key(m.group())}/gender"] = gender  # "Mrs Zephyrine Doe": a woman
        if not gender and (told := pronoun_gender(after)):
            out |= self._told_gender(chunks, kept, first, told)
        names = [chunk for chunk, is_kept in zip(chunks, kept) if not is_kept]
        if len(names) == 1 and not roles and (introduced(before) or signed_off(before)):
            # "Ich heiße Ümit", "Viele Grüße, Manni": a given name unless a listed surname
            keys = {name_key(m.group()) for m in _TOKEN_RE.finditer(names[0].group())}
            out |= {k: "first" for k in keys if k not in self._last_keys and not surname_only(k)}
        if len(names) == 1 and (told := introducer_gender(before)):  # "Herr namens Oleksandr"
            out |= {f"{name_key(w)}/gender": told for w in _TOKEN_RE.findall(names[0].group())}
        article = article_gender(before) if title else None
        if len(names) != 1 or plural_surname(names[0].group().rstrip(".,:;")):
            article = None  # "die Müllers": a family, not a woman
        for m in _TOKEN_RE.finditer(names[0].group()) if article else ():
            key = name_key(m.group())  # "der Ollie": a given name, a man's ("der Elisabet")
            out |= {key: "first", f"{key}/gender": article}
        return out

    def _told_gender(self, chunks: list, kept: list[bool], first: list[int], gender: str) -> dict:
        """The given name's gender a pronoun tells, where no list tells it: of the span's given
        name, or of its one name word unless that is a listed surname ("Patel, she said")."""
        names = [c for c, is_kept in zip(chunks, kept) if not is_kept]
        word = chunks[first[0]] if first else names[0] if len(names) == 1 else None
        out = {}
        for m in _TOKEN_RE.finditer(word.group()) if word else ():
            key = name_key(m.group())
            listed = self._gender.get(key) or all_first_name_genders().get(key)
            if listed in ("m", "f") or (not first and key in self._last_keys):
                continue
            out |= {key: "first", f"{key}/gender": gender}
        return out

    def by_role(
        self, word: str, role: str | None, roles: dict[str, str], gender: str | None = None
    ) -> str:
        """`token` in the role the word's place gives it, else in the document's role; a given
        name of the gender its title or kin noun tells (`gender`, else the document's)."""
        key = name_key(word)
        if role is None and key not in roles and (stem := plural_surname(word)):
            return _plural(self.token(stem, "last"))  # "die Müllers" became "die Karin"
        if stem := genitive_stem(word):  # "Annas Mutter" became "Blümel Mutter"
            return _genitive(self.by_role(stem, role, roles, gender))
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
        gender = span_gender(chunks, kept)
        out, pos, mapped = [], 0, False
        for i, chunk in enumerate(chunks):
            out.append(value[pos : chunk.start()])
            word = chunk.group()
            if kept[i]:
                out.append(word)
            else:
                role = placed.get(i)
                out.append(
                    _TOKEN_RE.sub(lambda m, r=role: self.by_role(m.group(), r, roles, gender), word)
                )
                mapped = mapped or bool(_TOKEN_RE.search(word))
            pos = chunk.end()
        out.append(value[pos:])
        result = "".join(out)
        return result if mapped else f"{result} {self.token('Name')}".strip()
