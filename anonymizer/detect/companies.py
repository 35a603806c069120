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

from ..lang import CUE_WORDS
from ..schema import Entity

# Legal forms, German and English; the short capital ones in capitals only ("AG", not "ag"); a
# comma only before an abbreviation ("Acme, Inc."), group words capitalised and without one.
_FORMS = (
    r"(?:(?i:gmbh|ggmbh|ltd|limited|inc|llc|llp|plc|corp|corporation)|AG|KGaA|KG|OHG|GbR|UG|eG"
    r"|SE|e\.[ \t]?V|PartG(?:[ \t]+mbB)?|mbB)(?:[ \t]*&[ \t]*Co\.?[ \t]*KG(?:aA)?)?\.?"
)
# Words naming a group or a firm of a profession ("Schmidt Rechtsanwälte", "Patel Solicitors").
_GROUPS = (
    r"Group|Gruppe|Holding|Steuerberater|Rechtsanwälte|Notare|Architekten|Wirtschaftsprüfer"
    r"|Solicitors|Accountants|Architects"
)
# The firm's other members after "&" ("& Co.", "& Söhne", "& Partner", "& Kollegen").
_MEMBERS = r"&[ \t]*(?:Co|Sons|Söhne|Partners?|Kollegen|Associates)\.?"
_LEGAL_FORM_RE = re.compile(
    rf"(?:[ \t]*,)?[ \t]+(?:{_MEMBERS}[ \t]+)?{_FORMS}(?![\w-])"
    rf"|[ \t]+(?:{_GROUPS})(?![\w-])"
    rf"|[ \t]*{_MEMBERS}(?![\w-])"
)
_BARE_FORM_RE = re.compile(_FORMS)
_TRAILING_FORM_RE = re.compile(f"(?:{_LEGAL_FORM_RE.pattern})$")


def is_legal_form(text: str, e: Entity) -> bool:
    """Whether the span is a legal form alone ("Inc" of "Acme, Inc.", which the model read
    apart from its name)."""
    return _BARE_FORM_RE.fullmatch(text, e.start, e.end) is not None


def split_legal_form(name: str) -> tuple[str, str]:
    """A company's name and its legal form, as written after it.

    >>> split_legal_form("Musterfirma AG"), split_legal_form("Acme, Inc."), split_legal_form("Aldi")
    (('Musterfirma', ' AG'), ('Acme', ', Inc.'), ('Aldi', ''))
    >>> split_legal_form("Hofmann & Partner Steuerberater")
    ('Hofmann', ' & Partner Steuerberater')
    """
    end = len(name)
    while (m := _TRAILING_FORM_RE.search(name, 0, end)) and m.start() > 0:
        end = m.start()  # "Hofmann & Partner Steuerberater": both forms
    return name[:end], name[end:]


# The name before a legal form: up to four words on its line, capitalised, a number or "&"
# ("Acme Logistics", "Smith & Jones", "3M"), right before it.
_NAME_BEFORE_RE = re.compile(r"(?:(?<![\w&'.-])(?:[A-ZÄÖÜ0-9][\w'.-]*|&)[ \t]+){1,4}$")


def companies_of_people(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` with every PERSON that a legal form follows turned into an ORGANIZATION that
    ends with the legal form; the other spans unchanged."""
    out = []
    for e in spans:
        m = _LEGAL_FORM_RE.match(text, e.end) if e.label == "PERSON" else None
        out.append(Entity(e.start, m.end(), "ORGANIZATION", e.score, e.source) if m else e)
    return out


def named_legal_forms(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` with every ORGANIZATION that is a legal form alone ("Ltd" of "Acme Logistics
    Ltd", where the model tagged only the form) grown over the company name before it; words a
    sentence opens with ("Bei", "The") are not taken.

    >>> text = "Senior Buyer | Acme Logistics Ltd"
    >>> [text[e.start : e.end] for e in named_legal_forms(text, [Entity(30, 33, "ORGANIZATION")])]
    ['Acme Logistics Ltd']
    """
    out = []
    for e in spans:
        if e.label == "ORGANIZATION" and _BARE_FORM_RE.fullmatch(text, e.start, e.end):
            e = Entity(_name_start(text, e.start), e.end, e.label, e.score, e.source)
        out.append(e)
    return out


def _name_start(text: str, start: int) -> int:
    """Where the company name before a legal form at `start` opens (`start` if none does)."""
    m = _NAME_BEFORE_RE.search(text, max(0, start - 80), start)
    if not m:
        return start
    pos = m.start()
    for word in re.finditer(r"\S+", m.group()):
        if word.group().casefold() not in CUE_WORDS:
            break
        pos = m.start() + word.end()
    while pos < start and text[pos] in " \t":
        pos += 1
    return pos
