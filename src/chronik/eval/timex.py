"""TempEval-3-style scoring of time expressions.

Spans are compared on character offsets of the documents' plain TEXT (gold and system must hold
the same text; documents are paired by file name). ``strict`` counts exact span matches,
``relaxed`` any overlap (one-to-one, largest overlap first). Attribute scores follow TempEval-3:
``value_f1 = relaxed F1 x value accuracy on the relaxed matches`` (same for ``type_f1``).

Gold values are compared as they are: a malformed gold value (``PRESNT_REF``) can only be matched
by the same string and still counts. An empty gold tag (``<TIMEX3 .../>``, KRAUTS uses them for
implicit interval ends) has no extent: it is counted in ``empty_gold`` and left out of the span
scores, as the published HeidelTime-on-KRAUTS figures do. TIMEX2 gold (WikiWarsDE) is mapped to TIMEX3 by
:func:`timex2_type`: ``val`` becomes ``value`` and the type is inferred from the value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chronik.model import Timex
from chronik.time.timeml import TimeMLDoc, read_timeml

GOLD_SUFFIXES = (".tml", ".xml", ".sgm", ".timeml")


def timex2_type(value: str, set_attr: bool = False) -> str:
    """TIMEX3 type for a TIMEX2 ``val``: P… → DURATION, …T… → TIME, ``set`` → SET, else DATE."""
    if set_attr:
        return "SET"
    if value.startswith("P"):
        return "DURATION"
    if re.search(r"T(\d|MO|AF|EV|NI|DT)", value):
        return "TIME"
    return "DATE"


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value_ok: int = 0
    type_ok: int = 0
    empty_gold: int = 0
    errors: list[dict[str, object]] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed_gold", "relaxed_system", "value_ok",
                     "type_ok", "empty_gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


def _prf(hit_p: int, n_p: int, hit_r: int, n_r: int) -> dict[str, float]:
    p = hit_p / n_p if n_p else 0.0
    r = hit_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: Sequence[Timex], system: Sequence[Timex],
          doc_name: str = "") -> Counts:
    """Counts for one document."""
    empty = sum(1 for g in gold if g.end <= g.start)
    gold = [g for g in gold if g.end > g.start]
    system = [s for s in system if s.end > s.start]
    counts = Counts(gold=len(gold), system=len(system), empty_gold=empty)
    gold_spans = {(g.start, g.end) for g in gold if g.end > g.start}
    counts.strict = sum(1 for s in {(s.start, s.end) for s in system} if s in gold_spans)
    pairs = sorted(((_overlap(g, s), gi, si) for gi, g in enumerate(gold)
                    for si, s in enumerate(system) if _overlap(g, s) > 0), reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    for _ov, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        g, s = gold[gi], system[si]
        counts.value_ok += g.value == s.value
        counts.type_ok += g.type == s.type
        if g.value != s.value or (g.start, g.end) != (s.start, s.end):
            counts.errors.append({"doc": doc_name, "kind": "mismatch", "gold": _brief(g),
                                  "system": _brief(s)})
    counts.relaxed_gold = len(used_g)
    counts.relaxed_system = len(used_s)
    counts.errors += [{"doc": doc_name, "kind": "missed", "gold": _brief(g)}
                      for i, g in enumerate(gold) if i not in used_g]
    counts.errors += [{"doc": doc_name, "kind": "spurious", "system": _brief(s)}
                      for i, s in enumerate(system) if i not in used_s]
    return counts


def _brief(t: Timex) -> str:
    return f"{t.text!r} {t.type} {t.value}"


def summarize(counts: Counts) -> dict[str, object]:
    """The JSON report: ``strict``/``relaxed`` {p,r,f1}, ``value_f1``, ``type_f1`` and counts."""
    strict = _prf(counts.strict, counts.system, counts.strict, counts.gold)
    relaxed = _prf(counts.relaxed_system, counts.system, counts.relaxed_gold, counts.gold)
    matched = counts.relaxed_gold
    value_acc = counts.value_ok / matched if matched else 0.0
    type_acc = counts.type_ok / matched if matched else 0.0
    return {
        "strict": strict,
        "relaxed": relaxed,
        "value_f1": round(relaxed["f1"] * value_acc, 4),
        "type_f1": round(relaxed["f1"] * type_acc, 4),
        "value_accuracy": round(value_acc, 4),
        "type_accuracy": round(type_acc, 4),
        "gold": counts.gold,
        "system": counts.system,
        "empty_gold": counts.empty_gold,
    }


def gold_files(directory: str | Path) -> list[Path]:
    return sorted(p for p in Path(directory).iterdir()
                  if p.is_file() and p.suffix.lower() in GOLD_SUFFIXES)


def load_gold(path: Path) -> TimeMLDoc:
    """A gold document; TIMEX2 ``val``/``set`` are mapped to TIMEX3 ``value``/``type``."""
    doc = read_timeml(path)
    if "<TIMEX2" not in doc.source:
        return doc
    sets = _timex2_sets(doc.source)
    mapped = tuple(Timex(start=t.start, end=t.end, text=t.text, value=t.value, mod=t.mod,
                         type=timex2_type(t.value, i in sets))
                   for i, t in enumerate(doc.timexes))
    return TimeMLDoc(name=doc.name, dct=doc.dct, text=doc.text, timexes=mapped, source=doc.source)


def _timex2_sets(source: str) -> set[int]:
    # Indices (in text order of opening tags) of TIMEX2 tags carrying set="YES".
    text = re.search(r"<TEXT>(.*?)</TEXT>", source, re.S)
    body = text.group(1) if text else source
    tags = re.findall(r"<TIMEX2\b([^>]*)>", body)
    return {i for i, attrs in enumerate(tags) if re.search(r'\bset="YES"', attrs, re.I)}


def doc_key(name: str) -> str:
    """File names pair gold and system documents: ``01_WW2.key.xml`` ↔ ``01_WW2.sgm``."""
    return name.split(".")[0]


def score_documents(pairs: Iterable[tuple[TimeMLDoc, Sequence[Timex]]]) -> Counts:
    total = Counts()
    for gold, system in pairs:
        total.add(match(list(gold.timexes), list(system), gold.name))
    return total


def is_narrative(doc: TimeMLDoc) -> bool:
    """WikiWars-style narratives (TIMEX2 gold) are anchored on the last mentioned date."""
    return "<TIMEX2" in doc.source or "<DOCTYPE" in doc.source


def evaluate(gold_dir: str | Path, system_dir: str | Path | None = None,
             doc_type: str | None = None) -> dict[str, object]:
    """Score a folder of gold documents against chronik's tagger or another tool's TimeML output.

    Without ``system_dir`` chronik tags each gold document's plain text with its DCT
    (``doc_type`` news/narrative; by default narrative for TIMEX2 gold, else news). With it, the
    system file of the same document name is read (``01_WW2.sgm`` pairs ``01_WW2.key.xml``).
    """
    from chronik.time.tagger import TemporalTagger

    golds = [load_gold(p) for p in gold_files(gold_dir)]
    if not golds:
        raise FileNotFoundError(f"no TimeML gold files ({', '.join(GOLD_SUFFIXES)}) in {gold_dir}")
    pairs: list[tuple[TimeMLDoc, Sequence[Timex]]] = []
    if system_dir is not None:
        systems = {doc_key(p.name): p for p in gold_files(system_dir)}
        for gold in golds:
            path = systems.get(doc_key(gold.name))
            pairs.append((gold, read_timeml(path).timexes if path else ()))
    else:
        tagger = TemporalTagger.load()
        for gold in golds:
            kind = doc_type or ("narrative" if is_narrative(gold) else "news")
            pairs.append((gold, tagger.tag(gold.text, gold.dct, doc_type=kind)))
    counts = score_documents(pairs)
    report = summarize(counts)
    report["documents"] = len(golds)
    report["errors"] = counts.errors
    return report
