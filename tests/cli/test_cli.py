"""The command line as a user runs it: ingest, extract, events, show, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from chronik.cli import app

runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    return result


def test_ingest_reports_counts_and_is_idempotent(tmp_path: Path, examples_dir: Path) -> None:
    db = str(tmp_path / "c.duckdb")
    first = invoke("ingest", str(examples_dir), "--db", db)
    assert first.exit_code == 0, first.output
    assert "articles read: 6, new: 6, already stored: 0, failed: 0" in first.output
    second = invoke("ingest", str(examples_dir), "--db", db)
    assert "new: 0, already stored: 6" in second.output


def test_ingest_names_the_bad_file_and_keeps_the_rest(tmp_path: Path, examples_dir: Path) -> None:
    bad = tmp_path / "kaputt.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00")
    db = str(tmp_path / "c.duckdb")
    result = invoke("ingest", str(examples_dir / "2019-03-sanktionen.txt"), str(bad), "--db", db)
    assert result.exit_code == 0
    assert "kaputt.txt" in result.output and "binary" in result.output
    assert "new: 1" in result.output and "failed: 1" in result.output


def test_extract_jsonl_prints_event_records(examples_dir: Path) -> None:
    result = invoke("extract", str(examples_dir / "2018-06-lawrow-pjoengjang.txt"), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    text = (examples_dir / "2018-06-lawrow-pjoengjang.txt").read_text(encoding="utf-8")
    for record in records:
        start, end = record["evidence"]["start"], record["evidence"]["end"]
        assert record["sentence"] in text
        sentence_start = text.index(record["sentence"])
        assert sentence_start <= start < end <= sentence_start + len(record["sentence"])


def test_extract_rejects_a_bad_date_option(examples_dir: Path) -> None:
    result = invoke("extract", str(examples_dir), "--date", "gestern")
    assert result.exit_code != 0 and "not a date" in result.output


def test_events_and_export_read_the_store(tmp_path: Path, examples_dir: Path) -> None:
    db = str(tmp_path / "c.duckdb")
    invoke("ingest", str(examples_dir), "--db", db)
    listed = invoke("events", "--db", db, "--format", "csv")
    assert listed.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    exported = invoke("export", "--db", db, "--format", "jsonl")
    assert exported.exit_code == 0
    assert len([ln for ln in exported.stdout.splitlines() if ln.startswith("{")]) == len(rows)
    out = tmp_path / "events.parquet"
    assert invoke("export", "--db", db, "--format", "parquet", "--out", str(out)).exit_code == 0
    assert pq.read_table(out).num_rows == len(rows)


def test_events_without_a_store_says_what_to_do(tmp_path: Path) -> None:
    result = invoke("events", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1 and "chronik ingest" in result.output


def test_show_prints_a_stored_article(tmp_path: Path, examples_dir: Path) -> None:
    db = str(tmp_path / "c.duckdb")
    path = str(examples_dir / "2019-03-sanktionen.txt")
    invoke("ingest", path, "--db", db)
    result = invoke("show", path, "--db", db)
    assert result.exit_code == 0 and "Sanktionen" in result.output and "2019-03-19" in result.output


def test_ingest_reads_json_lines_from_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "c.duckdb")
    line = json.dumps({"text": "Die Polizei nahm in Wien zwei Männer fest.", "published": "2020-02-03"})
    result = runner.invoke(app, ["ingest", "-", "--db", db], input=line + "\n")
    assert result.exit_code == 0 and "articles read: 1, new: 1" in result.output


def test_extract_dates_plain_text_from_the_option(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Die Polizei hat am Montag in Wien zwei Demonstranten festgenommen.",
                    encoding="utf-8")
    result = invoke("extract", str(path), "--date", "2020-01-15", "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.exit_code == 0 and records
    assert {r["date"] for r in records} == {"2020-01-13"}
