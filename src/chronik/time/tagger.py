"""The temporal tagger: find time expressions with the compiled rules, then normalize them.

>>> tagger = TemporalTagger.load()
>>> [t.value for t in tagger.tag("Gestern reiste der Minister ab.", dct="2018-06-01")]
['2018-05-31']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from chronik.model import Timex
from chronik.time.resolve import Reference, resolve
from chronik.time.resources import Rule, TimeResources, initial, load_resources
from chronik.time.tense import SentenceTense, TenseHint
from chronik.time.underspec import Underspec, build

DOC_TYPES = ("news", "narrative")
_DATED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


class TemporalTagger:
    """Rule-based TIMEX3 tagger built once from a language's resources."""

    def __init__(self, resources: TimeResources) -> None:
        self.resources = resources

    @classmethod
    def load(cls, language: str = "de") -> TemporalTagger:
        return cls(load_resources(language))

    def extract(self, text: str, doc_type: str = "news") -> list[Match]:
        """Non-overlapping rule matches, left to right; at each start the longest match wins."""
        found: list[Match] = []
        search = self.resources.triggers.search
        by_initial = self.resources.by_initial
        pos = 0
        while True:
            cand = search(text, pos)
            if cand is None:
                return found
            start = cand.start()
            entry = by_initial.get(initial(text[start]))
            if entry is None or entry[0].match(text, start) is None:
                pos = start + 1
                continue
            best: Match | None = None
            for rule in entry[1]:
                if doc_type not in rule.doc_types:
                    continue
                m = rule.pattern.match(text, start)
                if m is not None and m.end() > start and (best is None or m.end() > best.end):
                    if rule.reject and rule.rejects(text, m):
                        continue
                    best = Match(start, m.end(), rule, m)
            if best is None:
                pos = start + 1
                continue
            found.append(best)
            pos = best.end

    def underspecified(self, match: Match) -> Underspec:
        return build(match.rule, match.match, self.resources.tables)

    def tag(self, text: str, dct: str | None = None, doc_type: str = "news",
            tense_hints: Sequence[TenseHint] | None = None) -> list[Timex]:
        """TIMEX3 expressions in ``text`` (character offsets), normalized against ``dct``.

        ``doc_type`` "news" anchors relative expressions to the article date; "narrative" to the
        last mentioned date. ``tense_hints`` are extra (start, end, "past"/"future") cues.
        """
        if doc_type not in DOC_TYPES:
            raise ValueError(f"doc_type must be one of {DOC_TYPES}, not {doc_type!r}")
        narrative = doc_type == "narrative"
        article = Reference.parse(dct)
        tenses = SentenceTense(text, self.resources, tense_hints)
        last = _Mentions()
        explicit: tuple[int, Reference] | None = None  # (offset, year) of the last written year
        out: list[Timex] = []
        for match in self.extract(text, doc_type):
            u = self.underspecified(match)
            if u.type in ("DURATION", "SET") or u.ref:
                typ, value = resolve(u, article)
            else:
                ref = self._reference(u, article, last, narrative)
                if not narrative and explicit is not None and u.year is None and \
                        u.month is not None and u.anchor != "last" and \
                        tenses.sentence(match.start) == tenses.sentence(explicit[0]):
                    ref = explicit[1]  # a year written earlier in the same sentence
                tense = tenses.at(match.start, match.end)
                typ, value = resolve(u, ref, tense, narrative)
                dated = _DATED.match(value)
                if dated and not value.startswith("BC"):
                    mentioned = Reference.parse(dated.group(0))
                    if mentioned is not None and not self._aside(text, match.start):
                        last.add(mentioned, heading=narrative and _is_heading(
                            text, match.start, match.end))
            if u.year is not None and not u.bc and 0 < u.year < 10000:
                explicit = (match.start, Reference(date(u.year, 7, 1), "year"))
            out.append(Timex(start=match.start, end=match.end, text=text[match.start:match.end],
                             type=typ, value=value, mod=u.mod, rule=match.rule.name))
        return out

    def _aside(self, text: str, start: int) -> bool:
        """A date after a word like "bis" ends a range or is an aside: it does not move the
        narrative's timeline (vocab table ``timeline_aside``)."""
        before = text[max(0, start - 20):start].split()[-2:]
        aside = self.resources.tables.get("timeline_aside", {})
        return any(word.lower() in aside or word.endswith("(") for word in before)

    @staticmethod
    def _reference(u: Underspec, article: Reference | None, last: _Mentions,
                   narrative: bool) -> Reference | None:
        if u.anchor == "last" or narrative:
            if u.unit in ("D", "NIGHT") or u.partofday is not None:
                return last.day or last.timeline() or article
            if u.unit in ("W", "M", "WE"):
                return last.fine or last.timeline() or article
            if narrative:
                return last.timeline() or article
            return last.day or article
        if u.hour is not None and last.day is not None:
            return last.day
        return article


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether the expression is a whole line of its own (a section heading such as "1862")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return start > 0 and not text[line_start:start].strip() and not text[end:line_end].strip()


class _Mentions:
    """The dates mentioned so far: the last day, the last month-or-day, the last bare year."""

    def __init__(self) -> None:
        self.day: Reference | None = None
        self.fine: Reference | None = None
        self.coarse: Reference | None = None
        self.coarse_is_newer = False
        self.section: int | None = None

    def add(self, ref: Reference, heading: bool = False) -> None:
        if heading:
            # A year as a section heading sets the year of the section: dates in it that name
            # another year are asides and do not move the timeline.
            self.section = ref.date.year
            self.coarse, self.fine, self.coarse_is_newer = ref, None, True
            return
        if self.section is not None and ref.date.year != self.section:
            return
        if ref.precision == "year":
            self.coarse, self.coarse_is_newer = ref, True
            return
        self.fine, self.coarse_is_newer = ref, False
        if ref.precision == "day":
            self.day = ref

    def timeline(self) -> Reference | None:
        """Narrative reference: a later bare year moves the timeline on; an earlier one (a
        flashback or an aside, "the border of 1940") does not."""
        if self.fine is None:
            return self.coarse
        if self.coarse is not None and self.coarse_is_newer and \
                self.coarse.date.year > self.fine.date.year:
            return self.coarse
        return self.fine
