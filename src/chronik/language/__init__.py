"""German language layer: sentences, tokens, tags, lemmas, morphology, dependencies, entities."""

from __future__ import annotations

import spacy
from spacy.language import Language


def load_language(name: str | None = None) -> Language:
    """The language pipeline: an installed spaCy German model by ``name``, else chronik's own.

    Provisional: tokenizer and a rule sentencizer until the trained default pipeline ships.
    """
    if name:
        return spacy.load(name)
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp
