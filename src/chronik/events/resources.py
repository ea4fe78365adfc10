"""Load the event coder's resources once: dictionary, grammar words, mode rules, ontology.

Everything German lives in ``resources/de/events/`` (YAML); CAMEO names and the CAMEO -> PLOVER
table in ``resources/ontology/`` (TSV). :func:`load_resources` compiles them into one immutable
:class:`EventResources` indexed by lemma, so matching never scans all patterns.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

TARGET_POLICIES = ("object", "none", "prep")


class DictionaryError(ValueError):
    """A malformed event dictionary entry; the message names the file and the entry."""


@dataclass(frozen=True)
class Frame:
    """A pattern inside a verb/noun block that decides the code when its conditions hold."""

    id: str
    code: str
    prep: tuple[str, ...] = ()
    with_words: tuple[str, ...] = ()
    reflexive: bool | None = None
    target: str | None = None
    agentless: str | None = None
    mode: str | None = None  # fixes the mode ("äußerte sich nicht" is 011 asserted)
    skip: bool = False  # the frame names a non-event reading ("sich ausweisen": show papers)
    example: str | None = None


@dataclass(frozen=True)
class Entry:
    """A dictionary block: a verb lemma (particle included) or a nominal trigger."""

    id: str
    lemma: str
    kind: str  # "verb" or "noun"
    code: str
    prep: tuple[str, ...] = ()
    target: str = "object"
    speech: bool = False
    patient_subject: bool = False  # "starben", "erlagen": the subject suffers; the agent is named apart
    agentless: str | None = None
    requires_frame: bool = False  # the lemma alone is too ambiguous ("einsetzen")
    requires_target: bool | None = None  # no target, no event (default: grammar's choice)
    symmetric: bool = False  # "X und Y verhandeln": X -> Y when no other target
    source_sectors: tuple[str, ...] = ()  # only sources of these sectors (a visit is official)
    target_sector_codes: tuple[tuple[str, str], ...] = ()  # target sector -> code
    source_sector_codes: tuple[tuple[str, str], ...] = ()  # source sector -> code
    agentless_by_target: tuple[tuple[str, str], ...] = ()  # patient sector -> implicit agent's
    genitive: str = "source"  # nouns: "die Festnahme des Journalisten" names the target
    frames: tuple[Frame, ...] = ()
    example: str | None = None
    file: str = ""

    @property
    def patterns(self) -> int:
        return 1 + len(self.frames)


@dataclass(frozen=True)
class Grammar:
    particles: frozenset[str]
    finite_aux: frozenset[str]
    passive_aux: frozenset[str]
    participle_endings: tuple[str, ...]
    agent_prepositions: frozenset[str]
    target_prepositions: frozenset[str]
    symmetric_prepositions: frozenset[str]
    prepositions: frozenset[str]
    oblique_determiners: frozenset[str]
    genitive_determiners: frozenset[str]
    coordinators: frozenset[str]
    subordinators: frozenset[str]
    clause_breaks: frozenset[str]
    reflexives: frozenset[str]
    relative_pronouns: frozenset[str]
    nominative_relatives: frozenset[str] = frozenset()
    mutual_roots: tuple[str, ...] = ()
    same_event_roots: tuple[tuple[str, ...], ...] = ()
    motive_conjunctions: frozenset[str] = frozenset()
    motive_codes: tuple[str, ...] = ()

    nominalization_endings: tuple[str, ...] = ()
    agent_noun_endings: frozenset[str] = frozenset()
    noun_endings: tuple[str, ...] = ()
    support_verbs: frozenset[str] = frozenset()
    perfect_aux: frozenset[str] = frozenset()
    subject_determiners: frozenset[str] = frozenset()
    purpose_conjunctions: frozenset[str] = frozenset()
    attributive_markers: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    foreign_target_fallback: bool = False
    sentence_target_fallback: bool = False
    content_target_roots: frozenset[str] = frozenset()
    content_clause_openers: frozenset[str] = frozenset()
    expletives: frozenset[str] = frozenset()
    responses: tuple[tuple[str, tuple[str, ...]], ...] = ()
    nouns_need_target: bool = False
    possessives: frozenset[str] = frozenset()
    setting_prepositions: frozenset[str] = frozenset()
    setting_source_roots: frozenset[str] = frozenset()
    genitive_articles: frozenset[str] = frozenset()

    @property
    def particles_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.particles, key=len, reverse=True))

    context_target_sentences: int = -1
    sentence_target_roots: tuple[str, ...] = ()
    plural_umlauts: MappingProxyType[str, str] = field(
        default_factory=lambda: MappingProxyType({}))
    reported_speech_source: bool = False
    participle_prefix: str = ""
    inseparable_prefixes: tuple[str, ...] = ()
    state_passive_aux: frozenset[str] = frozenset()
    past_passive_aux: frozenset[str] = frozenset()
    sein_perfect_endings: tuple[str, ...] = ()
    zu_infix: str = ""
    participle_suffixes: tuple[tuple[str, str], ...] = ()
    targetless_roots: tuple[str, ...] = ()
    drop_targetless: bool = False
    dyad_memory: int = 0
    dyad_memory_roots: tuple[str, ...] = ()
    state_target_roots: tuple[str, ...] = ()
    state_target_sources: frozenset[str] = frozenset()
    state_target_sector: str = ""
    demand_modals: frozenset[str] = frozenset()
    demand_continuation_modals: frozenset[str] = frozenset()
    voice_roots: tuple[str, ...] = ()
    prepositional_subordinators: frozenset[str] = frozenset()
    parenthesis: tuple[str, str] = ("(", ")")
    parenthesis_words: int = 0
    quote_pairs: tuple[tuple[str, str], ...] = ()
    genitive_plural_adjective_endings: tuple[str, ...] = ()
    noun_patient_prepositions: frozenset[str] = frozenset()
    reciprocals: frozenset[str] = frozenset()
    distinct_parties_roots: tuple[str, ...] = ()
    attributive_participle_endings: tuple[str, ...] = ()
    meeting_place_codes: MappingProxyType[str, str] = field(
        default_factory=lambda: MappingProxyType({}))
    demand_code: str = ""

    def same_event_group(self, code: str) -> tuple[str, ...]:
        """The roots that name the same kind of happening as ``code``'s root."""
        root = code[:2]
        return next((g for g in self.same_event_roots if root in g), (root,))

    def root_group(self, code: str) -> str:
        """The code's root, or the first root of the `same_event_roots` group it is in."""
        return self.same_event_group(code)[0]


