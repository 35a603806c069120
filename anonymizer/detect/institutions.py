"""Institutions and venues named by their place: one span for the model's fragments, and a
surrogate that keeps the kind while the place takes its own.

A bank, hospital, court, council, school or utility named after its town ("Sparkasse
Köln-Bonn", "Klinikum Nürnberg", "Leeds City Council", "University of Leeds") identifies
through the place; its kind is what an analyst reads ("the complaint is about a hospital").
A company surrogate dropped both: "Die Stadtwerke Bielefeld schicken ..." became "Die Rudolph
Henschel schicken ...", "Leeds City Council" became "Dunlap-Smith". `split_place` finds the
place; the caller gives it the surrogate the place gets alone, so "Sparkasse Köln" and "Köln"
in one text stay one town. Stations, airports, surgeries, hotels and centres read as places
keep their kind too ("Hauptbahnhof Köln" became "Nauen", "Heathrow Airport" "Foxworth",
"Riverside Surgery" "Hornell"), and a hotel its chain ("Maritim Hotel Bonn" became
"Luckenwalde"). A German school, clinic or pharmacy named after a person
with hyphens ("Goethe-Gymnasium", "Anne-Frank-Schule") takes a person's surrogate, hyphenated
(`split_named`): "Goethe-Gymnasium" became "Conradi"; so does the holder of a practice, law
firm or trade business ("Kanzlei Weidenfeller", "Praxis Dr. Vogt", "Autohaus Meyer", "Brandes
Haustechnik GmbH", which became "Junitz Ritter GmbH").

Only a kind word right before or after the place counts, and only a place of one to three
capitalised words, none a title ("MVZ Dr. Müller" is named after a person):
"Ludwig-Maximilians-Universität München" and "Klinikum rechts der Isar" are no kind + place,
and keep a company surrogate.

The model cuts some such names into pieces of several labels ("St" ORGANIZATION, "Mary's"
LOCATION, "Hospital" ORGANIZATION), or leaves the kind out ("Oliver Pemberton" PERSON +
"School"), and each piece got a surrogate of its own: "St Mary's Hospital lost my results"
became "Collins-Waters Morgantown Goodwin lost my results". `institutions_of_fragments`
joins such pieces, and a capitalised kind right after them, into one span.

Example:
    >>> split_place("Sparkasse Köln-Bonn"), split_place("Leeds City Council")
    (('Sparkasse ', 'Köln-Bonn', ''), ('', 'Leeds', ' City Council'))
    >>> split_place("University of Leeds"), split_place("Musterfirma") is None
    (('University of ', 'Leeds', ''), True)
    >>> split_place("brixton branch"), split_place("Filiale Bonn"), split_place("TU Dresden")
    (('', 'brixton', ' branch'), ('Filiale ', 'Bonn', ''), ('TU ', 'Dresden', ''))
"""

from __future__ import annotations

import re

from ..everyday_words import is_everyday
from ..name_lexicon import TITLES, TRADES
from ..schema import Entity
from ..surrogate_places import town_population

