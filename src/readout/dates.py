"""Calendar values at a precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, and ISO weeks.

Shared by the stages that compare or combine dates (events, merge, views). A value stands for
the whole interval it names: `2024-11` is every day of November 2024.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from readout.records import Precision

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def parse_iso_prefix(value: str) -> tuple[str, Precision] | None:
    """`2024-11-20T10:00Z` -> ("2024-11-20", "day"); `2024-11` -> ("2024-11", "month")."""
    match = _ISO.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return dt.date(int(year), int(month), int(day)).isoformat(), "day"
        if month:
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}", "month"
        dt.date(int(year), 1, 1)  # year 0000 is no year
    except ValueError:
        return None
    return year, "year"


def calendar_value(value: str | None) -> str | None:
    """A week as the month it lies in (or the year, when it spans two months): events are
    dated in calendar units, as precise as the text allows and never more."""
    if value is None or not _WEEK.match(value):
        return value
    span = interval(value)
    if span is None:
        return value
    first, last = span
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year}-{first.month:02d}"
    return str(first.year) if first.year == last.year else value


def precision_of(value: str) -> Precision:
    if len(value) == 10:
        return "day"
    return "month" if len(value) == 7 or "-W" in value else "year"


@lru_cache(maxsize=65536)  # merging asks for the same few thousand values again and again
def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day named by a date value, or None when it is not one."""
    week = _WEEK.match(value)
    if week:
        try:  # week 00, or 53 of a year with 52 weeks, is no week
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        except (ValueError, OverflowError):
            return None
    parsed = parse_iso_prefix(value)
    if parsed is None or parsed[0] != value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def compatible(a: str | None, b: str | None, slack_days: int = 0) -> bool:
    """Whether two date values can name the same day (unknown fits anything)."""
    if a is None or b is None:
        return True
    first, second = interval(a), interval(b)
    if first is None or second is None:
        return a == b
    slack = dt.timedelta(days=slack_days)
    return first[0] - slack <= second[1] and second[0] - slack <= first[1]


def most_precise(values: list[str]) -> str | None:
    """The narrowest of several compatible values (ties: the earliest)."""
    spans = [(interval(v), v) for v in values]
    known = [(span[1] - span[0], span[0], v) for span, v in spans if span is not None]
    return min(known)[2] if known else None
