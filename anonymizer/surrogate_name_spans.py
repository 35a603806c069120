"""How a PERSON span's words read: which are kept (titles, particles), which role each name
word has, and the roles a span gives the document's names (`name_roles`).

`SpanReader` is the reading half of `surrogate_names.NameMapper`, which sets the word sets and
name lists it reads with.
"""

from __future__ import annotations

import re
import unicodedata

from .detect.markup import visible
from .name_cues import (
    INTRODUCERS,
    article_gender,
    introduced,
    introducer_gender,
    label_role,
    pronoun_gender,
    signed_off,
)
from .name_lexicon import (
    DEGREES,
    IRISH_PARTICLES,
    KEPT_LOWER,
    NOBLE_TITLES,
    PARTICLES,
    ROLES,
    gender_words,
    name_key,
)
from .name_lists import all_first_name_genders, first_name_genders, is_listed, plural_surname
from .name_roles import (
    CONJUNCTIONS,
    SUFFIXES,
    couple_given,
    given_only,
    initials,
    noble,
    opening_role,
    span_gender,
    span_roles,
    surname_only,
)

# A name word, apostrophes inside included ("O'Connor"), an English possessive not ("Whitcombe's"
# keeps its "'s").
TOKEN_RE = re.compile(r"(?<!['’])[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*", re.UNICODE)
_TITLE_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?\s+$")  # "Frau ", "Mrs. " ending a text
_WORDS_BEFORE_RE = re.compile(r"(?:[^\W\d_]+\.?\s+){1,4}$")  # "Arzt Dr. med. " ending a text


# Words of a nickname before a given name, no name themselves: "Big Mike" became "Priscilla
# Hardin", "Big" a given name and "Mike" a family name.
_NICKNAME_WORDS = frozenset({"big", "little", "lil", "old", "young", "tall", "wee"})


def _opens(word: str, after: str) -> bool:
    """A role noun opening a span (`opening_role`), or a nickname's word before a given name
    only ("Little Jenny"), or before any name where no list knows the word ("Big Dave")."""
    low = word.casefold()
    if low not in _NICKNAME_WORDS:
        return opening_role(word)
    return not is_listed(low) or given_only(after.rstrip(".,:"))


def clean(value: str) -> str:
    """A name as composed letters without invisible format characters: "Jo\u00adnas" (soft
    hyphen) and "Jo\u0308nas" (a combining diaeresis) are one word, not "Jo" and "nas".

    >>> clean("Mu\u0308l\u00adler")
    'Müller'
    """
    return unicodedata.normalize("NFC", visible(value))


