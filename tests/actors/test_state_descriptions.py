"""Descriptions of a state ("das Regime", "die Führung", "der Machthaber", "das Land"), country-
less roles of the state, and victim nouns (sentences written for these tests)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from chronik.actors import code_text
from chronik.actors.coder import code_doc


def _codes(text, actors, date=None):
    return [(span.text, m.code) for span, m in code_text(text, date, actors)]


def _parsed(words, heads, deps, sent_starts):
    """A Doc with a hand-written dependency parse (heads as absolute token indices)."""
    nlp = spacy.blank("de")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, sent_starts=sent_starts)


@pytest.mark.parametrize("text, surface, expected", [
    # the other party of its own clause is never the state described
    ("Nordkorea feuerte Raketen ab. Japan protestierte. Der Machthaber drohte Japan.",
     "Der Machthaber", "PRKGOV"),
    ("China übte vor Taiwan. Die USA kritisierten das. Die Führung warnte die USA.",
     "Die Führung", "CHNGOV"),
    ("Israel griff Syrien an. Die Regierung in Damaskus protestierte. Das Regime drohte Israel.",
     "Das Regime", "SYRGOV"),
    # an earlier clause of the same sentence is an antecedent
    ("Nordkorea testete eine Rakete, das kommunistische Regime drohte Südkorea.",
     "das kommunistische Regime", "PRKGOV"),
    # "das Nachbarland" is the country just named, "ins Nachbarland" too
    ("Venezuela wies den Botschafter Kolumbiens aus. Das Nachbarland protestierte.",
     "Das Nachbarland", "COLGOV"),
    ("Russland sprach mit Belarus. Danach reiste Lawrow ins Nachbarland.", "Nachbarland",
     "BLRGOV"),
])
def test_state_description_refers_to_an_earlier_state(actors, text, surface, expected):
    assert dict(_codes(text, actors, "2023-05-01"))[surface] == expected


def test_state_description_with_an_apposed_country(actors):
    assert _codes("Frankreich half dem Inselstaat Haiti.", actors)[1] == ("dem Inselstaat",
                                                                           "HTIGOV")


@pytest.mark.parametrize("text", [
    "Deutschland ging in der zehnten Minute in Führung.",
    "Die Menschen leben auf dem Land.",
])
def test_idioms_are_no_state(actors, text):
    assert all(code != "DEUGOV" or surface == "Deutschland"
               for surface, code in _codes(text, actors))
    assert not any(surface in ("Führung", "dem Land") for surface, _c in _codes(text, actors))


def test_the_subject_of_the_sentence_before_is_preferred(actors):
    # "Als Reaktion auf Manöver der USA verschärft Nordkorea seine Drohungen. Das Regime ..."
    words = ["Wegen", "der", "USA", "drohte", "Nordkorea", ".", "Das", "Regime", "schwieg", "."]
    heads = [2, 2, 3, 3, 3, 3, 7, 8, 8, 8]
    deps = ["case", "det", "obl", "ROOT", "nsubj", "punct", "det", "nsubj", "ROOT", "punct"]
    doc = _parsed(words, heads, deps, [1, 0, 0, 0, 0, 0, 1, 0, 0, 0])
    coded = {span.text: m.code for span, m in code_doc(doc, actors)}
    assert coded["Das Regime"] == "PRKGOV"


def test_only_the_other_side_of_the_verb_is_a_rival(actors):
    # "Dacic sagte, der Vorgänger habe die Unterstützung der Regierung": the government is the
    # genitive of the object, no other party of the subject, so Serbia stays its antecedent
    words = ["Serbien", "klagte", ".", "Dacic", "sagte", ",", "der", "Präsident", "verlor",
             "die", "Hilfe", "der", "Regierung", "."]
    heads = [1, 1, 1, 4, 4, 8, 7, 8, 4, 10, 8, 12, 10, 4]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "det", "nsubj", "ccomp", "det",
            "obj", "det", "nmod", "punct"]
    doc = _parsed(words, heads, deps, [1, 0, 0, 1] + [0] * 10)
    coded = {span.text: m.code for span, m in code_doc(doc, actors, "2016-01-01")}
    assert coded["der Regierung"] == "SRBGOV"


@pytest.mark.parametrize("text, expected", [
    # a country-less role of the state does not take the country of its co-argument
    ("Der Außenminister empfing den französischen Präsidenten.", ["---GOV", "FRAGOV"]),
    # ... but the article's country, counted without its own sentence
    ("Italien wählt. Der Präsident traf den spanischen Premier.", ["ITAGOV", "ITAGOV", "ESPGOV"]),
    # "der Kanzler" in German-language news
    ("Der Kanzler empfing den französischen Präsidenten.", ["DEUGOV", "FRAGOV"]),
])
def test_country_less_roles_of_the_state(actors, text, expected):
    assert [c for _t, c in _codes(text, actors)] == expected


def test_a_role_predicated_of_a_person_is_his(actors):
    assert _codes("Steinmeier reiste als Außenminister nach Kiew.", actors, "2015-02-05")[1] == (
        "Außenminister", "DEUGOV")


def test_a_definite_national_role_refers_to_its_named_holder(actors):
    text = "Scholz telefonierte mit Selenskyj. Der Kanzler sicherte ihm Hilfe zu."
    coded = code_text(text, "2024-05-01", actors)
    kanzler = next(m for span, m in coded if span.text == "Der Kanzler")
    assert text[kanzler.antecedent[0]:kanzler.antecedent[1]] == "Scholz"
    assert [m.code for _s, m in coded][-1] == "UKRGOV"


@pytest.mark.parametrize("text, expected", [
    ("Die Hamas ließ israelische Geiseln frei.", [("Die Hamas", "PSEREB"),
                                                  ("israelische Geiseln", "ISRCVL")]),
    ("Rebellen töteten Menschen in Mali.", [("Rebellen", "MLIREB"), ("Menschen in Mali", "MLICVL")]),
    ("In Mali starben 20 Menschen.", [("Mali", "MLIGOV"), ("Menschen", "MLICVL")]),
    ("Zwei deutsche Touristen wurden entführt.", [("deutsche Touristen", "DEUCVL")]),
    # alone, generic, or as a predicate: no actor
    ("20 Menschen wurden getötet.", []),
    ("In Mali leben die Menschen vom Ackerbau.", [("Mali", "MLIGOV")]),
    ("Das Land sei selbst Opfer, sagte Xi in Peking.", [("Xi", "CHNGOV"), ("Peking", "CHNGOV")]),
])
def test_victim_nouns_need_a_country(actors, text, expected):
    assert _codes(text, actors, "2024-05-01") == expected


def test_a_known_country_is_no_unlisted_name_after_a_role(actors):
    # the tagger may call a genitive country a person; the dictionary knows better
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp("Venezuela wies den Botschafter Kolumbiens aus.")
    doc.ents = [spacy.tokens.Span(doc, 4, 5, label="PER")]
    coded = [(span.text, m.code) for span, m in code_doc(doc, actors)]
    assert ("den Botschafter Kolumbiens", "COLGOV") in coded
