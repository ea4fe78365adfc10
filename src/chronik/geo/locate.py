"""Event placement: where each event in ``doc._.events`` happened.

Rules, tried in order (the one that applied is stored as ``location["rule"]``):

``clause``        a place frame ("in Moskau", "nach Moskau") in the event's clause segment, the
                  nearest to the evidence — a place whose phrase hangs on another noun ("gegen
                  Wahlen in Abchasien") only when no other is there; for a visit (042) a
                  destination ("nach X") first, also from a relative clause after the evidence;
                  with no such place, an origin ("zog Truppen aus Cherson ab") that hangs on
                  the verb, else a place the event is done to, named without a frame
                  ("besuchte Ägypten", "Raketen trafen Charkiw");
``sentence``      a place frame in a main-clause segment of the same sentence;
``headline``      (title and teaser sentences before the dateline only) the place of the body
                  event with the same root, source and target — the most specific of them;
``actor``         the place of the same source actor's latest event placed from the text;
``seat``          an international organisation's seat ("EU" → Brüssel) for what it says or
                  decides (``verbal_roots`` in frames.yaml);
``discourse``     the latest place frame in a main clause of an earlier sentence (else the
                  location of the latest earlier event); where another actor spoke ("erklärte
                  ein Sprecher in Brüssel") is left out;
``dateline``      the article's dateline (of several, "Kiew/Moskau – …", the one in the source's
                  or target's country; one naming a region or country — "Sinai – …" — stands for
                  the first city of that country the article places something in);
``lead``          without a dateline: the first governing place in the first three sentences
                  of the body (an event told before the lead names its place);
``visit_capital`` for 042 (visit) the capital of the target's country, for 043 (host a visit)
                  the capital of the source's country;
``actor_country`` (no dateline, no place before) the country of the target of force, else of
                  the source;
otherwise the location stays ``None``. A place carried over by ``actor`` or ``discourse``
stands for the dateline city when it is that city's country or one of its districts.

Places in a dateline, in an attributive frame ("die Regierung in Peking") or named without a
frame (actors such as "Moskau kritisierte …") never govern a clause.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from chronik.geo.gazetteer import Candidate, Gazetteer
from chronik.geo.lexicon import GeoLexicon
from chronik.geo.recognize import sentence_bounds
from chronik.geo.resolve import best, to_place
from chronik.model import Event, Place

EARTH_KM = 6371.0
DISTRICT_KM = 15.0
GOVERNING_RULES = ("frame:at", "frame:to", "contained", "apposition")
MAX_MODIFIERS = 3
VISIT, HOST = "042", "043"


@dataclass(frozen=True)
class PlacedSpan:
    start: int
    end: int
    place: Place
    host: int = -1  # character offset of the noun the place phrase follows; -1: none
    district: bool = False  # named as part of a town ("im Bezirk X", "im Stadtteil X")


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
    evidence with no other place in between wins. A place whose phrase hangs on another noun than
    the evidence ("gegen Wahlen in Abchasien") yields to one that hangs on the verb or the evidence."""
    if code.startswith(VISIT):
        after = sorted((p for p in places if p.start >= start), key=lambda p: p.start)
        if after and after[0].place.rule == "frame:to":
            return after[0].place
    own = [p for p in places if p.host < 0 or start <= p.host < end]
    return min(own or places, key=lambda p: _distance(p, start, end)).place


def _in_clause(event: Event, sentence: _Sentence, places: Sequence[PlacedSpan]) -> Place | None:
    start, end = event.evidence["start"], event.evidence.get("end", event.evidence["start"])
    segment = _segment(sentence, start)
    local = [p for p in places if _segment(sentence, p.start) == segment]
    if local:
        return _nearest(local, start, end, event.code)
    if event.code.startswith(VISIT):
        # a trip's destination may follow in a relative clause: "ihre Reise, die sie nach Oslo führt"
        return next((p.place for p in places if p.start >= end and p.place.rule == "frame:to"),
                    None)
    return None


