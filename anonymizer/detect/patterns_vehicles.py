"""Vehicle recognizers, as ID: registration plates and vehicle identification numbers (VINs).

A plate right after its keyword may take many shapes ("Kennzeichen M AB 123E", "car reg was
LK19 XYZ"); a plate a few words away from any word of a vehicle, parking or towing takes only
the strict German ("HH-AB 1234", "B-MW 2231E") or British ("LK19 XYZ") shape: "Das Kennzeichen
meines Wagens ist M-KL 4821" became "HERTRAMPF 0616", "Mein Auto (HH-AB 1234) wurde
abgeschleppt" and "My car LK19 XYZ was clamped" were left. A VIN follows its keyword.

Example:
    >>> find_vehicle_ids("Mein Auto (HH-AB 1234) wurde abgeschleppt.")
    [(11, 21, 'ID', 0.9)]
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, float]

# A vehicle plate after its keyword ("Kennzeichen HH-KL 4821", "number plate AB12 CDE", "car
# reg was LK19 XYZ", "vehicle reg. YX68 ABC"): up to three groups of capitals and digits holding
# at least one of each; the keyword is matched in any case, the plate in capitals only.
_PLATE_RE = re.compile(
    r"\b(?=[AaCcKkLlNnRrVv])"  # the keywords' first letters: a cheap check before the alternation
    r"(?i:(?:kfz-?|auto)?kennzeichen|kennz\.|nummernschild|licen[cs]e[- ]plate|number[- ]plate"
    r"|(?:(?:car|vehicle|van)[- ])?(?:registration|reg\b\.?)(?:[- ](?:no\.?|number|plate))?"
    r"|(?:car|vehicle|van)[- ]plate)"
    r"(?:\s+(?i:lautet|lautete|ist|war|is|was))?\s*[:#]?\s*"
    r"(?P<id>[A-ZÄÖÜ0-9]{1,8}(?:[- ][A-ZÄÖÜ0-9]{1,5}){0,2})(?![\w-])"
)
# The strict shapes: a German district code, a dash, one or two letters and a number without
# a leading zero (E electric, H historic); a British area code, age digits and three letters.
_PLATE_SHAPE_RE = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?[1-9]\d{0,3}[EH]?|[A-Z]{2}\d{2} ?[A-Z]{3})(?![\w-])"
)
# Words of a vehicle, a plate, parking or towing, German compounds by their last part
# ("Mietwagen", "Firmenfahrzeug", "Parkausweis").
_VEHICLE_RE = re.compile(
    r"(?i:\w*(?:auto|wagen|fahrzeug|pkw|lkw|kfz|transporter|motorrad|wohnmobil)s?\b"
    r"|\bpark\w*|\w*kennzeichen|\bkennz\.|nummernschild"
    r"|\b(?:abgeschleppt|geblitzt|strafzettel|knöllchen|car|cars|van|vehicle|truck|lorry"
    r"|motorbike|motorcycle|towed|clamped|plate|reg)\b)"
)
_BEFORE, _AFTER = 60, 40  # characters searched for a vehicle word around a strict-shape plate
# A vehicle identification number after its keyword ("Fahrgestellnummer WVWZZZ1JZXW000001",
# "FIN WDB...", "VIN: 1HGC...", "chassis number JTD..."), which the model missed after some.
_VIN_RE = re.compile(
    r"\b(?=[CcFfVv])(?i:vin|fin|fahrgestell-?(?:nummer|nr\.?)|fahrzeug-?ident(?:ifizierungs)?nummer"
    r"|chassis[- ](?:number|no\.?))"
    r"(?:\s+(?i:lautet|lautete|ist|war|is|was))?\s*[:#]?\s*"
    r"(?P<id>(?=[A-HJ-NPR-Z]*\d)(?=\d*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17})(?![\w-])"
)


def find_vehicle_ids(text: str) -> list[Span]:
    """Plates (after their keyword, or of a strict shape near a vehicle word) and VINs."""
    return find_plates(text) + find_vins(text)


def find_plates(text: str) -> list[Span]:
    """Vehicle registration plates after their keyword, or of the strict German or British
    shape within a few words of a vehicle word, as ID.

    >>> find_plates("Mein Kennzeichen ist HH-KL 4821.")
    [(21, 31, 'ID', 0.9)]
    >>> find_plates("Parkausweis für KA-XY 77 läuft ab"), find_plates("Der Vertrag US-EU 2024")
    ([(16, 24, 'ID', 0.9)], [])
    """
    out: list[Span] = []
    for m in _PLATE_RE.finditer(text):
        value = m.group("id")
        n_alnum = sum(c.isalnum() for c in value)
        if 4 <= n_alnum <= 10 and any(c.isdigit() for c in value) and not value.isdigit():
            out.append((m.start("id"), m.end("id"), "ID", 0.9))
    taken = {s for s, *_ in out}
    for m in _PLATE_SHAPE_RE.finditer(text):
        if m.start() not in taken and _near_vehicle(text, m.start(), m.end()):
            out.append((m.start(), m.end(), "ID", 0.9))
    return out


def _near_vehicle(text: str, start: int, end: int) -> bool:
    before = _VEHICLE_RE.search(text, max(0, start - _BEFORE), start)
    return before is not None or _VEHICLE_RE.search(text, end, end + _AFTER) is not None


def find_vins(text: str) -> list[Span]:
    """Vehicle identification numbers after their keyword, as ID: 17 capitals and digits
    without I, O or Q (ISO 3779). European makers leave the check digit out, so no checksum.

    >>> find_vins("Fahrgestellnummer WVWZZZ1JZXW000001, FIN: WDB2030461A123456")
    [(18, 35, 'ID', 0.9), (42, 59, 'ID', 0.9)]
    """
    return [(m.start("id"), m.end("id"), "ID", 0.9) for m in _VIN_RE.finditer(text)]
