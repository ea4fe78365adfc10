"""HTML pages: main text, title and date taken out by trafilatura."""

from __future__ import annotations

from chronik.dates import parse_date
from chronik.model import Article
from chronik.readers.errors import InputRejected


def read_html(html: str, doc: str, default_date: tuple[str, str] | None = None) -> Article:
    import trafilatura  # slow to import; only HTML input needs it

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        raise InputRejected("no article text found in the HTML page")
    fields = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = fields.get("text") or ""
    if not text.strip():
        raise InputRejected("no article text found in the HTML page")
    try:
        parsed = parse_date(fields.get("date"))
    except ValueError:
        parsed = None
    origin = "metadata" if parsed else None
    if parsed is None and default_date:
        parsed, origin = default_date, "user"
    return Article.create(
        text=text, doc=doc, source=fields.get("sitename") or fields.get("hostname"),
        title=fields.get("title"), url=fields.get("url"),
        published=parsed[0] if parsed else None, precision=parsed[1] if parsed else None,
        date_origin=origin, metadata={"author": fields.get("author")} if fields.get("author") else {},
    )
