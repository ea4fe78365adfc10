"""Shared fixtures: example articles written for chronik, and paths to the external data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED_DATA = REPO.parent / "shared" / "data"

SEED_ARTICLE = """date 2018-06 Minister besucht Nachbarland

Pjöngjang – Der Außenminister ist am Donnerstag zu einem Besuch ins Nachbarland gereist.
Ein Gipfel ist für den 12. Juni geplant.

(Eva Beispiel, Max Muster, 1.6.2018)
"""


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.exists():
        pytest.skip(f"external data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.txt"
    path.write_text(SEED_ARTICLE, encoding="utf-8")
    return path
