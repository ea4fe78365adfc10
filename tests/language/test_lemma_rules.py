"""Lemmas from the silver lexicon and the abbreviation rule; silver tags of punctuation."""

from __future__ import annotations

import yaml
from spacy.tokens import Doc
from spacy.vocab import Vocab

from chronik.language.morph_rules import apply_rules
from chronik.language.resources import load_language_resources, read_examples, resource_path


def test_abbreviation_examples_keep_their_form() -> None:
    for line in read_examples("lemma_rules.yaml"):
        sentence, expected_text = line.split("\t")
        expected = dict(item.split("=") for item in expected_text.split())
        words = sentence.split()
        tags = ["NE" if w.isupper() else "ART" if w == "Die" or w == "die" else "KON"
                for w in words]
        doc = Doc(Vocab(), words=words, tags=tags, lemmas=[w.capitalize() for w in words])
        apply_rules(doc, load_language_resources(), particles=False)
        assert {t.text: t.lemma_ for t in doc if t.text in expected} == expected


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
