"""The event scorer on a tiny gold file written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronik.eval.events import load_gold, score

TEXT = "Die EU verhängte Sanktionen gegen Russland. Merkel traf Macron in Paris."


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    split = TEXT.index("Merkel")
    lines = [
        {"id": "a/s0", "doc": "docs/a.txt", "dct": "2019-03-19", "start": 0, "end": split - 1,
         "text": TEXT[: split - 1], "events": [
             {"source": "IGOEU", "target": "RUSGOV", "code": "163", "mode": "asserted",
              "date": "2019-03-18"}]},
        {"id": "a/s1", "doc": "docs/a.txt", "dct": "2019-03-19", "start": split, "end": len(TEXT),
         "text": TEXT[split:], "events": [
             {"source": "DEUGOV", "target": "FRAGOV", "code": "040", "mode": "asserted",
              "date": None}]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    return path


def prediction(doc: Path, start: int, **fields: str) -> dict:
    return {"doc": str(doc), "evidence": {"start": start, "end": start + 5}, **fields}


def test_perfect_predictions_score_one(gold: Path) -> None:
    doc = gold.parent / "docs" / "a.txt"
    predictions = [
        prediction(doc, 4, source="IGOEU", target="RUSGOV", code="163", mode="asserted", date="2019-03-18"),
        prediction(doc, TEXT.index("traf"), source="DEUGOV", target="FRAGOV", code="040", mode="asserted"),
    ]
    result = score(load_gold(gold), predictions)
    assert result["full"] == {"P": 1.0, "R": 1.0, "F1": 1.0}
    assert result["date_acc"] == 1.0 and result["mode_acc"] == 1.0


def test_levels_separate_country_sector_and_leaf_code(gold: Path) -> None:
    doc = gold.parent / "docs" / "a.txt"
    predictions = [
        prediction(doc, 4, source="IGOEU", target="RUSMIL", code="160", mode="planned", date="2019-03"),
        prediction(doc, TEXT.index("Paris"), source="DEUGOV", target="FRAGOV", code="042", mode="asserted"),
        prediction(doc, TEXT.index("traf"), source="DEUGOV", target="FRAGOV", code="111", mode="asserted"),
    ]
    result = score(load_gold(gold), predictions)
    assert result["dyad+root"] == {"P": 0.6667, "R": 1.0, "F1": 0.8}
    assert result["actor+root"]["R"] == 0.5 and result["full"]["R"] == 0.0
    assert result["date_acc"] == 0.0 and result["mode_acc"] == 0.5


def test_predictions_outside_gold_sentences_are_not_scored(gold: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    result = score(load_gold(gold), [prediction(other, 0, source="USAGOV", code="010")])
    assert result["counts"]["predicted"] == 0
