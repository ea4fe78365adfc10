"""TimeML news files (``.tml``): the text is the file's text content with every tag removed (the
offset convention of the event gold), the date is the document creation time (DCT)."""

from __future__ import annotations

import re

from chronik.dates import parse_date
from chronik.model import Article
from chronik.readers.errors import InputRejected
from chronik.time.timeml import parse_inline, parse_timeml

TEXT_OPENING = "<TEXT>"
# markup that is not text content: XML declarations, processing instructions, comments, doctypes
_NOT_CONTENT = re.compile(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.S)


def looks_like_timeml(text: str) -> bool:
    head = text[:4096]
    return TEXT_OPENING in head or "<TimeML" in head or "<DCT>" in head


def read_timeml_article(source: str, doc: str,
                        default_date: tuple[str, str] | None = None) -> Article:
    if not looks_like_timeml(source):
        raise InputRejected("no TimeML markup (<TimeML>, <DCT> or <TEXT>)")
    source = _NOT_CONTENT.sub("", source)
    text, _timexes = parse_inline(source)
    dct = parse_timeml(source, name=doc).dct
    try:
        published = parse_date(dct) if dct else default_date
    except ValueError:
        published = default_date
    origin = "metadata" if dct and published != default_date else ("user" if published else None)
    # the header (DCT, title tags) is not body: its own date must not become an event date
    opening = source.find(TEXT_OPENING)
    body_start = len(parse_inline(source[:opening])[0]) if opening >= 0 else 0
    body_start += len(text[body_start:]) - len(text[body_start:].lstrip())
    date, precision = published if published else (None, None)
    return Article.create(text=text, doc=doc, published=date, precision=precision,
                          date_origin=origin, body_start=body_start)