def _origin(event: Event, sentence: _Sentence, places: Sequence[PlacedSpan],
            lex: GeoLexicon) -> Place | None:
    """An origin ("aus X") in the event's clause, when the clause has no other place: for an
    event of leaving (``leaving_codes``: withdrawals, expulsions) any — "zog Truppen aus Cherson
    ab" happened in Cherson —, else one that hangs on the verb or the evidence ("Flüchtlinge aus
    Syrien" says where people come from, not where the event happens)."""
    start, end = event.evidence["start"], event.evidence.get("end", event.evidence["start"])
    segment = _segment(sentence, start)
    leaving = event.code.startswith(lex.leaving_codes)
    local = [p for p in places if _segment(sentence, p.start) == segment
             and (leaving or p.host < 0 or start <= p.host < end)]
    return min(local, key=lambda p: _distance(p, start, end)).place if local else None


def _object(event: Event, sentence: _Sentence, places: Sequence[PlacedSpan],
            lex: GeoLexicon) -> Place | None:
    """A place named without a frame in the event's clause that is what the event is done to:
    the country or town visited ("Die Ministerin besuchte Ägypten", 042: a place in the
    target's country) or a town or region attacked ("Raketen trafen Charkiw", roots in
    ``violent_roots``: a place below country level in the target's country)."""
    target = _country(event.target)
    visit = event.code.startswith(VISIT)
    if target is None or not (visit or event.code[:2] in lex.violent_roots):
        return None
    start, end = event.evidence["start"], event.evidence.get("end", event.evidence["start"])
    segment = _segment(sentence, start)
    local = [p for p in places if _segment(sentence, p.start) == segment
             and p.place.country == target
             and (visit or (p.place.feature or "").startswith("P"))]
    return min(local, key=lambda p: _distance(p, start, end)).place if local else None


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
                    before: int, skip: Collection[int] = ()) -> Place | None:
    """The latest place in a main clause of the text before ``before`` (places starting at an
    offset in ``skip`` left out)."""
    for item in reversed(places):
        if item.end > before or item.start in skip:
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


