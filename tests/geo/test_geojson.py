"""GeoJSON export of located events."""

from __future__ import annotations

import io
import json

from chronik.export.geojson import write_geojson


def test_located_events_become_point_features() -> None:
    located = {"code": "042", "source": "RUSGOV", "target": "PRKGOV",
               "location": {"text": "Pjöngjang", "name": "Pyongyang", "country": "PRK",
                            "lat": 39.03385, "lon": 125.75432, "geonames_id": 1871859}}
    unlocated = {"code": "010", "location": None}
    fp = io.StringIO()
    assert write_geojson([located, unlocated], fp) == 1
    collection = json.loads(fp.getvalue())
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [125.75432, 39.03385]}
    assert feature["properties"] == located
