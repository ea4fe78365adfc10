"""spaCy components of the language layer, registered by name for pipeline configs."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from chronik.language.gazetteer import MatchOptions, add_gazetteer_entities, load_name_lexicon
from chronik.language.morph_rules import RuleSwitches, WordEdits, apply_rules
from chronik.language.resources import load_language_resources
from chronik.language.sentences import split_sentences
from chronik.language.upos import UposTagger

__all__ = ["MorphRules", "NameGazetteer", "SentenceSplitter", "UposTagger"]


class SentenceSplitter:
    """Rule sentence boundaries for German news (``resources/de/language/sentences.yaml``)."""

    def __call__(self, doc: Doc) -> Doc:
        return split_sentences(doc, load_language_resources().sentences)


class MorphRules:
    """Separable-particle lemmas, UPOS from STTS, known and closed-class lemmas, mood."""

    def __init__(self, pos_from_tag: bool, closed_class_lemmas: bool, particles: bool,
                 mood: bool, lexicon: bool) -> None:
        self.options = {"pos_from_tag": pos_from_tag, "closed_class": closed_class_lemmas,
                        "particles": particles, "mood": mood, "lexicon": lexicon}
        self.edits: WordEdits | None = None  # built on the first Doc (resources load lazily)

    def __call__(self, doc: Doc) -> Doc:
        res = load_language_resources()
        if self.edits is None or self.edits.res is not res:  # built again if reloaded
            self.edits = WordEdits(res, RuleSwitches(
                self.options["pos_from_tag"], self.options["closed_class"],
                self.options["particles"], self.options["mood"], True, self.options["lexicon"]))
        return apply_rules(doc, res, **self.options, edits=self.edits)


@Language.factory("chronik_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


@Language.factory(
    "chronik_morph_rules",
    requires=["token.tag", "token.lemma"],
    assigns=["token.pos", "token.lemma", "token.morph"],
    default_config={"pos_from_tag": True, "closed_class_lemmas": True, "particles": True,
                    "mood": True, "lexicon": True},
)
def make_morph_rules(nlp: Language, name: str, pos_from_tag: bool, closed_class_lemmas: bool,
                     particles: bool, mood: bool, lexicon: bool) -> MorphRules:
    return MorphRules(pos_from_tag, closed_class_lemmas, particles, mood, lexicon)


class NameGazetteer:
    """Places, persons and organisations from chronik's dictionaries, merged into ``doc.ents``."""

    def __init__(self, mode: str, options: MatchOptions) -> None:
        self.mode = mode
        self.options = options

    def __call__(self, doc: Doc) -> Doc:
        return add_gazetteer_entities(doc, load_name_lexicon(), self.options, self.mode)


@Language.factory(
    "chronik_gazetteer",
    assigns=["doc.ents", "token.pos"],
    default_config={"mode": "relabel", "dictionary": True, "genitive": True, "per_cues": True,
                    "org_rules": False, "geo_needs_proper": True, "first_names": False,
                    "drop_common_loc": True, "name_upos": True, "speech_cues": True,
                    "subject_persons": True, "trim_possessed": True,
                    "propagate_persons": True},
)
def make_gazetteer(nlp: Language, name: str, mode: str, dictionary: bool, genitive: bool,
                   per_cues: bool, org_rules: bool, geo_needs_proper: bool, first_names: bool,
                   drop_common_loc: bool, name_upos: bool, speech_cues: bool,
                   subject_persons: bool, trim_possessed: bool,
                   propagate_persons: bool) -> NameGazetteer:
    """Defaults are the choices measured on GermEval dev and GSD dev (docs/language.md)."""
    return NameGazetteer(mode, MatchOptions(dictionary, genitive, per_cues, org_rules,
                                            geo_needs_proper, first_names, drop_common_loc,
                                            name_upos=name_upos, speech_cues=speech_cues,
                                            subject_persons=subject_persons,
                                            trim_possessed=trim_possessed,
                                            propagate_persons=propagate_persons))
