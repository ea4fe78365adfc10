"""Fixtures shared by the geolocation tests."""

from __future__ import annotations

import pytest
import spacy

from chronik.model import register_extensions


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    """A tokenizer and a rule sentencizer: geolocation must work without the trained layer."""
    register_extensions()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp
