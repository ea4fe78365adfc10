"""The spaCy component ``chronik_geo``: places in ``doc.spans["places"]``, event locations.

Runs after the language layer (reads tokens, and ``doc.ents`` when there are entities; it finds
sentence bounds itself), after actors (reads ``doc.spans["actors"]`` for country context) and
after the event coder (sets ``event.location`` on ``doc._.events``).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from chronik.geo.gazetteer import Gazetteer, load_gazetteer
from chronik.geo.lexicon import GeoLexicon, load_lexicon
from chronik.geo.locate import PlacedSpan, locate_events
from chronik.geo.recognize import find_toponyms
from chronik.geo.resolve import resolve_toponyms
from chronik.model import register_extensions

PLACES_KEY = "places"


def actor_countries(doc: Doc, gaz: Gazetteer) -> list[str]:
    """ISO3 countries of the actors the actor layer found (IGOs and unknowns left out)."""
    if "actors" not in doc.spans:
        return []
    out = []
    for span in doc.spans["actors"]:
        actor = span._.actor
        country = getattr(actor, "country", None) or (getattr(actor, "code", "") or "")[:3]
        if country and gaz.country(country) is not None:
            out.append(country)
    return out


class GeoLocator:
    """Callable component; holds the (shared, immutable) gazetteer and lexicon."""

    def __init__(self, gazetteer: Gazetteer, lexicon: GeoLexicon, locate: bool = True) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.locate = locate

    def places(self, doc: Doc) -> list[PlacedSpan]:
        toponyms = find_toponyms(doc, self.gazetteer, self.lexicon)
        places = resolve_toponyms(toponyms, actor_countries(doc, self.gazetteer))
        return [PlacedSpan(t.start, t.end, p, t.host, t.district)
                for t, p in zip(toponyms, places, strict=True)]

    def __call__(self, doc: Doc) -> Doc:
        placed = self.places(doc)
        spans = []
        for item in placed:
            span = doc.char_span(item.start, item.end, label="LOC")
            if span is not None:
                span._.place = item.place
                spans.append(span)
        doc.spans[PLACES_KEY] = spans
        if self.locate and doc._.events:
            locate_events(doc, doc._.events, placed, self.gazetteer, self.lexicon)
        return doc


@Language.factory("chronik_geo",
                  default_config={"gazetteer": None, "resources": None, "locate_events": True},
                  assigns=["doc.spans", "doc._.events"])
def make_geo_locator(nlp: Language, name: str, gazetteer: str | None, resources: str | None,
                     locate_events: bool) -> GeoLocator:
    """``gazetteer``: a built gazetteer file; ``resources``: a folder like ``resources/de/geo``."""
    register_extensions()
    german = Path(resources) if resources else None
    return GeoLocator(load_gazetteer(Path(gazetteer) if gazetteer else None, german),
                      load_lexicon(german / "frames.yaml" if german else None), locate_events)
