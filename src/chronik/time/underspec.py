"""Phase one of normalization: turn a rule match into an underspecified value.

An :class:`Underspec` holds what the words say (a month, a weekday, "one unit back", a
number of units...) without knowing the reference time; :mod:`chronik.time.resolve` anchors it.
Words are converted through the vocab tables named like the field (``month`` reads
``month``/``month_full``; ``unit`` reads every ``unit_*`` table).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from chronik.time.resources import Rule

_SUFFIX = re.compile(r"_\d+$")
_NUMBER = re.compile(r"^\d+(?:,\d+)?\.?$")
_FALLBACK_TABLES = ("ordinal", "numeral")


@dataclass
class Underspec:
    """What a time expression says, before it is anchored."""

    type: str
    rule: str
    anchor: str = "reference"
    ref: str | None = None
    year: int | None = None
    year2: int | None = None
    bc: bool = False
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    partofday: str | None = None
    hour: int | None = None
    minute: int | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    decade3: int | None = None
    century: int | None = None
    holiday: str | None = None
    unit: str | None = None
    offset: int | None = None
    mod: str | None = None
    direction: int | None = None
    half_past: bool = False
    yearhead: int | None = None
    nums: list[Any] = field(default_factory=list)
    units: list[str] = field(default_factory=list)


def convert(name: str, raw: str, tables: Mapping[str, Mapping[str, Any]]) -> Any:
    """A captured string as a value: a number, or the entry of the field's vocab table."""
    text = " ".join(raw.lower().split())
    if _NUMBER.match(text):
        text = text.rstrip(".")
        return float(text.replace(",", ".")) if "," in text else int(text)
    names = [name] + sorted(t for t in tables if t.startswith(name + "_")) + list(_FALLBACK_TABLES)
    for table_name in names:
        table = tables.get(table_name)
        if table is not None and text in table:
            return table[text]
    return text


def build(rule: Rule, match: re.Match[str], tables: Mapping[str, Mapping[str, Any]]) -> Underspec:
    u = Underspec(type=rule.type, rule=rule.name, anchor=rule.anchor)
    for key, value in rule.fixed.items():
        _set(u, key, value)
    for group, raw in match.groupdict().items():
        if raw is None:
            continue
        name = _SUFFIX.sub("", group)
        _set(u, name, convert(name, raw, tables), raw)
    if u.direction is not None:
        _count_from_reference(u)
    if u.yearhead is not None and u.year2 is not None:
        year = u.yearhead // 100 * 100 + u.year2
        u.year = year + 100 if year < u.yearhead else year
    if u.half_past and isinstance(u.hour, int):
        u.hour, u.minute = (u.hour - 1) % 24, 30
    return u


def _count_from_reference(u: Underspec) -> None:
    # "zwei Tage später": N units after (or before) the reference instead of a duration
    n = u.nums[0] if u.nums else None
    u.nums = []
    if isinstance(n, int | float) and float(n).is_integer() and u.units:
        u.unit = u.units[0]
        u.offset = int(n) * (u.direction or 1)
        if u.unit == "W":
            u.unit, u.offset = "D", u.offset * 7
    else:
        u.ref = "FUTURE_REF" if (u.direction or 1) > 0 else "PAST_REF"



def _set(u: Underspec, name: str, value: Any, raw: str | None = None) -> None:
    if name == "num":
        u.nums.append(value)
    elif name == "unit":
        u.units.append(str(value))
        if u.unit is None:
            u.unit = str(value)
    elif name == "unit_lang":
        u.units.append(str(value))
        u.unit = str(value)
        u.nums.append("X")
    elif name in ("rel", "offset"):
        u.offset = int(value) if not isinstance(value, str) else 0
    elif name == "rel_word":
        unit, offset = value
        u.unit, u.offset = str(unit), int(offset)
    elif name in ("position", "approx"):
        u.mod = str(value)
    elif name == "bc":
        u.bc = True
    elif name == "century" and raw is not None:
        u.century = int(value) - 1
    elif name == "partofday":
        u.partofday = str(value)
    elif hasattr(u, name) and name not in ("type", "rule", "nums", "units"):
        setattr(u, name, value)
