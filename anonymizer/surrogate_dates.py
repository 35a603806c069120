"""Date surrogates: parse common numeric and written-out formats, shift by a keyed offset and
write the date back in the same format and language ("12. März 2024" -> "3. Juni 2024").

A month and year shifts by 1-12 months ("Juli 2025" -> "März 2025", "07/2025" -> "03/2025").
Another date-like value that is no full date keeps its words and shape, with its numbers
redrawn: a year stays a nearby year, a month- or day-sized number one of its size ("2024/1187"
-> "2019/4410", "5th" -> "17th"). Only a value without digits ("letzten Dienstag") becomes a
Faker date."""

from __future__ import annotations

import datetime as dt
import random
import re
from typing import Any

from .detect.patterns_dates import WEEKDAYS

_MONTHS = {
    ("de", "full"): "Januar Februar März April Mai Juni Juli August September Oktober November "
    "Dezember",
    ("de", "abbr"): "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez",
    ("en", "full"): "January February March April May June July August September October "
    "November December",
    ("en", "abbr"): "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
MONTH_NAMES = {key: tuple(names.split()) for key, names in _MONTHS.items()}
_ALIASES = {"mrz": ("de", "abbr", 3), "maerz": ("de", "full", 3), "jän": ("de", "abbr", 1)}
_ALIASES |= {"jänner": ("de", "full", 1), "sept": ("en", "abbr", 9)}

_ISO = re.compile(r"^([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})$")
_NUMERIC = re.compile(r"^([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})$")
_DAY_FIRST = re.compile(  # "12. März 2024", "7th of May"
    r"^([0-9]{1,2})(\.|st|nd|rd|th)?(\s+(?:of\s+)?)([^\W\d_]+)(\.?)(?:(,?\s+)([0-9]{4}))?$"
)
_MONTH_FIRST = re.compile(
    r"^([^\W\d_]+)(\.?)(\s+)([0-9]{1,2})(st|nd|rd|th)?(?:(,?\s+)([0-9]{4}))?$"
)
_DAY_MONTH = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})\.$")  # German "14.11."
# A month and year: "Juli 2025", "Sept. 2024", "March, 2023"; "07/2025", "7.2025".
_MONTH_YEAR = re.compile(r"^([^\W\d_]+)(\.?)(,?\s+)([0-9]{4})$")
_NUMERIC_MONTH_YEAR = re.compile(r"^(0?[1-9]|1[0-2])([./-])([0-9]{4})$")
_NUMBER = re.compile(r"[0-9]+")
# A weekday opening a date: "Montag, 4. November 2026", "Di., den 12.11.", "Tue 12 Nov".
_WEEKDAY_FIRST = re.compile(r"([^\W\d_]+)(\.?,?\s+(?:(?i:den|the)\s+)?)(\S.*)", re.DOTALL)
# Between the two ends of a date range, and a day alone opening one ("12." of "12.-15.08.2024").
_RANGE_SEP = re.compile(r"\s*(?:[-–—]|\bbis\b|\bto\b|\buntil\b)\s*")
_LEAD_DAY = re.compile(r"([0-9]{1,2})(\.?|st|nd|rd|th)")
_RANGE_DRAWS = 20
# the day opening "15.08.", "7. Juni" or "7th of May"
_LEAD_DAY_OF = re.compile(r"[0-9]{1,2}(?=\.|st|nd|rd|th|\s+[^\W\d_])")
_ORDINAL_SUFFIX = re.compile(r"([0-9]+)(st|nd|rd|th)\b")
_NUMERIC_FORMATS = {"de": "%d.%m.%Y", "en_US": "%m/%d/%Y", "en": "%d/%m/%Y"}


def _month(word: str, lang: str) -> tuple[str, str, int] | None:
    """(language, style, month number) of a month name, preferring the locale's language."""
    low = word.casefold()
    hits = [
        (ln, style, i + 1)
        for (ln, style), names in MONTH_NAMES.items()
        for i, name in enumerate(names)
        if name.casefold() == low
    ]
    hits.sort(key=lambda hit: hit[0] != lang)
    return hits[0] if hits else _ALIASES.get(low)


def _month_name(lang: str, style: str, month: int, template: str, dot: str = "") -> str:
    """The month's name in the style and case of `template`, with `dot` unless the short name
    is the full one ("Sept." -> "May", not "May.")."""
    name = MONTH_NAMES[(lang, style)][month - 1]
    if name == MONTH_NAMES[(lang, "full")][month - 1]:
        dot = ""
    return (name.upper() if len(template) > 1 and template.isupper() else name) + dot


def _pad(number: int, template: str) -> str:
    return str(number).zfill(len(template))


def _pad_written(day: int, template: str) -> str:
    """A written date's day, with a leading zero only where the original has one ("04. März";
    "12th November" became "04th September")."""
    return str(day).zfill(2) if template.startswith("0") else str(day)


def _shift(date: dt.date, rng: random.Random) -> dt.date:
    return date + dt.timedelta(days=_offset(rng))


def _offset(rng: random.Random) -> int:
    """Days a date moves, 1-365 either way. A single date's surrogate draws it before anything
    else, so a caller that saved the generator's state knows it (`_with_weekday`)."""
    return rng.randint(1, 365) * rng.choice((-1, 1))


