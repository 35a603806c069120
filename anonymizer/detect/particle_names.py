"""A PERSON that ends in a name particle takes the family name after it.

The model ended "Dr. med. Ursula von der Heyden, Praxis am Markt" at "von" and read "Heyden,
Praxis" as an ORGANIZATION, whose company surrogate took the family name and the word after
it: "Dr. med. Uschi von der Weimer am Markt". A PERSON closing with a particle ("von", "van",
"de", "zu", ...) grows over the articles after it ("der", "den") and the capitalised word they
lead to, where that word opens another span or is a listed name ("Graf von der
Stadtverwaltung" is none); a span that word opened starts after it, and is dropped when what
is left is one everyday word, a kind alone ("Praxis", `spans.is_lone_word`) or no word at all.

Example:
    >>> text = "Rückruf an Ursula von der Heyden, Praxis am Markt"
    >>> spans = [Entity(11, 21, "PERSON", 0.9), Entity(26, 40, "ORGANIZATION", 0.8)]
    >>> [(text[e.start:e.end], e.label) for e in names_across_particles(text, spans)]
    [('Ursula von der Heyden', 'PERSON')]
"""

from __future__ import annotations

import re

from ..everyday_words import is_everyday
from ..name_lexicon import PARTICLES
from ..name_lists import is_listed
from ..schema import Entity
from .patterns_names import WORD
from .spans import is_lone_word

_ARTICLES = "der|den|dem|la|le|los|las"
# After the particle: its articles, then the family name ("von der Heyden", "de la Cruz").
_TAIL_RE = re.compile(rf"(?:[ \t]+(?:{_ARTICLES}))*[ \t]+({WORD})(?![\w'’-])")
_LAST_WORD_RE = re.compile(r"(\S+)$")
_REST_RE = re.compile(r"[\s,;:–-]*")


def names_across_particles(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` (sorted) with each PERSON that closes with a particle grown over the family name
    after it (see the module docstring)."""
    out = list(spans)
    opened = {f.start for f in spans}
    for i, e in enumerate(spans):
        end = _family_end(text, e, opened)
        if end is None:
            continue
        out[i] = Entity(e.start, end, e.label, e.score, e.source)
        for j, f in enumerate(out):
            if j != i and f is not None and e.end <= f.start < end:
                out[j] = _rest(text, f, end)
    return [e for e in out if e is not None]


def _family_end(text: str, e: Entity, opened: set[int]) -> int | None:
    """Where the family name after `e`'s closing particle ends; None when `e` is no PERSON
    closing with one, or the capitalised word after it is an everyday word, or neither opens
    another span (`opened`: their starts) nor is a listed name ("Graf von der
    Stadtverwaltung")."""
    if e.label != "PERSON":
        return None
    last = _LAST_WORD_RE.search(text, e.start, e.end)
    if last is None or last.group(1) not in PARTICLES:
        return None
    m = _TAIL_RE.match(text, e.end)
    if m is None or is_everyday(m.group(1)):
        return None
    return m.end(1) if m.start(1) in opened or is_listed(m.group(1)) else None


def _rest(text: str, f: Entity, end: int) -> Entity | None:
    """`f` from `end` on, past the punctuation there; None when that is no word, one everyday
    word or a kind alone ("Praxis")."""
    if f.end <= end:
        return None
    start = _REST_RE.match(text, end, f.end).end()
    rest = text[start : f.end].strip()
    one_word = len(rest.split()) == 1
    if not any(c.isalnum() for c in rest) or (
        one_word and (is_everyday(rest) or is_lone_word(rest, 0, len(rest)))
    ):
        return None
    return Entity(start, f.end, f.label, f.score, f.source)
