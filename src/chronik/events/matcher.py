"""Find event triggers in a sentence: verb lemmas (particles re-attached) and nominal triggers,
and pick the frame of each block whose conditions hold."""

from __future__ import annotations

from dataclasses import dataclass

from chronik.events.resources import Entry, EventResources, Frame, Grammar
from chronik.events.view import ActorRef, SentenceView


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
        frame = self.frame
        if frame and frame.target:
            return frame.target
        if frame and frame.prep and (not frame.with_words or self.entry.target == "none"):
            return "prep"
        return self.entry.target

    @property
    def preps(self) -> tuple[str, ...]:
        if self.frame and self.frame.prep:
            return self.frame.prep
        return self.entry.prep

    def needs_target(self, nouns_need_target: bool) -> bool:
        if self.target_policy == "none":
            return False  # a frame that names no target ("verletzte die Waffenruhe")
        if self.entry.requires_target is not None:
            return self.entry.requires_target
        return self.entry.kind == "noun" and nouns_need_target

    @property
    def agentless(self) -> str | None:
        return (self.frame.agentless if self.frame else None) or self.entry.agentless


def particle_verb_lemmas(word: str, grammar: Grammar) -> list[str]:
    """Infinitives a particle verb's participle or zu-infinitive may belong to, when the
    lemmatizer misses it: particle + ge/zu + stem + ending -> particle + stem + infinitive
    ending ("einbestellt" -> "einbestellen", "freigelassen" -> "freilassen", "einzubestellen"
    -> "einbestellen"). All affixes come from the grammar data."""
    found: list[str] = []
    for particle in grammar.particles_longest_first:
        if not word.startswith(particle) or len(word) < len(particle) + 4:
            continue
        rest = word[len(particle):]
        for infix in (grammar.zu_infix, grammar.participle_prefix, ""):
            if infix and not rest.startswith(infix):
                continue
            stem = rest[len(infix):]
            if infix == grammar.zu_infix:
                found.append(particle + stem)
                continue
            for ending, infinitive in grammar.participle_suffixes:
                if stem.endswith(ending) and len(stem) > len(ending) + 2:
                    found.append(particle + stem[:-len(ending)] + infinitive)
    return found


def _verb_entry(view: SentenceView, res: EventResources, i: int) -> tuple[Entry, int | None] | None:
    low = view.lower[i]
    candidates = [*res.forms.get(low, ()), view.lemma[i], low]
    if view.grammar.participle_suffixes:
        candidates += particle_verb_lemmas(low, view.grammar)
    particle = view.separable_particle(i)
    for lemma in candidates:
        if particle is None and lemma != view.lemma[i] and any(
                lemma.startswith(p) and not low.startswith(p) for p in view.grammar.particles):
            continue  # a separable compound's form ("brach" of "aufbrechen") without its particle
        if particle is not None:
            prefix = view.lower[particle]
            entry = res.verbs.get(lemma if lemma.startswith(prefix) else prefix + lemma)
            if entry is not None:
                return entry, particle
            continue
        entry = res.verbs.get(lemma)
        if entry is not None:
            if view.lemma[i] == low and lemma != low:
                view.lemma[i] = lemma  # a participle the lemmatizer missed: now shaped as one
            return entry, None
    return None


def _word_matches(view: SentenceView, j: int, words: tuple[str, ...]) -> bool:
    low, lemma = view.lower[j], view.lemma[j]
    for word in words:
        if " " in word:
            continue  # multi-word items are matched on the clause text
        if low == word or lemma == word:
            return True
        if len(word) >= 5 and (low.endswith(word) or lemma.endswith(word)):
            return True
    return False


def _phrase_matches(view: SentenceView, scope: list[int], words: tuple[str, ...]) -> bool:
    phrases = [w for w in words if " " in w]
    if not phrases or not scope:
        return False
    text = " ".join(view.lower[j] for j in scope)
    return any(p in text for p in phrases)


