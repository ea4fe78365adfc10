"""Convert the training sources in ../shared/data into spaCy DocBins under training/corpus/.

    python training/convert.py [--data ../shared/data] [--out training/corpus]

Writes
  gsd_train.spacy  UD German GSD *dev* sentences 1..699 (gold tags, lemmas, morphology, trees)
  gsd_dev.spacy    UD German GSD *dev* sentences 700..799 (held out for model selection)
  silver.spacy     sentences of the NER training corpora tagged by HanTa (STTS + lemma only,
                   no POS, morphology or tree: those stay missing values in training)
  ner_wikineural.spacy, ner_wikiann.spacy, ner_mobie.spacy
                   WikiNEuRal-de val, WikiANN-de train, MobIE train (PER/LOC/ORG); the Makefile
                   links the ones a run uses into corpus/ner/
  germeval_dev_train.spacy  GermEval 2014 dev sentences 1..1800 (PER/LOC/ORG, OTH as MISC;
                   the Makefile links it several times into the NER corpus to upweight it)
  ner_dev.spacy    GermEval 2014 dev sentences 1801.. (model selection)

Never reads a test file: GSD test, PUD, LIT, GermEval test, WikiANN test and MobIE test/dev stay
for evaluation. Seeds are fixed; output is deterministic.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronik.eval.ner import NerSentence, read_ner  # noqa: E402
from chronik.eval.parse import ConlluSentence, read_conllu  # noqa: E402
from chronik.language.resources import load_language_resources  # noqa: E402

GSD_HELDOUT = 100
GERMEVAL_DEV_HELDOUT = 400
SILVER_MAX_SENTENCES = 30000


def gold_doc(vocab: Vocab, sent: ConlluSentence) -> Doc:
    words = sent.words
    return Doc(vocab, words=[w.form for w in words], spaces=[w.space_after for w in words],
               tags=[w.xpos for w in words], pos=[w.upos for w in words],
               morphs=[w.feats if w.feats != "_" else "" for w in words],
               lemmas=[w.lemma for w in words],
               heads=[(w.head - 1) if w.head else i for i, w in enumerate(words)],
               deps=["ROOT" if w.deprel == "root" else w.deprel for w in words],
               sent_starts=[i == 0 for i in range(len(words))])


def ner_label(tag: str, mapping: dict[str, str]) -> str:
    """BIO tag of the training schema (PER/LOC/ORG/MISC) for a source tag, or O."""
    prefix, _, label = tag.partition("-")
    if prefix not in ("B", "I") or label not in mapping:
        return "O"
    return f"{prefix}-{mapping[label]}"


def ner_doc(vocab: Vocab, sent: NerSentence, mapping: dict[str, str]) -> Doc:
    doc = Doc(vocab, words=sent.words)
    tags = [ner_label(t, mapping) for t in sent.tags]
    # repair I- without a preceding span of the same type
    fixed: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or fixed[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    ents: list[Span] = []
    start = None
    for i, tag in enumerate([*fixed, "O"]):
        if start is not None and not tag.startswith("I-"):
            ents.append(Span(doc, start, i, label=fixed[start][2:]))
            start = None
        if tag.startswith("B-"):
            start = i
    doc.set_ents(ents, default="outside")
    return doc


NER_MAPS: dict[str, dict[str, str]] = {
    "default": {"PER": "PER", "LOC": "LOC", "ORG": "ORG"},
    "germeval": {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"},
    "mobie": {"person": "PER", "location": "LOC", "location-city": "LOC",
              "location-street": "LOC", "location-stop": "LOC",
              "organization": "ORG", "organization-company": "ORG"},
}


def silver_docs(vocab: Vocab, sentences: Iterable[list[str]]) -> Iterable[Doc]:
    from HanTa import HanoverTagger as ht

    res = load_language_resources()
    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    for words in sentences:
        out = tagger.tag_sent(words, taglevel=1)
        tags = [res.hanta_tag(tag) for _w, _l, tag in out]
        lemmas = [res.silver_lemma(word, lemma, tag)
                  for word, (_w, lemma, _t), tag in zip(words, out, tags, strict=True)]
        yield Doc(vocab, words=words, tags=tags, lemmas=lemmas)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "corpus")
    parser.add_argument("--only", choices=["gsd", "ner", "silver"], action="append")
    args = parser.parse_args()
    data: Path = args.data
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    only = set(args.only or ["gsd", "ner", "silver"])
    vocab = Vocab()

    gsd = read_conllu(data / "ud_german_gsd" / "de_gsd-ud-dev.conllu")
    if "gsd" in only:
        docs = [gold_doc(vocab, s) for s in gsd]
        DocBin(docs=docs[:-GSD_HELDOUT], store_user_data=False).to_disk(out / "gsd_train.spacy")
        DocBin(docs=docs[-GSD_HELDOUT:], store_user_data=False).to_disk(out / "gsd_dev.spacy")
        print(f"gsd: {len(docs) - GSD_HELDOUT} train, {GSD_HELDOUT} dev sentences")

    wiki = data / "wikineural_wikiann_de"
    germeval_dev = read_ner(data / "germeval2014" / "NER-de-dev.tsv")
    sources = {
        "wikineural": (read_ner(wiki / "wikineural_de" / "val.conllu"), NER_MAPS["default"]),
        "wikiann": (read_ner(wiki / "wikiann_de" / "train.conllu"), NER_MAPS["default"]),
        "mobie": (read_ner(data / "mobie" / "v1_20210811" / "ner_conll03" / "train.conll2003"),
                  NER_MAPS["mobie"]),
    }
    if "ner" in only:
        for name, (sents, mapping) in sources.items():
            docs = [ner_doc(vocab, s, mapping) for s in sents]
            DocBin(docs=docs, store_user_data=False).to_disk(out / f"ner_{name}.spacy")
            print(f"ner {name}: {len(docs)} sentences")
        germeval = [ner_doc(vocab, s, NER_MAPS["germeval"]) for s in germeval_dev]
        DocBin(docs=germeval[:-GERMEVAL_DEV_HELDOUT], store_user_data=False).to_disk(
            out / "germeval_dev_train.spacy")
        DocBin(docs=germeval[-GERMEVAL_DEV_HELDOUT:], store_user_data=False).to_disk(
            out / "ner_dev.spacy")
        print(f"ner germeval dev: {len(germeval) - GERMEVAL_DEV_HELDOUT} train, "
              f"{GERMEVAL_DEV_HELDOUT} dev sentences")

    if "silver" in only:
        texts = [s.words for s in sources["wikineural"][0]] + [s.words for s in germeval_dev]
        texts += [s.words for s in sources["wikiann"][0] if len(s.words) >= 6]
        texts = [w for w in texts if 3 <= len(w) <= 60][:SILVER_MAX_SENTENCES]
        docs = list(silver_docs(vocab, texts))
        DocBin(docs=docs, attrs=["TAG", "LEMMA"], store_user_data=False).to_disk(
            out / "silver.spacy")
        print(f"silver: {len(docs)} sentences, {sum(len(d) for d in docs)} tokens")


if __name__ == "__main__":
    main()
