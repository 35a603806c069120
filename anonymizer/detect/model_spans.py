"""Shapes the model misreads: spans of its output that are no entity of their label.

The model reads words, not formats. Each check here names one shape it took for an entity and
that no entity of the label has; `onnx._emit` drops a span one of them matches, or moves its
start past an age ("82, of") or an abbreviation ("z. B.").

    >>> is_misread("[09:16] agent: hi", 1, 6, "PHONE"), is_misread("call 0911 1234", 5, 14, "PHONE")
    (True, False)
"""

from __future__ import annotations

import re

from ..everyday_words import is_everyday, is_german_word
from ..name_lexicon import HONORIFICS, ROLES
from ..name_lists import is_listed
from .patterns_dates import is_rating
from .spans import trim_span

# A clock time, alone: a chat log's "[09:16]" was a PHONE (its surrogate "08:99" is no time),
# "[10:42]" a PERSON. Only a DATE may be one (its surrogate is another time).
_CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]*(?i:[ap]\.?m\.?|uhr|h))?")
# What an e-mail address has, written out or hidden: "@", a dot, "(at)", "punkt": "cc'd" was an
# EMAIL, whose surrogate "rabbott" replaced it.
_EMAIL_SHAPE_RE = re.compile(r"[@.]|(?i:(?<![^\W_])(?:at|ät|dot|punkt|bei)(?![^\W_]))")
# Conjunctions opening a sentence, capitalised there: no name ("As Sarah mentioned" made "As" a
# PERSON, which joined "Sarah": "Frank Jeanne mentioned").
_CONNECTIVES = frozenset(
    "as if so but when while then yet because since although though als wenn da ob aber doch "
    "weil obwohl nachdem bevor".split()
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
# A signing mark's "i" in lower case, as written: "I. A. Richards" has initials.
_SIGNING_MARK_RE = re.compile(r"i\.[ \t]?[AV]\.")
# Holidays, which name no one and no place: "geliefert an Heiligabend" became "an Zimmer",
# "Easter Monday" "Kasilof Monday", "Tag der Deutschen Einheit" "Tag der Dippel Berger".
_HOLIDAYS = (
    r"heilig(?:abend|en abend)|weihnacht(?:en|s(?:feier)?tag(?:e|en)?)|neujahr(?:stag)?|ostern"
    r"|oster(?:sonntag|montag)|karfreitag|gründonnerstag|pfingst(?:en|sonntag|montag)"
    r"|fronleichnam|(?:christi )?himmelfahrt|allerheiligen|allerseelen|reformationstag"
    r"|nikolaustag|rosenmontag|faschingsdienstag|aschermittwoch|fasching|karneval|fastnacht"
    r"|tag der deutschen einheit|tag der arbeit|maifeiertag|muttertag|vatertag|valentinstag"
    r"|christmas(?: eve| day)?|x-?mas|boxing day|new year['’]?s(?: eve| day)?"
    r"|easter(?: sunday| monday)?|good friday|whitsun|thanksgiving(?: day)?|black friday"
    r"|cyber monday|halloween|independence day|labou?r day|memorial day|veterans day"
    r"|st\.? patrick['’]?s day|valentine['’]?s day|mother['’]?s day|father['’]?s day"
    r"|bank holiday"
)
# The beginnings of their words: a span with no word beginning so is inside none (a quick test
# before the window's regex).
_HOLIDAY_STEMS = tuple(
    "heilig weihnacht neujahr oster karfreitag gründonnerstag pfingst fronleichnam christi "
    "himmelfahrt allerheiligen allerseelen reformationstag nikolaus rosenmontag fasching "
    "aschermittwoch karneval fastnacht tag deutschen einheit arbeit maifeiertag muttertag "
    "vatertag valentin christmas x-mas xmas boxing year easter sunday monday friday whitsun "
    "thanksgiving cyber halloween independence labor labour memorial veterans patrick mother "
    "father holiday silvester abend st day eve new good bank black".split()
)
# "Silvester", "Nikolaus" are names too: holidays after a preposition of time ("über Silvester").
_HOLIDAY_RE = re.compile(
    rf"(?i:(?<![^\W\d_])(?P<holiday>{_HOLIDAYS})(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:an|am|zu|über|bis|seit|vor|nach|on|over|since|before|after|until)[ \t]+"
    r"(?P<named>silvester|nikolaus)(?![^\W\d_]))"
)
# Abbreviations written with a space, whose letters the model took for initials: "z. B. Frau
# Meike ..." made "B" a PERSON ("z. F."), "d. h. Herr Weber" "d. h" one.
_ABBREVIATION_RE = re.compile(
    r"(?<![^\W\d_])(?:(?i:z\.[ \t]?b|d\.[ \t]?h|u\.[ \t]?a|o\.[ \t]?ä|u\.[ \t]?u|z\.[ \t]?t"
    r"|i\.[ \t]?d\.[ \t]?r|s\.[ \t]?o|s\.[ \t]?u|v\.[ \t]?a|u\.[ \t]?v\.[ \t]?m)"
    r"|e\.[ \t]?g|i\.[ \t]?e)\.(?![^\W\d_])"  # "e.g." in lower case: "e.G." is a legal form
)
_LETTERS_RE = re.compile(r"[^\W\d_](?:\.?[ \t]?[^\W\d_](?![^\W\d_]))*\.?")
_SPACE_RE = re.compile(r"[ \t]+")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
# A possessive right before a role noun that is also a surname: "Unser Kellner war unfreundlich"
# made "Kellner" a PERSON ("Unser Holt"); "Herr Kellner" stays one.
_POSSESSIVE_RE = re.compile(
    r"(?<![^\W\d_])(?i:(?:mein|dein|sein|ihr|unser|eu(?:e)?r)(?:e|em|en|er|es)?"
    r"|my|your|his|her|our|their)[ \t]+$"
)
_PLACES = frozenset({"ADDRESS", "LOCATION"})
# A unit of measure after a number: "Zählerstand 045123 kWh" made "kWh" an ADDRESS (surrogate
# "Ebersberg"); "in GB" may name a country, "20 GB" never. A single letter may be a house
# number's ("12 g"): none here.
_UNIT_RE = re.compile(
    r"(?:[kMGT]?Wh|[kM]W|PS|[kcm]m[²³23]?|m[²³]|qm|km/h|mph|[km]g|lbs?|oz|[mc]l|[KkMGT]i?B"
    r"|[KkMG]bit(?:/s)?|[KkMG]Bit(?:/s)?|[KkMG]bps|[kMG]?Hz|mAh|Std|min)\.?"
)
_NUMBER_BEFORE_RE = re.compile(r"\d[ \t]?$")
# A quantity and its unit: "45.678 kWh" was an address ("37.233 kWh").
_QUANTITY_RE = re.compile(r"\d[\d.,]*")
_UNIT_AFTER_RE = re.compile(rf"[ \t]?{_UNIT_RE.pattern}(?![\w/])")
_FIELD_BEFORE_RE = re.compile(r"(?:^|[\n,;(|])[ \t]*$")
# A flat's word alone, before its number: "für die Whg. 7" made "Whg" a company ("Dobes. 6").
_UNIT_WORD_RE = re.compile(r"(?i:whg|wohnung|apt|app|zi|zimmer|flat|apartment)\.?")
_NUMBER_AFTER_RE = re.compile(r"\.?[ \t]*\d")
# An English adjective of a people or faith before a noun: "the Jewish quarter" made "Jewish" a
# place ("the Lakehurst quarter"); "Polish bakery", "Vietnamese restaurant". It names no one.
_PEOPLE_ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:ish|ese)")
_LOWER_NOUN_AFTER_RE = re.compile(r"[ \t]+[a-z]")
# A post's label opening a line: "Edit: Problem gelöst" made "Edit" a PERSON, "EDIT" a company.
_POST_LABEL_RE = re.compile(r"(?i:edit|update|nachtrag)[ \t]*:")
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*$")
_NAMED = frozenset({"PERSON", "ORGANIZATION"})
# An age and the preposition of a person's home before it: "Margaret Ellis, 82, of 14 Rose Lane"
# (the model's ADDRESS took "82, of", whose surrogate replaced the age).
_AGE_OF_RE = re.compile(r"\d{1,3},[ \t]+(?:of|from|in|aus|von)[ \t]+(?=\S)")


