"""Benchmark geolocation against the language layer on the same 10kGNAD articles.

    .venv/bin/python bench/bench_geo.py [--data ../shared/data/10kgnad/test.csv] [--limit 300]
        [--model NAME]

Prints one JSON object: CPU seconds of the language layer (``load_language()``) over the texts,
CPU seconds of ``chronik_geo`` on the resulting Docs (toponyms, resolution, spans), their ratio
(the target: at most 0.10), places found per article, and the one-off gazetteer load time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronik.eval.corpora import read_10kgnad  # noqa: E402
from chronik.geo import load_gazetteer, load_lexicon  # noqa: E402
from chronik.geo.component import GeoLocator  # noqa: E402
from chronik.language import load_language  # noqa: E402
from chronik.model import register_extensions  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/10kgnad/test.csv")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} not found: get test.csv from https://github.com/tblock/10kGNAD")
    texts = read_10kgnad(args.data, args.limit)
    register_extensions()

    t0 = time.process_time()
    gazetteer, lexicon = load_gazetteer(), load_lexicon()
    load_cpu = time.process_time() - t0
    geo = GeoLocator(gazetteer, lexicon)

    nlp = load_language(args.model)
    nlp("Aufwärmen.")
    t0 = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=32))
    layer_cpu = time.process_time() - t0

    t0 = time.process_time()
    places = sum(len(geo(doc).spans["places"]) for doc in docs)
    geo_cpu = time.process_time() - t0

    print(json.dumps({
        "articles": len(texts),
        "pipeline": nlp.pipe_names,
        "language_cpu_s": round(layer_cpu, 3),
        "geo_cpu_s": round(geo_cpu, 3),
        "ratio_geo_to_language": round(geo_cpu / layer_cpu, 3),
        "places_per_article": round(places / len(texts), 2),
        "gazetteer_load_cpu_s": round(load_cpu, 3),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
