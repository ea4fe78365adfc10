"""The chronik_upos tagger: labels from gold UPOS or from the silver STTS tag."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.training import Example

import chronik.language.component  # noqa: F401  (registers chronik_upos)
from chronik.language.resources import load_language_resources, read_examples


def _pipeline() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_upos")
    return nlp


def _examples(nlp: spacy.language.Language) -> list[Example]:
    gold = Doc(nlp.vocab, words=["Die", "Kanzlerin", "reist", "."],
               tags=["ART", "NN", "VVFIN", "$."], pos=["DET", "NOUN", "VERB", "PUNCT"])
    silver = Doc(nlp.vocab, words=["Er", "kommt", "nach", "Berlin", "."],
                 tags=["PPER", "VVFIN", "APPR", "NE", "$."])
    return [Example(Doc(nlp.vocab, words=[t.text for t in d]), d) for d in (gold, silver)]


def test_silver_tokens_are_labelled_from_their_stts_tag() -> None:
    nlp = _pipeline()
    gold, silver = _examples(nlp)
    upos = nlp.get_pipe("chronik_upos")
    assert upos.gold_labels(gold) == ["DET", "NOUN", "VERB", "PUNCT"]
    assert upos.gold_labels(silver) == ["PRON", "VERB", "ADP", "PROPN", "PUNCT"]


def test_an_undecided_stts_tag_gives_no_label() -> None:
    nlp = _pipeline()
    doc = Doc(nlp.vocab, words=["Man", "kommt", "an"], tags=["PIS", "VVFIN", "PTKVZ"])
    example = Example(Doc(nlp.vocab, words=[t.text for t in doc]), doc)
    assert nlp.get_pipe("chronik_upos").gold_labels(example) == [None, "VERB", None]


def test_silver_upos_examples_are_in_the_table() -> None:
    table = load_language_resources().silver_upos
    for line in read_examples("silver_upos.tsv"):
        tag, upos = line.split("\t")
        assert table[tag] == upos


def test_the_tagger_learns_and_writes_pos() -> None:
    nlp = _pipeline()
    examples = _examples(nlp)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(20):
        nlp.update(examples, sgd=optimizer)
    doc = nlp(Doc(nlp.vocab, words=["Die", "Kanzlerin", "reist", "."]).text)
    assert [t.pos_ for t in doc] == ["DET", "NOUN", "VERB", "PUNCT"]
    assert set(nlp.get_pipe("chronik_upos").labels) <= {
        "DET", "NOUN", "VERB", "PUNCT", "PRON", "ADP", "PROPN"}
