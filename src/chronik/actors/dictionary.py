"""The actor dictionary: every German form chronik knows for countries, organizations, groups,
role nouns and persons, loaded once from the YAML/TSV files under ``resources/de/actors`` plus
any user folders, into one immutable object."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import ahocorasick
import yaml

from chronik.actors.entries import Group, Person, Reading, Role, RoleNoun, date_interval, split_code
from chronik.actors.forms import case_rule, expand_all, fold, genitive, inflect_adjective
from chronik.model import ActorMention
from chronik.resources import resource_path

ENV_DIRS = "CHRONIK_ACTORS_DIR"
STATE_PICKS = ("first", "recent")   # how a state description chooses among earlier states
GENDER_FEATS = {"m": frozenset({"m"}), "f": frozenset({"f"}), "n": frozenset({"n"}),
                "pl": frozenset({"pl"})}


class DictionaryError(ValueError):
    """A dictionary file is malformed; the message names the file and entry to fix."""


@dataclass(frozen=True)
class Grammar:
    """Function words and inflection, from ``grammar.yaml`` and ``defaults.yaml``."""

    adjective_endings: tuple[str, ...]
    genitive_suffix: str
    genitive_not_after: tuple[str, ...]
    determiners: frozenset[str]
    definite: frozenset[str]
    genitive_determiners: frozenset[str]
    location_prepositions: frozenset[str]
    former_stems: tuple[str, ...]
    former_prefixes: tuple[str, ...]
    located_sectors: frozenset[str]
    name_particles: frozenset[str]
    linking_prepositions: frozenset[str]
    coordinators: frozenset[str]
    modifier_endings: tuple[str, ...]
    pronouns: Mapping[str, frozenset[str]]
    window: int
    place_sector: str
    seat_sector: str
    inactive_sector: str
    unknown_country: str
    people_with_name_sector: str
    named_person_feats: frozenset[str] = frozenset({"m", "f"})
    unlisted_person_sector: str | None = None
    apposition_marks: frozenset[str] = frozenset({","})
    possessives: frozenset[str] = frozenset()
    group_sector_not: frozenset[str] = frozenset({"GOV", "CVL"})
    group_counts: frozenset[str] = frozenset()
    sympathy_prefixes: tuple[str, ...] = ()
    affiliation_prepositions: frozenset[str] = frozenset()
    town_min_population: int = 0
    dateline_marks: frozenset[str] = frozenset()
    apposition_gap: int = 4          # words between a role and the comma of its apposition
    sector_nouns: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    object_pronouns: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    business_sector: str = "BUS"
    country_gender: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({}))
    relational_window: int = 0
    state_sectors: frozenset[str] = frozenset()
    demonstratives: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({}))
    clause_marks: frozenset[str] = frozenset()
    quote_marks: frozenset[str] = frozenset()
    possessive_features: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({}))
    ambiguous_pronouns: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({}))
    thing_pronouns: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({}))
    expletive_verbs: frozenset[str] = frozenset()
    anaphor_contractions: frozenset[str] = frozenset()
    travel_sectors: frozenset[str] = frozenset()
    predicative_markers: frozenset[str] = frozenset()
    subject_deps: frozenset[str] = frozenset()
    copula_lemmas: frozenset[str] = frozenset()
    anaphor_idioms: frozenset[str] = frozenset()
    context_free_sectors: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()


def _iso(value: Any) -> str | None:
    return None if value in (None, "~", "") else str(value)


def _roles(raw: Iterable[Any], where: str) -> tuple[Role, ...]:
    roles = []
    for item in raw or ():
        if not isinstance(item, list | tuple) or len(item) != 4:
            raise DictionaryError(f"{where}: a role is [code, title, from, to], got {item!r}")
        roles.append(Role(str(item[0]), str(item[1]), _iso(item[2]), _iso(item[3])))
    return tuple(roles)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
    except yaml.YAMLError as err:
        raise DictionaryError(f"{path}: not valid YAML (quote forms with braces: "
                              f"\"Weiße{{|n}} Haus\"): {err}") from None
    if not isinstance(data, dict):
        raise DictionaryError(f"{path}: expected a mapping at the top level")
    data.pop("examples", None)
    return data


def _files(dirs: Iterable[Path], *patterns: str) -> list[Path]:
    found: list[Path] = []
    for folder in dirs:
        for pattern in patterns:
            found.extend(sorted(folder.glob(pattern)))
    return found


def shipped_dir() -> Path:
    return resource_path("de", "actors")


def user_dirs(extra: Iterable[str | Path] | None = None, use_env: bool = True) -> tuple[Path, ...]:
    """User folders: those given, then those in ``$CHRONIK_ACTORS_DIR`` (os.pathsep-separated)."""
    dirs = [Path(d) for d in (extra or ())]
    if use_env and os.environ.get(ENV_DIRS):
        dirs.extend(Path(d) for d in os.environ[ENV_DIRS].split(os.pathsep) if d)
    return tuple(d.resolve() for d in dirs if d.is_dir())


class _Builder:
    """Collects readings while the files are read; produces the frozen dictionary."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self.readings: dict[str, list[Reading]] = {}
        self.heads: dict[str, list[Reading]] = {}
        self.names: dict[str, str] = {}

    def add(self, form: str, reading: Reading, with_genitive: bool = False) -> None:
        form = " ".join(form.split())
        if not form:
            return
        reading = Reading(reading.kind, reading.ref, case_rule(form), reading.genitive,
                          reading.prefix, reading.feats, reading.role)
        bucket = self.readings.setdefault(fold(form), [])
        if reading not in bucket:
            bucket.append(reading)
        if with_genitive:
            gen = genitive(form, self.grammar.genitive_suffix, self.grammar.genitive_not_after)
            if gen:
                self.add(gen, Reading(reading.kind, reading.ref, None, True, reading.prefix,
                                      reading.feats, reading.role))

    def add_place(self, code: str, entry: Mapping[str, Any], display: str | None) -> None:
        if display:
            self.names.setdefault(code, display)
        for name in expand_all(entry.get("names")):
            self.names.setdefault(code, name)
            self.add(name, Reading("place", code, feats=self.gender(name)), with_genitive=True)
        for stem in entry.get("adj") or ():
            for form in inflect_adjective(str(stem), self.grammar.adjective_endings):
                self.add(form, Reading("adj", code))
        for form in expand_all(entry.get("people")):
            self.add(form, Reading("people", code, feats=frozenset({"pl"})))
        for form in expand_all(entry.get("capital")):
            self.add(form, Reading("seat", code, feats=self.gender(form)), with_genitive=True)

    def gender(self, name: str) -> frozenset[str]:
        table = self.grammar.country_gender
        return table.get(fold(" ".join(name.split())), table.get("", frozenset()))