def is_misread(text: str, start: int, end: int, label: str) -> bool:
    """Whether the model's `label` span [start, end) has a shape no such entity has: a rating
    read as a date ("5/5 - great"), a lower-case everyday word as an address, an adjective of a
    people before a noun as a place ("the Jewish quarter"), a unit after a
    number as a place ("045123 kWh"), a flat's word before its number as a name ("Whg. 7"), a
    post's label opening a line ("Edit: gelöst"), a conjunction
    opening a sentence, a clock time other than a date, an e-mail address without "@" or a dot,
    a role noun after a possessive ("Unser Kellner"), the "i" of a signing mark as a name, a
    quantity before its unit as a place ("45.678 kWh"), a field's label as a name ("Halter:"), a
    part of a holiday's name ("an Heiligabend", "Easter Monday") or of an abbreviation ("z. B.").
    """
    if _in_holiday(text, start, end) or _in_abbreviation(text, start, end):
        return True
    if label == "DATE":
        return is_rating(text, start, end)
    if _CLOCK_RE.fullmatch(text, start, end):
        return True
    if label == "ADDRESS" and _everyday_word(text, start, end):
        return True
    if label == "LOCATION" and _PEOPLE_ADJECTIVE_RE.fullmatch(text, start, end):
        return _LOWER_NOUN_AFTER_RE.match(text, end) is not None
    if label in _PLACES and _UNIT_RE.fullmatch(text, start, end):
        return _NUMBER_BEFORE_RE.search(text, max(0, start - 2), start) is not None
    if label in _PLACES and _QUANTITY_RE.fullmatch(text, start, end):
        return _UNIT_AFTER_RE.match(text, end) is not None  # "Zählerstand 45.678 kWh"
    if label in _NAMED and text[end : end + 1] == ":" and _field_label(text[start:end]):
        # "Halter: Frank Wiesner" made "Halter" a PERSON ("Sieglinde: ..."); a field opens its
        # line or follows a comma ("Renate Weinberg:", "und Belgien:" are no fields)
        return _FIELD_BEFORE_RE.search(text, max(0, start - 4), start) is not None
    if label != "ADDRESS" and _UNIT_WORD_RE.fullmatch(text, start, end):
        return _NUMBER_AFTER_RE.match(text, end) is not None
    if label in _NAMED and (m := _POST_LABEL_RE.match(text, start)) and m.end() >= end:
        return _LINE_START_RE.search(text, max(0, start - 20), start) is not None
    if label == "EMAIL" and not _EMAIL_SHAPE_RE.search(text, start, end):
        return True
    if label in _NAMED and end - start == 1 and _in_signing_mark(text, start):
        return True  # "i" of "i. A. Dr. Sabine ..." was a PERSON ("t. A. Dr. Jean ...")
    if label in _NAMED and text[start:end].casefold() in ROLES:
        return _POSSESSIVE_RE.search(text, max(0, start - 10), start) is not None
    return _opening_connective(text, start, end)


