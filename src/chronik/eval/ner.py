"""Named-entity scoring: PER/LOC/ORG span F1 at the outer level, seqeval-style exact matching.

Gold files are read in two formats, detected per line:

* GermEval 2014 TSV — ``#`` comment lines, then ``index<TAB>token<TAB>outer<TAB>inner``; only the
  outer column is scored;
* CoNLL — one token a line, whitespace-separated columns, the token first (or second after a
  numeric index column) and the BIO tag last (CoNLL-2003, WikiANN, MobIE); ``-DOCSTART-`` lines
  are skipped.

Scored types are PER, LOC and ORG. GermEval's OTH and the ``-deriv``/``-part`` subtypes
(``B-LOCderiv``, ``I-ORGpart``) are not scored: they are read as outside. Spans are extracted as
seqeval does in its default mode (an ``I-`` tag that does not continue a span of the same type
starts a new one) and a predicted span counts only when start, end and type all match.

The system sees the gold tokens (a Doc built from the gold words, the language pipeline run on it
without its tokenizer), so spans are compared by token index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

SCORED_TYPES: tuple[str, ...] = ("PER", "LOC", "ORG")
# Label spellings of other schemas that name a scored type.
TYPE_ALIASES: dict[str, str] = {
    "PER": "PER", "PERSON": "PER",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
}
_BIO = re.compile(r"^(?:[BIES]-\S+|O)$")


@dataclass
class NerSentence:
    """One gold sentence: its tokens and one BIO tag per token."""

    words: list[str]
    tags: list[str]


def scored_type(label: str) -> str | None:
    """The scored type a label names (``PER``, ``LOC``, ``ORG``), else None (OTH, deriv, part)."""
    return TYPE_ALIASES.get(label.upper())


@dataclass(frozen=True)
class _Layout:
    """Which columns hold the token and the tag, decided once per file."""

    token: int
    tag: int  # -1: last column

    @classmethod
    def detect(cls, rows: Sequence[Sequence[str]]) -> _Layout:
        sample = [r for r in rows if r and r[0] != "-DOCSTART-"][:50]
        indexed = bool(sample) and all(r[0].isdigit() and len(r) >= 3 for r in sample)
        germeval = indexed and all(len(r) == 4 and _BIO.match(r[2]) and _BIO.match(r[3])
                                   for r in sample)
        return cls(token=1 if indexed else 0, tag=2 if germeval else -1)


def _rows(path: str | Path) -> list[list[str]]:
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("#\t") or line.startswith("# ") or line == "#":
                continue
            rows.append(line.split("\t") if "\t" in line else line.split())
    return rows


def read_ner(path: str | Path) -> list[NerSentence]:
    """Sentences of a GermEval TSV or CoNLL-style NER file."""
    rows = _rows(path)
    layout = _Layout.detect(rows)
    sentences: list[NerSentence] = []
    words: list[str] = []
    tags: list[str] = []
    for cols in [*rows, []]:
        if not cols or cols[0] == "-DOCSTART-":
            if words:
                sentences.append(NerSentence(words, tags))
                words, tags = [], []
            continue
        words.append(cols[layout.token])
        tags.append(cols[layout.tag])
    return sentences


def spans_from_tags(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) token spans of the scored types, seqeval default-mode chunking."""
    spans: set[tuple[int, int, str]] = set()
    start: int | None = None
    current: str | None = None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        kind = scored_type(label) if prefix in ("B", "I", "E", "S") else None
        continues = prefix in ("I", "E") and kind is not None and kind == current
        if current is not None and not continues:
            spans.add((start, i, current))  # type: ignore[arg-type]
            current, start = None, None
        if kind is not None and not continues:
            current, start = kind, i
    return spans


def spans_from_doc(doc: Doc) -> set[tuple[int, int, str]]:
    """(start, end, type) token spans of the scored types among ``doc.ents``."""
    return {(ent.start, ent.end, kind) for ent in doc.ents
            if (kind := scored_type(ent.label_)) is not None}


@dataclass
class NerScore:
    """True positives, system and gold span counts, overall and per type."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED_TYPES, 0))
    pred: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED_TYPES, 0))
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED_TYPES, 0))
    sentences: int = 0

    def add(self, gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]]) -> None:
        self.sentences += 1
        for span in gold:
            self.gold[span[2]] += 1
        for span in pred:
            self.pred[span[2]] += 1
            if span in gold:
                self.tp[span[2]] += 1

    @staticmethod
    def _prf(tp: int, pred: int, gold: int) -> dict[str, float | int]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "support": gold}

    def as_dict(self) -> dict[str, Any]:
        total = self._prf(sum(self.tp.values()), sum(self.pred.values()), sum(self.gold.values()))
        return {**total, "sentences": self.sentences,
                "per_type": {t: self._prf(self.tp[t], self.pred[t], self.gold[t])
                             for t in SCORED_TYPES}}


def gold_docs(nlp: Language, sentences: Iterable[NerSentence]) -> Iterator[Doc]:
    """Docs over the gold words (single space between words), one sentence each."""
    for sent in sentences:
        doc = Doc(nlp.vocab, words=sent.words)
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0
        yield doc


def run_on_docs(nlp: Language, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
    """The pipeline without its tokenizer and its sentence splitter (boundaries are preset)."""
    stream: Iterable[Doc] = docs
    for name, proc in nlp.pipeline:
        if name in ("chronik_sentences", "sentencizer", "senter"):
            continue
        stream = (proc.pipe(stream, batch_size=batch_size) if hasattr(proc, "pipe")
                  else map(proc, stream))
    yield from stream


def score_ner(nlp: Language, gold_path: str | Path, first: int = 1) -> NerScore:
    """Score ``nlp``'s entities against a gold NER file, from its ``first`` sentence (1-based)."""
    sentences = read_ner(gold_path)[max(first, 1) - 1:]
    score = NerScore()
    for sent, doc in zip(sentences, run_on_docs(nlp, gold_docs(nlp, sentences)), strict=True):
        score.add(spans_from_tags(sent.tags), spans_from_doc(doc))
    return score
