"""Which strings can a compiled rule start with? The answer builds the candidate pre-filter.

Walks the parse tree of a regex (Python's own ``re`` parser) and collects the possible first
``K`` characters of a match, lower-cased. Zero-width parts (boundaries, lookarounds) are skipped;
whitespace ends a prefix; a leading digit class becomes ``"0"``. Anything the walk cannot bound
(``.``, ``\\w``, negated classes, back references) makes the answer ``None``: the caller then falls
back to a coarser pre-filter for that rule.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

K = 3
Prefixes = set[tuple[str, bool]]  # (text, final: nothing after it counts)


class _Unbounded(Exception):
    """The pattern can start with too many different characters."""


def start_prefixes(pattern: str, flags: int = re.IGNORECASE) -> set[str] | None:
    """The lower-cased strings (at most ``K`` characters) every match of ``pattern`` begins with."""
    try:
        found = _sequence(list(sre_parse.parse(pattern, flags)))
    except _Unbounded:
        return None
    texts = {text for text, _final in found}
    if "" in texts:
        return None
    return texts


def _sequence(nodes: list[Any]) -> Prefixes:
    current: Prefixes = {("", False)}
    for node in nodes:
        growing = {(t, f) for t, f in current if not f and len(t) < K}
        if not growing:
            break
        following = _node(node)
        current = ({(t, f) for t, f in current if f or len(t) >= K}
                   | {_join(t, n, nf) for t, _f in growing for n, nf in following})
    return current


def _join(head: str, tail: str, tail_final: bool) -> tuple[str, bool]:
    text = (head + tail)[:K]
    return text, tail_final or len(head + tail) >= K


def _node(node: tuple[Any, Any]) -> Prefixes:
    op, av = node
    c = sre_constants
    if op is c.LITERAL:
        return {(chr(av).lower(), False)}
    if op is c.IN:
        return _char_class(av)
    if op is c.BRANCH:
        out: Prefixes = set()
        for seq in av[1]:
            out |= _sequence(list(seq))
        return out
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, seq = av
        inner = _sequence(list(seq))
        out = inner if high == 1 else {(t, True) for t, _f in inner}
        return out | ({("", False)} if low == 0 else set())
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {("", False)}
    raise _Unbounded(str(op))


def _char_class(items: list[tuple[Any, Any]]) -> Prefixes:
    c = sre_constants
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av).lower())
        elif op is c.RANGE and av[1] - av[0] <= 40:
            chars.update(chr(i).lower() for i in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT and len(items) == 1:
            return {("0", True)}
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE and len(items) == 1:
            return {("", True)}
        else:
            raise _Unbounded(str(op))
    if any(ch.isdigit() for ch in chars):
        return {("0", True)} if all(ch.isdigit() for ch in chars) else _raise()
    return {(ch, False) for ch in chars}


def _raise() -> Prefixes:
    raise _Unbounded("mixed digit/letter class")
