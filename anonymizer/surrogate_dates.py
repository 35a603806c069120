"""Date surrogates: a date shifted by a keyed offset in its own format and language
(`date_formats`: "12. März 2024" -> "3. Juni 2024"), both ends of a range by the same offset
("12.-15.08.2024" -> "04.-07.06.2024"), a weekday before a date moved with it.

A month and year shifts by 1-12 months ("Juli 2025" -> "März 2025", "07/2025" -> "03/2025").
Another date-like value that is no full date keeps its words and shape, with its numbers
redrawn: a year stays a nearby year, a month- or day-sized number one of its size ("2024/1187"
-> "2019/4410", "5th" -> "17th"). A duration becomes another duration ("ten years" -> "four
years", `surrogate_durations`); only another value without digits ("letzten Dienstag") becomes
a Faker date."""

from __future__ import annotations

import random
import re
from typing import Any

from .date_formats import (
    MONTH_NAMES,
    NUMERIC,
    numeric_format,
    offset,
    ordinal,
    other_month,
    pad,
    shift_date,
)
from .detect.patterns_dates import WEEKDAYS
from .surrogate_durations import duration, is_duration

__all__ = ["MONTH_NAMES", "date", "numeric_format"]

_NUMBER = re.compile(r"[0-9]+")
_NAME_WORD = re.compile(r"[^\W\d_]+")
# A time after the date ("4. November 2026 09:12", "12.03.2024 um 14.30 Uhr", "March 3, 2024 at
# 3:15pm"): it stays, and the date before it shifts (its numbers were redrawn, "27:06 Uhr").
_TIME_AFTER = re.compile(
    r"(?:,?\s+(?:(?i:um|at|gegen|ab)\s+)?|T)"  # "2024-03-12T08:00:00" too
    r"(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s*(?i:uhr|h|[ap]\.?m\.?))?|[0-2]?\d\.[0-5]\d\s*(?i:uhr))$"
)
# A time alone ("14:30", "9.15 Uhr", "3:15pm"): another valid time of the same shape.
_TIME_ONLY = re.compile(r"([0-2]?\d)([:.])([0-5]\d)((?::[0-5]\d)?\s*((?i:uhr|h|[ap]\.?m\.?))?)")
# A weekday opening a date: "Montag, 4. November 2026", "Di., den 12.11.", "Tue 12 Nov".
_WEEKDAY_FIRST = re.compile(r"([^\W\d_]+)(\.?,?\s+(?:(?i:den|the)\s+)?)(\S.*)", re.DOTALL)
# Between the two ends of a date range, and a day alone opening one ("12." of "12.-15.08.2024").
_RANGE_SEP = re.compile(r"\s*(?:[-–—]|\bbis\b|\bto\b|\buntil\b)\s*")
_LEAD_DAY = re.compile(r"([0-9]{1,2})(\.?|st|nd|rd|th)")
_RANGE_DRAWS = 20
# the day opening "15.08.", "7. Juni" or "7th of May"
_LEAD_DAY_OF = re.compile(r"[0-9]{1,2}(?=\.|st|nd|rd|th|\s+[^\W\d_])")
_ORDINAL_SUFFIX = re.compile(r"([0-9]+)(st|nd|rd|th)\b")


def date(value: str, rng: random.Random, locale: str, faker: Any) -> str:
    """Shift a parseable date, or both ends of a date range, by a keyed non-zero offset; redraw
    the numbers of another date-like value; a Faker date for one without digits. A weekday
    before the date names the new date's weekday; a time after it stays."""
    text = value.strip()
    if (time := _TIME_AFTER.search(text)) and time.start() > 0:
        return value.replace(text, date(text[: time.start()], rng, locale, faker) + time.group())
    if (m := _WEEKDAY_FIRST.match(text)) and (day := _weekday(m.group(1))):
        return value.replace(text, _with_weekday(m, day, rng, locale, faker))
    out = shift_date(text, rng, locale) or _range(text, rng, locale)
    if out is not None:
        return out
    if m := _TIME_ONLY.fullmatch(text):
        return value.replace(text, _time(m, rng))
    if _NUMBER.search(text):
        return value.replace(text, _renumber(text, rng))
    if is_duration(text):  # "ten years": another duration, no calendar date
        return value.replace(text, duration(text, rng))
    if (names := _renamed(text, rng, locale)) is not None:  # "in March", "Montag"
        return value.replace(text, names)
    return faker.date_object().strftime(numeric_format(locale))


def _renamed(text: str, rng: random.Random, locale: str) -> str | None:
    """`text` with each month's and weekday's name another of its kind, language, style and
    case ("im Juni" -> "im Oktober", "Montag" -> "Freitag"); None when it names neither."""
    found = False

    def one(m: re.Match) -> str:
        nonlocal found
        word = m.group()
        new = other_month(word, rng, locale[:2])
        if new is None and (day := _weekday(word)):
            name = WEEKDAYS[day[0]][rng.choice([i for i in range(7) if i != day[1]])]
            new = name.upper() if len(word) > 1 and word.isupper() else name
            new = new.lower() if word.islower() else new
        found = found or new is not None
        return word if new is None else new

    out = _NAME_WORD.sub(one, text)
    return out if found else None


def _time(m: re.Match, rng: random.Random) -> str:
    """A valid time in the shape of `m` (`_TIME_ONLY`): 1-12 o'clock before am/pm."""
    twelve = (m.group(5) or "").casefold().startswith(("a", "p"))
    hour = rng.randint(1, 12) if twelve else rng.randrange(24)
    return f"{pad(hour, m.group(1))}{m.group(2)}{rng.randrange(60):02d}{m.group(4)}"


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
    out = shift_date(m.group(3), rng, locale)
    if out is None:
        index = rng.randrange(7)
        out = date(m.group(3), rng, locale, faker)
    else:
        after = rng.getstate()
        rng.setstate(state)
        index = (day[1] + offset(rng)) % 7
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


_LONE_NUMBER = re.compile(r"\d{1,2}\.?")  # a day alone: "am 12.", "Nr. 12" read as a date


def _renumber(text: str, rng: random.Random) -> str:
    """Redraw every number of a date-like text: a year near it, a month- or day-sized one."""

    def one(m: re.Match) -> str:
        old = m.group()
        n = int(old)
        if len(old) == 4 and 1900 <= n <= 2099:
            return str(n + rng.choice((-1, 1)) * rng.randint(1, 10))
        if len(old) <= 2 and 1 <= n <= 31:  # a month stays 1-12, a day 1-28
            new = rng.randint(1, 12 if n <= 12 else 28)
            alone = _ORDINAL_SUFFIX.match(text, m.start()) or _LONE_NUMBER.fullmatch(text)
            if alone and not old.startswith("0"):
                return str(new)  # "the 29th" became "the 02nd", "am 12." "am 08."
            return pad(new, old)
        return "".join(rng.choice("0123456789") for _ in old)

    out = _NUMBER.sub(one, text)
    return _ORDINAL_SUFFIX.sub(lambda m: m.group(1) + ordinal(int(m.group(1))), out)


def _range_order(first: str, last: str, locale: str) -> str:
    """The locale that reads both numeric ends alike: day first when one end's first number
    passes 12 ("12/08/2024 - 15/08/2024"), month first when one end's second does."""
    ends = [NUMERIC.match(first), NUMERIC.match(last)]
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
                suffix = ordinal(int(new_day)) if day.group(2)[:1].isalpha() else day.group(2)
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
    new_last = shift_date(last, rng, locale)
    if not first or new_last is None:
        return None
    rng.setstate(state)
    return shift_date(first, rng, locale), new_last


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
