"""The German data the language layer reads, loaded once into one immutable object.

Files live in ``chronik/resources/de/language/``: tab-separated tables and one YAML file, each
with provenance comments and ``# example:`` lines that tests execute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

RESOURCE_PACKAGE = "chronik.resources"
RESOURCE_DIR = ("de", "language")
LEMMA_LEXICON = "lemma_lexicon.tsv"
PUNCT_PREFIX = "="
DEFAULT_PUNCT_TAG = "$("
HANTA_SUBTYPE = re.compile(r"\(([A-Z]+)\)")


def resource_path(name: str) -> Path:
    """Path of a file in ``resources/de/language``."""
    return Path(str(resources.files(RESOURCE_PACKAGE).joinpath(*RESOURCE_DIR, name)))


def read_table(name: str) -> list[list[str]]:
    """Rows of a TSV resource, comments and blank lines skipped."""
    rows: list[list[str]] = []
    for line in resource_path(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def read_examples(name: str) -> list[str]:
    """The ``# example:`` lines of a resource file (without the marker)."""
    text = resource_path(name).read_text(encoding="utf-8")
    return [line.split("example:", 1)[1].strip() for line in text.splitlines()
            if line.startswith("# example:")]


@dataclass(frozen=True)
class SentenceRules:
    """What ends a sentence and what does not (see ``sentences.yaml``)."""

    terminators: frozenset[str]
    closers: frozenset[str]
    abbreviations: frozenset[str]
    months: frozenset[str]
    openers: frozenset[str]
    newline_splits: bool


@dataclass(frozen=True)
class UposRule:
    """A UPOS set by syntactic function (``upos_relations.yaml``); empty conditions match all."""

    upos: str
    relations: frozenset[str] = frozenset()
    predicted: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    child_relations: frozenset[str] = frozenset()


ANY_TAG = "*"


@dataclass(frozen=True)
class LanguageResources:
    """Tables of the language layer; build with :func:`load_language_resources`."""

    closed_class_lemmas: dict[tuple[str, str], str]
    hanta_tags: dict[str, str]
    stts_upos: dict[str, str]
    verb_mood: dict[str, tuple[str, str]]
    sentences: SentenceRules
    agent_prepositions: frozenset[str]
    punct_tags: dict[str, str] = field(default_factory=dict)
    abbreviation_tags: frozenset[str] = frozenset()
    abbreviation_max: int = 0
    lemma_lexicon: dict[tuple[str, str], str] = field(default_factory=dict)
    silver_upos: dict[str, str] = field(default_factory=dict)
    zu_infinitive_tags: frozenset[str] = frozenset()
    separable_particles: tuple[str, ...] = ()
    place_adjective: tuple[str, str] = ("", "")
    # lowercased form → (UPOS, STTS tags it applies to; ``*`` in the set: any tag)
    upos_conventions: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    lower_case_tags: frozenset[str] = frozenset()
    lower_case_form_tags: frozenset[str] = frozenset()
    particle_set: frozenset[str] = frozenset()
    noun_plural_tag: str = ""
    noun_plural_suffixes: tuple[tuple[str, str], ...] = ()
    upos_rules: tuple[UposRule, ...] = ()

    def convention_upos(self, form: str, tag: str) -> str | None:
        """GSD's UPOS for ``form`` with STTS ``tag`` (``upos_conventions.tsv``), or None."""
        convention = self.upos_conventions.get(form.lower())
        if convention is None:
            return None
        upos, tags = convention
        return upos if tag in tags or ANY_TAG in tags else None

    def lemma_for(self, form: str, tag: str) -> str | None:
        """The table lemma of a closed-class word, or None."""
        key = form.lower()
        return self.closed_class_lemmas.get((key, tag)) or self.closed_class_lemmas.get((key, "*"))

    def is_abbreviation(self, form: str, tag: str) -> bool:
        """An all-capital short word tagged as a noun or name: its own lemma."""
        return (tag in self.abbreviation_tags and 2 <= len(form) <= self.abbreviation_max
                and form.isupper() and form.isalpha())

    def lexicon_lemma(self, form: str, tag: str) -> str | None:
        """The silver lexicon's lemma of ``form`` with STTS ``tag``, or None."""
        return self.lemma_lexicon.get((form, tag))

    def is_place_adjective(self, form: str, tag: str, sentence_start: bool) -> bool:
        """A capitalised -er adjective inside a sentence ("Kölner"): its own lemma."""
        place_tag, suffix = self.place_adjective
        return (tag == place_tag and not sentence_start and form[:1].isupper()
                and form.endswith(suffix))

    def lower_case_lemma(self, form: str, tag: str) -> bool:
        """Whether the lemma of ``form`` with ``tag`` must start in lower case."""
        return tag in self.lower_case_tags or (
            tag in self.lower_case_form_tags and form[:1].islower())

    def noun_singular(self, form: str, tag: str) -> str | None:
        """The singular of a plural noun in -ungen, -heiten … ("Zeitungen" → Zeitung), or None."""
        if tag != self.noun_plural_tag:
            return None
        for plural, singular in self.noun_plural_suffixes:
            if form.endswith(plural) and len(form) > len(plural) + 1:
                return form[:-len(plural)] + singular
        return None

    def zu_infinitive_lemma(self, form: str, tag: str) -> str | None:
        """The infinitive of a zu-infinitive ("aufzuhören" → aufhören), or None.

        Only the longest particle the word starts with is tried (``separable_particles`` is
        sorted longest first): "hinzukommen" starts with "hinzu", which has no infix after it.
        """
        if tag not in self.zu_infinitive_tags:
            return None
        lower = form.lower()
        particle = next((p for p in self.separable_particles if lower.startswith(p)), None)
        rest = lower[len(particle):] if particle else ""
        if particle and rest.startswith("zu") and len(rest) > 4:
            return particle + rest[2:]
        return None

    def hanta_tag(self, tag: str) -> str:
        """STTS spelling of a HanTa tag (``VV(FIN)`` → ``VVFIN``, ``PROAV`` → ``PAV``)."""
        joined = HANTA_SUBTYPE.sub(r"\1", tag)
        return self.hanta_tags.get(joined, joined)

    def silver_tag(self, form: str, tag: str) -> str:
        """STTS tag of a silver token: punctuation by its form, other words by HanTa's tag."""
        if any(ch.isalnum() for ch in form):
            return self.hanta_tag(tag)
        return self.punct_tags.get(form, DEFAULT_PUNCT_TAG)

    def silver_lemma(self, form: str, lemma: str, tag: str) -> str:
        """HanTa's lemma corrected by the closed-class table and the abbreviation rule."""
        if self.is_abbreviation(form, tag):
            return form
        return self.lemma_for(form, tag) or lemma