def _grammar(folder: Path) -> Grammar:
    g = _read_yaml(folder / "grammar.yaml")
    d = _read_yaml(folder / "defaults.yaml")
    return Grammar(
        adjective_endings=tuple(g["adjective_endings"]),
        genitive_suffix=g["genitive_suffix"],
        genitive_not_after=tuple(g["genitive_not_after"]),
        determiners=frozenset(fold(w) for w in g["determiners"]),
        definite=frozenset(fold(w) for w in g["definite_determiners"]),
        genitive_determiners=frozenset(fold(w) for w in g["genitive_determiners"]),
        location_prepositions=frozenset(fold(w) for w in g["location_prepositions"]),
        former_stems=tuple(fold(w) for w in g["former_stems"]),
        former_prefixes=tuple(fold(w) for w in g["former_prefixes"]),
        located_sectors=frozenset(d["located_sectors"]),
        name_particles=frozenset(fold(w) for w in g["name_particles"]),
        linking_prepositions=frozenset(fold(w) for w in g["linking_prepositions"]),
        coordinators=frozenset(fold(w) for w in g["coordinators"]),
        modifier_endings=tuple(g["modifier_endings"]),
        pronouns=MappingProxyType({fold(k): frozenset(v) for k, v in g["pronouns"].items()}),
        window=int(g["coreference_window_sentences"]),
        place_sector=d["place_sector"], seat_sector=d["seat_sector"],
        inactive_sector=d["inactive_sector"], unknown_country=d["unknown_country"],
        people_with_name_sector=d["people_with_name_sector"],
        unlisted_person_sector=d.get("unlisted_person_sector"),
        possessives=frozenset(fold(w) for w in g.get("possessive_determiners") or ()),
        group_counts=frozenset(fold(w) for w in g.get("group_counts") or ()),
        sympathy_prefixes=tuple(fold(w) for w in g.get("sympathy_prefixes") or ()),
        affiliation_prepositions=frozenset(fold(w) for w in g.get("affiliation_prepositions")
                                           or ()),
        town_min_population=int(g.get("town_min_population") or 0),
        dateline_marks=frozenset(g.get("dateline_marks") or ()),
        sector_nouns=MappingProxyType({str(k): tuple(fold(w) for w in v)
                                       for k, v in (g.get("sector_nouns") or {}).items()}),
        state_sectors=frozenset(d.get("state_sectors") or ()),
        relational_window=int(g.get("relational_window_sentences") or 0),
        country_gender=_genders(d.get("country_gender") or {}),
        business_sector=d.get("business_sector", "BUS"),
        quantifiers=frozenset(fold(w) for w in g.get("quantifiers") or ()),
        object_pronouns=frozenset(fold(w) for w in g.get("object_pronouns") or ()),
        demonstratives=MappingProxyType({fold(k): frozenset(v) for k, v in
                                         (g.get("demonstrative_pronouns") or {}).items()}),
        clause_marks=frozenset(g.get("clause_marks") or ()),
        quote_marks=frozenset(g.get("quote_marks") or ()),
        possessive_features=MappingProxyType({fold(k): frozenset(v) for k, v in
                                              (g.get("possessive_features") or {}).items()}),
        ambiguous_pronouns=MappingProxyType({fold(k): frozenset(v) for k, v in
                                             (g.get("ambiguous_pronouns") or {}).items()}),
        thing_pronouns=MappingProxyType({fold(k): frozenset(v) for k, v in
                                         (g.get("thing_pronouns") or {}).items()}),
        expletive_verbs=frozenset(fold(w) for w in g.get("expletive_verbs") or ()),
        travel_sectors=frozenset(d.get("travel_sectors") or ()),
        subject_deps=frozenset(d.get("subject_deps") or ()),
        agent_prepositions=frozenset(fold(w) for w in g.get("agent_prepositions") or ()),
        context_free_sectors=frozenset(d.get("context_free_sectors") or ()),
        anaphor_idioms=frozenset(fold(w) for w in g.get("anaphor_idioms") or ()),
        copula_lemmas=frozenset(fold(w) for w in g.get("copula_lemmas") or ()),
        predicative_markers=frozenset(fold(w) for w in g.get("predicative_markers") or ()),
        anaphor_contractions=frozenset(fold(w) for w in g.get("anaphor_contractions") or ()),
    )


