"""Rule corrections after the statistical tagger, lemmatizer and parser.

* separable verb particles: a particle attached as ``compound:prt`` (or tagged PTKVZ) is prefixed
  to its verb's lemma — "lädt … ein" gives the finite verb the lemma "einladen";
* UPOS from the STTS tag where the tag alone decides (``stts_upos.tsv``), and GSD's UPOS for
  words it annotates by convention (weekdays and months as PROPN, "ander-"/"dies-" as DET:
  ``upos_conventions.tsv``); an AUX that the parser made no auxiliary or copula (it heads its
  clause: "Sie ist in Berlin", "Er will das") is a main verb, VERB, as in UD German GSD; UPOS by
  syntactic function (a subordinator in ``cc`` is CCONJ, a participle with a copula ADJ:
  ``upos_relations.yaml``);
* lemmas of known words: the silver lexicon (``lemma_lexicon.tsv``, HanTa's lemma for a form and
  STTS tag) over the edit-tree guess, and short all-capital nouns/names as their own lemma
  (``lemma_rules.yaml``);
* closed-class lemmas (``closed_class_lemmas.tsv``);
* ``Mood=Sub`` on unambiguous subjunctive forms (``verb_mood.tsv``);
* passive clause roles: in a clause whose verb has an ``aux:pass`` child, the subject becomes
  ``nsubj:pass`` and an ``obl`` introduced by an agent preposition (``clause_roles.yaml``)
  becomes ``obl:agent``;
* one subject per verb: of several ``nsubj`` children of a verb, one in the dative becomes
  ``iobj`` and one in the accusative ``obj`` (the morphologizer's Case).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronik.language.resources import LanguageResources, UposRule

PARTICLE_DEPS = frozenset({"compound:prt", "svp"})
PARTICLE_TAG = "PTKVZ"
VERB_POS = frozenset({"VERB", "AUX"})
AUXILIARY_DEPS = frozenset({"aux", "aux:pass", "cop"})


def _is_particle(token: Token, particles: frozenset[str]) -> bool:
    """A PTKVZ-tagged word with a head, or a compound:prt child that is a known particle."""
    if token.tag_ == PARTICLE_TAG:
        return token.head.i != token.i
    return token.dep_ in PARTICLE_DEPS and token.text.lower() in particles


def attach_particles(doc: Doc, particles: frozenset[str]) -> None:
    """Prefix separable particles to the lemma of the verb they depend on."""
    for token in doc:
        if token.tag_ != PARTICLE_TAG and token.dep_ not in PARTICLE_DEPS:
            continue
        if not _is_particle(token, particles):
            continue
        verb = token.head
        if verb.i == token.i or (verb.pos_ and verb.pos_ not in VERB_POS):
            continue
        particle = token.text.lower()
        if particle.isalpha() and not verb.lemma_.startswith(particle):
            verb.lemma_ = particle + verb.lemma_


def mark_passive_roles(doc: Doc, agent_prepositions: frozenset[str]) -> None:
    """Relabel subject and agent of verbs with a passive auxiliary."""
    passive_verbs = {token.head.i for token in doc if token.dep_ == "aux:pass"}
    for verb_i in passive_verbs:
        for child in doc[verb_i].children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubj:pass"
            elif child.dep_ == "obl" and any(
                    c.dep_ == "case" and c.text.lower() in agent_prepositions
                    for c in child.children):
                child.dep_ = "obl:agent"


CASE_ROLES = {"Dat": "iobj", "Acc": "obj"}


def one_subject_per_verb(doc: Doc) -> None:
    """Relabel surplus subjects whose case says they are objects."""
    by_verb: dict[int, list[Token]] = {}
    for token in doc:
        if token.dep_ == "nsubj":
            by_verb.setdefault(token.head.i, []).append(token)
    for subjects in by_verb.values():
        if len(subjects) < 2:
            continue
        for child in subjects:
            case = child.morph.get("Case")
            if case and case[0] in CASE_ROLES:
                child.dep_ = CASE_ROLES[case[0]]


def set_mood(token: Token, mood: str, tense: str) -> None:
    feats = token.morph.to_dict()
    feats["Mood"] = mood
    feats.setdefault("Tense", tense)
    feats.setdefault("VerbForm", "Fin")
    token.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))


def _rule_matches(rule: UposRule, token: Token, dep: str, pos: str, tag: str) -> bool:
    return ((not rule.relations or dep in rule.relations)
            and (not rule.predicted or pos in rule.predicted)
            and (not rule.tags or tag in rule.tags)
            and (not rule.words or token.text.lower() in rule.words)
            and (not rule.child_relations
                 or any(child.dep_ in rule.child_relations for child in token.children)))


def syntactic_upos(doc: Doc, rules: tuple[UposRule, ...]) -> None:
    """UPOS from the parse, in one pass over the tokens.

    An auxiliary that attaches as neither aux nor cop is used as a main verb: VERB (GSD dev
    700-799, held out: 4 words fixed, 1 broken; dev 1-699: 42 of 46 such words VERB). Then the
    rules of ``upos_relations.yaml``; the first matching rule wins.
    """
    for token in doc:
        dep, pos, tag = token.dep_, token.pos_, token.tag_
        if pos == "AUX" and dep not in AUXILIARY_DEPS:
            token.pos_ = pos = "VERB"
        for rule in rules:
            if _rule_matches(rule, token, dep, pos, tag):
                token.pos_ = rule.upos
                break


def known_lemma(token: Token, res: LanguageResources) -> str | None:
    """The lemma the lexicon or the abbreviation rule gives ``token``, or None."""
    if res.is_abbreviation(token.text, token.tag_) or res.is_place_adjective(
            token.text, token.tag_, token.i == 0 or bool(token.is_sent_start)):
        return token.text
    known = res.lexicon_lemma(token.text, token.tag_)
    if known is not None:
        return known
    return (res.zu_infinitive_lemma(token.text, token.tag_)
            or res.noun_singular(token.text, token.tag_))


def apply_rules(doc: Doc, res: LanguageResources, *, pos_from_tag: bool = True,
                closed_class: bool = True, particles: bool = True, mood: bool = True,
                passive: bool = True, lexicon: bool = True) -> Doc:
    """Apply the enabled corrections to ``doc`` in place."""
    for token in doc:
        tag = token.tag_
        if pos_from_tag and tag in res.stts_upos:
            token.pos_ = res.stts_upos[tag]
        elif pos_from_tag and (upos := res.convention_upos(token.text, tag)) is not None:
            token.pos_ = upos
        if lexicon and (lemma := known_lemma(token, res)) is not None:
            token.lemma_ = lemma
        if lexicon and token.lemma_[:1].isupper() and res.lower_case_lemma(token.text, tag):
            token.lemma_ = token.lemma_[:1].lower() + token.lemma_[1:]
        if closed_class and (lemma := res.lemma_for(token.text, tag)) is not None:
            token.lemma_ = lemma
        if mood and (form := res.verb_mood.get(token.text.lower())) is not None:
            set_mood(token, *form)
    if particles:
        attach_particles(doc, res.particle_set)
    if pos_from_tag and doc.has_annotation("DEP"):
        syntactic_upos(doc, res.upos_rules)
    if passive and doc.has_annotation("DEP"):
        one_subject_per_verb(doc)
        mark_passive_roles(doc, res.agent_prepositions)
    return doc
