"""HTML tags blanked out for detection ("Frau <b>Krüger</b>" is read as "Frau    Krüger    ").

Feedback exported from mail bodies and web forms keeps its HTML. A tag between a title and a
name, or glued to a name, hid the name from the model and from the name rules: "Sehr geehrte
Frau <b>Krüger</b>,<br>" was left as it was. `blank_tags` replaces every character of each
tag of common HTML elements with a space, so offsets stay and spans found in the blanked text
apply to the original; `outside_tags` then cuts each span around the tags inside it ("Jonas
<i>Weber</i>": "Jonas" and "Weber"), so the replacement keeps every tag. Only known element
names count, so "<jonas@example.com>" and "<Anm.>" are no tags.

Example:
    >>> blank_tags("Frau <b>Krüger</b>,<br>danke")
    'Frau    Krüger    ,    danke'
"""

from __future__ import annotations

import re

from ..schema import Entity
from .spans import has_alnum, trim_span

_ELEMENTS = (
    "a|abbr|b|big|blockquote|body|br|center|code|div|em|font|h[1-6]|head|hr|html|i|img|li|"
    "ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|title|tr|tt|u|ul"
)
_TAG_RE = re.compile(rf"</?(?i:{_ELEMENTS})(?:\s[^<>]*)?/?>")
_SPACE_ENTITY_RE = re.compile(r"&(?:nbsp|#160|#xa0);", re.IGNORECASE)  # "Frau&nbsp;Krüger"


def blank_tags(text: str) -> str:
    """`text` with its HTML tags and non-breaking space entities ("&nbsp;") replaced by
    spaces, of the same length.

    >>> blank_tags("Mail an <jonas@example.com>, a < b > c")  # no tags
    'Mail an <jonas@example.com>, a < b > c'
    """
    if "&" in text:
        text = _SPACE_ENTITY_RE.sub(lambda m: " " * len(m.group()), text)
    if "<" not in text:
        return text
    return _TAG_RE.sub(lambda m: " " * len(m.group()), text)


def outside_tags(text: str, entities: list[Entity]) -> list[Entity]:
    """`entities` of `text` cut around the HTML tags inside them; pieces without a letter or
    digit are dropped.

    >>> text = "Jonas <i>Weber</i>"
    >>> [text[e.start:e.end] for e in outside_tags(text, [Entity(0, 14, "PERSON")])]
    ['Jonas', 'Weber']
    """
    if "<" not in text:
        return entities
    out: list[Entity] = []
    for e in entities:
        at = e.start
        for m in [*_TAG_RE.finditer(text, e.start, e.end), None]:
            stop = e.end if m is None else m.start()
            span = trim_span(text, at, stop)
            if span and has_alnum(text, *span):
                out.append(Entity(span[0], span[1], e.label, e.score, e.source))
            at = e.end if m is None else m.end()
    return out
