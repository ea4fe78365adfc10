"""Source and target of a trigger: from dependencies when the Doc is parsed, else from token
order, prepositions and case-marking determiners (German V2 / verb-final clause shapes)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from chronik.events.matcher import Trigger
from chronik.events.view import ActorRef, SentenceView

SUBJECT_DEPS = ("nsubj",)
PASSIVE_SUBJECT_DEPS = ("nsubj:pass",)
OBJECT_DEPS = ("obj", "iobj", "dative")
AGENT_DEPS = ("obl:agent",)


@dataclass(frozen=True)
class Roles:
    source: ActorRef | None
    target: ActorRef | None
    source_code: str | None = None  # set when the source is inferred (agentless passive)
    how: str = "order"  # "dep", "order", "inherited", "agentless", "between", "relative"
    code: str | None = None  # set when the roles come with their own code (a setting's attack)

    @property
    def source_value(self) -> str | None:
        return self.source.code if self.source else self.source_code


def _actor_for(view: SentenceView, token: int) -> ActorRef | None:
    """The actor mention covering a dependent, or one inside its subtree."""
    found = view.actor_at.get(token)
    if found is not None:
        return found
    for t in view.doc[token].subtree:
        if t.i in view.actor_at:
            return view.actor_at[t.i]
    return None


def _subject_of(view: SentenceView, verb: Token, depth: int = 0) -> tuple[ActorRef | None, bool]:
    """The actor subject of ``verb`` (and whether the clause is passive), following
    conjunction, control (xcomp) and relative clauses to the word that supplies it."""
    kids = list(verb.children)
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in kids)
    for child in kids:
        if child.dep_ in AGENT_DEPS:
            return _actor_for(view, child.i), True
    for child in kids:
        if child.dep_ in SUBJECT_DEPS:
            if child.pos_ == "PRON" and "Rel" in child.morph.get("PronType") and \
                    verb.dep_.startswith("acl"):
                return view.actor_at.get(verb.head.i) or _actor_for(view, verb.head.i), passive
            return _actor_for(view, child.i), passive
    if passive:
        for child in kids:
            if child.dep_.startswith("obl") and view.lower[child.i] != child.lower_:
                continue
            actor = view.actor_at.get(child.i)
            if actor is not None and actor.prep in view.grammar.agent_prepositions:
                return actor, True
        return None, True
    if depth < 3 and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        source, _ = _subject_of(view, verb.head, depth + 1)
        return source, passive
    return None, passive


def _by_dependency(view: SentenceView, trig: Trigger) -> Roles | None:
    verb = view.doc[trig.token]
    kids = list(verb.children)
    source, passive = _subject_of(view, verb)
    if source is None:
        return None
    target = None
    if passive:
        target = next((_actor_for(view, c.i) for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS),
                      None)
    else:
        for child in kids:
            if child.dep_ in OBJECT_DEPS:
                candidate = _actor_for(view, child.i)
                if candidate is not None and candidate is not source:
                    target = candidate
                    break
    obliques = [a for c in kids if c.dep_.startswith("obl") or c.dep_ in ("nmod", "obj")
                for a in [_actor_for(view, c.i)] if a is not None and a is not source]
    if trig.preps:
        target = next((a for a in obliques if a.prep in trig.preps), None) or (
            target if trig.target_policy != "prep" else None)
    if target is None and trig.target_policy == "object":
        target = next((a for a in obliques if a.prep in view.grammar.target_prepositions), None)
    if trig.target_policy == "none":
        target = None
    return Roles(source, target, how="dep")


def _is_passive(view: SentenceView, trig: Trigger) -> bool:
    """A participle with "werden"; or, for verbs that say who acts when nobody is named
    (``agentless``), a participle without "haben" ("sind angeklagt", headlines: "X festgenommen")."""
    if trig.entry.kind != "verb" or trig.particle is not None:
        return False  # a separated particle means a finite verb ("setzten ... fest")
    clause = [j for j in view.clause_tokens(trig.token) if j != trig.token]
    grammar = view.grammar
    if not view.is_participle(trig.token):
        # "wurden ... übergeben": a participle that looks like its infinitive, after a past
        # form of "werden" (which never takes an infinitive)
        return any(view.lower[j] in grammar.past_passive_aux for j in clause) and \
            view.lower[trig.token] == view.lemma[trig.token]
    if any(view.lower[j] in grammar.passive_aux for j in clause):
        return True
    if any(view.lower[j] in grammar.state_passive_aux for j in clause) and not any(
            view.lower[j] in grammar.perfect_aux for j in clause) and \
            not view.lemma[trig.token].endswith(grammar.sein_perfect_endings) and \
            view.lower[trig.token] != trig.entry.lemma and not view.is_zu_infinitive(trig.token):
        # (an entry for the participle itself is an adjective of feeling: "ist verärgert")
        return True  # "Zwei Polizisten sind verletzt": a state, its agent unnamed or with "von"
    start, end = view.clause_of(trig.token)
    last = max(trig.token, trig.particle or trig.token)
    if last != end - 1:
        return False
    if trig.agentless and not any(view.lower[j] in view.grammar.perfect_aux for j in clause):
        return True
    # a headline "Ein Soldat durch Mine getötet": a participle closing a main clause that has
    # no finite verb, not followed by a comma ("Moskau bestreitet, dass ...")
    if end < view.end and view.lower[end] == ",":
        return False
    return view.is_headline_participle(trig.token) and not any(
        view.lower[j] in view.grammar.finite_aux for j in clause) and \
        view.lower[start] not in view.grammar.subordinators and \
        view.lower[start] not in view.grammar.relative_pronouns


def _attributive_agent(view: SentenceView, agent: ActorRef) -> bool:
    """"ein von Badawi gegründetes Forum": the "von" phrase belongs to a participle used as
    an adjective before its noun; "während des Besuchs von Papst Franziskus": to the nominal
    trigger before it. Neither is the clause's passive agent."""
    after = agent.end
    if after + 1 < view.end and view.doc[after].text[:1].islower() and \
            view.lower[after].endswith(view.grammar.attributive_participle_endings) and \
            view.doc[after + 1].text[:1].isupper() and not view.is_break(after + 1):
        return True
    prep = next((j for j in range(agent.start - 1, max(view.start, agent.start - 4) - 1, -1)
                 if view.lower[j] == agent.prep), None)
    if prep is None or prep <= view.start:
        return False
    head = view.doc[prep - 1]
    # "die Verteilung von 160.000 Flüchtlingen": a nominalization's attribute
    return prep - 1 in view.noun_triggers or (
        head.text[:1].isupper() and prep - 1 not in view.actor_at and
        head.lower_.endswith(view.grammar.nominalization_endings))


