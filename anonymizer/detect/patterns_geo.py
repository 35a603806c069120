"""Geographic coordinates as LOCATION: a position pinned to a few metres ("the driver left it at
52.52001° N, 13.40495° E") says where a person lives or was more precisely than an address.

Three shapes, each with a latitude of at most 90 and a longitude of at most 180 degrees:
decimal degrees with hemisphere letters, before or after the number ("52.5200° N, 13.4050° E",
"N 52.5200 E 13.4050"; German "O" for east); a signed decimal pair after a word that names it
("GPS: 48.13743, 11.57549", "Koordinaten 48.137, 11.575", "lat/lon -33.8688, 151.2093"); and
degrees, minutes and seconds ("48°08'14.8\"N 11°34'31.8\"E"). Decimal degrees need three
decimals or more (about 100 m), so "N 2.5" or a version number is none.

Example:
    >>> text = "Standort: 52.52001, 13.40495 (Hinterhof)"
    >>> [text[s:e] for s, e, _, _ in find_coordinates(text)]
    ['52.52001, 13.40495']
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, float]

_DEC = r"[-+−]?\d{1,3}[.,]\d{3,}"
_SEP = r"[ \t]*[,;/]?[ \t]*"
_DEG = r"[ \t]?°?[ \t]?"
_HEMISPHERE_AFTER = re.compile(
    rf"(?<![\w.,])(?P<lat>{_DEC}){_DEG}(?P<ns>[NS])\b{_SEP}(?P<lon>{_DEC}){_DEG}(?P<ew>[EOW])\b"
)
_HEMISPHERE_BEFORE = re.compile(
    rf"(?<!\w)(?P<ns>[NS])[ \t]?(?P<lat>{_DEC})°?{_SEP}(?P<ew>[EOW])[ \t]?(?P<lon>{_DEC})°?(?![\d])"
)
_NAMED_PAIR = re.compile(
    r"(?<!\w)(?i:gps|koordinaten|coordinates|coords|geo|standort|location|position|lat/lon"
    r"|lat/lng|lat,[ \t]?lon|lat,[ \t]?lng|latitude/longitude)[ \t]*[:=]?[ \t]*\(?[ \t]*"
    r"(?P<lat>[-+−]?\d{1,2}\.\d{3,}),[ \t]?(?P<lon>[-+−]?\d{1,3}\.\d{3,})(?![\d.])"
)
_DMS_PART = r"\d{1,3}°[ \t]?\d{1,2}['′][ \t]?\d{1,2}(?:[.,]\d+)?(?:\"|″|'')[ \t]?"
_DMS = re.compile(rf"(?<![\w.])(?P<lat>{_DMS_PART})[NS]{_SEP}(?P<lon>{_DMS_PART})[EOW]\b")
SCORE = 0.95
_HINT = re.compile(r"\d[.,]\d{3}|°")  # what every shape holds: a cheap test first


def _degrees(number: str) -> float:
    return abs(float(number.replace("−", "-").replace(",", ".")))


def _in_range(lat: str, lon: str) -> bool:
    if "°" in lat:  # degrees, minutes, seconds: the degrees decide
        lat, lon = lat.split("°")[0], lon.split("°")[0]
    return _degrees(lat) <= 90 and _degrees(lon) <= 180


_PAIR = re.compile(rf"(?P<lat>{_DEC}),[ \t]?(?P<lon>{_DEC})")


def is_coordinates(value: str) -> bool:
    """Whether `value` is one coordinate pair and nothing else, as `find_coordinates` finds
    them (the pair alone, too, as it is found after "GPS:").

    >>> is_coordinates("52.52001, 13.40495"), is_coordinates("Berlin 10115")
    (True, False)
    """
    value = value.strip()
    for regex in (_HEMISPHERE_AFTER, _HEMISPHERE_BEFORE, _DMS, _PAIR):
        m = regex.fullmatch(value)
        if m and _in_range(m.group("lat"), m.group("lon")):
            return True
    return False


def find_coordinates(text: str) -> list[Span]:
    """LOCATION spans of the coordinate pairs in `text` (see the module doc)."""
    if not _HINT.search(text):
        return []
    spans: list[Span] = []
    for regex in (_HEMISPHERE_AFTER, _HEMISPHERE_BEFORE, _DMS):
        spans += [
            (m.start(), m.end(), "LOCATION", SCORE)
            for m in regex.finditer(text)
            if _in_range(m.group("lat"), m.group("lon"))
        ]
    spans += [
        (m.start("lat"), m.end("lon"), "LOCATION", SCORE)
        for m in _NAMED_PAIR.finditer(text)
        if _in_range(m.group("lat"), m.group("lon"))
    ]
    return sorted(set(spans))
