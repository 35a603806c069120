"""A surname that ends a line right after a given name is part of that name.

Signatures put a name on a line of its own, often below a phone's "sent from" line or after a
signing mark: "Von meinem iPhone gesendet\\n\\nJörg-Uwe Pfannenschmidt" and "i. A. Svenja
Rückert-Ohm" left their surnames, as the model found the given names only. A PERSON whose last
word is a listed first name, followed by one more capitalised word and the line's end, takes
that word in when it is no everyday word, title, role, label or legal form ("Wilson Inc" is a
company) and no other span holds it; a word in capitals stays out ("Anna SALES"). A sentence
ends with punctuation, so the rule rarely reaches into prose.

Example:
    >>> text = "Von meinem iPhone gesendet\\n\\nJörg-Uwe Pfannenschmidt"
    >>> [text[e.start : e.end] for e in surnames_ending_lines(text, [Entity(28, 36, "PERSON")])]
    ['Jörg-Uwe Pfannenschmidt']
"""

from __future__ import annotations

import re

from ..schema import Entity
from .companies import is_legal_form
from .patterns_names import WORD, is_first_name, surname_like

_LAST_WORD_RE = re.compile(rf"(?P<word>{WORD})$")
_SURNAME_AT_LINE_END_RE = re.compile(rf"[ \t]+(?P<word>{WORD})[ \t]*(?=\r?\n|$)")


def surnames_ending_lines(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` with each PERSON that ends in a listed first name widened over a surname that
    ends its line (see the module docstring)."""
    out = list(spans)
    for i, e in enumerate(spans):
        if e.label != "PERSON":
            continue
        last = _LAST_WORD_RE.search(text, e.start, e.end)
        if last is None or not is_first_name(last.group("word")):
            continue
        m = _SURNAME_AT_LINE_END_RE.match(text, e.end)
        if m and _surname(text, m, spans):
            out[i] = Entity(e.start, m.end("word"), e.label, e.score, e.source)
    return out


def _surname(text: str, m: re.Match, spans: list[Entity]) -> bool:
    start, end = m.span("word")
    if not surname_like(m.group("word")):
        return False
    if is_legal_form(text, Entity(start, end, "ORGANIZATION")):  # "Wilson Inc": a company
        return False
    return not any(s.start < end and start < s.end for s in spans)