def _setting_agent(view: SentenceView, clause: range) -> ActorRef | None:
    """ "Bei israelischen Angriffen wurden 30 Menschen getötet": the agent of a passive with no
    "von" phrase is the party of the attack in its setting phrase (its adjective or genitive)."""
    found = _setting_attack(view, clause)
    return found[0] if found else None


def _setting_attack(view: SentenceView, clause: range) -> tuple[ActorRef, int] | None:
    """The party of a nominal trigger in a setting phrase of ``clause``, and that trigger."""
    for i in sorted(view.noun_triggers):
        if i not in clause or not view.in_setting_phrase(i):
            continue
        before = view.actor_at.get(i - 1)
        if before is not None and _adjectival(view, before):
            return before, i
        after = view.actor_at.get(i + 1)
        if after is not None and after.start == i + 1 and after.case == "gen":
            return after, i
    return None


def _patient_subject_roles(view: SentenceView, actors: list[ActorRef],
                           clause: range) -> Roles | None:
    """ "Bei dem Anschlag des IS starben 20 Menschen": the subject suffers; the attacker is
    the "durch" party or the party of the attack in the setting phrase, whose code names what
    happened."""
    victim = next((a for a in actors if a.core and a.case != "obl"), None)
    if victim is None:
        return None
    agent = next((a for a in actors if a.prep in view.grammar.agent_prepositions and
                  a is not victim), None)
    if agent is not None:
        return Roles(agent, victim)
    found = _setting_attack(view, clause)
    if found is None:
        return None
    return Roles(found[0], victim, how="setting", code=view.trigger_codes.get(found[1]))


