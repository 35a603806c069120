"""Which word of a person's name is the given name and which the family name, read from its
place: "Yilmaz" is a surname in "Frau Yilmaz" and in "Ayşe Yilmaz" even though a Faker locale
lists it as a first name, and "Gül" a given name in "Gül Aydın" though another lists it as a
surname. Surrogates use the role so that "Frau Yilmaz" becomes "Frau Schulz", not "Frau
Hans-Dieter"; a role read in one mention holds for the bare mentions of the same document.

    >>> span_roles(["Frau", "Yilmaz"], [True, False], frozenset({"frau"}))
    {1: 'last'}
    >>> span_roles(["Gül", "Aydın"], [False, False], frozenset())
    {0: 'first', 1: 'last'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .name_cues import INTRODUCERS
from .name_lexicon import (
    FAMILY_NAME_MARKERS,
    OFFICES,
    PARTICLES,
    ROLES,
    WORK_ROLES,
    gender_words,
    name_key,
)
from .name_lists import name_lists

_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _keys(word: str) -> set[str]:
    return {name_key(part) for part in _LETTERS_RE.findall(word)}


def surname_only(word: str) -> bool:
    """A part of `word` is a listed surname and no listed first name ("Meier", "Okafor")."""
    return _surname_first(word)


def _surname_first(word: str) -> bool:
    """A part of `word` is a listed surname and no listed first name ("Nguyen" opening "Nguyen
    Van An", "Müller" opening "Müller Jürgen"; "Schmidt" in "Schmidt-Özkan", whose other part
    no list knows): the word is a family name, and a name it opens is written family name
    first."""
    firsts, lasts = name_lists()
    return any(k in lasts and k not in firsts for k in _keys(word))


def given_only(word: str) -> bool:
    """Every part of `word` is a listed first name and no listed surname ("Svetlana", "Priya")."""
    firsts, lasts = name_lists()
    keys = _keys(word)
    return bool(keys) and all(k in firsts and k not in lasts for k in keys)


# Between two people's names, "n" and "u" in chat text ("sam n ellie"): no name word.
CONJUNCTIONS = frozenset({"und", "and", "n", "u", "&", "+"})


def span_roles(
    words: list[str],
    kept: list[bool],
    honorifics: frozenset[str],
    role_nouns: frozenset[str] = frozenset(),
) -> dict[int, str]:
    """Role ("first" or "last") of the words of one PERSON span whose place tells it, by index.

    `kept[i]` marks titles, particles and role nouns, which are no name words. A lone name word
    after a form of address is a family name unless it is a given name only ("Frau Yilmaz", but
    "Mrs Priya", "meine Frau Svetlana"; after "geb." or "Familie" always), after a role noun a
    given name unless it is a surname only ("Helferin Jessy", but "agent Lopez") or in no list
    after a German role at work ("Techniker Pfefferle", `_after_role`); of two or
    more name words the first is the given and the last the family name, unless the first is a
    surname only and the last is not (family name first: "Müller Jürgen"; "Raj Patel" is in
    order, though a list knows "Raj" as a surname only) or the same word as the last; in
    "Müller, Jürgen" the word before the comma is the family name, as in an airline's
    "MUELLER/ANNA". Two people joined
    by "and" are a given name and a name ("Sam and Ellie" became "Zachary and Oconnell", "Resi
    und Sepp Huber"). Other words get no role.
    """
    joint = next((i for i, w in enumerate(words) if kept[i] and w in CONJUNCTIONS), None)
    if joint is not None and 0 < joint < len(words) - 1:
        left = [i for i in range(joint) if not kept[i] and _LETTERS_RE.search(words[i])]
        right = span_roles(words[joint + 1 :], kept[joint + 1 :], honorifics, role_nouns)
        right = right or ({0: "first"} if len(words) - joint == 2 else {})
        return ({left[0]: "first"} if len(left) == 1 else {}) | {
            joint + 1 + i: role for i, role in right.items()
        }
    names = [i for i, w in enumerate(words) if not kept[i] and _LETTERS_RE.search(w)]
    if not names:
        return {}
    groups: list[list[int]] = [[]]
    for i in names:
        groups[-1].append(i)
        if words[i].endswith((",", "/")) and i != names[-1]:
            groups.append([])
    if len(groups) == 2:
        return {groups[0][-1]: "last", groups[1][0]: "first"}
    if len(groups) > 2:
        return {}
    if len(names) == 1:
        before = {w.casefold().rstrip(".,:") for w in words[: names[0]]}
        if before & honorifics:
            given = given_only(words[names[0]]) and not before & FAMILY_NAME_MARKERS
            return {names[0]: "first" if given else "last"}
        if before & role_nouns and not _surname_first(words[names[0]]):
            return {names[0]: _after_role(words[names[0]], before)}
        return {}
    family_first = _surname_first(words[names[0]]) and not _surname_first(words[names[-1]])
    if family_first or _keys(words[names[0]]) & _keys(words[names[-1]]):
        return {}  # family name first, or one word in both places ("Zorro Zorro")
    return {names[0]: "first", names[-1]: "last"}


def _after_role(word: str, before: set[str]) -> str:
    """The role of a lone name word, no surname only, after a role noun: a given name
    ("Helferin Jessy"), but a family name when no list knows it and the role is a German one
    at work ("Der Techniker Pfefferle": German writers name people at work by family name).

    >>> _after_role("Jessy", {"helferin"}), _after_role("Pfefferle", {"techniker"})
    ('first', 'last')
    """
    firsts, lasts = name_lists()
    unlisted = _keys(word).isdisjoint(firsts) and _keys(word).isdisjoint(lasts)
    return "last" if unlisted and before & WORK_ROLES else "first"


# "und" and nothing else between a name and the next: "Ehepaar Jürgen und Sabine Vogt".
_AND_NEXT_RE = re.compile(r"\s*(?i:und|and|u\.|&)\s*")


def couple_given(marker: str, word: str, after: str) -> bool:
    """Whether `word`, alone after a family marker ("Ehepaar", "Familie") and before "und" and
    the next name, is a couple's first given name rather than their family name ("Ehepaar
    Jürgen und Sabine Vogt": "Jürgen" became "Aumann"); only a word no list knows as a surname.

    >>> couple_given("Ehepaar", "Jürgen", " und "), couple_given("Familie", "Müller", " und ")
    (True, False)
    """
    return (
        marker.casefold() in FAMILY_NAME_MARKERS
        and given_only(word)
        and _AND_NEXT_RE.fullmatch(after) is not None
    )


def initials(words: Iterable[str]) -> dict[str, str]:
    """The name key each initial letter stands for among a span's name `words`, where one
    word has it ("Frau K." after "Frau Dr. Keller" is Keller's: its initial follows Keller's
    surrogate); a letter two words share is left out.

    >>> initials(["Keller"]), initials(["Karl", "Keller"]), initials(["K"])
    ({'k/initial': 'keller'}, {}, {})
    """
    out: dict[str, str] = {}
    for word in words:
        if len(word) > 1:
            out[f"{word[0].casefold()}/initial"] = name_key(word)
    shared = [w[0].casefold() for w in words if len(w) > 1]
    return {k: v for k, v in out.items() if shared.count(k[0]) == 1}


def merge_roles(roles: Iterable[dict[str, str]]) -> dict[str, str]:
    """One document's roles by name key; a key read in both roles gets none.

    >>> merge_roles([{"yilmaz": "last"}, {"yilmaz": "last", "ayse": "first"}])
    {'yilmaz': 'last', 'ayse': 'first'}
    """
    out: dict[str, str] = {}
    conflicts: set[str] = set()
    for part in roles:
        for key, role in part.items():
            if out.setdefault(key, role) != role:
                conflicts.add(key)
    return {k: r for k, r in out.items() if k not in conflicts}


# Suffixes after a name, kept as they are ("John Smith Jr", "Anna Weber MBA").
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md", "mba", "msc", "bsc"})


def opening_role(word: str) -> bool:
    """A role or kin noun, or an introducing word, opening a span ("Kellner Giuseppe", "named
    Rosario"), but for a capitalised one that is also a first name: "Mate Kovač" kept "Mate",
    a role noun of "my mate Dave"; or an office no list knows as a name ("Bürgermeister
    Schulz" became "Bruni Beier"; "Richter Thomas" may be a name written family name first)."""
    low = word.casefold().rstrip(".,:")
    firsts, lasts = name_lists()
    if low in OFFICES:
        return name_key(low) not in firsts and name_key(low) not in lasts
    listed = word[0].isupper() and name_key(low) in firsts
    return low in ROLES | INTRODUCERS and not listed


def span_gender(chunks: list[re.Match], kept: list[bool]) -> str | None:
    """The gender, "f" or "m", that a kept title, kin or role word opening the span tells
    ("Mrs", "Tochter", "Kellnerin")."""
    words = gender_words()
    for chunk, is_kept in zip(chunks, kept):
        if not is_kept:
            break
        if gender := words.get(chunk.group().casefold().rstrip(".,:")):
            return gender
    return None


def noble(words: list[str]) -> bool:
    """A particle with a name after it among a span's words, so a title of nobility before it
    is one ("Graf zu Solms"; not "Graf von", whose "Graf" is a surname the span ends after).

    >>> noble(["Graf", "zu", "Solms"]), noble(["Frau", "Graf", "von"])
    (True, False)
    """
    return any(w in PARTICLES and nxt[:1].isupper() for w, nxt in zip(words, words[1:]))


def field_pair(names: list[tuple[str, ...]]) -> dict[str, str]:
    """The given name of a family name and back, from one record's given-name and family-name
    fields (`record_names`): {"wiesinger/given": "juergen", "juergen/family": "wiesinger"}, which
    an e-mail's initial follows ("j.wiesinger@"); {} unless each role has exactly one name word.

    >>> field_pair([("", "Jürgen", "", "first"), ("", "Wiesinger", "", "last")])["wiesinger/given"]
    'juergen'
    """
    by_role: dict[str, set[str]] = {"first": set(), "last": set()}
    for _before, value, *rest in names:
        if len(rest) > 1 and rest[1] in by_role:
            by_role[rest[1]] |= _keys(value)
    if len(by_role["first"]) != 1 or len(by_role["last"]) != 1:
        return {}
    (given,), (family,) = by_role["first"], by_role["last"]
    return {f"{family}/given": given, f"{given}/family": family}
