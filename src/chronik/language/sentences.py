"""Rule sentence splitting for German news over spaCy's German tokens.

The spaCy German tokenizer keeps a period on abbreviations ("z.B.", "Dr.") and on numbers
("12.", "2012."), so a sentence-final year or an unknown abbreviation-like word ("GmbH.") is one
token. :func:`split_sentences` decides the boundaries from :class:`SentenceRules` and splits such a
token into word + period where it ends a sentence (text and offsets are never changed).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from chronik.language.resources import SentenceRules

_NUMBER_PERIOD = re.compile(r"^\d+(?:\.\d+)*\.$")
_INITIAL = re.compile(r"^\w\.$")


def _after_closers(doc: Doc, i: int, rules: SentenceRules) -> int:
    """Index after the closing quotes/brackets attached (no space before) to token ``i``."""
    j = i + 1
    while j < len(doc) and doc[j].text in rules.closers and not doc[j - 1].whitespace_:
        j += 1
    return j


def _next_word(doc: Doc, i: int, rules: SentenceRules) -> int:
    """Index of the first token after ``i`` and its attached closers that is not whitespace."""
    j = _after_closers(doc, i, rules)
    while j < len(doc) and doc[j].is_space:
        j += 1
    return j


def _may_start(token: Token) -> bool:
    """A token that can open a sentence: not lower-case, not a continuing punctuation mark."""
    first = token.text[0]
    return not first.islower() and token.text not in (",", ";", ":", ")", "-", "–")


def _ends_with_period_token(token: Token, nxt: Token | None, rules: SentenceRules) -> bool:
    """Whether a word-with-period token ("2012.", "GmbH.") ends the sentence."""
    text = token.text
    if text.lower() in rules.abbreviations or _INITIAL.match(text):
        return False
    if nxt is None or nxt.is_space:
        return True
    if not _may_start(nxt) or nxt.text[0].isdigit():
        return False
    if _NUMBER_PERIOD.match(text):
        digits = len(text.split(".")[-2])
        if nxt.text.lower() in rules.months:
            return False
        return nxt.text.lower() in rules.openers or digits >= 3
    return any(ch.isalpha() for ch in text[:-1]) and "." not in text[:-1]


def sentence_ends(doc: Doc, rules: SentenceRules) -> tuple[list[int], list[int]]:
    """Indices of tokens after which a sentence ends, and word+period tokens to split."""
    ends: list[int] = []
    splits: list[int] = []
    n = len(doc)
    for i, token in enumerate(doc):
        if token.is_space:
            if rules.newline_splits and "\n" in token.text:
                ends.append(i)
            continue
        text = token.text
        if text in rules.terminators:
            if i + 1 < n and doc[i + 1].text in rules.terminators and not token.whitespace_:
                continue  # "?!!" ends once, after its last mark
            j = _next_word(doc, i, rules)
            if j >= n or _may_start(doc[j]):
                ends.append(_after_closers(doc, i, rules) - 1)
        elif len(text) > 1 and text.endswith(".") and text not in rules.terminators:
            j = _next_word(doc, i, rules)
            nxt = doc[j] if j < n else None
            if _ends_with_period_token(token, nxt, rules):
                splits.append(i)
                ends.append(_after_closers(doc, i, rules) - 1)
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
    ends, splits = sentence_ends(doc, rules)
    if splits:
        _split_periods(doc, splits)
        ends, _ = sentence_ends(doc, rules)
    starts = [False] * len(doc)
    starts[0] = True
    for end in ends:
        k = end + 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k < len(doc):
            starts[k] = True
    for token, start in zip(doc, starts, strict=True):
        token.is_sent_start = start
    return doc
