"""Family names named as a family ("Familie Winter", "Fam. Ebbinghaus", "Ehepaar König", "the
Okonkwo family") and in the plural ("die Müllers", "the Nguyens").

A capitalised word after a family word (Familie, Fam., Ehepaar, Eheleute, family) or between
"the" and "family" is a PERSON when every part of it is a listed name of `name_lexicon` (the
model missed "mit Familie Winter im Urlaub": surnames that are also nouns), after a family word
no everyday word ("Familie Mir wurde ...", "Family Guy"). Another word counts as a signature or
an apposition: after a line's start, a comma, "von" or a possessive, and before a line's end, a
comma or a bracket ("Viele Grüße, Familie Sonntag", "Wir, Familie Özdemir, waren ..."; a
weekday or month only at a line's end), not inside a sentence ("mit der Familie Zeit
verbringen", "Spaß für die ganze Familie Top"). A plural after "die" or "the" counts when its
singular is a listed surname and no everyday word ("die Müllers", "the Patels"; not "the
Browns"). Spans score 0.9, so a model span of another label over the same word gives way ("the
Patel family" was read as a place).

A German noble name is one name: a title of nobility, a particle and the name after it, with a
listed given name before the title ("Maximilian Graf zu Solms", "Karl-Theodor Freiherr von und
zu Guttenberg", "Gräfin Adelheid zu Castell-Rüdenhausen"); the model left "zu Solms" and
"Guttenberg" beside the given name and read titles as names (`find_noble_names`).

Example:
    >>> text = "Wir waren mit Familie Winter da. Liebe Grüße, Fam. Sonntag"
    >>> [text[s:e] for s, e, _, _ in find_family_names(text)]
    ['Winter', 'Sonntag']
"""

from __future__ import annotations

import re

from ..name_lexicon import HONORIFICS, NOBLE_TITLES, name_key
from ..name_lists import is_listed, name_words, plural_surname
from .patterns_names import CALENDAR, WORD, Span, not_a_name

SCORE = 0.9
_FAMILY = r"(?:(?i:familie|ehepaar|eheleute|family)|Fam\.|fam\.)"
_BEFORE_RE = re.compile(rf"(?<![\w-]){_FAMILY}[ \t]+(?P<word>{WORD})(?![\w'’-])")
_AFTER_RE = re.compile(rf"(?<![\w-])(?i:the)[ \t]+(?P<word>{WORD})[ \t]+(?i:family)(?![\w-])")
_PLURAL_RE = re.compile(rf"(?<![\w-])(?i:die|the)[ \t]+(?P<word>{WORD})(?<=[sS])(?![\w'’-])")
# What may follow an unlisted family name: a line's end, a comma, semicolon or closing bracket.
_LINE_END_RE = re.compile(r"[ \t]*(?:\r?\n|$)")
_APPOSITION_END_RE = re.compile(r"[ \t]*[,;)]")
# What may stand before the family word of an unlisted name: a line's start, a comma or bracket,
# "von"/"from" or a possessive ("Viele Grüße, Familie Sonntag", "Ihre Familie Sonntag").
_SIGNED_RE = re.compile(r"(?:(?m:^)|[,(]|(?<![\w-])(?i:von|from|eure|ihre|deine|your))[ \t]*$")
# A title of nobility before a particle ("Graf zu", "Freifrau von"), optionally with a given
# name between ("Prinz Ferdinand von"); not after an article, an office ("der Fürst von Monaco").
_NOBLE = "|".join(sorted(t.capitalize() for t in NOBLE_TITLES))
_NOBLE_TITLE_RE = re.compile(rf"(?:{_NOBLE})[ \t]")
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])(?i:der|die|des|dem|den|the)[ \t]+$")
_WORD_BEFORE_RE = re.compile(r"(?<![\w-])([^\W\d_]+)\.?[ \t]+$")
_NOBLE_RE = re.compile(
    rf"(?:(?P<given>{WORD})[ \t]+)?(?<![\w-])(?P<title>{_NOBLE})[ \t]+(?:{WORD}[ \t]+)?"
    r"(?:von und zu|von der|von dem|vom|von|zu|zur)[ \t]+"
    rf"(?P<name>{WORD})(?![\w'’-])"
)


def find_family_names(text: str) -> list[Span]:
    """PERSON spans of family names named as a family or in the plural."""
    low = text.casefold()  # substring tests first: cheaper than a scan by the regex engine
    spans: list[Span] = []
    if any(word in low for word in ("famil", "fam.", "ehepaar", "eheleute")):
        spans += [
            (m.start("word"), m.end("word"), "PERSON", SCORE)
            for m in _BEFORE_RE.finditer(text)
            if _family_name(text, m)
        ]
    if "family" in low:
        spans += [
            (m.start("word"), m.end("word"), "PERSON", SCORE)
            for m in _AFTER_RE.finditer(text)
            if is_listed(m.group("word")) and not not_a_name(m.group("word"))
        ]
    spans += [
        (m.start("word"), m.end("word"), "PERSON", SCORE)
        for m in _PLURAL_RE.finditer(text)
        if plural_surname(m.group("word"))
    ]
    return spans + find_noble_names(text)


def find_noble_names(text: str) -> list[Span]:
    """PERSON spans of German noble names: from the title, or from a listed given name before
    it, to the name after the particle.

    >>> text = "Ich, Maximilian Graf zu Solms, und Freifrau von Weyhe; der Fürst von Monaco"
    >>> [text[s:e] for s, e, _, _ in find_noble_names(text)]
    ['Maximilian Graf zu Solms', 'Freifrau von Weyhe']
    """
    spans: list[Span] = []
    if _NOBLE_TITLE_RE.search(text) is None:  # cheaper than the full pattern's scan
        return spans
    for m in _NOBLE_RE.finditer(text):
        if not_a_name(m.group("name")):
            continue
        given = m.group("given")
        listed = given and not not_a_name(given) and all(map(is_listed, given.split("-")))
        if not listed and _office_or_surname(text, m.start("title"), m.group("title")):
            continue
        spans.append((m.start() if listed else m.start("title"), m.end(), "PERSON", SCORE))
    return spans


def _office_or_surname(text: str, at: int, title: str) -> bool:
    """A title after an article is an office ("der Fürst von Monaco"); one that is also a
    surname after a form of address is that surname ("Herr Fürst von der Post" kept "Fürst")."""
    if _ARTICLE_BEFORE_RE.search(text, max(0, at - 8), at):
        return True
    before = _WORD_BEFORE_RE.search(text, max(0, at - 12), at)
    return bool(before) and before.group(1).casefold() in HONORIFICS and is_listed(title)


def _family_name(text: str, m: re.Match) -> bool:
    """Whether the word after a family word is a name: listed, or signing the text or standing
    in an apposition (see the module's docstring)."""
    word = m.group("word")
    calendar = word.casefold() in CALENDAR
    if not_a_name(word) and not calendar:
        return False  # "Familie Herr", "Familie Mama"
    if is_listed(word) and not calendar and name_words().get(name_key(word)) != "word":
        return True  # not "Familie Mir wurde ...", "Family Guy" (everyday words)
    if not _SIGNED_RE.search(text, max(0, m.start() - 24), m.start()):
        return False  # "für die ganze Familie Top" in a review's title
    if _LINE_END_RE.match(text, m.end()):
        return True
    return not calendar and bool(_APPOSITION_END_RE.match(text, m.end()))