def trimmed_start(text: str, start: int, end: int, label: str) -> int:
    """Where the span starts once what opens it and belongs to no entity is left out: an age
    before a place ("82, of 14 Rose Lane" starts at "14"), an abbreviation ("Z. B. Anna" at
    "Anna"); `start` when there is none."""
    if label in _PLACES and (age := _AGE_OF_RE.match(text, start, end)):
        return age.end()
    for m in _ABBREVIATION_RE.finditer(text, max(0, start - 6), end):
        if m.start() <= start < m.end() and (rest := _SPACE_RE.match(text, m.end(), end)):
            return rest.end() if rest.end() < end else start
    return start


def balanced_address(text: str, start: int, end: int) -> tuple[int, int] | None:
    """An address span without the part past a bracket it leaves open or closes unopened: the
    model read "Schillerstr. 44 (3" of "(3. Stock links)", whose surrogate ate the bracket and
    the floor ("Sieringallee 11. Stock links)"), and "Hinterhaus), 12345 Musterstadt".

    >>> text = "Schillerstr. 44 (3. Stock)"
    >>> s, e = balanced_address(text, 0, 18); text[s:e]
    'Schillerstr. 44'
    """
    opened: list[int] = []
    for i in range(start, end):
        if text[i] == "(":
            opened.append(i)
        elif text[i] == ")":
            if opened:
                opened.pop()
            else:  # closes a bracket opened before the span: the span starts after it
                start, opened = i + 1, []
    return trim_span(text, start, opened[0] if opened else end)


def _field_label(word: str) -> bool:
    """A capitalised German or English word no name list knows, before a colon: a form's
    field ("Halter:", "Betreff:"), not a chat speaker ("Müller:", "Abeni:")."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and (is_german_word(word) or is_everyday(word))
        and not is_listed(word)
    )


def _in_signing_mark(text: str, start: int) -> bool:
    """Whether the letter at `start` is the "i" or the "A"/"V" of "i. A." or "i. V." ("V" of
    "i. V. Dr. Matthias Kühn" was a PERSON, which became "i. M.")."""
    return any(
        _SIGNING_MARK_RE.match(text, at) is not None
        for at in (start, start - 2, start - 3)
        if at >= 0
    )


def _in_holiday(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a holiday's name ("Easter" of "Easter Monday")."""
    if not any(w.startswith(_HOLIDAY_STEMS) for w in text[start:end].casefold().split()):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, start - 12), start)
    if before and before.group(1).casefold() in HONORIFICS:
        return False  # "Frau Pfingsten": a surname
    for m in _HOLIDAY_RE.finditer(text, max(0, start - 30), min(len(text), end + 30)):
        name = m.span("holiday") if m.group("holiday") else m.span("named")
        if name[0] <= start and end <= name[1]:
            return True
    return False


def _in_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether [start, end), single letters ("B", "d. h"), lies inside an abbreviation."""
    if not _LETTERS_RE.fullmatch(text, start, end):
        return False
    near = _ABBREVIATION_RE.finditer(text, max(0, start - 12), min(len(text), end + 12))
    return any(m.start() <= start and end <= m.end() for m in near)


def _opening_connective(text: str, start: int, end: int) -> bool:
    return (
        text[start:end].casefold() in _CONNECTIVES
        and text[start].isupper()
        and _SENTENCE_START_RE.search(text, max(0, start - 4), start) is not None
    )


def _everyday_word(text: str, start: int, end: int) -> bool:
    """One lower-case everyday word: no address ("passport" became "springville")."""
    word = text[start:end]
    return word.isalpha() and word.islower() and is_everyday(word)
