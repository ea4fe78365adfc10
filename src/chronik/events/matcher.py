"""Find event triggers in a sentence: verb lemmas (particles re-attached) and nominal triggers,
and pick the frame of each block whose conditions hold."""

from __future__ import annotations

from dataclasses import dataclass

from chronik.events.resources import Entry, EventResources, Frame
from chronik.events.view import SentenceView


@dataclass(frozen=True)
class Trigger:
    entry: Entry
    frame: Frame | None
    token: int
    particle: int | None = None

    @property
    def code(self) -> str:
        return self.frame.code if self.frame else self.entry.code

    @property
    def pattern(self) -> str:
        return self.frame.id if self.frame else self.entry.id

    @property
    def target_policy(self) -> str:
        if self.frame and self.frame.target:
            return self.frame.target
        if self.frame and self.frame.prep and not self.frame.with_words:
            return "prep"
        return self.entry.target

    @property
    def preps(self) -> tuple[str, ...]:
        if self.frame and self.frame.prep:
            return self.frame.prep
        return self.entry.prep

    @property
    def agentless(self) -> str | None:
        return (self.frame.agentless if self.frame else None) or self.entry.agentless


def _verb_entry(view: SentenceView, res: EventResources, i: int) -> tuple[Entry, int | None] | None:
    low = view.lower[i]
    candidates = [res.forms.get(low), view.lemma[i], low]
    particle = view.separable_particle(i)
    for lemma in candidates:
        if not lemma:
            continue
        if particle is not None:
            prefix = view.lower[particle]
            entry = res.verbs.get(lemma if lemma.startswith(prefix) else prefix + lemma)
            if entry is not None:
                return entry, particle
            continue
        entry = res.verbs.get(lemma)
        if entry is not None:
            return entry, None
    return None


def _word_matches(view: SentenceView, j: int, words: tuple[str, ...]) -> bool:
    low, lemma = view.lower[j], view.lemma[j]
    for word in words:
        if low == word or lemma == word:
            return True
        if len(word) >= 5 and (low.endswith(word) or lemma.endswith(word)):
            return True
    return False


def choose_frame(view: SentenceView, entry: Entry, token: int, skip: set[int]) -> Frame | None:
    clause = view.clause_tokens(token)
    scope = [*clause, *view.next_clause(token)]
    actors = view.actors_in(clause)
    for frame in entry.frames:
        if frame.reflexive and not any(view.lower[j] in view.grammar.reflexives for j in clause):
            continue
        if frame.with_words and not any(
                _word_matches(view, j, frame.with_words) for j in scope if j not in skip):
            continue
        if frame.prep and not frame.with_words and not any(a.prep in frame.prep for a in actors):
            continue
        return frame
    return None


def find_triggers(view: SentenceView, res: EventResources) -> list[Trigger]:
    """Verb triggers first, then nominal ones, each in text order."""
    verbs: list[Trigger] = []
    nouns: list[Trigger] = []
    used: set[int] = set()
    for i in range(view.start, view.end):
        if i in used or i in view.actor_at or view.is_break(i):
            continue
        if view.is_nounlike(i):
            entry = res.noun(view.lemma[i]) or res.noun(view.lower[i])
            frame = choose_frame(view, entry, i, {i}) if entry is not None else None
            if entry is not None and (frame is not None or not entry.requires_frame):
                nouns.append(Trigger(entry, frame, i))
            continue
        if view.layers.pos and view.doc[i].pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        found = _verb_entry(view, res, i)
        if found is None and view.doc[i].text[:1].isupper():
            entry = res.noun(view.lemma[i])
            if entry is not None:
                nouns.append(Trigger(entry, choose_frame(view, entry, i, {i}), i))
            continue
        if found is None:
            continue
        entry, particle = found
        skip = {i} if particle is None else {i, particle}
        frame = choose_frame(view, entry, i, skip)
        if frame is None and entry.requires_frame:
            continue
        used.update(skip)
        verbs.append(Trigger(entry, frame, i, particle))
    return verbs + nouns
