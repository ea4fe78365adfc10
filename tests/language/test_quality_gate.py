"""Quality gate: the shipped pipeline on slices of external gold must stay above pinned floors.

Floors sit a few points under the measured full-test numbers in docs/language.md, so a broken
model, converter or rule shows up here; skipped when ../shared/data or the model is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.eval.ner import score_ner
from chronik.eval.parse import score_parse
from chronik.language import default_model_path, load_language

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
GSD_TEST = DATA / "ud_german_gsd" / "de_gsd-ud-test.conllu"
GERMEVAL_TEST = DATA / "germeval2014" / "NER-de-test.tsv"
FLOORS = {"upos": 0.92, "lemma": 0.935, "uas": 0.68, "las": 0.60, "ner_f1": 0.50}

pytestmark = pytest.mark.skipif(
    not (default_model_path() / "config.cfg").exists(), reason="shipped model not built")


def _head(path: Path, out: Path, sentences: int) -> Path:
    blocks = path.read_text(encoding="utf-8").strip("\n").split("\n\n")
    out.write_text("\n\n".join(blocks[:sentences]) + "\n", encoding="utf-8")
    return out


def test_tagging_and_parsing_floors_on_gsd_test(tmp_path: Path) -> None:
    if not GSD_TEST.exists():
        pytest.skip(f"{GSD_TEST} not found")
    scores = score_parse(load_language(), _head(GSD_TEST, tmp_path / "g.conllu", 200)).as_dict()
    assert {k: scores[k] >= FLOORS[k] for k in ("upos", "lemma", "uas", "las")} == {
        "upos": True, "lemma": True, "uas": True, "las": True}, scores


def test_entity_floor_on_germeval_test(tmp_path: Path) -> None:
    if not GERMEVAL_TEST.exists():
        pytest.skip(f"{GERMEVAL_TEST} not found")
    scores = score_ner(load_language(), _head(GERMEVAL_TEST, tmp_path / "g.tsv", 500)).as_dict()
    assert scores["f1"] >= FLOORS["ner_f1"], scores
