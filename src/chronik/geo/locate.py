"""Event placement: where each event in ``doc._.events`` happened.

Rules, tried in order (the one that applied is stored as ``location["rule"]``):

``clause``        a place frame ("in Moskau", "nach Moskau") in the event's clause segment,
                  the nearest to the evidence; for a visit (042) a destination ("nach X") first;
``sentence``      a place frame in a main-clause segment of the same sentence;
``discourse``     the latest place frame in a main clause of an earlier sentence (else the
                  location of the latest earlier event); a country there yields to a dateline
                  city in that country;
``dateline``      the article's dateline (a dateline naming a region or country — "Sinai – …" —
                  stands for the first city of that country the article places something in);
``visit_capital`` for 042 (visit) the capital of the target's country, for 043 (host a visit)
                  the capital of the source's country;
otherwise the location stays ``None``.

Places in a dateline, in an attributive frame ("die Regierung in Peking") or named without a
frame (actors such as "Moskau kritisierte …") never govern a clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from chronik.geo.gazetteer import Candidate, Gazetteer
from chronik.geo.lexicon import GeoLexicon
from chronik.geo.recognize import sentence_bounds
from chronik.geo.resolve import to_place
from chronik.model import Event, Place

GOVERNING_RULES = ("frame:at", "frame:to", "contained")
MAX_MODIFIERS = 3
VISIT, HOST = "042", "043"


@dataclass(frozen=True)
class PlacedSpan:
    start: int
    end: int
    place: Place


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    breaks: tuple[int, ...]        # character offsets of clause breaks
    subordinate: tuple[bool, ...]  # per segment: opened by a subordinator


def _sentences(doc: Doc, lex: GeoLexicon) -> list[_Sentence]:
    spans = [doc[a:b] for a, b in sentence_bounds(doc)]
    out = []
    for sent in spans:
        breaks = [t.idx for t in sent if t.text in lex.clause_breaks]
        subordinate = []
        starts = [sent.start_char, *breaks]
        for offset in starts:
            nxt = next((t for t in sent if t.idx > offset and not t.is_punct), None) \
                if offset != sent.start_char else sent[0]
            subordinate.append(bool(nxt is not None and offset != sent.start_char
                                    and nxt.text.casefold() in lex.subordinators))
        out.append(_Sentence(sent.start_char, sent.end_char, tuple(breaks), tuple(subordinate)))
    return out


def _segment(sentence: _Sentence, offset: int) -> int:
    return sum(1 for b in sentence.breaks if b <= offset)


def _sentence_of(sentences: Sequence[_Sentence], offset: int) -> _Sentence | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _distance(place: PlacedSpan, start: int, end: int) -> int:
    if place.end <= start:
        return start - place.end
    if place.start >= end:
        return place.start - end
    return 0


def _nearest(places: Sequence[PlacedSpan], start: int, end: int, code: str) -> Place:
    """The place nearest the evidence; for a visit, a destination ("nach X") that follows the
    evidence with no other place in between wins."""
    if code.startswith(VISIT):
        after = sorted((p for p in places if p.start >= start), key=lambda p: p.start)
        if after and after[0].place.rule == "frame:to":
            return after[0].place
    return min(places, key=lambda p: _distance(p, start, end)).place


def _in_clause(event: Event, sentence: _Sentence, places: Sequence[PlacedSpan]) -> Place | None:
    start, end = event.evidence["start"], event.evidence.get("end", event.evidence["start"])
    segment = _segment(sentence, start)
    local = [p for p in places if _segment(sentence, p.start) == segment]
    return _nearest(local, start, end, event.code) if local else None


def _in_sentence(event: Event, sentence: _Sentence, places: Sequence[PlacedSpan]) -> Place | None:
    start, end = event.evidence["start"], event.evidence.get("end", event.evidence["start"])
    main = [p for p in places if not sentence.subordinate[_segment(sentence, p.start)]]
    return _nearest(main, start, end, event.code) if main else None


def _capital(code: str | None, gaz: Gazetteer) -> Place | None:
    if not code or len(code) < 3:
        return None
    entry = gaz.capital_of(code[:3])
    return to_place(entry.name, Candidate(entry, "name"), None) if entry else None


def without_containers(doc: Doc, places: Sequence[PlacedSpan], lex: GeoLexicon) -> list[PlacedSpan]:
    """Drop a place that only says where the place before it lies ("Kirkuk im Nordirak",
    "Springfield in Illinois"): the first, more specific one governs."""
    kept: list[PlacedSpan] = []
    text = doc.text
    for place in places:
        if kept:
            gap = text[kept[-1].end:place.start].split()
            if gap and len(gap) <= 1 + MAX_MODIFIERS and gap[0].casefold() in lex.prepositions \
                    and lex.prepositions[gap[0].casefold()] == "at":
                continue
        kept.append(place)
    return kept


def _last_mentioned(places: Sequence[PlacedSpan], sentences: Sequence[_Sentence],
                    before: int) -> Place | None:
    """The latest place in a main clause of the text before ``before``."""
    for item in reversed(places):
        if item.end > before:
            continue
        sentence = _sentence_of(sentences, item.start)
        if sentence is None or not sentence.subordinate[_segment(sentence, item.start)]:
            return item.place
    return None


def _refined(dateline: Place | None, governing: Sequence[PlacedSpan]) -> Place | None:
    """A dateline that names a region or country ("Sinai – …") stands for the first city of that
    country the article places something in."""
    if dateline is None or (dateline.feature or "P").startswith("P"):
        return dateline
    city = next((p.place for p in governing if (p.place.feature or "").startswith("P")
                 and p.place.country == dateline.country), None)
    return city or dateline


def _more_specific(place: Place, dateline: Place | None) -> Place:
    """A country carried over from earlier text yields to a dateline city in that country."""
    if dateline is not None and place.feature == "A.PCLI" and dateline.country == place.country \
            and dateline.feature != "A.PCLI":
        return dateline
    return place


def locate_events(doc: Doc, events: Sequence[Event], places: Sequence[PlacedSpan],
                  gaz: Gazetteer, lex: GeoLexicon) -> None:
    """Set ``event.location`` for every event (``None`` when no rule applies)."""
    sentences = _sentences(doc, lex)
    governing = without_containers(doc, [p for p in places if p.place.rule in GOVERNING_RULES],
                                   lex)
    dateline = _refined(next((p.place for p in places if p.place.rule == "dateline"), None),
                        governing)
    previous: Place | None = None
    for event in sorted(events, key=lambda e: e.evidence.get("start", 0)):
        start = event.evidence.get("start", 0)
        sentence = _sentence_of(sentences, start)
        in_sentence = [p for p in governing
                       if sentence and sentence.start <= p.start < sentence.end]
        place, rule = None, None
        if sentence and in_sentence:
            place, rule = _in_clause(event, sentence, in_sentence), "clause"
            if place is None:
                place, rule = _in_sentence(event, sentence, in_sentence), "sentence"
        if place is None:
            earlier = _last_mentioned(governing, sentences, sentence.start if sentence else start)
            earlier = earlier or previous
            if earlier is not None:
                place, rule = _more_specific(earlier, dateline), "discourse"
        if place is None and dateline is not None:
            place, rule = dateline, "dateline"
        if place is None and event.code.startswith((VISIT, HOST)):
            host = event.target if event.code.startswith(VISIT) else event.source
            place, rule = _capital(host, gaz), "visit_capital"
        if place is None:
            event.location = None
            continue
        if rule in ("clause", "sentence", "discourse"):
            previous = place
        event.location = replace(place, rule=rule).as_location()
