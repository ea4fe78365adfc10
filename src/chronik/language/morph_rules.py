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

from collections.abc import Sequence
from dataclasses import dataclass

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


def attach_particles(doc: Doc, particles: frozenset[str],
                     tokens: Sequence[Token] | None = None) -> None:
    """Prefix separable particles to the lemma of the verb they depend on.

    ``tokens`` is ``list(doc)`` when the caller has it already (one Token object per word
    instead of one per pass: spaCy builds a new one on every iteration).
    """
    for token in doc if tokens is None else tokens:
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


def mark_passive_roles(doc: Doc, agent_prepositions: frozenset[str],
                       tokens: Sequence[Token] | None = None) -> None:
    """Relabel subject and agent of verbs with a passive auxiliary."""
    passive_verbs = {token.head.i for token in (doc if tokens is None else tokens)
                     if token.dep_ == "aux:pass"}
    for verb_i in passive_verbs:
        for child in doc[verb_i].children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubj:pass"
            elif child.dep_ == "obl" and any(
                    c.dep_ == "case" and c.text.lower() in agent_prepositions
                    for c in child.children):
                child.dep_ = "obl:agent"


CASE_ROLES = {"Dat": "iobj", "Acc": "obj"}


def one_subject_per_verb(doc: Doc, tokens: Sequence[Token] | None = None) -> None:
    """Relabel surplus subjects whose case says they are objects."""
    by_verb: dict[int, list[Token]] = {}
    for token in doc if tokens is None else tokens:
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


def syntactic_upos(doc: Doc, rules: tuple[UposRule, ...],
                   tokens: Sequence[Token] | None = None) -> None:
    """UPOS from the parse, in one pass over the tokens.

    An auxiliary that attaches as neither aux nor cop is used as a main verb: VERB (GSD dev
    700-799, held out: 4 words fixed, 1 broken; dev 1-699: 42 of 46 such words VERB). Then the
    rules of ``upos_relations.yaml``; the first matching rule wins. The rules that can match a
    relation are picked once per relation (most tokens have a relation no rule names).
    """
    by_relation: dict[str, tuple[UposRule, ...]] = {}
    for token in doc if tokens is None else tokens:
        dep, pos = token.dep_, token.pos_
        if pos == "AUX" and dep not in AUXILIARY_DEPS:
            token.pos_ = pos = "VERB"
        candidates = by_relation.get(dep)
        if candidates is None:
            candidates = by_relation[dep] = tuple(
                rule for rule in rules if not rule.relations or dep in rule.relations)
        if not candidates:
            continue
        tag = token.tag_
        for rule in candidates:
            if _rule_matches(rule, token, dep, pos, tag):
                token.pos_ = rule.upos
                break


def _known_lemma(text: str, tag: str, sentence_start: bool, res: LanguageResources
                 ) -> str | None:
    if res.is_abbreviation(text, tag) or res.is_place_adjective(text, tag, sentence_start):
        return text
    known = res.lexicon_lemma(text, tag)
    if known is not None:
        return known
    return res.zu_infinitive_lemma(text, tag) or res.noun_singular(text, tag)


def known_lemma(token: Token, res: LanguageResources) -> str | None:
    """The lemma the lexicon or the abbreviation rule gives ``token``, or None."""
    return _known_lemma(token.text, token.tag_, token.i == 0 or bool(token.is_sent_start), res)


@dataclass(frozen=True)
class RuleSwitches:
    """Which corrections :func:`apply_rules` makes (all on in the shipped pipeline)."""

    pos_from_tag: bool = True
    closed_class: bool = True
    particles: bool = True
    mood: bool = True
    passive: bool = True
    lexicon: bool = True


# What the word-level rules make of one word: UPOS (None: unchanged), lemma, mood form or None
WordEdit = tuple[str | None, str, tuple[str, str] | None]


def word_edit(text: str, tag: str, lemma: str, sentence_start: bool, res: LanguageResources,
              switches: RuleSwitches) -> WordEdit:
    """The word-level corrections of a word with STTS ``tag`` and the lemmatizer's ``lemma``.

    A pure function of its arguments, so :class:`WordEdits` can remember it per word.
    """
    upos = None
    if switches.pos_from_tag:
        upos = res.stts_upos.get(tag)
        if upos is None:
            upos = res.convention_upos(text, tag)
    if switches.lexicon:
        known = _known_lemma(text, tag, sentence_start, res)
        if known is not None:
            lemma = known
        if lemma[:1].isupper() and res.lower_case_lemma(text, tag):
            lemma = lemma[:1].lower() + lemma[1:]
    if switches.closed_class and (closed := res.lemma_for(text, tag)) is not None:
        lemma = closed
    form = res.verb_mood.get(text.lower()) if switches.mood else None
    return upos, lemma, form


class WordEdits:
    """:func:`word_edit` remembered per (form, tag, lemma, sentence start): news repeats its
    words, and the look-ups cost more than the memo. Bounded: cleared at ``limit`` entries."""

    def __init__(self, res: LanguageResources, switches: RuleSwitches,
                 limit: int = 200_000) -> None:
        self.res = res
        self.switches = switches
        self.limit = limit
        self.memo: dict[tuple[str, str, str, bool], WordEdit] = {}

    def __call__(self, text: str, tag: str, lemma: str, sentence_start: bool) -> WordEdit:
        key = (text, tag, lemma, sentence_start)
        edit = self.memo.get(key)
        if edit is None:
            if len(self.memo) >= self.limit:
                self.memo.clear()
            edit = self.memo[key] = word_edit(text, tag, lemma, sentence_start, self.res,
                                              self.switches)
        return edit


def apply_word_edits(tokens: Sequence[Token], edits: WordEdits) -> None:
    """UPOS from the tag, lemmas from the tables and the mood of every word, in one pass.

    Only a word with the place-adjective tag can depend on its sentence start, so
    ``is_sent_start`` is read for those alone.
    """
    place_tag = edits.res.place_adjective[0]
    for token in tokens:
        text, tag, lemma = token.text, token.tag_, token.lemma_
        start = tag == place_tag and (token.i == 0 or bool(token.is_sent_start))
        upos, new_lemma, form = edits(text, tag, lemma, start)
        if upos is not None:
            token.pos_ = upos
        if new_lemma != lemma:
            token.lemma_ = new_lemma
        if form is not None:
            set_mood(token, *form)


def apply_rules(doc: Doc, res: LanguageResources, *, pos_from_tag: bool = True,
                closed_class: bool = True, particles: bool = True, mood: bool = True,
                passive: bool = True, lexicon: bool = True,
                edits: WordEdits | None = None) -> Doc:
    """Apply the enabled corrections to ``doc`` in place.

    ``edits`` (a component's memo over ``res`` with these switches) saves the word-level
    look-ups of words seen before; without it a fresh one is used for this Doc.
    """
    switches = RuleSwitches(pos_from_tag, closed_class, particles, mood, passive, lexicon)
    if edits is None or edits.switches != switches or edits.res is not res:
        edits = WordEdits(res, switches)
    # one Token object per word for all passes: spaCy builds a new one on every iteration
    tokens = list(doc)
    apply_word_edits(tokens, edits)
    if particles:
        attach_particles(doc, res.particle_set, tokens)
    parsed = doc.has_annotation("DEP")
    if pos_from_tag and parsed:
        syntactic_upos(doc, res.upos_rules, tokens)
    if passive and parsed:
        one_subject_per_verb(doc, tokens)
        mark_passive_roles(doc, res.agent_prepositions, tokens)
    return doc
