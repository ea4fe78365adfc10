"""Event scoring against sentence-level gold (the format of ``events-gold/dev.jsonl``).

A predicted event belongs to the gold sentence whose ``[start, end)`` holds its
``evidence.start``; predictions on sentences the gold does not annotate are not scored. Within a
sentence, predictions and gold events are matched one to one at each level:

* ``dyad+root``: source and target country (first three letters) and CAMEO root (two digits);
* ``actor+root``: full actor codes and root;
* ``full``: full actor codes and full code.

``date_acc`` is exact agreement of the date at the gold's precision over ``dyad+root`` matches
whose gold has a date; ``mode_acc`` is agreement of the mode over the same matches.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LEVELS: dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
    "dyad+root": lambda e: (_country(e.get("source")), _country(e.get("target")), _root(e)),
    "actor+root": lambda e: (e.get("source"), e.get("target"), _root(e)),
    "full": lambda e: (e.get("source"), e.get("target"), e.get("code")),
}


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def _root(event: dict[str, Any]) -> str | None:
    code = event.get("code")
    return code[:2] if code else None


@dataclass
class GoldSentence:
    id: str
    doc: Path
    dct: str | None
    start: int
    end: int
    text: str
    events: list[dict[str, Any]] = field(default_factory=list)


def load_gold(path: str | Path) -> list[GoldSentence]:
    """Gold sentences; ``doc`` paths are resolved against the gold file's folder."""
    path = Path(path)
    sentences = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                sentences.append(GoldSentence(
                    id=record["id"], doc=(path.parent / record["doc"]).resolve(),
                    dct=record.get("dct"), start=int(record["start"]), end=int(record["end"]),
                    text=record.get("text", ""), events=list(record.get("events") or []),
                ))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
                raise ValueError(f"{path}:{number}: not a gold sentence ({err})") from None
    return sentences


def assign(gold: list[GoldSentence],
           predictions: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Predictions grouped by the id of the gold sentence that holds their evidence start."""
    by_doc: dict[Path, list[GoldSentence]] = defaultdict(list)
    by_name: dict[str, list[GoldSentence]] = defaultdict(list)
    for sentence in gold:
        by_doc[sentence.doc].append(sentence)
        by_name[sentence.doc.name].append(sentence)
    assigned: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in predictions:
        doc = Path(event.get("doc") or "")
        candidates = by_doc.get(doc.resolve()) or by_name.get(doc.name, [])
        start = (event.get("evidence") or {}).get("start", -1)
        for sentence in candidates:
            if sentence.start <= start < sentence.end:
                assigned[sentence.id].append(event)
                break
    return assigned


def match_pairs(gold_events: list[dict[str, Any]], predicted: list[dict[str, Any]],
                level: str = "dyad+root") -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one pairs of gold and predicted events equal at ``level``, in text order."""
    key = LEVELS[level]
    free = list(predicted)
    pairs = []
    for gold_event in gold_events:
        for index, candidate in enumerate(free):
            if key(candidate) == key(gold_event):
                pairs.append((gold_event, free.pop(index)))
                break
    return pairs


def date_agrees(gold_date: str, predicted: str | None) -> bool:
    return bool(predicted) and predicted[: len(gold_date)] == gold_date  # type: ignore[index]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score(gold: list[GoldSentence], predictions: Iterable[dict[str, Any]]) -> dict[str, Any]:
    assigned = assign(gold, predictions)
    n_gold = sum(len(s.events) for s in gold)
    n_pred = sum(len(v) for v in assigned.values())
    result: dict[str, Any] = {}
    dyad_pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for level in LEVELS:
        tp = 0
        for sentence in gold:
            pairs = match_pairs(sentence.events, assigned.get(sentence.id, []), level)
            tp += len(pairs)
            if level == "dyad+root":
                dyad_pairs.extend(pairs)
        result[level] = _prf(tp, n_pred, n_gold)
    dated = [(g, p) for g, p in dyad_pairs if g.get("date")]
    result["date_acc"] = round(sum(date_agrees(g["date"], p.get("date")) for g, p in dated)
                               / len(dated), 4) if dated else None
    result["mode_acc"] = round(sum(g.get("mode") == p.get("mode") for g, p in dyad_pairs)
                               / len(dyad_pairs), 4) if dyad_pairs else None
    result["counts"] = {"sentences": len(gold), "gold": n_gold, "predicted": n_pred,
                        "dyad_root_matches": len(dyad_pairs), "dated_matches": len(dated)}
    return result


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Event records as ``chronik extract --format jsonl`` writes them."""
    with Path(path).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def predict(gold: list[GoldSentence], pipeline: Any) -> list[dict[str, Any]]:
    """Run ``pipeline`` over every document the gold annotates, dated by the gold's ``dct``."""
    from chronik.dates import parse_date
    from chronik.readers import ReadError, read_file

    predictions: list[dict[str, Any]] = []
    docs = {s.doc: s.dct for s in gold}
    for doc, dct in docs.items():
        for item in read_file(str(doc), parse_date(dct) if dct else None):
            if isinstance(item, ReadError):
                raise ValueError(str(item))
            predictions.extend(event.to_dict() for event in pipeline.events(item))
    return predictions