# German kinds: one compound ending in a kind ("Amtsgericht", "Stadtsparkasse", "Grundschule",
# "Hauptbahnhof"), or a listed name ("Agentur für Arbeit"); an adjective of the kind before it
# is part of it.
_DE_KIND = (
    r"(?:(?i:technische|freie|städtische|städtisches|evangelische|evangelisches|katholische"
    r"|katholisches|staatliche|staatliches)[ \t]+)?"
    r"(?:(?=[A-ZÄÖÜ])[a-zäöüßA-ZÄÖÜ]*?(?i:sparkasse|kasse|bank|stadtwerke|universität|hochschule|klinikum"
    r"|klinik|krankenhaus|gericht|amt|jobcenter|zentrale|polizei|präsidium|gymnasium|schule"
    r"|verwaltung|bibliothek|museum|theater|kammer|bahnhof|flughafen|apotheke|zentrum"
    r"|café|cafe|restaurant|pizzeria|gasthaus|gasthof|gaststätte|bistro|imbiss|kneipe|trattoria"
    r"|ristorante|brauhaus|studio)"
    r"|(?i:agentur[ \t]+für[ \t]+arbeit|jobcenter|rathaus|kita|stadt|gemeinde|landkreis|kreis"
    r"|hotel|mvz))"
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
# A firm's venue named by its town ("the Croydon store", "your Leeds branch"): the town must be
# one, not an everyday word ("Head Office", "Online Shop").
_VENUE = r"branch|store|shop|office|depot|warehouse|outlet|superstore|showroom"
_VENUE_RE = re.compile(rf"(?i:{_VENUE})$")
_EVERYDAY_TOWN = 50_000  # people a town named by an everyday word has ("Bath", "Reading")
_EN_KIND = (
    r"(?i:council|court|infirmary|hospitals?|clinic|university|college|school|academy|elementary|police"
    r"|constabulary|library|museum|bank|society|water|energy|airport|station|hbf|hauptbahnhof"
    r"|surgery|practice|centre|center|hotel|pharmacy|café|cafe|restaurant|bistro|diner|gym"
    rf"|{_VENUE})"
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

# A hotel: a chain's name, or a modifier, before "Hotel" or in its place ("Maritim Hotel Bonn",
# "Grand Hotel Brighton", "Premier Inn London Kings Cross", "Motel One Köln"); the brand stays.
_HOTEL = (
    r"(?:(?:Grand|Royal|Park|City|Central|Maritim|Hilton|Marriott|Radisson(?:[ \t]+Blu)?"
    r"|Steigenberger|Dorint|Ramada|Sheraton|Kempinski|Leonardo|Best[ \t]+Western"
    r"|Crowne[ \t]+Plaza|Hyatt|Hampton)[ \t]+)?Hotel"
    r"|Premier[ \t]+Inn|Holiday[ \t]+Inn(?:[ \t]+Express)?|Travelodge|Motel[ \t]+One"
    r"|Ibis(?:[ \t]+(?:Budget|Styles))?|Novotel|Mercure|Hilton(?:[ \t]+Garden[ \t]+Inn)?"
    r"|Moxy|B&B[ \t]+Hotel"
)
# A firm's German branch before its town ("Filiale Bonn"); never after a place ("Irher Filiale").
_DE_BRANCH = r"(?i:filiale|niederlassung|geschäftsstelle|zweigstelle)"
# A German university or college by its short name before its town ("Uni Köln", "TU Dresden",
# "FH Aachen", "VHS Bonn"), as written.
_DE_SHORT = r"(?:Uni|TU|TH|FH|PH|HAW|HTW|DHBW|VHS)"
_KIND_FIRST_RE = re.compile(
    rf"((?:{_HOTEL}|{_DE_KIND}|{_DE_BRANCH}|{_DE_SHORT}|{_EN_KIND_OF})(?:[ \t]+zu)?[ \t]+)"
    rf"({_PLACE})"
)
_KIND_LAST_RE = re.compile(
    rf"((?:{_EN_MODIFIER}[ \t]+)*)({_EN_PLACE})"
    rf"((?:[ \t]+{_EN_MODIFIER})*[ \t]+(?:{_EN_KIND}|{_DE_KIND}))"
)
# A kind right after a run of name spans ("Oliver Pemberton" + " School"), capitalised
# ("Sarah" + " bank details" is none), and the gap between two spans of a run ("St" + ". ").
_TRAILING_KIND_RE = re.compile(
    rf"(?:[ \t]+(?=[A-Z]){_EN_MODIFIER})*[ \t]+(?=[A-ZÄÖÜ])(?:{_EN_KIND}|{_DE_KIND})(?![\w-])"
)
# A German kind after a name and a hyphen ("Goethe-Gymnasium", "Anne-Frank-Schule").
_NAMED_RE = re.compile(
    r"((?:[A-ZÄÖÜ][\w'’.]*-)+)((?=[A-ZÄÖÜ])[a-zäöüßA-ZÄÖÜ]*?(?i:schule|gymnasium|klinik|klinikum"
    r"|krankenhaus|apotheke|kita|hochschule|universität|bibliothek|museum|theater))"
)
# A practice or law firm before its holder's name, titles allowed ("Kanzlei Weidenfeller",
# "Praxis Dr. med. Vogt", "Notariat Schulze-Berg"); a craft or trade business before its
# owner's name or after it ("Autohaus Meyer", "Brandes Haustechnik", "Meyer Elektrotechnik").
# "Elektro Brunnhuber" became "Mitschke Rädel": the trade went too
TRADE_FIRST = "|".join(sorted((w.capitalize() for w in TRADES), key=len, reverse=True))
_TRADE_AFTER = (
    r"(?:Haus|Elektro|Heizungs|Gebäude|Kälte|Klima|Solar|Medizin)?(?:technik|bau)|Bau|Elektro"
    r"|Sanitär|Immobilien|Transporte?|Logistik|Reinigung|Gebäudereinigung|Dachtechnik|Fliesen"
)
_NAME = r"[A-ZÄÖÜ][\w'’-]+(?:[ \t]+[A-ZÄÖÜ][\w'’-]+){0,2}"
_PERSON_KIND_RE = re.compile(
    rf"((?:[A-ZÄÖÜ][a-zäöüß]*(?:kanzlei|praxis)|Kanzlei|Praxis|Notariat|{TRADE_FIRST})[ \t]+)"
    rf"((?:(?:Dr|Prof|Dipl|med|dent|rer|nat|jur)\.[\w.-]*[ \t]+)*{_NAME})"
)
_NAME_TRADE_RE = re.compile(rf"((?:Fa\.|Firma)[ \t]+)?([A-ZÄÖÜ][\w'’-]+)([ \t]+(?:{_TRADE_AFTER}))")
_GAP_RE = re.compile(r"\.?[ \t]")
_NAME_LABELS = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})
_PLACE_LABELS = frozenset({"LOCATION", "ORGANIZATION"})