@dataclass(frozen=True)
class ModeRules:
    negation: frozenset[str]
    negation_unless_next: frozenset[str]
    hypothetical: frozenset[str]
    conditional_initial: frozenset[str]
    conditional_conjunctions: frozenset[str]
    subjunctive_forms: frozenset[str]
    planned: frozenset[str]
    future_aux: frozenset[str]
    future_date: bool
    examples: tuple[str, ...] = ()
    reported_modals: frozenset[str] = frozenset()
    perfect_infinitive: frozenset[str] = frozenset()
    past_markers: frozenset[str] = frozenset()
    preterite_endings: tuple[str, ...] = ()
    zu_infinitive: bool = False
    attributive_planned: frozenset[str] = frozenset()
    zu_infinitive_done_after: frozenset[str] = frozenset()
    zu_infinitive_hypothetical_after: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EventResources:
    """The compiled, read-only resources; build with :func:`load_resources`."""

    verbs: MappingProxyType[str, Entry]
    nouns: MappingProxyType[str, Entry]
    forms: MappingProxyType[str, tuple[str, ...]]
    grammar: Grammar
    modes: ModeRules
    cameo_names: MappingProxyType[str, str]
    plover: MappingProxyType[str, tuple[str, str | None]]
    noun_min_len: int = field(default=4)
    targetless_patterns: frozenset[str] = frozenset()

    def entries(self) -> list[Entry]:
        return [*self.verbs.values(), *self.nouns.values()]

    def plover_of(self, code: str) -> tuple[str | None, str | None]:
        """PLOVER event type and mode for a CAMEO code, by longest listed prefix."""
        for n in range(len(code), 1, -1):
            row = self.plover.get(code[:n])
            if row is not None:
                return (row[0] or None, row[1])
        return (None, None)

    def noun(self, lemma: str, compounds: bool = True) -> Entry | None:
        """A nominal trigger by lemma, also inflected ("Gefechte") and as the head of a
        compound ("Wirtschaftssanktionen"), not after a verb particle: "Herausforderung" is
        no "Forderung"."""
        key = lemma.lower()
        stems = [(key[:-len(s)], s) for s in self.grammar.noun_endings
                 if key.endswith(s) and len(key) - len(s) >= self.noun_min_len]
        keys = [key] + [stem for stem, _ in stems]
        keys += [k for stem, ending in stems if ending not in self.grammar.agent_noun_endings
                 for k in [self._without_plural_umlaut(stem)] if k]
        for word in keys:
            entry = self.nouns.get(word)
            if entry is not None:
                return entry
        if not compounds:
            return None
        for word in keys:
            for cut in range(1, len(word) - self.noun_min_len):
                entry = self.nouns.get(word[cut:])
                if entry is not None and word[:cut] not in self.grammar.particles:
                    return entry
        return None


    def _without_plural_umlaut(self, stem: str) -> str | None:
        """The singular stem of an umlaut plural ("vorwürf" of "Vorwürfe" -> "vorwurf"): the
        last umlaut of the stem replaced by its base vowel (grammar ``plural_umlauts``)."""
        for k in range(len(stem) - 1, -1, -1):
            base = self.grammar.plural_umlauts.get(stem[k])
            if base is not None:
                return stem[:k] + base + stem[k + 1:]
        return None


