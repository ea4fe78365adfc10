"""The seed format: ``date YYYY-MM[-DD] Title``, a blank line, the body, maybe a dated byline.

A closing byline such as ``(Name, Name, 1.6.2018)`` refines a month-precision header date to the
day, when the two agree on year and month.
"""

from __future__ import annotations

import re

from chronik.dates import parse_date, within
from chronik.model import Article
from chronik.readers.errors import InputRejected

HEADER = re.compile(r"\A(?P<lead>\s*)date[ \t]+(?P<date>\S+)(?:[ \t]+(?P<title>[^\n]*?))?[ \t]*(?:\n|\Z)")
BYLINE = re.compile(r"\((?P<names>[^()\n]*?),?\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*\)\s*\Z")


def looks_like_seed(text: str) -> bool:
    return text.lstrip()[:5] == "date " or text.lstrip()[:5] == "date\t"


def byline_date(text: str) -> tuple[str, int, int] | None:
    """The day-precision date of a closing byline, with its offsets, if the text ends with one."""
    match = BYLINE.search(text)
    if not match:
        return None
    try:
        parsed = parse_date(match.group("date"))
    except ValueError:
        return None
    return (parsed[0], match.start("date"), match.end("date")) if parsed else None


def read_seed(text: str, doc: str, source: str | None = None) -> Article:
    match = HEADER.match(text)
    if not match:
        raise InputRejected("malformed header: expected a first line 'date YYYY-MM[-DD] Title'")
    try:
        parsed = parse_date(match.group("date"))
    except ValueError as err:
        raise InputRejected(f"malformed header date: {err}") from None
    assert parsed is not None
    published, precision = parsed
    origin = "header"
    body_start = match.end()
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    if body_start >= len(text):
        raise InputRejected("header without a body")
    byline = byline_date(text[body_start:])
    if byline and precision != "day" and within(byline[0], published):
        published, precision, origin = byline[0], "day", "byline"
    return Article.create(
        text=text, doc=doc, source=source, title=(match.group("title") or "").strip() or None,
        published=published, precision=precision, date_origin=origin, body_start=body_start,
    )
