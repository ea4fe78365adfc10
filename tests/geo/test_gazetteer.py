"""The gazetteer: German exonyms, countries, regions and capitals resolve to GeoNames places."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from chronik.geo import load_gazetteer, resolve_name

HERE = Path(__file__).parent


def _names() -> list[tuple[str, int]]:
    with (HERE / "german_city_names.tsv").open(encoding="utf-8") as fp:
        rows = csv.DictReader((line for line in fp if not line.startswith("#")), delimiter="\t")
        return [(row["german"], int(row["geonameid"])) for row in rows]


def test_german_city_names_resolve_to_their_geonames_ids() -> None:
    gaz = load_gazetteer()
    names = _names()
    assert len(names) >= 200
    wrong = [(name, gid) for name, gid in names
             if (place := resolve_name(name, gaz)) is None or place.geonames_id != gid]
    assert 1 - len(wrong) / len(names) >= 0.97, wrong


@pytest.mark.parametrize(("name", "english", "iso3"), [
    ("Pjöngjang", "Pyongyang", "PRK"), ("Peking", "Beijing", "CHN"), ("Moskau", "Moscow", "RUS"),
    ("Warschau", "Warsaw", "POL"), ("Kiew", "Kyiv", "UKR"), ("Kyjiw", "Kyiv", "UKR"),
    ("Damaskus", "Damascus", "SYR"), ("Washington", "Washington", "USA"),
])
def test_exonyms_of_the_issue(name: str, english: str, iso3: str) -> None:
    place = resolve_name(name, load_gazetteer())
    assert place is not None and (place.name, place.country) == (english, iso3)


def test_german_country_names_are_countries() -> None:
    gaz = load_gazetteer()
    for name, iso3 in [("Deutschland", "DEU"), ("Russland", "RUS"), ("Nordkorea", "PRK"),
                       ("Vereinigte Staaten", "USA"), ("USA", "USA"), ("Weißrussland", "BLR"),
                       ("Elfenbeinküste", "CIV"), ("Türkei", "TUR")]:
        place = resolve_name(name, gaz)
        assert place is not None and place.feature == "A.PCLI" and place.country == iso3, name


def test_hand_kept_regions_have_no_invented_geonames_id() -> None:
    place = resolve_name("Gazastreifen", load_gazetteer())
    assert place is not None and place.country == "PSE" and place.geonames_id is None


def test_country_context_breaks_ties_between_cities_of_one_name() -> None:
    gaz = load_gazetteer()
    assert resolve_name("Córdoba", gaz).country == "ARG"  # type: ignore[union-attr]
    assert resolve_name("Córdoba", gaz, ["ESP"]).country == "ESP"  # type: ignore[union-attr]
    # context does not move a big city to a small namesake: Paris stays in France
    assert resolve_name("Paris", gaz, ["USA"]).country == "FRA"  # type: ignore[union-attr]


def test_a_longer_string_resolves_to_the_place_inside_it() -> None:
    place = resolve_name("Flughafen von Lyon", load_gazetteer())
    assert place is not None and place.name == "Lyon"


def test_capitals_are_known_per_country() -> None:
    gaz = load_gazetteer()
    assert gaz.capital_of("RUS").name == "Moscow"  # type: ignore[union-attr]
    assert gaz.capital_of("PRK").name == "Pyongyang"  # type: ignore[union-attr]


def test_loading_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize(("name", "english", "iso3"), [
    ("Kalifornien", "California", "USA"), ("Bosnien", "Bosnia and Herzegovina", "BIH"),
    ("Krim", "Crimea", "UKR"), ("Westjordanland", "West Bank", "PSE"), ("Europa", "Europe", None),
    ("Masar-i-Scharif", "Mazār-e Sharīf", "AFG"), ("Rostow am Don", "Rostov-on-Don", "RUS"),
])
def test_german_names_of_regions_continents_and_transliterated_cities(
        name: str, english: str, iso3: str | None) -> None:
    place = resolve_name(name, load_gazetteer())
    assert place is not None and (place.name, place.country) == (english, iso3)


@pytest.mark.parametrize(("name", "english", "iso3"), [
    ("Tschassiw Jar", "Chasiv Yar", "UKR"), ("Sewerodonezk", "Siverskodonetsk", "UKR"),
    ("Gaza-Stadt", "Gaza", "PSE"), ("Roten Meer", "Red Sea", None),
    ("Straße von Hormus", "Strait of Hormuz", None), ("Tigray", "Tigray", "ETH"),
    ("Kischinau", "Chisinau", "MDA"), ("Aschkelon", "Ashkelon", "ISR"),
])
def test_places_of_recent_news(name: str, english: str, iso3: str | None) -> None:
    place = resolve_name(name, load_gazetteer())
    assert place is not None and (place.name, place.country) == (english, iso3)


@pytest.mark.parametrize(("written", "english"), [
    ("Norden Syriens", "Syria"), ("Nordsyrien", "Syria"), ("Region Kursk", "Kursk"),
    ("Süden des Gazastreifens", "Gaza Strip"), ("Moskaus", "Moscow"), ("Osten der Ukraine", "Ukraine"),
])
def test_a_location_written_as_in_running_text_resolves(written: str, english: str) -> None:
    """Gold locations are written as in the text: parts of a country, genitives, region words."""
    place = resolve_name(written, load_gazetteer())
    assert place is not None and place.name == english