def split_place(value: str) -> tuple[str, str, str] | None:
    """(kind before, place, kind after) that make up `value`, or None where it is no
    institution named by its place (see the module docstring), or its place holds a title
    ("MVZ Dr. Müller", "Klinik Prof. Weber": named after a person)."""
    # Chat text in lower case reads as its capitalised form ("brixton branch").
    read = _capitalised(value) if value.islower() else value
    if m := _KIND_FIRST_RE.fullmatch(read):
        parts = value[: m.end(1)], value[m.start(2) :], ""
    elif m := _KIND_LAST_RE.fullmatch(read):
        parts = value[: m.end(1)], value[m.start(2) : m.end(2)], value[m.start(3) :]
    else:
        return None
    words = parts[1].casefold().replace(".", " ").split()
    if any(w in TITLES for w in words):
        return None
    if (read is not value or _VENUE_RE.search(parts[2])) and not a_place(parts[1], words):
        return None  # "Head Office", "the store": no town; "main office" in chat text
    return parts


def a_place(place: str, words: list[str]) -> bool:
    """A name holding a word that is no everyday word ("Brixton"), or a listed town of some
    size ("Bath"; not "Post", a small Texan town, in "Post Office")."""
    return not all(map(is_everyday, words)) or town_population(place) >= _EVERYDAY_TOWN


def _capitalised(value: str) -> str:
    """Each word's first letter in capitals, where that keeps the length ("ß" would not)."""
    out = re.sub(r"(?<![\w'’])\w", lambda m: m.group().upper(), value)
    return out if len(out) == len(value) else value


# A university's or hospital's unit named by its subject, before the institution ("Lehrstuhl für
# Informatik, Universität Passau", "Institut für Chemie der Universität Bonn", "Department of
# Physics, University of Leeds"): the unit names no one, the institution its place.
_UNIT_RE = re.compile(
    r"((?:Lehrstuhl|Institut|Fakultät|Fachbereich|Fachgebiet|Abteilung|Klinik|Zentrum|Seminar"
    r"|Professur|Arbeitsgruppe|Department|Dept\.?|School|Faculty|Institute|Division|Centre"
    r"|Center|Chair|Laboratory|Lab)[ \t]+(?:für|of|for)[ \t]+[^,\n]{2,60}?)"
    r"(,[ \t]*|[ \t]+(?:der|des|am|an[ \t]+der|at(?:[ \t]+the)?|of[ \t]+the)[ \t]+)"
    r"(\S.*)"
)


# A unit's subject, right after its kind, as far as the span may end ("Klinik für Innere
# [Medizin] am Klinikum", "School of [Medicine] at the University"): no name.
_SUBJECT_BEFORE_RE = re.compile(
    r"(?:Lehrstuhl|Institut|Fakultät|Fachbereich|Fachgebiet|Abteilung|Klinik|Zentrum|Seminar"
    r"|Professur|Department|Dept\.?|School|Faculty|Institute|Division|Centre|Center|Chair)"
    r"[ \t]+(?:für|of|for)[ \t]+(?:[\w-]+[ \t]+){0,2}$"
)
_SUBJECT_END_RE = re.compile(r"[ \t]*(?:$|[,.;)\n]|(?:der|des|am|an|at|of|in|und|and)[ \t])")


