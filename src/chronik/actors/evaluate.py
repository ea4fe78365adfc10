"""Score actor coding against event gold: for each gold source/target text found in its
sentence, is the recognizer's code there (full code, and country = first three letters)?

The gold format is that of ``../shared/data/events-gold/dev.jsonl`` (see its GUIDELINES.md).
A gold span counts as found by a predicted mention that overlaps it; among several, the one
with the largest overlap is compared.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronik.actors.coder import code_doc
from chronik.actors.dictionary import ActorDictionary


@dataclass
class ActorScore:
    spans: int = 0
    covered: int = 0
    full: int = 0
    country: int = 0
    errors: Counter[tuple[str, str]] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        n = self.spans or 1
        return {"spans": self.spans, "covered": round(self.covered / n, 4),
                "full_acc": round(self.full / n, 4), "country_acc": round(self.country / n, 4),
                "top_errors": [{"gold": g, "pred": p, "n": c}
                               for (g, p), c in self.errors.most_common(15)]}


def _doc_text(gold_dir: Path, doc_path: str) -> str:
    return (gold_dir / doc_path).read_text(encoding="utf-8")


def evaluate(gold: str | Path, dictionary: ActorDictionary | None = None) -> ActorScore:
    from chronik.language import load_language

    gold = Path(gold)
    dictionary = dictionary or ActorDictionary.load()
    nlp = load_language()
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    score = ActorScore()
    cache: dict[str, list[tuple[int, int, str]]] = {}
    for row in rows:
        key = f"{row['doc']}\x00{row.get('dct')}"
        if key not in cache:
            doc = nlp(_doc_text(gold.parent, row["doc"]))
            cache[key] = [(span.start_char, span.end_char, mention.code)
                          for span, mention in code_doc(doc, dictionary, row.get("dct"),
                                                        use_article_date=False)]
        predicted = cache[key]
        for event in row["events"]:
            for role in ("source", "target"):
                code, text = event.get(role), event.get(f"{role}_text")
                if not code or not text:
                    continue
                found = re.search(rf"(?<!\w){re.escape(text)}(?!\w)", row["text"])
                if not found:
                    continue
                offset = found.start()
                start = row["start"] + offset
                end = start + len(text)
                score.spans += 1
                overlapping = [(min(end, e) - max(start, s), c) for s, e, c in predicted
                               if s < end and start < e]
                if not overlapping:
                    score.errors[(code, "-")] += 1
                    continue
                score.covered += 1
                pred = max(overlapping)[1]
                score.full += pred == code
                score.country += pred[:3] == code[:3]
                if pred != code:
                    score.errors[(code, pred)] += 1
    return score


def speed_ratio(texts: list[str], dictionary: ActorDictionary | None = None) -> dict[str, float]:
    """Seconds for the language layer and for actor coding on ``texts``, and their ratio."""
    import time

    from chronik.actors.coder import code_mentions
    from chronik.language import load_language

    dictionary = dictionary or ActorDictionary.load()
    nlp = load_language()
    started = time.perf_counter()
    docs = list(nlp.pipe(texts))
    language = time.perf_counter() - started
    started = time.perf_counter()
    mentions = sum(len(code_mentions(doc, dictionary)) for doc in docs)
    actors = time.perf_counter() - started
    return {"articles": len(texts), "chars": sum(map(len, texts)), "language_s": round(language, 2),
            "actors_s": round(actors, 2), "ratio": round(actors / language, 3) if language else 0.0,
            "mentions": mentions}
