"""JSON Lines: one event record a line, UTF-8, keys in the order of the Event contract."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def write_jsonl(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        count += 1
    return count