def _genders(raw: Mapping[str, Any]) -> Mapping[str, frozenset[str]]:
    """Folded country name -> its gender features; key "" holds the default."""
    table: dict[str, frozenset[str]] = {}
    if raw.get("default"):
        table[""] = frozenset({str(raw["default"])})
    for gender, names in raw.items():
        if gender == "default":
            continue
        for name in names or ():
            table[fold(" ".join(str(name).split()))] = frozenset({str(gender)})
    return table


def _state_pick(value: Any, path: Path) -> str | None:
    if value in (None, False):
        return None
    if value not in STATE_PICKS:
        raise DictionaryError(f"{path}: state must be one of {STATE_PICKS}, got {value!r}")
    return str(value)


def _load_sectors(builder: _Builder, path: Path) -> None:
    for key, entries in _read_yaml(path).items():
        for number, entry in enumerate(entries or ()):
            sector = str(entry.get("sector", key))
            feats: dict[str, set[str]] = {}
            for field_name, field_feats in GENDER_FEATS.items():
                for form in expand_all(entry.get(field_name)):
                    feats.setdefault(form, set()).update(field_feats)
            if not feats:
                raise DictionaryError(f"{path}: {key} entry {number} has no forms (m/f/n/pl)")
            noun = RoleNoun(sector=sector, person=bool(entry.get("person")),
                            inherit=bool(entry.get("inherit")), head=bool(entry.get("head")),
                            country=entry.get("country"), key=f"{key}:{next(iter(feats))}",
                            anaphor=bool(entry.get("anaphor")),
                            or_context=tuple(entry.get("or_context") or ()),
                            owner_code=bool(entry.get("owner_code")),
                            state=_state_pick(entry.get("state"), path),
                            anchored=bool(entry.get("anchored")),
                            determined=bool(entry.get("determined")))
            for form, form_feats in feats.items():
                reading = Reading("role", noun.key, feats=frozenset(form_feats), role=noun)
                builder.add(form, reading)
                if noun.head:
                    bucket = builder.heads.setdefault(fold(form), [])
                    bucket.append(Reading("role", noun.key, None, False, False,
                                          frozenset(form_feats), noun))


