"""GeoJSON export: events with a located place as a map-ready FeatureCollection."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def event_feature(event: dict[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point feature for one event record (``None`` when it has no coordinates)."""
    location = event.get("location") or {}
    lat, lon = location.get("lat"), location.get("lon")
    if lat is None or lon is None:
        return None
    return {"type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
            "properties": event}


def write_geojson(events: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    """Write a FeatureCollection of the events that carry lat/lon; returns how many were written.

    ``events`` are event records (``Event.to_dict()``); each feature's properties are the record.
    Coordinates are WGS84 longitude, latitude as RFC 7946 requires.
    """
    features = [f for f in (event_feature(e) for e in events) if f is not None]
    json.dump({"type": "FeatureCollection", "features": features}, fp, ensure_ascii=False)
    fp.write("\n")
    return len(features)
