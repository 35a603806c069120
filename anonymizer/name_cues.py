"""What the text around a name tells of it: a gender (an English pronoun after it, a German
article, a gendered noun before "named"), that it is a given name (a self-introduction, a
signature after a closing), or the role a field or label gives it ("Vorname: Wei").

    >>> pronoun_gender(", she said"), article_gender("Heute hat der "), signed_off("Gruß, ")
    ('f', 'm', True)
"""

from __future__ import annotations

import re

from .detect.patterns_names import CLOSING
from .name_lexicon import gender_words

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