def _package_root() -> Path:
    return Path(str(importlib_resources.files("chronik") / "resources"))


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []) or [])


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.lower(),)
    return tuple(str(v).lower() for v in value)


def _code(value: Any, where: str) -> str:
    code = str(value)
    if not code.isdigit() or not 2 <= len(code) <= 4:
        raise DictionaryError(f"{where}: code {value!r} must be a quoted CAMEO code like '042'")
    return code


def _frame(raw: dict[str, Any], entry_id: str, index: int, where: str) -> Frame:
    frame_id = f"{entry_id}#{raw.get('id', index + 1)}"
    target = raw.get("target")
    if target is not None and target not in TARGET_POLICIES:
        raise DictionaryError(f"{where}: frame {frame_id} target must be one of {TARGET_POLICIES}")
    return Frame(id=frame_id, code=_code(raw.get("code"), f"{where} {frame_id}"),
                 prep=_tuple(raw.get("prep")), with_words=_tuple(raw.get("with")),
                 reflexive=raw.get("reflexive"), target=target, agentless=raw.get("agentless"),
                 mode=raw.get("mode"), skip=bool(raw.get("skip")), example=raw.get("ex"))


def _entry(lemma: str, raw: dict[str, Any] | str, kind: str, where: str) -> Entry:
    if isinstance(raw, str):
        raw = {"code": raw}
    entry_id = f"{kind}:{lemma}"
    target = raw.get("target", "object" if kind == "verb" else "prep")
    if target not in TARGET_POLICIES:
        raise DictionaryError(f"{where}: {entry_id} target must be one of {TARGET_POLICIES}")
    frames = tuple(_frame(f, entry_id, i, where) for i, f in enumerate(raw.get("frames") or []))
    return Entry(id=entry_id, lemma=lemma.lower(), kind=kind,
                 code=_code(raw.get("code"), f"{where} {entry_id}"), prep=_tuple(raw.get("prep")),
                 target=target, speech=bool(raw.get("speech", False)),
                 patient_subject=bool(raw.get("patient_subject", False)),
                 agentless=raw.get("agentless"), requires_frame=bool(raw.get("requires_frame")),
                 genitive=raw.get("genitive", "source"),
                 requires_target=raw.get("requires_target"),
                 symmetric=bool(raw.get("symmetric")),
                 source_sectors=tuple(str(x) for x in raw.get("source_sectors") or ()),
                 target_sector_codes=tuple((str(k), _code(v, f"{where} {lemma}"))
                                           for k, v in (raw.get("target_sectors") or {}).items()),
                 source_sector_codes=tuple((str(k), _code(v, f"{where} {lemma}"))
                                           for k, v in (raw.get("source_sectors_codes") or {}).items()),
                 agentless_by_target=tuple((str(k), str(v)) for k, v in
                                           (raw.get("agentless_by_target") or {}).items()),
                 frames=frames, example=raw.get("ex"), file=where)


