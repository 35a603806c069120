r"""Names that a line's layout marks: a form or mail-header field holding just a name, a chat
transcript's speaker, a letter's signature after "i. A.", and an airline's "SMITH/JOHN MR".

"Kunde: Emine Aksoy", "Karteninhaber: Ewa Nowak,", 'From: "Dave O'Brien" <...>' and "Abeni:
Okay, danke." name a person by where the name stands, not by the words around it. Both rules
need a listed first name (`patterns_names.is_first_name`); spans score 0.8 like the other name
rules.

Example:
    >>> text = "Kundin: Emine Aksoy\nAbeni: Okay, danke."
    >>> [text[s:e] for s, e, _, _ in find_field_names(text) + find_speaker_names(text)]
    ['Emine Aksoy', 'Abeni']
"""

from __future__ import annotations

import re

from ..everyday_words import is_everyday
from ..surrogate_places import town_population
from .field_labels import SIGNING_MARK
from .patterns_names import (
    SCORE,
    WAKE_WORDS,
    WORD,
    Span,
    is_first_name,
    is_listed,
    join_surnames,
    not_a_name,
)
from .spans import is_lone_word

# Form and letter fields that hold a person's name, before a colon ("Kunde: Emine Aksoy",
# "Karteninhaber: ...", "Account holder: ..."), and the sender and recipient lines of a mail
# header opening a line ("Von: Jonas Becker", "From: ...").
_FIELD = (
    r"(?:vor|nach|familien|kunden|geburts)?name|full name|first name|last name|surname"
    r"|kund(?:e|in)|customer(?: name)?|client|(?:konto|karten)inhaber(?:in)?|inhaber(?:in)?"
    r"|account holder|card ?holder|ansprechpartner(?:in)?|contact(?: person)?|absender(?:in)?"
    r"|empfänger(?:in)?|sender|recipient|addressee|bestellt von|besteller(?:in)?|ordered by"
    r"|submitted by|reported by|gemeldet von|verfasser(?:in)?|autor(?:in)?|author|reviewer"
    r"|patient(?:in)?(?: name)?|mieter(?:in)?|tenant|antragsteller(?:in)?|applicant"
    r"|unterschrift|signed"
)
_HEADER = r"von|from|an|to|cc"
# The field's value is the name and nothing else: a listed first name, up to two capitalised
# words, then the end of the line or a comma, bracket or dash ("Customer: Can you help?" is a
# chat line, not a field).
_FIELD_LABEL_RE = re.compile(
    rf"(?:(?<![\w-])(?i:{_FIELD})|(?m:^)[ \t]*(?i:{_HEADER}))[ \t]*$", re.MULTILINE
)
# A value ends its line, a comma, bracket or dash follows, or the next field's label of the line
# after two spaces or a tab ("Patient: DOE, JANE  MRN: 00482913": "DOE" was left; not "Customer:
# Can  you email that?").
_NEXT_FIELD = r"(?:[ \t]{2,}|\t)[^\W\d_][^\s:]*(?:[ \t][^\W\d_][^\s:]*)?[ \t]*:"
_VALUE_END = rf"(?=[ \t]*(?:$|[,;(<|/\r\n])|[ \t][-–]|{_NEXT_FIELD})"
_FIELD_VALUE_RE = re.compile(  # in quotes too: 'From: "Dave O'Brien" <dave@...>'
    rf"[ \t]*[\"„“]?(?P<first>{WORD})(?P<rest>(?:[ \t]+{WORD}){{0,2}})[\"“”]?{_VALUE_END}",
    re.MULTILINE,
)
# A field's value written family name first: "Von: Weber, Julia <j.weber@...>" (the model found
# "Julia" and left "Weber"), 'From: "Smith, Anna"'.
_INVERTED_VALUE_RE = re.compile(
    rf"[ \t]*[\"„“]?(?P<last>{WORD}),[ \t]*(?P<first>{WORD})[\"“”]?"
    rf"(?=[ \t]*(?:$|[;(<|/\r\n])|[ \t][-–]|{_NEXT_FIELD})",
    re.MULTILINE,
)
# A letter's signing mark: "i. A." (im Auftrag), "i.V." (in Vertretung), "gez.", "ppa.", and
# degrees after it ("i. A. Dr. ...").
_SIGNING_MARK_RE = re.compile(
    rf"(?<![\w.])(?:{SIGNING_MARK}|(?i:gez|ppa)\.)[ \t]*(?:(?:Dr|Prof|Dipl\.-\w+)\.[ \t]*)*"
)
# A word opening a line, and what must follow a speaker's name: an optional "(role)", a colon.
_LINE_START_RE = re.compile(rf"(?m)^[ \t]*(?P<word>{WORD})")
_SPEAKER_TAIL_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:(?!\S)")


