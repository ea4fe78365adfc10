"""Rule sentence splitting for German news over spaCy's German tokens.

The spaCy German tokenizer keeps a period on abbreviations ("z.B.", "Dr.") and on numbers
("12.", "2012."), so a sentence-final year or an unknown abbreviation-like word ("GmbH.") is one
token. :func:`split_sentences` decides the boundaries from :class:`SentenceRules` and splits such a
token into word + period where it ends a sentence (text and offsets are never changed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

from chronik.language.resources import SentenceRules

_NUMBER_PERIOD = re.compile(r"^\d+(?:\.\d+)*\.$")
_INITIAL = re.compile(r"^\w\.$")
_CONTINUING = frozenset({",", ";", ":", ")", "-", "–"})


@dataclass(frozen=True)
class _Tokens:
    """The token facts the rules read, gathered once per Doc."""

    texts: list[str]
    attached: list[bool]  # no whitespace after the token
    space: list[bool]  # whitespace token

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        # from the Doc's array: no Token object per word (spaCy builds one on each access)
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, SPACY, IS_SPACE]).tolist()
        return cls([strings[orth] for orth, _, _ in rows], [not space for _, space, _ in rows],
                   [bool(is_space) for _, _, is_space in rows])


def _after_closers(tok: _Tokens, i: int, rules: SentenceRules) -> int:
    """Index after the closing quotes/brackets attached (no space before) to token ``i``."""
    j = i + 1
    while j < len(tok.texts) and tok.texts[j] in rules.closers and tok.attached[j - 1]:
        j += 1
    return j


def _next_word(tok: _Tokens, i: int, rules: SentenceRules) -> int:
    """Index of the first token after ``i`` and its attached closers that is not whitespace."""
    j = _after_closers(tok, i, rules)
    while j < len(tok.texts) and tok.space[j]:
        j += 1
    return j


def _may_start(text: str) -> bool:
    """A token that can open a sentence: not lower-case, not a continuing punctuation mark."""
    return not text[0].islower() and text not in _CONTINUING


def _period_word_ends(text: str, nxt: str | None, rules: SentenceRules) -> bool:
    """Whether a word-with-period token ("2012.", "GmbH.") ends the sentence."""
    if text.lower() in rules.abbreviations or _INITIAL.match(text):
        return False
    if nxt is None or nxt.isspace():
        return True
    if not _may_start(nxt) or nxt[0].isdigit():
        return False
    if _NUMBER_PERIOD.match(text):
        lower = nxt.lower()
        if lower in rules.months:
            return False
        return lower in rules.openers or len(text.split(".")[-2]) >= 3
    return any(ch.isalpha() for ch in text[:-1]) and "." not in text[:-1]


def sentence_ends(tok: _Tokens, rules: SentenceRules) -> tuple[list[int], list[int]]:
    """Indices of tokens after which a sentence ends, and word+period tokens to split."""
    ends: list[int] = []
    splits: list[int] = []
    texts = tok.texts
    n = len(texts)
    for i, text in enumerate(texts):
        if tok.space[i]:
            if rules.newline_splits and "\n" in text:
                ends.append(i)
            continue
        if text in rules.terminators:
            if i + 1 < n and texts[i + 1] in rules.terminators and tok.attached[i]:
                continue  # "?!!" ends once, after its last mark
            j = _next_word(tok, i, rules)
            if j >= n or _may_start(texts[j]):
                ends.append(_after_closers(tok, i, rules) - 1)
        elif text[-1] == "." and len(text) > 1:
            j = _next_word(tok, i, rules)
            if _period_word_ends(text, texts[j] if j < n else None, rules):
                splits.append(i)
                ends.append(_after_closers(tok, i, rules) - 1)
    return ends, splits


def _split_periods(doc: Doc, indices: list[int]) -> None:
    with doc.retokenize() as retokenizer:
        for i in indices:
            token = doc[i]
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])


def split_sentences(doc: Doc, rules: SentenceRules) -> Doc:
    """Set ``is_sent_start`` on every token of ``doc`` (splitting word+period where needed)."""
    if not len(doc):
        return doc
    tok = _Tokens.of(doc)
    ends, splits = sentence_ends(tok, rules)
    if splits:
        _split_periods(doc, splits)
        tok = _Tokens.of(doc)
        ends, _ = sentence_ends(tok, rules)
    starts = numpy.full((len(doc), 1), -1, dtype="int64")
    starts[0, 0] = 1
    for end in ends:
        k = end + 1
        while k < len(doc) and tok.space[k]:
            k += 1
        if k < len(doc):
            starts[k, 0] = 1
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc
