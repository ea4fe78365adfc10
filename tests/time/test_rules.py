"""Every example in the time rule file is a test: text, article date, expected value (and span)."""

from __future__ import annotations

import re

import pytest

from chronik.time.resources import Rule, load_resources
from chronik.time.tagger import TemporalTagger

RESOURCES = load_resources("de")
CASES = [(rule, example) for rule in RESOURCES.rules for example in rule.examples]


@pytest.fixture(scope="module")
def tagger() -> TemporalTagger:
    return TemporalTagger(RESOURCES)


@pytest.mark.parametrize(("rule", "example"), CASES,
                         ids=[f"{r.name}:{e.text[:30]}" for r, e in CASES])
def test_rule_example(tagger: TemporalTagger, rule: Rule, example) -> None:
    found = tagger.tag(example.text, example.dct, doc_type=example.doc_type)
    if example.value is None:
        assert found == [], f"{rule.name}: expected no time expression in {example.text!r}"
        return
    values = [(t.text, t.value) for t in found]
    matching = [t for t in found if t.value == example.value]
    assert matching, f"{rule.name}: {example.text!r} @ {example.dct} gave {values}"
    if example.span is not None:
        assert example.span in [t.text for t in matching], f"{rule.name}: spans {values}"


def test_every_rule_has_examples() -> None:
    assert [r.name for r in RESOURCES.rules if not r.examples] == []


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RESOURCES.rules]
    assert len(names) == len(set(names))


def test_vocab_tables_are_lower_case_and_non_empty() -> None:
    for name, table in RESOURCES.tables.items():
        assert table, name
        assert all(key == key.lower() for key in table), name


def test_engine_holds_no_german_word() -> None:
    # The engine's modules may not carry month or weekday names: those belong in the resources.
    from pathlib import Path

    import chronik.time as package

    words = set(RESOURCES.tables["month_full"]) | set(RESOURCES.tables["weekday"])
    for module in Path(package.__file__).parent.glob("*.py"):
        source = module.read_text(encoding="utf-8").lower()
        hits = [w for w in words if re.search(rf"\b{re.escape(w)}\b", source)]
        assert hits == [], f"{module.name} mentions {hits}"
