"""Toponym resolution: pick one gazetteer place per name, in the context of the article.

A candidate's score adds up: how its name reached it (a pinned German exonym beats everything),
its feature (country > region > capital > city), its population (log scale) and whether its
country is already named in the article (other places, actor countries).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from chronik.geo.gazetteer import Candidate, Gazetteer
from chronik.geo.lexicon import GeoLexicon, load_lexicon
from chronik.geo.recognize import Toponym, iter_name_spans
from chronik.model import Place

SOURCE_SCORE = {"pinned": 100.0, "german": 3.0, "name": 2.0, "alt": 0.0}
FEATURE_SCORE = {"A.PCLI": 4.0, "A.ADM1": 2.5, "P.PPLC": 2.0}
REGION_SCORE = 2.5  # hand-kept regions (L.*, T.*, H.*)
POPULATION_WEIGHT = 0.6
CONTEXT_SCORE = 1.5


def score(candidate: Candidate, context: Counter[str] | None = None) -> float:
    entry = candidate.entry
    value = SOURCE_SCORE[candidate.source]
    value += FEATURE_SCORE.get(entry.feature, REGION_SCORE if entry.feature[0] in "LTH" else 0.0)
    value += POPULATION_WEIGHT * math.log10(entry.population + 1)
    if context and entry.country and context[entry.country] > 0:
        value += CONTEXT_SCORE
    return value


def best(candidates: Sequence[Candidate], context: Counter[str] | None = None) -> Candidate:
    return max(candidates, key=lambda c: (score(c, context), -(c.entry.geonameid or 0)))


def to_place(text: str, candidate: Candidate, rule: str | None) -> Place:
    e = candidate.entry
    gid = e.geonameid if e.geonameid is not None and e.geonameid > 0 else None
    return Place(text=text, name=e.name, country=e.country, lat=round(e.lat, 5),
                 lon=round(e.lon, 5), geonames_id=gid, feature=e.feature, rule=rule)


def resolve_toponyms(toponyms: Sequence[Toponym],
                     actor_countries: Iterable[str] = ()) -> list[Place]:
    """One place per toponym; each name's country context excludes its own contribution."""
    first = [best(t.candidates) for t in toponyms]
    context: Counter[str] = Counter(c for c in actor_countries if c)
    context.update(c.entry.country for c in first if c.entry.country)
    places = []
    for toponym, own in zip(toponyms, first, strict=True):
        ctx = context.copy()
        if own.entry.country:
            ctx[own.entry.country] -= 1
        places.append(to_place(toponym.text, best(toponym.candidates, ctx), toponym.rule))
    return places


def resolve_name(name: str, gaz: Gazetteer, context: Iterable[str] = (),
                 lex: GeoLexicon | None = None) -> Place | None:
    """Resolve a place name given as a string ("Kairo", "Flughafen von Lyon", "Norden
    Syriens", "Region Kursk").

    The whole string is tried first, else the first place name inside it (common nouns skipped,
    compass compounds and genitives read as in running text). ``context`` holds ISO3 country
    codes known from the surroundings.
    """
    ctx = Counter(c for c in context if c)
    candidates = gaz.candidates(name)
    if candidates:
        return to_place(name, best(candidates, ctx), "name")
    words = [w for w in re.findall(r"[\w'’.-]+", name) if w.strip(".-")]
    for i, j, found in iter_name_spans(words, gaz, lex or load_lexicon()):
        return to_place(" ".join(words[i:j]), best(found, ctx), "name")
    return None


def context_countries(text: str, gaz: Gazetteer) -> list[str]:
    """Countries of the German country/region names (strong names only) found in a text."""
    words = re.findall(r"[\w'’-]+", text)
    out = []
    for _i, _j, cands in iter_name_spans(words, gaz):
        strong = [c for c in cands if c.source in ("pinned", "german")]
        if strong:
            country = best(strong).entry.country
            if country:
                out.append(country)
    return out


def ranked(name: str, gaz: Gazetteer, context: Iterable[str] = ()) -> list[dict[str, object]]:
    """All candidates of a name with their scores, best first (for inspection)."""
    ctx = Counter(c for c in context if c)
    cands = sorted(gaz.candidates(name), key=lambda c: -score(c, ctx))
    return [{"name": c.entry.name, "geonames_id": c.entry.geonameid, "country": c.entry.country,
             "feature": c.entry.feature, "population": c.entry.population, "source": c.source,
             "score": round(score(c, ctx), 3)} for c in cands]
