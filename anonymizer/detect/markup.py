"""HTML tags blanked out for detection ("Frau <b>Krüger</b>" is read as "Frau    Krüger    ").

Feedback exported from mail bodies and web forms keeps its HTML. A tag between a title and a
name, or glued to a name, hid the name from the model and from the name rules: "Sehr geehrte
Frau <b>Krüger</b>,<br>" was left as it was. `blank_tags` replaces every character of each
tag of common HTML elements with a space, so offsets stay and spans found in the blanked text
apply to the original; `outside_tags` then cuts each span around the tags inside it ("Jonas
<i>Weber</i>": "Jonas" and "Weber"), so the replacement keeps every tag. Only known element
names count, so "<jonas@example.com>" and "<Anm.>" are no tags.

Character references ("M&uuml;ller", "O&#39;Connor", "M&uuml;ller &amp; S&ouml;hne") split a
name into pieces for the model and the rules alike ("J&ouml;rg M&uuml;ller" kept "M&uuml;ller").
`read_markup` decodes them first and blanks the tags of the decoded text; its `Reading` maps
spans found there back to the original, where a span covers each reference it touches whole.

Example:
    >>> blank_tags("Frau <b>Krüger</b>,<br>danke")
    'Frau    Krüger    ,    danke'
"""

from __future__ import annotations

import html
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..schema import Entity
from .encodings import compose, decode_escapes, fix_mojibake, substitute
from .escapes import blank_escapes, escape_spans
from .spans import has_alnum, trim_span

_ELEMENTS = (
    "a|abbr|b|big|blockquote|body|br|center|code|div|em|font|h[1-6]|head|hr|html|i|img|li|"
    "ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|title|tr|tt|u|ul"
)
_TAG_RE = re.compile(rf"</?(?i:{_ELEMENTS})(?:\s[^<>]*)?/?>")
# named, decimal and hexadecimal references, with their semicolon (so "AT&T" stays)
_REF_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Invisible format characters: soft hyphen, zero-width space and joiners, direction marks and
# embeddings, word joiner, byte order mark.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


@dataclass(frozen=True, slots=True)
class Reading:
    """One text as detection reads it: `decoded` (character references decoded), `view` (that,
    tags blanked) and `origin`: `origin[i]` is the offset in the text of their character `i`
    (plus one last item, the text's length); None when they have the text's offsets.

    >>> r = read_markup("Herr M&uuml;ller")
    >>> r.view, [(e.start, e.end) for e in r.to_text([Entity(5, 11, "PERSON")])]
    ('Herr Müller', [(5, 16)])
    """

    decoded: str
    view: str
    origin: Sequence[int] | None = None

    def to_text(self, entities: list[Entity]) -> list[Entity]:
        """`entities` of the view (or of `decoded`) with the text's offsets."""
        if self.origin is None:
            return entities
        at = self.origin
        return [
            replace(e, start=at[e.start], end=at[e.end])
            for e in entities
            if at[e.start] < at[e.end]
        ]


def decode_references(text: str) -> tuple[str, Sequence[int] | None]:
    """`text` with its HTML character references decoded (white space ones other than line
    breaks as a plain space),
    and the origin of each character as in `Reading`; None when there was nothing to decode.

    >>> decode_references("O&#39;Connor &amp; M&uuml;ller, AT&T")[0]
    "O'Connor & Müller, AT&T"
    """
    subs = []
    for m in _REF_RE.finditer(text):
        char = html.unescape(m.group())
        if char == m.group():  # no such reference
            continue
        char = " " if char.isspace() and char not in "\r\n" else char  # "&#10;" stays a line break
        subs.append((m.start(), m.end(), char))
    return substitute(text, subs) if subs else (text, None)


def has_markup(text: str) -> bool:
    """Whether `text` holds an HTML tag or character reference, so what is put into it must be
    escaped ("<PERSON_1>" would read as a tag and vanish).

    >>> has_markup("Frau <b>Krüger</b>"), has_markup("M&uuml;ller"), has_markup("a < b & c")
    (True, True, False)
    """
    return ("<" in text and _TAG_RE.search(text) is not None) or (
        "&" in text and any(html.unescape(m.group()) != m.group() for m in _REF_RE.finditer(text))
    )


def read_markup(text: str) -> Reading:
    """The `Reading` of `text`: character references, "\\u00fc" escapes and mojibake decoded,
    decomposed letters composed (`encodings`), invisible characters dropped (`drop_invisible`),
    then HTML tags and escaped line breaks (`escapes`) blanked.

    >>> read_markup("Frau&nbsp;<b>Sch&auml;fer</b>").view
    'Frau    Schäfer    '
    """
    decoded, origin = decode_references(text) if "&" in text else (text, None)
    decoded, origin = fix_mojibake(*decode_escapes(decoded, origin))  # "\\u00fc", "Ã¼"
    decoded, origin = compose(decoded, origin)  # "Zoe\u0308"
    if _INVISIBLE_RE.search(decoded):
        decoded, origin = drop_invisible(decoded, origin)
    return Reading(decoded, blank_escapes(blank_tags(decoded)), origin)


def visible(text: str) -> str:
    """`text` without the invisible characters `drop_invisible` drops.

    >>> visible("jonas\u200b.mueller@web.de")
    'jonas.mueller@web.de'
    """
    return _INVISIBLE_RE.sub("", text)


def drop_invisible(text: str, origin: Sequence[int] | None = None) -> tuple[str, Sequence[int]]:
    """`text` without soft hyphens, zero-width and direction marks, which split a word for the
    model and the rules ("Ma\u200brie Schmitt" was missed, "Kö\u200bln" half replaced), and the
    origin of each character left, through `origin` (the offsets of `text` itself when None).

    >>> drop_invisible("Kö\u200bln\u00ad")
    ('Köln', array('l', [0, 1, 3, 4, 6]))
    """
    at = origin if origin is not None else range(len(text) + 1)
    kept = array("l", (i for i in range(len(text)) if not _INVISIBLE_RE.match(text, i)))
    out = array("l", (at[i] for i in kept))
    out.append(at[len(text)])
    return "".join(text[i] for i in kept), out


def blank_tags(text: str) -> str:
    """`text` with its HTML tags replaced by spaces, of the same length ("&nbsp;" and other
    references are `decode_references`'s, which `read_markup` runs first).

    >>> blank_tags("Mail an <jonas@example.com>, a < b > c")  # no tags
    'Mail an <jonas@example.com>, a < b > c'
    """
    if "<" not in text:
        return text
    return _TAG_RE.sub(lambda m: " " * len(m.group()), text)


def outside_tags(text: str, entities: list[Entity]) -> list[Entity]:
    """`entities` of `text` cut around the HTML tags and escaped line breaks inside them;
    pieces without a letter or digit are dropped.

    >>> text = "Jonas <i>Weber</i>"
    >>> [text[e.start:e.end] for e in outside_tags(text, [Entity(0, 14, "PERSON")])]
    ['Jonas', 'Weber']
    """
    cuts = escape_spans(text)
    if "<" in text:
        cuts = sorted(cuts + [m.span() for m in _TAG_RE.finditer(text)])
    if not cuts:
        return entities
    out: list[Entity] = []
    for e in entities:
        at = e.start
        for cut in [*(c for c in cuts if e.start < c[1] and c[0] < e.end), None]:
            stop = e.end if cut is None else cut[0]
            span = trim_span(text, at, stop)
            if span and has_alnum(text, *span):
                out.append(Entity(span[0], span[1], e.label, e.score, e.source))
            at = e.end if cut is None else cut[1]
    return out
