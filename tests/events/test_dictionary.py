"""The event dictionary as data: size, coverage, valid codes, and every example runs."""

from __future__ import annotations

from collections import Counter

import pytest

from chronik.events import load_resources
from chronik.events.examples import all_examples, blank_pipeline, parse_example, run_example

RESOURCES = load_resources()
NLP = blank_pipeline()
EXAMPLES = all_examples(RESOURCES)


def _patterns_per_root() -> Counter[str]:
    roots: Counter[str] = Counter()
    for entry in RESOURCES.entries():
        roots[entry.code[:2]] += 1
        for frame in entry.frames:
            roots[frame.code[:2]] += 1
    return roots


def test_dictionary_has_six_hundred_patterns_over_all_twenty_roots() -> None:
    roots = _patterns_per_root()
    assert sum(roots.values()) >= 600
    assert sorted(roots) == [f"{n:02d}" for n in range(1, 21)]


def test_every_entry_and_frame_carries_an_example() -> None:
    for entry in RESOURCES.entries():
        assert entry.example or all(f.example for f in entry.frames), entry.id
    assert len(EXAMPLES) >= 600


def test_every_code_is_in_the_cameo_codebook_and_maps_to_plover() -> None:
    for entry in RESOURCES.entries():
        for code in (entry.code, *(f.code for f in entry.frames)):
            assert code in RESOURCES.cameo_names
    assert RESOURCES.plover_of("042") == ("CONSULT", "visit")
    assert RESOURCES.plover_of("1831") == ("ASSAULT", "explosives")
    assert RESOURCES.plover_of("010") == (None, None)


@pytest.mark.parametrize(("pattern", "example"), EXAMPLES, ids=[p for p, _ in EXAMPLES])
def test_dictionary_example(pattern: str, example: str) -> None:
    ok, events = run_example(NLP, RESOURCES, example)
    found = [(e.code, e.source, e.target, e.mode, e.pattern) for e in events]
    assert ok, f"{pattern}: {example} gave {found}"


def test_example_notation() -> None:
    example = parse_example("[Berlin:DEU] kritisiert [Moskau:RUS]. => 111 DEU>RUS negated")
    assert example.text == "Berlin kritisiert Moskau."
    assert example.actors == ((0, 6, "DEU"), (18, 24, "RUS"))
    assert (example.code, example.source, example.target, example.mode) == (
        "111", "DEU", "RUS", "negated")
