"""Scoring event locations against the events gold (``location`` as written in the text).

A predicted location names the gold place when its ``text`` or ``name`` equals the gold string
(case-insensitive), or when both resolve to the same GeoNames id or the same place name ("Kiew"
and "Kyjiw" are equal). Country accuracy compares the ISO3 country of the resolved gold string
with the predicted location's country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from chronik.geo.component import GeoLocator
from chronik.geo.gazetteer import Gazetteer, load_gazetteer
from chronik.geo.lexicon import load_lexicon
from chronik.geo.names import name_key
from chronik.geo.recognize import iter_name_spans
from chronik.geo.resolve import context_countries, resolve_name
from chronik.model import Event, Place

UPSTREAM_STAGES = (("chronik.time.component", "chronik_timex"),
                   ("chronik.actors.component", "chronik_actors"),
                   ("chronik.events.component", "chronik_events"))


@dataclass(frozen=True)
class Comparison:
    place: bool
    country: bool


def gold_place(gold_location: str, sentence: str, gaz: Gazetteer) -> Place | None:
    """The gold location string resolved with the countries its sentence names as context."""
    return resolve_name(gold_location, gaz, context_countries(sentence, gaz))


def compare(gold_location: str, predicted: dict[str, Any] | None, sentence: str = "",
            gaz: Gazetteer | None = None) -> Comparison:
    """Does ``predicted`` (an event's ``location``) name the gold place, and its country?"""
    if not predicted:
        return Comparison(False, False)
    gaz = gaz or load_gazetteer()
    gold_key = name_key(gold_location)
    names = {name_key(predicted.get(k) or "") for k in ("text", "name")}
    resolved = gold_place(gold_location, sentence, gaz)
    same = gold_key in names or any(name_key(part) in names
                                    for part in _names_inside(gold_location, gaz))
    if not same and resolved is not None:
        same = bool(resolved.geonames_id and resolved.geonames_id == predicted.get("geonames_id")) \
            or name_key(resolved.name) in names
    if resolved is not None and resolved.country:
        country = resolved.country == predicted.get("country")
    else:
        country = same
    return Comparison(same, country or same)


def _names_inside(text: str, gaz: Gazetteer) -> list[str]:
    """Place names inside a gold string ("Syrien und im Irak" → Syrien, Irak; "Norden Syriens"
    → Syriens), and the main names of their places (Syriens → Syria)."""
    words = re.findall(r"[\w'’.-]+", text)
    out = []
    for i, j, found in iter_name_spans(words, gaz, load_lexicon()):
        out.append(" ".join(words[i:j]))
        out.extend(c.entry.name for c in found if c.source in ("pinned", "german"))
    return out


@dataclass
class GeoScore:
    """Counts behind ``place_acc`` and ``country_acc`` (denominator: gold events with a location;
    an unmatched gold event counts as wrong) and the same over matched gold events only."""

    gold: int = 0
    matched: int = 0
    place: int = 0
    country: int = 0
    matched_place: int = 0
    matched_country: int = 0
    located_without_gold: int = 0
    predicted: int | None = None
    rules: dict[str, int] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, gold_event: dict[str, Any], predicted: dict[str, Any] | None, sentence: str,
            gaz: Gazetteer, sentence_id: str = "") -> None:
        location = predicted.get("location") if predicted else None
        if not gold_event.get("location"):
            self.located_without_gold += bool(location)
            return
        self.gold += 1
        self.matched += predicted is not None
        result = compare(gold_event["location"], location, sentence, gaz)
        self.place += result.place
        self.country += result.country
        if predicted is not None:
            self.matched_place += result.place
            self.matched_country += result.country
            if not result.place:
                self.misses.append(_miss(sentence_id, gold_event, location, result))
        if location and location.get("rule"):
            self.rules[location["rule"]] = self.rules.get(location["rule"], 0) + 1

    def as_dict(self, misses: bool = False) -> dict[str, Any]:
        return {"gold_with_location": self.gold, "matched": self.matched,
                "place_acc": round(self.place / self.gold, 4) if self.gold else None,
                "country_acc": round(self.country / self.gold, 4) if self.gold else None,
                "place_acc_matched": round(self.matched_place / self.matched, 4)
                if self.matched else None,
                "country_acc_matched": round(self.matched_country / self.matched, 4)
                if self.matched else None,
                "located_without_gold": self.located_without_gold,
                **({"predicted": self.predicted} if self.predicted is not None else {}),
                "rules": dict(sorted(self.rules.items())),
                **({"misses": self.misses} if misses else {})}


