"""The spaCy component and the seed-style example article through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import chronik.events.component  # noqa: F401  (registers chronik_events)
from chronik.model import ActorMention, Article, Event

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "2018-06-lawrow-pjoengjang.txt"


def test_component_writes_events_with_provenance() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    coder = nlp.add_pipe("chronik_events")
    text = "Brüssel verhängte Sanktionen gegen Minsk."
    doc = nlp.make_doc(text)
    doc._.article = Article.create(text=text, doc="a.txt", published="2021-06-24")
    for _name, proc in nlp.pipeline[:-1]:
        doc = proc(doc)
    spans = [doc.char_span(0, 7), doc.char_span(35, 40)]
    for span, code in zip(spans, ("IGOEU", "BLRGOV"), strict=True):
        span._.actor = ActorMention(code=code)
    doc.spans["actors"] = spans
    (event,) = coder(doc)._.events
    assert (event.code, event.source, event.target, event.plover) == (
        "163", "IGOEU", "BLRGOV", "SANCTION")
    assert (event.doc, event.sentence, event.pattern) == ("a.txt", text, "verb:verhängen")
    assert (event.date, event.date_from) == ("2021-06-24", "article")


def test_seed_article_yields_visit_invitation_planned_letter_and_hypothetical_visit() -> None:
    pipeline_module = pytest.importorskip("chronik.pipeline")
    pytest.importorskip("chronik.actors.component")
    pytest.importorskip("chronik.time.component")
    from chronik.readers import read_file

    if not SEED.exists():
        pytest.skip("examples/2018-06-lawrow-pjoengjang.txt is not there")
    pipeline = pipeline_module.Pipeline.load()
    for stage in ("chronik_timex", "chronik_actors", "chronik_events"):
        if stage not in pipeline.nlp.pipe_names:
            pipeline.nlp.add_pipe(stage)
    (article,) = list(read_file(str(SEED)))
    events: dict[tuple[str, str | None, str | None, str], Event] = {}
    for e in pipeline.events(article):  # the first mention of each dyad, code and mode
        events.setdefault((e.code, e.source, e.target, e.mode), e)
    visit = events[("042", "RUSGOV", "PRKGOV", "asserted")]
    assert (visit.date, visit.date_from) == ("2018-05-31", "text")
    assert ("036", "RUSGOV", "PRKGOV", "asserted") in events
    letter = events[("040", "PRKGOV", "USAGOV", "planned")]
    assert letter.date_from == "text" and "Freitag" in letter.date_text  # value: chronik_timex
    assert ("042", "PRKGOV", "RUSGOV", "hypothetical") in events


def test_component_degrades_without_article_actors_or_sentences() -> None:
    nlp = spacy.blank("de")
    coder = nlp.add_pipe("chronik_events")
    doc = nlp("Berlin kritisiert Moskau.")
    assert coder(doc)._.events == []  # no actor spans: nothing to code
    spans = [doc[0:1], doc[2:3]]
    for span, code in zip(spans, ("DEUGOV", "RUSGOV"), strict=True):
        span._.actor = ActorMention(code=code)
    doc.spans["actors"] = spans
    (event,) = coder(doc)._.events  # no sentence boundaries, no article
    assert (event.code, event.source, event.target, event.date) == ("111", "DEUGOV", "RUSGOV", None)
