"""The tagger's public API on sentences written for chronik."""

from __future__ import annotations

import pytest

from chronik.time.resolve import Reference, easter
from chronik.time.tagger import TemporalTagger


@pytest.fixture(scope="module")
def tagger() -> TemporalTagger:
    return TemporalTagger.load()


def values(tagger: TemporalTagger, text: str, dct: str | None = "2018-06-01",
           doc_type: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tagger.tag(text, dct, doc_type=doc_type)]


def test_seed_article_dates(tagger: TemporalTagger) -> None:
    text = ("Der Minister reiste am Donnerstag nach Pjöngjang. Kim hatte 2015 ein Treffen zum "
            "9. Mai abgesagt. Am 12. Juni soll das Gipfeltreffen stattfinden, nächste Woche "
            "beginnen die Vorbereitungen. Er will noch heuer wiederkommen.")
    found = values(tagger, text)
    assert ("Donnerstag", "DATE", "2018-05-31") in found
    assert ("2015", "DATE", "2015") in found
    assert ("9. Mai", "DATE", "2015-05-09") in found  # the year written in the same sentence
    assert ("12. Juni", "DATE", "2018-06-12") in found
    assert ("nächste Woche", "DATE", "2018-W23") in found
    assert ("heuer", "DATE", "2018") in found


def test_offsets_point_into_the_text(tagger: TemporalTagger) -> None:
    text = "Gestern sprach sie drei Stunden lang, täglich um 20.30 Uhr."
    for t in tagger.tag(text, "2018-06-01"):
        assert text[t.start:t.end] == t.text


def test_weekday_follows_tense(tagger: TemporalTagger) -> None:
    assert values(tagger, "Am Donnerstag war er in Seoul.")[0][2] == "2018-05-31"
    assert values(tagger, "Am Donnerstag wird er in Seoul sein.")[0][2] == "2018-06-07"


def test_durations_and_sets(tagger: TemporalTagger) -> None:
    assert ("drei Jahre lang", "DURATION", "P3Y") in values(tagger, "Er war drei Jahre lang weg.")
    assert ("jeden Freitag", "SET", "XXXX-WXX-5") in values(tagger, "Wir treffen uns jeden Freitag.")
    assert ("wöchentlich", "SET", "P1W") in values(tagger, "Die Zeitung erscheint wöchentlich.")
    assert ("seit 2015", "DATE", "2015") not in values(tagger, "seit 2015")  # "seit" is no part
    assert ("2015", "DATE", "2015") in values(tagger, "Er regiert seit 2015.")


def test_no_reference_date_leaves_the_year_open(tagger: TemporalTagger) -> None:
    assert values(tagger, "Am 12. Juni beginnt das Fest.", dct=None)[0][2] == "XXXX-06-12"
    assert values(tagger, "Gestern begann das Fest.", dct=None)[0][2] == "XXXX-XX-XX"


def test_month_precision_reference_keeps_its_precision(tagger: TemporalTagger) -> None:
    assert values(tagger, "Gestern begann das Fest.", dct="2018-06")[0][2] == "2018-06"


def test_narrative_anchors_on_the_last_mentioned_date(tagger: TemporalTagger) -> None:
    text = "Im September 1939 begann der Krieg. Am 17. September marschierte die Armee ein."
    found = values(tagger, text, dct="2011-02-16", doc_type="narrative")
    assert ("17. September", "DATE", "1939-09-17") in found


def test_unknown_doc_type_is_an_error(tagger: TemporalTagger) -> None:
    with pytest.raises(ValueError, match="doc_type"):
        tagger.tag("heute", "2018-06-01", doc_type="tweet")


def test_reference_parsing() -> None:
    assert Reference.parse("2018-06-01") == Reference(Reference.parse("2018-06-01").date, "day")
    assert Reference.parse("2018-06").precision == "month"
    assert Reference.parse("2018").precision == "year"
    assert Reference.parse("kein Datum") is None


def test_easter() -> None:
    assert easter(2018).isoformat() == "2018-04-01"
    assert easter(2024).isoformat() == "2024-03-31"


def test_a_year_heading_sets_the_year_of_its_section(tagger: TemporalTagger) -> None:
    text = ("Verlauf\n1862\nIm Sommer wurde gekämpft, die Wehrpflicht galt ab dem 15. Juli 1863."
            "\nIm Dezember griff die Armee an.\n1863\nIm März kam der Winter zurück.")
    found = values(tagger, text, dct="2011-02-16", doc_type="narrative")
    assert ("Dezember", "DATE", "1862-12") in found  # the 1863 aside does not move the timeline
    assert ("März", "DATE", "1863-03") in found