def _miss(sentence_id: str, gold_event: dict[str, Any], location: dict[str, Any] | None,
          result: Comparison) -> dict[str, Any]:
    """One matched gold event whose place was missed: what the gold says, what chronik gave."""
    return {"sentence": sentence_id, "code": gold_event.get("code"),
            "trigger": gold_event.get("trigger"), "gold": gold_event.get("location"),
            "predicted": location and (location.get("text") or location.get("name")),
            "rule": location and location.get("rule"), "country_ok": result.country}


def score_pairs(pairs: Iterable[tuple[dict[str, Any], dict[str, Any] | None, str]],
                gaz: Gazetteer | None = None) -> GeoScore:
    """Score (gold event, matched predicted event or None, gold sentence text) triples."""
    gaz = gaz or load_gazetteer()
    result = GeoScore()
    for gold_event, predicted, sentence in pairs:
        result.add(gold_event, predicted, sentence, gaz)
    return result


def upper_bound(gold: Sequence[Any], key: dict[str, tuple[str, str]],
                gaz: Gazetteer | None = None) -> dict[str, Any]:
    """The resolver applied to the gold location strings themselves, sentence as context.

    ``key`` maps a location string to its hand-checked (geonameid or place name, ISO3 country).
    Without a key only the share of gold strings the gazetteer resolves is reported, and the
    strings it cannot resolve are listed (scoring compares those by text only).
    """
    gaz = gaz or load_gazetteer()
    total = place = country = resolved_count = 0
    unresolved: list[str] = []
    for sentence in gold:
        for event in sentence.events:
            if not event.get("location"):
                continue
            total += 1
            resolved = gold_place(event["location"], sentence.text, gaz)
            resolved_count += resolved is not None
            expected = key.get(event["location"])
            if resolved is None or (key and expected is None):
                unresolved.append(event["location"])
            if resolved is None or expected is None:
                continue
            ident, iso3 = expected
            place += ident in (str(resolved.geonames_id), resolved.name)
            country += iso3 == resolved.country
    return {"gold_with_location": total,
            "resolved": round(resolved_count / total, 4) if total else None,
            "place_acc": round(place / total, 4) if total and key else None,
            "country_acc": round(country / total, 4) if total and key else None,
            "unresolved_or_unkeyed": sorted(set(unresolved))}


def read_key(path: Path) -> dict[str, tuple[str, str]]:
    """A location key TSV: location string, geonameid or place name, ISO3 (``#`` comments)."""
    out = {}
    with path.open(encoding="utf-8") as fp:
        for line in fp:
            if line.strip() and not line.startswith("#"):
                text, ident, iso3 = line.rstrip("\n").split("\t")[:3]
                out[text] = (ident, iso3)
    return out


def _trigger_evidence(sentence: Any, trigger: str | None) -> dict[str, int]:
    """Where a gold event's trigger (its first part before "...") lies in the document."""
    head = re.split(r"\s*\.\.\.\s*|\s*…\s*", trigger or "")[0].strip()
    at = sentence.text.find(head) if head else -1
    start = sentence.start + max(at, 0)
    return {"start": start, "end": start + (len(head) if at >= 0 else 0)}


