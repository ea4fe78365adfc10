"""The spaCy component on a blank German pipeline: spans, article date, body start."""

from __future__ import annotations

import spacy

import chronik.actors  # noqa: F401  (registers chronik_actors)
from chronik.model import Article


def _doc(nlp, text, published=None, body_start=0):
    doc = nlp.make_doc(text)
    doc._.article = Article.create(text, doc="test", published=published, body_start=body_start)
    doc._.body_start = body_start
    return nlp(doc) if False else _run(nlp, doc)


def _run(nlp, doc):
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_component_writes_actor_spans():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("chronik_actors")
    doc = _doc(nlp, "Außenminister Sergej Lawrow reiste nach Pjöngjang.", "2018-06-01")
    spans = doc.spans["actors"]
    assert [(s.text, s._.actor.code) for s in spans] == [
        ("Außenminister Sergej Lawrow", "RUSGOV"), ("Pjöngjang", "PRKGOV")]
    assert spans[0].label_ == "RUSGOV"


def test_no_mentions_before_the_body():
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_actors")
    text = "Moskau meldet sich\n\nDie Regierung in Berlin schwieg."
    doc = _doc(nlp, text, "2020-01-01", body_start=text.index("Die"))
    assert [s._.actor.code for s in doc.spans["actors"]] == ["DEUGOV"]
    assert all(s.start_char >= doc._.body_start for s in doc.spans["actors"])


def test_works_without_article_or_sentences():
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_actors")
    doc = nlp("Die NATO und Russland verhandeln.")
    assert [s._.actor.code for s in doc.spans["actors"]] == ["IGONAT", "RUSGOV"]


def test_unlisted_person_names_from_the_language_layer_are_civilians_of_the_story_country(actors):
    from spacy.tokens import Span

    from chronik.actors.coder import code_doc

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    text = "In Ägypten wurde Karim Beispielmann festgenommen. Beispielmann sagte, er sei unschuldig."
    doc = nlp(text)
    doc.ents = [Span(doc, 3, 5, label="PER"), Span(doc, 7, 8, label="PER")]
    coded = [(span.text, m.code, m.entry) for span, m in code_doc(doc, actors)]
    assert coded == [("Ägypten", "EGYGOV", "country:EGY"),
                     ("Karim Beispielmann", "EGYCVL", "name:unlisted"),
                     ("Beispielmann", "EGYCVL", "name:unlisted"),
                     ("er", "EGYCVL", "name:unlisted")]


def test_a_name_in_apposition_to_a_role_is_that_role(actors):
    from spacy.tokens import Span

    from chronik.actors.coder import code_doc

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp("Die Bürgermeisterin von Cizre, Leyla Beispiel, wurde in der Türkei abgesetzt.")
    doc.ents = [Span(doc, 5, 7, label="PER")]
    coded = [(span.text, m.code) for span, m in code_doc(doc, actors)]
    assert coded == [("Die Bürgermeisterin", "TURGOV"), ("Leyla Beispiel", "TURGOV"),
                     ("der Türkei", "TURGOV")]


def test_an_unlisted_name_tied_to_an_institution_is_its_member(actors):
    from spacy.tokens import Span

    from chronik.actors.coder import code_doc

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp("In den USA wurde Karim E. von der Nationalgarde angeklagt. Auch Jonas E. gestand.")
    doc.ents = [Span(doc, 4, 6, label="PER"), Span(doc, 12, 14, label="PER")]
    coded = [(span.text, m.code) for span, m in code_doc(doc, actors)]
    assert coded == [("den USA", "USAGOV"), ("Karim E.", "USAMIL"), ("der Nationalgarde", "USAMIL"),
                     ("Jonas E.", "USACVL")]
