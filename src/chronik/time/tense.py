"""Tense of the sentence around a time expression, from cue words in the resources.

The nearest cue wins: a past cue ("war", "reiste", "hat ... gewählt") makes the sentence look
back, a future cue ("wird", "soll", "nächste") forward; no cue leaves it in the present.
Extra cues can come from a parser (``tense_hints``: character spans with "past"/"future").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from chronik.time.resources import TimeResources

TenseHint = tuple[int, int, str]


class SentenceTense:
    """Finds sentence bounds once per text and answers the tense at any offset."""

    def __init__(self, text: str, resources: TimeResources,
                 hints: Sequence[TenseHint] | None = None) -> None:
        self.text = text
        self.cues = resources.tense
        self.bounds = [m.end() for m in resources.sentence_end.finditer(text)]
        self.hints = sorted(hints or [])
        self._cache: dict[int, list[tuple[int, str]]] = {}

    def sentence(self, start: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.bounds, start)
        begin = self.bounds[i - 1] if i > 0 else 0
        end = self.bounds[i] if i < len(self.bounds) else len(self.text)
        return begin, end

    def _sentence_cues(self, begin: int, end: int) -> list[tuple[int, str]]:
        if begin in self._cache:
            return self._cache[begin]
        found: list[tuple[int, str]] = []
        cues = self.cues
        for m in cues.pattern.finditer(self.text, begin, end):
            word = m.group("w")
            if word is not None:
                found.append((m.start(), "past" if word in cues.past else "future"))
            elif m.group(0) not in cues.not_past:
                found.append((m.start(), "past"))
        for h_start, _h_end, tense in self.hints:
            if begin <= h_start < end:
                found.append((h_start, tense))
        self._cache[begin] = found
        return found

    def at(self, start: int, end: int) -> str:
        begin, stop = self.sentence(start)
        best: tuple[int, str] | None = None
        for pos, tense in self._sentence_cues(begin, stop):
            if start <= pos < end:
                continue
            distance = start - pos if pos < start else pos - end
            if best is None or distance < best[0]:
                best = (distance, tense)
        return best[1] if best else "present"
