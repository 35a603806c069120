"""The name lexicon: every Faker surname list counts, Faker's placeholders do not."""

from __future__ import annotations

import importlib

import pytest
from faker import Faker

from anonymizer.name_lexicon import name_key
from anonymizer.name_lists import name_lists, provider_names


@pytest.mark.parametrize("locale", ["pl_PL", "de_DE", "tr_TR"])
def test_every_surname_a_locale_draws_is_listed(locale: str) -> None:
    # pl_PL keeps its surnames outside "last_names" ("Kowalski" was no listed surname)
    fk = Faker(locale)
    fk.seed_instance(3)
    drawn = {fk.last_name() for _ in range(200)}
    assert {name for name in drawn if name_key(name) not in name_lists()[1]} == set()


def test_polish_womens_surnames_are_listed() -> None:
    lasts = name_lists()[1]
    assert {"kowalska", "wisniewska", "lewandowska"} <= lasts


def test_fakers_placeholder_names_are_no_list() -> None:
    provider = importlib.import_module("faker.providers.person.vi_VN").Provider
    assert provider_names(provider, "first_names") == ()  # Faker's "John", "Jane"
    assert len(provider_names(provider, "first_names_male")) > 10
