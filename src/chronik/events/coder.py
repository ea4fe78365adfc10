"""Code a Doc's events: triggers -> roles -> mode and date -> :class:`chronik.model.Event`."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span

from chronik.events.dates import article_date, event_date
from chronik.events.matcher import Trigger, find_triggers
from chronik.events.mode import event_mode
from chronik.events.resources import Entry, EventResources, Grammar
from chronik.events.roles import Roles, assign_roles
from chronik.events.view import ActorRef, Layers, SentenceView
from chronik.model import Event

BASE_CONFIDENCE = {"dep": 0.75, "order": 0.6, "between": 0.55, "inherited": 0.45,
                   "agentless": 0.4, "reported": 0.45,
                   "reciprocal": 0.55}
ROOT_STATEMENT = "01"
STATE_SECTORS = ("GOV", "JUD", "COP", "MIL", "LEG")


def _spans(doc: Doc, key: str) -> list[Span]:
    return list(doc.spans[key]) if key in doc.spans else []


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]]


def _trigger_text(view: SentenceView, trig: Trigger) -> tuple[str, int, int]:
    token = view.doc[trig.token]
    start, end = token.idx, token.idx + len(token.text)
    text = token.text
    if trig.particle is not None:
        particle = view.doc[trig.particle]
        end = max(end, particle.idx + len(particle.text))
        text = f"{token.text} ... {particle.text}"
    return text, start, end


def _event(view: SentenceView, trig: Trigger, roles: Roles, res: EventResources,
           timexes: list[Span]) -> Event:
    doc = view.doc
    article = doc._.article
    date = event_date(view, trig.token, timexes)
    mode = (trig.frame.mode if trig.frame and trig.frame.mode else
            event_mode(view, trig, res.modes, date.value if date.origin == "text" else None,
                       article_date(view)))
    text, start, end = _trigger_text(view, trig)
    plover, _plover_mode = res.plover_of(trig.code)
    confidence = BASE_CONFIDENCE.get(roles.how, 0.5) + (0.1 if trig.frame else 0.0)
    return Event(
        doc=getattr(article, "doc", "") or "", article=getattr(article, "id", "") or "",
        sentence=view.sent.text, evidence={"start": start, "end": end}, code=trig.code,
        source=roles.source_value, target=roles.target.code if roles.target else None,
        source_text=roles.source.text if roles.source else None,
        target_text=roles.target.text if roles.target else None, plover=plover, mode=mode,
        date=date.value, date_text=date.text, date_from=date.origin,
        confidence=round(min(confidence, 0.95), 2), trigger=text, pattern=trig.pattern)


def _sector_allowed(trig: Trigger, source: str) -> bool:
    sectors = trig.entry.source_sectors
    return not sectors or len(source) <= 3 or source[3:6] in sectors or source[:3] in sectors


def _same_entity(roles: Roles) -> bool:
    """Source and target are two mentions of one actor: the same dictionary entry, or the same
    code for two names of a state or international body ("die EU ... Brüssel")."""
    if roles.source is None or roles.target is None or roles.source.code != roles.target.code:
        return False
    one, two = roles.source.span._.actor, roles.target.span._.actor
    if one is None or two is None or not one.entry or not two.entry:
        return False
    states = ("country", "igo")
    return one.entry == two.entry or (one.entry.split(":", 1)[0] in states and
                                      two.entry.split(":", 1)[0] in states)


def code_sentence(view: SentenceView, res: EventResources, timexes: list[Span]) -> list[Event]:
    events: list[Event] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    speech: list[Event] = []
    verb_clauses: set[tuple[tuple[int, int], str | None]] = set()
    triggers = find_triggers(view, res)
    view.noun_triggers = frozenset(t.token for t in triggers if t.entry.kind == "noun")
    view.trigger_codes = {t.token: t.code for t in triggers}
    if res.grammar.reported_speech_source and (spoken := _speaker(view, triggers)):
        view.speaker, view.speech_clause = spoken[1], view.clause_of(spoken[0].token)
    # The content of a demand, appeal, accusation or rejection ("fordert, dass X zurücktritt";
    # "wirft Y vor, Z getötet zu haben") is what is demanded or alleged, not a further event.
    contents = {(r.start, r.stop) for t in triggers if t.code[:2] in res.grammar.content_target_roots
                for r in [view.next_clause(t.token)] if len(r) and _content_clause(view, r)}
    for trig in triggers:
        clause = view.clause_of(trig.token)
        if clause in contents or (trig.entry.kind == "noun" and
                                  view.genitive_of_noun_trigger(trig.token)):
            continue
        if trig.code.startswith(res.grammar.motive_codes) and \
                view.lower[clause[0]] in res.grammar.motive_conjunctions:
            continue  # "…, weil sie den Tod vieler Zivilisten befürchten": a motive
        for roles in assign_roles(view, trig):
            if roles.source_value is None or not _sector_allowed(trig, roles.source_value):
                continue
            if roles.how != "between" and _same_entity(roles):
                roles = replace(roles, target=None)  # "Die EU reagierte besorgt": one actor
            if roles.target is not None and roles.target.code == roles.source_value and \
                    trig.code.startswith(res.grammar.distinct_parties_roots):
                continue  # nobody cooperates with or cuts ties with itself: a misread actor
            if trig.entry.kind == "noun" and not view.in_setting_phrase(trig.token) and (
                    (clause, roles.source_value) in verb_clauses or (clause, None) in verb_clauses):
                continue  # the clause's verb already codes what this noun names or alleges;
                # "bei seinem Besuch in Kairo" is an event of its own
            if trig.entry.kind == "verb":
                verb_clauses.add((clause, roles.source_value))
                if trig.code[:2] in res.grammar.content_target_roots:
                    verb_clauses.add((clause, None))  # "wirft der Armee Folter vor"
            key = (roles.source_value, roles.target.code if roles.target else None, trig.code[:2])
            if key in seen and not (trig.entry.kind == "noun" and
                                    view.coordinated_noun_before(trig.token) is not None) and \
                    not _repeated_preposition(view, roles):
                # "einem Atomtest und einem Raketenstart", "traf mit X und anschließend mit Y
                # zusammen": two events of a kind, not one twice
                continue
            seen.add(key)
            event = _event(view, trig, roles, res, timexes)
            if roles.code is not None and roles.code[:2] in res.grammar.same_event_group(trig.code):
                event.code = roles.code  # "bei einem Bombenanschlag starben": the attack's code
                event.plover = res.plover_of(event.code)[0]
            elif trig.frame is None and event.target:
                # "getötet" of fighters is combat (19), of civilians unconventional violence (18)
                event.code = dict(trig.entry.target_sector_codes).get(event.target[3:6], event.code)
                event.plover = res.plover_of(event.code)[0]
            if trig.frame is None and event.source:
                # a court that "verurteilt" someone sentences (173); a government criticises (111)
                event.code = dict(trig.entry.source_sector_codes).get(event.source[3:6], event.code)
                event.plover = res.plover_of(event.code)[0]
            _place_meeting(view, trig, roles, event, res)
            (speech if trig.entry.speech else events).append(event)
    if res.grammar.demand_modals:
        obliged = _obliged_subjects(view, res)
        demands = _reported_demands(view, triggers, obliged, res, timexes)
        # what an actor must do has not happened: no event of that clause is coded
        events = [e for e in events if view.clause_of(_token_at(view, e.evidence["start"]))
                  not in obliged] + demands
    # One event named twice ("traf mit dem Alterspräsidenten, dem Abgeordneten B., zusammen"):
    # a target-less reading of a source and root that also has a target is the same event.
    # Violence named by a noun and by a verb ("bei türkischen Luftschlägen gegen die PKK ...
    # getötet") is one happening too: roots of one `same_event_roots` group count as one.
    group = res.grammar.root_group
    targeted = {(e.source, group(e.code)) for e in events if e.target}
    events = [e for e in events if e.target or (e.source, group(e.code)) not in targeted]
    # "X sagte, ..." is a statement only when the sentence codes to nothing more specific.
    if not events:
        events = speech
    else:
        events += [e for e in speech if e.code[:2] != ROOT_STATEMENT]
    return sorted(events, key=lambda e: e.evidence["start"])


def _place_meeting(view: SentenceView, trig: Trigger, roles: Roles, event: Event,
                   res: EventResources) -> None:
    """A meeting in the target's country is the source's visit, in the source's country the
    target's visit (roles turned round), elsewhere a meeting at a third place ("traf Abbas in
    Jordanien" -> 044)."""
    codes = res.grammar.meeting_place_codes
    if event.code != codes.get("meeting") or not event.target or not event.source:
        return
    place = next((a for a in view.actors_in(view.clause_tokens(trig.token))
                  if a.prep in res.grammar.place_prepositions and a is not roles.target and
                  a.code[:3].isalpha() and not a.code.startswith("IGO")), None)
    if place is None or event.source[:3] == event.target[:3]:
        return
    country = place.code[:3]
    if country == event.target[:3]:
        event.code = codes["visit"]
    elif country == event.source[:3]:
        event.code = codes["visit"]
        event.source, event.target = event.target, event.source
        event.source_text, event.target_text = event.target_text, event.source_text
    else:
        event.code = codes["third_place"]
    event.plover = res.plover_of(event.code)[0]


