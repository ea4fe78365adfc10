"""load_language(): the shipped default pipeline, and a foreign spaCy pipeline loaded by path."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from chronik.language import default_model_path, load_language

TRAIN = [
    ("Anna liest ein Buch .", ["NE", "VVFIN", "ART", "NN", "$."], [1, 1, 3, 1, 1],
     ["nsubj", "ROOT", "det", "obj", "punct"]),
    ("Der Minister lädt Gäste ein .", ["ART", "NN", "VVFIN", "NN", "PTKVZ", "$."],
     [1, 2, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "obj", "compound:prt", "punct"]),
    ("Die Polizei sucht den Mann .", ["ART", "NN", "VVFIN", "ART", "NN", "$."],
     [1, 2, 2, 4, 2, 2], ["det", "nsubj", "ROOT", "det", "obj", "punct"]),
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A spaCy German pipeline (tagger + parser) trained here on three sentences."""
    random.seed(0)
    nlp = spacy.blank("de")
    nlp.add_pipe("tagger")
    nlp.add_pipe("parser", config={"min_action_freq": 1})
    examples = []
    for text, tags, heads, deps in TRAIN:
        doc = nlp.make_doc(text)
        examples.append(Example.from_dict(doc, {"tags": tags, "heads": heads, "deps": deps}))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(15):
        nlp.update(examples, sgd=optimizer)
    path = tmp_path_factory.mktemp("tiny") / "de_tiny"
    nlp.to_disk(path)
    return path


def test_a_foreign_pipeline_is_loaded_by_path_and_gets_chronik_rules(tiny_model: Path) -> None:
    nlp = load_language(str(tiny_model))
    assert nlp.pipe_names[0] == "chronik_sentences"
    assert "tagger" in nlp.pipe_names and "chronik_morph_rules" in nlp.pipe_names
    text = "date 2018-06 Ein Titel\n\nDer Minister lädt Gäste ein."
    doc = nlp(text)
    assert doc.text == text
    assert list(doc.sents)[0].text.strip() == "date 2018-06 Ein Titel"
    assert all(t.tag_ for t in doc if not t.is_space)


def test_default_pipeline_keeps_text_and_offsets() -> None:
    nlp = load_language()
    text = "Damaskus – Die Regierung hat am 12. Juni US-Präsident Trump eingeladen.\nEnde."
    doc = nlp(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
    assert "chronik_sentences" in nlp.pipe_names


@pytest.mark.skipif(not (default_model_path() / "config.cfg").exists(),
                    reason="shipped model not built (make models)")
def test_default_pipeline_annotates_clause_roles_and_entities() -> None:
    nlp = load_language()
    doc = nlp("Die Kanzlerin lädt den Präsidenten nach Berlin ein.")
    verb = doc[2]
    assert verb.lemma_ == "einladen"
    assert verb.pos_ == "VERB"
    assert {t.dep_ for t in doc} >= {"nsubj", "ROOT"}
    assert all(ent.label_ in {"PER", "LOC", "ORG", "MISC"} for ent in doc.ents)
    assert "Mood=Sub" in str(nlp("Das wäre ein Fehler.")[1].morph)
