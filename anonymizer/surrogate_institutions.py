"""Institutions and venues named by their place: the kind stays, the place takes its own
surrogate.

A bank, hospital, court, council, school or utility named after its town ("Sparkasse
Köln-Bonn", "Klinikum Nürnberg", "Leeds City Council", "University of Leeds") identifies
through the place; its kind is what an analyst reads ("the complaint is about a hospital").
A company surrogate dropped both: "Die Stadtwerke Bielefeld schicken ..." became "Die Rudolph
Henschel schicken ...", "Leeds City Council" became "Dunlap-Smith". `split_place` finds the
place; the caller gives it the surrogate the place gets alone, so "Sparkasse Köln" and "Köln"
in one text stay one town. Stations, airports, surgeries, hotels and centres read as places
keep their kind too ("Hauptbahnhof Köln" became "Nauen", "Heathrow Airport" "Foxworth",
"Riverside Surgery" "Hornell").

Only a kind word right before or after the place counts, and only a place of one to three
capitalised words: "Ludwig-Maximilians-Universität München" and "Klinikum rechts der Isar"
are no kind + place, and keep a company surrogate.

Example:
    >>> split_place("Sparkasse Köln-Bonn"), split_place("Leeds City Council")
    (('Sparkasse ', 'Köln-Bonn', ''), ('', 'Leeds', ' City Council'))
    >>> split_place("University of Leeds"), split_place("Musterfirma") is None
    (('University of ', 'Leeds', ''), True)
"""

from __future__ import annotations

import re

# German kinds: one compound ending in a kind ("Amtsgericht", "Stadtsparkasse", "Grundschule",
# "Hauptbahnhof"), or a listed name ("Agentur für Arbeit"); an adjective of the kind before it
# is part of it.
_DE_KIND = (
    r"(?:(?i:technische|freie|städtische|städtisches|evangelische|evangelisches|katholische"
    r"|katholisches|staatliche|staatliches)[ \t]+)?"
    r"(?:(?=[A-ZÄÖÜ])[a-zäöüßA-ZÄÖÜ]*?(?i:sparkasse|kasse|bank|stadtwerke|universität|hochschule|klinikum"
    r"|klinik|krankenhaus|gericht|amt|jobcenter|zentrale|polizei|präsidium|gymnasium|schule"
    r"|verwaltung|bibliothek|museum|theater|kammer|bahnhof|flughafen)"
    r"|(?i:agentur[ \t]+für[ \t]+arbeit|jobcenter|rathaus|kita|stadt|gemeinde|landkreis|kreis"
    r"|hotel))"
)
# Kinds after the place ("Leeds City Council", "Warsaw District Court", "Heathrow Airport",
# "Köln Hbf"), their modifiers first, and kinds before "of" ("University of Leeds").
_EN_MODIFIER = (
    r"(?i:royal|general|city|county|borough|district|regional|crown|magistrates?['’]?s?|teaching"
    r"|children['’]s|community|state|metropolitan|central|memorial|university|building|federal"
    r"|supreme|high|administrative|labou?r|social|assize|circuit|criminal|civil|family|military"
    r"|medical|technical|primary|secondary|grammar|junior|senior|international|train|railway"
    r"|bus|coach|shopping|leisure|health|dental|sports|town)"
)
_EN_KIND = (
    r"(?i:council|court|infirmary|hospitals?|clinic|university|college|school|academy|police"
    r"|constabulary|library|museum|bank|society|water|energy|airport|station|hbf|hauptbahnhof"
    r"|surgery|practice|centre|center|hotel|pharmacy)"
)
_EN_KIND_OF = (
    r"(?i:(?:royal[ \t]+)?(?:university|bank|city|county|borough|college|museum|library"
    r"|council|district)[ \t]+of(?:[ \t]+the)?)"
)
# A place: one to three capitalised words (hyphens, "am"/"an der"/"upon" inside), "St"
# and a possessive allowed ("St Mary's").
_WORD = r"[A-ZÄÖÜ][\w'’.]*(?:-[A-ZÄÖÜ][\w'’]*)*"
_PLACE = rf"{_WORD}(?:[ \t]+(?:(?:am|an[ \t]+der|im|in[ \t]+der|upon|on)[ \t]+)?{_WORD}){{0,2}}"

# Before an English kind, a place word is none of the kind's words ("Leeds", not "Leeds City").
_EN_WORD = rf"(?!(?:{_EN_MODIFIER}|{_EN_KIND})(?![\w'’-])){_WORD}"
_EN_PLACE = rf"{_EN_WORD}(?:[ \t]+(?:upon[ \t]+|on[ \t]+)?{_EN_WORD}){{0,2}}"

_KIND_FIRST_RE = re.compile(rf"((?:{_DE_KIND}|{_EN_KIND_OF})(?:[ \t]+zu)?[ \t]+)({_PLACE})")
_KIND_LAST_RE = re.compile(rf"({_EN_PLACE})((?:[ \t]+{_EN_MODIFIER})*[ \t]+{_EN_KIND})")


def split_place(value: str) -> tuple[str, str, str] | None:
    """(kind before, place, kind after) that make up `value`, or None where it is no
    institution named by its place (see the module docstring)."""
    if m := _KIND_FIRST_RE.fullmatch(value):
        return m.group(1), m.group(2), ""
    if m := _KIND_LAST_RE.fullmatch(value):
        return "", m.group(1), m.group(2)
    return None
