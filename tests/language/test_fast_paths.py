"""The speed paths of the rule components give what the plain per-Token code gives."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from chronik.language.gazetteer import token_texts
from chronik.language.morph_rules import (
    RuleSwitches,
    WordEdits,
    apply_rules,
    known_lemma,
    word_edit,
)
from chronik.language.resources import load_language_resources
from chronik.language.sentences import _Tokens

WORDS = ["Die", "Zeitungen", "meldeten", ",", "die", "Kölner", "Zeitungen", "hätten",
         "aufzuhören", "."]
TAGS = ["ART", "NN", "VVFIN", "$,", "ART", "ADJA", "NN", "VAFIN", "VVIZU", "$."]
LEMMAS = ["Die", "Zeitungen", "Melden", ",", "die", "kölner", "Zeitungen", "haben",
          "aufzuhören", "."]


def _doc(vocab: Vocab) -> Doc:
    return Doc(vocab, words=WORDS, tags=TAGS, lemmas=LEMMAS,
               heads=[1, 2, 2, 2, 6, 6, 7, 2, 7, 2],
               deps=["det", "nsubj", "ROOT", "punct", "det", "amod", "nsubj", "ccomp", "xcomp",
                     "punct"])


def _annotations(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [(t.pos_, t.lemma_, str(t.morph), t.dep_) for t in doc]


def test_remembered_word_edits_equal_fresh_ones() -> None:
    res = load_language_resources()
    edits = WordEdits(res, RuleSwitches())
    fresh = apply_rules(_doc(Vocab()), res)
    first = apply_rules(_doc(Vocab()), res, edits=edits)
    again = apply_rules(_doc(Vocab()), res, edits=edits)  # every word from the memo now
    assert _annotations(first) == _annotations(fresh) == _annotations(again)
    assert fresh[1].lemma_ == fresh[6].lemma_ == "Zeitung"  # the same word twice, one edit
    assert fresh[5].lemma_ == "Kölner"  # place adjective inside the sentence keeps its form


def test_word_edit_agrees_with_the_token_rules() -> None:
    res = load_language_resources()
    doc = _doc(Vocab())
    for token in doc:
        start = token.i == 0 or bool(token.is_sent_start)
        _, lemma, _ = word_edit(token.text, token.tag_, token.lemma_, start, res,
                                RuleSwitches(pos_from_tag=False, closed_class=False, mood=False))
        expected = known_lemma(token, res) or token.lemma_
        if expected[:1].isupper() and res.lower_case_lemma(token.text, token.tag_):
            expected = expected[:1].lower() + expected[1:]
        assert lemma == expected


def test_memo_with_other_switches_is_not_reused() -> None:
    res = load_language_resources()
    edits = WordEdits(res, RuleSwitches(lexicon=False))
    doc = apply_rules(_doc(Vocab()), res, edits=edits)  # lexicon on: the memo is not used
    assert doc[1].lemma_ == "Zeitung" and not edits.memo


def test_word_memo_is_bounded() -> None:
    edits = WordEdits(load_language_resources(), RuleSwitches(), limit=2)
    for word in ("Haus", "Hof", "Garten"):
        edits(word, "NN", word, False)
    assert len(edits.memo) <= 2


def test_texts_from_the_array_equal_token_texts() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Berlin –  Die Stadt\n\nmeldet 2012. Rekorde, z.B. im Süden.")
    assert token_texts(doc) == [t.text for t in doc]
    tok = _Tokens.of(doc)
    assert tok.texts == [t.text for t in doc]
    assert tok.attached == [not t.whitespace_ for t in doc]
    assert tok.space == [t.is_space for t in doc]
