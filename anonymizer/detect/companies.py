"""A person's name followed by a legal form is a company ("Reyes Ltd", "Müller GmbH").

Companies are often named after people, and the model reads the name as a PERSON and the legal
form as an ORGANIZATION of its own, or not at all ("Wilson" + "Inc"). The name would then get a
person surrogate and the legal form a company surrogate of its own ("Dagmar Reinhardt Schmidt &
Co. KG"). A PERSON span followed by a legal form (whitespace, a comma or "& Co." / "& Sons"
apart) becomes one ORGANIZATION through the legal form; the merge then joins any
ORGANIZATION the model found over the legal form into it.

Example:
    >>> from anonymizer.schema import Entity
    >>> text = "Ordered from Reyes Ltd, twice."
    >>> found = companies_of_people(text, [Entity(13, 18, "PERSON")])
    >>> [(text[e.start : e.end], e.label) for e in found]
    [('Reyes Ltd', 'ORGANIZATION')]
"""

from __future__ import annotations

import re

from ..schema import Entity

# Legal forms, German and English; the short capital ones in capitals only ("AG", not "ag"); a
# comma only before an abbreviation ("Acme, Inc."), group words capitalised and without one.
_LEGAL_FORM_RE = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:&[ \t]*(?:Co|Sons|Söhne)\.?[ \t]+)?"
    r"(?:(?i:gmbh|ggmbh|ltd|limited|inc|llc|llp|plc|corp|corporation)|AG|KG|OHG|GbR|UG|eG|SE"
    r"|e\.[ \t]?V)(?:[ \t]*&[ \t]*Co\.?[ \t]*KG)?\.?(?![\w-])"
    r"|[ \t]+(?:Group|Gruppe|Holding)(?![\w-])"
    r"|[ \t]*&[ \t]*(?:Co|Sons|Söhne)\.?(?![\w-])"
)


def companies_of_people(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` with every PERSON that a legal form follows turned into an ORGANIZATION that
    ends with the legal form; the other spans unchanged."""
    out = []
    for e in spans:
        m = _LEGAL_FORM_RE.match(text, e.end) if e.label == "PERSON" else None
        out.append(Entity(e.start, m.end(), "ORGANIZATION", e.score, e.source) if m else e)
    return out