def _token_at(view: SentenceView, char: int) -> int:
    return next(t.i for t in view.sent if t.idx <= char < t.idx + len(t.text) + 1)


def _obliged_subjects(view: SentenceView, res: EventResources) -> dict[tuple[int, int], tuple[int, ActorRef]]:
    """Clauses that say what an actor must do ("Südkorea müsse sich entschuldigen"): clause ->
    (the modal's token, the subject actor before it). "sollen" with a perfect infinitive
    reports an allegation ("sollen Senfgas eingesetzt haben") and is not an obligation."""
    obliged: dict[tuple[int, int], tuple[int, ActorRef]] = {}
    for i in range(view.start, view.end):
        if view.lower[i] not in res.grammar.demand_modals:
            continue
        clause = view.clause_tokens(i)
        if any(view.lower[j] in res.modes.perfect_infinitive for j in clause if j > i):
            continue
        subject = next((a for a in view.actors_in(clause)
                        if a.core and a.case != "obl" and a.start < i), None)
        if subject is not None:
            obliged.setdefault(view.clause_of(i), (i, subject))
    return obliged


def _speaker(view: SentenceView, triggers: list[Trigger]) -> tuple[Trigger, ActorRef] | None:
    """The sentence's first speech verb with its speaker, whether or not it names an addressee."""
    for trig in (t for t in triggers if t.entry.speech):
        found = assign_roles(view, replace(trig, entry=replace(trig.entry, requires_target=False)))
        if found and found[0].source is not None:
            return trig, found[0].source
    return None


