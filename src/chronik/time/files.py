"""Tag files: TimeML in, TimeML (or JSON Lines) out; other chronik inputs through the readers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from chronik.model import Article, Timex
from chronik.time.tagger import TemporalTagger
from chronik.time.timeml import TimeMLDoc, parse_timeml, write_timeml

FORMATS = ("timeml", "jsonl")


def looks_like_timeml(path: Path) -> bool:
    head = path.read_text(encoding="utf-8", errors="replace")[:4096]
    return "<TEXT>" in head or "<TimeML" in head or "<DCT>" in head


def _doc_type(doc: TimeMLDoc) -> str:
    return "narrative" if "<DOCTYPE" in doc.source else "news"


def tag_timeml(source: str, name: str, tagger: TemporalTagger,
               fmt: str = "timeml") -> str:
    """A TimeML document with TIMEX3 tags added to its TEXT (or its timexes as JSON Lines)."""
    doc = parse_timeml(source, name=name)
    timexes = tagger.tag(doc.text, doc.dct, doc_type=_doc_type(doc))
    if fmt == "jsonl":
        return "".join(_jsonl(name, doc.dct, t) for t in timexes)
    return write_timeml(doc, timexes)


def tag_article(article: Article, tagger: TemporalTagger) -> list[Timex]:
    """The article's timexes, without those before its body (the header's own date line)."""
    timexes = tagger.tag(article.text, article.published)
    return [t for t in timexes if t.start >= article.body_start]


def _jsonl(doc: str, dct: str | None, t: Timex) -> str:
    return json.dumps({"doc": doc, "dct": dct, **asdict(t)}, ensure_ascii=False) + "\n"


def tag_paths(paths: list[str], tagger: TemporalTagger,
              fmt: str = "timeml") -> Iterator[tuple[str, str]]:
    """(output file name, content) for every input; non-TimeML inputs always give JSON Lines."""
    from chronik.readers import ReadError, read

    others: list[str] = []
    for given in paths:
        path = Path(given)
        files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and looks_like_timeml(file):
                out = tag_timeml(file.read_text(encoding="utf-8"), file.name, tagger, fmt)
                yield (file.name if fmt == "timeml" else file.stem + ".jsonl"), out
            else:
                others.append(str(file))
    for item in read(others) if others else ():
        if isinstance(item, ReadError):
            raise ValueError(str(item))
        body = "".join(_jsonl(item.doc, item.published, t) for t in tag_article(item, tagger))
        yield Path(item.doc).stem + ".jsonl", body
