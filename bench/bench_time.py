"""Throughput of chronik's temporal tagger against dateparser, and dateparser's KRAUTS value F1.

    .venv/bin/python bench/bench_time.py [--data ../shared/data] [--dateparser-docs 200]

Prints tokens/s of ``TemporalTagger.tag`` over the 10kGNAD test articles (all of them), tokens/s
of dateparser's ``search_dates(languages=["de"])`` over the first ``--dateparser-docs`` articles
(dateparser is slow, so it gets a subset; the ratio compares rates), and dateparser's scores on
KRAUTS through chronik's scorer (its matches become DATE timexes at day precision; KRAUTS is
CC BY-NC, evaluation only). Tokens are counted as regex word/punctuation tokens (``\\w+|[^\\w\\s]``).
Rates are tokens per CPU second of this one process (= per core, whatever else runs on the
machine); no assertions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from pathlib import Path

from chronik.eval.corpora import read_10kgnad
from chronik.eval.timex import gold_files, load_gold, score_documents, summarize
from chronik.model import Timex
from chronik.time.tagger import TemporalTagger

REPO = Path(__file__).resolve().parents[1]
TOKEN = re.compile(r"\w+|[^\w\s]")


def gnad_texts(data: Path) -> list[str]:
    try:
        return read_10kgnad(data / "10kgnad" / "test.csv")
    except FileNotFoundError as err:
        raise SystemExit(str(err)) from None


def rate(fn, texts: list[str]) -> tuple[float, int, float]:
    """Tokens per CPU second of one process (per core; robust to other load on the machine)."""
    tokens = sum(len(TOKEN.findall(t)) for t in texts)
    start = time.process_time()
    for text in texts:
        fn(text)
    seconds = time.process_time() - start
    return tokens / seconds, tokens, seconds


def component_rate(texts: list[str]) -> float:
    """spaCy tokens per CPU second of the ``chronik_timex`` component alone (Docs made first)."""
    import spacy

    import chronik.time  # noqa: F401  (registers chronik_timex)
    from chronik.model import Article

    nlp = spacy.blank("de")
    component = nlp.add_pipe("chronik_timex")
    docs = []
    for i, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc._.article = Article.create(text, doc=f"gnad-{i}", published="2016-01-01")
        docs.append(doc)
    tokens = sum(len(doc) for doc in docs)
    start = time.process_time()
    for doc in docs:
        component(doc)
    return tokens / (time.process_time() - start)


def dateparser_timexes(text: str, dct: str | None) -> list[Timex]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(dct)} if dct else {}
    found = search_dates(text, languages=["de"], settings=settings) or []
    out: list[Timex] = []
    pos = 0
    for surface, when in found:
        start = text.find(surface, pos)
        if start < 0:
            continue
        pos = start + len(surface)
        out.append(Timex(start, pos, surface, "DATE", when.date().isoformat()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--dateparser-docs", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    texts = gnad_texts(args.data)
    tagger = TemporalTagger.load()
    ours, tokens, seconds = rate(lambda t: tagger.tag(t, "2016-01-01"), texts)
    component = component_rate(texts)
    subset = texts[:args.dateparser_docs]
    theirs, sub_tokens, sub_seconds = rate(lambda t: dateparser_timexes(t, "2016-01-01"), subset)

    result: dict[str, object] = {
        "chronik_tokens_per_s": round(ours), "chronik_tokens": tokens,
        "chronik_seconds": round(seconds, 2), "articles": len(texts),
        "dateparser_tokens_per_s": round(theirs), "dateparser_articles": len(subset),
        "dateparser_tokens": sub_tokens, "dateparser_seconds": round(sub_seconds, 2),
        "speed_ratio": round(ours / theirs, 1),
        "component_tokens_per_s": round(component),
    }
    krauts = args.data / "krauts" / "KRAUTS"
    for name in ("KRAUTS_DieZeit", "KRAUTS_Dolomiten-100"):
        if (krauts / name).is_dir():
            golds = [load_gold(p) for p in gold_files(krauts / name)]
            report = summarize(score_documents((g, dateparser_timexes(g.text, g.dct))
                                               for g in golds))
            result[f"dateparser_{name}"] = {k: report[k] for k in
                                            ("strict", "relaxed", "value_f1", "type_f1")}
    if args.json:
        print(json.dumps(result))
        return
    print(f"chronik timex : {result['chronik_tokens_per_s']:>9,} tokens/CPU-s "
          f"({tokens:,} tokens, {len(texts)} 10kGNAD articles, {seconds:.1f} CPU-s)")
    print(f"dateparser    : {result['dateparser_tokens_per_s']:>9,} tokens/CPU-s "
          f"({sub_tokens:,} tokens, first {len(subset)} articles, {sub_seconds:.1f} CPU-s)")
    print(f"ratio         : chronik is {result['speed_ratio']}x dateparser's search_dates")
    print(f"chronik_timex : {result['component_tokens_per_s']:>9,} spaCy tokens/CPU-s "
          "(the spaCy component on pre-tokenized Docs, doc.spans included)")
    for name in ("KRAUTS_DieZeit", "KRAUTS_Dolomiten-100"):
        scores = result.get(f"dateparser_{name}")
        if isinstance(scores, dict):
            print(f"dateparser on {name}: strict {scores['strict']['f1']:.3f} "
                  f"relaxed {scores['relaxed']['f1']:.3f} value F1 {scores['value_f1']:.3f}")


if __name__ == "__main__":
    main()
