"""Name gazetteer for ``doc.ents``: places, persons and organisations from chronik's dictionaries.

Runs after the statistical ``ner`` and adds what it missed:

* LOC — the place gazetteer of :mod:`chronik.geo` (countries, cities ≥ 15k, regions; German,
  own and pinned names, not the foreign alternative names) and the country names of the actor
  dictionary;
* PER — full names and surnames of the actor dictionary's persons, and capitalised tokens after
  a title or role noun ("Trainer Jürgen Muster");
* ORG — the actor dictionary's IGOs, groups, parties and media, capitalised tokens before a
  company suffix ("… AG"), an organisation head with its name ("Bundesamt für …") and
  single-word organisation compounds ("…ministerium").

All German words come from ``resources/de/language/ner_gazetteer.yaml``; the dictionaries are
compiled once per process into an immutable :class:`NameLexicon` (token tuples → label).
Overlaps with the statistical entities are resolved by :func:`merge_entities`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

import yaml
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from chronik.language.resources import load_language_resources, read_examples, resource_path

RESOURCE = "ner_gazetteer.yaml"
ACTOR_LABELS: Mapping[str, str] = MappingProxyType({
    "place": "LOC", "seat": "LOC", "person": "PER", "short": "PER", "igo": "ORG", "group": "ORG"})
# A span the gazetteer found: start, end, label, and whether it may override the statistical
# model (weak names — other names of places — only fill gaps).
Found = tuple[int, int, str, bool]
NOUN_TAG, ADJECTIVE_TAG = "NN", "ADJA"
PROPER_TAGS = frozenset({"NE", "FM"})


def fold(text: str) -> str:
    """Lookup form of a token: lowercased."""
    return text.lower()


@dataclass(frozen=True)
class NameLexicon:
    """Names by lowercased token tuple, and the cue words of the rules."""

    names: Mapping[tuple[str, ...], str]
    caps: frozenset[tuple[str, ...]]  # names that must be written in capitals (acronyms)
    geo_single: frozenset[str]  # one-token names known only from the place gazetteer
    weak: frozenset[tuple[str, ...]]  # names that only fill gaps (alternate place names)
    longest: Mapping[str, int]  # first token → most tokens of a name starting with it
    loc_stop: frozenset[str]
    never: frozenset[str]
    per_cues: frozenset[str]
    per_stop: frozenset[str]
    per_particles: frozenset[str]
    org_suffixes: frozenset[str]
    org_heads: frozenset[str]
    org_links: frozenset[str]
    org_endings: tuple[str, ...]
    first_names: frozenset[str]
    loc_suffixes: tuple[str, ...]
    speech_cues: frozenset[str] = frozenset()  # verbs after which a clause-final name is a person
    propn_labels: frozenset[str] = frozenset()  # labels whose NN words are PROPN (name_upos)
    propn_adjective_labels: frozenset[str] = frozenset()  # … and whose ADJA words too


def _lower_set(words: Iterable[Any]) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in words)


def _add(names: dict[tuple[str, ...], str], key: tuple[str, ...], label: str) -> None:
    # First label wins: actor entries are added before places.
    names.setdefault(key, label)


def _keep_place(candidate: Any, home: frozenset[str], min_population: int,
                alt_min_population: int) -> bool:
    """German or pinned names always; a town's own name at home or when it is large; another
    name (GeoNames alternate names, where most German exonyms are: "München", "Genf") only
    for countries, regions and large cities."""
    entry = candidate.entry
    town = entry.feature.startswith("P.")
    if candidate.source in ("german", "pinned"):
        return True
    if candidate.source == "name":
        return not town or entry.country in home or entry.population >= min_population
    return not town or entry.population >= alt_min_population


def _place_names(data: Mapping[str, Any]) -> Iterable[tuple[str, bool]]:
    from chronik.geo import load_gazetteer
    from chronik.geo.names import is_latin_name

    home = frozenset(data.get("place_home_countries", ()))
    min_population = int(data.get("place_min_population", 0))
    alt_min_population = int(data.get("place_alt_min_population", 0))
    gaz = load_gazetteer()
    for key, candidates in gaz.index.items():
        kept = [c for c in candidates
                if _keep_place(c, home, min_population, alt_min_population)]
        if kept and is_latin_name(key.title()):
            yield key, any(c.source != "alt" for c in kept)


def _actor_first_names() -> Iterable[str]:
    from chronik.actors import ActorDictionary

    for person in ActorDictionary.load().persons.values():
        parts = person.name.split()
        if len(parts) > 1 and parts[0].isalpha() and len(parts[0]) > 2:
            yield parts[0]


def _actor_names() -> Iterable[tuple[str, str, bool]]:
    from chronik.actors import ActorDictionary

    actors = ActorDictionary.load()
    for form, readings in actors.readings.items():
        for reading in readings:
            label = ACTOR_LABELS.get(reading.kind)
            if label and not reading.prefix and not reading.genitive:
                yield form, label, reading.case == "caps"
                break


def _actor_demonyms() -> Iterable[str]:
    from chronik.actors import ActorDictionary

    for form, readings in ActorDictionary.load().readings.items():
        if " " not in form and any(r.kind == "people" for r in readings):
            yield form


UNDECLINED_ENDING = "er"


def declined(key: tuple[str, ...], endings: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``key`` and its forms with every adjective ending on the words before the last one:
    "deutsche bank" → "deutschen bank", "deutscher bank" … (a name's adjectives decline).
    A word counts as an adjective when it ends in one of ``endings`` (longest first) other than
    "-er", which place adjectives ("Frankfurter") and nouns ("Werder") end in too."""
    options: list[list[str]] = []
    for word in key[:-1]:
        ending = next((e for e in endings if word.endswith(e) and len(word) > len(e) + 2), None)
        ending = None if ending == UNDECLINED_ENDING else ending
        stem = word[:-len(ending)] if ending else word
        options.append([stem + e for e in endings] if ending else [word])
    forms = [()]
    for choice in options:
        forms = [(*f, w) for f in forms for w in choice]
    return [key] + [(*f, key[-1]) for f in forms if (*f, key[-1]) != key]


