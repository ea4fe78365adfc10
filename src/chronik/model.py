"""The document model every stage shares, and the event record chronik emits.

One article is one spaCy ``Doc`` whose text is the article text exactly as read from the input
(a header line included), so every character offset — of a token, an entity, a time expression,
an actor mention or an event's evidence — points into the input as the user sees it.

What the stages add lives on the Doc (never in side tables):

=====================  ======================================================================
``doc._.article``      :class:`Article` — id, title, published date with precision, origin
``doc._.body_start``   offset where the body begins (after a header line, if any)
``doc.ents``           named entities (PER, LOC, ORG, MISC) from the language layer
``doc.spans["timex"]`` time expressions; ``span._.timex`` is a :class:`Timex`
``doc.spans["actors"]`` actor mentions; ``span._.actor`` is an :class:`ActorMention`
``doc.spans["places"]`` toponyms; ``span._.place`` is a :class:`Place`
``doc._.events``       list of :class:`Event` records, in text order
=====================  ======================================================================
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from spacy.tokens import Doc, Span

DatePrecision = Literal["day", "month", "year", "week"]
DateOrigin = Literal["header", "byline", "metadata", "user", "text"]
Mode = Literal["asserted", "planned", "hypothetical", "negated"]
MODES: tuple[str, ...] = ("asserted", "planned", "hypothetical", "negated")

SPAN_KEYS = ("timex", "actors", "places")


def normalize_text(text: str) -> str:
    """The text as it identifies an article: NFC, whitespace runs folded, ends stripped."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str, source: str | None) -> str:
    """Stable id: the same text from the same source is the same article, however it was read."""
    digest = hashlib.sha256(f"{source or ''}\x00{normalize_text(text)}".encode())
    return digest.hexdigest()[:20]


@dataclass(frozen=True)
class Article:
    """What a reader knows about an article before any language processing."""

    id: str
    text: str
    doc: str
    title: str | None = None
    published: str | None = None
    precision: DatePrecision | None = None
    date_origin: DateOrigin | None = None
    source: str | None = None
    url: str | None = None
    language: str = "de"
    body_start: int = 0
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(cls, text: str, doc: str, source: str | None = None, **fields: Any) -> Article:
        return cls(id=article_id(text[fields.get("body_start", 0):], source), text=text, doc=doc,
                   source=source, **fields)


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 time expression: ``type`` DATE/TIME/DURATION/SET, ``value`` per TimeML."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    rule: str | None = None


@dataclass(frozen=True)
class ActorMention:
    """An actor coded from the dictionaries: ``code`` such as ``RUSGOV``; ``country`` ISO3 or IGO."""

    code: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    entry: str | None = None
    antecedent: tuple[int, int] | None = None


@dataclass(frozen=True)
class Place:
    """A resolved toponym; ``feature`` is the GeoNames feature class/code (``P.PPLC``, ``A.PCLI``)."""

    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    feature: str | None = None
    rule: str | None = None

    def as_location(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "lat": self.lat, "lon": self.lon, "geonames_id": self.geonames_id,
                "feature": self.feature, "rule": self.rule}


@dataclass
class Event:
    """The event record: the contract that stores, exports and ``chronik eval events`` rely on."""

    doc: str
    article: str
    sentence: str
    evidence: dict[str, int]
    code: str
    source: str | None = None
    target: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    plover: str | None = None
    mode: Mode = "asserted"
    date: str | None = None
    date_text: str | None = None
    date_from: Literal["text", "article"] | None = None
    location: dict[str, Any] | None = None
    confidence: float = 0.5
    trigger: str | None = None
    pattern: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def register_extensions() -> None:
    """Register chronik's Doc/Span attributes; safe to call any number of times."""
    for name, default in (("article", None), ("events", None), ("body_start", 0)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in ("timex", "actor", "place"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()
