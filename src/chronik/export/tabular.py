"""Flat, one-row-an-event formats: CSV, Parquet, and a GDELT-1.0-style tab-separated table."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

FLAT_COLUMNS = (
    "doc", "article", "date", "date_from", "date_text", "source", "source_text", "code", "plover",
    "target", "target_text", "mode", "location_text", "location_name", "location_country",
    "location_lat", "location_lon", "evidence_start", "evidence_end", "sentence", "confidence",
    "trigger", "pattern",
)

# GDELT 1.0 event table columns chronik can fill, in GDELT's order and with GDELT's names.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code",
    "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode",
    "EventRootCode", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
    "ActionGeo_Long", "SOURCEURL",
)


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    location = event.get("location") or {}
    evidence = event.get("evidence") or {}
    row = {key: event.get(key) for key in FLAT_COLUMNS}
    row.update(
        location_text=location.get("text"), location_name=location.get("name"),
        location_country=location.get("country"), location_lat=location.get("lat"),
        location_lon=location.get("lon"), evidence_start=evidence.get("start"),
        evidence_end=evidence.get("end"),
    )
    return row


def write_csv(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(flatten(event))
        count += 1
    return count


def write_parquet(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flatten(e) for e in events]
    columns = {name: [row[name] for row in rows] for name in FLAT_COLUMNS}
    types = {"location_lat": pa.float64(), "location_lon": pa.float64(),
             "evidence_start": pa.int64(), "evidence_end": pa.int64(), "confidence": pa.float64()}
    table = pa.table({name: pa.array(values, type=types.get(name, pa.string()))
                      for name, values in columns.items()})
    pq.write_table(table, out)
    return len(rows)


def write_gdelt(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """GDELT 1.0 conventions: tab-separated, a header row, SQLDATE as YYYYMMDD (00 when unknown)."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(GDELT_COLUMNS)
    count = 0
    for number, event in enumerate(events, start=1):
        date = (event.get("date") or "").split("-")
        sqldate = "".join(part.zfill(2) for part in (date + ["00", "00"])[:3]) if date[0] else ""
        location = event.get("location") or {}
        code = event.get("code") or ""
        writer.writerow([
            number, sqldate if "W" not in sqldate else "", event.get("source") or "",
            event.get("source_text") or "", (event.get("source") or "")[:3],
            event.get("target") or "", event.get("target_text") or "",
            (event.get("target") or "")[:3], 1, code, code[:3], code[:2],
            location.get("name") or "", location.get("country") or "",
            location.get("lat") or "", location.get("lon") or "", event.get("doc") or "",
        ])
        count += 1
    return count
