"""Where the tagger, morphologizer and lemmatizer go wrong on a range of GSD *dev* sentences.

    python training/errors.py [--from 700] [--to 799] [--model PATH] [--dump FILE.tsv]

Prints UPOS accuracy, a UPOS confusion table (gold → predicted, with the STTS tag the tagger
gave), lemma errors by gold UPOS and the most frequent wrong lemmas. Sentences 700–799 of GSD
dev are the held-out part (1–699 are training material); never point this at a test file to
make a choice. ``--dump`` writes one row per word (sentence, form, gold/pred UPOS, XPOS, lemma).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronik.eval.ner import run_on_docs  # noqa: E402
from chronik.eval.parse import read_conllu, sentence_doc  # noqa: E402
from chronik.language import load_language  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "ud_german_gsd" / "de_gsd-ud-dev.conllu"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--from", dest="first", type=int, default=700)
    parser.add_argument("--to", dest="last", type=int, default=799)
    parser.add_argument("--model", default=None)
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--exclude", action="append", default=[],
                        help="leave a component of --model out (e.g. chronik_upos)")
    args = parser.parse_args()
    if "test" in args.gold.name:
        sys.exit("errors.py is for choices on dev sentences; score test with `chronik eval parse`")
    nlp = (spacy.load(args.model, exclude=args.exclude) if args.exclude
           else load_language(args.model, gazetteer=False))
    sentences = read_conllu(args.gold)[args.first - 1:args.last]
    docs = run_on_docs(nlp, (sentence_doc(nlp, s) for s in sentences))
    confusion: Counter[tuple[str, str, str]] = Counter()
    lemma_by_upos: Counter[str] = Counter()
    words_by_upos: Counter[str] = Counter()
    wrong_lemmas: Counter[tuple[str, str, str, str]] = Counter()
    rows: list[str] = []
    n = upos_ok = lemma_ok = xpos_ok = 0
    for number, (sent, doc) in enumerate(zip(sentences, docs, strict=True), start=args.first):
        for gold, token in zip(sent.words, doc, strict=True):
            n += 1
            words_by_upos[gold.upos] += 1
            upos_ok += token.pos_ == gold.upos
            xpos_ok += token.tag_ == gold.xpos
            lemma_ok += token.lemma_ == gold.lemma
            if token.pos_ != gold.upos:
                confusion[(gold.upos, token.pos_, token.tag_)] += 1
            if token.lemma_ != gold.lemma:
                lemma_by_upos[gold.upos] += 1
                wrong_lemmas[(token.text, gold.lemma, token.lemma_, gold.xpos)] += 1
            rows.append("\t".join([str(number), token.text, gold.upos, token.pos_, gold.xpos,
                                   token.tag_, gold.lemma, token.lemma_]))
    print(f"words {n}  UPOS {upos_ok / n:.4f}  XPOS {xpos_ok / n:.4f}  lemma {lemma_ok / n:.4f}")
    print("\nUPOS errors: gold → predicted [predicted STTS]")
    for (gold, pred, tag), count in confusion.most_common(args.top):
        print(f"  {count:4d}  {gold:6s} → {pred:6s} [{tag}]")
    print("\nlemma errors by gold UPOS (errors / words)")
    for upos, count in lemma_by_upos.most_common():
        print(f"  {upos:6s} {count:4d} / {words_by_upos[upos]}")
    print("\nwrong lemmas: form, gold, predicted, gold STTS")
    for (form, gold_lemma, pred, xpos), count in wrong_lemmas.most_common(args.top * 3):
        print(f"  {count:3d}  {form:20s} {gold_lemma:20s} {pred:20s} {xpos}")
    if args.dump:
        args.dump.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
