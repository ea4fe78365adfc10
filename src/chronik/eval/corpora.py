"""Loaders for the external corpora that benchmarks and evaluations read (never shipped)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

GNAD_SOURCE = "10kGNAD test.csv (github tblock/10kGNAD, CC BY-NC-SA 4.0)"


def default_data_dir() -> Path:
    """``../shared/data`` beside the repository checkout."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def read_10kgnad(path: str | Path | None = None, limit: int | None = None) -> list[str]:
    """Article texts of 10kGNAD's ``label;'text'`` CSV, in file order, at most ``limit``."""
    path = Path(path) if path else default_data_dir() / "10kgnad" / "test.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found; get {GNAD_SOURCE}")
    csv.field_size_limit(sys.maxsize)
    texts: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter=";", quotechar="'"):
            if len(row) >= 2:
                texts.append(row[1])
            if limit is not None and len(texts) >= limit:
                break
    return texts
