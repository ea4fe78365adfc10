"""Load the temporal tagger's language resources once into an immutable object.

The German knowledge lives in ``chronik/resources/de/time/`` (``vocab.yaml``, ``rules.yaml``,
``tense.yaml``); this module only compiles it: tables become regex alternations, rule patterns are
expanded and compiled, and one union pattern finds candidate positions in a single pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from chronik.time.prefixes import start_prefixes

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_NAMED_GROUP = re.compile(r"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>")
_BOUND_LEFT = r"(?<!\w)"
_BOUND_RIGHT = r"(?!\w)"


@dataclass(frozen=True)
class Example:
    text: str
    dct: str | None
    value: str | None
    span: str | None = None
    doc_type: str = "news"


@dataclass(frozen=True)
class Veto:
    """A context constraint: text before and after that together veto a match, unless the named
    group took part in it."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    unless: str | None = None


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    pattern: re.Pattern[str]
    source: str
    fixed: MappingProxyType[str, Any]
    anchor: str
    examples: tuple[Example, ...]
    doc_types: frozenset[str] = frozenset({"news", "narrative"})
    reject: tuple[Veto, ...] = ()

    def rejects(self, text: str, match: re.Match[str]) -> bool:
        """Whether a context constraint (text before and after the match) vetoes it."""
        start, end = match.span()
        before, after = text[max(0, start - 40):start], text[end:end + 60]
        return any(v.before.search(before) and v.after.search(after)
                   and not (v.unless and match.group(v.unless)) for v in self.reject)


@dataclass(frozen=True)
class TenseCues:
    past: frozenset[str]
    future: frozenset[str]
    not_past: frozenset[str]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class TimeResources:
    """Everything the tagger knows about one language, compiled."""

    language: str
    tables: MappingProxyType[str, MappingProxyType[str, Any]]
    rules: tuple[Rule, ...]
    by_initial: MappingProxyType[str, tuple[re.Pattern[str], tuple[Rule, ...]]]
    tense: TenseCues
    sentence_end: re.Pattern[str]
    triggers: re.Pattern[str]


def resource_dir(language: str = "de") -> Path:
    root = importlib_resources.files("chronik.resources")
    return Path(str(root)) / language / "time"


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    parts = [re.escape(w).replace(r"\ ", r"\s+").replace(" ", r"\s+") for w in ordered]
    return "(?:" + "|".join(parts) + ")"


def expand(pattern: str, macros: dict[str, str], tables: dict[str, dict[str, Any]]) -> str:
    """Replace ``{name}`` by a macro (itself expanded) or a table's alternation."""
    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in macros:
            return "(?:" + expand(macros[name], macros, tables) + ")"
        if name in tables:
            return _alternation([str(k) for k in tables[name]])
        raise KeyError(f"unknown placeholder {{{name}}} in time rule pattern: {pattern}")
    return _PLACEHOLDER.sub(repl, pattern)


def _veto(raw: dict[str, str], macros: dict[str, str],
          tables: dict[str, dict[str, Any]]) -> Veto:
    return Veto(before=re.compile(expand(raw.get("before", ""), macros, tables), re.IGNORECASE),
                after=re.compile(expand(raw.get("after", ""), macros, tables), re.IGNORECASE),
                unless=raw.get("unless"))