def _scene_country(view: SentenceView, subject: ActorRef) -> str:
    """Whose police or court acted when nobody is named: the country where it happened
    ("In Marokko ist ein Belgier festgenommen worden" -> MAR), else the target's."""
    for actor in view.actors:
        if actor is not subject and actor.prep in view.grammar.place_prepositions and \
                actor.code[:3].isalpha() and not actor.code.startswith("IGO"):
            return actor.code[:3]
    return view.scene_country or subject.code[:3]


def _prefield_noun_subject(view: SentenceView, trig: Trigger, position: int) -> bool:
    """ "Ein Leitartikel ... forderte Obama auf": the clause opens with a noun phrase that is no
    actor, so the subject is not an actor and the actor after the verb is an object."""
    start, _end = view.clause_of(trig.token)
    if position <= start or start in view.actor_at:
        return False
    return view.lower[start] in view.grammar.subject_determiners and all(
        view.lower[j] not in view.grammar.prepositions for j in range(start, position))


def _subordinate_noun_subject(view: SentenceView, start: int, first_actor: ActorRef) -> bool:
    """ "dass die Regierungschefs eine Delegation zu Burundis Regierung schicken": a subordinate
    clause opened by a noun phrase that is no actor has that phrase as subject; the actor
    after it is an object."""
    subject = start + 1
    return view.lower[start] in view.grammar.subordinators and subject < first_actor.start and \
        subject not in view.actor_at and view.lower[subject] in view.grammar.subject_determiners


def _inverted_noun_subject(view: SentenceView, trig: Trigger, position: int,
                           first_actor: ActorRef) -> bool:
    """ "Am Montag ermittelt die Staatsanwaltschaft gegen Demirtas": after a prefield the noun
    phrase right behind the finite verb is the subject; when it is no actor, the actor after
    it is an object."""
    start, _end = view.clause_of(trig.token)
    after = position + 1
    return start < position and after < first_actor.start and after not in view.actor_at and \
        view.lower[after] in view.grammar.subject_determiners


def _pick_target(view: SentenceView, trig: Trigger, actors: list[ActorRef],
                 source: ActorRef | None, after: int) -> ActorRef | None:
    policy = trig.target_policy
    if policy == "none":
        return None
    others = [a for a in actors if a is not source and (source is None or
                                                        a.code != source.code or a.start != source.start)]
    if source is not None:
        group = view.coordinated(source)
        others = [a for a in others if a not in group]
        # another mention of the source itself is a poor target when there is another party
        others.sort(key=lambda a: a.code == source.code)
    preps = trig.preps
    if preps:
        for a in others:
            if a.prep in preps:
                return a
        embedded = _genitive_in_prep_phrase(view, trig, others)
        if embedded is not None:
            return embedded
    if policy == "prep":
        opener = view.next_clause(trig.token)
        return _content_target(view, trig, source) if len(opener) and (
            view.lower[opener.start] in view.grammar.content_clause_openers and
            opener.start == view.clause_of(trig.token)[1] + 1) else None
    core = [a for a in others if a.core]
    later = [a for a in core if a.start > after]
    if later:
        return later[0]
    if core:
        return core[0]
    # a prepositional party ("gegen Kiew") or the genitive of the object noun ("die Truppen der
    # Regierung", "die Kandidatur von Jeremic"), whichever comes first: "kritisierte den Umgang
    # Israels mit den Rechten der Palästinenser"
    oblique = [a for a in others if a.start > after and (
        a.prep in view.grammar.target_prepositions or a.case == "gen" and a.prep is None or (
            a.prep in view.grammar.agent_prepositions and a.start >= 2 and
            view.doc[a.start - 2].text[:1].isupper() and a.start - 2 not in view.actor_at))]
    if oblique:
        return oblique[0]
    if view.grammar.foreign_target_fallback and source is not None:
        # "besorgt angesichts der Lage in Ägypten": another country named after the trigger
        # "im Irak" is a setting; "nach palästinensischen Angaben" names no party
        foreign = [a for a in others if a.start > after and a.code[:3] != source.code[:3] and
                   a.prep not in view.grammar.place_prepositions and not _adjectival(view, a)]
        if foreign:
            return foreign[0]
    content = _content_target(view, trig, source)
    if content is not None:
        return content
    if view.grammar.sentence_target_fallback and source is not None:
        # the other party named elsewhere in the sentence ("Seoul und Washington bestreiten")
        rest = [a for a in view.actors if a.code[:3] != source.code[:3] and a not in others
                and a is not source and not a.code.startswith("---")]
        return rest[-1] if rest else None
    return None


