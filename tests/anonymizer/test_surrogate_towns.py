"""Tests for town surrogates: real towns, none Faker misspells."""

from __future__ import annotations

import pytest
from faker import Faker

from anonymizer.surrogate_towns import real_places, town


@pytest.mark.parametrize("locale, country", [("en_GB", "GB"), ("en_US", "US")])
def test_an_invented_town_locale_draws_real_places(locale: str, country: str) -> None:
    # Faker's English city() builds towns from names ("East Megan"); real places are drawn
    fk = Faker(locale)
    fk.seed_instance(0)
    assert all(town(fk) in real_places(country) for _ in range(200))


def test_no_town_surrogate_is_one_faker_misspells() -> None:
    # Faker's de_DE cities hold "Neustadtner Waldnaab": "Hannover" became it
    fk = Faker("de_DE")
    fk.seed_instance(0)
    towns = {town(fk) for _ in range(5000)}
    assert "Neustadtner Waldnaab" not in towns and "Neustadt an der Waldnaab" in towns
