"""Reading each input format into an Article, with offsets into the text exactly as read."""

from __future__ import annotations

import json
from pathlib import Path

from chronik.model import Article
from chronik.readers import ReadError, read


def only(items: list) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_seed_header_date_refined_to_the_day_by_the_byline(seed_file: Path) -> None:
    article = only(list(read([str(seed_file)])))
    assert article.title == "Minister besucht Nachbarland"
    assert (article.published, article.precision, article.date_origin) == ("2018-06-01", "day", "byline")
    assert article.text == seed_file.read_text(encoding="utf-8")
    assert article.text[article.body_start:].startswith("Pjöngjang –")


def test_seed_with_leading_whitespace_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n  date 2019-03-19 Titel\n\nDie EU verhängte Sanktionen.\n", encoding="utf-8")
    article = only(list(read([str(path)])))
    assert article.published == "2019-03-19" and article.date_origin == "header"
    assert article.text[article.body_start:article.body_start + 6] == "Die EU"


def test_byline_from_another_month_does_not_override_the_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2018-06 Titel\n\nText.\n(Eva Beispiel, 3.7.2018)\n", encoding="utf-8")
    article = only(list(read([str(path)])))
    assert (article.published, article.precision) == ("2018-06", "month")


def test_plain_text_dated_by_the_user_or_left_undated(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Die Polizei nahm drei Männer fest.", encoding="utf-8")
    assert only(list(read([str(path)]))).published is None
    dated = only(list(read([str(path)], date="2020-01-12")))
    assert (dated.published, dated.date_origin) == ("2020-01-12", "user")


def test_jsonl_keeps_unknown_fields_as_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    record = {"id": "x1", "title": "T", "text": "Berlin lobte Paris.", "published": "2021-04-02",
              "url": "https://example.org/a", "source": "Beispielzeitung", "section": "Politik"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    article = only(list(read([str(path)])))
    assert article.metadata == {"section": "Politik", "input_id": "x1"}
    assert (article.source, article.url, article.published) == ("Beispielzeitung", record["url"], "2021-04-02")


def test_html_text_title_and_date_from_the_page(examples_dir: Path) -> None:
    article = only(list(read([str(examples_dir / "gipfel-singapur.html")])))
    assert article.published == "2018-06-12" and article.date_origin == "metadata"
    assert "Singapur" in article.text and "Impressum" not in article.text


def test_same_text_same_source_same_id(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Die EU lobte Kanada.", encoding="utf-8")
    b.write_text("Die EU   lobte Kanada.\n", encoding="utf-8")
    assert only(list(read([str(a)]))).id == only(list(read([str(b)]))).id


def test_folders_and_globs_expand_to_readable_files(examples_dir: Path) -> None:
    items = list(read([str(examples_dir)]))
    assert all(isinstance(i, Article) for i in items)
    assert {Path(i.doc).suffix for i in items} == {".txt", ".jsonl", ".html"}
    assert len(list(read([str(examples_dir / "*.txt")]))) == 3


def test_a_missing_path_is_an_error_not_an_exception() -> None:
    [error] = list(read(["does/not/exist.txt"]))
    assert isinstance(error, ReadError) and "no such file" in error.reason


TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>beispiel</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-15" functionInDocument="CREATION_TIME">15.03.2024</TIMEX3></DCT>
<TEXT>
Berlin – Die Ministerin reist <TIMEX3 tid="t1" type="DATE" value="2024-03-18">am Montag</TIMEX3> nach Paris &amp; Rom.
</TEXT>
</TimeML>
"""


def test_timeml_text_is_the_file_without_tags_dated_by_its_dct(tmp_path: Path) -> None:
    path = tmp_path / "beispiel.tml"
    path.write_text(TIMEML, encoding="utf-8")
    (article,) = list(read([str(path)]))
    assert (article.published, article.precision, article.date_origin) == \
        ("2024-03-15", "day", "metadata")
    assert article.text.startswith("\n\nbeispiel\n15.03.2024\n")  # every tag removed, text kept
    assert article.text[article.body_start:].startswith("Berlin – Die Ministerin reist am Montag")
    assert "Paris & Rom." in article.text
