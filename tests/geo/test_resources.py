"""The examples written in resources/de/geo/frames.yaml hold: each text yields its places."""

from __future__ import annotations

import pytest
import spacy

from chronik.geo import load_lexicon
from chronik.geo.component import GeoLocator
from chronik.geo.gazetteer import load_gazetteer

EXAMPLES = load_lexicon().examples


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_frames_example(nlp: spacy.language.Language, example: dict) -> None:
    doc = GeoLocator(load_gazetteer(), load_lexicon())(nlp(example["text"]))
    found = {span.text: span._.place.rule for span in doc.spans["places"]}
    assert found == (example["places"] or {})