def _read_dictionary(
        folder: Path) -> tuple[dict[str, Entry], dict[str, Entry], dict[str, tuple[str, ...]]]:
    verbs: dict[str, Entry] = {}
    nouns: dict[str, Entry] = {}
    forms: dict[str, tuple[str, ...]] = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for kind, table in (("verb", verbs), ("noun", nouns)):
            for lemma, raw in (data.get(f"{kind}s") or {}).items():
                entry = _entry(str(lemma), raw, kind, path.name)
                if entry.lemma in table:
                    raise DictionaryError(f"{path.name}: {entry.id} is also in "
                                          f"{table[entry.lemma].file}")
                table[entry.lemma] = entry
                if isinstance(raw, dict):
                    for form in raw.get("forms") or []:
                        key = str(form).lower()
                        forms[key] = (*forms.get(key, ()), entry.lemma)
    return verbs, nouns, forms


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader((line for line in handle if not line.startswith("#")),
                                      delimiter="\t")]
    return rows[1:]


def _grammar(data: dict[str, Any]) -> Grammar:
    return Grammar(
        particles=_words(data, "particles"), finite_aux=_words(data, "finite_aux"),
        passive_aux=_words(data, "passive_aux"),
        participle_endings=tuple(data.get("participle_endings", [])),
        agent_prepositions=_words(data, "agent_prepositions"),
        target_prepositions=_words(data, "target_prepositions"),
        symmetric_prepositions=_words(data, "symmetric_prepositions"),
        prepositions=_words(data, "prepositions"),
        oblique_determiners=_words(data, "oblique_determiners"),
        genitive_determiners=_words(data, "genitive_determiners"),
        coordinators=_words(data, "coordinators"), subordinators=_words(data, "subordinators"),
        clause_breaks=frozenset(str(w) for w in data.get("clause_breaks", [])),
        reflexives=_words(data, "reflexives"),
        relative_pronouns=_words(data, "relative_pronouns"),
        nominative_relatives=_words(data, "nominative_relatives"),
        mutual_roots=tuple(str(r) for r in data.get("mutual_roots", [])),
        same_event_roots=tuple(tuple(str(r) for r in g) for g in data.get("same_event_roots", [])),
        motive_conjunctions=_words(data, "motive_conjunctions"),
        motive_codes=tuple(str(c) for c in data.get("motive_codes", [])),
        nominalization_endings=tuple(data.get("nominalization_endings", [])),
        agent_noun_endings=_words(data, "agent_noun_endings"),
        noun_endings=tuple(sorted(data.get("noun_endings", []), key=len, reverse=True)),
        support_verbs=_words(data, "support_verbs"),
        perfect_aux=_words(data, "perfect_aux"),
        subject_determiners=_words(data, "subject_determiners"),
        purpose_conjunctions=_words(data, "purpose_conjunctions"),
        attributive_markers=_words(data, "attributive_markers"),
        place_prepositions=_words(data, "place_prepositions"),
        foreign_target_fallback=bool(data.get("foreign_target_fallback", False)),
        sentence_target_fallback=bool(data.get("sentence_target_fallback", False)),
        content_target_roots=frozenset(str(r) for r in data.get("content_target_roots", [])),
        content_clause_openers=_words(data, "content_clause_openers"),
        expletives=_words(data, "expletives"),
        responses=tuple((str(k), tuple(str(r) for r in v))
                        for k, v in (data.get("responses") or {}).items()),
        nouns_need_target=bool(data.get("nouns_need_target", False)),
        possessives=_words(data, "possessives"),
        setting_prepositions=_words(data, "setting_prepositions"),
        setting_source_roots=frozenset(str(r) for r in data.get("setting_source_roots", [])),
        genitive_articles=_words(data, "genitive_articles"),
        context_target_sentences=int(data.get("context_target_sentences", -1)),
        sentence_target_roots=tuple(str(r) for r in data.get("sentence_target_roots", [])),
        plural_umlauts=MappingProxyType({str(k): str(v) for k, v in
                                         (data.get("plural_umlauts") or {}).items()}),
        reported_speech_source=bool(data.get("reported_speech_source", False)),
        participle_prefix=str(data.get("participle_prefix", "")),
        inseparable_prefixes=tuple(data.get("inseparable_prefixes", [])),
        state_passive_aux=_words(data, "state_passive_aux"),
        past_passive_aux=_words(data, "past_passive_aux"),
        sein_perfect_endings=tuple(data.get("sein_perfect_endings", [])),
        zu_infix=str(data.get("zu_infix", "")),
        participle_suffixes=tuple(sorted(((str(k), str(v)) for k, v in
                                          (data.get("participle_suffixes") or {}).items()),
                                         key=lambda kv: -len(kv[0]))),
        targetless_roots=tuple(str(r) for r in data.get("targetless_roots", [])),
        drop_targetless=bool(data.get("drop_targetless", False)),
        dyad_memory=int(data.get("dyad_memory", 0)),
        dyad_memory_roots=tuple(str(r) for r in data.get("dyad_memory_roots", [])),
        state_target_roots=tuple(str(r) for r in data.get("state_target_roots", [])),
        state_target_sources=frozenset(data.get("state_target_sources", [])),
        state_target_sector=str(data.get("state_target_sector", "")),
        demand_modals=frozenset(data.get("reported_demand", {}).get("modals", [])),
        demand_continuation_modals=frozenset(
            data.get("reported_demand", {}).get("continuation_modals", [])),
        voice_roots=tuple(str(r) for r in data.get("reported_demand", {}).get("voice_roots", [])),
        prepositional_subordinators=_words(data, "prepositional_subordinators"),
        parenthesis=tuple(data.get("parenthesis", ["(", ")"]))[:2],  # type: ignore[arg-type]
        parenthesis_words=int(data.get("parenthesis_words", 0)),
        quote_pairs=tuple((str(a), str(b)) for a, b in data.get("quote_pairs", [])),
        noun_patient_prepositions=_words(data, "noun_patient_prepositions"),
        reciprocals=_words(data, "reciprocals"),
        distinct_parties_roots=tuple(str(r) for r in data.get("distinct_parties_roots", [])),
        attributive_participle_endings=tuple(
            data.get("attributive_participle_endings", [])),
        genitive_plural_adjective_endings=tuple(
            data.get("genitive_plural_adjective_endings", [])),
        meeting_place_codes=MappingProxyType({str(k): str(v) for k, v in
                                              data.get("meeting_place", {}).items()}),
        demand_code=str(data.get("reported_demand", {}).get("code", "")))