def _load_persons(builder: _Builder, paths: list[Path],
                  aliases: Mapping[str, list[str]]) -> dict[str, Person]:
    raw: dict[str, tuple[dict[str, Any], str]] = {}
    for path in paths:
        for pid, entry in _read_yaml(path).items():
            if not isinstance(entry, dict) or "name" not in entry:
                raise DictionaryError(f"{path}: person {pid!r} needs at least a name")
            raw[str(pid)] = (entry, path.name)
    persons: dict[str, Person] = {}
    for pid, (entry, source) in raw.items():
        person = Person(id=pid, name=str(entry["name"]), roles=_roles(entry.get("roles"), pid),
                        gender=entry.get("g"), context_only=bool(entry.get("context_only")),
                        after=entry.get("after"), source=source)
        persons[pid] = person
        feats = GENDER_FEATS.get(person.gender or "", frozenset())
        full = [person.name, *expand_all(entry.get("aka")), *aliases.get(pid, [])]
        for form in full:
            builder.add(form, Reading("person", pid, feats=feats), with_genitive=True)
        shorts = entry.get("short")
        if shorts is None:
            shorts = [person.name.split()[-1]] if len(person.name.split()) > 1 else []
        for form in expand_all(shorts):
            if fold(form) not in {fold(f) for f in full}:
                builder.add(form, Reading("short", pid, feats=feats), with_genitive=True)
    return persons


def _load_groups(builder: _Builder, paths: list[Path]) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for path in paths:
        for gid, entry in _read_yaml(path).items():
            names = expand_all(entry.get("names"))
            if not names:
                raise DictionaryError(f"{path}: group {gid!r} has no names")
            group = Group(id=str(gid), name=names[0], roles=_roles(entry.get("roles"), gid),
                          sector=entry.get("sector"),
                          from_context=entry.get("country") == "context",
                          fallback=entry.get("fallback"), source=path.name)
            groups[group.id] = group
            for name in names:
                builder.add(name, Reading("group", group.id, feats=frozenset({"pl"})),
                            with_genitive=True)
            for form in expand_all(entry.get("prefix")):
                builder.add(form, Reading("group", group.id, prefix=True))
    return groups


def _load_igos(builder: _Builder, path: Path) -> None:
    for code, entry in _read_yaml(path).items():
        for name in expand_all(entry.get("names")):
            builder.names.setdefault(str(code), name)
            builder.add(name, Reading("igo", str(code), feats=frozenset({"f"})), with_genitive=True)
        for form in expand_all(entry.get("prefix")):
            builder.add(form, Reading("igo", str(code), prefix=True))


