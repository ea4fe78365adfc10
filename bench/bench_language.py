"""Benchmark the language layer on 10kGNAD articles against SoMaJo tokenization alone.

    .venv/bin/python bench/bench_language.py [--data ../shared/data/10kgnad/test.csv]
        [--limit 300] [--model NAME] [--gold ../shared/data/ud_german_gsd/de_gsd-ud-test.conllu]

Prints one JSON object: tokens/s (per core: CPU time of this single process) of the whole layer
and of SoMaJo (tokenizer + sentence splitter) on the same texts in the same run, their ratio, and
the peak resident memory. With ``--gold`` it also scores the two tokenizers and sentence
splitters on the raw sentence texts of a UD CoNLL-U file (token F1, sentence-boundary F1).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

# "per core": keep numpy/BLAS on one thread so CPU time is one core's time
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronik.eval.corpora import read_10kgnad  # noqa: E402
from chronik.eval.parse import score_tokenization  # noqa: E402
from chronik.language import load_language  # noqa: E402


def somajo_segmenter():
    from somajo import SoMaJo

    tokenizer = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)

    def segment(text: str) -> list[list[tuple[int, int]]]:
        sentences: list[list[tuple[int, int]]] = []
        cursor = 0
        for sentence in tokenizer.tokenize_text([text]):
            spans: list[tuple[int, int]] = []
            for token in sentence:
                start = text.find(token.text, cursor)
                if start < 0:
                    continue
                cursor = start + len(token.text)
                spans.append((start, cursor))
            sentences.append(spans)
        return sentences

    return tokenizer, segment


def spacy_segmenter(nlp):
    splitter = nlp.get_pipe("chronik_sentences") if "chronik_sentences" in nlp.pipe_names else None

    def segment(text: str) -> list[list[tuple[int, int]]]:
        doc = nlp.make_doc(text)
        if splitter is not None:
            doc = splitter(doc)
        return [[(t.idx, t.idx + len(t)) for t in sent if not t.is_space] for sent in doc.sents]

    return segment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/10kgnad/test.csv")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--model", default=None)
    parser.add_argument("--gold", type=Path, default=None)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} not found: get test.csv from https://github.com/tblock/10kGNAD")
    texts = read_10kgnad(args.data, args.limit)

    somajo, somajo_segment = somajo_segmenter()
    t0 = time.process_time()
    somajo_tokens = sum(len(s) for s in somajo.tokenize_text(texts))
    somajo_cpu = time.process_time() - t0

    nlp = load_language(args.model)
    nlp("Aufwärmen.")
    t0 = time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    layer_cpu = time.process_time() - t0

    result = {
        "articles": len(texts),
        "pipeline": nlp.pipe_names,
        "layer_tokens": tokens,
        "layer_tokens_per_s": round(tokens / layer_cpu),
        "somajo_tokens": somajo_tokens,
        "somajo_tokens_per_s": round(somajo_tokens / somajo_cpu),
        "ratio_layer_to_somajo": round((tokens / layer_cpu) / (somajo_tokens / somajo_cpu), 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if args.gold:
        result["tokenization"] = {
            "spacy+chronik_sentences": score_tokenization(spacy_segmenter(nlp), args.gold),
            "somajo": score_tokenization(somajo_segment, args.gold),
        }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
