"""Quality gate: scores on the shared gold sets may not fall below the pinned baseline.

Skipped when ../shared/data is absent (CI has it). Floors live in ``baseline.json``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chronik.eval.timex import evaluate
from chronik.time.tagger import TemporalTagger

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))
GOLD_SETS = {
    "KRAUTS_DieZeit": DATA / "krauts" / "KRAUTS" / "KRAUTS_DieZeit",
    "KRAUTS_Dolomiten-100": DATA / "krauts" / "KRAUTS" / "KRAUTS_Dolomiten-100",
    "WikiWarsDE": DATA / "wikiwarsde" / "WikiWarsDE_20110412" / "keyinline",
}


def _gold(name: str) -> Path:
    path = GOLD_SETS[name]
    if not path.is_dir():
        pytest.skip(f"gold set not found at {path}")
    return path


@pytest.mark.parametrize("name", ["KRAUTS_DieZeit", "KRAUTS_Dolomiten-100"])
def test_krauts_scores_stay_above_baseline(name: str) -> None:
    report = evaluate(_gold(name))
    floor = BASELINE[name]
    assert report["strict"]["f1"] >= floor["strict"]
    assert report["relaxed"]["f1"] >= floor["relaxed"]
    assert report["value_f1"] >= floor["value_f1"]


def test_wikiwars_scores_stay_above_baseline() -> None:
    report = evaluate(_gold("WikiWarsDE"))
    floor = BASELINE["WikiWarsDE"]
    assert report["relaxed"]["f1"] >= floor["relaxed"]
    assert report["value_accuracy"] >= floor["value_accuracy"]


def test_heideltime_outputs_score_as_published() -> None:
    gold = _gold("KRAUTS_DieZeit")
    report = evaluate(gold, gold.parent / "KRAUTS_DieZeit_Heideltime")
    assert (report["strict"]["f1"], report["relaxed"]["f1"], report["value_f1"]) == \
        pytest.approx((0.697, 0.793, 0.627), abs=0.001)


def test_ctparse_dates_are_normalized_against_their_reference_time() -> None:
    corpus = DATA / "ctparse_timeparse_corpus" / "timeparse_corpus.json"
    if not corpus.exists():
        pytest.skip(f"ctparse corpus not found at {corpus}")
    tagger = TemporalTagger.load()
    right = total = 0
    for record in json.loads(corpus.read_text(encoding="utf-8")):
        gold = re.match(r"(?:Time|Interval)\[\]\{(\d{4}-\d\d-\d\d)", record["gold_parse"])
        if record["language"] != "de" or not gold:
            continue
        days = [t for t in tagger.tag(record["text"], record["ref_time"][:10])
                if re.match(r"\d{4}-\d\d-\d\d", t.value)]
        if days:
            total += 1
            right += days[0].value[:10] == gold.group(1)
    assert total > 1000
    assert right / total >= BASELINE["ctparse_de_day_accuracy"]
