"""German language layer: sentences, tokens, tags, lemmas, morphology, dependencies, entities.

``load_language()`` loads chronik's shipped pipeline (``chronik/models/de_chronik``);
``load_language("de_core_news_lg")`` (a package name or a path) loads an installed spaCy German
pipeline instead and adds chronik's sentence rules and particle/mood rules to it.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from chronik.language import component as _component  # noqa: F401  (registers the factories)

DEFAULT_MODEL = "de_chronik"
GAZETTEER = "chronik_gazetteer"
MODELS_DIR = Path(__file__).resolve().parents[1] / "models"


def default_model_path() -> Path:
    """Folder of the shipped default pipeline."""
    return MODELS_DIR / DEFAULT_MODEL


def _fallback() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_sentences")
    return nlp


def adapt_external(nlp: Language) -> Language:
    """Add chronik's sentence rules and particle/mood rules to a foreign German pipeline."""
    if "chronik_sentences" not in nlp.pipe_names:
        nlp.add_pipe("chronik_sentences", first=True)
    if "chronik_morph_rules" not in nlp.pipe_names:
        after = [n for n in ("parser", "lemmatizer", "trainable_lemmatizer") if n in nlp.pipe_names]
        nlp.add_pipe("chronik_morph_rules", config={"pos_from_tag": False,
                                                    "closed_class_lemmas": False,
                                                    "lexicon": False},
                     **({"after": after[0]} if after else {}))
    return nlp


def add_gazetteer(nlp: Language) -> Language:
    """Add ``chronik_gazetteer`` right after the pipeline's ``ner`` (nothing without one)."""
    if "ner" in nlp.pipe_names and GAZETTEER not in nlp.pipe_names:
        nlp.add_pipe(GAZETTEER, after="ner")
    return nlp


def load_language(name: str | None = None, gazetteer: bool = True) -> Language:
    """The language pipeline: an installed spaCy German model by ``name``, else chronik's own.

    ``name`` is a package name or a path; ``None`` or ``"de_chronik"`` loads the shipped
    pipeline (or, when it is missing, a tokenizer with the rule sentence splitter only).
    ``gazetteer`` adds the name gazetteer after the statistical ``ner``.
    """
    if name and name != DEFAULT_MODEL:
        nlp = adapt_external(spacy.load(name))
    else:
        path = default_model_path()
        nlp = spacy.load(path) if (path / "config.cfg").exists() else _fallback()
    return add_gazetteer(nlp) if gazetteer else nlp


__all__ = ["DEFAULT_MODEL", "add_gazetteer", "adapt_external", "default_model_path", "load_language"]
