"""Surface forms: brace alternation, inflection from data, and length-preserving text folding."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

_BRACE = re.compile(r"\{([^{}]*)\}")

# Characters that do not decompose in NFD but should match their plain letter.
_EXTRA_FOLDS = {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "’": "'", "‘": "'", "`": "'",
                "‐": "-", "‑": "-", "‒": "-"}


def split_top(text: str) -> list[str]:
    """Split ``a|b{c|d}`` at the ``|`` that stand outside braces."""
    parts, depth, current = [], 0, []
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def expand(pattern: str) -> list[str]:
    """All strings a form pattern stands for: ``Minister{|s|n}`` -> Minister, Ministers, Ministern."""
    results: list[str] = []
    for alternative in split_top(pattern):
        match = _BRACE.search(alternative)
        if not match:
            results.append(" ".join(alternative.split()))
            continue
        head, tail = alternative[:match.start()], alternative[match.end():]
        for option in match.group(1).split("|"):
            results.extend(expand(head + option + tail))
    return list(dict.fromkeys(results))


def expand_all(patterns: Iterable[str] | str | None) -> list[str]:
    if patterns is None:
        return []
    if isinstance(patterns, str):
        patterns = [patterns]
    out: list[str] = []
    for pattern in patterns:
        out.extend(expand(str(pattern)))
    return list(dict.fromkeys(out))


def inflect_adjective(stem: str, endings: Iterable[str]) -> list[str]:
    return [stem + ending for ending in endings]


def genitive(name: str, suffix: str, not_after: Iterable[str]) -> str | None:
    """The ``-s`` genitive of a name, or None where German forms none (after s, ß, x, z)."""
    if not name or not name[-1].isalpha() or name[-1].lower() in set(not_after):
        return None
    return name + suffix


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character lowercased and stripped of diacritics; always exactly one character."""
    if char in _EXTRA_FOLDS:
        return _EXTRA_FOLDS[char]
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    if lower in _EXTRA_FOLDS:
        return _EXTRA_FOLDS[lower]
    decomposed = unicodedata.normalize("NFD", lower)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return lower


def fold(text: str) -> str:
    """Lowercase, diacritics removed, same length as ``text`` so offsets carry over."""
    return text.translate({ord(c): fold_char(c) for c in set(text)})


def case_rule(form: str) -> str | None:
    """How a text must be cased to match ``form``: ``caps`` (all capitals), ``upper`` (capital
    initial) or None (any)."""
    letters = [c for c in form if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "caps"
    if form[:1].isupper():
        return "upper"
    return None


def case_ok(rule: str | None, surface: str) -> bool:
    if rule == "caps":
        return all(not c.isalpha() or c.isupper() for c in surface)
    if rule == "upper":
        return surface[:1].isupper() or surface[:1].isdigit()
    return True


def slug(text: str) -> str:
    """A file- and id-safe lowercase slug of a name."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def words(text: str) -> Iterator[str]:
    yield from text.split()