def _reported_demands(view: SentenceView, triggers: list[Trigger],
                      obliged: dict[tuple[int, int], tuple[int, ActorRef]],
                      res: EventResources, timexes: list[Span]) -> list[Event]:
    """Reported speech whose content clause says what an actor must do is the speaker's
    demand on that actor ("Südkorea müsse sich entschuldigen, sagte X" -> X demands of
    Südkorea)."""
    spoken = _speaker(view, triggers)
    if spoken is None:
        return _continued_demands(view, obliged, res, timexes)
    trig, speaker = spoken
    speech_clause = view.clause_of(trig.token)
    demands: list[Event] = []
    addressed: set[str] = set()
    for clause, (modal, subject) in obliged.items():
        if clause == speech_clause or subject.code == speaker.code or subject.code in addressed:
            continue
        addressed.add(subject.code)  # "X müsste werben, sie müsste versuchen": one demand
        demand = _demand_trigger(trig.entry, modal, res)
        event = _event(view, demand, Roles(speaker, subject, how="reported"), res, timexes)
        event.mode = "asserted"  # the demand was made; what is demanded has not happened
        demands.append(event)
    return demands


def _content_clause(view: SentenceView, clause: range) -> bool:
    """Whether a clause can be what is demanded or alleged: not one opened by a subordinator of
    cause, time or consequence ("…, weshalb der Sicherheitsrat Sanktionen verhängte")."""
    first = view.lower[clause.start]
    grammar = view.grammar
    return not (first in grammar.subordinators and first not in grammar.content_clause_openers)


def _repeated_preposition(view: SentenceView, roles: Roles) -> bool:
    """A later target with its own preposition again ("mit X und anschließend mit Y")."""
    target = roles.target
    return target is not None and target.prep is not None and target.start > view.start and \
        view.lower[target.start - 1] == target.prep and any(
            a.prep == target.prep and a.start < target.start and a is not target and
            a.code == target.code for a in view.actors)