def _build(dirs: tuple[Path, ...]) -> ActorDictionary:
    shipped = dirs[0]
    grammar = _grammar(shipped)
    builder = _Builder(grammar)
    countries = {}
    for path in _files(dirs, "countries*.tsv"):
        with path.open(encoding="utf-8") as handle:
            rows = csv.DictReader((line for line in handle if not line.startswith("#")),
                                  delimiter="\t")
            for row in rows:
                countries[row["iso3"]] = row["name_de"]
    forms: dict[str, dict[str, Any]] = {}
    for path in _files(dirs, "country_forms*.yaml", "regions*.yaml"):
        for code, entry in _read_yaml(path).items():
            forms.setdefault(str(code), {"names": [], "adj": [], "people": [], "capital": []})
            for key in ("names", "adj", "people", "capital"):
                forms[str(code)][key].extend(entry.get(key) or [])
    for code in sorted(set(countries) | set(forms)):
        entry = forms.get(code, {"names": []})
        if code in countries:
            entry = {**entry, "names": [countries[code], *entry.get("names", [])]}
        builder.add_place(code, entry, countries.get(code))
    for path in _files(dirs, "igos*.yaml"):
        _load_igos(builder, path)
    for path in _files(dirs, "sectors*.yaml"):
        _load_sectors(builder, path)
    groups = _load_groups(builder, _files(dirs, "groups*.yaml"))
    aliases: dict[str, list[str]] = {}
    for path in _files(dirs, "aliases*.yaml"):
        for alias, pid in _read_yaml(path).items():
            aliases.setdefault(str(pid), []).append(str(alias))
    persons = _load_persons(builder, _files(dirs, "persons/*.yaml", "persons*.yaml"), aliases)
    automaton = ahocorasick.Automaton()
    for form in builder.readings:
        automaton.add_word(form, form)
    automaton.make_automaton()
    return ActorDictionary(
        readings=MappingProxyType({k: tuple(v) for k, v in builder.readings.items()}),
        heads=MappingProxyType({k: tuple(v) for k, v in builder.heads.items()}),
        persons=MappingProxyType(persons), groups=MappingProxyType(groups),
        names=MappingProxyType(builder.names), countries=MappingProxyType(countries),
        grammar=grammar, automaton=automaton, dirs=dirs)


@lru_cache(maxsize=8)
def _cached(dirs: tuple[Path, ...]) -> ActorDictionary:
    return _build(dirs)