def _modes(data: dict[str, Any]) -> ModeRules:
    neg, hyp, plan = data.get("negated", {}), data.get("hypothetical", {}), data.get("planned", {})
    examples = tuple(ex for part in (neg, hyp, plan) for ex in part.get("examples", []))
    return ModeRules(
        negation=_words(neg, "words"), negation_unless_next=_words(neg, "unless_next"),
        hypothetical=_words(hyp, "words"), conditional_initial=_words(hyp, "clause_initial"),
        conditional_conjunctions=_words(hyp, "conditional_conjunctions"),
        subjunctive_forms=_words(hyp, "subjunctive_forms"), planned=_words(plan, "words"),
        future_aux=_words(plan, "future_aux"), future_date=bool(plan.get("future_date", False)),
        examples=examples, reported_modals=_words(plan, "reported_modals"),
        perfect_infinitive=_words(plan, "perfect_infinitive"),
        past_markers=_words(plan, "past_markers"),
        preterite_endings=tuple(plan.get("preterite_endings", [])),
        zu_infinitive=bool(plan.get("zu_infinitive", False)),
        attributive_planned=_words(plan, "attributive"),
        zu_infinitive_done_after=_words(plan, "zu_infinitive_done_after"),
        zu_infinitive_hypothetical_after=_words(plan, "zu_infinitive_hypothetical_after"))


