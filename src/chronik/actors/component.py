"""The spaCy component ``chronik_actors``: writes ``doc.spans["actors"]`` with ``span._.actor``.

Works on a bare tokenized Doc; uses sentences, ``doc.ents`` (PER) and ``token.pos_`` when the
language layer provides them. The article date comes from ``doc._.article.published``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from chronik.actors.coder import SPAN_KEY, code_mentions
from chronik.actors.dictionary import ActorDictionary
from chronik.model import register_extensions


class ActorRecognizer:
    """Recognize and code actor mentions with one shared :class:`ActorDictionary`."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = code_mentions(doc, self.dictionary)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "chronik_actors",
    default_config={"extra_dirs": []},
    assigns=["doc.spans"],
)
def make_actor_recognizer(nlp: Language, name: str, extra_dirs: list[str]) -> ActorRecognizer:
    register_extensions()
    return ActorRecognizer(ActorDictionary.load(extra_dirs=extra_dirs))
