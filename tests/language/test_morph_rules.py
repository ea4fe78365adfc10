"""Rule corrections on hand-made Docs: particles, closed-class lemmas, subjunctive mood."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from chronik.language.morph_rules import apply_rules
from chronik.language.resources import load_language_resources, read_examples


def test_separable_particle_is_joined_to_the_finite_verb_lemma() -> None:
    doc = Doc(Vocab(), words=["Merkel", "lädt", "Macron", "nach", "Berlin", "ein", "."],
              tags=["NE", "VVFIN", "NE", "APPR", "NE", "PTKVZ", "$."],
              pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "ADP", "PUNCT"],
              lemmas=["Merkel", "laden", "Macron", "nach", "Berlin", "ein", "."],
              heads=[1, 1, 1, 4, 1, 1, 1],
              deps=["nsubj", "ROOT", "obj", "case", "obl", "compound:prt", "punct"])
    apply_rules(doc, load_language_resources())
    assert doc[1].lemma_ == "einladen"
    assert doc[5].lemma_ == "ein"


def test_particle_is_not_added_twice() -> None:
    doc = Doc(Vocab(), words=["Er", "lädt", "ein"], tags=["PPER", "VVFIN", "PTKVZ"],
              lemmas=["er", "einladen", "ein"], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "compound:prt"])
    apply_rules(doc, load_language_resources())
    assert doc[1].lemma_ == "einladen"


def _example_pairs(name: str) -> list[tuple[str, dict[str, str]]]:
    pairs = []
    for line in read_examples(name):
        sentence, expected = line.split("\t")
        pairs.append((sentence, dict(item.split("=") for item in expected.split())))
    return pairs


@pytest.mark.parametrize(("sentence", "expected"), _example_pairs("closed_class_lemmas.tsv"))
def test_closed_class_lemma_examples(sentence: str, expected: dict[str, str]) -> None:
    words = sentence.rstrip(".").split() + ["."]
    doc = Doc(Vocab(), words=words, lemmas=words)
    apply_rules(doc, load_language_resources(), particles=False)
    lemmas = {t.text: t.lemma_ for t in doc}
    assert {w: lemmas[w] for w in expected} == expected


@pytest.mark.parametrize(("sentence", "expected"), _example_pairs("verb_mood.tsv"))
def test_subjunctive_examples(sentence: str, expected: dict[str, str]) -> None:
    words = sentence.rstrip(".").replace(",", " ,").split() + ["."]
    doc = Doc(Vocab(), words=words, morphs=["Mood=Ind|Tense=Past"] * len(words))
    apply_rules(doc, load_language_resources(), particles=False)
    moods = {t.text: t.morph.get("Mood") for t in doc}
    assert {w: moods[w][0] for w in expected} == expected


def test_upos_from_unambiguous_stts_tag() -> None:
    doc = Doc(Vocab(), words=["in", "der", "Stadt"], tags=["APPR", "ART", "NN"],
              pos=["ADV", "PRON", "NOUN"])
    apply_rules(doc, load_language_resources())
    assert [t.pos_ for t in doc] == ["ADP", "DET", "NOUN"]


def test_hanta_tags_are_mapped_to_stts() -> None:
    res = load_language_resources()
    for line in read_examples("hanta_tags.tsv"):
        hanta, stts = line.split("\t")
        assert res.hanta_tag(hanta) == stts
    assert res.hanta_tag("VV(FIN)") == "VVFIN"


def test_passive_subject_and_von_agent_are_relabelled() -> None:
    # example of resources/de/language/clause_roles.yaml, parsed by hand as a parser might
    words = ["Der", "Minister", "wurde", "von", "der", "Kanzlerin", "eingeladen", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 6, 6, 5, 5, 6, 6, 6],
              deps=["det", "nsubj", "aux:pass", "case", "det", "obl", "ROOT", "punct"])
    apply_rules(doc, load_language_resources())
    roles = {t.text: t.dep_ for t in doc}
    (example,) = read_examples("clause_roles.yaml")
    expected = dict(item.split("=") for item in example.split(" => ")[1].split())
    assert {w: roles[w] for w in expected} == expected


def test_a_second_subject_in_the_dative_becomes_the_indirect_object() -> None:
    words = ["Russland", "wirft", "der", "Ukraine", "Verrat", "vor", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 1, 1],
              deps=["nsubj", "ROOT", "det", "nsubj", "obj", "compound:prt", "punct"],
              morphs=["Case=Nom", "", "Case=Dat", "Case=Dat", "Case=Acc", "", ""])
    apply_rules(doc, load_language_resources())
    assert [doc[0].dep_, doc[3].dep_] == ["nsubj", "iobj"]


def _tagged_examples(name: str) -> list[tuple[list[str], dict[str, tuple[str, str]]]]:
    """Examples "sentence<TAB>word/TAG=UPOS …": the words and, per word, (tag, expected)."""
    out = []
    for line in read_examples(name):
        sentence, expected_text = line.split("\t")
        expected = {}
        for item in expected_text.split():
            word_tag, upos = item.split("=")
            word, tag = word_tag.split("/")
            expected[word] = (tag, upos)
        out.append((sentence.rstrip(".").split() + ["."], expected))
    return out


@pytest.mark.parametrize(("words", "expected"), _tagged_examples("upos_conventions.tsv"))
def test_upos_convention_examples(words: list[str], expected: dict[str, tuple[str, str]]) -> None:
    # the tagger's guess is a wrong UPOS (X); the convention must replace it
    doc = Doc(Vocab(), words=words, tags=[expected.get(w, ("XY", ""))[0] for w in words],
              pos=["X"] * len(words))
    apply_rules(doc, load_language_resources())
    assert {t.text: t.pos_ for t in doc if t.text in expected} == {
        w: upos for w, (_tag, upos) in expected.items()}


def test_upos_convention_needs_one_of_its_tags() -> None:
    doc = Doc(Vocab(), words=["August", "rund"], tags=["ADV", "ADJA"], pos=["ADV", "ADJ"])
    apply_rules(doc, load_language_resources())
    assert [t.pos_ for t in doc] == ["ADV", "ADJ"]


def _parsed(tokens: str) -> Doc:
    """A Doc from "form/STTS/UPOS/relation/head" tokens (head 1-based, 0 = root)."""
    fields = [token.split("/") for token in tokens.split()]
    heads = [int(f[4]) - 1 if int(f[4]) else i for i, f in enumerate(fields)]
    return Doc(Vocab(), words=[f[0] for f in fields], tags=[f[1] for f in fields],
               pos=[f[2] for f in fields], deps=[f[3] for f in fields], heads=heads)


def _relation_examples() -> list[tuple[str, dict[str, str]]]:
    pairs = []
    for line in read_examples("upos_relations.yaml"):
        tokens, expected = line.split(" => ")
        pairs.append((tokens, dict(item.split("=") for item in expected.split())))
    return pairs


@pytest.mark.parametrize(("tokens", "expected"), _relation_examples())
def test_upos_relation_examples(tokens: str, expected: dict[str, str]) -> None:
    doc = _parsed(tokens)
    apply_rules(doc, load_language_resources())
    assert {t.text: t.pos_ for t in doc if t.text in expected} == expected


def test_upos_relation_rules_need_their_relation() -> None:
    # "wie" attached as an adverb (an interrogative) stays ADV; as `mark` it is SCONJ
    doc = _parsed("Er/PPER/PRON/nsubj/2 fragt/VVFIN/VERB/ROOT/0 ,/$,/PUNCT/punct/6 "
                  "wie/PWAV/ADV/advmod/6 es/PPER/PRON/nsubj/6 kam/VVFIN/VERB/ccomp/2")
    apply_rules(doc, load_language_resources())
    assert doc[3].pos_ == "ADV"


def test_an_auxiliary_heading_its_clause_is_a_main_verb() -> None:
    words = ["Sie", "ist", "in", "Berlin", "und", "wird", "gewählt", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 6, 6, 1, 1],
              deps=["nsubj", "ROOT", "case", "obl", "cc", "aux:pass", "conj", "punct"],
              tags=["PPER", "VAFIN", "APPR", "NE", "KON", "VAFIN", "VVPP", "$."],
              pos=["PRON", "AUX", "ADP", "PROPN", "CCONJ", "AUX", "VERB", "PUNCT"])
    apply_rules(doc, load_language_resources())
    assert [doc[1].pos_, doc[5].pos_] == ["VERB", "AUX"]