def _demand_trigger(template: Entry, modal: int, res: EventResources) -> Trigger:
    return Trigger(replace(template, id="reported_demand", code=res.grammar.demand_code,
                           kind="verb", speech=False, frames=()), None, modal)


def _continued_demands(view: SentenceView, obliged: dict[tuple[int, int], tuple[int, ActorRef]],
                       res: EventResources, timexes: list[Span]) -> list[Event]:
    """ "Südkorea müsse sich entschuldigen." after a sentence in which the army spoke: indirect
    speech goes on, and the obligation is the previous speaker's demand."""
    voice = view.previous_voice
    if voice is None:
        return []
    demands: list[Event] = []
    for modal, subject in obliged.values():
        if view.lower[modal] not in res.grammar.demand_continuation_modals or \
                subject.code == voice or any(e.target == subject.code for e in demands):
            continue
        entry = Entry(id="reported_demand", lemma="", kind="verb", code=res.grammar.demand_code)
        event = _event(view, _demand_trigger(entry, modal, res),
                       Roles(None, subject, source_code=voice, how="reported"), res, timexes)
        event.mode = "asserted"
        demands.append(event)
    return demands


def code_doc(doc: Doc, res: EventResources, layers: Layers | None = None) -> list[Event]:
    """All events of a Doc, in text order; reads actors and timex spans, skips the header.

    ``layers`` says which annotation layers to trust (default: all the Doc has)."""
    actors = _spans(doc, "actors")
    if not actors:
        return []
    timexes = _spans(doc, "timex")
    layers = layers or Layers.of(doc)
    body_start = doc._.body_start or 0
    first_token = next((t.i for t in doc if t.idx >= body_start), len(doc))
    events: list[Event] = []
    states = Counter(a._.actor.code[:3] for a in actors if a._.actor is not None and
                     a._.actor.code[3:6] in STATE_SECTORS and a._.actor.code[:3].isalpha())
    scene = states.most_common(1)[0][0] if states else None
    sentences = _sentences(doc)
    voice: str | None = None
    previous_end = -1
    for sent in sentences:
        if sent.end <= first_token:
            continue
        sent_actors = [a for a in actors if a.start >= sent.start and a.end <= sent.end]
        if not sent_actors:
            continue
        view = SentenceView(sent, res.grammar, layers, sent_actors, first_token)
        view.scene_country = scene
        view.previous_voice = voice if previous_end == sent.start else None
        found = code_sentence(view, res, timexes)
        events.extend(found)
        voice = next((e.source for e in reversed(found) if e.source and
                      e.code.startswith(res.grammar.voice_roots)), None)
        previous_end = sent.end
    events = _link_responses(events, res)
    return _context_targets(events, actors, sentences, res)


def _after_preposition(span: Span, prepositions: frozenset[str]) -> bool:
    """Whether the mention's noun phrase opens with one of ``prepositions`` (up to two words
    before it: "bei einer UN-Konferenz")."""
    doc = span.doc
    for k in range(span.start - 1, max(span.start - 3, -1), -1):
        word = doc[k].lower_
        if word in prepositions:
            return True
        if not doc[k].is_alpha or doc[k].text[:1].isupper():
            return False
    return False


def _sentence_party(event: Event, actors: list[Span], sentences: list[Span],
                    grammar: Grammar) -> Span | None:
    """Another actor of the event's sentence (the latest before the trigger, else the first
    after it), not the source and not a setting ("in Kairo"): whom an attitude is about
    ("Washington betrachtet die Streitigkeiten Chinas mit Sorge")."""
    at = event.evidence["start"]
    sent = next((s for s in sentences if s.start_char <= at < s.end_char), None)
    if sent is None or not event.source:
        return None
    others = [a for a in actors if sent.start_char <= a.start_char < sent.end_char and
              a._.actor is not None and a._.actor.code[:3] != event.source[:3] and
              a.text != event.source_text and not a._.actor.code.startswith("---") and
              not _after_preposition(a, grammar.prepositions - grammar.target_prepositions)]
    before = [a for a in others if a.start_char < at]
    after = [a for a in others if a.start_char > at]
    return before[-1] if before else (after[0] if after else None)


