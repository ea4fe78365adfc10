"""Lemma gaps of particle verbs, discourse targets, and target-less events of patient roots."""

from __future__ import annotations

from dataclasses import replace

from chronik.events import code_doc, load_resources
from chronik.events.matcher import particle_verb_lemmas

RES = load_resources()


def test_participles_and_zu_infinitives_of_particle_verbs_give_their_infinitive() -> None:
    assert "einbestellen" in particle_verb_lemmas("einbestellt", RES.grammar)
    assert "einbestellen" in particle_verb_lemmas("einzubestellen", RES.grammar)
    assert "freilassen" in particle_verb_lemmas("freigelassen", RES.grammar)


def test_a_participle_the_lemmatizer_misses_still_triggers(doc_maker) -> None:
    doc = doc_maker("Der Botschafter Russlands wurde von Berlin einbestellt .".split(),
                    actors=[(0, 3, "RUSGOV"), (5, 6, "DEUGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == [
        ("114", "DEUGOV", "RUSGOV")]


def test_an_event_without_target_in_its_clause_takes_the_party_just_discussed(doc_maker) -> None:
    doc = doc_maker(("Die Polizei stürmte die Redaktion der Zeitung Beispielblatt ; "
                     "Oppositionspolitiker kritisierten das scharf .").split(),
                    actors=[(0, 2, "TURCOP"), (6, 8, "TURMED"), (9, 10, "TUROPP")])
    in_sentence = replace(RES, grammar=replace(RES.grammar, context_target_sentences=0))
    events = [(e.code, e.source, e.target) for e in code_doc(doc, in_sentence)]
    assert ("111", "TUROPP", "TURMED") in events


def test_criticism_of_no_one_named_is_no_event(doc_maker) -> None:
    doc = doc_maker("Die Opposition kritisierte das scharf .".split(), actors=[(0, 2, "TUROPP")])
    assert code_doc(doc, RES) == []


def test_umlaut_plurals_and_compounds_find_their_singular_trigger() -> None:
    assert RES.noun("Vorwürfe").lemma == "vorwurf"
    assert RES.noun("Militärschlägen").lemma == "militärschlag"


def test_an_undated_article_places_undated_events_at_its_first_absolute_date(doc_maker) -> None:
    doc = doc_maker(("Im Jahr 2015 stieg die Zahl der Fälle . "
                     "Die Polizei nahm die Verdächtigen fest .").split(),
                    actors=[(9, 11, "DEUCOP"), (12, 14, "DEUCRM")], timexes=[(0, 3, "2015")])
    (event,) = code_doc(doc, RES)
    assert (event.code, event.date, event.date_from) == ("173", "2015", "text")


def test_a_symmetric_noun_with_a_coordinated_subject_pairs_them(doc_maker) -> None:
    doc = doc_maker("Macron und Scholz nutzten ihr Treffen für einen Spaziergang .".split(),
                    actors=[(0, 1, "FRAGOV"), (2, 3, "DEUGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == [
        ("040", "FRAGOV", "DEUGOV")]


def test_an_attitude_is_about_the_other_country_named_in_its_sentence(doc_maker) -> None:
    doc = doc_maker("Washington sieht die Politik Chinas im Meer mit Sorge .".split(),
                    actors=[(0, 1, "USAGOV"), (4, 5, "CHNGOV")])
    assert [(e.code, e.source, e.target) for e in code_doc(doc, RES)] == [
        ("012", "USAGOV", "CHNGOV")]


def test_compound_heads_are_split_on_lemmas_and_not_after_a_verb_particle() -> None:
    from chronik.events import load_resources

    res = load_resources()
    assert res.noun("wirtschaftssanktionen").id == "noun:sanktion"
    assert res.noun("herausforderung") is None  # heraus|fordern, no "Forderung"
    assert res.noun("justizkreisen", compounds=False) is None