def find_field_names(text: str) -> list[Span]:
    """PERSON spans of a form or mail-header field that holds just a name, starting with a
    listed first name ("Kunde: Emine Aksoy", "Karteninhaber: Ewa Nowak,", "Von: Jonas Becker
    <...>"); capitalised words after the first name are its surname, listed or not, as is one
    word before a comma and a listed first name ("Von: Weber, Julia <...>")."""
    spans: list[Span] = []
    for colon in re.finditer(":", text):
        m = _FIELD_VALUE_RE.match(text, colon.end())
        if m is None or not _FIELD_LABEL_RE.search(text, max(0, colon.start() - 30), colon.start()):
            continue
        if (inverted := _INVERTED_VALUE_RE.match(text, colon.end())) and _inverted(inverted):
            spans.append((inverted.start("last"), inverted.end("first"), "PERSON", SCORE))
            continue
        words = [m.group("first"), *m.group("rest").split()]
        if not is_first_name(words[0]) or any(not_a_name(w) for w in words):
            continue
        spans.append((m.start("first"), m.end("rest"), "PERSON", SCORE))
    return spans


def find_signed_names(text: str) -> list[Span]:
    """PERSON spans of the name after a signing mark, listed or not, when it ends its line or
    a comma, bracket or dash follows ("i.A. Kowalewski" was left readable; "i. A. Dr. Sabine
    Krause-Oberländer"); "i.A. Probleme bereiten" (im Allgemeinen) has no name."""
    spans: list[Span] = []
    for mark in _SIGNING_MARK_RE.finditer(text):
        m = _FIELD_VALUE_RE.match(text, mark.end())
        if m is None or is_lone_word(text, m.start("first"), m.end("first")):
            continue
        if any(not_a_name(w) for w in [m.group("first"), *m.group("rest").split()]):
            continue
        spans.append((m.start("first"), m.end("rest"), "PERSON", SCORE))
    return spans


def _inverted(m: re.Match) -> bool:
    """A family name, a comma and a first name ("Von: Weber, Julia <...>"): a listed one, or
    one no list knows that is no everyday word or town ("Patient name: OKONKWO, CHIDI")."""
    first, last = m.group("first"), m.group("last")
    if not_a_name(last) or not_a_name(first):
        return False
    return is_first_name(first) or not (is_everyday(first) or town_population(first) > 0)


# Labels a review or forum post opens a line with that are first names too: "Edit: gelöst".
_POST_LABELS = frozenset({"edit"})


def find_speaker_names(text: str) -> list[Span]:
    """PERSON spans of a listed first name (plus listed surnames) that opens a line and labels
    what follows, as chat transcripts name their speakers ("Abeni: Okay, danke.", "Clifford
    Smith (Support): ...")."""
    spans: list[Span] = []
    for m in _LINE_START_RE.finditer(text):
        word = m.group("word")
        if not is_first_name(word) or word.casefold() in WAKE_WORDS | _POST_LABELS:
            continue
        if word.isupper() and len(word) <= 4:
            continue  # an abbreviation labelling a field ("VIN: 1HGCM...", "Vin" a nickname)
        if is_lone_word(text, m.start("word"), m.end()):
            continue  # a field label that is also a first name ("IBAN: GB29 ...")
        end = join_surnames(text, m.start("word"), m.end())
        if _SPEAKER_TAIL_RE.match(text, end):
            spans.append((m.start("word"), end, "PERSON", SCORE))
    return spans


# An airline's way of writing a name (boarding passes, bookings): family name, slash, given
# names, in capitals, and often a title ("Passenger: SMITH/JOHN MR" was left readable).
_AIRLINE_TITLES = r"(?:MR|MRS|MS|MISS|MSTR|DR)"
_AIRLINE_NAME_RE = re.compile(
    rf"(?<![\w/])(?P<last>[A-Z][A-Z'-]+)/(?P<first>[A-Z][A-Z'-]+(?: (?!{_AIRLINE_TITLES}\b)"
    rf"[A-Z][A-Z'-]+)?)(?P<title> {_AIRLINE_TITLES}\b)?(?![\w/])"
)


def find_airline_names(text: str) -> list[Span]:
    """ "SMITH/JOHN" before a title, or when lists know both names ("FRA/ORD" is no name); the
    title in the span, which the surrogate keeps: the model read "WILLIAMS/SARAH MRS" as a
    company, and the title left over became one ("BPU").

    >>> text = "Passenger: SMITH/JOHN MR, seat 23A"
    >>> [text[s:e] for s, e, _, _ in find_airline_names(text)]
    ['SMITH/JOHN MR']
    """
    if "/" not in text:
        return []
    return [
        (m.start(), m.end(), "PERSON", SCORE)
        for m in _AIRLINE_NAME_RE.finditer(text)
        if m.group("title")
        or (is_listed(m.group("last")) and is_listed(m.group("first").split()[0]))
    ]
