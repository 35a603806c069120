"""Address recognizer: German street + number and postal code + city, parcel lockers and PO boxes
("Packstation 123", "Postfach 10 20 30"), English street addresses, apartment units, US "City,
ST 12345" and UK postcodes. All addresses score 0.85.

A street (or unit) followed by its postal code + city, unit or US/UK tail, separated only by a
comma, spaces or one line break ("Hauptstr. 5, 10115 Berlin"), becomes one span; before a UK
postcode up to four town and county words may sit in between ("Baker Street, London NW1 6XE",
"Church Lane, Little Snoring, Norfolk NR21 0AB"). English street types may be abbreviated
("St", "Rd", "Ln", "Dr", "Pkwy").

Precision trade-offs:
- A German street needs a street-like ending ("-straße", "Str.", "-weg", "-allee", ...); the
  "Am/An der/Unter den ..." form without one ("Unter den Linden 5") is only taken when a postal
  code + city follows, because "Im Jahr 2020" has the same shape. House numbers are 1-999.
- "12345 Word" (on one line: a phone number ending a signature line is no postal code of the
  next line's "Mail:") is a postal code + city unless the word is on a stoplist of nouns that
  commonly follow counts ("Euro", "Kunden", "Stück", ...). A rarer noun after a five-digit
  count is still a false positive; four-digit codes (AT/CH) need an "A-"/"CH-" prefix.
- After a residence word ("wohne", "wohnhaft", "Adresse:", "Anschrift ist") the "am/An der ..."
  form needs no postal code ("Ich wohne am Alten Markt 12"); a lower-case preposition stays
  outside the span ("am [Alten Markt 12]"), as the sentence's own word. So is the capitalised
  form right after a lower-case preposition ("Lieferung an Am Markt 5").
- Numbered roads ("Bundesstraße 43") and seats ("Sitzplatz 12") are not addresses; separate
  "Platz 1", "Markt 3" and "-feld 20" are left out as too often rankings, products or keyboards.
- A house number followed by a unit ("Fußweg 5 Minuten") is not an address.

Example:
    >>> find_addresses("Bitte an Hauptstr. 5, 10115 Berlin schicken.")
    [(9, 34, 'ADDRESS', 0.85)]
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, float]

_UP = "A-ZÄÖÜ"
_LOW = "a-zäöüß"
_WORD = rf"[{_UP}][{_LOW}]+"
_ATTACHED = "straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad"
_ATTACHED += "|graben|wall|promenade|stieg|zeile|anger|kamp"
# "Platz 1", "Markt 3" and "Ring 2" are too often rankings or products to be separate street words.
_SEPARATE = "Straße|Strasse|Str\\.|Weg|Allee|Gasse|Damm|Ufer|Chaussee|Steig|Pfad"
_UNITS = (
    "Min|Minuten|Std|Stunden|km|m|Meter|Euro|EUR|€|%|Stück|Jahre|Jahren|Tage|Tagen|Sekunden|"
    "mal|Mal|Sterne|Punkte|kg|g|l|Prozent|Leute|Personen|Zimmer|Monate|Monaten|Wochen|Kinder"
)
_HOUSE = (
    r"\s[1-9]\d{0,2}(?:\s?[a-zA-Z](?!\w))?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?"
    rf"(?!\w|[.,]\d|\s(?:{_UNITS})\b)"
)
_PREPOSITIONS = (
    "Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Vor dem"
)
# Compounds with a street ending that are not streets: numbered roads, seats, parking spaces.
_NOT_STREET = (
    "(?:Bundes|Kreis|Staats)straße|(?:Sitz|Stell|Steh|Liege|Arbeits|Camping|Studien|Kita|"
    "Ausbildungs|Tabellen|Sieger|Spiel)platz"
)
_DE_STREET_RE = re.compile(
    rf"(?<![\w-])(?!{_NOT_STREET})(?:(?:{_WORD}-)*[{_UP}][{_LOW}]*(?:{_ATTACHED})"
    rf"|(?:{_WORD}-)+(?:{_SEPARATE})|{_WORD}\s(?:{_SEPARATE})"
    rf"|(?:{_PREPOSITIONS})\s[{_UP}][{_LOW}]*(?:{_ATTACHED})){_HOUSE}"
)
_PREP_NAME = rf"{_WORD}(?:[ -]{_WORD})?{_HOUSE}"  # the name and number after "am", "An der"
_RESIDENCE = (
    r"(?:wohne|wohnen|wohnt|wohnst|wohnhaft|[Aa]dresse|[Aa]nschrift|Lieferadresse|"
    r"Rechnungsadresse|Wohnadresse)(?::|\s(?:ist|lautet|jetzt|nun))?[ \t]+"
)
# the street in group "at": after the lower-case preposition, or with the capitalised one
_DE_CUE_STREET_RE = re.compile(
    rf"(?<![\w-]){_RESIDENCE}(?:{_PREPOSITIONS.lower()})\s(?P<at>{_PREP_NAME})"
)
_DE_CUE_PREP_STREET_RE = re.compile(
    rf"(?<![\w-]){_RESIDENCE}(?P<at>(?:{_PREPOSITIONS})\s{_PREP_NAME})"
)
# A capitalised "Am/Zur/An der ..." right after a lower-case preposition can only open a street's
# name: "Lieferung an Am Markt 5", "Umzug nach Zur Mühle 7".
_DE_AFTER_PREP_STREET_RE = re.compile(
    rf"(?<![\w-])(?:an|nach|bei|von|aus)[ \t]+"
    rf"(?P<at>(?:{_PREPOSITIONS})\s{_PREP_NAME})"
)
_DE_PREP_STREET_RE = re.compile(
    rf"(?<![\w-])(?:{_PREPOSITIONS})\s{_WORD}(?:-{_WORD})*{_HOUSE}(?=,?\s(?:D-)?\d{{5}}\s[{_UP}])"
)
_NOT_CITY = (
    "Euro|Euros|EUR|Dollar|Dollars|Franken|Pfund|Kunden|Kundinnen|Stück|Punkte|Mitarbeiter|"
    "Mitarbeitende|Menschen|Nutzer|Nutzerinnen|User|Users|Jahre|Meter|Kilometer|Bestellungen|"
    "Exemplare|Follower|Downloads|Seiten|Mal|Tage|Stunden|Minuten|Sekunden|Artikel|Produkte|"
    "Pakete|Einheiten|Besucher|Views|Likes|Mitglieder|Teilnehmer|Einwohner|Kilo|Gramm|Liter|"
    "Prozent|Jahren|Monaten|Wochen|Tagen|Einwohnern|Bewertungen|Sterne|Stimmen|Fans|Customers|"
    "Orders|Items|Points|People|Euro-Scheine|Zeichen|Wörter|Klicks|Anrufe|Mails|Tickets|Fälle|"
    "Kilometern|Bytes|Pixel|Watt|Volt"
)
_CITY = rf"{_WORD}(?:[- ](?:am |an der |im |ob der |bei )?{_WORD})?(?:\s\((?:Oder|Saale)\))?"
_PLZ_CITY_RE = re.compile(
    rf"(?<![\w.,-])(?:(?:D-)?\d{{5}}|(?:A-|CH-)\d{{4}})[ \t\u00a0](?!(?:{_NOT_CITY})\b){_CITY}\b"
)
_EN_STREET_RE = re.compile(
    # a direction and numbered streets too: "225 W 57th St" left "225 W 57th"
    r"(?<![\w-])\d{1,5}[A-Z]?\s(?:(?:[NSEW]|NE|NW|SE|SW)\.?\s)?"
    r"(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s){1,3}"
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Court|"
    r"Ct\.?|Way|Place|Pl\.?|Terrace|Close|Crescent|Square|Sq\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|"
    r"Mews|Gardens|Grove|Row|Walk|Circle|Trail)(?:\s(?:NW|NE|SW|SE))?(?!\w)"
)
# Parcel lockers, post offices and PO boxes by number: "Packstation 123", "Postfach 10 20 30",
# "PO Box 1234".
_DE_POST_RE = re.compile(  # and "PO Box 1234", "P.O. Box 77", which were left
    r"(?<![\w-])(?:Packstation|Paketstation|Postfiliale|Postfach|Paketshop"
    r"|P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]Office[ \t]Box)[ \t](?:Nr\.?[ \t]?|#[ \t]?)?"
    r"\d{1,6}(?:[ \t]\d{2}){0,3}(?![\w,.]\d)"
)
_UNIT_RE = re.compile(r"(?<![\w-])(?:Apt\.?|Apartment|Suite|Ste\.|Unit|Flat)\s?#?\d+[A-Z]?(?!\w)")
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    "NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_US_CITY_RE = re.compile(
    rf"(?<![\w-])[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s(?:{_US_STATES})\s\d{{5}}(?:-\d{{4}})?(?!\w)"
)
_UK_POSTCODE_RE = re.compile(
    r"(?<![\w-])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s\d(?![GT]B\b)[ABD-HJLNP-UW-Z]{2}(?!\w)"
)
# The same in lower case, as chat text writes it ("customer: sw1a 1aa" left "sw1a"); not an
# ordinal ("mp3 1st", "ps5 2nd").
_UK_POSTCODE_LOWER_RE = re.compile(
    r"(?<![\w-])(?:[a-pr-uwyz][a-hk-y]?\d[a-z\d]?)\s\d(?!st|nd|rd|th|[gt]b\b)[abd-hjlnp-uw-z]{2}(?!\w)"
)
# An Irish Eircode after its name ("My Eircode is T12 X8N4"): a routing key and a unique
# identifier, which names one address. Without the word, its shape is too common to take.
_EIRCODE_RE = re.compile(
    r"(?i:\beircode)(?:[ \t]+(?:is|ist|lautet))?[ \t]*:?[ \t]*"
    r"(?P<at>(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4})(?![\w-])"
)
# The shapes `surrogate_addresses.address_locale` reads an address's country from.
GERMAN_STREET_RE, GERMAN_POSTCODE_CITY_RE = _DE_STREET_RE, _PLZ_CITY_RE
# A street's name without its number ("Schillerstraße", "Maple Road").
STREET_NAME = re.compile(
    r"(?:straße|strasse|str\.|weg|allee|platz|gasse|damm|ufer|chaussee|promenade)$"
    r"|\s(?:road|rd\.?|street|st\.|lane|avenue|ave\.?|drive|close|crescent|boulevard|way)$",
    re.IGNORECASE,
)
ENGLISH_STREET_RE, UK_POSTCODE_RE, UK_POSTCODE_LOWER_RE, US_CITY_STATE_ZIP_RE = (
    _EN_STREET_RE,
    _UK_POSTCODE_RE,
    _UK_POSTCODE_LOWER_RE,
    _US_CITY_RE,
)
US_STATES = _US_STATES
_DIGIT_RE = re.compile(r"\d")
_JOIN_GAP_RE = re.compile(r"[ \t]*(?:,[ \t]*|\n[ \t]*)?")
# Town and county words before a UK postcode: "Baker Street, London NW1 6XE", "Church Lane,
# Little Snoring, Norfolk NR21 0AB".
_JOIN_WORD_GAP_RE = re.compile(r"(?:,?[ \t]*[A-Z][a-z]+){1,4},?[ \t]+")
_HEADS = ("street", "unit")
_TAILS = ("unit", "city", "uk")
_REGEXES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("street", _DE_STREET_RE),
    ("street", _DE_PREP_STREET_RE),
    ("street", _DE_CUE_STREET_RE),
    ("street", _DE_CUE_PREP_STREET_RE),
    ("street", _DE_AFTER_PREP_STREET_RE),
    ("street", _DE_POST_RE),
    ("city", _PLZ_CITY_RE),
    ("street", _EN_STREET_RE),
    ("unit", _UNIT_RE),
    ("city", _US_CITY_RE),
    ("uk", _UK_POSTCODE_RE),
    ("uk", _UK_POSTCODE_LOWER_RE),
)


def _joins(text: str, prev: tuple[int, int, str], nxt: tuple[int, int, str]) -> bool:
    """Whether `nxt` continues the address in `prev` (a street or unit followed by its tail)."""
    if nxt[0] < prev[1]:
        return True
    if prev[2] not in _HEADS or nxt[2] not in _TAILS:
        return False
    if _JOIN_GAP_RE.fullmatch(text, prev[1], nxt[0]):
        return True
    return nxt[2] == "uk" and _JOIN_WORD_GAP_RE.fullmatch(text, prev[1], nxt[0]) is not None


def find_addresses(text: str) -> list[Span]:
    """Street addresses, postal code + city, units, US city/state/ZIP, UK postcodes and Irish
    Eircodes after their name."""
    if _DIGIT_RE.search(text) is None:
        return []
    parts = sorted(
        (*m.span("at" if "at" in regex.groupindex else 0), kind)
        for kind, regex in _REGEXES
        for m in regex.finditer(text)
    )
    joined: list[tuple[int, int, str]] = []
    for part in parts:
        if joined and _joins(text, joined[-1], part):
            start, end, _kind = joined[-1]
            joined[-1] = (start, max(end, part[1]), part[2])
        else:
            joined.append(part)
    eircodes = [m.span("at") for m in _EIRCODE_RE.finditer(text)]
    return sorted(
        [(s, e, "ADDRESS", 0.85) for s, e, _kind in joined if (s, e) not in eircodes]
        + [(s, e, "ADDRESS", 0.9) for s, e in eircodes]  # its name vouches for it
    )