def build_lexicon(data: Mapping[str, Any], places: Iterable[tuple[str, bool]],
                  actors: Iterable[tuple[str, str, bool]],
                  first_names: Iterable[str] = (), demonyms: Iterable[str] = ()) -> NameLexicon:
    """The lexicon from the YAML data, (place name, strong) pairs, (form, label, all-caps) actor
    names, first names and demonyms (person cues besides those of the data file)."""
    never = _lower_set(data.get("never_names", ()))
    name_upos = data.get("name_upos", {})
    names: dict[tuple[str, ...], str] = {}
    caps: set[tuple[str, ...]] = set()
    for form, label, is_caps in actors:
        key = tuple(fold(form).split())
        if key and " ".join(key) not in never:
            _add(names, key, label)
            if is_caps:
                caps.add(key)
    endings = tuple(str(e) for e in data.get("adjective_endings", ()))
    for form in data.get("organisations", ()):
        for key in declined(tuple(fold(str(form)).split()), endings):
            _add(names, key, "ORG")
            if str(form).isupper() and len(str(form)) > 1:
                caps.add(key)
    geo_single: set[str] = set()
    weak: set[tuple[str, ...]] = set()
    for name, strong in places:
        key = tuple(fold(name).split())
        if key and " ".join(key) not in never:
            if key not in names and len(key) == 1:
                geo_single.add(key[0])
            if key not in names and not strong:
                weak.add(key)
            _add(names, key, "LOC")
    longest: dict[str, int] = {}
    for key in names:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return NameLexicon(
        names=MappingProxyType(names), caps=frozenset(caps), geo_single=frozenset(geo_single),
        weak=frozenset(weak),
        longest=MappingProxyType(longest),
        loc_stop=_lower_set(data.get("loc_stop", ())), never=never,
        per_cues=_lower_set([*data.get("per_cues", ()), *demonyms]),
        per_stop=_lower_set(data.get("per_stop", ())),
        per_particles=_lower_set(data.get("per_particles", ())),
        org_suffixes=_lower_set(data.get("org_suffixes", ())),
        org_heads=_lower_set(data.get("org_heads", ())),
        org_links=_lower_set(data.get("org_links", ())),
        org_endings=tuple(sorted(_lower_set(data.get("org_compound_endings", ())))),
        first_names=(_lower_set([*data.get("first_names", ()), *first_names]) - never
                     - _lower_set(data.get("per_cues", ()))),
        loc_suffixes=tuple(sorted(_lower_set(data.get("place_suffixes", ())))),
        speech_cues=_lower_set(data.get("speech_cues", ())),
        propn_labels=frozenset(name_upos.get("labels", ())),
        propn_adjective_labels=frozenset(name_upos.get("adjective_labels", ())),
    )


