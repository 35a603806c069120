"""scripts/make_place_countries.py: which country a town's name is given."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_place_countries.py"


@pytest.fixture(scope="module")
def place_countries():
    spec = importlib.util.spec_from_file_location("make_place_countries", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.place_countries


def town(name: str, country: str, pop: int, aliases: tuple[str, ...] = ()) -> dict:
    return {"name": name, "countrycode": country, "population": pop, "alternatenames": aliases}


def test_the_most_populous_town_of_a_name_decides(place_countries) -> None:
    rows = [town("Kettering", "US", 55_525), town("Kettering", "GB", 56_676)]
    assert place_countries(rows)["kettering"][1] == "GB"


def test_a_name_whose_largest_town_lies_elsewhere_is_left_out(place_countries) -> None:
    rows = [town("Paris", "FR", 2_100_000), town("Paris", "US", 25_000)]
    assert "paris" not in place_countries(rows)


def test_an_alias_outranks_a_town_only_ten_times_smaller(place_countries) -> None:
    rows = [
        town("Köln", "DE", 1_000_000, ("Cologne", "CGN", "Кёльн")),
        town("Cologne", "US", 50_000),
        town("Bonn", "DE", 300_000, ("Bonner",)),
        town("Bonner", "AU", 40_000),
    ]
    table = place_countries(rows)
    assert table["cologne"] == ("Cologne", "DE", 1_000_000, "alias")
    assert table["bonner"][1] == "AU"  # 300,000 is not ten times 40,000
    assert "cgn" not in table and "кёльн" not in table  # codes and other scripts are no names


def test_small_towns_lend_no_aliases(place_countries) -> None:
    rows = [town("Bad Honnef", "DE", 25_000, ("Honnef",))]
    assert list(place_countries(rows)) == ["bad honnef"]
