"""Mode rules from modes.yaml on hand-made sentences (more examples run in test_dictionary)."""

from __future__ import annotations

import pytest

from chronik.events import load_resources
from chronik.events.examples import blank_pipeline, run_example

RES = load_resources()
NLP = blank_pipeline()


@pytest.mark.parametrize("example", [
    "[Berlin:DEU] kritisiert [Moskau:RUS]. => 111 DEU>RUS asserted",
    "[Berlin:DEU] kritisiert [Moskau:RUS] nicht. => 111 DEU>RUS negated",
    "[Berlin:DEU] kritisiert nicht nur [Moskau:RUS]. => 111 DEU>RUS asserted",
    "[Berlin:DEU] will [Moskau:RUS] kritisieren. => 111 DEU>RUS planned",
    "[Berlin:DEU] wird [Moskau:RUS] kritisieren. => 111 DEU>RUS planned",
    "[Berlin:DEU] würde [Moskau:RUS] kritisieren. => 111 DEU>RUS hypothetical",
    "Falls [Berlin:DEU] [Moskau:RUS] kritisiert, gibt es Streit. => 111 DEU>RUS hypothetical",
    "Sollte [Kim:PRK] nach [Moskau:RUS] kommen, wäre es ein Erfolg. => 042 PRK>RUS hypothetical",
    "[Moskau:RUS] lehnte [den Plan:UKRGOV] ab. => 120 RUS>UKR asserted",
])
def test_mode(example: str) -> None:
    ok, events = run_example(NLP, RES, example)
    assert ok, [(e.code, e.source, e.target, e.mode) for e in events]
