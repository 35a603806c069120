"""Spans the model read as people that are places: "Grüße aus dem schönen Schwarzwald" made
"Schwarzwald" a PERSON, whose surrogate was a given name ("aus dem schönen Maike").

A model PERSON whose whole text is a region, landscape, river or country of the regions table
(`surrogate_regions`) or a town of 50,000 people or more, and that no name list knows
("Georgia", "Florence" and "Jordan" are names too), is a LOCATION: its surrogate is then a
place of its kind.

Example:
    >>> from anonymizer.schema import Entity
    >>> text = "Grüße aus dem Schwarzwald"
    >>> [e.label for e in relabel_people(text, [Entity(14, 25, "PERSON")])]
    ['LOCATION']
"""

from __future__ import annotations

from ..name_lists import is_listed
from ..schema import Entity
from ..surrogate_places import BIG_TOWN, town_population
from ..surrogate_regions import region_of


def relabel_people(text: str, spans: list[Entity]) -> list[Entity]:
    """`spans` with each model PERSON that names a known place and no person a LOCATION."""
    out = []
    for e in spans:
        label = _new_label(text, e) if e.label == "PERSON" and e.source == "model" else None
        out.append(Entity(e.start, e.end, label, e.score, e.source) if label else e)
    return out


def _new_label(text: str, e: Entity) -> str | None:
    value = text[e.start : e.end]
    if any(is_listed(w) for w in value.replace("-", " ").split()):
        return None
    row = region_of(value)
    if (row is not None and row.kind != "demonym") or town_population(value) >= BIG_TOWN:
        return "LOCATION"
    return None