def _freeze(table: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType({str(k).lower(): (tuple(v) if isinstance(v, list) else v)
                             for k, v in table.items()})


def _examples(raw: list[dict[str, Any]] | None) -> tuple[Example, ...]:
    out = []
    for ex in raw or []:
        value = ex.get("value")
        out.append(Example(text=str(ex["text"]), dct=str(ex["dct"]) if ex.get("dct") else None,
                           value=None if value is None else str(value),
                           span=None if ex.get("span") is None else str(ex["span"]),
                           doc_type=str(ex.get("doc_type", "news"))))
    return tuple(out)


def _tense(raw: dict[str, Any]) -> TenseCues:
    past = frozenset(raw.get("past", []))
    future = frozenset(raw.get("future", []))
    words = sorted(past | future, key=len, reverse=True)
    # Patterns first: "soll ... gesehen haben" (a past reported with a modal) must win over the
    # bare word cue "soll" at the same position.
    alternatives = [f"(?:{pat})" for pat in raw.get("past_patterns", [])]
    alternatives.append(f"(?P<w>{'|'.join(map(re.escape, words))})")
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    return TenseCues(past=past, future=future, not_past=frozenset(raw.get("not_past", [])),
                     pattern=pattern)


def load_from(directory: Path, language: str = "de") -> TimeResources:
    vocab = yaml.safe_load((directory / "vocab.yaml").read_text(encoding="utf-8"))
    ruleset = yaml.safe_load((directory / "rules.yaml").read_text(encoding="utf-8"))
    tense = yaml.safe_load((directory / "tense.yaml").read_text(encoding="utf-8"))
    tables = {name: {str(k).lower(): v for k, v in table.items()}
              for name, table in vocab.items()}
    macros = ruleset.get("macros", {})
    rules = []
    union_parts = []
    for raw in ruleset["rules"]:
        body = expand(raw["pattern"], macros, tables)
        flags = 0 if raw.get("case_sensitive") else re.IGNORECASE
        source = f"{_BOUND_LEFT}(?:{body}){_BOUND_RIGHT}"
        rules.append(Rule(name=raw["name"], type=raw["type"],
                          pattern=re.compile(source, flags), source=source,
                          fixed=MappingProxyType(dict(raw.get("value") or {})),
                          anchor=str(raw.get("anchor", "reference")),
                          examples=_examples(raw.get("examples")),
                          doc_types=frozenset(raw.get("doc_types", ["news", "narrative"])),
                          reject=tuple(_veto(c, macros, tables) for c in raw.get("reject", []))))
        plain = _NAMED_GROUP.sub("(?:", f"(?:{body}){_BOUND_RIGHT}")
        union_parts.append(plain if flags else f"(?-i:{plain})")
    starts = [_starts(rule, tables) for rule in rules]
    # One pass finds the word starts where some rule can begin ...
    triggers = re.compile(_BOUND_LEFT + "(?:\\d|" + _trie({w for ws in starts for w in ws
                                                            if not w[0].isdigit()}) + ")",
                          re.IGNORECASE)
    # ... and, by the first character there, one union regex confirms it and names the rules.
    by_initial: dict[str, tuple[re.Pattern[str], tuple[Rule, ...]]] = {}
    initials = {_initial(w) for ws in starts for w in ws}
    for initial in sorted(initials):
        ids = [i for i, ws in enumerate(starts) if initial in {_initial(w) for w in ws}]
        union = re.compile(_BOUND_LEFT + "(?:" + "|".join(union_parts[i] for i in ids) + ")",
                           re.IGNORECASE)
        by_initial[initial] = (union, tuple(rules[i] for i in ids))
    frozen_tables = MappingProxyType({k: _freeze(v) for k, v in tables.items()})
    sentence_end = re.compile(r"(?<!\d)[.!?](?=\s)|[:;]\s|\n")
    return TimeResources(language=language, tables=frozen_tables, rules=tuple(rules),
                         by_initial=MappingProxyType(by_initial), tense=_tense(tense),
                         sentence_end=sentence_end,
                         triggers=triggers)


_ESCAPES = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?-?i:|\(\?<?[=!]")
# A letter run that can start a word: after the pattern start, a group, an alternative, an
# optional or repeated part, or whitespace (never after a character class like "[nm]").
_LETTERS = re.compile(r"(?:^|(?<=[(|:> ?)*+]))[^\W\d_]+")


def _starts(rule: Rule, tables: dict[str, dict[str, Any]]) -> set[str]:
    """The first letters a match of ``rule`` can begin with (``"0"`` for a digit)."""
    found = start_prefixes(rule.source)
    if found is None:
        found = _fragments([rule], tables) | {"0"}
    return {w for w in found if w}


def initial(char: str) -> str:
    """The key of a match start in ``TimeResources.by_initial``: a lower-case char, digits "0"."""
    return "0" if char.isdigit() else char.lower()


def _initial(prefix: str) -> str:
    return initial(prefix[0])


def _fragments(rules: list[Rule], tables: dict[str, dict[str, Any]]) -> set[str]:
    """Every literal word piece of the rules: a match always starts with one (or a digit)."""
    words = {str(k).lower().split()[0] for table in tables.values() for k in table if str(k)}
    for rule in rules:
        words.update(w.lower() for w in _LETTERS.findall(_ESCAPES.sub(" ", rule.source)))
    # Three letters are enough, and safe: a later letter of a run may be optional ("tagen?").
    return {w[:3] for w in words if w}


def _trie(words: set[str]) -> str:
    """A prefix-factored alternation: the regex engine branches on one character at a time."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter fragment already makes the position a candidate
        parts = [re.escape(ch) + build(child) for ch, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return build(root)


@lru_cache(maxsize=4)
def load_resources(language: str = "de") -> TimeResources:
    """The compiled resources for ``language`` (loaded once per process)."""
    return load_from(resource_dir(language), language)
