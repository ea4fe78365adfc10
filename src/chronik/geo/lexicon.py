"""German place-frame knowledge (``resources/de/geo/frames.yaml``) as one immutable object."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from chronik.resources import resource_path


@dataclass(frozen=True)
class GeoLexicon:
    prepositions: dict[str, str]
    determiners: frozenset[str]
    article_prepositions: frozenset[str]
    german_name_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    place_noun_suffixes: tuple[str, ...]
    attributive_heads: frozenset[str]
    spot_nouns: frozenset[str]
    genitive_articles: frozenset[str]
    direction_adverbs: frozenset[str]
    time_nouns: frozenset[str]
    district_nouns: frozenset[str]
    city_adjectives: dict[str, str]
    adjective_stems: tuple[tuple[str, str], ...]
    genitive_suffixes: tuple[str, ...]
    spot_linker: str
    direction_prefixes: tuple[str, ...]
    coordinators: frozenset[str]
    dateline_dashes: frozenset[str]
    dateline_agencies: frozenset[str]
    dateline_max_sentences: int
    clause_breaks: frozenset[str]
    subordinators: frozenset[str]
    not_places: frozenset[str]
    seats: dict[str, str]
    verbal_roots: frozenset[str]
    violent_roots: frozenset[str]
    leaving_codes: tuple[str, ...]
    armed_groups: frozenset[str]
    examples: tuple[dict[str, Any], ...]

    @cached_property
    def adjective_endings(self) -> tuple[str, ...]:
        """Endings a derived city adjective may have (those of ``adjective_stems``)."""
        return tuple({cut for cut, _add in self.adjective_stems}) + tuple(self.city_adjectives)

    def is_place_noun(self, word: str) -> bool:
        lower = word.casefold()
        return word in self.place_nouns or lower.endswith(self.place_noun_suffixes)


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> GeoLexicon:
    """Read the frames file (cached per process)."""
    path = path or resource_path("de", "geo", "frames.yaml")
    with path.open(encoding="utf-8") as fp:
        data = yaml.safe_load(fp)
    dateline = data["dateline"]
    return GeoLexicon(
        prepositions={k.casefold(): v for k, v in data["prepositions"].items()},
        determiners=_lower(data["determiners"]),
        article_prepositions=_lower(data.get("article_prepositions", [])),
        german_name_prepositions=_lower(data.get("german_name_prepositions", [])),
        place_nouns=frozenset(data["place_nouns"]),
        place_noun_suffixes=tuple(s.casefold() for s in data["place_noun_suffixes"]),
        attributive_heads=frozenset(data["attributive_heads"]),
        spot_nouns=frozenset(data.get("spot_nouns", ())),
        genitive_articles=frozenset(data.get("genitive_articles", ())),
        direction_adverbs=_lower(data.get("direction_adverbs", [])),
        time_nouns=_lower(data.get("time_nouns", [])),
        district_nouns=frozenset(data.get("district_nouns", ())),
        city_adjectives=dict(data.get("city_adjectives", {})),
        adjective_stems=tuple((str(cut), str(add or "")) for cut, add in
                              data.get("adjective_stems", ())),
        genitive_suffixes=tuple(data.get("genitive_suffixes", ())),
        spot_linker=str(data.get("spot_linker", "")),
        direction_prefixes=tuple(sorted(data.get("direction_prefixes", ()), key=len,
                                        reverse=True)),
        coordinators=frozenset(data.get("coordinators", ())),
        dateline_dashes=frozenset(dateline["dashes"]),
        dateline_agencies=frozenset(dateline["agencies"]),
        dateline_max_sentences=int(dateline["max_sentences"]),
        clause_breaks=frozenset(data["clause_breaks"]),
        subordinators=_lower(data["subordinators"]),
        not_places=frozenset(data["not_places"]),
        seats=dict(data.get("seats", {})),
        verbal_roots=frozenset(str(r) for r in data.get("verbal_roots", ())),
        violent_roots=frozenset(str(r) for r in data.get("violent_roots", ())),
        leaving_codes=tuple(str(c) for c in data.get("leaving_codes", ())),
        armed_groups=frozenset(data.get("armed_groups", ())),
        examples=tuple(data.get("examples", ())),
    )
