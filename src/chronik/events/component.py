"""The spaCy component ``chronik_events``: writes ``doc._.events``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from chronik.events.coder import code_doc
from chronik.events.resources import EventResources, load_resources
from chronik.events.view import Layers, fallback_lemma
from chronik.model import register_extensions


class EventCoder:
    """Reads tokens (and any parse), ``doc.spans["actors"]`` and ``doc.spans["timex"]``."""

    def __init__(self, resources: EventResources, use: tuple[str, ...] | None = None) -> None:
        self.resources = resources
        self.use = use
        fallback_lemma.__wrapped__("laden")  # load simplemma's German dictionary now, not per doc

    def __call__(self, doc: Doc) -> Doc:
        layers = Layers.of(doc)
        if self.use is not None:
            layers = Layers(**{k: getattr(layers, k) and k in self.use
                               for k in ("lemma", "pos", "tag", "dep", "morph")})
        doc._.events = code_doc(doc, self.resources, layers)
        return doc


# Measured on the dev gold with the trained language layer of 2026-11-29 (docs/events.md): the
# token-order coder beats the dependency path, so by default (``use: []``) no parse layer is read.
@Language.factory("chronik_events", default_config={"resources": None, "use": []},
                  requires=["doc.sents"], assigns=["doc._.events"])
def make_event_coder(nlp: Language, name: str, resources: str | None,
                     use: list[str] | None) -> EventCoder:
    """``resources``: a folder laid out like ``chronik/resources`` (default: the packaged one);
    ``use``: the annotation layers to read when present (lemma, pos, tag, dep, morph; ``null``
    for all of them). The default reads none: tokens, sentences, actor and timex spans only."""
    register_extensions()
    return EventCoder(load_resources(resources), tuple(use) if use is not None else None)