class SpanReader:
    """Reads PERSON spans with the word sets of a `NameMapper`."""

    _titles: frozenset[str]
    _honorifics: frozenset[str]
    _before_name: frozenset[str]
    _gender: dict[str, str]
    _last_keys: frozenset[str]
    _locale: str

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
                or (not after_name and i < len(words) - 1 and _opens(word, words[i + 1]))
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

    def _listed_otherwise(
        self, chunks: list[re.Match], kept: list[bool], given: int, before: str, gender: str
    ) -> bool:
        """Whether a role noun, no title ("Herr", "Mrs"), told `gender` and the given name at
        `chunks[given]` is listed as the other one's only ("Friseur Petra", "Kellner Maria")."""
        m = _WORDS_BEFORE_RE.search(before[-40:])
        words = [c.group() for c, k in zip(chunks, kept) if k] + (m.group().split() if m else [])
        if any(w.casefold().rstrip(".") in self._honorifics for w in words):
            return False
        listed = {
            first_name_genders().get(name_key(t)) for t in TOKEN_RE.findall(chunks[given].group())
        }
        return listed == {"f" if gender == "m" else "m"}

    def _gender_before(self, before: str) -> str | None:
        """The gender of a role noun or title among the titles right before a span, where the
        span's own tell none ("Der behandelnde Arzt Dr. Sanjay ..." became "Dr. Aenne ...")."""
        m = _WORDS_BEFORE_RE.search(before[-40:])
        words = m.group().split() if m else []
        for word in reversed(words):
            low = word.casefold().rstrip(".")
            if low not in self._titles and low not in self._before_name:
                return None
            if gender := gender_words().get(low):
                return gender
        return None

    def roles(
        self, value: str, before: str = "", after: str = "", field: str = ""
    ) -> dict[str, str]:
        """Roles of the name keys of one PERSON span, `before` being the text before it:
        `{"yilmaz": "last"}` for "Yilmaz" after "Frau " (a span need not hold its title); and
        the given name of a family name, `{"lindgren/given": "hannah"}` for "Hannah Lindgren",
        which an e-mail's initial follows ("h.lindgren@..."), and the other way round
        (`{"hannah/family": "lindgren"}`, "hannah.l@..."). An English pronoun in `after`, the
        text after the span, tells the gender of a given name no list gives one
        (`pronoun_gender`), and "und" there a couple's first given name (`couple_given`); the
        role of the field
        the value fills (`field`, "first" or "last") is its one name word's."""
        title = _TITLE_BEFORE_RE.search(before)  # a title or role noun right before the span
        if title and title.group(1).casefold() in self._before_name:
            value = f"{title.group(1)} {value}"
        chunks, kept, roles = self._read(clean(value))
        if title and len(roles) == 1:  # "Ehepaar Jürgen und Sabine Vogt"
            if couple_given(title.group(1), chunks[next(iter(roles))].group(), after):
                roles = dict.fromkeys(roles, "first")
        words = [c for c, is_kept in zip(chunks, kept) if not is_kept]
        field = field or label_role(before) or ""  # "(Vorname: Wei)" in the text, too
        if field and len(words) == 1:  # "Thomas" in a "last_name" column: a family name
            return {name_key(m.group()): field for m in TOKEN_RE.finditer(words[0].group())}
        out = {
            name_key(m.group()): role
            for i, role in roles.items()
            for m in TOKEN_RE.finditer(chunks[i].group())
        }
        names = [
            m.group() for c, k in zip(chunks, kept) if not k for m in TOKEN_RE.finditer(c.group())
        ]
        out |= initials(names)  # "Frau K." after "Frau Dr. Keller": Keller's initial
        first = [i for i, role in roles.items() if role == "first"]
        last = [i for i, role in roles.items() if role == "last"]
        given = TOKEN_RE.search(chunks[first[0]].group()) if first and last else None
        if given:
            family = TOKEN_RE.search(chunks[last[0]].group())
            out[f"{name_key(given.group())}/family"] = name_key(family.group())  # "priya.n@"
            for m in TOKEN_RE.finditer(chunks[last[0]].group()):
                out[f"{name_key(m.group())}/given"] = name_key(given.group())
        gender = span_gender(chunks, kept) or self._gender_before(before)
        if gender and first and self._listed_otherwise(chunks, kept, first[0], before, gender):
            gender = None  # "Friseur Petra" is a salon, no man: the list's "f" stands
        for m in TOKEN_RE.finditer(chunks[first[0]].group()) if first and gender else ():
            out[f"{name_key(m.group())}/gender"] = gender  # "Mrs Zephyrine Doe": a woman
        if not gender and self._locale.startswith("en") and (told := pronoun_gender(after)):
            out |= self._told_gender(chunks, kept, first, told)
        names = [chunk for chunk, is_kept in zip(chunks, kept) if not is_kept]
        if len(names) == 1 and not roles and (introduced(before) or signed_off(before)):
            # "Ich heiße Ümit", "Viele Grüße, Manni": a given name unless a listed surname
            keys = {name_key(m.group()) for m in TOKEN_RE.finditer(names[0].group())}
            out |= {k: "first" for k in keys if k not in self._last_keys and not surname_only(k)}
        if len(names) == 1 and (told := introducer_gender(before)):  # "Herr namens Oleksandr"
            out |= {f"{name_key(w)}/gender": told for w in TOKEN_RE.findall(names[0].group())}
        article = article_gender(before) if title else None
        if len(names) != 1 or plural_surname(names[0].group().rstrip(".,:;")):
            article = None  # "die Müllers": a family, not a woman
        for m in TOKEN_RE.finditer(names[0].group()) if article else ():
            key = name_key(m.group())  # "der Ollie": a given name, a man's ("der Elisabet")
            if not surname_only(m.group()):  # "der Müller": a surname ("der Andree")
                out |= {key: "first", f"{key}/gender": article}
        return out

    def _told_gender(self, chunks: list, kept: list[bool], first: list[int], gender: str) -> dict:
        """The given name's gender a pronoun tells, where no list tells it: of the span's given
        name, or of its one name word unless that is a listed surname ("Patel, she said")."""
        names = [c for c, is_kept in zip(chunks, kept) if not is_kept]
        word = chunks[first[0]] if first else names[0] if len(names) == 1 else None
        out = {}
        for m in TOKEN_RE.finditer(word.group()) if word else ():
            key = name_key(m.group())
            listed = self._gender.get(key) or all_first_name_genders().get(key)
            if listed in ("m", "f") or (not first and key in self._last_keys):
                continue
            out |= {key: "first", f"{key}/gender": gender}
        return out
