"""Tagging and parsing scores on CoNLL-U gold: UPOS, lemma, UAS, LAS (and XPOS, sentences).

The system is run on the gold tokenization: each gold sentence becomes one Doc built from its
syntactic words (the parts of a multiword token such as ``zum`` = ``zu dem``), with the sentence
boundary preset, so every score is per gold word. Punctuation is counted, as in the CoNLL 2018
shared task. LAS compares the full relation with its subtype (``nsubj:pass``), lower-cased
(spaCy's ``ROOT`` is UD's ``root``).

UD German gives a finite separable verb its bare lemma ("lädt … ein" → *laden*) while chronik
joins the particle (*einladen*). ``lemma`` is the strict score; ``lemma_particles_joined`` also
counts a lemma as right when it is a particle child's text + the gold lemma.

:func:`score_tokenization` scores a tokenizer and sentence splitter on the raw sentence text
(``# text``) instead: token F1 over character spans of the surface tokens, and sentence-boundary
F1 over sentence end offsets in the text of each document (``# newdoc``) or the whole file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from chronik.eval.ner import run_on_docs


@dataclass
class ConlluWord:
    """One syntactic word of a CoNLL-U sentence."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 0 = root, else 1-based index of the head word
    deprel: str
    space_after: bool


@dataclass
class ConlluSentence:
    """A gold sentence: its text, surface tokens (multiword tokens kept whole) and words."""

    text: str
    tokens: list[str] = field(default_factory=list)
    words: list[ConlluWord] = field(default_factory=list)
    newdoc: bool = False


def read_conllu(path: str | Path) -> list[ConlluSentence]:
    """Sentences of a CoNLL-U file."""
    sentences: list[ConlluSentence] = []
    current = ConlluSentence(text="")
    mwt_end = 0
    mwt_space = True
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line:
                if current.words:
                    sentences.append(current)
                current, mwt_end = ConlluSentence(text=""), 0
                continue
            if line.startswith("#"):
                if line.startswith("# text = "):
                    current.text = line[len("# text = "):]
                elif line.startswith("# newdoc"):
                    current.newdoc = True
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            space = "SpaceAfter=No" not in cols[9]
            if "-" in cols[0]:
                mwt_end = int(cols[0].split("-")[1])
                mwt_space = space
                current.tokens.append(cols[1])
                continue
            index = int(cols[0])
            if index > mwt_end:
                current.tokens.append(cols[1])
            elif index < mwt_end:
                space = False
            else:
                space = mwt_space
            current.words.append(ConlluWord(cols[1], cols[2], cols[3], cols[4], cols[5],
                                            int(cols[6]) if cols[6] != "_" else 0, cols[7],
                                            space))
    if current.words:
        sentences.append(current)
    return sentences


def sentence_doc(nlp: Language, sent: ConlluSentence) -> Doc:
    """A Doc over the gold words of one sentence, marked as one sentence."""
    doc = Doc(nlp.vocab, words=[w.form for w in sent.words],
              spaces=[w.space_after for w in sent.words])
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0
    return doc


@dataclass
class ParseScore:
    """Per-word accuracies over a gold file."""

    words: int = 0
    upos: int = 0
    xpos: int = 0
    lemma: int = 0
    lemma_joined: int = 0
    uas: int = 0
    las: int = 0
    sentences: int = 0

    def add(self, sent: ConlluSentence, doc: Doc) -> None:
        self.sentences += 1
        for gold, token in zip(sent.words, doc, strict=True):
            self.words += 1
            self.upos += token.pos_ == gold.upos
            self.xpos += token.tag_ == gold.xpos
            self.lemma += token.lemma_ == gold.lemma
            self.lemma_joined += token.lemma_ == gold.lemma or any(
                token.lemma_ == child.text.lower() + gold.lemma for child in token.children
                if child.dep_ == "compound:prt" or child.tag_ == "PTKVZ")
            head = 0 if token.head.i == token.i else token.head.i + 1
            if head == gold.head:
                self.uas += 1
                self.las += token.dep_.lower() == gold.deprel.lower()

    def as_dict(self) -> dict[str, Any]:
        n = self.words or 1
        return {"upos": round(self.upos / n, 4), "lemma": round(self.lemma / n, 4),
                "lemma_particles_joined": round(self.lemma_joined / n, 4),
                "uas": round(self.uas / n, 4), "las": round(self.las / n, 4),
                "xpos": round(self.xpos / n, 4), "words": self.words,
                "sentences": self.sentences}


def score_parse(nlp: Language, gold_path: str | Path, batch_size: int = 64) -> ParseScore:
    """Score ``nlp`` on the gold words of a CoNLL-U file."""
    sentences = read_conllu(gold_path)
    score = ParseScore()
    docs = run_on_docs(nlp, (sentence_doc(nlp, s) for s in sentences), batch_size=batch_size)
    for sent, doc in zip(sentences, docs, strict=True):
        score.add(sent, doc)
    return score


# --- tokenization and sentence splitting on raw text -------------------------------------------

Segmenter = Callable[[str], list[list[tuple[int, int]]]]
"""A function from text to sentences, each a list of (start, end) character spans of tokens."""


def _documents(sentences: Sequence[ConlluSentence]) -> Iterator[list[ConlluSentence]]:
    doc: list[ConlluSentence] = []
    for sent in sentences:
        if sent.newdoc and doc:
            yield doc
            doc = []
        doc.append(sent)
    if doc:
        yield doc


def _gold_spans(sentences: Iterable[ConlluSentence]) -> tuple[str, set, set]:
    """The text of a document (sentences joined by a space) and its gold token/sentence spans."""
    text = ""
    tokens: set[tuple[int, int]] = set()
    ends: set[int] = set()
    for sent in sentences:
        if text:
            text += " "
        offset = len(text)
        cursor = 0
        for token in sent.tokens:
            start = sent.text.find(token, cursor)
            if start < 0:
                continue
            tokens.add((offset + start, offset + start + len(token)))
            cursor = start + len(token)
        text += sent.text
        ends.add(len(text))
    return text, tokens, ends


def _f1(gold: set, pred: set) -> dict[str, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score_tokenization(segment: Segmenter, gold_path: str | Path) -> dict[str, Any]:
    """Token F1 and sentence-boundary F1 of ``segment`` on the raw texts of a CoNLL-U file."""
    gold_tokens: set[tuple[int, int, int]] = set()
    pred_tokens: set[tuple[int, int, int]] = set()
    gold_ends: set[tuple[int, int]] = set()
    pred_ends: set[tuple[int, int]] = set()
    for n, doc in enumerate(_documents(read_conllu(gold_path))):
        text, tokens, ends = _gold_spans(doc)
        gold_tokens |= {(n, s, e) for s, e in tokens}
        gold_ends |= {(n, e) for e in ends}
        for sent in segment(text):
            pred_tokens |= {(n, s, e) for s, e in sent}
            if sent:
                pred_ends.add((n, sent[-1][1]))
    return {"tokens": _f1(gold_tokens, pred_tokens), "sentences": _f1(gold_ends, pred_ends)}
