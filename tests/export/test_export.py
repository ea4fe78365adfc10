"""Export formats follow their ecosystems: CSV with a header, GDELT-style TSV, Parquet."""

from __future__ import annotations

import csv
import io

from chronik.export import write_events

EVENT = {"doc": "a.txt", "article": "abc", "sentence": "Die EU verhängte Sanktionen.",
         "evidence": {"start": 0, "end": 28}, "code": "163", "source": "IGOEU", "target": "RUSGOV",
         "source_text": "Die EU", "target_text": "Russland", "plover": "SANCTION",
         "mode": "asserted", "date": "2019-03-18", "date_text": "am Montag", "date_from": "text",
         "location": {"text": "Brüssel", "name": "Brussels", "country": "BEL", "lat": 50.85,
                      "lon": 4.35}, "confidence": 0.8, "trigger": "verhängte", "pattern": "x"}


def test_csv_flattens_evidence_and_location() -> None:
    out = io.StringIO()
    assert write_events([EVENT], "csv", out) == 1
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["location_name"] == "Brussels" and row["evidence_end"] == "28"


def test_gdelt_style_uses_sqldate_and_root_codes() -> None:
    out = io.StringIO()
    write_events([EVENT, {**EVENT, "date": "2019-03", "location": None}], "gdelt", out)
    header, first, second = (line.split("\t") for line in out.getvalue().splitlines())
    row = dict(zip(header, first, strict=True))
    assert row["SQLDATE"] == "20190318" and row["EventRootCode"] == "16"
    assert row["Actor1CountryCode"] == "IGO" and row["ActionGeo_CountryCode"] == "BEL"
    assert dict(zip(header, second, strict=True))["SQLDATE"] == "20190300"
