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
                                                    "closed_class_lemmas": False},
                     **({"after": after[0]} if after else {}))
    return nlp


def load_language(name: str | None = None) -> Language:
    """The language pipeline: an installed spaCy German model by ``name``, else chronik's own.

    ``name`` is a package name or a path; ``None`` or ``"de_chronik"`` loads the shipped
    pipeline (or, when it is missing, a tokenizer with the rule sentence splitter only).
    """
    if name and name != DEFAULT_MODEL:
        return adapt_external(spacy.load(name))
    path = default_model_path()
    if (path / "config.cfg").exists():
        return spacy.load(path)
    return _fallback()


__all__ = ["DEFAULT_MODEL", "adapt_external", "default_model_path", "load_language"]
