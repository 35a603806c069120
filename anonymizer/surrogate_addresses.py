"""Address surrogates: each comma- or line-separated part of an address becomes Faker text of
the same kind, in the country the address itself comes from.

A part keeps its role: "10115 Berlin" becomes a postcode and a city, "IL 62704" a state and ZIP,
"LS6 2AB" a postcode of the same shape, "Whg. 12" or "Apt 4B" the same word with a new number,
"3. OG links" or "2nd floor" the same floor words at another floor, "Hinterhaus" stays (it names
no place), and anything else with a digit a street address. The country comes from the
address, not the text around it, so a German street in an English sentence gets a German
surrogate ("Eichendorffweg 7, 71063 Sindelfingen"), a four-digit postcode in German text an
Austrian one ("1070 Wien"; Swiss with "strasse"), and a UK postcode in German text a British one.

Example:
    >>> import random
    >>> from faker import Faker
    >>> fk = Faker("de_DE"); fk.seed_instance(1)
    >>> out = address("8. Stock, Wohnung 84", random.Random(1), fk)
    >>> out.endswith(" Stock, Wohnung " + out[-2:]) and out[0].isdigit()
    True
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from typing import Any

from .detect import patterns_address as pa
from .surrogate_formats import reshape
from .surrogate_house_numbers import FLOOR, floor, house_number, unit_number
from .surrogate_postcodes import CA_CODE, CA_PROVINCE, canadian_postcode, eircode, uk_postcode
from .surrogate_streets import street_name
from .surrogate_towns import town

# A street name read as a place ("in der Schillerstraße", "on Maple Road") gets a street name.
STREET_NAME = pa.STREET_NAME
# Where one part of an address ends and the next begins: a comma, a line break, "in" before a
# town or postcode ("Hauptstraße 4 in 56068 Koblenz", "12 Oak Street in Leeds"), or a space
# between a house number and a postcode with its town ("Hauptstraße 4 56068 Koblenz"): the
# street's surrogate left out the rest ("in der Metzstraße 2 statt nach Mainz").
_SPLIT = re.compile(
    r"\s*[,\n]\s*|(?<=[\w.])\s+in\s+(?=\d{4,5}\s|[A-ZÄÖÜ])"
    r"|(?:(?<=\d)|(?<=\d[a-zA-Z]))[ \t]+(?=\d{4,5}[ \t]+[^\W\d_])"
)
# "Care of" and a name: a part of an address that names who receives the post there.
_CARE_OF = re.compile(
    r"((?i:c/o|z\.[ \t]?hd\.?|attn\.?|fao)[ \t]+(?i:(?:herrn?|frau)[ \t]+)?)(\S.*)"
)
# A town, a US state and a ZIP code without a comma between: "Austin TX 78701".
_TOWN_STATE_ZIP = re.compile(rf"[^\W\d_][^\d,]*?\s+(?:{pa.US_STATES})\s+\d{{5}}(?:-\d{{4}})?")
# "14b", "3/6", "27-29", "5 a": the house number of a street part
# A town right after an English street: "55 Elm Road| Leeds LS6 2AB"; not "Oak Street North".
_TOWN_AFTER_STREET = re.compile(r"[ \t]+(?=[A-Z][^\W\d_])(?!(?:North|South|East|West)\b)")

# A house number, a letter after it ("14b", "14 b", "12B Baker Street") but for a street's
# direction before its name ("4521 W Sunset Blvd" became "5843 C York Place", "1234 N. Maple
# Ave." "2133 D Nelson Street").
_HOUSE_NUMBER = re.compile(
    r"(?<!\w)\d+(?:[A-Za-z](?![A-Za-z])|\s[A-Za-z](?![A-Za-z])(?!\.?\s+(?:[A-Z][a-z]|\d)))?"
    r"(?:\s?[-–/]\s?\d+[A-Za-z]?)*"
)
_EIRCODE = re.compile(r"(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}")  # "T12 X8N4"
_TOWN_EIRCODE = re.compile(rf"([^\W\d_][^\d,]*?)\s+({_EIRCODE.pattern})")  # "Cork T12 X2Y3"
_EIRCODE_END = re.compile(rf"(?<![\w-])(?:{_EIRCODE.pattern})\s*$")  # an Irish address's end
# A Canadian postal code, perhaps after a town and a province ("Toronto, ON M5V 2T6": it became
# a street, "Christopher Square 8C"); a province is no town.
_CA_END = re.compile(rf"(?<![\w-])(?:(?:{CA_PROVINCE})[ \t]+)?{CA_CODE}\s*$")
_CA_PART = re.compile(
    rf"(?:(?!(?:{CA_PROVINCE})\s)([^\W\d_][^\d,]*?)\s+)?(?:({CA_PROVINCE})\s+)?({CA_CODE})"
)
_UK_POSTCODE = re.compile(
    r"(?:(?<=\s)|^)(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})$"
)
_UNIT = re.compile(
    r"^((?:(?:flat|apt\.?|apartment|suite|unit|room|studio|block|building|bldg\.?|wohnung|whg\.?"
    r"|app\.?|zimmer|etage|stock|floor|level|tür|top|stiege|haus|gebäude|station|raum|ward)\s*)"
    r"{1,2})(\d\w{0,4}|(?<=[\s.])[^\W\d_]{1,2}\d{0,3})$",
    # "Whg. 12", "Wohnung Top 4", "Studio 94j", a hospital's "Station 4B", "Haus B"; the
    # number begins with a digit or is a letter or two on its own ("Stockport" was a "Stock"
    # with the number "port", which became "Stockbaca")
    re.IGNORECASE,
)
# "Packstation 123", "Postfach 10 20 30", "PO Box 1234": the word kept, a new number of the same
# shape.
_CODE = re.compile(r"[A-Za-z]{1,2}\d{1,3}[A-Za-z]?")  # a postcode district, a block, a pay grade
# A flat or suite after a street on the same line ("4521 W Sunset Blvd Apt 3B", which lost it).
_TRAILING_UNIT = re.compile(r"(\s+(?i:apt\.?|apartment|suite|ste\.?|unit|#)\s*)(\d\w{0,4})$")
_POST = re.compile(
    r"^((?:packstation|paketstation|postfiliale|postfach|paketshop|p\.?\s?o\.?\s?box"
    r"|post office box|box)\s*(?:nr\.?\s*|#\s?)?)(\d[\d ]*)$",
    re.IGNORECASE,
)
# Parts that name no place: kept as they are.
_BUILDING_WORDS = frozenset(
    "hinterhaus vorderhaus seitenflügel gartenhaus quergebäude hinterhof hof erdgeschoss eg "
    "dachgeschoss dg souterrain links rechts mitte ground floor basement rear front".split()
)


def _building_lead(part: str) -> str:
    """The building words opening `part`, with the space after them ("Hinterhaus " of
    "Hinterhaus 2. OG"); "" when it opens with none."""
    words = re.match(r"(?:[^\W\d_]+\s+)*", part).group().split()
    lead = []
    for word in words:
        if word.casefold() not in _BUILDING_WORDS:
            break
        lead.append(word)
    return part[: len(" ".join(lead)) + 1] if lead else ""


# A four-digit postcode before a town in a German-style address: Austria, or Switzerland when
# the street is spelled "strasse" (Swiss German has no ß).
_FOUR_DIGIT_TOWN = re.compile(r"(?:^|,\s*|\n)\d{4}\s+[A-ZÄÖÜ][a-zäöüß]+", re.MULTILINE)
# A postcode and town, the postcode perhaps with its country's letter ("D-70565 Stuttgart",
# "CH-8001 Zürich": the town became a street, "Beyerplatz 7847 C"); the letter stays.
_POSTCODE_TOWN = re.compile(r"^((?:[A-Z]{1,2}-)?)\d{4,5}\s+(\S.*)$")
_COUNTRY_LETTERS = {"D": "de_DE", "DE": "de_DE", "A": "de_AT", "AT": "de_AT", "CH": "de_CH"}
_COUNTRY_POSTCODE = re.compile(r"(?<![\w-])(D|DE|A|AT|CH)-\d{4,5}\b")


def address_locale(value: str, locale: str) -> str:
    """The Faker locale whose addresses look like `value` (the address recognizer's shapes);
    `locale` when its shape names none or the document's own country writes addresses that
    way. An English street ("12345 Main Street") is never read as a German postcode and town."""
    if m := _COUNTRY_POSTCODE.search(value):  # "CH-8001 Zürich"
        return _COUNTRY_LETTERS[m.group(1)]
    german = pa.GERMAN_STREET_RE.search(value)
    if _FOUR_DIGIT_TOWN.search(value) and (german or locale.startswith("de_")):
        swiss = "strasse" in value.lower()  # lower(), not casefold(): that turns ß into ss
        return "de_CH" if swiss else "de_AT"
    if german or (
        pa.GERMAN_POSTCODE_CITY_RE.search(value) and not pa.ENGLISH_STREET_RE.search(value)
    ):
        return locale if locale.startswith("de_") else "de_DE"
    if pa.UK_POSTCODE_RE.search(value) or pa.UK_POSTCODE_LOWER_RE.search(value):
        return "en_GB"
    if _CA_END.search(value):  # "..., Toronto, ON M5V 2T6"
        return "en_CA"
    if _EIRCODE_END.search(value):  # "..., Douglas, Cork T12 X2Y3"
        return "en_IE"
    if pa.US_CITY_STATE_ZIP_RE.search(value) or _TOWN_STATE_ZIP.search(value):
        return "en_US"
    return locale


def address(value: str, rng: random.Random, fk: Any, towns: Mapping[str, str] | None = None) -> str:
    """Each part of `value` as Faker text of the same kind (see the module doc); separators kept.
    `towns` maps the address's towns and streets (`towns_in`) to the surrogates they get alone,
    so that "Musterstadt" becomes the same town in "12345 Musterstadt" and in "Musterstadt,
    03.12.", and "Musterstraße" the same street in "Musterstraße 12"."""
    parts, seps = _split(value)
    out = [_part(part, fk, rng, towns or {}) for part in parts]
    return "".join(p + s for p, s in zip(out, seps + [""], strict=True))


def towns_in(value: str) -> list[str]:
    """The town and street names of an address's parts, as `address` places them.

    >>> towns_in("Musterstraße 12, 12345 Musterstadt"), towns_in("Leeds LS6 2AB")
    (['Musterstraße', 'Musterstadt'], ['Leeds'])
    """
    return [t for part in _split(value)[0] if (t := _town_of(part) or _street_of(part))]


def people_in(value: str) -> list[str]:
    """The names after "care of" in an address's parts, which `address` gives the surrogates
    `towns` maps them to ("c/o Meyer" became a town, "Lichtenfels").

    >>> people_in("c/o Meyer, Bahnhofstr. 7a, 01067 Dresden")
    ['Meyer']
    """
    return [m.group(2) for part in _split(value)[0] if (m := _CARE_OF.fullmatch(part))]


def _split(value: str) -> tuple[list[str], list[str]]:
    """The parts of an address and the separators between them (`_SPLIT`); an English street
    and the town after it without a comma are two parts ("55 Elm Road Leeds LS6 2AB" became a
    town and a postcode, "123 Main St Springfield IL 62704" a street alone).

    >>> _split("55 Elm Road Leeds LS6 2AB, UK")
    (['55 Elm Road', 'Leeds LS6 2AB', 'UK'], [' ', ', '])
    """
    seps = iter(_SPLIT.findall(value.strip()))
    parts: list[str] = []
    between: list[str] = []
    for part in _SPLIT.split(value.strip()):
        street = pa.ENGLISH_STREET_RE.match(part)
        if street and (town := _TOWN_AFTER_STREET.match(part, street.end())):
            parts.append(part[: street.end()])
            between.append(town.group())
            part = part[town.end() :]
        parts.append(part)
        between.append(next(seps, ""))
    return parts, between[:-1]


def _town_of(part: str) -> str | None:
    if _CARE_OF.fullmatch(part):
        return None
    if (m := _POSTCODE_TOWN.match(part)) and not pa.ENGLISH_STREET_RE.search(part):
        return m.group(2)  # "10115 Berlin"
    if _TOWN_STATE_ZIP.fullmatch(part):
        return re.sub(rf"\s+(?:{pa.US_STATES})\s+\d{{5}}(?:-\d{{4}})?$", "", part)
    if (m := _UK_POSTCODE.search(part)) and m.start():
        return part[: m.start()].strip()  # "Leeds LS6 2AB"
    if m := _TOWN_EIRCODE.fullmatch(part):
        return m.group(1)  # "Cork T12 X2Y3"
    if any(ch.isdigit() for ch in part) or _UNIT.match(part) or STREET_NAME.search(part):
        return None
    if all(w in _BUILDING_WORDS for w in part.casefold().replace(".", " ").split()):
        return None
    return part


def _town(name: str, fk: Any, towns: Mapping[str, str]) -> str:
    return towns.get(name) or town(fk)


def _part(part: str, fk: Any, rng: random.Random, towns: Mapping[str, str]) -> str:
    """Faker text of the same kind as one comma/line-separated part of an address."""
    if (m := _CARE_OF.fullmatch(part)) and m.group(2) in towns:  # "c/o Meyer": a person
        return m.group(1) + towns[m.group(2)]
    english = fk.locales[0].startswith("en")  # "1500 Broadway": a street, no postcode
    if (m := _POSTCODE_TOWN.match(part)) and not pa.ENGLISH_STREET_RE.search(part) and not english:
        return f"{m.group(1)}{fk.postcode()} {_town(m.group(2), fk, towns)}"  # "10115 Berlin"
    if m := _CA_PART.fullmatch(part):  # "ON M5V 2T6", "Toronto ON M5V 2T6"
        return _canadian(m, fk, rng, towns)
    if re.match(r"^[A-Z]{2}\s+\d{5}(?:-\d{4})?$", part) and hasattr(fk, "state_abbr"):
        return _state_zip(part, fk, rng)  # "IL 62704"
    if _TOWN_STATE_ZIP.fullmatch(part) and hasattr(fk, "state_abbr"):  # "Austin TX 78701"
        return f"{_town(_town_of(part) or '', fk, towns)} {_state_zip(part, fk, rng)}"
    if _EIRCODE.fullmatch(part):  # an Irish Eircode: its shape, of Eircode letters
        return eircode(part, rng)
    if m := _TOWN_EIRCODE.fullmatch(part):  # "Cork T12 X2Y3": a town, then an Eircode
        return f"{_town(m.group(1), fk, towns)} {eircode(m.group(2), rng)}"
    if m := _UK_POSTCODE.search(part):  # "Leeds LS6 2AB": a city, the postcode's shape kept
        place = _town(part[: m.start()].strip(), fk, towns) if m.start() else ""  # "NR21 0AB"
        place = place.lower() if m.group().islower() else place  # "leeds ls6 2ab"
        return f"{place} {uk_postcode(m.group(), rng)}".strip()
    if m := _UNIT.match(part) or _POST.match(part):  # "flat 4B", "Packstation 123"
        return m.group(1) + unit_number(m.group(2), rng)  # the word kept, a new number
    if m := FLOOR.match(part):  # "3. OG links", "2nd floor"
        return floor(m, rng)
    if (lead := _building_lead(part)) and (m := FLOOR.match(part[len(lead) :])):
        return lead + floor(m, rng)  # "Hinterhaus 2. OG" got a street, "Hellmut-Fliegner-Straße 5"
    if _CODE.fullmatch(part):  # a code alone ("E9", "4B"): "E9" became "LOUIS-WÄHNER-STRASSE 8/7"
        return reshape(part, rng)
    if re.fullmatch(r"\d{1,5}[a-zA-Z]?", part):  # a house, flat or branch number alone
        return house_number(part, rng) if part[0] != "0" else reshape(part, rng)  # "0815"
    if re.fullmatch(r"\d+(?:[./]\d+)+", part):  # a room's number ("Zimmer 2.14" got a street)
        return reshape(part, rng)
    if all(w in _BUILDING_WORDS for w in part.casefold().replace(".", " ").split()):
        return part  # "Hinterhaus", "3rd floor rear" without a number
    if not any(ch.isdigit() for ch in part):  # "Church Lane" a street, "Edinburgh" a town
        street = STREET_NAME.search(part) and hasattr(fk, "street_name")
        return street_name(fk, part) if street else _town(part, fk, towns)
    return _street_address(part, fk, rng, towns)


def _canadian(m: re.Match, fk: Any, rng: random.Random, towns: Mapping[str, str]) -> str:
    """A town, a province and a postal code of it, where the part has them."""
    town_name, province, code = m.groups()
    province_out, code_out = canadian_postcode(province, code, fk, rng)
    head = [_town(town_name, fk, towns)] if town_name else []
    return " ".join([*head, *([province_out] if province else []), code_out])


def _state_zip(part: str, fk: Any, rng: random.Random) -> str:
    """A US state and a ZIP code of that state, "-" and four digits more where `part` has
    them ("TX 78701-1234")."""
    state = fk.state_abbr(include_territories=False, include_freely_associated_states=False)
    plus4 = f"-{rng.randint(0, 9999):04d}" if re.search(r"\d{5}-\d{4}$", part) else ""
    return f"{state} {fk.postcode_in_state(state)}{plus4}"


def _street_address(part: str, fk: Any, rng: random.Random, places: Mapping[str, str]) -> str:
    """A street and house number in the part's order ("27 Hamilton Road", "Lindenstraße 14b");
    not Faker's `street_address`, which in en_GB may add a unit line of its own ("Flat 50\nCarl
    Light") beside the address's own "Flat 3". The house number takes the shape of the part's
    own, where it has one: Faker's German formats give "4794" or "4-9" for a "7"."""
    if not (hasattr(fk, "building_number") and hasattr(fk, "street_name")):
        return fk.street_address().replace("\n", ", ")
    if (unit := _TRAILING_UNIT.search(part)) and unit.start():  # "4521 W Sunset Blvd Apt 3B"
        head = _street_address(part[: unit.start()], fk, rng, places)
        return f"{head}{unit.group(1)}{unit_number(unit.group(2), rng)}"
    m = _HOUSE_NUMBER.search(part)
    number = house_number(m.group(), rng) if m else fk.building_number()
    street = places.get(_street_of(part) or "") or street_name(fk, part)
    if part[0].isdigit():
        return f"{number} {street}"
    return f"{street} {number}"


def _street_of(part: str) -> str | None:
    """The street name of a street and house number ("Musterstraße 12", "14 Park Road") when
    it reads as one (`STREET_NAME`)."""
    name = _HOUSE_NUMBER.sub("", part, count=1).strip(" ,")
    return name if name and STREET_NAME.search(name) else None
