"""The pre-filter's start prefixes: every rule example must begin where the filter looks."""

from __future__ import annotations

import re

from chronik.time.prefixes import start_prefixes
from chronik.time.resources import initial, load_resources


def test_prefixes_of_simple_patterns() -> None:
    assert start_prefixes(r"(?<!\w)(?:am\s+)?montag") == {"am", "mon"}
    assert start_prefixes(r"jahr(?:es|e)?\s+\d+") == {"jah"}
    assert start_prefixes(r"\d+\.\s*juni") == {"0"}
    assert start_prefixes(r"(?:de[nm]|das)\s+tag") == {"den", "dem", "das"}
    assert start_prefixes(r".*tag") is None  # unbounded: the caller falls back


def test_every_example_match_starts_at_a_trigger() -> None:
    resources = load_resources()
    for rule in resources.rules:
        for example in rule.examples:
            for m in rule.pattern.finditer(example.text):
                assert resources.triggers.match(example.text, m.start()), (rule.name, m.group())
                union, rules = resources.by_initial[initial(example.text[m.start()])]
                assert rule in rules and union.match(example.text, m.start()), rule.name


def test_digits_share_one_key() -> None:
    assert initial("7") == "0" and initial("Ä") == "ä"
    assert re.fullmatch(r"\w", initial("M"))
