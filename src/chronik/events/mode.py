"""The mode of an event (asserted, planned, hypothetical, negated) from the rules in modes.yaml."""

from __future__ import annotations

from chronik.events.matcher import Trigger
from chronik.events.resources import ModeRules
from chronik.events.view import SentenceView


def _subjunctive(view: SentenceView, j: int, rules: ModeRules) -> bool:
    if view.layers.morph and "Sub" in view.doc[j].morph.get("Mood"):
        return True
    return view.lower[j] in rules.subjunctive_forms


def event_mode(view: SentenceView, trig: Trigger, rules: ModeRules,
               date: str | None = None, article_date: str | None = None) -> str:
    clause = list(view.verb_phrase(trig.token))
    words = [view.lower[j] for j in clause]
    for k, word in enumerate(words):
        if word in rules.negation:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if nxt not in rules.negation_unless_next:
                return "negated"
    if words and words[0] in rules.conditional_initial:
        return "hypothetical"
    if any(w in rules.hypothetical for w in words):
        return "hypothetical"
    if any(w in rules.conditional_conjunctions for w in words) and any(
            _subjunctive(view, j, rules) for j in clause):
        return "hypothetical"
    planned = [w for w in words if w in rules.planned]
    if trig.entry.kind == "noun" and any(view.lower[j] in rules.attributive_planned
                                         for j in range(trig.token - 2, trig.token) if j in view.lower):
        return "planned"  # "der geplante Besuch"
    if planned and not (set(planned) <= rules.reported_modals and any(
            view.lower[j] in rules.perfect_infinitive for j in clause if j > trig.token)):
        return "planned"  # but "soll ... eingesetzt haben" reports a past event
    if trig.entry.kind == "verb" and view.is_zu_infinitive(trig.token) and any(
            view.lemma[j] in rules.zu_infinitive_hypothetical_after
            for j in range(view.start, trig.token)):
        return "hypothetical"  # "steht im Verdacht, Chlorgas einzusetzen"
    if rules.zu_infinitive and trig.entry.kind == "verb" and view.is_zu_infinitive(trig.token) \
            and not any(view.lower[j] in rules.perfect_infinitive for j in clause if j > trig.token) \
            and not any(view.lemma[j] in rules.zu_infinitive_done_after
                        for j in range(view.start, trig.token)):
        return "planned"  # "erklärte sich bereit, Truppen zu entsenden"
    if trig.entry.kind == "verb" and view.is_infinitive(trig.token) and any(
            view.lower[j] in rules.future_aux for j in clause if j != trig.token):
        return "planned"
    past = any(view.lower[j] in rules.past_markers for j in clause) or (
        view.lower[trig.token] != view.lemma[trig.token] and
        view.lower[trig.token].endswith(rules.preterite_endings))
    if rules.future_date and not past and date and article_date and len(date) >= 10 and \
            len(article_date) >= 10 and date[:10] > article_date[:10]:
        return "planned"
    return "asserted"
