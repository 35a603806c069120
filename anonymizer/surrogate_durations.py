"""Durations read as dates ("ten years", "drei Wochen", "an hour"): another duration of the
same language and grammar, not a calendar date.

The model reads some durations as DATE, and legal corpora tag them so ("for five years").
Such a value has no date to shift, and its surrogate was a Faker date: "I've been a loyal
customer for ten years" became "... for 08/05/1982". A counted duration now gets another count
of the same unit ("ten years" -> "four years", "seit drei Wochen" -> "seit neun Wochen"); a
single one another unit with the same article ("an hour" -> "a week", "seit einem Jahr" ->
"seit einem Halbjahr": German units of one gender swap among themselves).

Example:
    >>> import random
    >>> out = duration("ten years", random.Random(1))
    >>> out.endswith(" years") and out != "ten years"
    True
    >>> is_duration("3. März"), is_duration("drei Wochen")
    (False, True)
"""

from __future__ import annotations

import random
import re

_COUNTS = {
    "en": "two three four five six seven eight nine ten eleven twelve".split()
    + ["several", "a few"],
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split() + ["ein paar"],
}
_PLURAL_UNITS = (
    "years|months|weeks|days|hours|minutes|jahre|jahren|monate|monaten|wochen|tage|tagen"
    "|stunden|minuten"
)
_COUNT_WORDS = "|".join(sorted((w for ws in _COUNTS.values() for w in ws), key=len, reverse=True))
# A preposition before it may be part of the span ("seit drei Wochen", "for ten years").
_PREP = r"(?P<prep>(?i:seit|für|vor|nach|in|über|binnen|for|since|over|after|within)\s+)?"
_COUNTED_RE = re.compile(
    rf"{_PREP}(?i:(?P<count>{_COUNT_WORDS}|mehrere|mehreren))(?P<sep>\s+)"
    rf"(?P<unit>(?i:{_PLURAL_UNITS}))"
)
# Single units and the units each can become: English after "a"/"an"/"one", German by gender
# after its article ("ein", "einen", "einem", "eine", "einer").
_EN_UNITS = ("year", "month", "week", "day", "hour")
_DE_UNITS = (("Monat", "Tag"), ("Woche", "Stunde", "Minute"), ("Jahr", "Halbjahr", "Quartal"))
_SINGLE_RE = re.compile(
    _PREP + r"(?:(?P<art>(?i:an?|one))\s+(?P<en>(?i:year|month|week|day|hour))"
    r"|(?P<ein>(?i:ein|einen|einem|eine|einer))\s+(?P<de>Monat|Tag|Woche|Stunde|Minute|Jahr))"
)


def is_duration(value: str) -> bool:
    """Whether `value` is one duration of a count word or article and a unit."""
    text = value.strip()
    return bool(_COUNTED_RE.fullmatch(text) or _SINGLE_RE.fullmatch(text))


def duration(value: str, rng: random.Random) -> str:
    """Another duration of `value`'s shape (see the module docstring); `value` itself when it
    is none."""
    text = value.strip()
    if m := _COUNTED_RE.fullmatch(text):
        count = m.group("count")
        lang = "en" if count.casefold() in _COUNTS["en"] else "de"
        options = [w for w in _COUNTS[lang] if w != count.casefold()]
        new = rng.choice(options)
        new = new.capitalize() if count[0].isupper() else new
        return value.replace(text, _prep(m) + new + m.group("sep") + m.group("unit"))
    if m := _SINGLE_RE.fullmatch(text):
        if unit := m.group("en"):
            new = rng.choice([u for u in _EN_UNITS if u != unit.casefold()])
            art = m.group("art")
            if art.casefold() in ("a", "an"):  # "an hour" -> "a week", "a day" -> "an hour"
                art = art[0] + ("n" if new == "hour" else "")
            return value.replace(text, f"{_prep(m)}{art} {new}")
        unit = m.group("de")
        kin = next(units for units in _DE_UNITS if unit in units)
        new = rng.choice([u for u in kin if u != unit])
        return value.replace(text, f"{_prep(m)}{m.group('ein')} {new}")
    return value


def _prep(m: re.Match) -> str:
    return m.group("prep") or ""