def read_gazetteer_data() -> dict[str, Any]:
    with open(resource_path(RESOURCE), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def load_name_lexicon(places: bool = True, actors: bool = True) -> NameLexicon:
    """The shipped lexicon, built once per process."""
    data = read_gazetteer_data()
    return build_lexicon(data, _place_names(data) if places else (),
                         _actor_names() if actors else (),
                         _actor_first_names() if actors else (),
                         _actor_demonyms() if actors and data.get("demonym_cues") else ())


def gazetteer_examples() -> list[tuple[str, list[tuple[str, str]]]]:
    """The ``# example:`` lines of the resource: (sentence, [(label, span text)])."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for line in read_examples(RESOURCE):
        sentence, _, expected = line.partition("|")
        pairs = [tuple(p.strip().split("=", 1)) for p in expected.split(";") if p.strip()]
        out.append((sentence.strip(), [(a, b) for a, b in pairs]))
    return out


def token_texts(doc: Doc) -> list[str]:
    """The texts of ``doc``'s tokens, read from its array (no Token object per word)."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


@dataclass(frozen=True)
class MatchOptions:
    """Which rules run (each one measured on GermEval dev, see docs/language.md)."""

    dictionary: bool = True
    genitive: bool = True
    per_cues: bool = True
    org_rules: bool = False  # suffix/head/compound rules: measured worse on dev, off
    geo_needs_proper: bool = True  # a one-token place known only from geo needs an NE/PROPN tag
    first_names: bool = False  # a known first name + capitalised proper tokens: measured, off
    drop_common_loc: bool = True  # drop a one-token NN-tagged LOC no list knows (no place suffix)
    trim_cues: bool = False  # drop a title at the start of a PER entity: measured worse, off
    name_upos: bool = True  # NN (and ADJA) words inside dictionary names become PROPN
    speech_cues: bool = True  # ", sagte Muster." — an unknown name after a verb of saying
    subject_persons: bool = True  # an unknown bare one-word LOC that is a subject is a PER
    trim_possessed: bool = True  # "Wulffs Hochzeitsfeier" (PER) → "Wulffs"
    propagate_persons: bool = True  # a person's surname elsewhere in the document is a PER


def _proper(token: Any) -> bool:
    return token.tag_ in ("NE", "FM") or token.pos_ == "PROPN" or not token.tag_


def dictionary_spans(doc: Doc, lex: NameLexicon, options: MatchOptions,
                     lowered: Sequence[str], texts: Sequence[str]) -> list[Found]:
    """Longest dictionary names starting on a capitalised token; genitive -s on the last one.

    ``texts`` are the tokens' texts and ``lowered`` their lookup forms (read once per Doc:
    spaCy builds a Token object on every ``doc[i]``)."""
    found: list[Found] = []
    n = len(doc)
    i = 0
    while i < n:
        text = texts[i]
        match: Found | None = None
        if _capitalised(text):
            longest = lex.longest.get(lowered[i], 0)
            if options.genitive and text.endswith("s"):
                longest = max(longest, 1)
            for length in range(min(longest, n - i), 0, -1):
                key = tuple(lowered[i:i + length])
                label = lex.names.get(key)
                if label is None and options.genitive and key[-1].endswith("s"):
                    stem = (*key[:-1], key[-1][:-1])
                    label = lex.names.get(stem)
                    key = stem if label else key
                if label is None or not _capitalised(texts[i + length - 1]):
                    continue
                if key in lex.caps and not all(t.isupper() for t in texts[i:i + length]):
                    continue
                if length == 1 and key[0] in lex.geo_single:
                    if key[0] in lex.loc_stop:
                        continue
                    if options.geo_needs_proper and not _proper(doc[i]):
                        continue
                match = (i, i + length, label, key not in lex.weak)
                break
        if match:
            found.append(match)
            i = match[1]
        else:
            i += 1
    return found


def _name_run(texts: Sequence[str], start: int, lex: NameLexicon, lowered: Sequence[str],
              limit: int = 4) -> int:
    """End of a run of capitalised name tokens from ``start`` (particles allowed inside)."""
    end = start
    while end < len(texts) and end - start < limit:
        text = texts[end]
        if _capitalised(text) and lowered[end] not in lex.per_stop and (text.isalpha() or "-" in text):
            end += 1
        elif lowered[end] in lex.per_particles and end > start and end + 1 < len(texts) \
                and _capitalised(texts[end + 1]):
            end += 1
        else:
            break
    return end


def first_name_spans(doc: Doc, lex: NameLexicon,
                     lowered: Sequence[str], texts: Sequence[str]) -> list[Found]:
    """A known first name and the capitalised proper tokens after it: "Jürgen Muster"."""
    found: list[Found] = []
    for i in range(len(doc) - 1):
        if lowered[i] in lex.first_names and _capitalised(texts[i]):
            end = _name_run(texts, i + 1, lex, lowered, limit=3)
            if end > i + 1 and all(_proper(t) for t in doc[i + 1:end] if _capitalised(t.text)):
                found.append((i, end, "PER", True))
    return found


def is_cue(low: str, lex: NameLexicon) -> bool:
    """A title or role noun, also as the last part of a hyphenated compound ("US-Präsident")."""
    return low in lex.per_cues or ("-" in low and low.rsplit("-", 1)[1] in lex.per_cues)


def cue_person_spans(doc: Doc, lex: NameLexicon,
                     lowered: Sequence[str], texts: Sequence[str]) -> list[Found]:
    """Capitalised proper tokens after a title or role noun: "Trainer Jürgen Muster",
    "Bayern-Vorstand Muster"."""
    found: list[Found] = []
    for i in range(len(doc) - 1):
        # a cue is a noun: "der Schweizer Konzern" (ADJA) is no demonym before a name
        if not is_cue(lowered[i], lex) or doc[i].tag_ == ADJECTIVE_TAG:
            continue
        start = i + 1
        while start < len(doc) and is_cue(lowered[start], lex):
            start += 1
        end = _name_run(texts, start, lex, lowered)
        if end > start and all(_proper(t) for t in doc[start:end] if _capitalised(t.text)):
            found.append((start, end, "PER", True))
    return found


def speech_person_spans(doc: Doc, lex: NameLexicon,
                        lowered: Sequence[str], texts: Sequence[str]) -> list[Found]:
    """A name no list knows right after a verb of saying that ends the clause: ", sagte Muster."

    German news puts the speaker of a quote after the verb; a place or organisation there would
    need an article ("sagte die Stadt").
    """
    found: list[Found] = []
    n = len(doc)
    for i in range(n - 1):
        # a role noun after the verb ("sagte Außenminister Muster") is the cue rule's case
        if lowered[i] not in lex.speech_cues or is_cue(lowered[i + 1], lex):
            continue
        end = _name_run(texts, i + 1, lex, lowered, limit=3)
        if end == i + 1 or not all(_proper(t) for t in doc[i + 1:end]):
            continue
        if end < n and not doc[end].is_punct:
            continue
        if tuple(lowered[i + 1:end]) in lex.names:
            continue
        found.append((i + 1, end, "PER", True))
    return found


def org_rule_spans(doc: Doc, lex: NameLexicon,
                   lowered: Sequence[str], texts: Sequence[str]) -> list[Found]:
    """Organisations by suffix ("… AG"), head ("Bundesamt für …") or compound ending."""
    found: list[Found] = []
    n = len(doc)
    for i in range(n):
        low = lowered[i]
        if low in lex.org_suffixes and i > 0 and _capitalised(doc[i - 1].text):
            start = i
            while start > 0 and _capitalised(doc[start - 1].text) and start > i - 3 \
                    and lowered[start - 1] not in lex.per_stop:
                start -= 1
            if start < i:
                found.append((start, i + 1, "ORG", True))
        elif low in lex.org_heads and i + 1 < n:
            j = i + 1
            if lowered[j] in lex.org_links and j + 1 < n:
                j += 1
                while j < n and lowered[j] in ("der", "die", "das", "des", "dem"):
                    j += 1
            end = j
            while end < n and end - j < 3 and _capitalised(doc[end].text) \
                    and doc[end].text.isalpha():
                end += 1
            if end > j and (j > i + 1 or all(_proper(t) for t in doc[i + 1:end])):
                found.append((i, end, "ORG", True))
        elif _capitalised(doc[i].text) and low.endswith(lex.org_endings) and doc[i].text.isalpha() \
                and not any(low == e for e in lex.org_endings) and low not in lex.org_heads:
            found.append((i, i + 1, "ORG", True))
    return found


def gazetteer_spans(doc: Doc, lex: NameLexicon, options: MatchOptions,
                    texts: Sequence[str] | None = None) -> list[Found]:
    """Every candidate span of the gazetteer and the rules, overlapping ones included."""
    texts = token_texts(doc) if texts is None else texts
    lowered = [fold(t) for t in texts]
    spans: list[Found] = []
    if options.dictionary:
        spans += dictionary_spans(doc, lex, options, lowered, texts)
    if options.per_cues:
        spans += cue_person_spans(doc, lex, lowered, texts)
    if options.speech_cues:
        spans += speech_person_spans(doc, lex, lowered, texts)
    if options.first_names:
        spans += first_name_spans(doc, lex, lowered, texts)
    if options.org_rules:
        spans += org_rule_spans(doc, lex, lowered, texts)
    return spans


def trim_cue(ent: Span, lex: NameLexicon) -> Span:
    """"Herr Muster" → "Muster": titles and role nouns before a person's name are no part of it."""
    start = ent.start
    while ent.label_ == "PER" and start < ent.end - 1 and fold(ent.doc[start].text) in lex.per_cues:
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def is_unknown_common_place(ent: Span, lex: NameLexicon) -> bool:
    """A one-token LOC tagged as a common noun that no list knows and no place suffix ends."""
    if ent.label_ != "LOC" or len(ent) != 1 or ent[0].tag_ != "NN":
        return False
    low = fold(ent.text)
    return _unknown_name(low, lex) and not low.endswith(lex.loc_suffixes)


SUBJECT_DEPS = frozenset({"nsubj"})
# tags before a word that make it no bare name: articles, prepositions, attributive words
DETERMINER_TAGS = frozenset({"ART", "APPR", "APPRART", "PDAT", "PPOSAT", "PIAT", "ADJA"})


def _unknown_name(low: str, lex: NameLexicon) -> bool:
    return (low,) not in lex.names and not (low.endswith("s") and (low[:-1],) in lex.names)


def is_subject_person(ent: Span, lex: NameLexicon) -> bool:
    """A statistical one-word LOC that no list knows, ends in no place suffix, stands bare
    (no article or preposition before it) and is the subject of its clause: a person
    ("Huber agierte …", "führte Muster eine Praxis"). The model types unknown surnames LOC;
    GermEval dev 1801-2200: 4 such LOC were persons, none a place."""
    token = ent[0]
    if ent.label_ != "LOC" or len(ent) != 1 or token.tag_ != "NE" or not token.text.isalpha():
        return False
    low = fold(token.text)
    before = ent.doc[ent.start - 1].tag_ if ent.start > 0 else ""
    return (token.dep_ in SUBJECT_DEPS and before not in DETERMINER_TAGS
            and _unknown_name(low, lex) and not low.endswith(lex.loc_suffixes))


def trim_possessed(ent: Span, lex: NameLexicon, nouns: Callable[[str], bool]) -> Span:
    """A person entity that ends in a common noun after a genitive name ("Wulffs Hochzeitsfeier",
    "Muster Mutters Name") ends before that noun: a person's name holds no common noun. The noun
    must be one the lemma lexicon knows as a common noun only, and the genitive no first name
    ("Klaus Breitschopf")."""
    if ent.label_ != "PER" or len(ent) < 2:
        return ent
    genitive, last = ent[-2], ent[-1]
    if (last.tag_ == NOUN_TAG and not last.text.isupper() and nouns(last.text)
            and genitive.tag_ in PROPER_TAGS and genitive.text.endswith("s")
            and fold(genitive.text) not in lex.first_names):
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def _common_noun(form: str) -> bool:
    lexicon = load_language_resources().lemma_lexicon
    return (form, NOUN_TAG) in lexicon and (form, "NE") not in lexicon


def merge_entities(doc: Doc, found: Sequence[Found], mode: str = "fill"
                   ) -> tuple[Span, ...]:
    """New ``doc.ents`` from the statistical entities and the gazetteer's spans.

    ``fill``: a gazetteer span is added where it overlaps no statistical entity;
    ``longer``: also replaces the statistical entities it strictly contains;
    ``relabel``: like ``longer``, and an exact match takes the gazetteer's label.
    Weak spans (other names of places) only fill gaps in every mode.
    """
    ents = list(doc.ents)
    taken = [False] * len(doc)
    for ent in ents:
        for k in range(ent.start, ent.end):
            taken[k] = True
    out = list(ents)
    for start, end, label, strong in sorted(found, key=lambda s: (s[0], -(s[1] - s[0]))):
        inside = [e for e in out if e.start < end and start < e.end]
        if not inside:
            if not any(taken[start:end]) or (mode != "fill" and strong):
                out.append(Span(doc, start, end, label=label))
            continue
        if mode == "fill" or not strong:
            continue
        exact = [e for e in inside if e.start == start and e.end == end]
        if exact:
            if mode == "relabel" and exact[0].label_ != label:
                out.remove(exact[0])
                out.append(Span(doc, start, end, label=label))
            continue
        if all(start <= e.start and e.end <= end for e in inside):
            for e in inside:
                out.remove(e)
            out.append(Span(doc, start, end, label=label))
    return tuple(sorted(filter_spans(out), key=lambda s: s.start))


def mark_name_upos(doc: Doc, found: Sequence[Found], lex: NameLexicon) -> None:
    """UD German GSD's PROPN for common-noun words of dictionary names ("Bundestag").

    A noun right before a proper noun of the same name is its appositive head and stays a noun
    ("Republik Usbekistan"); adjectives become PROPN only in names of several words of
    ``propn_adjective_labels`` ("Nahen Osten").
    """
    for start, end, label, strong in found:
        if not strong or label not in lex.propn_labels:
            continue
        for i in range(start, end):
            token = doc[i]
            if token.tag_ == NOUN_TAG and token.pos_ == "NOUN":
                if i + 1 < end and doc[i + 1].tag_ in PROPER_TAGS:
                    continue
                token.pos_ = "PROPN"
            elif (token.tag_ == ADJECTIVE_TAG and end - start > 1
                  and label in lex.propn_adjective_labels):
                token.pos_ = "PROPN"


def propagate_persons(doc: Doc, ents: Sequence[Span],
                      texts: Sequence[str] | None = None) -> list[Span]:
    """The surname of a person entity is a person wherever else it stands alone in the document
    ("Bayern-Vorstand Rummenigge … Rummenigge:"), also with a genitive -s; not as the first
    word of a sentence unless the tagger calls it a name (sentence-initial words are capitalised
    anyway)."""
    surnames = {e[-1].text for e in ents
                if e.label_ == "PER" and e[-1].text.isalpha() and len(e[-1].text) > 2}
    if not surnames:
        return list(ents)
    taken = {k for e in ents for k in range(e.start, e.end)}
    added = []
    # the texts first: a Token object only for the few words equal to a surname
    for i, text in enumerate(token_texts(doc) if texts is None else texts):
        if text not in surnames and not (text.endswith("s") and text[:-1] in surnames):
            continue
        if i in taken or not _capitalised(text):
            continue
        token = doc[i]
        if token.is_sent_start and token.tag_ not in PROPER_TAGS:
            continue
        added.append(Span(doc, token.i, token.i + 1, label="PER"))
    return sorted([*ents, *added], key=lambda e: e.start)


def add_gazetteer_entities(doc: Doc, lex: NameLexicon, options: MatchOptions,
                           mode: str = "fill") -> Doc:
    if options.drop_common_loc or options.trim_cues or options.subject_persons \
            or options.trim_possessed:
        # each entity passes the edits in turn; doc.ents is written once (each write costs)
        doc.ents = [edited for ent in doc.ents
                    if (edited := edit_entity(ent, lex, options)) is not None]
    texts = token_texts(doc)
    found = gazetteer_spans(doc, lex, options, texts)
    if options.name_upos:
        mark_name_upos(doc, found, lex)
    ents = merge_entities(doc, found, mode)
    doc.ents = propagate_persons(doc, ents, texts) if options.propagate_persons else ents
    return doc


def edit_entity(ent: Span, lex: NameLexicon, options: MatchOptions) -> Span | None:
    """A statistical entity after the enabled edits, in their order; None when dropped."""
    if options.drop_common_loc and is_unknown_common_place(ent, lex):
        return None
    if options.trim_cues:
        ent = trim_cue(ent, lex)
    if options.subject_persons and is_subject_person(ent, lex):
        ent = Span(ent.doc, ent.start, ent.end, label="PER")
    if options.trim_possessed:
        ent = trim_possessed(ent, lex, _common_noun)
    return ent


__all__ = ["MatchOptions", "NameLexicon", "add_gazetteer_entities", "build_lexicon",
           "gazetteer_examples", "gazetteer_spans", "load_name_lexicon", "mark_name_upos",
           "merge_entities"]
