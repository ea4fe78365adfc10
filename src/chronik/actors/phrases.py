"""Group dictionary atoms into actor phrases: "Nordkoreas Machthaber Kim Jong-un",
"US-Präsident Donald Trump", "die Vertreter Seouls", "den Truppen von Syriens Staatschef …"."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from chronik.actors.dictionary import Grammar
from chronik.actors.entries import Reading
from chronik.actors.matcher import Atom

ENTITY_KINDS = ("place", "adj", "people", "seat", "igo", "group", "person", "short")
PERSON_KINDS = ("person", "short")


@dataclass
class Phrase:
    """An actor phrase over tokens ``[start, end)``: an entity, or a role noun with an owner
    (the actor it belongs to), a named holder (``holder``: dictionary persons) or an unknown
    ``name``; pronouns carry the features they agree with."""

    start: int
    end: int
    entity: tuple[Reading, ...] = ()
    role: Reading | None = None
    owner: Phrase | None = None
    holder: tuple[Reading, ...] = ()
    name: tuple[int, int] | None = None
    pronoun: frozenset[str] = field(default_factory=frozenset)
    demonstrative: bool = False
    thing: bool = False             # "es": refers to a state or organisation, not a person

    @property
    def is_role(self) -> bool:
        return self.role is not None

    def has(self, *kinds: str) -> bool:
        return any(r.kind in kinds for r in self.entity)

    @property
    def genitive(self) -> bool:
        return any(r.genitive for r in self.entity)


def _entity(readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    return tuple(r for r in readings if r.kind in ENTITY_KINDS)


def _role(readings: tuple[Reading, ...]) -> Reading | None:
    return next((r for r in readings if r.kind == "role"), None)


def atoms_to_phrases(doc: Doc, atoms: list[Atom]) -> list[Phrase]:
    """One phrase per token (or token run): hyphen compounds become a role with its owner
    ("US-Präsident") or an entity standing for the whole token ("UN-Bericht")."""
    by_token: dict[int, list[Atom]] = {}
    phrases: list[Phrase] = []
    for atom in atoms:
        token = doc[atom.tok_start]
        whole = atom.start == token.idx and atom.end == doc[atom.tok_end - 1].idx + len(
            doc[atom.tok_end - 1].text)
        if whole:
            phrases.append(_whole(atom))
        else:
            by_token.setdefault(atom.tok_start, []).append(atom)
    for index, parts in by_token.items():
        token = doc[index]
        first = parts[0] if parts[0].start == token.idx else None
        last = parts[-1] if parts[-1].end == token.idx + len(token.text) else None
        if last is first:
            last = None
        head_role = _role(last.readings) if last else None
        owner = _entity(first.readings) if first else ()
        if head_role and owner:
            phrases.append(Phrase(index, index + 1, role=head_role,
                                  owner=Phrase(index, index + 1, entity=owner)))
        elif owner and any(r.kind in ("igo", "group") for r in owner):
            # "UN-Bericht", "IS-Video": an organization's product stands for it; a country
            # prefix before a non-role noun ("Ukraine-Krieg", "US-Wahl") names a topic
            phrases.append(Phrase(index, index + 1, entity=owner))
        elif head_role:
            phrases.append(Phrase(index, index + 1, role=head_role))
        elif last and _entity(last.readings):
            phrases.append(Phrase(index, index + 1, entity=_entity(last.readings)))
    phrases.sort(key=lambda p: p.start)
    return phrases


def _whole(atom: Atom) -> Phrase:
    entity, role = _entity(atom.readings), _role(atom.readings)
    if role and atom.owner:
        return Phrase(atom.tok_start, atom.tok_end, role=role,
                      owner=Phrase(atom.tok_start, atom.tok_end, entity=atom.owner))
    if entity:
        return Phrase(atom.tok_start, atom.tok_end, entity=entity)
    return Phrase(atom.tok_start, atom.tok_end, role=role)


class PhraseBuilder:
    """Applies the phrase grammar over a Doc's atoms; German words come from :class:`Grammar`."""

    def __init__(self, doc: Doc, grammar: Grammar, folded: str) -> None:
        self.doc = doc
        self.g = grammar
        self.words = [folded[t.idx:t.idx + len(t.text)] for t in doc]
        self.has_pos = doc.has_annotation("POS")
        self.per_starts = {ent.start: ent.end for ent in doc.ents if ent.label_ in ("PER", "PERSON")}

    # -- small tests on tokens ------------------------------------------------------------------
    def _modifier(self, i: int) -> bool:
        token = self.doc[i]
        return token.text.isalpha() and token.text.islower()

    def gap_ok(self, start: int, end: int) -> bool:
        """Tokens between a country adjective/genitive and its role noun: at most two lowercase
        words, the last one inflected like an adjective ("die international anerkannte")."""
        if end == start:
            return True
        if end - start > 2 or not all(self._modifier(i) for i in range(start, end)):
            return False
        return self.words[end - 1].endswith(self.g.modifier_endings)

    def unknown_name(self, start: int, covered: set[int]) -> int:
        """End of an unlisted personal name starting at ``start`` (== start when none). A word
        the dictionary knows as something else is no name, whatever the tagger says ("den
        Botschafter Kolumbiens" with "Kolumbiens" tagged PER)."""
        if start in covered:
            return start
        if start in self.per_starts:
            return self.per_starts[start]
        end = start
        while end < len(self.doc) and end - start < 4 and end not in covered:
            token = self.doc[end]
            if token.is_sent_start and end > start:
                break
            word = self.words[end]
            particle = word in self.g.name_particles or word.split("-")[0] in self.g.name_particles
            capital = token.text[:1].isupper() and token.text.replace("-", "").replace(
                ".", "").replace("'", "").isalpha()
            if self.has_pos and token.pos_ not in ("PROPN", "X", ""):
                break
            if not (capital or (particle and end > start)):
                break
            if word in self.g.determiners or word in self.g.pronouns:
                break
            end += 1
        while end > start and self.words[end - 1] in self.g.name_particles:
            end -= 1
        return end

    # -- the grammar -----------------------------------------------------------------------------
    def build(self, phrases: list[Phrase]) -> list[Phrase]:
        covered = {i for p in phrases for i in range(p.start, p.end)}
        local = self._local(phrases, covered)
        return self._link(local)

    def _local(self, phrases: list[Phrase], covered: set[int]) -> list[Phrase]:
        out: list[Phrase] = []
        i = 0
        while i < len(phrases):
            p = phrases[i]
            nxt = phrases[i + 1] if i + 1 < len(phrases) else None
            if (nxt and not p.is_role and nxt.is_role and nxt.owner is None
                    and (p.has("adj") or p.genitive) and self.gap_ok(p.end, nxt.start)):
                p = replace(nxt, start=p.start, owner=p)
                i += 1
                nxt = phrases[i + 1] if i + 1 < len(phrases) else None
            if (p.is_role and not p.holder and nxt and nxt.start == p.end
                    and nxt.has("group") and not nxt.genitive):
                # "die Nachrichtenagentur KCNA", "die Terrormiliz IS": the group names the role
                p = replace(p, end=nxt.end, holder=nxt.entity)
                out.append(p)
                i += 2
                continue
            if p.is_role and not p.holder and p.name is None:
                quoted = self._quoted(p.end)
                if quoted is not None:
                    inner = (p.end + 1, quoted - 1)
                    if (nxt and nxt.start == inner[0] and nxt.end == inner[1]
                            and nxt.has("group") and not nxt.genitive):
                        # die Zeitung „Le Monde“: the named outlet
                        out.append(replace(p, end=quoted, holder=nxt.entity))
                        i += 2
                        continue
                    if (p.role.role is not None and not p.role.role.person
                            and not (nxt and nxt.start < quoted)):
                        # die Zeitschrift „Beispiel“: an organisation with an unknown name
                        out.append(replace(p, end=quoted, name=inner))
                        i += 1
                        continue
            takes_name = (p.is_role and p.role.role is not None and p.role.role.person) or (
                not p.is_role and p.has("people") and not p.has("adj"))
            if takes_name:
                if nxt and nxt.start == p.end and nxt.has(*PERSON_KINDS):
                    p = replace(p, end=nxt.end, holder=nxt.entity)
                    i += 1
                elif p.is_role and self._singular(p):
                    end = self.unknown_name(p.end, covered)
                    if end > p.end:
                        p = replace(p, end=end, name=(p.end, end))
                elif not p.is_role:
                    end = self.unknown_name(p.end, covered)
                    if end > p.end:
                        p = replace(p, end=end, name=(p.end, end))
            out.append(p)
            i += 1
        return out

    def _quoted(self, i: int) -> int | None:
        """End (after the closing mark) of a short capitalized quoted name at token ``i``."""
        if i >= len(self.doc) or self.doc[i].text not in self.g.quote_marks:
            return None
        if i + 1 >= len(self.doc) or not self.doc[i + 1].text[:1].isupper():
            return None
        for k in range(i + 2, min(len(self.doc), i + 8)):
            if self.doc[k].text in self.g.quote_marks:
                return k + 1 if k > i + 1 else None
            if self.doc[k].is_sent_start or self.doc[k].is_punct and self.doc[k].text != "-":
                return None
        return None

    def _singular(self, p: Phrase) -> bool:
        return bool(p.role and p.role.feats & {"m", "f"})

    def _link(self, phrases: list[Phrase]) -> list[Phrase]:
        """Right to left, attach an owner after a bare role noun: a genitive ("Vertreter
        Seouls"), "des/der" + actor, or a linking preposition ("Regierung in Peking")."""
        out = list(phrases)
        j = len(out) - 2
        while j >= 0:
            p, q = out[j], out[j + 1]
            if p.is_role and p.owner is None and not p.holder and p.name is None:
                link = self._link_gap(p.end, q.start)
                if link == "adjacent" and not q.is_role and q.genitive:
                    out[j] = replace(p, end=q.end, owner=q)
                    del out[j + 1]
                elif link == "linked" and not self._agent(p, q):
                    out[j] = replace(p, end=q.end, owner=q)
                    del out[j + 1]
            j -= 1
        return out

    def _agent(self, p: Phrase, q: Phrase) -> bool:
        """"(wurden) 30 Zivilisten von Regierungstruppen (getötet)": "von" + a group of people
        is a passive agent, not the owner of the role before it (a relational noun keeps its
        owner: "Vertreter von Hilfsorganisationen")."""
        return (self.words[p.end] in self.g.agent_prepositions and q.is_role
                and p.role is not None and p.role.role is not None and not p.role.role.inherit
                and q.role is not None and q.role.role is not None
                and (q.role.role.person or q.role.role.sector in self.g.state_sectors)
                and "pl" in q.role.feats and not self._singular(q))

    def _link_gap(self, end: int, start: int) -> str | None:
        if start == end:
            return "adjacent"
        words = self.words[end:start]
        if len(words) == 1 and (words[0] in self.g.linking_prepositions
                                or words[0] in self.g.genitive_determiners):
            return "linked"
        if (len(words) == 2 and words[0] in self.g.linking_prepositions
                and words[1] in self.g.determiners):
            return "linked"
        if (1 < len(words) <= 3 and words[0] in self.g.genitive_determiners
                and self.gap_ok(end + 1, start)):
            return "linked"          # "das Militär des international isolierten Landes"
        return None

    def pronouns(self, phrases: list[Phrase], body_token: int) -> list[Phrase]:
        covered = {i for p in phrases for i in range(p.start, p.end)}
        found = []
        for i, word in enumerate(self.words):
            if i < body_token or i in covered:
                continue
            if word in self.g.pronouns:
                found.append(Phrase(i, i + 1, pronoun=self.g.pronouns[word]))
            elif word in self.g.ambiguous_pronouns and self._no_noun_after(i):
                found.append(Phrase(i, i + 1, pronoun=self.g.ambiguous_pronouns[word]))
            elif word in self.g.thing_pronouns and self._subject_of_verb(i):
                found.append(Phrase(i, i + 1, pronoun=self.g.thing_pronouns[word], thing=True))
            elif word in self.g.demonstratives and self._before_verb(i):
                found.append(Phrase(i, i + 1, pronoun=self.g.demonstratives[word],
                                    demonstrative=True))
        return found

    def _no_noun_after(self, i: int) -> bool:
        """"ihr" before punctuation, a determiner or a verb is a pronoun; before a noun or an
        adjective it is the possessive."""
        if i + 1 >= len(self.doc):
            return True
        nxt = self.doc[i + 1]
        if nxt.is_punct or self.words[i + 1] in self.g.determiners:
            return True
        if self.has_pos:
            return nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "X")
        return (nxt.text.islower() and nxt.is_alpha
                and not self.words[i + 1].endswith(self.g.modifier_endings))

    def _subject_of_verb(self, i: int) -> bool:
        """Is "es" the subject of a personal verb: first in its sentence or clause, before a
        verb that is not impersonal ("es gibt", "es kam zu")?"""
        token = self.doc[i]
        first = i == 0 or token.is_sent_start or self.doc[i - 1].text in self.g.clause_marks
        if not first or i + 1 >= len(self.doc) or self.words[i + 1] in self.g.expletive_verbs:
            return False
        nxt = self.doc[i + 1]
        if self.has_pos:
            return nxt.pos_ == "VERB"
        return nxt.text.isalpha() and nxt.text.islower()

    def _before_verb(self, i: int) -> bool:
        """Does a demonstrative stand alone (a pronoun), i.e. before a verb, not a noun?"""
        if i + 1 >= len(self.doc):
            return False
        nxt = self.doc[i + 1]
        if self.has_pos:
            return nxt.pos_ in ("VERB", "AUX")
        after = self.doc[i + 2] if i + 2 < len(self.doc) else None
        return (nxt.text.isalpha() and nxt.text.islower()
                and (after is None or not after.text[:1].isupper()))
