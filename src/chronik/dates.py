"""Calendar dates as chronik keeps them: an ISO string at its precision (day, month or year)."""

from __future__ import annotations

import re
from datetime import date, datetime

from chronik.model import DatePrecision

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(value: str | date | None) -> tuple[str, DatePrecision] | None:
    """``"2018-06"`` → ``("2018-06", "month")``; ``"1.6.2018"`` → ``("2018-06-01", "day")``.

    Returns None for None/empty input; raises ValueError for a string that is no valid date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat(), "day"
    text = value.strip()
    if not text:
        return None
    if match := _DAY_FIRST.match(text):
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day).isoformat(), "day"
    if match := _ISO.match(text):
        year, month, day = match.groups()
        if day:
            return date(int(year), int(month), int(day)).isoformat(), "day"
        if month:
            if not 1 <= int(month) <= 12:
                raise ValueError(f"month {month} out of range in date {value!r}")
            return f"{int(year):04d}-{int(month):02d}", "month"
        return f"{int(year):04d}", "year"
    raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM, YYYY-MM-DD or D.M.YYYY)")


def within(day_iso: str, coarse_iso: str) -> bool:
    """True when a day lies inside a coarser date: ``within("2018-06-01", "2018-06")``."""
    return day_iso.startswith(coarse_iso)
