"""JSON Lines: one article an object with ``id, title, text, published, url, source``.

Fields chronik does not know are kept in ``Article.metadata``; the input's own ``id`` too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from chronik.dates import parse_date
from chronik.model import Article
from chronik.readers.errors import ReadError

KNOWN_FIELDS = ("id", "title", "text", "published", "url", "source")


def read_jsonl_lines(lines: Iterator[str], doc: str,
                     default_date: tuple[str, str] | None = None) -> Iterator[Article | ReadError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{doc}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadError(where, f"malformed JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            yield ReadError(where, "a JSON Lines article must be an object")
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ReadError(where, "missing or empty 'text' field")
            continue
        try:
            yield article_from_record(record, doc, default_date)
        except ValueError as err:
            yield ReadError(where, f"bad 'published' field: {err}")


def article_from_record(record: dict[str, Any], doc: str,
                        default_date: tuple[str, str] | None = None) -> Article:
    parsed = parse_date(record.get("published"))
    origin = "metadata" if parsed else None
    if parsed is None and default_date:
        parsed, origin = default_date, "user"
    metadata = {k: v for k, v in record.items() if k not in KNOWN_FIELDS}
    if record.get("id") is not None:
        metadata["input_id"] = record["id"]
    text = record["text"]
    return Article.create(
        text=text, doc=doc, source=record.get("source"), title=record.get("title"),
        url=record.get("url"), published=parsed[0] if parsed else None,
        precision=parsed[1] if parsed else None, date_origin=origin,
        body_start=len(text) - len(text.lstrip()), metadata=metadata,
    )
