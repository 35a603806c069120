"""First names in a context that introduces a person, for the names the model misses there.

Customer feedback names people by role and first name ("der Paketbote Kemal", "our driver
Tunde", "Kollegin Agnieszka") or introduces the writer ("ich bin die Jule", "my name is
Priya"). A capitalised word right after such a context is a PERSON when a Faker locale of
`surrogate_names.name_lists` lists it as a first name; up to two capitalised words after
it that a locale lists as surnames join it ("Kollegin Agnieszka Nowak"). Both the context and
the name list are needed: "Kollegin Rose" is a name, "eine Rose" is not, and a word no list
knows ("ich bin die Neue") is left to the model. Spans score 0.8, below validated patterns and
most model spans, so a model span of another label over the same word keeps its label.

Example:
    >>> text = "Der Paketbote Kemal war sehr nett, danke an Kollegin Agnieszka Nowak."
    >>> [(text[s:e], label) for s, e, label, _ in find_context_names(text)]
    [('Kemal', 'PERSON'), ('Agnieszka Nowak', 'PERSON')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..surrogate_names import ROLES, name_key, name_lists

Span = tuple[int, int, str, float]
SCORE = 0.8

# Role and kin nouns after which a first name follows ("Kellner Giuseppe", "my son Finn"), and
# the forms of address that may stand before a first name ("Herr Kai", "Mrs Priya").
_ADDRESS_FORMS = (
    "herr herrn frau mr mrs ms miss schwester nurse onkel tante oma opa uncle aunt".split()
)
_ROLES = sorted(ROLES | set(_ADDRESS_FORMS), key=len, reverse=True)
# Words that introduce a name directly ("a guy called Tunde", "ein Herr namens Brandt").
_INTRO = (
    r"ich bin(?: die| der)?|ich hei(?:ß|ss)e|hier (?:ist|spricht)(?: die| der)?|mein name ist"
    r"|my name is|my name['’]s|i['’]m|i am|this is|call me|called|named|namens"
)
# Listed first names that are also months or weekdays ("this is June", "Kollegin sagte Mai").
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "januar februar märz mai juni juli oktober dezember monday tuesday wednesday thursday friday "
    "saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag".split()
)
_ROLE_RE = "|".join(re.escape(r) for r in _ROLES)
# A capitalised word (Latin script), then the context that must end right before it.
_CANDIDATE_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]*(?:['’-][^\W\d_]+)*")
_CONTEXT_RE = re.compile(rf"(?<![\w-])(?i:(?:{_ROLE_RE})\.?|{_INTRO})[ \t]+$")
_LOOKBACK = 32  # characters before a candidate that may hold its context


def find_context_names(text: str) -> list[Span]:
    """PERSON spans of listed first names (plus listed surnames) after a role or intro context."""
    lasts = name_lists()[1]
    spans: list[Span] = []
    end = 0
    for m in _CANDIDATE_RE.finditer(text):
        start = m.start()
        if start < end or not _is_first_name(m.group()):
            continue
        if not _CONTEXT_RE.search(text, max(0, start - _LOOKBACK), start):
            continue
        end = m.end()
        for word in _CANDIDATE_RE.finditer(text, end, min(len(text), end + 80)):
            gap = text[end : word.start()]
            if not gap or gap.strip(" \t") or name_key(word.group()) not in lasts:
                break
            if not word.group()[0].isupper() or word.start() - start > 60:
                break
            end = word.end()
        spans.append((start, end, "PERSON", SCORE))
    return spans


@lru_cache(maxsize=1 << 16)
def _is_first_name(word: str) -> bool:
    """A capitalised word whose every part is a listed first name ("Hans-Joachim"), not a
    month or weekday."""
    if not word[0].isupper() or word.casefold() in _CALENDAR:
        return False
    firsts = name_lists()[0]
    return all(name_key(part) in firsts for part in re.split(r"[-'’]", word) if part)
