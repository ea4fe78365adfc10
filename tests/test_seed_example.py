"""End to end: the seed-style example article yields its events with dates, modes and evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik import Pipeline, read

SEED = Path(__file__).resolve().parents[1] / "examples" / "2018-06-lawrow-pjoengjang.txt"


@pytest.fixture(scope="module")
def events() -> list[dict]:
    [article] = list(read([str(SEED)]))
    return [e.to_dict() for e in Pipeline.load().events(article)]


def find(events: list[dict], **wanted: str) -> dict:
    for event in events:
        if all(event[key] == value if key != "root" else event["code"][:2] == value
               for key, value in wanted.items()):
            return event
    raise AssertionError(f"no event {wanted} among {[(e['source'], e['code'], e['target']) for e in events]}")


def test_the_visit_on_thursday_is_dated_the_day_before_the_byline(events: list[dict]) -> None:
    visit = find(events, source="RUSGOV", target="PRKGOV", code="042")
    assert (visit["mode"], visit["date"], visit["date_from"]) == ("asserted", "2018-05-31", "text")


def test_the_invitation_to_moscow(events: list[dict]) -> None:
    assert find(events, source="RUSGOV", target="PRKGOV", code="036")["mode"] == "asserted"


def test_the_summit_and_the_letter_are_planned(events: list[dict]) -> None:
    summit = find(events, source="PRKGOV", target="USAGOV", root="04", date="2018-06-12")
    letter = find(events, source="PRKGOV", target="USAGOV", root="04", date="2018-06-01")
    assert summit["mode"] == letter["mode"] == "planned"
    assert "Brief" in letter["sentence"] and "12. Juni" in summit["sentence"]


def test_a_visit_under_a_condition_is_hypothetical(events: list[dict]) -> None:
    visit = find(events, source="PRKGOV", target="RUSGOV", mode="hypothetical")
    assert visit["code"].startswith("04") and visit["sentence"].startswith("Sollte Kim")


def test_evidence_points_into_the_sentence_that_states_the_event(events: list[dict]) -> None:
    text = SEED.read_text(encoding="utf-8")
    for event in events:
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        sentence_start = text.index(event["sentence"])
        assert sentence_start <= start < end <= sentence_start + len(event["sentence"])
        assert event["trigger"].split(" ... ")[0] == text[start:start + len(event["trigger"].split(" ... ")[0])]