def _year(text: str | None) -> int:
    if text is None:
        return 2000  # leap year, so "29. Februar" without a year parses
    year = int(text)
    return year if len(text) == 4 else (1900 + year if year > 30 else 2000 + year)


def _numeric(m: re.Match, rng: random.Random, locale: str) -> str:
    a, sep, b, y = m.group(1), m.group(2), m.group(3), m.group(4)
    month_first = int(b) > 12 or (int(a) <= 12 and sep == "/" and locale == "en_US")
    day, month = (b, a) if month_first else (a, b)
    new = _shift(dt.date(_year(y), int(month), int(day)), rng)
    d, mo = _pad(new.day, day), _pad(new.month, month)
    first, second = (mo, d) if month_first else (d, mo)
    return f"{first}{sep}{second}{sep}{_pad(new.year % 100 if len(y) == 2 else new.year, y)}"


def _day_first(m: re.Match, rng: random.Random, lang: str) -> str | None:
    day, suffix, space, word, dot, ysep, year = m.groups()
    month = _month(word, lang)
    if month is None:
        return None
    new = _shift(dt.date(_year(year), month[2], int(day)), rng)
    suffix = _ordinal(new.day) if suffix and suffix != "." else suffix or ""
    tail = f"{ysep}{new.year}" if year else ""
    name = _month_name(month[0], month[1], new.month, word, dot)
    return f"{_pad_written(new.day, day)}{suffix}{space}{name}{tail}"


def _month_first(m: re.Match, rng: random.Random, lang: str) -> str | None:
    word, dot, space, day, suffix, ysep, year = m.groups()
    month = _month(word, lang)
    if month is None:
        return None
    new = _shift(dt.date(_year(year), month[2], int(day)), rng)
    suffix = _ordinal(new.day) if suffix else ""
    tail = f"{ysep}{new.year}" if year else ""
    name = _month_name(month[0], month[1], new.month, word, dot)
    return f"{name}{space}{_pad_written(new.day, day)}{suffix}{tail}"


def _shift_month(year: int, month: int, rng: random.Random) -> tuple[int, int]:
    """(year, month) moved by 1-12 months either way, as far as a full date's shift goes."""
    index = year * 12 + month - 1 + rng.randint(1, 12) * rng.choice((-1, 1))
    return index // 12, index % 12 + 1


def _month_year(m: re.Match, rng: random.Random, lang: str) -> str | None:
    """A month of a year shifts like a full date: "Juli 2025" -> "März 2025" (its numbers
    redrawn alone, the year moved up to ten years: "Juli 2035")."""
    word, dot, space, year = m.groups()
    month = _month(word, lang)
    if month is None:
        return None
    new_year, new_month = _shift_month(int(year), month[2], rng)
    return f"{_month_name(month[0], month[1], new_month, word, dot)}{space}{new_year}"


def _day_month(m: re.Match, rng: random.Random) -> str:
    day, month = m.groups()
    new = _shift(dt.date(2000, int(month), int(day)), rng)
    return f"{_pad(new.day, day)}.{_pad(new.month, month)}."


def _renumber(text: str, rng: random.Random) -> str:
    """Redraw every number of a date-like text: a year near it, a month- or day-sized one."""

    def one(m: re.Match) -> str:
        old = m.group()
        n = int(old)
        if len(old) == 4 and 1900 <= n <= 2099:
            return str(n + rng.choice((-1, 1)) * rng.randint(1, 10))
        if len(old) <= 2 and 1 <= n <= 31:  # a month stays 1-12, a day 1-28
            return _pad(rng.randint(1, 12 if n <= 12 else 28), old)
        return "".join(rng.choice("0123456789") for _ in old)

    out = _NUMBER.sub(one, text)
    return _ORDINAL_SUFFIX.sub(lambda m: m.group(1) + _ordinal(int(m.group(1))), out)


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def numeric_format(locale: str) -> str:
    """The strftime pattern of a locale's usual numeric date."""
    lang = locale.split("_")[0]
    return _NUMERIC_FORMATS.get(locale) or _NUMERIC_FORMATS.get(lang) or "%d/%m/%Y"


def date(value: str, rng: random.Random, locale: str, faker: Any) -> str:
    """Shift a parseable date, or both ends of a date range, by a keyed non-zero offset; redraw
    the numbers of another date-like value; a Faker date for one without digits. A weekday
    before the date names the new date's weekday."""
    text = value.strip()
    if (m := _WEEKDAY_FIRST.match(text)) and (day := _weekday(m.group(1))):
        return value.replace(text, _with_weekday(m, day, rng, locale, faker))
    out = _full(text, rng, locale) or _range(text, rng, locale)
    if out is not None:
        return out
    if _NUMBER.search(text):
        return value.replace(text, _renumber(text, rng))
    return faker.date_object().strftime(numeric_format(locale))


def _weekday(word: str) -> tuple[tuple[str, str], int] | None:
    """((language, style), index from Monday) of a weekday's name."""
    key = word.casefold()
    for style, names in WEEKDAYS.items():
        for i, name in enumerate(names):
            if name.casefold() == key:
                return style, i
    return None


