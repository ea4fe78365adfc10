"""A sentence as the coder sees it: words, lemmas, clauses and actor mentions with their case.

Works on any Doc: with a parse (lemmas, POS, dependencies) it uses them; with tokens and
sentences only it falls back to simplemma lemmas and token order. German words come from
:class:`~chronik.events.resources.Grammar`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import simplemma
from spacy.tokens import Doc, Span, Token

from chronik.events.resources import Grammar


@lru_cache(maxsize=1 << 16)
def fallback_lemma(word: str) -> str:
    """simplemma's German lemma, cached per word form."""
    return simplemma.lemmatize(word, lang="de")


@dataclass(frozen=True)
class Layers:
    """Which annotation layers the language pipeline filled in this Doc."""

    lemma: bool
    pos: bool
    tag: bool
    dep: bool
    morph: bool

    @classmethod
    def of(cls, doc: Doc) -> Layers:
        return cls(lemma=doc.has_annotation("LEMMA"), pos=doc.has_annotation("POS"),
                   tag=doc.has_annotation("TAG"), dep=doc.has_annotation("DEP"),
                   morph=doc.has_annotation("MORPH"))


@dataclass(frozen=True)
class ActorRef:
    """An actor mention in a sentence, with its governing preposition and case hint."""

    span: Span
    code: str
    start: int  # token index in the Doc
    end: int
    prep: str | None  # preposition governing the mention, lower-cased
    case: str | None  # "obl" (dative/accusative marked), "gen" (genitive), or None

    @property
    def core(self) -> bool:
        return self.prep is None and self.case != "gen"

    @property
    def text(self) -> str:
        return self.span.text


