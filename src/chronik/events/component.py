"""The spaCy component ``chronik_events``: writes ``doc._.events``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from chronik.events.coder import code_doc
from chronik.events.resources import EventResources, load_resources
from chronik.model import register_extensions


class EventCoder:
    """Reads tokens (and any parse), ``doc.spans["actors"]`` and ``doc.spans["timex"]``."""

    def __init__(self, resources: EventResources) -> None:
        self.resources = resources

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = code_doc(doc, self.resources)
        return doc


@Language.factory("chronik_events", default_config={"resources": None},
                  requires=["doc.sents"], assigns=["doc._.events"])
def make_event_coder(nlp: Language, name: str, resources: str | None) -> EventCoder:
    """``resources``: a folder laid out like ``chronik/resources`` (default: the packaged one)."""
    register_extensions()
    return EventCoder(load_resources(resources))
