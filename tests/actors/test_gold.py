"""Quality gate on the events gold (skipped where ../shared/data is absent)."""

from __future__ import annotations

import pytest

from chronik.actors.evaluate import evaluate

from .conftest import GOLD

# Floors just under the measured values (see docs/actors.md); raise them as coding improves.
FLOORS = {"full_acc": 0.77, "country_acc": 0.83}


@pytest.mark.skipif(not GOLD.exists(), reason="events gold not available")
def test_actor_codes_on_dev_gold(actors):
    result = evaluate(GOLD, actors).as_dict()
    for key, floor in FLOORS.items():
        assert result[key] >= floor, (key, result[key])
