"""Quality gate: event coding on the external dev gold may not silently drop below its floors.

The floors in ``events_baseline.json`` are measured scores minus a small margin; raise them
when the coder improves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronik.eval.events import load_gold, predict, score
from chronik.pipeline import Pipeline

BASELINE = json.loads((Path(__file__).with_name("events_baseline.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_scores(shared_data: Path) -> dict:
    gold = load_gold(shared_data / "events-gold" / "dev.jsonl")
    return score(gold, predict(gold, Pipeline.load()))


@pytest.mark.parametrize("level", ["dyad+root", "actor+root", "full"])
def test_event_f1_stays_above_its_floor(dev_scores: dict, level: str) -> None:
    assert dev_scores[level]["F1"] >= BASELINE[level]["F1"], dev_scores[level]
    assert dev_scores[level]["P"] >= BASELINE[level]["P"], dev_scores[level]


def test_mode_accuracy_stays_above_its_floor(dev_scores: dict) -> None:
    assert dev_scores["mode_acc"] >= BASELINE["mode_acc"]
