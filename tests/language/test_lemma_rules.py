"""Lemmas from the silver lexicon and the abbreviation rule; silver tags of punctuation."""

from __future__ import annotations

import yaml
from spacy.tokens import Doc
from spacy.vocab import Vocab

from chronik.language.morph_rules import apply_rules
from chronik.language.resources import load_language_resources, read_examples, resource_path


def test_lemma_rule_examples() -> None:
    # examples read "word/TAG=lemma"; the edit-tree guess is the capitalised form (a wrong one)
    for line in read_examples("lemma_rules.yaml"):
        sentence, expected_text = line.split("\t")
        expected: dict[str, tuple[str, str]] = {}
        for item in expected_text.split():
            word_tag, lemma = item.split("=")
            word, tag = word_tag.split("/")
            expected[word] = (tag, lemma)
        words = sentence.rstrip(".").replace(",", " ,").split() + ["."]
        doc = Doc(Vocab(), words=words, tags=[expected.get(w, ("XY", ""))[0] for w in words],
                  lemmas=[w.capitalize() if w in expected else w for w in words])
        apply_rules(doc, load_language_resources(), particles=False)
        assert {t.text: t.lemma_ for t in doc if t.text in expected} == {
            w: lemma for w, (_tag, lemma) in expected.items()}


def test_zu_infinitive_rule_needs_its_tag_and_a_known_particle() -> None:
    res = load_language_resources()
    assert res.zu_infinitive_lemma("aufzuhören", "VVIZU") == "aufhören"
    assert res.zu_infinitive_lemma("aufzuhören", "ADJA") is None
    assert res.zu_infinitive_lemma("hinzukommen", "VVINF") is None
    assert res.zu_infinitive_lemma("zu", "VVIZU") is None


def test_a_long_all_capital_word_is_not_an_abbreviation() -> None:
    res = load_language_resources()
    limit = yaml.safe_load(resource_path("lemma_rules.yaml").read_text())["abbreviations"]
    assert res.is_abbreviation("NATO", "NE")
    assert not res.is_abbreviation("X" * (limit["max_length"] + 1), "NN")
    assert not res.is_abbreviation("UND", "KON")


def test_the_lexicon_lemma_replaces_the_edit_tree_guess() -> None:
    # a truncated guess of the kind the edit-tree lemmatizer makes on plural nouns
    doc = Doc(Vocab(), words=["die", "Häuser", "stehen"], tags=["ART", "NN", "VVFIN"],
              lemmas=["der", "Häus", "stehen"])
    apply_rules(doc, load_language_resources(), particles=False)
    assert doc[1].lemma_ == "Haus"


def test_the_lexicon_is_keyed_by_tag() -> None:
    res = load_language_resources()
    assert res.lexicon_lemma("Häuser", "NN") == "Haus"
    assert res.lexicon_lemma("Häuser", "VVFIN") is None


def test_lexicon_can_be_switched_off() -> None:
    doc = Doc(Vocab(), words=["Häuser"], tags=["NN"], lemmas=["Häus"])
    apply_rules(doc, load_language_resources(), lexicon=False)
    assert doc[0].lemma_ == "Häus"


def test_silver_punctuation_is_tagged_by_form() -> None:
    res = load_language_resources()
    # HanTa tags opening quotes as XY and dashes as FM
    assert res.silver_tag("„", "XY") == "$("
    assert res.silver_tag("–", "FM") == "$("
    assert res.silver_tag(",", "$,") == "$,"
    assert res.silver_tag("?", "$.") == "$."
    assert res.silver_tag("Haus", "NN") == "NN"
    assert res.hanta_tag("$(") == "$("


def test_silver_lemma_of_an_abbreviation_keeps_its_capitals() -> None:
    res = load_language_resources()
    assert res.silver_lemma("SPD", "Spd", "NE") == "SPD"
    assert res.silver_lemma("mir", "mir", "PPER") == "ich"


def test_a_capitalised_adjective_at_the_sentence_start_is_not_a_place_adjective() -> None:
    doc = Doc(Vocab(), words=["Neuer", "Ärger", "."], tags=["ADJA", "NN", "$."],
              lemmas=["neu", "Ärger", "."])
    apply_rules(doc, load_language_resources(), particles=False)
    assert doc[0].lemma_ == "neu"


def test_only_known_particles_join_unless_tagged_ptkvz() -> None:
    words = ["Es", "gibt", "mehr", "und", "setzt", "fest", "und", "lädt", "ein"]
    doc = Doc(Vocab(), words=words,
              tags=["PPER", "VVFIN", "ADV", "KON", "VVFIN", "ADJD", "KON", "VVFIN", "PTKVZ"],
              lemmas=["es", "geben", "mehr", "und", "setzen", "fest", "und", "laden", "ein"],
              heads=[1, 1, 1, 4, 1, 4, 7, 1, 7],
              deps=["nsubj", "ROOT", "compound:prt", "cc", "conj", "compound:prt", "cc",
                    "conj", "advmod"])
    apply_rules(doc, load_language_resources())
    assert [doc[1].lemma_, doc[4].lemma_, doc[7].lemma_] == ["geben", "festsetzen", "einladen"]


def test_plural_of_a_derivational_noun() -> None:
    res = load_language_resources()
    assert res.noun_singular("Zeitungen", "NN") == "Zeitung"
    assert res.noun_singular("Zeitungen", "NE") is None
    assert res.noun_singular("Ungen", "NN") is None