def _genitive_in_prep_phrase(view: SentenceView, trig: Trigger,
                             others: list[ActorRef]) -> ActorRef | None:
    """"ging gegen Tausende Anhänger des Predigers vor": the trigger's preposition governs a
    plain noun phrase whose genitive attribute is the actor; that actor is the target."""
    clause = view.clause_tokens(trig.token)
    for j in clause:
        if view.lower[j] not in trig.preps or j in view.actor_at:
            continue
        for a in others:
            if a.start > j and a.start <= j + 5 and a.start in clause and a.case == "gen" and \
                    a.prep is None and not any(b.start > j and b.start < a.start for b in view.actors):
                return a
    return None


def _content_target(view: SentenceView, trig: Trigger, source: ActorRef | None) -> ActorRef | None:
    """"die Forderung der Opposition, dass sich Erdogan heraushalten soll": the addressee of a
    demand, appeal, accusation or rejection is the subject of its content clause."""
    if trig.code[:2] not in view.grammar.content_target_roots or source is None:
        return None
    content = [a for a in view.actors_in(view.next_clause(trig.token))
               if a.core and a.case != "obl" and a is not source]
    start, _end = view.clause_of(trig.token)
    if not content and start == trig.token and start > view.start and \
            view.lower[start - 1] == ",":
        # "Israel gehe dem nicht nach, kritisierte X": the content opens the sentence
        content = [a for a in view.actors_in(view.clause_tokens(view.start))
                   if a.core and a.case != "obl" and a.code != source.code]
    return content[0] if content else None


def _inherited_source(view: SentenceView, trig: Trigger) -> ActorRef | None:
    """A verb opening its clause (after a comma or "und") takes the sentence's first subject;
    a relative clause takes the actor just before its comma."""
    start, _end = view.clause_of(trig.token)
    if start <= view.start:
        return None
    first_word = view.lower[start]
    if first_word in view.grammar.relative_pronouns and view.is_break(start - 1):
        before = view.actor_at.get(start - 2)
        return before
    position = view.finite_position(trig.token)
    lead = [j for j in range(start, position) if view.lower[j] not in view.grammar.coordinators]
    if lead:
        return None
    return _first_subject_before(view, start)


def _sentence_subject(view: SentenceView, trig: Trigger) -> ActorRef | None:
    return _first_subject_before(view, view.clause_of(trig.token)[0])


def _first_subject_before(view: SentenceView, start: int) -> ActorRef | None:
    """The sentence's first core (non-oblique) actor that stands before token ``start``."""
    for actor in view.actors:
        if actor.start >= start:
            break
        if actor.core and actor.case != "obl":
            return actor
    return None


def _between(view: SentenceView, clause: range) -> tuple[ActorRef, ActorRef] | None:
    for j in clause:
        if view.lower[j] in view.grammar.symmetric_prepositions:
            after = [a for a in view.actors if a.start > j and a.start in clause]
            if after:
                group = view.coordinated(after[0])
                if len(group) >= 2:
                    return group[0], group[1]
                joined = after[0].end < clause.stop and \
                    view.lower[after[0].end] in view.grammar.coordinators
                if after[0].start <= j + 3 and not joined:
                    # "Kämpfe zwischen Rebellengruppen"; "zwischen der Regierung und der TPLF"
                    # with the second party unknown names no dyad
                    return after[0], after[0]
    return None


