"""The name gazetteer (``chronik_gazetteer``): its data file's examples and the merge rules."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from chronik.language import load_language
from chronik.language.gazetteer import (
    MatchOptions,
    add_gazetteer_entities,
    build_lexicon,
    gazetteer_examples,
    load_name_lexicon,
    merge_entities,
    read_gazetteer_data,
)

ALL_RULES = MatchOptions(org_rules=True, first_names=True)


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("de")


@pytest.mark.parametrize(("sentence", "expected"), gazetteer_examples())
def test_examples_of_the_data_file(blank, sentence: str, expected: list[tuple[str, str]]) -> None:
    doc = add_gazetteer_entities(blank(sentence), load_name_lexicon(), ALL_RULES, "relabel")
    assert sorted((e.label_, e.text) for e in doc.ents) == sorted(expected)


def test_data_file_has_examples_and_lists() -> None:
    data = read_gazetteer_data()
    assert len(gazetteer_examples()) >= 5
    for key in ("loc_stop", "per_cues", "organisations", "place_suffixes", "org_suffixes"):
        assert data[key], key


def test_lexicon_knows_places_persons_and_organisations() -> None:
    lex = load_name_lexicon()
    assert lex.names[("frankreich",)] == "LOC"      # German country name
    assert lex.names[("bochum",)] == "LOC"          # city of the geo gazetteer
    assert lex.names[("angela", "merkel")] == "PER"  # actor dictionary, full name
    assert lex.names[("merkel",)] == "PER"          # actor dictionary, surname
    assert lex.names[("nato",)] == "ORG"            # actor dictionary, IGO
    assert lex.names[("siemens",)] == "ORG"         # organisations list of the data file
    assert "essen" in lex.loc_stop


def test_acronyms_match_only_in_capitals(blank) -> None:
    lex = load_name_lexicon()
    doc = add_gazetteer_entities(blank("Die NATO tagt, die SPD auch, nicht aber die spd."), lex,
                                 MatchOptions(), "relabel")
    assert [e.text for e in doc.ents] == ["NATO", "SPD"]


def test_genitive_s_of_a_known_name(blank) -> None:
    doc = add_gazetteer_entities(blank("Frankreichs Präsident reist nach Bochum."),
                                 load_name_lexicon(), MatchOptions(), "relabel")
    assert [(e.text, e.label_) for e in doc.ents] == [("Frankreichs", "LOC"), ("Bochum", "LOC")]


def _doc_with(blank, text: str, ents: list[tuple[int, int, str]]) -> Doc:
    doc = blank(text)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_fill_keeps_the_statistical_entity(blank) -> None:
    doc = _doc_with(blank, "Gestern sprach Frankreich .", [(2, 3, "ORG")])
    ents = merge_entities(doc, [(2, 3, "LOC", True)], mode="fill")
    assert [(e.text, e.label_) for e in ents] == [("Frankreich", "ORG")]


def test_relabel_gives_an_exact_match_the_dictionary_label(blank) -> None:
    doc = _doc_with(blank, "Gestern sprach Frankreich .", [(2, 3, "ORG")])
    ents = merge_entities(doc, [(2, 3, "LOC", True)], mode="relabel")
    assert [(e.text, e.label_) for e in ents] == [("Frankreich", "LOC")]


def test_longer_span_replaces_the_entities_it_contains(blank) -> None:
    doc = _doc_with(blank, "Die Vereinten Nationen tagen .", [(2, 3, "LOC")])
    ents = merge_entities(doc, [(1, 3, "ORG", True)], mode="longer")
    assert [(e.text, e.label_) for e in ents] == [("Vereinten Nationen", "ORG")]


def test_weak_names_only_fill_gaps(blank) -> None:
    doc = _doc_with(blank, "Gestern sprach Kanton .", [(2, 3, "PER")])
    ents = merge_entities(doc, [(2, 3, "LOC", False)], mode="relabel")
    assert [(e.text, e.label_) for e in ents] == [("Kanton", "PER")]


def test_unknown_common_noun_place_is_dropped(blank) -> None:
    lex = load_name_lexicon()
    doc = _doc_with(blank, "Die Effizienz und die Schillerstraße .", [(1, 2, "LOC"), (4, 5, "LOC")])
    for token in doc:
        token.tag_ = "NN" if token.text[0].isupper() else "ART"
    add_gazetteer_entities(doc, lex, MatchOptions(), "relabel")
    assert [e.text for e in doc.ents] == ["Schillerstraße"]


def test_lexicon_from_own_lists_only() -> None:
    lex = build_lexicon({"organisations": ["Beispiel AG", "BSP"], "never_names": ["Mitte"]},
                        [("Musterstadt", True), ("Mitte", True)], [("Erika Muster", "PER", False)])
    assert lex.names[("beispiel", "ag")] == "ORG"
    assert ("bsp",) in lex.caps
    assert lex.names[("musterstadt",)] == "LOC"
    assert ("mitte",) not in lex.names
    assert lex.names[("erika", "muster")] == "PER"


def test_shipped_pipeline_runs_the_gazetteer_after_ner() -> None:
    nlp = load_language()
    if "ner" not in nlp.pipe_names:
        pytest.skip("shipped model missing")
    names = nlp.pipe_names
    assert names.index("chronik_gazetteer") == names.index("ner") + 1
    assert "chronik_gazetteer" not in load_language(gazetteer=False).pipe_names
    doc = nlp("Trainer Jürgen Beispielmann sprach am Montag in Bochum.")
    assert ("Jürgen Beispielmann", "PER") in [(e.text, e.label_) for e in doc.ents]
    assert ("Bochum", "LOC") in [(e.text, e.label_) for e in doc.ents]


def _name_upos_examples() -> list[tuple[str, dict[str, str]]]:
    data = read_gazetteer_data()
    pairs = []
    for line in data["name_upos"]["examples"]:
        tokens, expected = line.split(" => ")
        pairs.append((tokens, dict(item.split("=") for item in expected.split())))
    return pairs


@pytest.mark.parametrize(("tokens", "expected"), _name_upos_examples())
def test_name_upos_examples(blank, tokens: str, expected: dict[str, str]) -> None:
    # tokens "form/STTS"; the tagger's UPOS is the tag's usual one (NN → NOUN, ADJA → ADJ)
    usual = {"NN": "NOUN", "NE": "PROPN", "ADJA": "ADJ"}
    words, tags = zip(*(t.rsplit("/", 1) for t in tokens.split()), strict=True)
    doc = Doc(blank.vocab, words=list(words), tags=list(tags),
              pos=[usual.get(t, "X") for t in tags])
    add_gazetteer_entities(doc, load_name_lexicon(), MatchOptions(), "relabel")
    assert {t.text: t.pos_ for t in doc if t.text in expected} == expected


def test_name_upos_can_be_switched_off(blank) -> None:
    doc = Doc(blank.vocab, words=["Der", "Bundestag", "tagt"], tags=["ART", "NN", "VVFIN"],
              pos=["DET", "NOUN", "VERB"])
    add_gazetteer_entities(doc, load_name_lexicon(), MatchOptions(name_upos=False), "relabel")
    assert doc[1].pos_ == "NOUN"
    add_gazetteer_entities(doc, load_name_lexicon(), MatchOptions(), "relabel")
    assert doc[1].pos_ == "PROPN"


def _doc_with_loc(blank, words: list[str], tags: list[str], deps: list[str], loc: int) -> Doc:
    heads = [i for i in range(len(words))]
    doc = Doc(blank.vocab, words=words, tags=tags, deps=deps, heads=heads)
    doc.ents = [Span(doc, loc, loc + 1, label="LOC")]
    return doc


def test_an_unknown_bare_subject_typed_loc_is_a_person(blank) -> None:
    doc = _doc_with_loc(blank, ["Beispielhuber", "agierte", "vorsichtig", "."],
                        ["NE", "VVFIN", "ADJD", "$."], ["nsubj", "ROOT", "advmod", "punct"], 0)
    add_gazetteer_entities(doc, load_name_lexicon(), MatchOptions(), "relabel")
    assert [(e.text, e.label_) for e in doc.ents] == [("Beispielhuber", "PER")]


def test_a_subject_with_an_article_or_a_place_suffix_stays_a_place(blank) -> None:
    lex = load_name_lexicon()
    doc = _doc_with_loc(blank, ["Das", "Beispielhuber", "wuchs", "."],
                        ["ART", "NE", "VVFIN", "$."], ["det", "nsubj", "ROOT", "punct"], 1)
    add_gazetteer_entities(doc, lex, MatchOptions(), "relabel")
    assert [e.label_ for e in doc.ents] == ["LOC"]
    doc = _doc_with_loc(blank, ["Beispielburg", "wuchs", "."], ["NE", "VVFIN", "$."],
                        ["nsubj", "ROOT", "punct"], 0)
    add_gazetteer_entities(doc, lex, MatchOptions(), "relabel")
    assert [e.label_ for e in doc.ents] == ["LOC"]


def test_speech_cue_needs_a_name_that_ends_the_clause(blank) -> None:
    lex = load_name_lexicon()
    doc = add_gazetteer_entities(blank("Das sei falsch, sagte Beispielmann und ging."), lex,
                                 MatchOptions(), "relabel")
    assert [e.text for e in doc.ents] == []
    doc = add_gazetteer_entities(blank("Das sei falsch, sagte Beispielmann."), lex,
                                 MatchOptions(speech_cues=False), "relabel")
    assert [e.text for e in doc.ents] == []


def test_a_person_ends_before_the_noun_it_possesses(blank) -> None:
    doc = Doc(blank.vocab, words=["bei", "Beispielmanns", "Hochzeitsfeier", "."],
              tags=["APPR", "NE", "NN", "$."])
    doc.ents = [Span(doc, 1, 3, label="PER")]
    add_gazetteer_entities(doc, load_name_lexicon(), MatchOptions(), "relabel")
    assert [(e.text, e.label_) for e in doc.ents] == [("Beispielmanns", "PER")]


def test_a_persons_surname_is_a_person_elsewhere_in_the_document(blank) -> None:
    doc = Doc(blank.vocab, words=["Trainer", "Karl", "Beispielhuber", "kam", ";", "Beispielhubers",
                                  "Team", "und", "Beispielhuber", "siegten", "."],
              tags=["NN", "NE", "NE", "VVFIN", "$.", "NE", "NN", "KON", "NE", "VVFIN", "$."])
    doc.ents = [Span(doc, 1, 3, label="PER")]
    add_gazetteer_entities(doc, load_name_lexicon(), MatchOptions(), "relabel")
    assert [e.text for e in doc.ents] == ["Karl Beispielhuber", "Beispielhubers", "Beispielhuber"]
    doc.ents = [Span(doc, 1, 3, label="PER")]
    add_gazetteer_entities(doc, load_name_lexicon(), MatchOptions(propagate_persons=False),
                           "relabel")
    assert [e.text for e in doc.ents] == ["Karl Beispielhuber"]
