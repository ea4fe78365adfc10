"""The date of an event: the time expression governing its clause, else the article date."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from chronik.events.view import SentenceView

DATED_TYPES = ("DATE", "TIME")


@dataclass(frozen=True)
class EventDate:
    value: str | None
    text: str | None
    origin: str | None  # "text" (also an undated article's first date) or "article"


def _usable(span: Span) -> bool:
    timex = span._.timex
    if timex is None or timex.type not in DATED_TYPES or not timex.value:
        return False
    return timex.value[:4].isdigit() and "X" not in timex.value[:10]


def _value(span: Span) -> str:
    value = span._.timex.value
    return value.split("T", 1)[0]


def article_date(view: SentenceView) -> str | None:
    article = view.doc._.article
    published = getattr(article, "published", None)
    if not published:
        return None
    text = str(published)
    return text.split("T", 1)[0][:10]


def event_date(view: SentenceView, trigger: int, timexes: list[Span]) -> EventDate:
    """Same clause first; else the only time expression of the sentence; else the article's."""
    in_sentence = [s for s in timexes if s.start >= view.sent.start and s.end <= view.sent.end
                   and _usable(s)]
    clause = view.clause_tokens(trigger)
    in_clause = [s for s in in_sentence if s.start in clause]
    chosen = None
    if in_clause:
        chosen = min(in_clause, key=lambda s: abs(s.start - trigger))
    elif len({_value(s) for s in in_sentence}) == 1:
        chosen = in_sentence[0]
    if chosen is not None:
        return EventDate(_value(chosen), chosen.text, "text")
    published = article_date(view)
    if published is None:
        # An undated article's reference time is its first absolute date ("im Jahr 2015"):
        # events it reports without their own time expression are placed there.
        body = view.doc._.body_start or 0
        anchor = next((s for s in timexes if _usable(s) and s.start_char >= body), None)
        if anchor is None:
            return EventDate(None, None, None)
        return EventDate(_value(anchor), anchor.text, "text")
    return EventDate(published, None, "article")
