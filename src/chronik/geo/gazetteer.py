"""The gazetteer: places by name, loaded once per process into an immutable object.

GeoNames-derived places come from the built file ``resources/geo/gazetteer.tsv.gz`` (see
:mod:`chronik.geo.build`); German exonyms (``resources/de/geo/exonyms.tsv``) and hand-kept regions
(``resources/de/geo/regions.tsv``) are merged at load time.
"""

from __future__ import annotations

import csv
import gzip
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal, NamedTuple

from chronik.geo.names import name_key
from chronik.resources import resource_path

#: How a name reaches a place, strongest first: a pinned German exonym, a German name from
#: CLDR/iso-codes or a hand-kept region, the place's own GeoNames name, a GeoNames alternate name.
NameSource = Literal["pinned", "german", "name", "alt"]
SOURCE_RANK: dict[str, int] = {"pinned": 3, "german": 2, "name": 1, "alt": 0}


class GazetteerError(RuntimeError):
    """The gazetteer file or a German geo resource is missing or malformed."""


@dataclass(frozen=True)
class GeoEntry:
    """One place: ``feature`` is GeoNames class.code (``A.PCLI`` country, ``A.ADM1`` region,
    ``P.PPLC`` capital, ``P.PPL`` city, ``L.RGN``/``T.PEN`` hand-kept regions)."""

    geonameid: int | None
    name: str
    feature: str
    country: str | None
    lat: float
    lon: float
    population: int = 0
    admin1: str = ""

    @property
    def is_country(self) -> bool:
        return self.feature == "A.PCLI"


class Candidate(NamedTuple):
    entry: GeoEntry
    source: NameSource


@dataclass(frozen=True)
class Gazetteer:
    """Places indexed by :func:`~chronik.geo.names.name_key` of every name they carry."""

    index: MappingProxyType[str, tuple[Candidate, ...]]
    by_id: MappingProxyType[int, GeoEntry]
    capitals: MappingProxyType[str, GeoEntry]
    countries: MappingProxyType[str, GeoEntry]
    max_words: int
    # first words of names of several words ("new" of "new york"): a longer match is only tried
    # from such a word, so most words cost one look-up
    multiword_starts: frozenset[str] = frozenset()

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        return self.index.get(name_key(name), ())

    def __contains__(self, name: str) -> bool:
        return name_key(name) in self.index

    def capital_of(self, iso3: str) -> GeoEntry | None:
        return self.capitals.get(iso3)

    def country(self, iso3: str) -> GeoEntry | None:
        return self.countries.get(iso3)


def _read_gazetteer_rows(path: Path) -> Iterator[tuple[GeoEntry, list[str], list[str]]]:
    if not path.exists():
        raise GazetteerError(f"gazetteer file {path} is missing: run `python -m chronik.geo.build`")
    with gzip.open(path, "rt", encoding="utf-8") as fp:
        header = fp.readline().rstrip("\n").split("\t")
        if header[:3] != ["geonameid", "name", "feature"]:
            raise GazetteerError(f"{path} is not a chronik gazetteer (header {header[:3]})")
        for line in fp:
            gid, name, feature, country, admin1, lat, lon, pop, de_names, alt = \
                line.rstrip("\n").split("\t")
            entry = GeoEntry(int(gid), name, feature, country or None, float(lat), float(lon),
                             int(pop), admin1)
            yield entry, de_names.split("|") if de_names else [], alt.split("|") if alt else []


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a resource TSV: ``#`` lines are comments, the first other line is the header."""
    with path.open(encoding="utf-8") as fp:
        lines = [line for line in fp if line.strip() and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def build_gazetteer(gazetteer_file: Path, german_dir: Path) -> Gazetteer:
    index: dict[str, list[Candidate]] = defaultdict(list)
    by_id: dict[int, GeoEntry] = {}
    extra_id = -1

    for entry, de_keys, alt_keys in _read_gazetteer_rows(gazetteer_file):
        by_id[entry.geonameid] = entry  # type: ignore[index]
        own = name_key(entry.name)
        index[own].append(Candidate(entry, "name"))
        for key in de_keys:
            index[key].append(Candidate(entry, "german"))
        for key in alt_keys:
            if key != own:
                index[key].append(Candidate(entry, "alt"))

    for row in _read_tsv(german_dir / "regions.tsv"):
        gid = int(row["geonameid"]) if row["geonameid"] else None
        if gid is None:
            gid, extra_id = extra_id, extra_id - 1
        entry = GeoEntry(gid, row["name"], row["feature"], row["country"] or None,
                         float(row["lat"]), float(row["lon"]), int(row["population"] or 0))
        by_id.setdefault(gid, entry)
        for name in row["german"].split("|"):
            index[name_key(name)].append(Candidate(by_id[gid], "german"))

    for row in _read_tsv(german_dir / "exonyms.tsv"):
        gid = int(row["geonameid"])
        if gid not in by_id:
            raise GazetteerError(f"exonyms.tsv: {row['german']!r} names unknown geonameid {gid}")
        index[name_key(row["german"])].append(Candidate(by_id[gid], "pinned"))

    countries = {e.country: e for e in by_id.values() if e.is_country and e.country}
    capitals = {e.country: e for e in by_id.values() if e.feature == "P.PPLC" and e.country}
    frozen = {key: _strongest_per_place(cands) for key, cands in index.items()}
    return Gazetteer(MappingProxyType(frozen), MappingProxyType(by_id),
                     MappingProxyType(capitals), MappingProxyType(countries),
                     max(key.count(" ") + 1 for key in frozen),
                     frozenset(key.split(" ", 1)[0] for key in frozen if " " in key))


def _strongest_per_place(candidates: list[Candidate]) -> tuple[Candidate, ...]:
    if len(candidates) == 1:
        return (candidates[0],)
    out: dict[int, Candidate] = {}
    for cand in candidates:
        ident = id(cand.entry)
        old = out.get(ident)
        if old is None or SOURCE_RANK[cand.source] > SOURCE_RANK[old.source]:
            out[ident] = cand
    return tuple(out.values())


@lru_cache(maxsize=4)
def load_gazetteer(gazetteer_file: Path | None = None, german_dir: Path | None = None) -> Gazetteer:
    """The shipped gazetteer (cached: one per process and arguments)."""
    return build_gazetteer(gazetteer_file or resource_path("geo", "gazetteer.tsv.gz"),
                           german_dir or resource_path("de", "geo"))
