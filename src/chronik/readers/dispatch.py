"""Which reader reads which input: by file suffix, and by content for ``.txt``."""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from chronik.dates import parse_date
from chronik.model import Article
from chronik.readers.errors import InputRejected, ReadError
from chronik.readers.html import read_html
from chronik.readers.jsonl import read_jsonl_lines
from chronik.readers.plain import read_plain
from chronik.readers.seed import looks_like_seed, read_seed
from chronik.readers.text import MAX_ARTICLE_BYTES, decode
from chronik.readers.timeml import read_timeml_article

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
TIMEML_SUFFIXES = {".tml", ".timeml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
READABLE_SUFFIXES = JSONL_SUFFIXES | HTML_SUFFIXES | TIMEML_SUFFIXES | TEXT_SUFFIXES - {""}
STDIN = "-"


def expand_paths(paths: Iterable[str]) -> Iterator[str | ReadError]:
    """Files as given, folders walked (readable suffixes only, sorted), globs expanded."""
    for given in paths:
        if given == STDIN:
            yield given
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES)
            yield from (str(p) for p in found)
        elif path.exists():
            yield given
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield ReadError(given, "no file matches this pattern")
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield ReadError(given, "no such file or folder")


def read(paths: Iterable[str], date: str | None = None,
         max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | ReadError]:
    """Every article in ``paths``; ``date`` dates the articles that carry no date of their own."""
    default_date = parse_date(date) if date else None
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        elif item == STDIN:
            yield from read_jsonl_lines(iter(sys.stdin.readline, ""), "<stdin>", default_date)
        else:
            yield from read_file(item, default_date, max_bytes)


def read_file(path: str, default_date: tuple[str, str] | None = None,
              max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | ReadError]:
    suffix = Path(path).suffix.lower()
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        yield ReadError(path, f"cannot be read ({err.strerror or err})")
        return
    if suffix in JSONL_SUFFIXES:
        if b"\x00" in data[:8192]:
            yield ReadError(path, "binary content (NUL bytes), not JSON Lines")
            return
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            yield ReadError(path, f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})")
            return
        yield from _limit_each(read_jsonl_lines(iter(text.splitlines()), path, default_date), max_bytes)
        return
    try:
        text = decode(data, max_bytes)
        if suffix in HTML_SUFFIXES:
            yield read_html(text, path, default_date)
        elif suffix in TIMEML_SUFFIXES:
            yield read_timeml_article(text, path, default_date)
        elif looks_like_seed(text):
            yield read_seed(text, path)
        else:
            yield read_plain(text, path, default_date)
    except InputRejected as err:
        yield ReadError(path, str(err))


def _limit_each(items: Iterator[Article | ReadError], max_bytes: int) -> Iterator[Article | ReadError]:
    for item in items:
        if isinstance(item, Article) and len(item.text.encode()) > max_bytes:
            yield ReadError(item.doc, f"article text too large for one article (> {max_bytes / 1e6:.1f} MB)")
        else:
            yield item
