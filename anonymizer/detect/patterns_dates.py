"""Date recognizer: numeric dates validated with `datetime`, written dates in German and English.

All dates score 0.9. Years must lie in 1900-2099; a weekday alone, a bare year, times, prices and
version numbers ("v1.12.20") are not dates.

Example:
    >>> find_dates("Geliefert am 12. März 2024, bestellt am 01.03.24.")
    [(13, 26, 'DATE', 0.9), (40, 48, 'DATE', 0.9)]
"""

from __future__ import annotations

import datetime as dt
import re

Span = tuple[int, int, str, float]

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "Januar Jänner January Jan",
        "Februar Feber February Feb",
        "März Maerz March Mär Mrz Mar",
        "April Apr",
        "Mai May",
        "Juni June Jun",
        "Juli July Jul",
        "August Aug",
        "September Sept Sep",
        "Oktober October Okt Oct",
        "November Nov",
        "Dezember December Dez Dec",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_ABBREVIATED = frozenset(name for name in _MONTHS if len(name) <= 4 and name not in ("Mai", "May"))

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_M = rf"(?P<month>{_MONTH})\b\.?"
_Y = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_D = r"(?P<day>[0-3]?\d)"
_NUMERIC_RE = re.compile(
    r"(?<![\w./:-])(?:"
    r"(?P<dmy>[0-3]?\d)\. ?(?P<dmy_m>[01]?\d)\. ?(?P<dmy_y>(?:19|20)?\d\d)"
    r"|(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
    r"|(?P<dash_d>[0-3]?\d)-(?P<dash_m>[01]?\d)-(?P<dash_y>(?:19|20)\d\d)"
    r"|(?:(?<=[aA]m )|(?<=[vV]om )|(?<=bis )|(?<=seit )|(?<=zum )|(?<=ab )|(?<=den ))"
    r"(?P<dm_d>[0-3]?\d)\.(?P<dm_m>[01]?\d)\.(?=[\s,;)]|$)"
    r")(?!\w|[./:-]\d)"
)
_SLASH_RE = re.compile(
    r"(?<![\w./:-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)(?!\w|[./:-]\d)"
)
_WRITTEN_RE = re.compile(
    rf"(?<![\w.])(?:"
    rf"{_D}(?:\.|st|nd|rd|th)?\s(?:of\s)?{_M}(?:,?\s{_Y})?"
    rf"|(?P<month2>{_MONTH})\b\.?\s(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s(?P<year2>(?:19|20)\d\d)(?!\d))?"
    rf"|(?P<month3>{_MONTH})\b\.?\s(?P<year3>(?:19|20)\d\d)(?!\d)"
    rf")"
)
# Weekdays by language and style, Monday first. A weekday right before a date is part of it
# ("Dienstag, den 12.11.", "Tue, 12 Nov"): its surrogate names the new date's weekday.
WEEKDAYS = {
    ("de", "full"): tuple("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()),
    ("de", "abbr"): tuple("Mo Di Mi Do Fr Sa So".split()),
    ("en", "full"): tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
    ("en", "abbr"): tuple("Mon Tue Wed Thu Fri Sat Sun".split()),
}
_FULL_DAYS = "|".join(WEEKDAYS[("de", "full")] + WEEKDAYS[("en", "full")])
_SHORT_DAYS = "|".join(WEEKDAYS[("de", "abbr")] + WEEKDAYS[("en", "abbr")])
_WEEKDAY_BEFORE_RE = re.compile(
    rf"(?<![\w.])(?:(?i:{_FULL_DAYS})|(?:{_SHORT_DAYS})\.?)(?:,[ \t]*|[ \t]+)"
    r"(?:(?i:den|the)[ \t]+)?$"
)
# A day and month without a year after a weekday ("Anreise Fr. 14.06.", "Dienstag, den 12.11.").
_WEEKDAY_DAY_MONTH_RE = re.compile(
    rf"(?=[MDFSTWmdfstw])(?<![\w.])(?:(?i:{_FULL_DAYS})|(?:{_SHORT_DAYS})\.?)(?:,[ \t]*|[ \t]+)"
    r"(?:(?i:den)[ \t]+)?(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?=[\s,;)]|$)"
)
# A day and month without year after a word naming a date ("Anreise 14.06., Abreise 21.06.2024"
# left the arrival; "Geburtstag: 29.02."), as after "am" or a weekday.
_DATE_WORD_DAY_MONTH_RE = re.compile(
    r"(?=[aAcCdDgGhHlLrRtT])(?<![\w.-])(?i:anreise|abreise|ankunft|abfahrt|abflug|hinflug|rückflug|rückreise|check-?in"
    r"|check-?out|geburtstag|geburtsdatum|geb\.|liefertermin|lieferdatum|termin|datum)[ \t]*:?"
    r"[ \t]+(?:(?i:am|den|vom|ab)[ \t]+)?(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?=[\s,;)]|$)"
)
_VERSION_BEFORE_RE = re.compile(r"(?:\bv|version|vers\.|release|build|update)\s*$", re.IGNORECASE)


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(2024 if year is None else year, month, day)  # 2024: leap year admits 29 Feb
    except ValueError:
        return False
    return year is None or 1900 <= year <= 2099


def _year(value: str) -> int:
    return int(value) + (2000 if len(value) == 2 else 0)


def _numeric_ok(m: re.Match[str]) -> bool:
    g = m.groupdict()
    if g["dmy"]:
        return _valid(_year(g["dmy_y"]), int(g["dmy_m"]), int(g["dmy"]))
    if g["iso_y"]:
        return _valid(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    if g["dash_d"]:
        return _valid(int(g["dash_y"]), int(g["dash_m"]), int(g["dash_d"]))
    return _valid(None, int(g["dm_m"]), int(g["dm_d"]))


def _written_ok(m: re.Match[str]) -> bool:
    g = m.groupdict()
    if g["month3"]:
        return True
    if g["month2"]:
        month, day, year = g["month2"], g["day2"], g["year2"]
        if month in _ABBREVIATED and not year:
            return False  # "Jan 12" is more often a name than a date
    else:
        month, day, year = g["month"], g["day"], g["year"]
    return _valid(int(year) if year else None, _MONTHS[month], int(day))


def weekday_start(text: str, start: int) -> int:
    """Start of the weekday that opens the date at `start`, else `start`.

    >>> text = "am Dienstag, den 12.11. kam niemand"
    >>> text[weekday_start(text, 17):23]
    'Dienstag, den 12.11.'
    """
    m = _WEEKDAY_BEFORE_RE.search(text, max(0, start - 20), start)
    return m.start() if m else start


def _after_version_word(text: str, start: int) -> bool:
    return _VERSION_BEFORE_RE.search(text, max(0, start - 12), start) is not None


def _written_end(m: re.Match[str]) -> int:
    """End of a written date; a sentence full stop after a full month name is not part of it."""
    end = m.end()
    name = m.group("month") or m.group("month2") or m.group("month3")
    if m.string[end - 1] == "." and name not in _ABBREVIATED and m.string[end - 2] != ".":
        month_end = max(m.end(g) for g in ("month", "month2", "month3") if m.group(g))
        if month_end == end - 1:
            return end - 1
    return end


def find_dates(text: str) -> list[Span]:
    """Numeric and written dates; each candidate is checked to be a real calendar date."""
    out: list[Span] = []
    for m in _NUMERIC_RE.finditer(text):
        if _numeric_ok(m) and not _after_version_word(text, m.start()):
            out.append((m.start(), m.end(), "DATE", 0.9))
    if "/" in text:
        for m in _SLASH_RE.finditer(text):
            y = _year(m.group("y"))
            a, b = int(m.group("a")), int(m.group("b"))
            if _valid(y, b, a) or _valid(y, a, b):  # dd/mm/yyyy or mm/dd/yyyy
                out.append((m.start(), m.end(), "DATE", 0.9))
    for regex in (_WEEKDAY_DAY_MONTH_RE, _DATE_WORD_DAY_MONTH_RE):
        for m in regex.finditer(text):
            if _valid(None, int(m.group("month")), int(m.group("day"))):
                out.append((m.start("day"), m.end(), "DATE", 0.9))
    for m in _WRITTEN_RE.finditer(text):
        if _written_ok(m):
            out.append((m.start(), _written_end(m), "DATE", 0.9))
    return sorted(set(out))


# A score out of 5 or 10 ("4/5", "3,5/5", "10/10"), which a month/day shape also fits.
_RATING_RE = re.compile(r"(?:10|[0-9](?:[.,]5)?)[ \t]?/[ \t]?(?:5|10)")
_RATING_AFTER_RE = re.compile(r"[ \t]*(?i:stars?|sternen?|sterne|points?|punkten?|pkt|★|⭐)")
_RATING_BEFORE_RE = re.compile(
    r"(?i:rating|rated|rate it|bewertung|bewerte|score|gebe|give it|give them|i'?d give)\W{0,3}$"
)


def is_rating(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a score out of 5 or 10 rather than a date: before "stars" or
    "Sterne", after a rating word, or opening a line ("5/5 - Dr. Nguyen was great": the model's
    date surrogate made it "7/11").

    >>> is_rating("5/5 - great", 0, 3), is_rating("Bewertung: 4/5", 11, 14)
    (True, True)
    >>> is_rating("delivered on 5/5, late", 13, 16)
    False
    """
    if not _RATING_RE.fullmatch(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        not text[line_start:start].strip()
        or _RATING_AFTER_RE.match(text, end)
        or _RATING_BEFORE_RE.search(text, max(0, start - 24), start)
    )
