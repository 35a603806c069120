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

from .detect.patterns_names import CLOSING
from .name_lexicon import (
    FAMILY_NAME_MARKERS,
    OFFICES,
    PARTICLES,
    ROLES,
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
    given name unless it is a surname only ("Helferin Jessy", but "agent Lopez"); of two or
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
            return {names[0]: "first"}
        return {}
    family_first = _surname_first(words[names[0]]) and not _surname_first(words[names[-1]])
    if family_first or _keys(words[names[0]]) & _keys(words[names[-1]]):
        return {}  # family name first, or one word in both places ("Zorro Zorro")
    return {names[0]: "first", names[-1]: "last"}


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


# The first English pronoun of one person after a name, up to the next name, tells a given
# name's gender that no list tells: "Spoke to Sunita on the phone, she said ..." (no list knows
# "Sunita", whose surrogate was a man's name). English only: German "sie" is also "they" and
# "you", and "her" an adverb ("lange her").
_PRONOUN_RE = re.compile(r"\b(she|her|hers|herself|he|him|his|himself)\b", re.IGNORECASE)
_PRONOUN_GENDER = dict.fromkeys(("she", "her", "hers", "herself"), "f")
_PRONOUN_GENDER |= dict.fromkeys(("he", "him", "his", "himself"), "m")
PRONOUN_WINDOW = 120


def pronoun_gender(after: str) -> str | None:
    """ "f" or "m" by the first English third-person pronoun in `after`, the text after a name.

    >>> pronoun_gender(", she said"), pronoun_gender(", his manager"), pronoun_gender("Hi")
    ('f', 'm', None)
    """
    m = _PRONOUN_RE.search(after, 0, PRONOUN_WINDOW)
    return None if m is None else _PRONOUN_GENDER[m.group(1).casefold()]


# A self-introduction by a name alone gives the given name ("Ich heiße Ümit" became "Ich heiße
# Kranz", a family name): not "Mein Name ist ...", which formal German ends with the family name.
_INTRODUCED_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:ich\s+hei(?:ß|ss)e|hier\s+ist|hier\s+schreibt|i['’]m|i\s+am"
    r"|this\s+is|call\s+me|hi,?\s+it['’]s)\s+$"
)


def introduced(before: str) -> bool:
    """Whether `before`, the text before a name, ends in a self-introduction by given name.

    >>> introduced("Hallo, ich heiße "), introduced("Mein Name ist "), introduced("I'm ")
    (True, False, True)
    """
    return _INTRODUCED_RE.search(before[-40:]) is not None


# A closing before a name that signs the text, a greeting from a place allowed ("Viele Grüße,
# Manni", "Gruß aus Castrop-Rauxel, Manni", "Cheers,\nBen"): people sign with their given name.
_SIGNED_RE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{CLOSING}|danke|dankeschön)"
    r"(?:[ \t]+(?:aus|vom|von|from)[ \t]+[^\n,]{1,40})?[ \t]*[,.!]?\s*$"
)


def signed_off(before: str) -> bool:
    """Whether `before`, the text before a name, ends in a closing: the name signs the text.

    >>> signed_off("Viele Grüße, "), signed_off("Gruß aus Kiel, "), signed_off("Ich bin ")
    (True, True, False)
    """
    return _SIGNED_RE.search(before[-80:]) is not None


# A German article before a given name alone tells its gender ("der Ollie", "die Jenny"); "der"
# after a preposition is a woman's ("mit der Sabine" became "mit der Alessandro").
ARTICLE_GENDER = {"der": "m", "dem": "m", "den": "m", "die": "f"}
_PREPOSITIONS = frozenset(
    "mit von bei zu aus nach seit an auf in hinter neben über unter vor zwischen gegenüber "
    "außer wegen trotz während".split()
)
_ARTICLE_RE = re.compile(r"(?:(?<![^\W\d_])([^\W\d_]+)\s+)?\b(der|dem|den|die)\s+$", re.IGNORECASE)


def article_gender(before: str) -> str | None:
    """The gender the German article ending `before` gives the name after it, if any.

    >>> article_gender("Heute hat der "), article_gender("Ich sprach mit der "), article_gender("")
    ('m', 'f', None)
    """
    m = _ARTICLE_RE.search(before[-40:])
    if m is None:
        return None
    article = m.group(2).casefold()
    if article == "der" and m.group(1) and m.group(1).casefold() in _PREPOSITIONS:
        return "f"
    return ARTICLE_GENDER[article]


# Suffixes after a name, kept as they are ("John Smith Jr", "Anna Weber MBA").
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md", "mba", "msc", "bsc"})


# Words that introduce a person by name, like a role noun: "a lady named Rosario" (which got a
# surname, "Reid"), "called Dave", "ein Herr namens Brandt".
INTRODUCERS = frozenset({"named", "called", "namens"})
# Words for a man or a woman that are no title (and some also a given name: "Guy").
_PEOPLE = dict.fromkeys("guy man bloke chap gentleman dude boy".split(), "m") | dict.fromkeys(
    "woman girl gal lady".split(), "f"
)
_GENDERED_INTRO_RE = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)\.?\s+(?:named|called|namens|genannt)\s+$", re.IGNORECASE
)


def introducer_gender(before: str) -> str | None:
    """The gender of the title or noun before an introducing word ending `before` ("ein Herr
    namens ", "a lady called "): the name after it is a given name of that gender.

    >>> introducer_gender("ein Herr namens "), introducer_gender("a guy called ")
    ('m', 'm')
    """
    m = _GENDERED_INTRO_RE.search(before[-40:])
    word = m.group(1).casefold() if m else ""
    return _PEOPLE.get(word) or gender_words().get(word) if m else None


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


# A field or column that holds a given or a family name ("first_name", "Vorname",
# "customer.lastName"): the last part of its path, letters only, in lower case.
_FIELD_ROLES = (
    ("first", re.compile(r"(?:first|given|fore|christian|vor|ruf)(?:name)?|fname")),
    ("last", re.compile(r"(?:last|sur|family|nach|familien|zu)(?:name)?|lname")),
)


def field_role(field: str | None) -> str | None:
    """ "first" or "last" for a field that holds a given or family name, else None.

    >>> field_role("first_name"), field_role("customer.Nachname"), field_role("comment")
    ('first', 'last', None)
    """
    if not field:
        return None
    letters = re.sub(r"[^a-z]", "", re.split(r"[./]", field)[-1].casefold().replace("ß", "ss"))
    for role, pattern in _FIELD_ROLES:
        if pattern.fullmatch(letters):
            return role
    return None


# A name field's label in the text, right before the name: "(Vorname: Wei)", "Surname: Ng".
_LABEL_BEFORE_RE = re.compile(r"([^\W\d_]+(?:[ _-][^\W\d_]+)?)[ \t]*:[ \t]*$")


def label_role(before: str) -> str | None:
    """The `field_role` of a label naming a name field that ends `before` ("Vorname: ").

    >>> label_role("(Vorname: "), label_role("Last name:"), label_role("Zu: ")
    ('first', 'last', None)
    """
    m = _LABEL_BEFORE_RE.search(before[-30:])
    return field_role(m.group(1)) if m and "name" in m.group(1).casefold() else None


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