def _verb_roles(view: SentenceView, trig: Trigger) -> Roles | None:
    clause = view.clause_tokens(trig.token)
    settings = view.setting_parties()
    actors = [a for a in view.actors_in(clause) if a.start not in settings]
    if trig.entry.patient_subject:
        return _patient_subject_roles(view, actors, clause)
    if _is_passive(view, trig):
        agent = next((a for a in actors if a.prep in view.grammar.agent_prepositions and
                      not _attributive_agent(view, a)), None)
        # "Die Ausgabe der Zeitung wurde beschlagnahmt": the owner of the seized thing suffers it
        subject = next((a for a in actors if a.core), None) or next(
            (a for a in actors if a.case == "gen" and a.prep is None and a.end <= trig.token), None)
        if agent is None:
            agent = _setting_agent(view, clause)
        start, _end = view.clause_of(trig.token)
        if subject is None and start > view.start and view.is_break(start - 1) and \
                view.lower[start] in view.grammar.passive_aux:
            # "X hatten sich auf den Weg gemacht, ..., wurden aber von der Armee gestoppt":
            # a clause opened by its auxiliary shares the sentence's first subject
            subject = _first_subject_before(view, start)
        if agent is not None:
            if subject is None and trig.needs_target(view.grammar.nouns_need_target):
                return None
            return Roles(agent, subject if trig.target_policy != "none" else None)
        by_target = dict(trig.entry.agentless_by_target)
        if subject is not None and subject.code[3:6] in by_target and subject.code[:3].isalpha():
            # "30 PKK-Kämpfer wurden getötet": militants killed by no one named, by the state's
            # forces
            return Roles(None, subject, source_code=subject.code[:3] + by_target[subject.code[3:6]],
                         how="agentless")
        if subject is None and trig.agentless:
            # "Gegen den Minister wird ermittelt": an impersonal passive names its target
            subject = next((a for a in actors if a.prep in trig.preps), None)
        if trig.agentless and subject is not None:
            return Roles(None, subject, source_code=_scene_country(view, subject) + trig.agentless,
                         how="agentless")
        return None
    position = view.finite_position(trig.token)
    subjects = [a for a in actors if a.core and a.case != "obl"]
    start, _end = view.clause_of(trig.token)
    if start > view.start and view.lower[start - 1] == "," and (
            view.lower[start] in view.grammar.nominative_relatives or
            view.lower[start] in view.grammar.relative_pronouns and start + 1 < view.end and
            (view.lower[start + 1] in view.grammar.subject_determiners or
             view.lower[start + 1] in view.grammar.oblique_determiners)):
        # "Kämpfer, die die Eltern umgebracht haben": the first of two noun phrases is the subject
        antecedent = view.actor_at.get(start - 2)
        if antecedent is None:
            return None  # "dem Attentäter, der eine Israelin erstochen hatte": no actor acts
        return Roles(antecedent, _pick_target(view, trig, actors, antecedent, start),
                     how="relative")
    if view.is_zu_infinitive(trig.token):
        if view.lower[start] in view.grammar.purpose_conjunctions:
            return None  # "um ... zu stoppen": a purpose, not an event
        after = view.next_clause(trig.token)
        if len(after) and view.lower[after.start] in view.grammar.state_passive_aux:
            return None  # "die Presse zu ignorieren, sei Selbstmord": the subject of a judgement
        source = _sentence_subject(view, trig)
        if source is None:
            return None
        target = _pick_target(view, trig, actors, source, view.start - 1)
        if target is None and trig.needs_target(view.grammar.nouns_need_target):
            return None  # "zu einer Lösung zu kommen": no destination, no visit
        return Roles(source, target, how="inherited")
    before = [a for a in subjects if a.end <= position]
    after_verb = [a for a in subjects if a.start > position]
    how = "order"
    inside = [a for a in actors if a.end <= position and a.case != "obl"]
    if before and _subordinate_noun_subject(view, start, before[0]):
        return None
    if before:
        source = before[0]
    elif inside and view.lower[start] in view.grammar.subject_determiners and not any(
            j in view.noun_triggers for j in range(start, position)) and not (
            start > view.start and view.lower[start - 1] == ","):
        source = inside[0]  # a commentary in a named newspaper demands something: the medium speaks
    elif after_verb and not _prefield_noun_subject(view, trig, position) and \
            not _inverted_noun_subject(view, trig, position, after_verb[0]):
        source = after_verb[0]
    elif after_verb:
        return None
    elif (inverted := _inverted_genitive_subject(view, actors, start, position)) is not None:
        source = inverted
    elif not trig.entry.speech and not (position + 1 < view.end and
                                        view.lower[position + 1] in view.grammar.expletives):
        source = _inherited_source(view, trig)  # not for "kam es zu ...": no subject to share
        how = "inherited"
    else:
        source = None
    if source is None and not trig.entry.speech and view.speaker is not None and \
            view.clause_of(trig.token) != view.speech_clause and not after_verb and \
            view.lower[start] not in view.grammar.relative_pronouns and \
            not any(view.is_nounlike(j) for j in range(start, position)):
        source, how = view.speaker, "reported"  # "..., das sei rechtswidrig, sagte Toros"
    if source is None:
        pair = _between(view, clause)
        if pair is None:
            return None
        return Roles(pair[0], pair[1], how="between")
    # "verurteilte den Angriff und kündigte Hilfe für Kiew an": the target is in the
    # trigger's own verb phrase
    phrase = view.verb_phrase(trig.token)
    target = _pick_target(view, trig, [a for a in actors if a.start in phrase or a is source],
                          source, source.end - 1)
    if target is None and any(view.lower[j] in view.grammar.reciprocals for j in clause):
        group = view.coordinated(source)
        if len(group) >= 2:  # "Pakistan und Indien beschuldigen sich gegenseitig"
            return Roles(group[0], group[1], how="reciprocal")
    if target is None and trig.needs_target(view.grammar.nouns_need_target):
        return None
    return Roles(source, target, how=how)



