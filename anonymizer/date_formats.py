"""One date in its own format: parse the common numeric and written-out formats, shift by a
keyed offset and write the date back in the same format and language ("12. März 2024" -> "3.
Juni 2024"). `surrogate_dates` builds date surrogates, ranges and weekdays included, on it.

Example:
    >>> import random
    >>> shift_date("12.03.2024", random.Random(1), "de_DE")
    '03.01.2024'
"""

from __future__ import annotations

import datetime as dt
import random
import re

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
NUMERIC = re.compile(r"^([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})$")
_DAY_FIRST = re.compile(  # "12. März 2024", "7th of May"
    r"^([0-9]{1,2})(\.|st|nd|rd|th)?(\s+(?:of\s+)?)([^\W\d_]+)(\.?)(?:(,?\s+)([0-9]{4}))?$"
)
_MONTH_FIRST = re.compile(
    r"^([^\W\d_]+)(\.?)(\s+)([0-9]{1,2})(st|nd|rd|th)?(?:(,?\s+)([0-9]{4}))?$"
)
# German "14.11.", also without its closing dot, which a span's edge loses ("am 03.02. um 9"
# became "am 11.54."): a day first, then a month.
_DAY_MONTH = re.compile(r"^([0-3]?[0-9])\.(0?[1-9]|1[0-2])(\.?)$")
# A month and year: "Juli 2025", "Sept. 2024", "March, 2023"; "07/2025", "7.2025".
_MONTH_YEAR = re.compile(r"^([^\W\d_]+)(\.?)(,?\s+)([0-9]{4})$")
_NUMERIC_MONTH_YEAR = re.compile(r"^(0?[1-9]|1[0-2])([./-])([0-9]{4})$")

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


def other_month(word: str, rng: random.Random, lang: str) -> str | None:
    """Another month's name in the language, style and case of `word`, a month's name ("in
    March" became "in 03/10/1988"); None for another word.

    >>> other_month("März", random.Random(0), "de") in MONTH_NAMES[("de", "full")]
    True
    >>> other_month("march", random.Random(0), "en").islower(), other_month("Marsh", None, "en")
    (True, None)
    """
    hit = _month(word, lang)
    if hit is None:
        return None
    ln, style, month = hit
    name = _month_name(ln, style, rng.choice([m for m in range(1, 13) if m != month]), word)
    return name.lower() if word.islower() else name


def pad(number: int, template: str) -> str:
    return str(number).zfill(len(template))


def _pad_written(day: int, template: str) -> str:
    """A written date's day, with a leading zero only where the original has one ("04. März";
    "12th November" became "04th September")."""
    return str(day).zfill(2) if template.startswith("0") else str(day)


def _shift(date: dt.date, rng: random.Random) -> dt.date:
    return date + dt.timedelta(days=offset(rng))


def offset(rng: random.Random) -> int:
    """Days a date moves, 1-365 either way. A single date's surrogate draws it before anything
    else, so a caller that saved the generator's state knows it (`surrogate_dates` moves a
    weekday with its date)."""
    return rng.randint(1, 365) * rng.choice((-1, 1))


def _date(year: str | None, month: int, day: int) -> dt.date:
    """The date; without a year in a common year, so that no shift lands on 29 February ("18
    February" became "29 February"), but in a leap year for "29. Februar" itself."""
    if year is None:
        return dt.date(2000 if (month, day) == (2, 29) else 2001, month, day)
    return dt.date(_year(year), month, day)


def _year(text: str) -> int:
    year = int(text)
    return year if len(text) == 4 else (1900 + year if year > 30 else 2000 + year)


def _numeric(m: re.Match, rng: random.Random, locale: str) -> str:
    a, sep, b, y = m.group(1), m.group(2), m.group(3), m.group(4)
    month_first = int(b) > 12 or (int(a) <= 12 and sep == "/" and locale == "en_US")
    day, month = (b, a) if month_first else (a, b)
    new = _shift(_date(y, int(month), int(day)), rng)
    d, mo = pad(new.day, day), pad(new.month, month)
    first, second = (mo, d) if month_first else (d, mo)
    return f"{first}{sep}{second}{sep}{pad(new.year % 100 if len(y) == 2 else new.year, y)}"


def _day_first(m: re.Match, rng: random.Random, lang: str) -> str | None:
    day, suffix, space, word, dot, ysep, year = m.groups()
    month = _month(word, lang)
    if month is None:
        return None
    new = _shift(_date(year, month[2], int(day)), rng)
    suffix = ordinal(new.day) if suffix and suffix != "." else suffix or ""
    tail = f"{ysep}{new.year}" if year else ""
    name = _month_name(month[0], month[1], new.month, word, dot)
    return f"{_pad_written(new.day, day)}{suffix}{space}{name}{tail}"


def _month_first(m: re.Match, rng: random.Random, lang: str) -> str | None:
    word, dot, space, day, suffix, ysep, year = m.groups()
    month = _month(word, lang)
    if month is None:
        return None
    new = _shift(_date(year, month[2], int(day)), rng)
    suffix = ordinal(new.day) if suffix else ""
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
    day, month, dot = m.groups()
    new = _shift(_date(None, int(month), int(day)), rng)
    return f"{pad(new.day, day)}.{pad(new.month, month)}{dot}"


def ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def numeric_format(locale: str) -> str:
    """The strftime pattern of a locale's usual numeric date."""
    lang = locale.split("_")[0]
    return _NUMERIC_FORMATS.get(locale) or _NUMERIC_FORMATS.get(lang) or "%d/%m/%Y"


def shift_date(text: str, rng: random.Random, locale: str) -> str | None:
    """`text` shifted when it is one date of a known format, else None."""
    lang = locale.split("_")[0]
    try:
        if m := _ISO.match(text):
            y, sep, mo, d = m.groups()
            new = _shift(dt.date(int(y), int(mo), int(d)), rng)
            return f"{new.year:04d}{sep}{pad(new.month, mo)}{sep}{pad(new.day, d)}"
        if m := NUMERIC.match(text):
            return _numeric(m, rng, locale)
        if m := _DAY_MONTH.match(text):
            return _day_month(m, rng)
        if m := _NUMERIC_MONTH_YEAR.match(text):
            month, sep, year = m.groups()
            new_year, new_month = _shift_month(int(year), int(month), rng)
            return f"{pad(new_month, month)}{sep}{new_year}"
        if (m := _MONTH_YEAR.match(text)) and (out := _month_year(m, rng, lang)) is not None:
            return out
        for pattern, fn in ((_DAY_FIRST, _day_first), (_MONTH_FIRST, _month_first)):
            if (m := pattern.match(text)) and (out := fn(m, rng, lang)) is not None:
                return out
    except ValueError:  # impossible day/month such as 31.02.
        pass
    return None
