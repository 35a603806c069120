"""surrogate_regions: a state, landscape, lake, sea or country gets another of its kind, in its
country, taking the same article."""

from __future__ import annotations

import random

import pytest
from faker.providers.address.de_DE import Provider as Germany
from faker.providers.address.en_GB import Provider as Britain
from faker.providers.address.en_US import Provider as America

from anonymizer.keys import Keyring
from anonymizer.surrogate_places import LOCALES
from anonymizer.surrogate_regions import (
    TABLE,
    _pool,
    country,
    genitive_stem,
    place_parts,
    region,
    region_locale,
    region_of,
    regions,
)
from anonymizer.surrogate_towns import real_places
from anonymizer.surrogates import Surrogates


@pytest.fixture
def sur() -> Surrogates:
    return Surrogates(Keyring(b"test-key-regions-0123456789"))


def _row(name: str, lang: str = "") -> tuple[str, str, str]:
    found = region_of(name, lang)
    assert found is not None, name
    return found.country, found.kind, found.article


@pytest.mark.parametrize(
    ("value", "locale", "article"),
    [("Allgäu", "de_DE", "das"), ("Schwarzwald", "de_DE", "der"), ("Eifel", "de_DE", "die")],
)
def test_a_landscape_gets_a_landscape_taking_its_article(
    sur: Surrogates, value: str, locale: str, article: str
) -> None:
    # "aus dem Allgäu" became "aus dem Rochlitz": a town, and a neuter article it does not take
    out = sur.surrogate(value, "LOCATION", locale)
    assert out != value and _row(out) == ("DE", "region", article), out


def test_a_lake_and_a_sea_stay_a_lake_and_a_sea(sur: Surrogates) -> None:
    # "an der Ostsee" became "an der Monschau"
    assert _row(sur.surrogate("Bodensee", "LOCATION", "de_DE"))[1:] == ("lake", "der")
    assert _row(sur.surrogate("Ostsee", "LOCATION", "de_DE"))[1:] == ("sea", "die")


def test_a_state_gets_a_state_of_its_country_in_any_document(sur: Surrogates) -> None:
    # "in Bayern" became "in Husum", "von Texas" a German town in German text
    out = sur.surrogate("Bayern", "LOCATION", "en_GB")
    assert out in Germany.states and out != "Bayern", out
    texas = sur.surrogate("Texas", "LOCATION", "de_DE")
    assert texas in America.states and texas == sur.surrogate("Texas", "LOCATION", "en_US")
    kent = sur.surrogate("Kent", "LOCATION", "en_US")  # a British county, not Kent, Washington
    assert _row(kent) == ("GB", "state", "-") and kent != "Kent", kent


def test_a_state_named_like_a_big_town_of_its_country_stays_a_town() -> None:
    assert region_locale("Berlin") is None and region_locale("Wien") is None
    assert region_locale("Bayern") == "de_DE" and region_locale("Cornwall") == "en_GB"


def test_a_state_with_an_article_no_other_state_takes_gets_a_landscape_that_does() -> None:
    # "im Saarland" is the only neuter state of Germany: "im Sauerland", not "im Hessen"
    out = region("Saarland", random.Random(3), "de")
    assert out is not None and _row(out)[::2] == ("DE", "das"), out


def test_an_english_region_with_the_gets_one_with_the(sur: Surrogates) -> None:
    out = sur.surrogate("Lake District", "LOCATION", "en_GB")  # "to the Lake District"
    assert _row(out) == ("GB", "region", "the"), out


@pytest.mark.parametrize(
    ("value", "lang", "article"),
    [("Türkei", "de", "die"), ("Iran", "de", "der"), ("USA", "de", "pl"), ("USA", "en", "the")],
)
def test_a_country_with_an_article_gets_one_with_the_same(
    value: str, lang: str, article: str
) -> None:
    # "aus der Türkei" became "aus der Swasiland"
    out = country(value, random.Random(1), None, lang)
    assert out != value and _row(out, lang) == ("-", "country", article), out


def test_a_dative_plural_country_gets_a_dative_plural(sur: Surrogates) -> None:
    # "in den Niederlanden" is no country of Faker's list: it got a town
    out = sur.surrogate("Niederlanden", "LOCATION", "de_DE")
    assert out in {r.name for r in _pool("-", "country", "pl-dat")} - {"Niederlanden"}, out
    assert "Niederlanden" not in {r.name for r in _pool("-", "country", "pl")}


