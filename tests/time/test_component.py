"""The spaCy component on a Doc built from an article written for chronik."""

from __future__ import annotations

import spacy

import chronik.time.component  # noqa: F401  (registers chronik_timex)
from chronik.model import Article

HEADER = "date 2018-06-01 Minister besucht Pjöngjang\n"
BODY = ("Der Minister reiste am Donnerstag nach Pjöngjang. Am 12. Juni soll das Treffen "
        "stattfinden. Die Delegationen beraten nächste Woche.")


def tagged(text: str, published: str | None, body_start: int):
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_timex")
    article = Article.create(text, doc="seed", published=published, precision="day",
                             body_start=body_start)
    doc = nlp.make_doc(text)
    doc._.article = article
    doc._.body_start = body_start
    return nlp(doc)


def test_component_writes_timex_spans() -> None:
    doc = tagged(HEADER + BODY, "2018-06-01", len(HEADER))
    found = {span.text: span._.timex.value for span in doc.spans["timex"]}
    assert found == {"Donnerstag": "2018-05-31", "12. Juni": "2018-06-12",
                     "nächste Woche": "2018-W23"}
    for span in doc.spans["timex"]:
        assert span._.timex.start == span.start_char and span._.timex.type == "DATE"


def test_header_date_line_is_not_a_timex() -> None:
    doc = tagged(HEADER + BODY, "2018-06-01", len(HEADER))
    assert all(span.start_char >= len(HEADER) for span in doc.spans["timex"])


def test_undated_article_keeps_values_underspecified() -> None:
    doc = tagged("Am 12. Juni soll das Treffen stattfinden.", None, 0)
    assert [s._.timex.value for s in doc.spans["timex"]] == ["XXXX-06-12"]


def test_morphology_past_tense_is_a_cue() -> None:
    nlp = spacy.blank("de")
    component = nlp.add_pipe("chronik_timex")
    doc = nlp.make_doc("Am Donnerstag Treffen in Seoul.")
    doc._.article = Article.create(doc.text, doc="x", published="2018-06-01")
    assert component(doc).spans["timex"][0]._.timex.value == "2018-06-07"
    doc = nlp.make_doc("Am Donnerstag Treffen in Seoul.")
    doc._.article = Article.create(doc.text, doc="x", published="2018-06-01")
    doc[2].pos_ = "VERB"
    doc[2].set_morph("Tense=Past")
    assert component(doc).spans["timex"][0]._.timex.value == "2018-05-31"


def test_the_article_weekday_is_that_day_also_for_planned_events() -> None:
    text = ("Die Gesandten wollen am Freitag einen Brief übergeben. Am kommenden Freitag soll "
            "die Antwort folgen. Am Freitag hatten sie bereits verhandelt.")
    doc = tagged(text, "2018-06-01", 0)  # a Friday
    assert [s._.timex.value for s in doc.spans["timex"]] == ["2018-06-01", "2018-06-08", "2018-06-01"]


def test_a_perfect_with_a_particle_verb_is_past() -> None:
    text = "Die Polizei hat am Montag zwei Männer festgenommen. Berlin hat am Dienstag den Botschafter einbestellt."
    doc = tagged(text, "2020-01-15", 0)  # a Wednesday
    assert [s._.timex.value for s in doc.spans["timex"]] == ["2020-01-13", "2020-01-14"]
