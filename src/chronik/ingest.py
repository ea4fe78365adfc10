"""Batch ingestion: read → skip what is stored → process → store, one transaction a batch.

Idempotent (an article id already in the store is skipped before any processing) and resumable
(a crash loses at most the open batch, which the next run processes again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from spacy.tokens import Doc

from chronik.model import Article
from chronik.pipeline import Pipeline
from chronik.readers import ReadError, read
from chronik.store import Store


@dataclass
class IngestReport:
    read: int = 0
    new: int = 0
    already_stored: int = 0
    failed: list[ReadError] = field(default_factory=list)
    events: int = 0


def batched(items: Iterable[Article | ReadError], size: int) -> Iterator[list[Article | ReadError]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def process_safely(pipeline: Pipeline, articles: list[Article],
                   failed: list[ReadError]) -> list[Doc]:
    """Process a batch; if it raises, process one by one so one bad article fails alone."""
    try:
        return list(pipeline.process(articles))
    except Exception:  # noqa: BLE001 - isolate the failing article, reported below by name
        docs = []
        for article in articles:
            try:
                docs.append(pipeline(article))
            except Exception as err:  # noqa: BLE001
                failed.append(ReadError(article.doc, f"processing failed: {type(err).__name__}: {err}"))
        return docs


def ingest(paths: Iterable[str], store: Store, pipeline: Pipeline, date: str | None = None,
           batch_size: int = 32, on_article: Callable[[str], None] | None = None) -> IngestReport:
    report = IngestReport()
    seen: set[str] = set()
    for batch in batched(read(paths, date=date), batch_size):
        articles = []
        for item in batch:
            if isinstance(item, ReadError):
                report.failed.append(item)
            else:
                report.read += 1
                articles.append(item)
            if on_article:
                on_article(item.doc)
        known = store.known_ids(a.id for a in articles) | seen
        fresh = []
        for article in articles:
            if article.id in known:
                report.already_stored += 1
            else:
                known.add(article.id)
                fresh.append(article)
        seen |= known
        docs = process_safely(pipeline, fresh, report.failed)
        report.new += store.add(docs)
        report.events += sum(len(doc._.events or []) for doc in docs)
    return report
