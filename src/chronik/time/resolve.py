"""Phase two of normalization: anchor an :class:`Underspec` to a reference time.

The reference is the article date (news) or the last mentioned date (narratives, and rules marked
``anchor: last``). Tense decides the direction for weekdays and for months/days given without a
year: a past-tense clause looks back, a future one forward. Output values follow TimeML/ISO 8601.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from chronik.time.underspec import Underspec

Tense = str  # "past", "future" or "present"

_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
_DATE_UNITS = {"Y": "Y", "M": "M", "W": "W", "D": "D", "DE": "DE", "CE": "CE", "ML": "ML",
               "Q": "Q", "WE": "WE", "NIGHT": "D"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Reference:
    """A reference time: a date and how much of it is known (year, month or day)."""

    date: dt.date
    precision: str = "day"

    @classmethod
    def parse(cls, value: str | None) -> Reference | None:
        if not value:
            return None
        m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
        if not m:
            w = re.match(r"^(\d{4})-W(\d{2})", value)
            if w:
                return cls(dt.date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1), "week")
            return None
        year, month, day = m.group(1), m.group(2), m.group(3)
        if month is None:
            return cls(dt.date(int(year), 7, 1), "year")
        if day is None:
            return cls(dt.date(int(year), int(month), 15), "month")
        try:
            return cls(dt.date(int(year), int(month), int(day)), "day")
        except ValueError:
            return None


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _num(n: object) -> str:
    if isinstance(n, float):
        return str(int(n)) if n.is_integer() else str(n)
    if isinstance(n, int):
        return str(n)
    return "X"


def _year(y: int, bc: bool = False) -> str:
    return f"BC{y:04d}" if bc else f"{y:04d}"


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _add_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def duration(u: Underspec) -> str:
    nums = u.nums or ["X"]
    units = u.units or ["X"]
    date_part, time_part = "", ""
    for i, unit in enumerate(units[:2]):
        n = nums[i] if i < len(nums) else ("X" if i == 0 else None)
        if n is None:
            continue
        if unit == "HALF":
            n, unit = (n * 6 if isinstance(n, int | float) else "X"), "M"
        if unit in _TIME_UNITS:
            time_part += f"{_num(n)}{_TIME_UNITS[unit]}"
        else:
            date_part += f"{_num(n)}{_DATE_UNITS.get(unit, unit)}"
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def frequency(u: Underspec) -> str:
    if u.weekday is not None:
        return f"XXXX-WXX-{u.weekday}"
    if u.partofday is not None and not u.units:
        return f"PT1{u.partofday}"
    n = u.nums[0] if u.nums else 1
    unit = u.units[0] if u.units else "D"
    if unit in _TIME_UNITS:
        return f"PT{_num(n)}{_TIME_UNITS[unit]}"
    if unit == "HALF":
        return "P6M"
    return f"P{_num(n)}{_DATE_UNITS.get(unit, unit)}"


def _year_for(month: int, day: int | None, ref: dt.date, tense: Tense, narrative: bool) -> int:
    """The year of a month (and day) given without one, seen from ``ref`` in ``tense``.

    Past tense takes the latest such date not after ``ref``, future the earliest not before it;
    the present takes the nearest one (ties: ``ref``'s own year).
    """
    if narrative:
        return ref.year
    here = month * 31 + (day if day is not None else 0)
    now = ref.month * 31 + (ref.day if day is not None else 0)
    # Within a month of the article date the date is this year's whatever the tense: a past
    # clause can report on a coming date ("the races of 18 December were cancelled"), and a
    # future cue next to a date just past is rather misread than next year's.
    slack = 31 if day is not None else 0
    if tense == "past":
        return ref.year - 1 if here > now + slack else ref.year
    if tense == "future":
        return ref.year + 1 if here < now - slack else ref.year
    year_span = 12 * 31
    best = min((-1, 0, 1), key=lambda k: (abs(here + k * year_span - now), abs(k)))
    return ref.year + best


def weekday_date(weekday: int, ref: dt.date, tense: Tense, offset: int | None) -> dt.date:
    delta = weekday - ref.isoweekday()
    if offset is not None and offset != 0:
        direction = "past" if offset < 0 else "future"
    else:
        direction = tense
    # News name today by its weekday, for what happened or is still to happen today; a weekday
    # of another week is marked by a modifier, which gives an offset.
    if delta == 0 and not offset:
        return ref
    if direction == "past":
        back = (-delta) % 7 or 7
        return ref - dt.timedelta(days=back)
    forward = delta % 7 or 7
    return ref + dt.timedelta(days=forward)


def _shift(ref: dt.date, unit: str, offset: int, tense: Tense) -> str | None:
    if unit == "Y":
        return _year(ref.year + offset)
    if unit == "M":
        return _add_months(ref, offset).strftime("%Y-%m")
    if unit == "W":
        return _week(ref + dt.timedelta(weeks=offset))
    if unit == "WE":
        shift = offset
        if offset == 0 and tense == "past" and ref.isoweekday() < 6:
            shift = -1
        return _week(ref + dt.timedelta(weeks=shift)) + "-WE"
    if unit in ("D", "NIGHT"):
        return (ref + dt.timedelta(days=offset)).isoformat()
    if unit == "Q":
        index = ref.year * 4 + (ref.month - 1) // 3 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "HALF":
        index = ref.year * 2 + (ref.month - 1) // 6 + offset
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "DE":
        return f"{ref.year // 10 + offset:03d}"
    if unit == "CE":
        return f"{ref.year // 100 + offset:02d}"
    if unit == "ML":
        return f"{ref.year // 1000 + offset}"
    return None


def _truncate(value: str, ref: Reference) -> str:
    """Do not claim more precision than the reference has (a month-precise DCT gives months)."""
    if ref.precision == "day" or not re.match(r"^\d{4}-", value):
        return value
    if ref.precision == "month":
        return value[:7] if re.match(r"^\d{4}-\d{2}-\d{2}", value) else value
    return value[:4]


def resolve(u: Underspec, ref: Reference | None, tense: Tense = "present",
            narrative: bool = False) -> tuple[str, str]:
    """(type, value) of ``u`` anchored at ``ref`` (``None``: leave the unknown parts as X)."""
    if u.ref:
        return u.type, u.ref
    if u.type == "DURATION":
        return u.type, duration(u)
    if u.type == "SET":
        return u.type, frequency(u)
    value = _date_value(u, ref, tense, narrative)
    typ = u.type
    if u.hour is not None:
        hour = u.hour + (12 if u.partofday in ("AF", "EV", "NI") and u.hour < 12 else 0)
        value = f"{value}T{hour % 24:02d}:{u.minute or 0:02d}"
        typ = "TIME"
    elif u.partofday is not None and re.match(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)$", value):
        value = f"{value}T{u.partofday}"
        typ = "TIME"
    return typ, value


def _date_value(u: Underspec, ref: Reference | None, tense: Tense, narrative: bool) -> str:
    r = ref.date if ref else None
    if u.year2 is not None and u.year is None:
        base = r.year if r else 2000
        century = base // 100 * 100
        u.year = century + u.year2 if century + u.year2 <= base + 10 else century - 100 + u.year2
    if u.decade3 is not None:
        return f"{u.decade3:03d}"
    if u.decade is not None:
        if u.year is not None:
            return f"{u.year // 100}{u.decade}"
        base = r.year if r else 2000
        century = base // 100
        if century * 100 + u.decade * 10 > base:
            century -= 1
        return f"{century}{u.decade}"
    if u.century is not None:
        return f"{u.century:02d}"
    if u.holiday is not None:
        return _holiday(u, r, tense, narrative)
    if u.unit is not None and u.offset is not None and u.year is None:
        if r is None:
            return _unknown_for(u.unit)
        if u.unit in ("Y",) and (u.month is not None or u.season is not None):
            year = r.year + u.offset
            if u.season is not None:
                return f"{year:04d}-{u.season}"
            assert u.month is not None
            if u.day is not None:
                return f"{year:04d}-{u.month:02d}-{u.day:02d}"
            return f"{year:04d}-{u.month:02d}"
        value = _shift(r, u.unit, u.offset, tense)
        if value is None:
            return "XXXX-XX-XX"
        return _truncate(value, ref) if ref else value
    if u.season is not None:
        if u.year is not None:
            return f"{_year(u.year, u.bc)}-{u.season}"
        if r is None:
            return f"XXXX-{u.season}"
        year = r.year
        start = _SEASON_START[u.season]
        if u.offset is not None and u.offset < 0:
            year = r.year if start + 3 <= r.month else r.year - 1
        elif u.offset is not None and u.offset > 0:
            year = r.year if start > r.month else r.year + 1
        elif not narrative and tense == "past" and start > r.month and \
                not (u.season == "WI" and r.month <= 3):  # January-March: this winter
            year -= 1
        return f"{year:04d}-{u.season}"
    if u.quarter is not None or u.half is not None:
        year = u.year if u.year is not None else (r.year if r else None)
        tag = f"Q{u.quarter}" if u.quarter is not None else f"H{u.half}"
        return f"{_year(year) if year is not None else 'XXXX'}-{tag}"
    if u.weekday is not None and u.day is None:
        if r is None:
            return f"XXXX-WXX-{u.weekday}"
        value = weekday_date(u.weekday, r, tense, u.offset).isoformat()
        return _truncate(value, ref) if ref else value
    if u.month is not None:
        if u.year is not None:
            year_text = _year(u.year, u.bc)
        elif r is not None and not (ref and ref.precision == "year" and not narrative):
            year_text = _year(_year_for(u.month, u.day, r, tense, narrative))
        elif r is not None:
            year_text = _year(r.year)
        else:
            year_text = "XXXX"
        if u.day is not None:
            return f"{year_text}-{u.month:02d}-{u.day:02d}"
        return f"{year_text}-{u.month:02d}"
    if u.year is not None:
        return _year(u.year, u.bc)
    if u.hour is not None or u.partofday is not None:
        if r is None:
            return "XXXX-XX-XX"
        return r.isoformat() if ref and ref.precision == "day" else "XXXX-XX-XX"
    if u.day is not None and r is not None:
        return f"{r.year:04d}-{r.month:02d}-{u.day:02d}"
    return "XXXX-XX-XX"


def _unknown_for(unit: str) -> str:
    return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE"}.get(unit, "XXXX-XX-XX")


def _holiday(u: Underspec, r: dt.date | None, tense: Tense, narrative: bool) -> str:
    assert u.holiday is not None
    year = u.year
    if year is None:
        if r is None:
            return "XXXX-XX-XX" if u.holiday.startswith("E") else f"XXXX-{u.holiday}"
        year = r.year
        if u.offset is not None and u.offset < 0:
            year -= 1
        elif u.offset is not None and u.offset > 0:
            year += 1
    day = _holiday_date(u.holiday, year)
    if u.year is None and r is not None and not narrative and u.offset is None:
        if tense == "past" and day > r:
            day = _holiday_date(u.holiday, year - 1)
        elif tense == "future" and day < r:
            day = _holiday_date(u.holiday, year + 1)
    return day.isoformat()


def _holiday_date(code: str, year: int) -> dt.date:
    if code.startswith("E"):
        return easter(year) + dt.timedelta(days=int(code[1:]))
    month, day = code.split("-")
    return dt.date(year, int(month), int(day))
