"""A UPOS tagger that also learns from silver sentences that carry only STTS tags.

spaCy's morphologizer predicts UPOS and features as one label, so it can only learn from
sentences with gold features (699 GSD sentences here). ``chronik_upos`` is a plain softmax tagger
over the shared tok2vec whose labels are the 17 UPOS tags: a token with a gold UPOS teaches its
UPOS, a token without one (the HanTa silver corpus) teaches the UPOS its STTS tag stands for in
``silver_upos.tsv`` when the tag decides it, and nothing otherwise. At run time it overwrites the
morphologizer's ``token.pos``; the morphologizer's features stay.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

import numpy
from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as UPOS_IDS
from spacy.pipeline.tagger import DEFAULT_TAGGER_MODEL, Tagger
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example, validate_examples
from spacy.util import registry
from thinc.api import Model, SequenceCategoricalCrossentropy

from chronik.language.resources import load_language_resources


def upos_score(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    scores = Scorer.score_token_attr(examples, "pos", **kwargs)
    return {"upos_acc": scores["pos_acc"]}


@registry.scorers("chronik.upos_scorer.v1")
def make_upos_scorer() -> Callable[..., dict[str, Any]]:
    return upos_score


class UposTagger(Tagger):
    """Softmax UPOS tagger; silver tokens are labelled from their STTS tag (see module doc)."""

    def __init__(self, vocab: Any, model: Model, name: str, *, silver_from_tag: bool,
                 label_smoothing: float) -> None:
        super().__init__(vocab, model, name, overwrite=True, scorer=upos_score,
                         label_smoothing=label_smoothing)
        self.silver_from_tag = silver_from_tag

    def gold_labels(self, eg: Example) -> list[str | None]:
        """UPOS per predicted token: gold UPOS, else the STTS tag's UPOS, else missing."""
        silver = load_language_resources().silver_upos if self.silver_from_tag else {}
        pos = eg.get_aligned("POS", as_string=True)
        tags = eg.get_aligned("TAG", as_string=True)
        return [p if p else silver.get(t or "") for p, t in zip(pos, tags, strict=True)]

    def get_loss(self, examples: Iterable[Example], scores: Any) -> tuple[float, Any]:
        validate_examples(examples, "UposTagger.get_loss")
        loss_func = SequenceCategoricalCrossentropy(
            names=self.labels, normalize=False, label_smoothing=self.cfg["label_smoothing"])
        truths = [self.gold_labels(eg) for eg in examples]
        d_scores, loss = loss_func(scores, truths)
        return float(loss), d_scores

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *,
                   nlp: Language | None = None, labels: Iterable[str] | None = None) -> None:
        found = set(labels or [])
        if labels is None:
            for eg in get_examples():
                found.update(label for label in self.gold_labels(eg) if label)
        for label in sorted(found):
            self.add_label(label)
        docs, truths = [], []
        for eg in islice(get_examples(), 10):
            docs.append(eg.x)
            gold = self.gold_labels(eg)
            truths.append(self.model.ops.asarray(
                [[1.0 if label == g else 0.0 for label in self.labels] for g in gold],
                dtype="float32"))
        self.model.initialize(X=docs, Y=truths)

    def set_annotations(self, docs: Iterable[Doc], batch_tag_ids: Any) -> None:
        labels = self.labels
        # UPOS symbol per label: one from_array per Doc instead of a Token object per word
        symbols = numpy.array([UPOS_IDS[label] for label in labels], dtype="uint64")
        for doc, tag_ids in zip(docs, batch_tag_ids, strict=False):
            ids = tag_ids.get() if hasattr(tag_ids, "get") else tag_ids
            if len(ids) == len(doc):
                if len(doc):
                    doc.from_array([POS], symbols[numpy.asarray(ids, dtype="int64")])
                continue
            for token, tag_id in zip(doc, ids, strict=False):
                token.pos_ = labels[int(tag_id)]


@Language.factory(
    "chronik_upos",
    assigns=["token.pos"],
    default_config={"model": DEFAULT_TAGGER_MODEL, "silver_from_tag": True,
                    "label_smoothing": 0.0},
    default_score_weights={"upos_acc": 1.0},
)
def make_upos_tagger(nlp: Language, name: str, model: Model, silver_from_tag: bool,
                     label_smoothing: float) -> UposTagger:
    return UposTagger(nlp.vocab, model, name, silver_from_tag=silver_from_tag,
                      label_smoothing=label_smoothing)