def _inverted_genitive_subject(view: SentenceView, actors: list[ActorRef], start: int,
                               position: int) -> ActorRef | None:
    """ "..., kritisierte der Berichterstatter der UNO": a verb opening a clause after a comma
    with its subject after it, a role noun whose genitive attribute is the actor."""
    if position != start or start <= view.start or view.lower[start - 1] != ",":
        return None
    return next((a for a in actors if a.start > position and a.prep is None and
                 a.case == "gen"), None)


def _adjectival(view: SentenceView, actor: ActorRef) -> bool:
    """An adjective mention ("einem nordkoreanischen Atomtest") modifies the noun after it."""
    if actor.span[-1].text[:1].isupper():
        return False
    return view.lower[actor.start] not in view.grammar.attributive_markers or actor.end - actor.start > 1


def _relative_clause_roles(view: SentenceView, trig: Trigger) -> Roles | None:
    """A nominal trigger with a relative clause right after it ("Drohungen, die Pjöngjang gegen
    Seoul ausstieß"): the clause's first core actor is the source, its trigger preposition the
    target."""
    i = trig.token
    if i + 2 >= view.end or view.lower[i + 1] != "," or \
            view.lower[i + 2] not in view.grammar.relative_pronouns:
        return None
    actors = view.actors_in(view.clause_tokens(i + 3))
    subjects = [a for a in actors if a.core]
    if not subjects:
        return None
    source = subjects[0]
    target = next((a for a in actors if a.prep in trig.preps and a.start > source.start), None)
    if target is None and trig.needs_target(view.grammar.nouns_need_target):
        return None
    return Roles(source, target, how="relative")