def _km(a: Place, b: Place) -> float:
    """Approximate distance in kilometres (equirectangular; enough to tell a district from a
    town elsewhere)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    dx = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))  # type: ignore[operator]
    dy = math.radians(b.lat - a.lat)  # type: ignore[operator]
    return EARTH_KM * math.hypot(dx, dy)


def _more_specific(place: Place, dateline: Place | None, district: bool) -> Place:
    """What a place carried over from earlier text stands for: a country yields to a dateline
    city in that country; a district of the dateline city (named with a district noun, "im Bezirk
    X", and within ``DISTRICT_KM`` of it) to the city — the story goes on in the city."""
    if dateline is None or dateline.country != place.country or dateline.feature == "A.PCLI":
        return place
    if place.feature == "A.PCLI":
        return dateline
    if district and _km(place, dateline) <= DISTRICT_KM:
        return dateline
    return place


def _specificity(place: Place) -> int:
    """0 for a city or town, 1 for a region, island or sea, 2 for a country, 3 for a continent."""
    feature = place.feature or ""
    if feature.startswith("P"):
        return 0
    if feature == "A.PCLI":
        return 2
    return 3 if feature == "L.CONT" else 1


def _country(code: str | None) -> str | None:
    return code[:3] if code and len(code) >= 3 else None


def _dateline_for(event: Event, datelines: Sequence[Place], refined: Place | None) -> Place | None:
    """The dateline place for an event: of several ("Kiew/Moskau – …") the one in the source's,
    else the target's country; else the first (refined when it names a region or country)."""
    for code in (event.source, event.target):
        country = _country(code)
        match = next((p for p in datelines[1:] if country and p.country == country), None)
        if match is not None and datelines[0].country != country:
            return match
    return refined


def _seat(event: Event, gaz: Gazetteer, lex: GeoLexicon) -> Place | None:
    """Where an international organisation speaks and decides ("EU" → Brüssel), for the
    event roots it does so at its seat (statements, appeals, demands, criticism, sanctions)."""
    name = lex.seats.get(event.source or "")
    if name is None or event.code[:2] not in lex.verbal_roots:
        return None
    candidates = gaz.candidates(name)
    return to_place(name, best(candidates), None) if candidates else None


def _actor_country(event: Event, gaz: Gazetteer, lex: GeoLexicon) -> Place | None:
    """Last resort, for an article that names no place before the event and has no dateline:
    the country of the state the event happens to (force, ``violent_roots``: the target's unless
    the target is an armed group) or that acts (else the source's) — most news events happen at
    home."""
    code = event.source
    if event.code[:2] in lex.violent_roots and event.target \
            and event.target[3:6] not in lex.armed_groups:
        code = event.target  # not rebels, whose home may not be where they are fought
    entry = gaz.country(code[:3]) if code and len(code) >= 3 else None
    return to_place(entry.name, Candidate(entry, "name"), None) if entry is not None else None


def _headline_place(event: Event, body: Sequence[tuple[Event, Place]]) -> Place | None:
    """A headline event is the article's lead event: it happened where the body event with the same
    root and actors happened (the most specific such place, the earliest of equals)."""
    same = [place for other, place in body
            if other.code[:2] == event.code[:2] and other.source == event.source
            and other.target == event.target]
    return min(same, key=_specificity) if same else None


@dataclass
class _Placer:
    """Placement state of one document while its events are placed in text order."""

    sentences: list[_Sentence]
    governing: list[PlacedSpan]
    origins: list[PlacedSpan]      # "aus X" places
    named: list[PlacedSpan]        # places named without a frame ("besuchte Ägypten")
    datelines: list[Place]
    dateline: Place | None
    gaz: Gazetteer
    lex: GeoLexicon
    lead: Place | None = None      # without a dateline: the first place of the lead (see _lead)
    # places of earlier events, latest last: (place, source actor, verbal root)
    previous: list[tuple[Place, str | None, bool]] = field(default_factory=list)
    by_actor: dict[str, Place] = field(default_factory=dict)
    # places named as a district of a town ("im Bezirk X"), by id of their Place
    districts: set[int] = field(default_factory=set)
    # places where an actor spoke or decided ("erklärte ein Sprecher in Brüssel"), by actor
    speech: dict[int, str | None] = field(default_factory=dict)

    def in_text(self, event: Event) -> tuple[Place | None, str | None]:
        """The clause and sentence rules: a place the event's own sentence names."""
        start = event.evidence.get("start", 0)
        sentence = _sentence_of(self.sentences, start)
        if sentence is None:
            return None, None
        in_sentence = [p for p in self.governing if sentence.start <= p.start < sentence.end]
        origins = [p for p in self.origins if sentence.start <= p.start < sentence.end]
        if not in_sentence and not origins and not any(
                sentence.start <= p.start < sentence.end for p in self.named):
            return None, None
        named = [p for p in self.named if sentence.start <= p.start < sentence.end]
        place = _in_clause(event, sentence, in_sentence) or _origin(event, sentence, origins, self.lex) \
            or _object(event, sentence, named, self.lex)
        rule = "clause"
        if place is None and in_sentence:
            place, rule = _in_sentence(event, sentence, in_sentence), "sentence"
        if place is None:
            return None, None
        if event.code[:2] in self.lex.verbal_roots:
            for item in in_sentence:
                if item.place is place:
                    self.speech[item.start] = event.source
        return self._as_dateline(place), rule

    def _as_dateline(self, place: Place) -> Place:
        """The region a dateline names ("Sinai – …"), named again in the text, stands for the
        city the dateline was refined to (see :func:`_refined`)."""
        raw = self.datelines[0] if self.datelines else None
        if raw is not None and self.dateline is not raw and (place.name, place.country) == \
                (raw.name, raw.country):
            return self.dateline  # type: ignore[return-value]
        return place

    def carried(self, event: Event) -> tuple[Place | None, str | None]:
        """The same actor's last place, an organisation's seat, or the latest place named in a
        main clause before (``discourse``)."""
        if event.source and event.source in self.by_actor:
            place = self.by_actor[event.source]
            return _more_specific(place, self.dateline, id(place) in self.districts), "actor"
        seat = _seat(event, self.gaz, self.lex)
        if seat is not None:
            return seat, "seat"
        start = event.evidence.get("start", 0)
        sentence = _sentence_of(self.sentences, start)
        # where another actor spoke is not where this event happened
        elsewhere = {offset for offset, actor in self.speech.items() if actor != event.source}
        earlier = _last_mentioned(self.governing, self.sentences,
                                  sentence.start if sentence else start, elsewhere)
        earlier = earlier or next((place for place, actor, verbal in reversed(self.previous)
                                   if not verbal or actor == event.source), None)
        if earlier is not None:
            return _more_specific(earlier, self.dateline, id(earlier) in self.districts), \
                "discourse"
        return None, None

    def fallback(self, event: Event) -> tuple[Place | None, str | None]:
        """The dateline; without one the lead place; else for a visit the capital of the host's
        country."""
        if self.datelines:
            return _dateline_for(event, self.datelines, self.dateline), "dateline"
        if self.lead is not None:
            return self.lead, "lead"
        if event.code.startswith((VISIT, HOST)):
            host = event.target if event.code.startswith(VISIT) else event.source
            place = _capital(host, self.gaz)
            if place is not None:
                return place, "visit_capital"
        place = _actor_country(event, self.gaz, self.lex)
        return (place, "actor_country") if place is not None else (None, None)

    def remember(self, event: Event, place: Place, rule: str) -> None:
        if rule in ("clause", "sentence", "discourse", "actor"):
            self.previous.append((place, event.source, event.code[:2] in self.lex.verbal_roots))
        if rule in ("clause", "sentence", "actor") and event.source:
            self.by_actor[event.source] = place


def _headline_end(sentences: Sequence[_Sentence], places: Sequence[PlacedSpan]) -> int:
    """Offset where the body proper begins: the start of the dateline's sentence (the title and
    teaser sentences before it are headlines); 0 when there is no dateline."""
    first = next((p for p in places if p.place.rule == "dateline"), None)
    if first is None:
        return 0
    sentence = _sentence_of(sentences, first.start)
    return sentence.start if sentence is not None else 0


def _lead(doc: Doc, sentences: Sequence[_Sentence], governing: Sequence[PlacedSpan],
          count: int) -> Place | None:
    """The first governing place in the first ``count`` sentences of the body: an article
    without a dateline names its main place in its lead ("Bei einem Anschlag starben zehn
    Menschen. Die Bombe explodierte in Kabul."), and an event told before it happened there."""
    body = [s for s in sentences if s.end > (doc._.body_start or 0)][:count]
    if not body:
        return None
    return next((p.place for p in governing if p.start < body[-1].end
                 and p.start >= body[0].start), None)


def locate_events(doc: Doc, events: Sequence[Event], places: Sequence[PlacedSpan],
                  gaz: Gazetteer, lex: GeoLexicon) -> None:
    """Set ``event.location`` for every event (``None`` when no rule applies)."""
    sentences = _sentences(doc, lex)
    governing = without_containers(doc, [p for p in places if p.place.rule in GOVERNING_RULES],
                                   lex)
    datelines = [p.place for p in places if p.place.rule == "dateline"]
    origins = [p for p in places if p.place.rule == "frame:from"]
    named = [p for p in places if p.place.rule in ("ent", "name")]
    placer = _Placer(sentences, governing, origins, named, datelines,
                     _refined(datelines[0] if datelines else None, governing), gaz, lex,
                     lead=_lead(doc, sentences, governing, lex.dateline_max_sentences),
                     districts={id(p.place) for p in places if p.district})
    headline_end = _headline_end(sentences, places)
    headlines: list[Event] = []
    body: list[tuple[Event, Place]] = []
    for event in sorted(events, key=lambda e: e.evidence.get("start", 0)):
        place, rule = placer.in_text(event)
        if place is None and event.evidence.get("start", 0) < headline_end:
            headlines.append(event)
            continue
        if place is None:
            place, rule = placer.carried(event)
        if place is None:
            place, rule = placer.fallback(event)
        _set(event, place, rule)
        if place is not None and rule is not None:
            placer.remember(event, place, rule)
            body.append((event, place))
    for event in headlines:
        place, rule = _headline_place(event, body), "headline"
        if place is None:
            place, rule = _seat(event, gaz, lex), "seat"
        if place is None:
            place, rule = placer.fallback(event)
        _set(event, place, rule)


def _set(event: Event, place: Place | None, rule: str | None) -> None:
    event.location = replace(place, rule=rule).as_location() if place is not None else None