def test_a_country_without_an_article_gets_one_without(sur: Surrogates) -> None:
    for value in ("Polen", "Frankreich", "Italien", "Spanien", "Kroatien"):
        out = sur.surrogate(value, "LOCATION", "de_DE")
        row = region_of(out, "de")
        assert out != value and (row is None or row.kind != "country"), (value, out)
    assert sur.surrogate("Poland", "LOCATION", "en_GB") in Britain.countries


def test_pools_hold_no_everyday_word_and_no_council_area() -> None:
    counties = {r.name for r in _pool("GB", "state", "-")}
    assert "Kent" in counties and "Down" not in counties and "Dundee City" not in counties
    assert region_of("Down") is not None  # still read as a county when a span is one


def test_the_shipped_table_is_well_formed() -> None:
    rows = [r.split("\t") for r in TABLE.read_text("utf-8").splitlines() if r[:1] != "#"]
    assert all(len(r) == 5 for r in rows)
    assert {r[1] for r in rows} <= set(LOCALES) | {"-"}
    kinds = {"region", "river", "lake", "sea", "state", "nation", "country", "continent"}
    kinds |= {"district", "demonym"}
    assert {r[2] for r in rows} == kinds
    assert {r[3] for r in rows} == {"der", "die", "das", "pl", "pl-dat", "the", "-"}
    assert {r[4] for r in rows} == {"de", "en", "-"}
    german = {"der", "die", "das", "pl", "pl-dat"}
    assert all(r[4] == "de" for r in rows if r[3] in german)
    assert all(r[4] == "en" for r in rows if r[3] == "the")
    assert len(regions()) > 400  # with Faker's states, counties, provinces and cantons


@pytest.mark.parametrize("value", ["Bayerischen Wald", "Bayerischer Wald", "Schwäbischen Alb"])
def test_a_declined_landscape_is_read_in_any_case_and_never_drawn(
    sur: Surrogates, value: str
) -> None:
    # "im Bayerischen Wald" became "im Hettstedt"; "in der Eifel" must not become "in der
    # Schwäbische Alb", whose adjective keeps the other case
    out = sur.surrogate(value, "LOCATION", "de_DE")
    assert _row(out)[:2] == ("DE", "region") and _row(out) == _row(value), out
    drawn = {r.name for article in ("der", "die") for r in _pool("DE", "region", article)}
    assert "Eifel" in drawn and not any("isch" in name for name in drawn)
    listed = region_of(value)
    assert listed is not None and out == sur.surrogate(listed.name, "LOCATION", "de_DE")


@pytest.mark.parametrize("value", ["County Clare", "County Cork", "Co. Kerry"])
def test_a_county_named_with_its_word_gets_another_county_of_its_country(
    sur: Surrogates, value: str
) -> None:
    # "in County Clare" became "in Fort Valley", an American town; "Cork" is a town too
    word, county = value.split(" ", 1)
    out = sur.surrogate(value, "LOCATION", "en_US")
    assert out.startswith(word + " ") and out != value, out
    assert _row(out.split(" ", 1)[1]) == ("IE", "state", "-"), out
    assert region_locale(value) == "en_IE"


@pytest.mark.parametrize(
    ("value", "locale"), [("Russland", "de_DE"), ("Russia", "en_GB"), ("Großbritannien", "de_DE")]
)
def test_a_country_fakers_lists_lack_gets_a_country_of_the_documents_language(
    sur: Surrogates, value: str, locale: str
) -> None:
    # "Russland" is no country of Faker's German list: it got a town
    out = sur.surrogate(value, "LOCATION", locale)
    countries = Germany.countries if locale == "de_DE" else America.countries
    assert out in countries and out != value, out


@pytest.mark.parametrize(("value", "lang"), [("Europa", "de"), ("Asia", "en")])
def test_a_continent_gets_a_continent_in_the_texts_language(value: str, lang: str) -> None:
    # "Europas größte Filiale" got a town
    out = region(value, random.Random(2), lang)
    row = region_of(out, lang)
    assert out != value and row is not None and row.kind == "continent" and row.speaks(lang), out


