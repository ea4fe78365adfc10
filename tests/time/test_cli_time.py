"""``chronik timex`` and ``chronik eval timex`` on files written for chronik."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from chronik.cli import app

RAW = """<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-06-01">1.6.2018</TIMEX3></DCT>
<TEXT>Der Minister reiste am Donnerstag nach Pjöngjang. Am 12. Juni soll der Gipfel sein.</TEXT>
</TimeML>
"""


def test_timex_writes_timeml_with_the_same_name(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.tml").write_text(RAW, encoding="utf-8")
    result = CliRunner().invoke(app, ["timex", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    out = (tmp_path / "out" / "seed.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="2018-05-31">Donnerstag</TIMEX3>' in out
    assert 'value="2018-06-12">12. Juni</TIMEX3>' in out


def test_timex_jsonl_and_eval_json(tmp_path: Path) -> None:
    (tmp_path / "seed.tml").write_text(RAW, encoding="utf-8")
    result = CliRunner().invoke(app, ["timex", str(tmp_path / "seed.tml"), "--format", "jsonl"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [("Donnerstag", "2018-05-31"),
                                                       ("12. Juni", "2018-06-12")]
    gold = tmp_path / "gold"
    gold.mkdir()
    CliRunner().invoke(app, ["timex", str(tmp_path / "seed.tml"), "--out", str(gold)])
    result = CliRunner().invoke(app, ["eval", "timex", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["strict"]["f1"] == 1.0 and report["value_f1"] == 1.0


def test_eval_timex_missing_gold_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "timex", "--gold", str(tmp_path / "nope")])
    assert result.exit_code == 1


def test_timex_reads_other_chronik_inputs_and_skips_the_header_date(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text("date 2018-06-01 Gipfel\n\nDer Minister reiste am Donnerstag ab.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["timex", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["text"], r["value"], r["dct"]) for r in rows] == [
        ("Donnerstag", "2018-05-31", "2018-06-01")]
