"""Runnable dictionary examples: ``"[Berlin:DEU] kritisiert [Moskau:RUS]. => 111 DEU>RUS"``.

Brackets mark actor mentions with their code; after ``=>`` come the expected CAMEO code,
``SOURCE>TARGET`` (``-`` for no target) and optionally the mode; ``=> none`` expects no event.
Used by the tests (every dictionary entry carries one) and by ``chronik events check``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from chronik.events.coder import code_doc
from chronik.events.resources import EventResources
from chronik.model import ActorMention, Article, Event

ACTOR = re.compile(r"\[([^\]:]+):([A-Z-]{2,9})\]")


@dataclass(frozen=True)
class Example:
    text: str
    actors: tuple[tuple[int, int, str], ...]
    code: str | None
    source: str | None = None
    target: str | None = None
    mode: str | None = None

    def matches(self, event: Event) -> bool:
        if event.code != self.code or self.source is None:
            return False
        if not (event.source or "").startswith(self.source):
            return False
        if self.target is None:
            if event.target is not None:
                return False
        elif not (event.target or "").startswith(self.target):
            return False
        return self.mode is None or event.mode == self.mode


def parse_example(line: str) -> Example:
    if "=>" not in line:
        raise ValueError(f"example without '=>': {line!r}")
    marked, expected = (part.strip() for part in line.split("=>", 1))
    text, actors, pos = "", [], 0
    for match in ACTOR.finditer(marked):
        text += marked[pos:match.start()]
        actors.append((len(text), len(text) + len(match.group(1)), match.group(2)))
        text += match.group(1)
        pos = match.end()
    text += marked[pos:]
    fields = expected.split()
    if not fields or fields[0] == "none":
        return Example(text, tuple(actors), None)
    source, _, target = fields[1].partition(">")
    return Example(text, tuple(actors), fields[0], source,
                   None if target in ("", "-") else target,
                   fields[2] if len(fields) > 2 else None)


def example_doc(nlp: Language, example: Example, published: str | None = None) -> Doc:
    doc = nlp(example.text)
    doc._.article = Article.create(text=example.text, doc="example", published=published)
    spans = []
    for start, end, code in example.actors:
        span = doc.char_span(start, end, label=code, alignment_mode="expand")
        if span is None:
            raise ValueError(f"actor {example.text[start:end]!r} does not align with tokens")
        span._.actor = ActorMention(code=code, name=span.text, country=code[:3])
        spans.append(span)
    doc.spans["actors"] = spans
    return doc


def run_example(nlp: Language, res: EventResources, line: str) -> tuple[bool, list[Event]]:
    """Whether the example's expectation holds, and the events the coder produced."""
    example = parse_example(line)
    events = code_doc(example_doc(nlp, example), res)
    if example.code is None:
        return (not events, events)
    return (any(example.matches(e) for e in events), events)


def all_examples(res: EventResources) -> list[tuple[str, str]]:
    """(pattern id, example) for every dictionary entry, frame and mode rule."""
    found: list[tuple[str, str]] = []
    for entry in res.entries():
        if entry.example:
            found.append((entry.id, entry.example))
        for frame in entry.frames:
            if frame.example:
                found.append((frame.id, frame.example))
    found.extend((f"mode:{i}", ex) for i, ex in enumerate(res.modes.examples))
    return found


def blank_pipeline() -> Language:
    """Tokenizer and sentence splitter only: the coder's fallback path."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


