"""TimeML writing: the same text with TIMEX3 tags inside TEXT."""

from __future__ import annotations

from chronik.model import Timex
from chronik.time.timeml import parse_timeml, render_text, write_timeml

RAW = """<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-06-01">1.6.2018</TIMEX3></DCT>
<TEXT>Am Donnerstag reiste er ab &amp; kam nie an.</TEXT>
</TimeML>
"""


def test_round_trip_keeps_the_text() -> None:
    doc = parse_timeml(RAW, "a.tml")
    timex = Timex(start=3, end=13, text="Donnerstag", type="DATE", value="2018-05-31")
    out = write_timeml(doc, [timex])
    again = parse_timeml(out, "a.tml")
    assert again.text == doc.text
    assert [(x.text, x.value) for x in again.timexes] == [("Donnerstag", "2018-05-31")]
    assert again.dct == "2018-06-01"


def test_overlapping_timexes_are_not_nested() -> None:
    a = Timex(start=0, end=5, text="", type="DATE", value="2018")
    b = Timex(start=2, end=8, text="", type="DATE", value="2019")
    assert render_text("0123456789", [a, b]).count("<TIMEX3") == 1


def test_write_without_source_makes_a_minimal_document() -> None:
    doc = parse_timeml("<TEXT>heute</TEXT>")
    out = write_timeml(doc.__class__(name="x", dct="2018-06-01", text="heute"),
                       [Timex(0, 5, "heute", "DATE", "PRESENT_REF")])
    assert '<DCT><TIMEX3 tid="t0" type="DATE" value="2018-06-01"' in out
    assert '<TIMEX3 tid="t1" type="DATE" value="PRESENT_REF">heute</TIMEX3>' in out