class SentenceView:
    """Token-level facts about one sentence, computed once and shared by matcher and roles."""

    def __init__(self, sent: Span, grammar: Grammar, layers: Layers, actors: list[Span],
                 first_token: int) -> None:
        self.sent = sent
        self.doc = sent.doc
        self.grammar = grammar
        self.layers = layers
        self.start = max(sent.start, first_token)
        self.end = sent.end
        self.lower = {t.i: t.lower_ for t in sent}
        self.lemma = {t.i: self._lemma(t) for t in sent}
        self._mention_at = {a.start: a.end for a in actors}  # start -> end, for lists
        self.clause = self._clauses()
        self.actors = self._actor_refs(actors)
        self.actor_at = {i: a for a in self.actors for i in range(a.start, a.end)}
        self.noun_triggers: frozenset[int] = frozenset()  # set by the coder after matching
        self.trigger_codes: dict[int, str] = {}  # token -> code of its trigger, set likewise
        self._settings: tuple[frozenset[int], frozenset[int]] | None = None
        self.scene_country: str | None = None  # the article's most named state, set by the coder
        # the speaker of the sentence's speech verb and that verb's clause, set by the coder:
        # the source of a content clause that names none ("..., das sei rechtswidrig, sagte er")
        self.speaker: ActorRef | None = None
        self.speech_clause: tuple[int, int] | None = None
        # the actor code that spoke in the sentence before (set by the coder): whose indirect
        # speech a subjunctive sentence without a speech verb goes on with
        self.previous_voice: str | None = None

    # -- words -------------------------------------------------------------------------------
    def _lemma(self, token: Token) -> str:
        if self.layers.lemma and token.lemma_:
            return token.lemma_.lower()
        return fallback_lemma(token.text).lower()

    def is_break(self, i: int) -> bool:
        return self.lower[i] in self.grammar.clause_breaks or (
            self.layers.pos and self.doc[i].pos_ == "PUNCT")

    def _function_words_before(self, i: int, limit: int) -> Iterator[int]:
        """The words before ``i``, nearest first, up to ``limit`` of them, through the first
        word that is no lower-case word of the phrase (a noun, a name or a break)."""
        for j in range(i - 1, max(self.start, i - limit) - 1, -1):
            yield j
            if not self.doc[j].text[:1].islower() or self.is_break(j):
                return

    def in_setting_phrase(self, i: int) -> bool:
        """A noun in a circumstantial phrase ("bei seinem Besuch", "während des Treffens",
        "bei einem russischen Drohnenangriff")."""
        return any(self.lower[j] in self.grammar.setting_prepositions
                   for j in self._function_words_before(i, 5))

    def genitive_of_noun_trigger(self, i: int) -> bool:
        """ "die Aufhebung der Sanktionen": a nominal trigger that is the genitive attribute of
        another one names what that event is about, not an event of its own."""
        article = next((j for j in self._function_words_before(i, 4)
                        if self.lower[j] in self.grammar.genitive_articles), None)
        return article is not None and article - 1 in self.noun_triggers

    def coordinated_noun_before(self, i: int) -> int | None:
        """The nominal trigger joined by a coordinator to the one at ``i`` ("einem Atomtest
        und einem Raketenstart" -> Atomtest), if another word."""
        joint = next((j for j in self._function_words_before(i, 5)
                      if self.lower[j] in self.grammar.coordinators), None)
        if joint is None:
            return None
        # the first conjunct may carry attributes ("einem Atomtest im Jänner – dem vierten des
        # Landes – und einem Raketenstart"); not past its clause
        first = self.clause_of(joint)[0]
        return next((k for k in range(joint - 1, max(self.start, first, joint - 10) - 1, -1)
                     if k in self.noun_triggers and self.lemma[k] != self.lemma[i]), None)

    def setting_parties(self) -> frozenset[int]:
        """Starts of the actors named by a nominal trigger in a setting phrase ("nach einem
        Anschlag auf zwei Polizisten"): that event's party, not the clause verb's. Computed
        once per set of nominal triggers."""
        if self._settings is None or self._settings[0] is not self.noun_triggers:
            self._settings = (self.noun_triggers, frozenset(self._setting_parties()))
        return self._settings[1]

    def _setting_parties(self) -> set[int]:
        parties: set[int] = set()
        for i in self.noun_triggers:
            if not self.in_setting_phrase(i):
                continue
            party = next((a for a in self.actors if i < a.start <= i + 4 and
                          a.prep is not None), None)
            if party is not None and party.start < self.noun_phrase_end(i) and all(
                    self.doc[j].text[:1].islower() and not self.is_break(j)
                    for j in range(i + 1, party.start)):
                parties.add(party.start)
        return parties

    def noun_phrase_end(self, i: int) -> int:
        """Where the phrase of the noun at ``i`` ends: at the next verb, break or clause end."""
        _start, end = self.clause_of(i)
        return next((j for j in range(i + 1, end) if self.is_break(j) or self._verb_like(j) or
                     self.lower[j] in self.grammar.finite_aux), end)

    def is_nounlike(self, i: int) -> bool:
        token = self.doc[i]
        if self.layers.pos:
            return token.pos_ in ("NOUN", "PROPN")
        return token.text[:1].isupper() and not (i == self.sent.start or self.is_break(i - 1))

    def is_participle(self, i: int) -> bool:
        token = self.doc[i]
        if self.layers.tag and token.tag_:
            return token.tag_ in ("VVPP", "VAPP", "VMPP")
        low = self.lower[i]
        return low != self.lemma[i] and low.endswith(self.grammar.participle_endings)

    def is_headline_participle(self, i: int) -> bool:
        """A participle with "ge" ("getötet", "festgenommen") or an inseparable prefix
        ("verletzt"); a "-iert" form without prefix is as often finite ("protestiert")."""
        low, prefix = self.lower[i], self.grammar.participle_prefix
        return bool(prefix) and self.is_participle(i) and (low.startswith(prefix) or any(
            low.startswith(particle + prefix) for particle in self.grammar.particles) or
            low.startswith(self.grammar.inseparable_prefixes))

    def is_zu_infinitive(self, i: int) -> bool:
        """ "zu ergreifen", "zurückzudrängen": a clause whose subject is the main clause's."""
        low, lemma, marker = self.lower[i], self.lemma[i], self.grammar.zu_infix
        if i > self.start and self.lower[i - 1] == marker and low == lemma:
            return True
        if i + 2 < self.end and self.lower[i + 1] == marker and \
                self.lower[i + 2] in self.grammar.finite_aux:
            return True  # "verhandeln zu wollen": the modal carries the "zu"
        if len(low) != len(lemma) + len(marker):
            return False
        width = len(marker)
        return any(low[k:k + width] == marker and low[:k] + low[k + width:] == lemma
                   for k in range(1, len(low) - width))

    def is_infinitive(self, i: int) -> bool:
        token = self.doc[i]
        if self.layers.tag and token.tag_:
            return token.tag_ in ("VVINF", "VVIZU", "VAINF", "VMINF")
        return self.lower[i] == self.lemma[i]

    # -- clauses -----------------------------------------------------------------------------
    def _clauses(self) -> dict[int, tuple[int, int]]:
        """Token index -> (start, end) of its clause, split at breaks and subordinators."""
        bounds: list[tuple[int, int]] = []
        begin = self.sent.start
        inside = self._short_parentheses()
        for i in range(self.sent.start, self.sent.end):
            if i in inside:
                continue  # "Sympathisanten des Islamischen Staats (IS) festgenommen": one clause
            if self.is_break(i) and not self._list_comma(i):
                if begin < i:
                    bounds.append((begin, i))
                begin = i + 1
            elif self.lower[i] in self.grammar.subordinators and i > begin and (
                    self.lower[i] not in self.grammar.prepositional_subordinators or
                    self.lower[i - 1] in self.grammar.coordinators):
                # "seit langem", "bis Freitag", "während des Besuchs" are phrases, not clauses
                bounds.append((begin, i))
                begin = i
        if begin < self.sent.end:
            bounds.append((begin, self.sent.end))
        return {i: b for b in self._merge_appositions(bounds) for i in range(b[0], b[1])}

    def _short_parentheses(self) -> set[int]:
        """Tokens of parentheses around a few words without a clause break (an acronym, a
        place, an age), brackets included: they do not end the clause around them."""
        inside: set[int] = set()
        pairs = dict([self.grammar.parenthesis, *self.grammar.quote_pairs])
        for i in range(self.sent.start, self.sent.end):
            closing = pairs.get(self.lower[i])
            if closing is None or i in inside:
                continue
            for j in range(i + 1, min(i + 2 + self.grammar.parenthesis_words, self.sent.end)):
                if self.lower[j] == closing:
                    inside.update(range(i, j + 1))
                    break
                if self.is_break(j):
                    break
        return inside

    def _list_comma(self, i: int) -> bool:
        """The comma of a noun list ("in Justiz, Polizei und den Medien"): a capitalized word on
        each side and a coordinator right after the second one."""
        if self.lower[i] != "," or not self.sent.start < i or not i + 2 < self.sent.end:
            return False
        if self.doc[i - 1].text[:1].isupper() and self.doc[i + 1].text[:1].isupper() and \
                self.lower[i + 2] in self.grammar.coordinators:
            return True
        return self._mention_list_comma(i)

    def _mention_list_comma(self, i: int) -> bool:
        """ "der Australier A., der Kanadier B. und der Ägypter C.": actor mentions on both sides
        of the comma, the list closed by a coordinator and a further mention."""
        if i not in self._mention_at.values() or i + 1 not in self._mention_at:
            return False
        after = self._mention_at[i + 1]
        if after >= self.sent.end:
            return False
        if self.lower[after] in self.grammar.coordinators:
            return after + 1 in self._mention_at
        return self.lower[after] == "," and self._mention_list_comma(after)

    def _merge_appositions(self, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """ "Erdogan traf mit Baykal, dem Alterspräsidenten, zusammen": a comma-enclosed segment
        that ends in a noun (not a verb, as a relative clause does) belongs to its clause."""
        merged: list[tuple[int, int]] = []
        k = 0
        while k < len(bounds):
            start, end = bounds[k]
            while k + 2 < len(bounds):
                app_start, app_end = bounds[k + 1]
                if not (self.lower[app_start - 1] == "," and app_end < self.end and
                        self.lower[app_end] == "," and app_start - 1 == end and
                        self._nominal_segment(app_start, app_end)):
                    break
                end = bounds[k + 2][1]
                k += 2
            merged.append((start, end))
            k += 1
        return merged

    def _nominal_segment(self, start: int, end: int) -> bool:
        first, last = self.doc[start], self.doc[end - 1]
        if self.lower[start] in self.grammar.subordinators:
            return False
        if self.layers.pos:
            return last.pos_ in ("NOUN", "PROPN") and not any(
                self.doc[j].pos_ in ("VERB", "AUX") for j in range(start, end))
        return last.text[:1].isupper() and first.text[:1].isalpha() and not any(
            self.lower[j] in self.grammar.finite_aux for j in range(start, end))

    def clause_of(self, i: int) -> tuple[int, int]:
        return self.clause.get(i, (i, i + 1))

    def clause_tokens(self, i: int) -> range:
        start, end = self.clause_of(i)
        return range(start, end)

    def next_clause(self, i: int) -> range:
        _start, end = self.clause_of(i)
        for j in range(end, self.sent.end):
            if j in self.clause:
                start2, end2 = self.clause[j]
                return range(start2, end2)
        return range(0)

    def previous_clause_end(self, i: int) -> int:
        start, _end = self.clause_of(i)
        return start

    def finite_position(self, trigger: int) -> int:
        """The V2 slot: the first auxiliary/modal before the trigger in its clause, else it."""
        start, _end = self.clause_of(trigger)
        for j in range(start, trigger):
            if self.lower[j] in self.grammar.finite_aux:
                return j
        return trigger

    def _verb_like(self, i: int) -> bool:
        """Without tags: a lower-case inflected word whose lemma is an infinitive."""
        if self.layers.pos:
            return self.doc[i].pos_ in ("VERB", "AUX")
        low, lemma = self.lower[i], self.lemma[i]
        return self.doc[i].text[:1].islower() and low != lemma and lemma.endswith("n") and \
            low not in self.grammar.attributive_markers

    def verb_phrase(self, i: int) -> range:
        """The part of ``i``'s clause between coordinated verb phrases ("drangen ein | und
        wollten abschalten"): mode words of one phrase do not touch the other."""
        start, end = self.clause_of(i)
        for j in range(i - 1, start, -1):
            if self.lower[j] in self.grammar.coordinators and j + 1 < i and self._verb_like(j + 1):
                start = j + 1
                break
        for j in range(i + 1, end - 1):
            if self.lower[j] in self.grammar.coordinators and self._verb_like(j + 1):
                end = j
                break
        return range(start, end)

    def has_lemma_in(self, i: int, lemmas: frozenset[str]) -> bool:
        """Whether the word at ``i`` is one of ``lemmas``, with its separated particle
        ("kündigte ... an" is "ankündigen")."""
        if i > self.start and self.lower[i - 1] in self.grammar.attributive_markers:
            return False  # "mit einer fortgesetzten Annäherung": an adjective, not the verb
        if self.lemma[i] in lemmas:
            return True
        if not self._verb_like(i):
            return False
        particle = self.separable_particle(i)
        return particle is not None and self.lower[particle] + self.lemma[i] in lemmas

    def separable_particle(self, verb: int) -> int | None:
        """The particle belonging to ``verb``: a dependency child, else the clause's last word."""
        if self.layers.dep:
            for child in self.doc[verb].children:
                if child.dep_ == "compound:prt":
                    return child.i
            return None
        _start, end = self.clause_of(verb)
        for j in range(verb + 1, end):
            # the particle closes the clause, or the first of two coordinated verb phrases
            # ("drangen in die Zentrale ein und wollten ..."); a later one belongs to the
            # second verb ("verurteilten X und forderten Y auf")
            if self.lower[j] in self.grammar.coordinators and j + 1 < end and \
                    self._verb_like(j + 1):
                # "und" + a verb: a second verb phrase begins
                if self.lower[j - 1] in self.grammar.particles and j - 1 > verb:
                    return j - 1 if j - 1 not in self.actor_at else None
                return None
            closes = j == end - 1
            if closes and self.lower[j] in self.grammar.particles and j not in self.actor_at:
                return j
        return None

    # -- actors ------------------------------------------------------------------------------
    def _actor_refs(self, actors: list[Span]) -> list[ActorRef]:
        chosen: list[tuple[Span, str]] = []
        taken: set[int] = set()
        ordered = sorted(actors, key=lambda s: (-(s.end - s.start), s.start))
        for span in ordered:
            if span.start < self.start or span.end > self.end:
                continue
            if any(i in taken for i in range(span.start, span.end)):
                continue
            mention = span._.actor
            code = getattr(mention, "code", None) or span.label_
            if not code:
                continue
            taken.update(range(span.start, span.end))
            chosen.append((span, code))
        refs: list[ActorRef] = []
        for span, code in sorted(chosen, key=lambda c: c[0].start):
            prep, case = self._governor(span, taken)
            if prep is None and refs and self._joined(refs[-1], span.start):
                prep = refs[-1].prep  # "nach Deutschland, Belgien und Marokko": one preposition
            refs.append(ActorRef(span=span, code=code, start=span.start, end=span.end,
                                 prep=prep, case=case))
        return refs

    def _joined(self, previous: ActorRef, start: int) -> bool:
        """Whether a mention at ``start`` continues a list right after ``previous``."""
        if start != previous.end + 1:
            return False
        joiner = self.lower[previous.end]
        return joiner in self.grammar.coordinators or (
            joiner == "," and self.clause_of(previous.start) == self.clause_of(start))

    def _governor(self, span: Span, taken: set[int]) -> tuple[str | None, str | None]:
        grammar = self.grammar
        if self.layers.dep:
            root = span.root
            for child in root.children:
                if child.dep_ == "case" and child.i < root.i:
                    return child.lower_, None
        first = self.lower[span.start]
        case = None
        if first in grammar.oblique_determiners:
            case = "obl"
        elif first in grammar.genitive_determiners:
            case = "gen"
        start, _end = self.clause_of(span.start)
        for j in range(span.start - 1, max(start, span.start - 4) - 1, -1):
            low = self.lower[j]
            if low in grammar.prepositions and not self.doc[j + 1].like_num:
                return low, case  # "über" in "von über tausend Polizisten" means "more than"
            if j in taken:
                break
            if low in grammar.oblique_determiners and case is None:
                case = "obl"
                continue
            if low in grammar.genitive_determiners and case is None:
                case = "gen"
                continue
            token = self.doc[j]
            if self.is_break(j) or token.text[:1].isupper() or low in grammar.finite_aux:
                break
        before = span.start - 1
        adjective_led = False
        if case is None and first not in grammar.genitive_articles:
            # "der zerstrittenen Opposition" after a noun: skip the adjectives to the article
            k = before
            while k > start and k > span.start - 4 and self.lower[k] not in \
                    grammar.genitive_articles and self.doc[k].text[:1].islower() and \
                    not self.is_break(k) and self.lower[k] not in grammar.prepositions and \
                    self.lower[k] not in grammar.finite_aux and k not in taken:
                k -= 1
            if k > start and self.lower[k] in grammar.genitive_articles:
                first, before = self.lower[k], k - 1
            elif k < before and k not in taken and self.doc[k].text[:1].isupper() and all(
                    self.lower[j].endswith(grammar.genitive_plural_adjective_endings) and
                    self.lower[j] not in grammar.coordinators for j in range(k + 1, span.start)):
                # "nach Angaben lokaler Medien": a genitive plural without article, whose
                # adjectives take the strong ending (-er), unlike a verb ("traf Kim")
                before, adjective_led = k, True
        if case is None and before > start and before not in taken and \
                self.doc[before].text[:1].isupper() and not self.is_break(before) and \
                (not self.layers.pos or self.doc[before].pos_ == "NOUN"):
            case = "gen"  # "die Truppen der Regierung", "die Strafzölle Washingtons"
            # a genitive inside a prepositional phrase shares its preposition:
            # "zur Generaldebatte der UN-Vollversammlung", "gegen die Truppen der Regierung"
            for j in range(before - 1, max(start, before - 4) - 1, -1):
                if first not in grammar.genitive_articles and not adjective_led:
                    break  # "nach Angaben lokaler Medien": an article-less genitive too
                low = self.lower[j]
                if low in grammar.prepositions:
                    return low, case
                if j in taken or self.is_break(j) or self.doc[j].text[:1].isupper() or \
                        low in grammar.finite_aux:
                    break
        return None, case

    def actors_in(self, tokens: range) -> list[ActorRef]:
        return [a for a in self.actors if a.start in tokens]

    def coordinated(self, actor: ActorRef) -> list[ActorRef]:
        """The actor and those joined to it by "und", "sowie", commas ("X, Y und Z")."""
        group = [actor]
        current = actor
        joined_by_coordinator = False
        for nxt in self.actors:
            if nxt.start < current.end:
                continue
            between = [self.lower[j] for j in range(current.end, nxt.start)]
            if actor.case == "gen" and nxt.case != "gen":
                break  # "Anhänger des Predigers in Justiz, Polizei und Medien": no genitive list
            if len(between) > 1 and between[-1] in self.grammar.possessives:
                between = between[:-1]  # "Xi und sein Amtskollege Obama"
            if len(between) > 1 and nxt.prep is not None and nxt.prep == actor.prep and \
                    between[-1] == nxt.prep and between[0] in self.grammar.coordinators and all(
                    self.doc[j].is_alpha and self.doc[j].text[:1].islower() and
                    not self._verb_like(j) for j in range(current.end + 1, nxt.start - 1)):
                between = between[:1]  # "mit X und anschließend auch mit Y"
            if between and all(w in self.grammar.coordinators or w == "," for w in between) \
                    and any(w in self.grammar.coordinators or w == "," for w in between):
                group.append(nxt)
                current = nxt
                joined_by_coordinator |= any(w in self.grammar.coordinators for w in between)
            elif nxt.start > current.end:
                break
        if len(group) > 1 and not joined_by_coordinator:
            return [actor]  # "mit dem Alterspräsidenten, dem Abgeordneten B.,": an apposition
        return group