def oracle_events(gold: Sequence[Any]) -> dict[Path, list[tuple[Any, dict[str, Any], Event]]]:
    """Gold events turned into :class:`Event` records (evidence = their trigger), per document."""
    out: dict[Path, list[tuple[Any, dict[str, Any], Event]]] = {}
    for sentence in gold:
        for gold_event in sentence.events:
            event = Event(doc=str(sentence.doc), article="", sentence=sentence.text,
                          evidence=_trigger_evidence(sentence, gold_event.get("trigger")),
                          code=gold_event.get("code") or "", source=gold_event.get("source"),
                          target=gold_event.get("target"))
            out.setdefault(sentence.doc, []).append((sentence, gold_event, event))
    return out


def evaluate_oracle(gold: Sequence[Any], model: str | None = None) -> GeoScore:
    """Event placement with the gold events as the coder's output: measures the geo rules alone.

    Only the language layer runs before ``chronik_geo`` (entities); no actor context is used.
    """
    from chronik.language import load_language
    from chronik.model import register_extensions
    from chronik.readers import ReadError, read_file

    register_extensions()
    nlp = load_language(model)
    geo = GeoLocator(load_gazetteer(), load_lexicon())
    gaz = load_gazetteer()
    result = GeoScore()
    for path, items in oracle_events(gold).items():
        article = next(a for a in read_file(str(path), None) if not isinstance(a, ReadError))
        doc = nlp(article.text)
        doc._.article = article
        doc._.body_start = article.body_start
        doc._.events = [event for _s, _g, event in items]
        geo(doc)
        for sentence, gold_event, event in items:
            result.add(gold_event, event.to_dict(), sentence.text, gaz, sentence.id)
    return result


def geo_pipeline(model: str | None = None) -> Any:
    """chronik's pipeline with every stage available up to and including ``chronik_geo``."""
    from chronik.pipeline import Pipeline

    pipeline = Pipeline.load(model)
    for module, stage in UPSTREAM_STAGES:
        try:
            import_module(module)
        except ImportError:
            continue
        if stage not in pipeline.nlp.pipe_names:
            pipeline.nlp.add_pipe(stage)
    if "chronik_geo" not in pipeline.nlp.pipe_names:
        pipeline.nlp.add_pipe("chronik_geo")
    return pipeline


def match_by_trigger(sentence: Any, predicted: Sequence[dict[str, Any]]
                     ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Gold and predicted events of one sentence paired one to one when equal at dyad+root (as in
    ``chronik eval events``); of several equal predictions the one whose evidence lies nearest the
    gold trigger is taken, so that two visits in one sentence are not crossed."""
    from chronik.eval.events import LEVELS

    key = LEVELS["dyad+root"]
    options = []
    for g, gold_event in enumerate(sentence.events):
        at = _trigger_evidence(sentence, gold_event.get("trigger"))["start"]
        for p, candidate in enumerate(predicted):
            if key(candidate) == key(gold_event):
                distance = abs((candidate.get("evidence") or {}).get("start", 0) - at)
                options.append((distance, g, p))
    taken_gold: set[int] = set()
    taken_predicted: set[int] = set()
    pairs = []
    for _distance, g, p in sorted(options):
        if g not in taken_gold and p not in taken_predicted:
            taken_gold.add(g)
            taken_predicted.add(p)
            pairs.append((sentence.events[g], predicted[p]))
    return pairs


def evaluate_pipeline(gold: Sequence[Any], model: str | None = None) -> GeoScore:
    """Events predicted by the pipeline, matched one-to-one to gold per sentence (dyad+root, the
    nearest to the gold trigger among equals)."""
    from chronik.eval.events import assign, predict

    predictions = predict(list(gold), geo_pipeline(model))
    assigned = assign(list(gold), predictions)
    gaz = load_gazetteer()
    result = GeoScore(predicted=len(predictions))
    for sentence in gold:
        pairs = match_by_trigger(sentence, assigned.get(sentence.id, []))
        matched = {id(g): p for g, p in pairs}
        for gold_event in sentence.events:
            result.add(gold_event, matched.get(id(gold_event)), sentence.text, gaz, sentence.id)
    return result