def choose_frame(view: SentenceView, entry: Entry, token: int, skip: set[int]) -> Frame | None:
    clause = view.clause_tokens(token)
    scope = [*clause, *view.next_clause(token)]
    actors = view.actors_in(clause)
    for frame in entry.frames:
        if frame.reflexive and not any(view.lower[j] in view.grammar.reflexives for j in clause):
            continue
        if frame.with_words and not any(
                _word_matches(view, j, frame.with_words) for j in scope if j not in skip) \
                and not _phrase_matches(view, scope, frame.with_words):
            continue
        if frame.prep and not frame.with_words and not any(a.prep in frame.prep for a in actors):
            continue
        return frame
    return None


def _actor_word_leads(actor: ActorRef, word: str) -> bool:
    """Whether the role word that made ``word`` an actor opens it ("Polizei|razzia")."""
    entry = getattr(actor.span._.actor, "entry", None)
    if not entry:
        return True  # a mention made by hand, without its dictionary entry: trust the span
    role = entry.rsplit(":", 1)[-1].lower()
    return word.startswith(role) and len(word) > len(role) + 2


def find_triggers(view: SentenceView, res: EventResources) -> list[Trigger]:
    """Verb triggers first, then nominal ones, each in text order."""
    verbs: list[Trigger] = []
    nouns: list[Trigger] = []
    used: set[int] = set()
    for i in range(view.start, view.end):
        if i in view.actor_at and view.actor_at[i].end == i + 1 and view.is_nounlike(i):
            # "einer Polizeirazzia": an actor word as the first part of an event noun; not
            # "Friedenstruppen", whose last part is the actor word
            entry = res.noun(view.lemma[i])
            if entry is not None and not entry.requires_frame and \
                    _actor_word_leads(view.actor_at[i], view.lower[i]):
                nouns.append(Trigger(entry, None, i))
            continue
        if i in used or i in view.actor_at or view.is_break(i):
            continue
        if view.is_nounlike(i):
            # the word form only when it is its own lemma's inflection ("Justizkreisen" is no
            # "Reisen" compound): compounds are split on the lemma
            entry = res.noun(view.lemma[i]) or res.noun(
                view.lower[i], compounds=view.lemma[i] == view.lower[i])
            frame = choose_frame(view, entry, i, {i}) if entry is not None else None
            if entry is not None and (frame is not None or not entry.requires_frame):
                nouns.append(Trigger(entry, frame, i))
            continue
        if view.layers.pos and (view.doc[i].pos_ not in ("VERB", "AUX", "ADJ") or (
                view.doc[i].pos_ == "ADJ" and view.layers.tag and view.doc[i].tag_ != "ADJD")):
            continue  # only verbs and predicative adjectives ("besorgt"), not "die besetzten"
        if i > view.start and not view.layers.pos and (
                view.lower[i - 1] in view.grammar.attributive_markers) and not (
                view.lower[i - 1] == view.grammar.zu_infix and view.lower[i] == view.lemma[i]):
            continue  # "die besetzten Gebiete", "in einigen Fällen": not a verb; "zu helfen" is
        if not view.layers.tag and view.lower[i].startswith(view.lemma[i] + "d"):
            continue  # present participle used as adjective/adverb ("schweigend", "drohende")
        found = _verb_entry(view, res, i)
        if found is None and view.doc[i].text[:1].isupper():
            entry = res.noun(view.lemma[i])
            if entry is not None:
                frame = choose_frame(view, entry, i, {i})
                if not (frame is None and entry.requires_frame or frame is not None and frame.skip):
                    nouns.append(Trigger(entry, frame, i))
            continue
        if found is None:
            continue
        entry, particle = found
        skip = {i} if particle is None else {i, particle}
        frame = choose_frame(view, entry, i, skip)
        if frame is None and entry.requires_frame or frame is not None and frame.skip:
            continue
        used.update(skip)
        verbs.append(Trigger(entry, frame, i, particle))
    return verbs + nouns
