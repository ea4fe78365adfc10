"""Where the pipeline's time goes, stage by stage, on 10kGNAD articles.

Prints each stage's time as a ratio against the language layer measured in the same run (absolute
seconds are not comparable across machines), the issues' budgets beside them, and peak memory.

    python bench/bench_pipeline.py [--articles 200] [--data ../shared/data/10kgnad/test.csv]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from chronik.eval.corpora import default_data_dir, read_10kgnad
from chronik.model import Article
from chronik.pipeline import CHRONIK_STAGES, Pipeline

DEFAULT_DATA = default_data_dir() / "10kgnad" / "test.csv"
# The share of the language layer's time each stage may add, from the issues.
BUDGETS = {"chronik_timex": None, "chronik_actors+chronik_events": 0.30, "chronik_geo": 0.10}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data}: not found (10kGNAD test.csv, github tblock/10kGNAD)")
    texts = read_10kgnad(args.data, args.articles)
    pipeline = Pipeline.load()
    articles = [Article.create(text=t, doc=f"10kgnad:{i}", published="2016-05-01", precision="day")
                for i, t in enumerate(texts)]
    seconds: dict[str, float] = defaultdict(float)
    tokens = 0
    for article in articles:
        doc = pipeline.make_doc(article)
        for name, component in pipeline.nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            seconds[name if name in CHRONIK_STAGES else "language"] += time.perf_counter() - started
        tokens += len(doc)
    language = seconds["language"]
    print(f"{len(articles)} articles, {tokens} tokens; language layer {tokens / language:,.0f} tokens/s")
    print(f"{'stage':34} {'ratio to language':>18} {'budget':>8}")
    for stage in CHRONIK_STAGES:
        print(f"{stage:34} {seconds[stage] / language:18.3f}")
    coding = seconds["chronik_actors"] + seconds["chronik_events"]
    for label, value in (("chronik_actors+chronik_events", coding), ("chronik_geo", seconds["chronik_geo"])):
        budget = f"≤ {BUDGETS[label]:.2f}" if BUDGETS[label] else ""
        print(f"{label:34} {value / language:18.3f} {budget:>8}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