def _context_targets(events: list[Event], actors: list[Span], sentences: list[Span],
                     res: EventResources) -> list[Event]:
    """An event whose clause names no target takes the latest actor mentioned before its trigger
    (in its sentence or up to ``context_target_sentences`` before) that is not its source: the
    patient is the party under discussion ("Die EU reagierte besorgt." after a report on
    Turkey). Roots that may be target-less (``targetless_roots``) and patterns whose dictionary
    example has no target keep no target; other events with no candidate are dropped
    (``drop_targetless``)."""
    grammar = res.grammar
    back = grammar.context_target_sentences
    if back < 0 and not grammar.drop_targetless:
        return events
    starts = [s.start_char for s in sentences]
    kept: list[Event] = []
    for event in events:
        if event.target is None and any(event.code.startswith(r)
                                        for r in grammar.sentence_target_roots):
            other = _sentence_party(event, actors, sentences, grammar)
            if other is not None:
                event.target, event.target_text = other._.actor.code, other.text
        if event.target is None and grammar.dyad_memory and any(
                event.code.startswith(r) for r in grammar.dyad_memory_roots):
            here = max(0, bisect_right(starts, event.evidence["start"]) - 1)
            since = starts[max(0, here - grammar.dyad_memory)]
            _remembered_target(event, [e for e in kept if e.evidence["start"] >= since])
        if event.target is None and event.source and event.pattern not in \
                res.targetless_patterns and event.source[3:6] in grammar.state_target_sources and \
                event.source[:3].isalpha() and any(
                event.code.startswith(r) for r in grammar.state_target_roots):
            # citizens, opposition, unions protest against or demand from their own state
            event.target = event.source[:3] + grammar.state_target_sector
        if event.target is not None or event.pattern in res.targetless_patterns or any(
                event.code.startswith(r) for r in grammar.targetless_roots):
            kept.append(event)
            continue
        at = event.evidence["start"]
        index = max(0, bisect_right(starts, at) - 1)
        window = starts[max(0, index - back)] if back >= 0 else at
        candidate = None
        for span in actors:
            if span.start_char < window or span.start_char >= at or span._.actor is None:
                continue
            code = span._.actor.code
            if code == event.source or span.text == event.source_text:
                continue
            if _after_preposition(span, grammar.prepositions - grammar.target_prepositions):
                continue  # "bei einer UN-Konferenz", "in Syrien": a setting, not a party
            candidate = span
        if candidate is not None:
            event.target, event.target_text = candidate._.actor.code, candidate.text
        elif grammar.drop_targetless:
            continue
        kept.append(event)
    return kept


def _remembered_target(event: Event, earlier: list[Event]) -> None:
    """An event whose sentence names no target continues the article's latest exchange of its
    source: the party its source last acted on, else the party that last acted on it ("Die
    Polizei stürmte den Sender. ... Die Beamten setzten Tränengas ein.")."""
    for prior in reversed(earlier):
        if prior.source == event.source and prior.target and prior.target != event.source:
            event.target, event.target_text = prior.target, prior.target_text
            return
    for prior in reversed(earlier):
        if prior.target == event.source and prior.source and prior.source != event.source:
            event.target, event.target_text = prior.source, prior.source_text
            return


def _link_responses(events: list[Event], res: EventResources) -> list[Event]:
    """A denial or rejection without a named target answers the latest accusation or demand
    aimed at its source ("Syriens Führung weist den Vorwurf zurück" -> the accuser)."""
    responses = res.grammar.responses
    for k, event in enumerate(events):
        answers = next((roots for prefix, roots in responses
                        if event.code.startswith(prefix)), None)
        if answers is None or event.target is not None or not event.source:
            continue
        for earlier in reversed(events[max(0, k - 8):k]):
            if earlier.code[:2] in answers and earlier.source and earlier.target and \
                    earlier.target[:3] == event.source[:3] and earlier.source != event.source:
                # of coordinated accusers ("die Opposition und der Westen"), the first
                first = next(e for e in events[:k] if e.evidence == earlier.evidence and
                             e.code == earlier.code and e.source != event.source)
                event.target, event.target_text = first.source, first.source_text
                break
    # coordinated respondents ("was Washington und Seoul bestreiten") answer the same accuser
    for event in events:
        if event.target is None and event.source:
            sibling = next((e for e in events if e.evidence == event.evidence and
                            e.code == event.code and e.target and e.target != event.source), None)
            if sibling is not None and event.code.startswith(tuple(p for p, _ in responses)):
                event.target, event.target_text = sibling.target, sibling.target_text
    return events
