"""Writers for event records: JSON Lines, CSV, Parquet, GDELT-style TSV, GeoJSON."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from chronik.export.jsonl import write_jsonl
from chronik.export.tabular import FLAT_COLUMNS, flatten, write_csv, write_gdelt, write_parquet

TEXT_FORMATS = ("jsonl", "csv", "gdelt", "geojson")
BINARY_FORMATS = ("parquet",)
FORMATS = TEXT_FORMATS + BINARY_FORMATS


def write_events(events: Iterable[dict[str, Any]], fmt: str, out: IO[Any]) -> int:
    """Write event records (dicts in the Event shape) to ``out``; returns how many."""
    if fmt == "jsonl":
        return write_jsonl(events, out)
    if fmt == "csv":
        return write_csv(events, out)
    if fmt == "gdelt":
        return write_gdelt(events, out)
    if fmt == "parquet":
        return write_parquet(events, out)
    if fmt == "geojson":
        from chronik.export.geojson import write_geojson

        return write_geojson(events, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = ["FLAT_COLUMNS", "FORMATS", "flatten", "write_events"]
