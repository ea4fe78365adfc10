"""Assemble the shipped pipeline from the trained syntax and NER pipelines.

    python training/assemble.py --syntax output/syntax/model-best --ner output/ner/model-best \
        --out ../src/chronik/models/de_chronik

Order: tokenizer → chronik_sentences → tok2vec → tagger → morphologizer → chronik_upos →
trainable_lemmatizer → parser → chronik_morph_rules → ner (with its own tok2vec). No optimizer state is saved, so the
folder holds only weights, vocabulary strings and configuration.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import chronik.language.component  # noqa: E402,F401  (registers the factories)


def assemble(syntax: Path, ner: Path, out: Path) -> None:
    nlp = spacy.load(syntax)
    ner_nlp = spacy.load(ner)
    nlp.add_pipe("chronik_sentences", first=True)
    nlp.add_pipe("chronik_morph_rules", after="parser")
    nlp.add_pipe("ner", source=ner_nlp, after="chronik_morph_rules")
    nlp.meta.update({
        "name": "chronik", "version": "0.1.0", "lang": "de",
        "description": "chronik's German pipeline: rule sentences, STTS tagger, UD morphology, "
                       "UPOS tagger, edit-tree lemmatizer, UD parser (UD German GSD dev + "
                       "HanTa silver over Wikipedia NER corpora and German Wikinews), "
                       "NER PER/LOC/ORG/MISC (WikiANN-de, WikiNEuRal-de, MobIE, GermEval dev).",
        "license": "CC BY-SA 4.0 (trained on UD German GSD); NER data incl. CC BY-NC-SA 4.0",
        "sources": [
            {"name": "UD German GSD (dev only)", "url": "https://github.com/UniversalDependencies/UD_German-GSD"},
            {"name": "HanTa (silver tags/lemmas)", "url": "https://github.com/wartaal/HanTa"},
            {"name": "German news quotation attribution corpus (Wikinews text, train split)",
             "url": "https://github.com/uhh-lt/german-news-quotation-attribution-2024"},
            {"name": "WikiANN-de / WikiNEuRal-de", "url": "https://github.com/Babelscape/wikineural"},
            {"name": "MobIE", "url": "https://github.com/DFKI-NLP/MobIE"},
            {"name": "GermEval 2014 (dev only)", "url": "https://sites.google.com/site/germeval2014ner/"},
        ],
    })
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    for stale in out.rglob("*"):
        if stale.name == "optimizer":
            stale.unlink()
    print(json.dumps({"pipeline": nlp.pipe_names, "out": str(out)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--syntax", type=Path, required=True)
    parser.add_argument("--ner", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "chronik" / "models" / "de_chronik")
    args = parser.parse_args()
    assemble(args.syntax, args.ner, args.out)


if __name__ == "__main__":
    main()
