"""Sentence boundaries: every example in resources/de/language/sentences.yaml, and the contract."""

from __future__ import annotations

import pytest
import spacy

from chronik.language import component  # noqa: F401
from chronik.language.resources import read_examples


def _blank_with_sentences() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_sentences")
    return nlp


def _examples() -> list[tuple[str, list[str]]]:
    pairs = []
    for line in read_examples("sentences.yaml"):
        text, expected = line.split(" => ")
        pairs.append((text.replace("\\n", "\n"), expected.split(" || ")))
    return pairs


@pytest.mark.parametrize(("text", "expected"), _examples())
def test_resource_examples(text: str, expected: list[str]) -> None:
    doc = _blank_with_sentences()(text)
    assert [s.text.strip() for s in doc.sents] == expected


def test_header_line_is_its_own_sentence_and_text_is_kept() -> None:
    text = "date 2018-06 Kanzlerin reist nach Paris\n\nBerlin – Die Kanzlerin reist am 3. Mai ab."
    doc = _blank_with_sentences()(text)
    sents = list(doc.sents)
    assert doc.text == text
    assert sents[0].text.strip() == "date 2018-06 Kanzlerin reist nach Paris"
    assert sents[1].text == "Berlin – Die Kanzlerin reist am 3. Mai ab."


def test_sentence_final_year_is_split_from_its_period_keeping_offsets() -> None:
    text = "Der Vertrag galt bis 2019. Dann endete er."
    doc = _blank_with_sentences()(text)
    assert [t.text for t in doc][:6] == ["Der", "Vertrag", "galt", "bis", "2019", "."]
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
    assert len(list(doc.sents)) == 2
