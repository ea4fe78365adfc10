"""Plain text: the whole file is the body; the date comes from the user or a closing byline."""

from __future__ import annotations

from chronik.model import Article
from chronik.readers.seed import byline_date


def read_plain(text: str, doc: str, published: tuple[str, str] | None = None,
               source: str | None = None) -> Article:
    origin = "user" if published else None
    if published is None and (byline := byline_date(text)):
        published, origin = (byline[0], "day"), "byline"
    date, precision = published if published else (None, None)
    body_start = len(text) - len(text.lstrip())
    return Article.create(text=text, doc=doc, source=source, published=date, precision=precision,
                          date_origin=origin, body_start=body_start)
