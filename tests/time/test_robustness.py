"""The tagger never fails on odd input, and its offsets always point into the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.time.tagger import TemporalTagger

TAGGER = TemporalTagger.load()
WORDS = ["am", "im", "den", "Juni", "Donnerstag", "12.", "1.6.", "2018", "/", "-", "vor", "drei",
         "Jahren", "nächste", "Woche", "um", "20.30", "Uhr", "heute", "Abend", "seit", "v.", "Chr.",
         "\n", "jeden", "Freitag", "halb", "neun", "99", "31.02.2019", "Tag", "zuvor", "("]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25),
       st.sampled_from([None, "2018-06-01", "2018-06", "2018", "kein Datum"]),
       st.sampled_from(["news", "narrative"]))
def test_tag_is_total_and_offsets_are_valid(words: list[str], dct: str | None, kind: str) -> None:
    text = " ".join(words)
    for t in TAGGER.tag(text, dct, doc_type=kind):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value


def test_impossible_dates_do_not_crash() -> None:
    found = TAGGER.tag("Am 31.02.2019 und am 30. Februar geschah nichts.", "2019-03-01")
    assert all(t.value for t in found)
