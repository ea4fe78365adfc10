"""The TempEval-3-style scorer on tiny TimeML documents written for chronik."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.eval.timex import evaluate, load_gold, match, summarize, timex2_type
from chronik.model import Timex
from chronik.time.timeml import parse_inline, parse_timeml, read_timeml

GOLD = """<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-06-01">1.6.2018</TIMEX3></DCT>
<TEXT>Der Minister reiste am <TIMEX3 tid="t1" type="DATE" value="2018-05-31">Donnerstag</TIMEX3>
ab. Der Gipfel ist am <TIMEX3 tid="t2" type="DATE" value="2018-06-12">12. Juni</TIMEX3>,
<TIMEX3 tid="t3" type="DATE" value="PRESNT_REF">jetzt</TIMEX3> wird geplant.
Seit <TIMEX3 tid="t4" type="DURATION" value="P3Y">drei Jahren</TIMEX3>
<TIMEX3 tid="t5" type="DATE" value="2015"/> wartet man &amp; hofft.</TEXT>
</TimeML>
"""


def t(start: int, end: int, value: str, typ: str = "DATE") -> Timex:
    return Timex(start=start, end=end, text="", type=typ, value=value)


def test_reader_keeps_text_and_offsets() -> None:
    doc = parse_timeml(GOLD, "seed.tml")
    assert doc.dct == "2018-06-01"
    assert "&amp;" not in doc.text and "man & hofft" in doc.text
    spans = [(x.text, x.value) for x in doc.timexes]
    assert ("Donnerstag", "2018-05-31") in spans
    assert ("jetzt", "PRESNT_REF") in spans  # malformed gold values are kept as they are
    empty = [x for x in doc.timexes if x.start == x.end]
    assert [x.value for x in empty] == ["2015"]
    for x in doc.timexes:
        assert doc.text[x.start:x.end] == x.text


def test_strict_relaxed_and_attribute_scores() -> None:
    gold = [t(0, 10, "2018-05-31"), t(20, 28, "2018-06-12"), t(40, 45, "PRESENT_REF")]
    system = [t(0, 10, "2018-05-31"),              # exact, right value
              t(17, 28, "2017-06-12"),             # overlap only, wrong value
              t(60, 65, "P1D", "DURATION")]        # spurious
    report = summarize(match(gold, system))
    assert report["strict"] == {"p": round(1 / 3, 4), "r": round(1 / 3, 4), "f1": round(1 / 3, 4)}
    assert report["relaxed"]["f1"] == round(2 / 3, 4)
    assert report["value_f1"] == round(2 / 3 * 1 / 2, 4)  # relaxed F1 x value accuracy
    assert report["type_f1"] == round(2 / 3, 4)


def test_relaxed_matching_is_one_to_one() -> None:
    gold = [t(0, 20, "2018")]
    system = [t(0, 5, "2018"), t(6, 20, "2018")]
    report = summarize(match(gold, system))
    assert report["relaxed"]["r"] == 1.0 and report["relaxed"]["p"] == 0.5


def test_empty_gold_tags_are_counted_apart_and_malformed_values_do_not_crash() -> None:
    doc = parse_timeml(GOLD)
    report = summarize(match(list(doc.timexes), list(doc.timexes)))
    assert report["empty_gold"] == 1
    assert report["gold"] == 4
    assert report["strict"]["f1"] == 1.0 and report["value_f1"] == 1.0


def test_timex2_mapping() -> None:
    assert timex2_type("1939-09") == "DATE"
    assert timex2_type("P3D") == "DURATION"
    assert timex2_type("1944-06-06TMO") == "TIME"
    assert timex2_type("XXXX-WXX-1", set_attr=True) == "SET"
    text, found = parse_inline('Am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2> begann es.')
    assert text == "Am 1. September 1939 begann es." and found[0].value == "1939-09-01"


def test_evaluate_scores_a_folder_with_chronik_and_with_a_system_folder(tmp_path: Path) -> None:
    gold_dir, system_dir = tmp_path / "gold", tmp_path / "system"
    gold_dir.mkdir()
    system_dir.mkdir()
    (gold_dir / "seed.tml").write_text(GOLD, encoding="utf-8")
    system = GOLD.replace('value="2018-06-12"', 'value="2019-06-12"')
    (system_dir / "seed.tml").write_text(system, encoding="utf-8")
    other = evaluate(gold_dir, system_dir)
    assert other["strict"]["f1"] == 1.0 and other["value_f1"] == 0.75
    ours = evaluate(gold_dir)
    assert ours["relaxed"]["r"] >= 0.75
    assert set(ours) >= {"strict", "relaxed", "value_f1", "type_f1"}


def test_load_gold_reads_wikiwars_style_sgml(tmp_path: Path) -> None:
    path = tmp_path / "01_Test.key.xml"
    path.write_text('<DOC><DOCID>x</DOCID><DATETIME> 2011-02-16 </DATETIME><TEXT>\n'
                    'Im <TIMEX2 val="1940-05">Mai 1940</TIMEX2> und '
                    '<TIMEX2 val="XXXX-WXX-1" set="YES">montags</TIMEX2>.</TEXT></DOC>',
                    encoding="utf-8")
    doc = load_gold(path)
    assert doc.dct == "2011-02-16"
    assert [(x.type, x.value) for x in doc.timexes] == [("DATE", "1940-05"), ("SET", "XXXX-WXX-1")]
    assert read_timeml(path).text.startswith("\nIm Mai 1940")


def test_evaluate_refuses_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        evaluate(tmp_path)
