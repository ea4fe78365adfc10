"""Hand-made Docs for the event coder: words, optional parse, actor and timex spans."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import spacy
from spacy.tokens import Doc, Span

from chronik.model import ActorMention, Article, Timex, register_extensions


def make_doc(words: Sequence[str], actors: Sequence[tuple[int, int, str]] = (),
             timexes: Sequence[tuple[int, int, str]] = (), published: str | None = None,
             heads: Sequence[int] | None = None, deps: Sequence[str] | None = None,
             lemmas: Sequence[str] | None = None, pos: Sequence[str] | None = None,
             body_start: int = 0) -> Doc:
    """A Doc of ``words`` (one sentence per final "."), actors as (start, end, code) token
    ranges, time expressions as (start, end, ISO value)."""
    register_extensions()
    nlp = spacy.blank("de")
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))]
    sent_starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(nlp.vocab, words=list(words), spaces=spaces, sent_starts=sent_starts,
              heads=list(heads) if heads else None, deps=list(deps) if deps else None,
              lemmas=list(lemmas) if lemmas else None, pos=list(pos) if pos else None)
    doc._.article = Article.create(text=doc.text, doc="hand-made", published=published,
                                   body_start=body_start)
    doc._.body_start = body_start
    spans = []
    for start, end, code in actors:
        span = Span(doc, start, end, label=code)
        span._.actor = ActorMention(code=code, country=code[:3])
        spans.append(span)
    doc.spans["actors"] = spans
    tspans = []
    for start, end, value in timexes:
        span = Span(doc, start, end, label="DATE")
        span._.timex = Timex(start=span.start_char, end=span.end_char, text=span.text,
                             type="DATE", value=value)
        tspans.append(span)
    doc.spans["timex"] = tspans
    return doc


@pytest.fixture
def doc_maker():
    return make_doc
