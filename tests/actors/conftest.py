from __future__ import annotations

from pathlib import Path

import pytest

from chronik.actors import ActorDictionary

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "data" / "events-gold" / "dev.jsonl"


@pytest.fixture(scope="session")
def actors() -> ActorDictionary:
    return ActorDictionary.load(use_env=False)
