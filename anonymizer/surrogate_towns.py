"""Town surrogates: a town of the Faker locale's country, real where Faker's own are invented.

Faker's English `city()` builds a town from a person's name ("East Megan", "Brianburgh"); for
those locales a town is drawn from the real places of the country instead: Faker's geo data and
the towns of the country's airports, less those that name a county or state.

Example:
    >>> from faker import Faker
    >>> fk = Faker("en_GB"); fk.seed_instance(2)
    >>> town(fk) in real_places("GB")
    True
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .surrogate_codes import airport_towns
from .surrogate_places import place_countries, place_key
from .surrogate_regions import region_of

# Faker locales whose `city()` invents a town from a person's name ("East Megan", "Brianburgh");
# their towns are real places of the country: those Faker's geo provider lists and the towns of
# its airports (`airportsdata`; 38 British towns alone drew the same surrogate for many towns).
INVENTED_TOWNS = {"en_US": "US", "en_GB": "GB", "en_CA": "CA", "en_AU": "AU", "en_IE": "IE"}
# A town's name: letters, spaces, hyphens, dots and apostrophes ("Arcata/Eureka" is two).
_TOWN_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'-])*[^\W\d_]")


@cache
def real_places(country: str) -> tuple[str, ...]:
    """Towns of `country` (a two-letter code): Faker's geo data and the towns of its airports."""
    from faker.providers.geo import Provider

    places = {row[2] for row in Provider.land_coords if row[3] == country}
    places |= airport_towns(country)
    return tuple(
        sorted(p for p in places if _TOWN_NAME.fullmatch(p) and not _is_region(p, country))
    )


def _is_region(place: str, country: str) -> bool:
    """Whether an airport's "town" is a county or state of `country` and no listed town of it
    ("Ohio", "Wigtownshire"; "Durham" and "Kilkenny" are towns too)."""
    if place_countries().get(place_key(place), ("",))[0] == country:
        return False
    row = region_of(place)
    return place.endswith("shire") or (row is not None and row.country == country)


# Towns Faker's lists misspell ("Hannover" became "Neustadtner Waldnaab"), as they are written.
_FAKER_TYPOS = {"Neustadtner Waldnaab": "Neustadt an der Waldnaab"}


def town(fk: Any) -> str:
    """A town in the Faker instance's locale: a real one where Faker's own are invented.

    >>> from faker import Faker
    >>> town(Faker("en_GB")) in real_places("GB")
    True
    """
    country = INVENTED_TOWNS.get(fk.locales[0])
    name = fk.random_element(real_places(country)) if country else fk.city()
    return _FAKER_TYPOS.get(name, name)