def build_resources(root: Path) -> EventResources:
    """Compile the resources under ``root`` (a folder laid out like ``chronik/resources``)."""
    events_dir = root / "de" / "events"
    verbs, nouns, forms = _read_dictionary(events_dir / "verbs")
    grammar = _grammar(yaml.safe_load((events_dir / "grammar.yaml").read_text(encoding="utf-8")))
    modes = _modes(yaml.safe_load((events_dir / "modes.yaml").read_text(encoding="utf-8")))
    names = {r[0]: r[1] for r in _read_tsv(root / "ontology" / "cameo_eventcodes.tsv") if r}
    plover: dict[str, tuple[str, str | None]] = {}
    for row in _read_tsv(root / "ontology" / "cameo_plover.tsv"):
        if row:
            row = [*row, "", ""]
            plover[row[0]] = (row[1], row[2] or None)
    for entry in [*verbs.values(), *nouns.values()]:
        for code in (entry.code, *(f.code for f in entry.frames)):
            if code not in names:
                raise DictionaryError(f"{entry.file}: {entry.id} uses {code}, not a CAMEO code")
    return EventResources(verbs=MappingProxyType(verbs), nouns=MappingProxyType(nouns),
                          forms=MappingProxyType(forms), grammar=grammar, modes=modes,
                          cameo_names=MappingProxyType(names), plover=MappingProxyType(plover),
                          targetless_patterns=_targetless_patterns([*verbs.values(),
                                                                    *nouns.values()]))


def _example_targetless(example: str | None) -> bool | None:
    """Whether a runnable example ("... => 013 USA>-") expects an event with no target."""
    if not example or "=>" not in example:
        return None
    fields = example.split("=>", 1)[1].split()
    if len(fields) < 2:
        return None
    return fields[1].partition(">")[2] in ("", "-")


def _targetless_patterns(entries: list[Entry]) -> frozenset[str]:
    """Patterns (block or frame ids) whose example shows them without a target: the
    dictionary's declaration that the reading is intransitive ("trat zurück", "kapitulierte")."""
    found = set()
    for entry in entries:
        block = _example_targetless(entry.example)
        if block:
            found.add(entry.id)
        for frame in entry.frames:
            own = _example_targetless(frame.example)
            if own or (own is None and block):
                found.add(frame.id)
    return frozenset(found)


@lru_cache(maxsize=4)
def load_resources(root: str | None = None) -> EventResources:
    """The resources, loaded and compiled once per process (per ``root``)."""
    return build_resources(Path(root) if root else _package_root())
