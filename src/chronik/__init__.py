"""chronik: German news articles to event data — who did what to whom, when and where.

The public API, in the order data flows::

    from chronik import read, Pipeline, Store, extract

    pipeline = Pipeline.load()
    for article in read(["examples/"]):
        for event in pipeline.events(article):
            print(event.to_dict())
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from chronik.model import Article, Event
from chronik.pipeline import Pipeline
from chronik.readers import ReadError, read
from chronik.store import Store

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"


def extract(paths: Iterable[str], date: str | None = None,
            pipeline: Pipeline | None = None) -> Iterator[Event | ReadError]:
    """Events of every article in ``paths``, without a store; read errors are yielded in place."""
    pipeline = pipeline or Pipeline.load()
    for item in read(paths, date=date):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from pipeline.events(item)


__all__ = ["Article", "Event", "Pipeline", "ReadError", "Store", "extract", "read", "__version__"]
