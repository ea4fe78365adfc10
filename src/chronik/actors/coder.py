"""Code actor phrases: resolve persons at the article date, countries from the text or the
article, definite descriptions and pronouns to their antecedents; write ``doc.spans["actors"]``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span

from chronik.actors.dictionary import ActorDictionary, make_mention
from chronik.actors.entries import Reading, split_code
from chronik.actors.forms import fold
from chronik.actors.matcher import find_atoms
from chronik.actors.phrases import PERSON_KINDS, Phrase, PhraseBuilder, atoms_to_phrases
from chronik.model import ActorMention, register_extensions

SPAN_KEY = "actors"
NON_COUNTRIES = ("IGO", "NGO", "---")
PERSON_LABELS = ("PER", "PERSON")
MODIFIER_POS = ("ADJ", "NUM")       # words a mention's span may take before it: "der frühere …"
REGION_FEATURE = "A.ADM1"           # GeoNames: first-level administrative division


@dataclass(frozen=True)
class Coded:
    """A resolved mention with what coreference needs to know about it."""

    start: int
    end: int
    mention: ActorMention
    feats: frozenset[str]
    person: bool
    role_key: str | None
    sentence: int
    pronoun: bool = False
    people: bool = False          # a member of a people ("ein Belgier"), named or not


def article_date(doc: Doc) -> str | None:
    article = doc._.article if Doc.has_extension("article") else None
    return getattr(article, "published", None) if article is not None else None


class _Resolver:
    def __init__(self, doc: Doc, dictionary: ActorDictionary, date: str | None) -> None:
        self.doc = doc
        self.d = dictionary
        self.g = dictionary.grammar
        self.date = date
        self.context: str | None = None
        self.located: str | None = None
        self.sentence_place: dict[int, str] = {}
        self.sentence_seat: dict[int, str] = {}    # a capital after "in" ("in Kabul")
        self.country_counts: Counter[str] = Counter()
        self.sentence_counts: dict[int, Counter[str]] = {}
        self.country_first: dict[str, int] = {}
        self.dateline: str | None = None
        self.phrase_at: dict[int, Phrase] = {}
        self.seen: list[str] = []          # person ids in order of full mention
        self.history: list[Coded] = []
        self.local: dict[str, tuple[ActorMention, int, int, frozenset[str]]] = {}
        self.sentence_of = self._sentences()

    def _sentences(self) -> list[int]:
        if self.doc.has_annotation("SENT_START"):
            ids, current = [], -1
            for token in self.doc:
                if token.is_sent_start:
                    current += 1
                ids.append(max(current, 0))
            return ids
        return [token.i // 25 for token in self.doc]

    # -- entities --------------------------------------------------------------------------
    def person_reading(self, readings: tuple[Reading, ...]) -> Reading | None:
        full = [r for r in readings if r.kind == "person"]
        if full:
            active = [r for r in full if self.d.active_at(r.ref, self.date)]
            return (active or full)[0]
        shorts = [r for r in readings if r.kind == "short"]
        seen = [r for r in shorts if r.ref in self.seen]
        if seen:
            return max(seen, key=lambda r: self.seen.index(r.ref))
        active = [r for r in shorts if self.d.active_at(r.ref, self.date)
                  and not self.d.persons[r.ref].context_only]
        refs = {r.ref for r in shorts}
        if len(active) == 1 and (len(refs) == 1 or self.date is not None):
            return active[0]
        if not active and len(refs) == 1 and not self.d.persons[shorts[0].ref].context_only:
            return shorts[0]          # the only person of that name, out of office at the date
        return None

    def entity(self, readings: tuple[Reading, ...], sector: str | None = None,
               prefer: str | None = None) -> tuple[ActorMention, frozenset[str], bool] | None:
        if any(r.kind in PERSON_KINDS for r in readings):
            reading = self.person_reading(readings)
            if reading is None:
                others = tuple(r for r in readings if r.kind not in PERSON_KINDS)
                return self.entity(others, sector) if others else None
            if reading.ref not in self.seen:
                self.seen.append(reading.ref)
            mention = self.d.mention_for(Reading("person", reading.ref), self.date, None, sector,
                                         prefer)
            return (mention, reading.feats, True) if mention else None
        for kind in ("igo", "group", "place", "seat", "adj", "people"):
            reading = next((r for r in readings if r.kind == kind), None)
            if reading:
                context = self.located if reading.kind == "group" else self.context
                mention = self.d.mention_for(reading, self.date, context or self.context)
                return (mention, reading.feats, False) if mention else None
        return None

    # -- phrases ---------------------------------------------------------------------------
    def phrase(self, p: Phrase) -> tuple[ActorMention, frozenset[str], bool] | None:
        if not p.is_role:
            found = self.entity(p.entity)
            if found and not found[2] and p.has("place", "adj"):
                found = self.noun_sector(p, found)
            if (found and not p.name and p.has("people") and not p.has("place")
                    and self.doc[p.start].text[:1].isupper()
                    and p.start > 0 and self._quantified(p.start - 1)):
                # "zwei Deutsche", "Tausende Russen": persons of that country, not its state
                mention = found[0]
                code = (mention.country or "") + self.g.people_with_name_sector
                return make_mention(code, None, mention.entry), found[1], True
            if found and p.name and p.has("people"):
                mention = found[0]
                code = (mention.country or "") + (self.group_sector(p)
                                                  or self.g.people_with_name_sector)
                # a named member of a people is one person, of either gender
                found = (make_mention(code, self._text(p.name), mention.entry),
                         self.g.named_person_feats, True)
                self._register(p.name, found[0], found[1])
            return found
        noun = p.role.role
        assert noun is not None
        feats = p.role.feats
        owner = (self.owner_code(p.owner, noun)
                 if p.owner and not self.sympathy(p.owner) else None)
        former = self.former(p)
        if p.holder:
            # a former holder keeps the code of his role at the date, not the one named
            titled = owner or (noun.country + noun.sector if noun.country else None)
            found = (self.entity(p.holder) if former
                     else self.entity(p.holder, noun.sector, titled))
            if found and (found[2] or any(r.kind == "group" for r in p.holder)):
                mention = found[0]
                if (not found[2] and not noun.person and mention.sector == self.g.business_sector
                        and noun.sector != mention.sector and not noun.inherit):
                    # "die Mediengruppe X", "der Sender X" of a company: what the noun says
                    mention = make_mention((mention.country or "") + noun.sector, mention.name,
                                           mention.entry, mention.antecedent)
                return mention, found[1], found[2]
        antecedent = None
        if owner is None and noun.country:
            country = self.context if self.context in noun.or_context else noun.country
            owner = country + noun.sector
            if noun.person and self.determiner(p) in self.g.definite:
                # "Der Kanzler" after "Scholz": that person (pronouns then skip him)
                named = self.named_holder(p, noun, country)
                if named is not None:
                    span = self.doc[named.start:named.end]
                    owner, antecedent = named.mention.code, (span.start_char, span.end_char)
        if owner is None and noun.inherit:
            found = self.relational_owner(p)
            if found is None:
                return None
            owner, antecedent = found
        if former:
            found = self.former_holder(p, noun, owner)
            if found:
                return found
            country = split_code(owner)[0] if owner else (self.context or self.g.unknown_country)
            owner = country + self.g.inactive_sector
        if owner is None and noun.anaphor:
            found = self.anaphor(p, noun)
            if found is None:
                return None
            owner, antecedent = found
        if owner is None:
            town = self.town_after(p)
            if town:
                owner = town + noun.sector
        if owner is None and noun.determined and self.determiner(p) is None:
            return None           # "in Führung gehen", "unter Führung von": no actor
        if owner is None and noun.anchored:
            # "20 Menschen" is no actor; "Menschen" in a sentence that places its events in
            # a country are its people
            sentence = self.sentence_of[p.start]
            place = self.sentence_place.get(sentence) or self.sentence_seat.get(sentence)
            if place is None or "pl" not in p.role.feats or not self._introduced(p.start):
                return self.same_noun_before(p)
            owner = place + noun.sector
        if owner is None:
            owner, antecedent = self.from_context(p, noun)
        mention = make_mention(owner, self._text(p.name) if p.name else None,
                               f"role:{p.role.ref}", antecedent)
        if p.name:
            self._register(p.name, mention, feats)
        return mention, feats, noun.person

    def _introduced(self, i: int) -> bool:
        """Does a number, quantifier or adjective stand before token ``i`` ("20 Menschen",
        "viele verletzte Kinder"; not the generic "die Menschen", not the predicate "sei
        selbst Opfer")?"""
        if i == 0:
            return False
        token = self.doc[i - 1]
        word = fold(token.text)
        return (self._quantified(i - 1)
                or (token.is_alpha and token.text.islower() and word not in self.g.determiners
                    and word.endswith(self.g.modifier_endings)
                    and (not token.doc.has_annotation("POS") or token.pos_ in MODIFIER_POS)))

    def same_noun_before(self, p: Phrase) -> tuple[ActorMention, frozenset[str], bool] | None:
        """"Die Geiseln" after "israelische Geiseln" (within the window): the same group."""
        assert p.role is not None
        sentence = self.sentence_of[p.start]
        for coded in reversed(self.history):
            if sentence - coded.sentence > self.g.window:
                break
            if not coded.pronoun and coded.role_key == p.role.ref:
                span = self.doc[coded.start:coded.end]
                m = coded.mention
                return (make_mention(m.code, None, f"role:{p.role.ref}",
                                     (span.start_char, span.end_char)), p.role.feats, False)
        return None

    def relational_owner(self, p: Phrase) -> tuple[str, tuple[int, int]] | None:
        """"Ein Sprecher sagte", "Mitarbeiter wurden festgenommen" with no owner named: the
        actor the nearest sentence (this one or up to ``relational_window`` before) names
        first, whose spokesman or staff they are most likely to be."""
        if not self.g.relational_window:
            return None
        sentence = self.sentence_of[p.start]
        best: Coded | None = None
        for coded in reversed(self.history):
            if sentence - coded.sentence > self.g.relational_window:
                break
            if best is not None and coded.sentence != best.sentence:
                break
            if not coded.pronoun and coded.mention.country not in (None, "---"):
                best = coded
        if best is None:
            return None
        span = self.doc[best.start:best.end]
        return best.mention.code, (span.start_char, span.end_char)

    def town_after(self, p: Phrase) -> str | None:
        """"Der Bürgermeister von Charkiw", "die Polizei in Marseille": the country of a town
        (geo gazetteer) named right after the role with a linking preposition."""
        k = p.end
        if (not self.g.town_min_population or k + 1 >= len(self.doc)
                or fold(self.doc[k].text) not in self.g.linking_prepositions):
            return None
        for width in (2, 1):
            words = self.doc[k + 1:min(len(self.doc), k + 1 + width)]
            if len(words) == width and all(t.text[:1].isupper() and t.is_alpha for t in words):
                country = _town_country(words.text, self.g.town_min_population, regions=True)
                if country:
                    return country
        return None

    def group_sector(self, p: Phrase) -> str | None:
        """The sector of a counted group of persons named before ("drei Journalisten" ...
        "der Australier X"): named members of a people introduced after it belong to it."""
        for coded in reversed(self.history):
            if (coded.person and coded.role_key and not coded.pronoun and "pl" in coded.feats
                    and coded.start > 0 and self._counted(coded.start - 1)
                    and coded.mention.sector not in self.g.group_sector_not):
                return coded.mention.sector
        return None

    def _quantified(self, i: int) -> bool:
        token = self.doc[i]
        return self._counted(i) or fold(token.text) in self.g.quantifiers

    def _counted(self, i: int) -> bool:
        token = self.doc[i]
        return token.is_digit or token.like_num or fold(token.text) in self.g.group_counts

    def noun_sector(self, p: Phrase, found: tuple[ActorMention, frozenset[str], bool]
                    ) -> tuple[ActorMention, frozenset[str], bool]:
        """A country as attribute of a noun that names a sector's act ("ein nordkoreanischer
        Atomtest", "Militärmanöver der USA"): the country's sector is that of the noun."""
        mention = found[0]
        country, sector = split_code(mention.code)
        if sector != self.g.place_sector or country in NON_COUNTRIES or not self.g.sector_nouns:
            return found
        words = []
        last = self.doc[p.end - 1].text
        if "-" in last:
            words.append(last.split("-", 1)[1])
        if p.end < len(self.doc) and p.has("adj"):
            # only an adjective qualifies the next noun ("in Afghanistan Soldaten" does not)
            words.append(self.doc[p.end].text)
        if p.start >= 2 and fold(self.doc[p.start - 1].text) in self.g.genitive_determiners:
            words.append(self.doc[p.start - 2].text)
        for word in words:
            if not word[:1].isupper():
                continue
            folded = fold(word)
            for noun_sector, stems in self.g.sector_nouns.items():
                if any(stem in folded for stem in stems):
                    return (make_mention(country + noun_sector, mention.name, mention.entry,
                                         mention.antecedent), found[1], found[2])
        return found

    def unlisted(self, p: Phrase) -> tuple[ActorMention, frozenset[str], bool] | None:
        """A person name no dictionary knows and no role introduces (the language layer's
        PER entity): a civilian of the sentence's or the article's country; later, its
        surname alone and pronouns refer back to it."""
        assert p.name is not None
        last = self.doc[p.name[1] - 1].text
        word = fold(self._text(p.name))
        if word not in self.local and not _initial(last):
            word = fold(last)
        if word in self.local:
            m, start, end, feats = self.local[word]
            return make_mention(m.code, m.name, m.entry, (start, end)), feats, True
        if not self.g.unlisted_person_sector:
            return None
        member = self.affiliation(p)
        if member is not None:
            # "Hasan E. von der Nationalgarde": a member of the institution or group named after
            mention = make_mention(member.code, self._text(p.name), member.entry)
            self._register(p.name, mention, self.g.named_person_feats)
            return mention, self.g.named_person_feats, True
        last = next((c for c in reversed(self.history) if c.role_key and not c.pronoun), None)
        if (last is not None and last.person
                and 0 <= p.start - 1 - last.end <= self.g.apposition_gap
                and self.doc[p.start - 1].text in self.g.apposition_marks
                and all(t.is_alpha for t in self.doc[last.end:p.start - 1])):
            # apposition: "der Chefredakteur von Beispiel TV, Tarik Beispiel," is that role
            m = last.mention
            mention = make_mention(m.code, self._text(p.name), m.entry)
            self._register(p.name, mention, last.feats)
            return mention, last.feats, True
        country = (self.sentence_place.get(self.sentence_of[p.start]) or self.context
                   or self.g.unknown_country)
        mention = make_mention(country + self.g.unlisted_person_sector, self._text(p.name),
                               "name:unlisted")
        self._register(p.name, mention, self.g.named_person_feats)
        return mention, self.g.named_person_feats, True

    def affiliation(self, p: Phrase) -> ActorMention | None:
        """The institution or group a name is tied to by "von (der)"/"vom" right after it."""
        k = p.end
        if k >= len(self.doc) or fold(self.doc[k].text) not in self.g.affiliation_prepositions:
            return None
        k += 1
        if k < len(self.doc) and fold(self.doc[k].text) in self.g.determiners:
            k += 1
        q = self.phrase_at.get(k)
        if q is None or q.pronoun or (q.is_role and q.role.role and q.role.role.person):
            return None
        if not q.is_role and not q.has("igo", "group"):
            return None
        found = self.phrase(q)
        return found[0] if found else None

    def sympathy(self, owner: Phrase) -> bool:
        """"pro-russische Separatisten": the adjective names whom they side with, not where
        they are from; the country comes from the context."""
        word = fold(self.doc[owner.start].text)
        return not owner.is_role and word.startswith(self.g.sympathy_prefixes)

    def owner_code(self, owner: Phrase, noun) -> str | None:
        found = self.phrase(owner) if owner.is_role else self.entity(owner.entity)
        if not found:
            return None
        code = found[0].code
        country, _sector = split_code(code)
        if country in ("IGO", "NGO") or noun.inherit or noun.owner_code:
            return code
        if owner.has("group") and noun.person:
            return code
        return country + noun.sector

    def former(self, p: Phrase) -> bool:
        """Is the role qualified as former ("der frühere Präsident", "Ex-Präsident")?"""
        role_token = self.doc[p.start]
        for token in self.doc[max(0, p.start - 2):p.end]:
            word = fold(token.text)
            if word.startswith(self.g.former_stems) and word.endswith(self.g.modifier_endings):
                return True
        return fold(role_token.text).startswith(self.g.former_prefixes) or any(
            fold(t.text).startswith(self.g.former_prefixes) for t in self.doc[p.start:p.end])

    def former_holder(self, p: Phrase, noun, owner: str | None
                      ) -> tuple[ActorMention, frozenset[str], bool] | None:
        """The nearest earlier person who once held a role of this sector (and country)."""
        sentence = self.sentence_of[p.start]
        for coded in reversed(self.history):
            if sentence - coded.sentence > self.g.window:
                break
            entry = coded.mention.entry or ""
            if coded.pronoun or not entry.startswith("person:"):
                continue
            person = self.d.persons.get(entry.split(":", 1)[1])
            if coded.mention.sector == noun.sector:
                continue          # still holds such a role at the date: not a former holder
            if person and any(r.sector == noun.sector and (
                    owner is None or r.code[:3] == owner[:3]) for r in person.roles):
                span = self.doc[coded.start:coded.end]
                m = coded.mention
                return (ActorMention(m.code, m.name, m.country, m.sector, m.entry,
                                     (span.start_char, span.end_char)), coded.feats, True)
        return None

    def determiner(self, p: Phrase) -> str | None:
        """The (folded) determiner of a role phrase, over up to two modifiers: "des
        international isolierten Landes" -> "des"."""
        k = self._determiner_at(p)
        return fold(self.doc[k].text) if k is not None else None

    def _determiner_at(self, p: Phrase) -> int | None:
        k = p.start - 1
        while k >= 0 and p.start - k <= 3:
            word = fold(self.doc[k].text)
            if (word in self.g.determiners or word in self.g.possessives
                    or word in self.g.anaphor_contractions):
                return k
            if not (self.doc[k].is_alpha and self.doc[k].text.islower()):
                return None
            k -= 1
        return None

    def _idiom(self, p: Phrase) -> bool:
        """"auf dem Land" (the countryside): the noun names no state."""
        k = self._determiner_at(p)
        return (k is not None and k > 0 and f"{fold(self.doc[k - 1].text)} "
                f"{fold(self.doc[k].text)}" in self.g.anaphor_idioms)

    def apposed_country(self, p: Phrase) -> Coded | None:
        """"der Inselstaat Haiti", "das Königreich Saudi-Arabien": the country named right
        after a state noun."""
        q = self.phrase_at.get(p.end)
        if q is None or q.is_role or q.pronoun or not any(
                r.kind == "place" and len(r.ref) == 3 and r.ref not in NON_COUNTRIES
                for r in q.entity):
            return None
        found = self.entity(q.entity)
        if found is None:
            return None
        return Coded(q.start, q.end, found[0], found[1], False, None, self.sentence_of[q.start])

    def anaphor(self, p: Phrase, noun) -> tuple[str, tuple[int, int] | None] | None:
        """"das Land", "des Landes": the nearest country named before (within the window);
        "sein Land": the country of the nearest person. Indefinite uses are no actor."""
        determiner = self.determiner(p)
        if determiner is None or not (determiner in self.g.definite
                                       or determiner in self.g.possessives
                                       or determiner in self.g.anaphor_contractions):
            return None
        possessive = determiner in self.g.possessives
        if self._idiom(p):
            return None
        if not possessive and noun.state:
            found = self.apposed_country(p) or self.state_antecedent(p, noun.state)
            if found is not None:
                span = self.doc[found.start:found.end]
                return found.mention.country + noun.sector, (span.start_char, span.end_char)
            context = self._most_named(self.rival_countries(p, whole_sentence=True))
            return (context + noun.sector, None) if context else None
        sentence = self.sentence_of[p.start]
        for coded in reversed(self.history):
            if sentence - coded.sentence > self.g.window:
                break
            country = coded.mention.country
            if coded.pronoun or not country or country in NON_COUNTRIES:
                continue
            if possessive and not coded.person:
                continue
            if possessive and not _agrees_possessive(determiner, coded.feats,
                                                     self.g.possessive_features):
                continue          # "ihr Land": a woman's (or a group's), not a man's
            entry = coded.mention.entry or ""
            if possessive or entry.startswith("country:"):
                span = self.doc[coded.start:coded.end]
                return country + noun.sector, (span.start_char, span.end_char)
        if self.context:
            return self.context + noun.sector, None
        return None

    def from_context(self, p: Phrase, noun) -> tuple[str, tuple[int, int] | None]:
        """A role noun with no country: a definite person role refers back to the nearest
        person of that sector; any role to an earlier mention of the same noun; else the
        article's main country."""
        sentence = self.sentence_of[p.start]
        before = self.doc[p.start - 1] if p.start > 0 else None
        definite = before is not None and fold(before.text) in self.g.definite
        for coded in reversed(self.history):
            if sentence - coded.sentence > self.g.window:
                break
            if coded.pronoun:
                continue
            same_noun = coded.role_key == p.role.ref
            # only a named person is described again ("der Festgenommene" of a headline
            # is no antecedent for "der Verdächtige")
            same_person = (definite and noun.person and coded.person and coded.mention.name
                           and coded.mention.sector == noun.sector
                           and _agrees(p.role.feats, coded.feats))
            if same_person:
                chosen = self.described_person(p, coded)
                span = self.doc[chosen.start:chosen.end]
                return chosen.mention.code, (span.start_char, span.end_char)
            if same_noun:
                span = self.doc[coded.start:coded.end]
                return ((coded.mention.country or self.g.unknown_country) + noun.sector,
                        (span.start_char, span.end_char))
        if definite and noun.person and noun.sector not in self.g.state_sectors:
            # "Der Verdächtige" after "ein Belgier": the nearest named person or member of a
            # people keeps the country, in the noun's sector (not so for the state's organs:
            # "zwei Deutsche" ... "die Beamten" are not German officials)
            for coded in reversed(self.history):
                if sentence - coded.sentence > self.g.window:
                    break
                country = coded.mention.country
                if (not coded.pronoun and (coded.people or (coded.person and coded.mention.name))
                        and country
                        and country not in NON_COUNTRIES):
                    span = self.doc[coded.start:coded.end]
                    return country + noun.sector, (span.start_char, span.end_char)
        if noun.state and (self.determiner(p) in self.g.definite
                           or self.determiner(p) in self.g.anaphor_contractions):
            # "das kommunistische Regime", "die Führung", "der Machthaber": a state named
            # before, not the other party named in its own clause
            found = self.same_noun_anywhere(p) or self.state_antecedent(p, noun.state)
            if found is not None:
                span = self.doc[found.start:found.end]
                return (found.mention.country or self.g.unknown_country) + noun.sector, (
                    span.start_char, span.end_char)
        context = self.sentence_place.get(sentence)
        if context is not None and noun.person and noun.sector in self.g.travel_sectors:
            # ministers and presidents travel: "traf seinen Kollegen in Genf" says where
            # they met, not whose minister he is
            context = None
        if context is None and definite:
            found = self.same_noun_anywhere(p)
            if found is not None:
                span = self.doc[found.start:found.end]
                return (found.mention.country or "") + noun.sector, (span.start_char,
                                                                    span.end_char)
        if context is None and noun.sector in self.g.located_sectors:
            context = self.located
        if context is None:
            context = self.dateline
        if noun.state and context is None:
            # "Das Regime drohte Israel" with no state before it: the article's country counted
            # without this sentence, whose other actors are no evidence (not Israel's)
            context = self._most_named(set(), sentence, self.rival_countries(p, True))
            return (context or self.g.unknown_country) + noun.sector, None
        determiner = self.determiner(p)
        if (context is None and noun.person and noun.sector in self.g.travel_sectors
                and (determiner is None or determiner in self.g.definite)):
            # "Der Außenminister empfing den französischen Präsidenten": the article's country,
            # counted without this sentence (whose other actors are no evidence of his)
            described = self.predicated(p)
            if described is not None:
                return (described.mention.country or "") + noun.sector, None
            context = self._most_named(set(), self.sentence_of[p.start],
                                       self.rival_countries(p, whole_sentence=True))
            return (context or self.g.unknown_country) + noun.sector, None
        return (context or self.context or self.g.unknown_country) + noun.sector, None

    def named_holder(self, p: Phrase, noun, country: str) -> Coded | None:
        """The nearest named person of the noun's sector and country (and gender) within the
        window: "Scholz ... Der Kanzler" is Scholz."""
        sentence = self.sentence_of[p.start]
        for coded in reversed(self.history):
            if sentence - coded.sentence > self.g.window:
                break
            if (not coded.pronoun and coded.person and coded.mention.name
                    and coded.mention.sector == noun.sector and coded.mention.country == country
                    and _agrees(p.role.feats, coded.feats)):
                return coded
        return None

    def predicated(self, p: Phrase) -> Coded | None:
        """"Steinmeier reiste als Außenminister": the person the role is predicated of, the
        nearest named one before it in its sentence."""
        if not self._predicative(p.start):
            return None
        sentence = self.sentence_of[p.start]
        for coded in reversed(self.history):
            if coded.sentence != sentence:
                break
            if (not coded.pronoun and coded.person and coded.mention.country
                    and coded.mention.country not in NON_COUNTRIES):
                return coded
        return None

    def same_noun_anywhere(self, p: Phrase) -> Coded | None:
        """"die Regierung" far after "die Regierung in Libyen": the same noun with a country,
        anywhere before."""
        assert p.role is not None
        for coded in reversed(self.history):
            country = coded.mention.country
            if (not coded.pronoun and coded.role_key == p.role.ref and country
                    and country not in NON_COUNTRIES):
                return coded
        return None

    def _clause_start(self, i: int) -> int:
        """First token of the clause (between clause marks) that holds token ``i``."""
        sentence = self.sentence_of[i]
        k = i - 1
        while (k >= 0 and self.sentence_of[k] == sentence
               and self.doc[k].text not in self.g.clause_marks):
            k -= 1
        return k + 1

    def rival_countries(self, p: Phrase, whole_sentence: bool = False) -> set[str]:
        """Countries of the state actors that are the other parties of the events of ``p``,
        which an unanchored description of a state never means: in its clause or after it in
        its sentence (with ``whole_sentence``: before it too, unless ``p`` is predicative: "X
        reiste als Außenminister"). With a parse, only the actors on the other side of p's
        word (``_opposed``); places after "in" are settings, not parties."""
        sentence = self.sentence_of[p.start]
        start = self._clause_start(p.start)
        if self._copular(p):
            return set()
        if self._predicative(p.start):
            start = p.start
        elif whole_sentence:
            start = 0
        # an owner ("das Militär des Landes") takes part in the events of its whole phrase
        outer = next((q for q in self.phrase_at.values() if q.start <= p.start and p.end <= q.end
                      and (q.start, q.end) != (p.start, p.end)), p)
        found: set[str] = set()
        for coded in self.history:      # before p: as resolved (an opposition leader is none)
            if (coded.sentence == sentence and start <= coded.start < p.start
                    and not coded.pronoun and not self._located(coded.start)
                    and coded.mention.sector in self.g.state_sectors
                    and coded.mention.country not in NON_COUNTRIES
                    and self._opposed(outer, coded.start, coded.end)):
                found.add(coded.mention.country or "")
        for q in self.phrase_at.values():
            if (q.start <= p.start or q.pronoun or self.sentence_of[q.start] != sentence
                    or self._located(q.start) or not self._opposed(outer, q.start, q.end)):
                continue
            if q.is_role and (q.role is None or q.role.role is None
                              or q.role.role.sector not in self.g.state_sectors):
                continue
            if not q.is_role and q.has("people", "igo", "group"):
                continue
            found.update(c for c in self._countries(q) if c not in NON_COUNTRIES)
        found.discard("")
        return found

    def _top(self, start: int, end: int) -> int | None:
        """The token of ``[start, end)`` that depends on a word outside it (None: no parse)."""
        if not self.doc.has_annotation("DEP"):
            return None
        inside = list(self.doc[start:end])
        return next((t.i for t in inside if not start <= t.head.i < end or t.head.i == t.i),
                    inside[0].i if inside else None)

    def _opposed(self, p: Phrase, start: int, end: int) -> bool:
        """Is the phrase over ``[start, end)`` on the other side of ``p``'s word: a dependent
        of the same word, or inside one, that is not of p's kind (subject or not)? "Der
        Machthaber drohte Japan", "kündigte Vergeltung gegen Israel an"; not "Finanzminister X
        und Justizminister Y", not "die Unterstützung der Regierung" for the subject. Without a
        parse every co-occurring actor counts."""
        top = self._top(p.start, p.end)
        if top is None:
            return True
        word = self.doc[top].head.i
        if p.start <= word < p.end:
            return False          # p is the root: the others depend on it
        k = self._top(start, end)
        for _step in range(4):
            if k is None or p.start <= k < p.end or k == word:
                return False
            if self.doc[k].head.i == word:
                return self._subject(k) != self._subject(top)
            if self.doc[k].head.i == k:
                return False
            k = self.doc[k].head.i
        return False

    def _subject(self, i: int) -> bool:
        return self.doc[i].dep_ in self.g.subject_deps

    def _predicative(self, i: int) -> bool:
        """Is the role at token ``i`` predicated of an actor ("als Außenminister", "X wird
        Kanzler", "Ministerpräsident bleibt X")?"""
        k = i - 1
        if k >= 0 and fold(self.doc[k].text) in self.g.determiners:
            k -= 1
        return k >= 0 and fold(self.doc[k].text) in self.g.predicative_markers

    def _copular(self, p: Phrase) -> bool:
        """Is ``p`` the predicate of a copula ("X wird Kanzler", "Ministerpräsident bleibt X",
        "Er war Präsident"), so that the actors of its clause are the one it describes?"""
        top = self._top(p.start, p.end)
        if top is None:
            return False
        token = self.doc[top]
        return (fold(token.head.lemma_) in self.g.copula_lemmas
                or any(fold(c.lemma_) in self.g.copula_lemmas for c in token.children))

    def _located(self, i: int) -> bool:
        """Does a location preposition ("in", "in den") stand before token ``i``?"""
        k = i - 1
        if k >= 0 and fold(self.doc[k].text) in self.g.definite:
            k -= 1
        return k >= 0 and fold(self.doc[k].text) in self.g.location_prepositions

    def state_antecedent(self, p: Phrase, pick: str) -> Coded | None:
        """The state an unanchored description refers to: within the window, in the nearest
        sentence (or earlier clause of its own) naming a state actor that is no rival
        (see ``rival_countries``), the first such mention ("first": subjects come first)
        or the most recent one ("recent": "Das Nachbarland" of the country just named).
        "first" prefers a subject (when the language layer parsed the text): "Als Reaktion auf
        Manöver der USA verschärft Nordkorea seine Drohungen. Das Regime …" -> Nordkorea."""
        sentence = self.sentence_of[p.start]
        clause = self._clause_start(p.start)
        rivals = self.rival_countries(p)
        found: list[Coded] = []         # in the nearest sentence with candidates, last first
        for coded in reversed(self.history):
            if sentence - coded.sentence > self.g.window:
                break
            if found and coded.sentence != found[0].sentence:
                break
            country = coded.mention.country
            if (coded.start >= clause or coded.pronoun or coded.people or not country
                    or country not in self.d.countries or country in rivals
                    or coded.mention.sector not in self.g.state_sectors):
                continue
            found.append(coded)
        if not found or pick == "recent":
            return found[0] if found else None
        subjects = [c for c in found if any(t.dep_ in self.g.subject_deps
                                            for t in self.doc[c.start:c.end])]
        return (subjects or found)[-1]

    def described_person(self, p: Phrase, nearest: Coded) -> Coded:
        """Of the persons of the description's sector and gender in the sentence of the
        nearest one, the one whose office the noun names ("der Außenminister"), else the
        first (subjects come first): "Putin empfing Xi. Der Präsident ..." -> Putin."""
        noun = p.role.role
        same = [c for c in self.history
                if c.sentence == nearest.sentence and not c.pronoun and c.person
                and c.mention.sector == noun.sector and _agrees(p.role.feats, c.feats)]
        stem = fold(p.role.ref.split(":", 1)[1])
        titled = [c for c in same if stem in self._title(c)]
        return (titled or same or [nearest])[0]

    def _title(self, coded: Coded) -> str:
        """The (folded) title of a dictionary person's office at the article date."""
        entry = coded.mention.entry or ""
        if not entry.startswith("person:"):
            return ""
        role = self.d.person_role(entry.split(":", 1)[1], self.date, coded.mention.sector)
        return fold(role.title) if role else ""

    def pronoun(self, p: Phrase) -> tuple[ActorMention, frozenset[str], bool] | None:
        """The antecedent of a pronoun: in the nearest sentence (within the window) that holds
        a mention agreeing in gender/number, the first such mention (subjects come first);
        a pronoun that may be a person or a thing ("ihm": m/n) prefers a person. A resolved
        pronoun counts as its antecedent, so chains of "er" carry a name across sentences.
        A pronoun in object case skips the actors of its own clause ("Er kritisierte ihn");
        a demonstrative ("dieser") takes the most recent agreeing mention."""
        sentence = self.sentence_of[p.start]
        blocked = (self._clause_actors(p)
                   if fold(self.doc[p.start].text) in self.g.object_pronouns else set())
        candidates: list[Coded] = []
        window = 1 if p.thing else self.g.window
        for coded in reversed(self.history):
            if sentence - coded.sentence > window:
                break
            if p.thing and (coded.person or coded.people):
                continue
            if candidates and coded.sentence != candidates[0].sentence:
                break
            if coded.feats & p.pronoun and not self._blocked(coded, blocked):
                candidates.append(coded)
        if not candidates:
            return None
        if p.demonstrative:
            chosen = candidates[0]
        else:
            persons = [c for c in candidates if c.person]
            chosen = (persons or candidates)[-1]
        span = self.doc[chosen.start:chosen.end]
        m = chosen.mention
        antecedent = (m.antecedent if chosen.pronoun and m.antecedent
                      else (span.start_char, span.end_char))
        return (ActorMention(m.code, m.name, m.country, m.sector, m.entry, antecedent),
                chosen.feats, chosen.person)

    def _clause_actors(self, p: Phrase) -> set[object]:
        """The actors already named in the clause of ``p`` (before it): their identities and
        the character spans of their antecedents."""
        sentence = self.sentence_of[p.start]
        k = p.start - 1
        while (k >= 0 and self.sentence_of[k] == sentence
               and self.doc[k].text not in self.g.clause_marks):
            k -= 1
        found: set[object] = set()
        for c in self.history:
            if c.sentence == sentence and k < c.start < p.start:
                found.add(_identity(c.mention))
                if c.mention.antecedent:
                    found.add(c.mention.antecedent)
        return found

    def _blocked(self, coded: Coded, blocked: set[object]) -> bool:
        if not blocked:
            return False
        span = self.doc[coded.start:coded.end]
        return (_identity(coded.mention) in blocked
                or (span.start_char, span.end_char) in blocked
                or coded.mention.antecedent in blocked)

    # -- article context and local names ---------------------------------------------------
    def main_country(self, phrases: list[Phrase]) -> str | None:
        """The country the article is about: the one named most often (ties: the first)."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for p in phrases:
            for country in self._countries(p):
                if country not in NON_COUNTRIES and len(country) == 3:
                    counts[country] += 1
                    first.setdefault(country, p.start)
                    sentence = self.sentence_counts.setdefault(self.sentence_of[p.start],
                                                               Counter())
                    sentence[country] += 1
        self.country_counts, self.country_first = counts, first
        return self._most_named(set())

    def _most_named(self, excluded: set[str], but_sentence: int | None = None,
                    rivals: set[str] | None = None) -> str | None:
        """The country named most often in the article (ties: the first), but ``excluded``;
        the mentions in sentence ``but_sentence`` of the ``rivals`` (all, if None) do not
        count."""
        own: Counter[str] = Counter()
        if but_sentence is not None:
            own = Counter({c: n for c, n in self.sentence_counts.get(but_sentence, {}).items()
                           if rivals is None or c in rivals})
        counts = {c: n - own[c] for c, n in self.country_counts.items()
                  if c not in excluded and n - own[c] > 0}
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], -self.country_first[c]))

    def located_country(self, phrases: list[Phrase]) -> str | None:
        """The country the article places its events in: most often after "in"."""
        counts: Counter[str] = Counter(self._places(phrases).values())
        return counts.most_common(1)[0][0] if counts else None

    def sentence_places(self, phrases: list[Phrase]) -> dict[int, str]:
        """Per sentence, the first country it places something in ("in Syrien")."""
        places: dict[int, str] = {}
        for start, country in sorted(self._places(phrases).items()):
            places.setdefault(self.sentence_of[start], country)
        return places

    def sentence_seats(self, phrases: list[Phrase]) -> dict[int, str]:
        """Per sentence, the country of the first capital it places something in ("20
        Menschen starben in Kabul"): where victims are, not where meetings are."""
        seats: dict[int, str] = {}
        for start, country in sorted(self._places(phrases, "seat").items()):
            seats.setdefault(self.sentence_of[start], country)
        return seats

    def _places(self, phrases: list[Phrase], kind: str = "place") -> dict[int, str]:
        """Countries (or, with kind "seat", capitals) named after a location preposition, by
        start token."""
        found: dict[int, str] = {}
        for p in phrases:
            before = self.doc[p.start - 1] if p.start > 0 else None
            if p.is_role or before is None or fold(before.text) not in self.g.location_prepositions:
                continue
            # country names only: capitals after "in" are mostly where meetings take place
            reading = next((r for r in p.entity if r.kind == kind), None)
            if reading and len(reading.ref) == 3 and reading.ref not in NON_COUNTRIES:
                found[p.start] = reading.ref
        return found

    def _countries(self, p: Phrase) -> list[str]:
        found = []
        if p.role and p.role.role and p.role.role.country:
            found.append(p.role.role.country)
        for readings in (p.entity, p.holder):
            for r in readings:
                if r.kind in ("place", "adj", "people", "seat"):
                    found.append(r.ref)
                    break
                if r.kind in PERSON_KINDS:
                    home = self.d.persons[r.ref].home
                    if home:
                        found.append(home)
                    break
                if r.kind == "group":
                    # parties and armed groups say where the story is ("CDU-Politiker",
                    # "die Hamas"); news agencies and companies, quoted anywhere, do not
                    group = self.d.groups.get(r.ref)
                    role = group.roles[0] if group and group.roles else None
                    if role and role.sector not in self.g.context_free_sectors:
                        found.append(role.code[:3])
                    break
        if p.owner and not self.sympathy(p.owner):
            found.extend(self._countries(p.owner))
        return found

    def _text(self, span: tuple[int, int]) -> str:
        return self.doc[span[0]:span[1]].text

    def _register(self, span: tuple[int, int], mention: ActorMention,
                  feats: frozenset[str]) -> None:
        tokens = self.doc[span[0]:span[1]]
        char_span = (tokens.start_char, tokens.end_char)
        if len(tokens) > 1 and not _initial(tokens[-1].text):
            self.local[fold(tokens[-1].text)] = (mention, *char_span, feats)
        self.local[fold(tokens.text)] = (mention, *char_span, feats)

    def record(self, p: Phrase, found: tuple[ActorMention, frozenset[str], bool]) -> Coded:
        mention, feats, person = found
        coded = Coded(p.start, p.end, mention, feats, person,
                      p.role.ref if p.role else None, self.sentence_of[p.start],
                      bool(p.pronoun), not p.is_role and p.has("people"))
        self.history.append(coded)
        return coded


def code_doc(doc: Doc, dictionary: ActorDictionary, date: str | None = None,
             use_article_date: bool = True) -> list[tuple[Span, ActorMention]]:
    """All actor mentions of ``doc`` as (span, mention), in text order."""
    if use_article_date and date is None:
        date = article_date(doc)
    body_start = doc._.body_start if Doc.has_extension("body_start") else 0
    body_start = body_start or 0
    folded = fold(doc.text)
    atoms = find_atoms(doc, dictionary, folded, body_start)
    builder = PhraseBuilder(doc, dictionary.grammar, folded)
    raw = atoms_to_phrases(doc, atoms)
    phrases = _without_other_bearers(doc, builder.build(raw))
    body_token = next((t.i for t in doc if t.idx >= body_start), len(doc))
    resolver = _Resolver(doc, dictionary, date)
    resolver.context = resolver.main_country(phrases)
    resolver.located = resolver.located_country(raw)
    resolver.sentence_place = resolver.sentence_places(raw)
    resolver.sentence_seat = resolver.sentence_seats(raw)
    towns = _town_places(doc, dictionary.grammar, raw, body_token)
    for sentence, country in towns.items():
        if sentence >= 0:
            resolver.sentence_place.setdefault(sentence, country)
    resolver.dateline = towns.get(-1)
    items = sorted(phrases + builder.pronouns(phrases, body_token)
                   + _unlisted_names(doc, phrases, body_token), key=lambda p: p.start)
    resolver.phrase_at = {p.start: p for p in items}
    coded: list[Coded] = []
    position = body_token
    for p in items:
        # later mentions of names introduced so far are antecedents for what follows
        for name in _local_names(doc, resolver, folded, position, p.start):
            coded.append(name)
            resolver.history.append(name)
        position = max(position, p.end)
        if p.pronoun:
            found = resolver.pronoun(p)
        elif p.name and not p.entity and not p.is_role:
            found = resolver.unlisted(p)
        else:
            found = resolver.phrase(p)
        if found:
            coded.append(resolver.record(p, found))
    coded.extend(_local_names(doc, resolver, folded, position, len(doc)))
    coded.sort(key=lambda c: c.start)
    out = []
    for c in coded:
        start = _with_determiner(doc, c, dictionary.grammar, body_token,
                                 out[-1][0].end if out else 0)
        out.append((Span(doc, start, c.end, label=c.mention.code), c.mention))
    return out


def _agrees_possessive(determiner: str, feats: frozenset[str],
                       table: Mapping[str, frozenset[str]]) -> bool:
    """Does a possessive ("sein…" m/n, "ihr…" f/pl) agree with its owner's features?"""
    for stem, wanted in table.items():
        if determiner.startswith(stem):
            return not feats or bool(feats & wanted)
    return True


def _agrees(role_feats: frozenset[str], feats: frozenset[str]) -> bool:
    """Gender of a singular role noun ("die Ministerin") against a person's."""
    genders = role_feats & {"m", "f"}
    other = feats & {"m", "f"}
    return not genders or not other or bool(genders & other)


def _identity(m: ActorMention) -> tuple[str, str | None, str | None]:
    """What makes two mentions the same actor (a pronoun carries its antecedent's)."""
    return m.code, m.name, m.entry


def _without_other_bearers(doc: Doc, phrases: list[Phrase]) -> list[Phrase]:
    """Drop a known surname when an unknown given name stands before it ("Greg Abbott" is not
    Tony Abbott): the name is then left to the unlisted-person rules."""
    covered = {i for p in phrases for i in range(p.start, p.end)}
    tagged = doc.has_annotation("ENT_IOB")
    per = {i: ent for ent in doc.ents if ent.label_ in PERSON_LABELS
           for i in range(ent.start, ent.end)}
    kept = []
    for p in phrases:
        k = p.start - 1
        if (not p.is_role and p.entity and all(r.kind == "short" for r in p.entity) and k >= 0
                and k not in covered and doc[k].is_alpha and doc[k].text[:1].isupper()
                and not doc[k].is_sent_start
                and (not tagged or (k in per and per[k] is per.get(p.start)))):
            continue
        kept.append(p)
    return kept


def _initial(word: str) -> bool:
    """An abbreviated surname ("Hasan E."): never a name on its own."""
    return word.endswith(".") or len(word) <= 2


@lru_cache(maxsize=1)
def _gazetteer() -> object | None:
    """The geo layer's gazetteer (towns -> country), or None when it is not installed."""
    try:
        from chronik.geo.gazetteer import GazetteerError, load_gazetteer
    except ImportError:
        return None
    try:
        return load_gazetteer()
    except (GazetteerError, OSError):
        return None


def _town_country(words: str, min_population: int, regions: bool = False) -> str | None:
    """Country of the most populous town of that name (and, with ``regions``, of a first-level
    region: "der Gouverneur von Texas")."""
    gazetteer = _gazetteer()
    if gazetteer is None:
        return None
    best = None
    for candidate in gazetteer.candidates(words):  # type: ignore[attr-defined]
        entry = candidate.entry
        town = entry.feature.startswith("P.") and entry.population >= min_population
        region = regions and entry.feature == REGION_FEATURE
        if (entry.country and (town or region)
                and (best is None or entry.population > best.population)):
            best = entry
    return best.country if best else None


def _town_places(doc: Doc, grammar, phrases: list[Phrase], body_token: int) -> dict[int, str]:
    """Countries of towns named after a location preposition ("in Seattle"), by sentence; key
    -1: the dateline's ("Chicago – …" at the start of the body)."""
    if not grammar.town_min_population:
        return {}
    covered = {i for p in phrases for i in range(p.start, p.end)}
    sentence_of: dict[int, int] = {}
    current = -1
    for token in doc:
        if token.is_sent_start or token.i == 0:
            current += 1
        sentence_of[token.i] = current
    found: dict[int, str] = {}
    head = doc[body_token:body_token + 4]
    for k, token in enumerate(head):
        if token.text in grammar.dateline_marks and k > 0:
            first = head[0]
            dateline = next((p for p in phrases if p.start == first.i), None)
            country = None
            if dateline is not None and not dateline.is_role:
                country = next((r.ref for r in dateline.entity
                                if r.kind in ("place", "seat") and len(r.ref) == 3), None)
            country = country or _town_country(head[:k].text, grammar.town_min_population)
            if country:
                found[-1] = country
            break
    for token in doc[body_token:]:
        if (fold(token.text) not in grammar.location_prepositions or token.i + 1 >= len(doc)
                or token.i + 1 in covered or not doc[token.i + 1].text[:1].isupper()):
            continue
        for width in (2, 1):
            words = doc[token.i + 1:min(len(doc), token.i + 1 + width)]
            if len(words) == width and all(t.text[:1].isupper() for t in words):
                country = _town_country(words.text, grammar.town_min_population)
                if country:
                    found.setdefault(sentence_of[token.i], country)
                    break
    return found


def _unlisted_names(doc: Doc, phrases: list[Phrase], body_token: int) -> list[Phrase]:
    """PER entities of the language layer that no actor phrase covers."""
    covered = {i for p in phrases for i in range(p.start, p.end)}
    # a one-word name is a person only when the article also gives it in full ("Tarik Toros"
    # ... "Toros"): alone, the tagger's NE guesses for rare nouns ("Chlorgas") slip in
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ in PERSON_LABELS and len(ent) > 1}
    found = []
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS or ent.start < body_token:
            continue
        end = ent.end
        while end > ent.start and not doc[end - 1].text[:1].isupper():
            end -= 1          # "Hasan E. von der" -> "Hasan E."
        if end - ent.start == 1 and doc[ent.start].text not in surnames:
            continue
        if end > ent.start and not covered.intersection(range(ent.start, end)):
            found.append(Phrase(ent.start, end, name=(ent.start, end)))
    return found


def _with_determiner(doc: Doc, c: Coded, grammar, body_token: int, floor: int) -> int:
    """Start of the mention with its determiner and adjectives: "der frühere Präsident"."""
    if c.pronoun:
        return c.start
    k = c.start
    tagged = doc.has_annotation("POS")
    while (k - 1 >= max(body_token, floor) and c.start - k < 2 and doc[k - 1].text.isalpha()
           and doc[k - 1].text.islower() and (not tagged or doc[k - 1].pos_ in MODIFIER_POS)
           and fold(doc[k - 1].text).endswith(grammar.modifier_endings)
           and fold(doc[k - 1].text) not in grammar.determiners):
        k -= 1
    if k - 1 >= max(body_token, floor) and fold(doc[k - 1].text) in grammar.determiners:
        return k - 1
    return c.start


def _local_names(doc: Doc, resolver: _Resolver, folded: str, start: int,
                 end: int) -> list[Coded]:
    """Later mentions, in tokens ``[start, end)``, of a name first introduced with a role
    ("Präsident X Y" ... "Y")."""
    if not resolver.local or start >= end:
        return []
    suffix = resolver.g.genitive_suffix
    found = []
    for token in doc[start:end]:
        if not token.text[:1].isupper():
            continue
        word = folded[token.idx:token.idx + len(token.text)]
        hit = resolver.local.get(word) or (
            resolver.local.get(word[:-len(suffix)]) if word.endswith(suffix) else None)
        if hit and hit[2] <= token.idx:
            m = hit[0]
            mention = ActorMention(m.code, m.name, m.country, m.sector, m.entry, (hit[1], hit[2]))
            found.append(Coded(token.i, token.i + 1, mention, hit[3], True, None,
                               resolver.sentence_of[token.i]))
    return found


def code_mentions(doc: Doc, dictionary: ActorDictionary | None = None,
                  date: str | None = None) -> list[Span]:
    """Recognize and code the actors of ``doc``; returns the spans (``span._.actor`` set)."""
    register_extensions()
    dictionary = dictionary or ActorDictionary.load()
    spans = []
    for span, mention in code_doc(doc, dictionary, date):
        span._.actor = mention
        spans.append(span)
    return spans


def code_text(text: str, date: str | None = None,
              dictionary: ActorDictionary | None = None) -> list[tuple[Span, ActorMention]]:
    """Code a plain string (one sentence or a short text) with a blank German tokenizer."""
    dictionary = dictionary or ActorDictionary.load()
    doc = _blank()(text)
    return code_doc(doc, dictionary, date, use_article_date=False)


@lru_cache(maxsize=1)
def _blank() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp
