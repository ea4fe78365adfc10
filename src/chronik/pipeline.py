"""Assemble the chronik pipeline: language layer, then time, actors, events and places."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from chronik.actors import component as _actors  # noqa: F401  (each import registers a factory)
from chronik.events import component as _events  # noqa: F401
from chronik.geo import component as _geo  # noqa: F401
from chronik.language import load_language
from chronik.model import Article, Event, register_extensions
from chronik.time import component as _time  # noqa: F401

# The stages after the language layer, in the order they read each other's output.
CHRONIK_STAGES: tuple[str, ...] = ("chronik_timex", "chronik_actors", "chronik_events", "chronik_geo")


@dataclass
class Pipeline:
    """Turns :class:`Article` objects into annotated Docs and :class:`Event` records."""

    nlp: Language

    @classmethod
    def load(cls, model: str | None = None) -> Pipeline:
        register_extensions()
        nlp = load_language(model)
        for stage in CHRONIK_STAGES:
            if stage not in nlp.pipe_names:
                nlp.add_pipe(stage)
        return cls(nlp)

    def make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.article = article
        doc._.body_start = article.body_start
        doc._.events = []
        return doc

    def process(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Doc]:
        docs = (self.make_doc(article) for article in articles)
        yield from self.nlp.pipe(docs, batch_size=batch_size)

    def __call__(self, article: Article) -> Doc:
        return next(self.process([article]))

    def events(self, article: Article) -> list[Event]:
        return list(self(article)._.events or [])