@dataclass(frozen=True)
class ActorDictionary:
    """All actor knowledge, immutable; load it once with :meth:`load` and share it."""

    readings: Mapping[str, tuple[Reading, ...]]
    heads: Mapping[str, tuple[Reading, ...]]
    persons: Mapping[str, Person]
    groups: Mapping[str, Group]
    names: Mapping[str, str]
    countries: Mapping[str, str]
    grammar: Grammar
    automaton: Any
    dirs: tuple[Path, ...]

    @classmethod
    def load(cls, extra_dirs: Iterable[str | Path] | None = None,
             use_env: bool = True) -> ActorDictionary:
        """The shipped dictionary merged with user folders (``extra_dirs`` and
        ``$CHRONIK_ACTORS_DIR``); cached, so repeated calls are free."""
        return _cached((shipped_dir(), *user_dirs(extra_dirs, use_env)))

    # -- persons and groups at a date ---------------------------------------------------------
    def person_role(self, pid: str, date: str | None, sector: str | None = None,
                    prefer: str | None = None) -> Role | None:
        """The role ``pid`` held at ``date`` (preferring code ``prefer``, then ``sector``);
        with no date the latest."""
        person = self.persons[pid]
        return pick_role(person.roles, date, sector, prefer)

    def person_code(self, pid: str, date: str | None, sector: str | None = None,
                    prefer: str | None = None) -> str:
        role = self.person_role(pid, date, sector, prefer)
        if role:
            return role.code
        person = self.persons[pid]
        titled = [r for r in person.roles if (r.code == prefer if prefer is not None
                                              else sector is not None and r.sector == sector)]
        if titled:
            # "Bundeskanzler Olaf Scholz", "Präsident Joe Biden" in a text dated after the
            # term: the title the text gives is one the person held, and says which role it means
            return max(titled, key=lambda r: r.start or "").code
        if person.after:
            return person.after
        home = person.home
        if home:
            return home + self.grammar.inactive_sector
        return person.roles[-1].code if person.roles else self.grammar.unknown_country

    def active_at(self, pid: str, date: str | None) -> bool:
        interval = date_interval(date)
        return interval is None or any(r.overlaps(interval) for r in self.persons[pid].roles)

    def group_code(self, gid: str, date: str | None, context: str | None) -> str:
        group = self.groups[gid]
        if group.from_context:
            if context:
                return context + (group.sector or "")
            return group.fallback or self.grammar.unknown_country + (group.sector or "")
        role = pick_role(group.roles, date, None)
        if role:
            return role.code
        return group.roles[-1].code if group.roles else self.grammar.unknown_country

    # -- lookup ---------------------------------------------------------------------------------
    def lookup(self, name: str, date: str | None = None) -> list[ActorMention]:
        """Every actor ``name`` may denote at ``date`` (ISO, day/month/year precision or None).

        An exact form gives all its readings ("Kim" -> each Kim active at the date); any other
        text is run through the recognizer as a one-sentence article.
        """
        out: list[ActorMention] = []
        readings = self.readings.get(fold(" ".join(name.split())), ())
        shorts = [r for r in readings if r.kind == "short"]
        active = [r for r in shorts if self.active_at(r.ref, date)]
        if active:
            readings = tuple(r for r in readings if r.kind != "short" or r in active)
        for reading in readings:
            mention = self.mention_for(reading, date, None)
            if mention and mention not in out:
                out.append(mention)
        if out:
            return out
        from chronik.actors.coder import code_text
        return [mention for _span, mention in code_text(name, date, self)]

    def mention_for(self, reading: Reading, date: str | None, context: str | None,
                    sector: str | None = None, prefer: str | None = None) -> ActorMention | None:
        """The coded mention of one reading standing alone."""
        g = self.grammar
        if reading.kind in ("person", "short"):
            code = self.person_code(reading.ref, date, sector, prefer)
            return make_mention(code, self.persons[reading.ref].name, f"person:{reading.ref}")
        if reading.kind == "group":
            code = self.group_code(reading.ref, date, context)
            return make_mention(code, self.groups[reading.ref].name, f"group:{reading.ref}")
        if reading.kind == "igo":
            return make_mention(reading.ref, self.names.get(reading.ref), f"igo:{reading.ref}")
        if reading.kind in ("place", "adj", "people", "seat"):
            sec = g.seat_sector if reading.kind == "seat" else g.place_sector
            return make_mention(reading.ref + sec, self.names.get(reading.ref),
                                f"country:{reading.ref}")
        if reading.kind == "role" and reading.role:
            country = reading.role.country or context or g.unknown_country
            return make_mention(country + reading.role.sector, None, f"role:{reading.ref}")
        return None

    def stats(self) -> dict[str, int]:
        """Sizes: countries, forms, persons, person roles, role nouns, groups, IGOs."""
        role_keys = {r.ref for rs in self.readings.values() for r in rs if r.kind == "role"}
        igos = {r.ref for rs in self.readings.values() for r in rs if r.kind == "igo"}
        curated = {r.ref for rs in self.readings.values() for r in rs
                   if r.kind in ("adj", "people", "seat")}
        return {"countries": len(self.countries), "countries_curated": len(curated),
                "forms": len(self.readings), "persons": len(self.persons),
                "person_roles": sum(len(p.roles) for p in self.persons.values()),
                "role_nouns": len(role_keys), "groups": len(self.groups), "igos": len(igos)}


def pick_role(roles: Iterable[Role], date: str | None, sector: str | None,
              prefer: str | None = None) -> Role | None:
    """The role for ``date``: among those overlapping it (all, when date is None), the one with
    the code ``prefer``, then the wanted sector, then the latest start."""
    interval = date_interval(date)
    candidates = [r for r in roles if interval is None or r.overlaps(interval)]
    if not candidates:
        return None
    return max(candidates, key=lambda r: (prefer is not None and r.code == prefer,
                                          sector is not None and r.sector == sector,
                                          r.start or ""))


def make_mention(code: str, name: str | None, entry: str | None,
                 antecedent: tuple[int, int] | None = None) -> ActorMention:
    country, sector = split_code(code)
    return ActorMention(code=code, name=name, country=country, sector=sector, entry=entry,
                        antecedent=antecedent)
