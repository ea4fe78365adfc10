"""spaCy component ``chronik_timex``: time expressions on the Doc as ``doc.spans["timex"]``.

Reads the article date from ``doc._.article.published`` (ISO at its precision, or None), tags the
whole text, drops expressions before ``doc._.body_start`` (the header's own date line is the
article's metadata), and writes ``span._.timex`` (:class:`chronik.model.Timex`). When a parser
has set morphology, verbs with ``Tense=Past`` are extra past-tense cues.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from chronik.model import register_extensions
from chronik.time.tagger import DOC_TYPES, TemporalTagger
from chronik.time.tense import TenseHint

SPAN_KEY = "timex"


class TimexComponent:
    """Tags each Doc with the German temporal tagger (resources loaded once)."""

    def __init__(self, tagger: TemporalTagger, doc_type: str = "news",
                 use_morph: bool = True) -> None:
        if doc_type not in DOC_TYPES:
            raise ValueError(f"chronik_timex: doc_type must be one of {DOC_TYPES}")
        self.tagger = tagger
        self.doc_type = doc_type
        self.use_morph = use_morph

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        dct = getattr(article, "published", None)
        doc_type = self.doc_type
        metadata = getattr(article, "metadata", None) or {}
        if metadata.get("doc_type") in DOC_TYPES:
            doc_type = metadata["doc_type"]
        body_start = doc._.body_start or 0
        hints = self._tense_hints(doc) if self.use_morph else None
        spans = []
        for timex in self.tagger.tag(doc.text, dct, doc_type=doc_type, tense_hints=hints):
            if timex.start < body_start:
                continue
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None:
                continue
            span._.timex = timex
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc

    @staticmethod
    def _tense_hints(doc: Doc) -> list[TenseHint] | None:
        if not doc.has_annotation("MORPH"):
            return None
        hints: list[TenseHint] = []
        for token in doc:
            if "Past" in token.morph.get("Tense") and token.pos_ in ("VERB", "AUX"):
                hints.append((token.idx, token.idx + len(token), "past"))
        return hints


@Language.factory(
    "chronik_timex",
    default_config={"doc_type": "news", "use_morph": True},
    requires=["doc._.article", "doc._.body_start"],
    assigns=["doc.spans"],
)
def make_timex(nlp: Language, name: str, doc_type: str, use_morph: bool) -> TimexComponent:
    register_extensions()
    return TimexComponent(TemporalTagger.load(), doc_type=doc_type, use_morph=use_morph)