def _upos_rule(data: dict[str, Any]) -> UposRule:
    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data.get(key, ()))

    return UposRule(upos=data["set"], relations=words("relations"), predicted=words("upos"),
                    tags=words("tags"), words=frozenset(w.lower() for w in words("words")),
                    child_relations=words("child_relations"))


def _upos_conventions() -> dict[str, tuple[str, frozenset[str]]]:
    return {form.lower(): (upos, frozenset(tags.split(",")))
            for form, upos, tags in read_table("upos_conventions.tsv")}


def _sentence_rules(data: dict[str, Any]) -> SentenceRules:
    return SentenceRules(
        terminators=frozenset(data["terminators"]),
        closers=frozenset(data["closers"]),
        abbreviations=frozenset(a.lower() for a in data["abbreviations"]),
        months=frozenset(m.lower() for m in data["months"]),
        openers=frozenset(o.lower() for o in data["openers"]),
        newline_splits=bool(data.get("newline_splits", True)),
    )


@cache
def load_language_resources() -> LanguageResources:
    """Load every table once per process."""
    lemmas = {(form, tag): lemma for form, tag, lemma in read_table("closed_class_lemmas.tsv")}
    hanta_rows = read_table("hanta_tags.tsv")
    hanta = {a: b for a, b in hanta_rows if not a.startswith(PUNCT_PREFIX)}
    punct = {a[len(PUNCT_PREFIX):]: b for a, b in hanta_rows if a.startswith(PUNCT_PREFIX)}
    upos = {a: b for a, b in read_table("stts_upos.tsv")}
    mood = {form: (mood, tense) for form, mood, tense in read_table("verb_mood.tsv")}
    with open(resource_path("sentences.yaml"), encoding="utf-8") as handle:
        sentences = _sentence_rules(yaml.safe_load(handle))
    with open(resource_path("clause_roles.yaml"), encoding="utf-8") as handle:
        roles = yaml.safe_load(handle)
    with open(resource_path("lemma_rules.yaml"), encoding="utf-8") as handle:
        lemma_rules = yaml.safe_load(handle)
    with open(resource_path("upos_relations.yaml"), encoding="utf-8") as handle:
        upos_rules = yaml.safe_load(handle)
    abbreviations, zu_inf = lemma_rules["abbreviations"], lemma_rules["zu_infinitive"]
    particles = tuple(sorted(set(zu_inf["particles"]), key=len, reverse=True))
    lexicon = ({(form, tag): lemma for form, tag, lemma in read_table(LEMMA_LEXICON)}
               if resource_path(LEMMA_LEXICON).exists() else {})
    return LanguageResources(lemmas, hanta, upos, mood, sentences,
                             frozenset(roles["agent_prepositions"]), punct,
                             frozenset(abbreviations["tags"]), int(abbreviations["max_length"]),
                             lexicon, {a: b for a, b in read_table("silver_upos.tsv")},
                             frozenset(zu_inf["tags"]), particles,
                             (lemma_rules["place_adjectives"]["tag"],
                              lemma_rules["place_adjectives"]["suffix"]),
                             _upos_conventions(),
                             frozenset(lemma_rules["lower_case"]["verbs"]),
                             frozenset(lemma_rules["lower_case"]["lower_case_forms"]),
                             frozenset(particles), lemma_rules["noun_plurals"]["tag"],
                             tuple((p, s) for p, s in lemma_rules["noun_plurals"]["suffixes"]),
                             tuple(_upos_rule(rule) for rule in upos_rules["rules"]))