def _with_weekday(
    m: re.Match, day: tuple[tuple[str, str], int], rng: random.Random, locale: str, faker: Any
) -> str:
    """ "Montag, 4. November 2026" -> the date shifted, the weekday moved by as many days (it
    stayed "Montag" beside "8. November 2023" and told the offset); a random weekday before a
    value that is no single date."""
    state = rng.getstate()
    out = _full(m.group(3), rng, locale)
    if out is None:
        index = rng.randrange(7)
        out = date(m.group(3), rng, locale, faker)
    else:
        after = rng.getstate()
        rng.setstate(state)
        index = (day[1] + _offset(rng)) % 7
        rng.setstate(after)
    word, name = m.group(1), WEEKDAYS[day[0]][index]
    name = (
        name.upper()
        if len(word) > 1 and word.isupper()
        else name.lower()
        if word.islower()
        else name
    )
    return name + m.group(2) + out


def _full(text: str, rng: random.Random, locale: str) -> str | None:
    """`text` shifted when it is one date of a known format, else None."""
    lang = locale.split("_")[0]
    try:
        if m := _ISO.match(text):
            y, sep, mo, d = m.groups()
            new = _shift(dt.date(int(y), int(mo), int(d)), rng)
            return f"{new.year:04d}{sep}{_pad(new.month, mo)}{sep}{_pad(new.day, d)}"
        if m := _NUMERIC.match(text):
            return _numeric(m, rng, locale)
        if m := _DAY_MONTH.match(text):
            return _day_month(m, rng)
        if m := _NUMERIC_MONTH_YEAR.match(text):
            month, sep, year = m.groups()
            new_year, new_month = _shift_month(int(year), int(month), rng)
            return f"{_pad(new_month, month)}{sep}{new_year}"
        if (m := _MONTH_YEAR.match(text)) and (out := _month_year(m, rng, lang)) is not None:
            return out
        for pattern, fn in ((_DAY_FIRST, _day_first), (_MONTH_FIRST, _month_first)):
            if (m := pattern.match(text)) and (out := fn(m, rng, lang)) is not None:
                return out
    except ValueError:  # impossible day/month such as 31.02.
        pass
    return None


def _range_order(first: str, last: str, locale: str) -> str:
    """The locale that reads both numeric ends alike: day first when one end's first number
    passes 12 ("12/08/2024 - 15/08/2024"), month first when one end's second does."""
    ends = [_NUMERIC.match(first), _NUMERIC.match(last)]
    if not all(ends) or ends[0].group(2) != "/":
        return locale
    if any(int(m.group(1)) > 12 for m in ends):
        return "en_GB"
    return "en_US" if any(int(m.group(3)) > 12 for m in ends) else locale


def _range(text: str, rng: random.Random, locale: str) -> str | None:
    """Both ends of a date range shifted by the same offset, so it keeps its length:
    "12/08/2024 - 15/08/2024", "2024-08-12 bis 2024-08-15", and a day before a German date
    ("12.-15.08.2024", "3. bis 7. Juni", "3rd to 7th of May"), else None.

    >>> _range("12.-15.08.2024", random.Random(1), "de_DE")
    '04.-07.06.2024'
    """
    for sep in _RANGE_SEP.finditer(text):
        first, last = text[: sep.start()], text[sep.end() :]
        loc = _range_order(first, last, locale)
        day, lead = _LEAD_DAY.fullmatch(first), _LEAD_DAY_OF.match(last)
        if day and lead:  # "12." before "15.08.2024": shift "12.08.2024" and keep its day
            ends = _day_range(day.group(1) + last[lead.end() :], last, rng, loc)
            if ends and all(ends):
                new_day = _LEAD_DAY_OF.match(ends[0]).group()
                suffix = _ordinal(int(new_day)) if day.group(2)[:1].isalpha() else day.group(2)
                ends = (new_day + suffix, ends[1])
        else:
            ends = _same_shift(first, last, rng, loc)
        if ends and all(ends):
            return ends[0] + sep.group() + ends[1]
    return None


def _same_shift(
    first: str, last: str, rng: random.Random, locale: str
) -> tuple[str | None, str | None] | None:
    """Both dates shifted by one offset (the same draws), or None when `last` is no date."""
    state = rng.getstate()
    new_last = _full(last, rng, locale)
    if not first or new_last is None:
        return None
    rng.setstate(state)
    return _full(first, rng, locale), new_last


def _day_range(
    first: str, last: str, rng: random.Random, locale: str
) -> tuple[str | None, str | None] | None:
    """`_same_shift` of two dates of one month, redrawn until both land in one month too
    ("vom 3. bis 7. Juni" never becomes "vom 31. bis 4. Januar")."""
    ends = None
    for _ in range(_RANGE_DRAWS):
        ends = _same_shift(first, last, rng, locale)
        if ends is None or not all(ends):
            return ends
        tails = [end[_LEAD_DAY_OF.match(end).end() :] for end in ends]
        if tails[0] == tails[1]:
            break
        rng.random()  # another offset
    return ends