def _noun_roles(view: SentenceView, trig: Trigger, shared: bool = False) -> Roles | None:
    i = trig.token
    clause = view.clause_tokens(i)
    actors = view.actors_in(clause)
    source = None
    after = [a for a in actors if a.start > i]
    agent = next((a for a in after if a.prep in view.grammar.agent_prepositions), None)
    nxt = after[0] if after else None
    attribute = nxt if nxt is not None and (
        nxt.start == i + 1 and nxt.prep is None or nxt.case == "gen" and (nxt.start <= i + 3 or (
            nxt.start <= i + 5 and all(view.doc[j].text[:1].islower() and not view.is_break(j)
                                       for j in range(i + 1, nxt.start))))) else None
    if trig.entry.genitive == "target":
        if agent is not None and agent.prep in view.grammar.noun_patient_prepositions and \
                attribute is None and agent.start <= i + 2:
            # "die Freilassung von Badawi durch die Behörden": "von" names who is freed
            attribute = agent
            agent = next((a for a in after if a.prep in view.grammar.agent_prepositions and
                          a.prep not in view.grammar.noun_patient_prepositions), None)
        if agent is None:
            return None
        return Roles(agent, attribute if attribute is not agent else None)
    if agent is not None and attribute is not None and attribute is not agent:
        return Roles(agent, attribute)
    source = attribute or (agent if agent is not None and agent.start <= i + 3 else None)
    if i in view.actor_at:
        source = view.actor_at[i]  # "Polizeirazzia": the compound names its agent
    if source is None:
        before = [a for a in actors if a.end <= i and (a.core or a.case == "gen" or
                                                        _adjectival(view, a))]
        last = before[-1] if before else None
        adjacent = last if last is not None and last.end == i and (
            last.case != "obl" or _adjectival(view, last)) else None
        possessive = i > view.start and view.lower[i - 1] in view.grammar.possessives or (
            i > view.start + 1 and view.lower[i - 2] in view.grammar.possessives)
        setting = trig.code[:2] in view.grammar.setting_source_roots and view.in_setting_phrase(i)
        if adjacent is not None:
            source = adjacent  # "Chinas Besuch", "Nordkoreas Drohungen"
        elif setting:
            # "sagte Kerry bei einem Besuch in Kairo", "Nach seinem Besuch in Kairo sagte Kerry":
            # the visitor is the clause's subject; the phrase itself names the other party
            phrase_end = view.noun_phrase_end(i)
            opens_clause = view.clause_of(i)[0] >= i - 3
            subjects = [a for a in actors if a.core and a.case != "obl" and
                        (a.start >= phrase_end if opens_clause else a.end <= i)]
            source = subjects[0] if subjects else None
            actors = [a for a in actors if a.start < phrase_end]
        elif possessive or any(view.has_lemma_in(j, view.grammar.support_verbs) for j in clause):
            # "Xi will seinen Besuch nutzen", "Berlin übte Kritik"
            subjects = [a for a in before if a.core and a.case != "obl"]
            source = subjects[0] if subjects else None
    if source is None:
        pair = _between(view, clause)
        if pair is not None:
            return Roles(pair[0], pair[1], how="between")
        first = view.coordinated_noun_before(i)
        if first is not None and not shared:
            # "ein nordkoreanischer Atomtest und ein Raketenstart": the parties of the first
            return _noun_roles(view, replace(trig, token=first), shared=True)
        return _relative_clause_roles(view, trig)
    target = _pick_target(view, trig, actors, source, i)
    if target is None and (trig.entry.symmetric or any(
            p in view.grammar.symmetric_prepositions for p in trig.preps)):
        group = view.coordinated(source)
        if len(group) >= 2:  # "Xi und Obama nutzten ihr Treffen": a symmetric noun, X -> Y
            return Roles(group[0], group[1], how="between")
    if target is None and trig.needs_target(view.grammar.nouns_need_target):
        return None
    return Roles(source, target, how="order")


def assign_roles(view: SentenceView, trig: Trigger) -> list[Roles]:
    """One :class:`Roles` per source (and target) actor in a coordination; empty if no source."""
    roles = None
    if view.layers.dep and trig.entry.kind == "verb":
        roles = _by_dependency(view, trig)
        if roles is not None and roles.target is None and trig.needs_target(view.grammar.nouns_need_target):
            return []
    if roles is None:
        roles = _noun_roles(view, trig) if trig.entry.kind == "noun" else _verb_roles(view, trig)
    if roles is None:
        return []
    if roles.how == "reciprocal" and roles.source and roles.target:
        return [roles, Roles(roles.target, roles.source, how=roles.how)]
    sources = view.coordinated(roles.source) if roles.source and roles.how != "between" \
        else [roles.source]
    if trig.entry.symmetric and roles.target is None and len(sources) >= 2:
        return [Roles(sources[0], sources[1], how=roles.how)]
    if len(sources) >= 2 and roles.target is not None and not roles.target.core and \
            roles.target.prep not in trig.preps and \
            trig.code.startswith(view.grammar.mutual_roots):
        # "Serbien und Kosovo nahmen unter Vermittlung der EU Gespräche auf": the two subjects
        # are the parties; a genitive or setting phrase names a third
        return [Roles(sources[0], sources[1], how=roles.how)]
    targets = view.coordinated(roles.target) if roles.target and roles.how != "between" \
        else [roles.target]
    return [Roles(s, t, roles.source_code, roles.how, roles.code) for s in sources for t in targets
            if roles.how == "between" or not (s is not None and t is not None and
                                              s.start == t.start)]