def without_unit_subjects(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` without the model's names that are a unit's subject ("Klinik für Innere
    Medizin": "Medizin" became "Misicher", "School of Medicine" "School of Espinoza").

    >>> text = "School of Medicine at the University of Bristol"
    >>> spans = [Entity(10, 18, "ORGANIZATION"), Entity(26, 47, "ORGANIZATION")]
    >>> [text[e.start : e.end] for e in without_unit_subjects(text, spans)]
    ['University of Bristol']
    """
    return [e for e in spans if not _unit_subject(text, e)]


def _unit_subject(text: str, e: Entity) -> bool:
    # a PERSON stays: "Zentrum für Lernforschung Maria Becker" names its head
    if e.source != "model" or e.label not in _PLACE_LABELS or text.count(" ", e.start, e.end) > 2:
        return False
    before = _SUBJECT_BEFORE_RE.search(text, max(0, e.start - 60), e.start)
    return before is not None and _SUBJECT_END_RE.match(text, e.end) is not None


def split_unit(value: str) -> tuple[str, str, str] | None:
    """(unit, separator, institution) of a unit named before its institution, or None.

    >>> split_unit("Lehrstuhl für Informatik, Universität Passau")
    ('Lehrstuhl für Informatik', ', ', 'Universität Passau')
    >>> split_unit("Institut für Chemie der Universität Bonn")
    ('Institut für Chemie', ' der ', 'Universität Bonn')
    """
    m = _UNIT_RE.fullmatch(value)
    return (m.group(1), m.group(2), m.group(3)) if m else None


def split_named(value: str) -> tuple[str, str, str] | None:
    """(kind before, name, kind after) of a German institution named after a person: a school
    with hyphens ("", "Anne-Frank", "-Schule"), a practice, law firm or trade business
    ("Kanzlei ", "Weidenfeller", ""; "", "Brandes", " Haustechnik"), or None.

    >>> split_named("Geschwister-Scholl-Gymnasium"), split_named("Hauptschule")
    (('', 'Geschwister-Scholl', '-Gymnasium'), None)
    >>> split_named("Zahnarztpraxis Dr. Vogt")
    ('Zahnarztpraxis ', 'Dr. Vogt', '')
    """
    if m := _NAMED_RE.fullmatch(value):
        return "", m.group(1)[:-1], "-" + m.group(2)
    if m := _PERSON_KIND_RE.fullmatch(value):
        return m.group(1), m.group(2), ""
    if m := _NAME_TRADE_RE.fullmatch(value):  # "Fa. Brandes Haustechnik"
        return m.group(1) or "", m.group(2), m.group(3)
    return None


def institutions_of_fragments(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` (sorted) with each run of name spans, one space or an abbreviation's dot apart,
    that makes an institution named by its place with the kind right after it (see the module
    docstring) joined into one: LOCATION where all its spans are, else ORGANIZATION.

    >>> text = "St Mary's Hospital lost my results."
    >>> org, loc = "ORGANIZATION", "LOCATION"
    >>> pieces = [Entity(0, 2, org), Entity(3, 9, loc), Entity(10, 18, org)]
    >>> [(text[e.start : e.end], e.label) for e in institutions_of_fragments(text, pieces)]
    [("St Mary's Hospital", 'ORGANIZATION')]
    """
    out: list[Entity] = []
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and _continues(text, spans[j], spans[j + 1]):
            j += 1
        if joined := _joined(text, spans[i : j + 1]):
            out.append(joined)
            i = j + 1
            continue
        out.append(spans[i])
        i += 1
    return out


def _continues(text: str, a: Entity, b: Entity) -> bool:
    labels = a.label in _NAME_LABELS and b.label in _NAME_LABELS
    return labels and a.end < b.start and _GAP_RE.fullmatch(text, a.end, b.start) is not None


def _joined(text: str, run: list[Entity]) -> Entity | None:
    """One span for `run` and the kind after it, where they make an institution."""
    if run[0].label not in _NAME_LABELS:
        return None
    end = m.end() if (m := _TRAILING_KIND_RE.match(text, run[-1].end)) else run[-1].end
    if (len(run) == 1 and end == run[-1].end) or not split_place(text[run[0].start : end]):
        return None
    label = "LOCATION" if all(e.label == "LOCATION" for e in run) else "ORGANIZATION"
    best = max(run, key=lambda e: e.score)
    return Entity(run[0].start, end, label, best.score, best.source)