def test_a_nation_is_written_in_the_texts_language(sur: Surrogates) -> None:
    out = sur.surrogate("Schottland", "LOCATION", "de_DE")
    assert out in {"England", "Wales", "Nordirland"}, out
    assert sur.surrogate("Scotland", "LOCATION", "en_GB") in {
        "England",
        "Wales",
        "Northern Ireland",
    }


@pytest.mark.parametrize("value", ["Sachsens", "Hannovers", "Europas", "Dänemarks"])
def test_a_german_genitive_gets_the_genitive_of_its_places_surrogate(
    sur: Surrogates, value: str
) -> None:
    # "Sachsens Ministerpräsident" got a town without its "s"
    place = sur.surrogate(value[:-1], "LOCATION", "de_DE")
    out = sur.surrogate(value, "LOCATION", "de_DE")
    assert out == place + ("'" if place.endswith(("s", "ß", "x", "z")) else "s"), out


@pytest.mark.parametrize("value", ["Paris", "Wales", "Texas"])
def test_a_place_ending_in_s_is_no_genitive(sur: Surrogates, value: str) -> None:
    assert not sur.surrogate(value, "LOCATION", "de_DE").endswith("'")
    assert genitive_stem(value, frozenset()) is None


def test_comma_separated_places_each_get_their_own(sur: Surrogates) -> None:
    # "from Toronto, Ontario" became "from Hurlock": one town for a town and its province
    out = sur.surrogate("Toronto, Ontario", "LOCATION", "en_GB")
    town, province = out.split(", ")
    assert town == sur.surrogate("Toronto", "LOCATION", "en_GB")
    assert province == sur.surrogate("Ontario", "LOCATION", "en_GB")
    assert _row(province) == ("CA", "state", "-"), out
    assert place_parts("Foo, Bar", frozenset()) is None  # no place: one surrogate, as before


def test_no_town_drawn_is_a_state_or_county_of_its_country() -> None:
    # airports name some towns by their county or state: "Leeds" became "Wigtownshire"
    assert not [t for t in real_places("GB") if t.endswith("shire")]
    assert "Ohio" not in real_places("US")  # "California", Maryland, is a listed town
    assert "Brookshire" in real_places("US")  # a town of Texas that GeoNames lists


@pytest.mark.parametrize(
    ("value", "country"), [("Köln, Deutschland", "Deutschland"), ("Austin, Texas, USA", "USA")]
)
def test_the_country_of_a_town_named_with_it_stays(
    sur: Surrogates, value: str, country: str
) -> None:
    # "Köln, Deutschland" became "Pößneck, Niue": the town's surrogate lies in its own country
    out = sur.surrogate(value, "LOCATION", "de_DE")
    assert out.endswith(", " + country) and out != value, out
    other = sur.surrogate("Köln, Österreich", "LOCATION", "de_DE")  # another country's name
    assert not other.endswith("Österreich"), other


def test_a_river_gets_a_river_of_its_country_taking_its_article(sur: Surrogates) -> None:
    # "Linz an der Donau" became "Trieben an der Bad Liebenwerda"
    assert _row(sur.surrogate("Donau", "LOCATION", "de_DE"))[1:] == ("river", "die")
    assert _row(sur.surrogate("Rhein", "LOCATION", "de_DE"))[1:] == ("river", "der")
    assert _row(sur.surrogate("Thames", "LOCATION", "en_GB")) == ("GB", "river", "the")


@pytest.mark.parametrize(("value", "article"), [("Glockenbachviertel", "das"), ("Altstadt", "die")])
def test_a_quarter_named_by_its_kind_gets_a_quarter_taking_its_article(
    sur: Surrogates, value: str, article: str
) -> None:
    # "im Glockenbachviertel" became "im Grimma", a town that takes no article
    out = sur.surrogate(value, "LOCATION", "de_DE")
    assert out != value and _row(out, "de") == ("DE", "district", article), out
    town = region_of(sur.surrogate("Darmstadt", "LOCATION", "de_DE"), "de")  # a listed town
    assert town is None or town.kind != "district"


@pytest.mark.parametrize("value", ["French", "Canadian"])
def test_a_nationality_read_as_a_place_gets_another(sur: Surrogates, value: str) -> None:
    # "(French customer writing in French.)" became "... writing in White Swan."
    out = sur.surrogate(value, "LOCATION", "en_GB")
    assert out != value and _row(out, "en")[1] == "demonym", out
