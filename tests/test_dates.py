import datetime as dt

import pytest

from readout import dates


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-11-20T10:00:00Z", ("2024-11-20", "day")),
    ("2024-11", ("2024-11", "month")),
    ("2024", ("2024", "year")),
    ("2024-02-30", None),
    ("Nov 2024", None),
])
def test_parse_iso_prefix(value: str, expected: tuple[str, str] | None) -> None:
    assert dates.parse_iso_prefix(value) == expected


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2024-11-20", dt.date(2024, 11, 20), dt.date(2024, 11, 20)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    ("2024-W47", dt.date(2024, 11, 18), dt.date(2024, 11, 24)),
])
def test_interval(value: str, first: dt.date, last: dt.date) -> None:
    assert dates.interval(value) == (first, last)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("2024-11", "2024-11-18", True),
    ("2024-11-18", "2024-11-25", False),
    ("2024", "2024-05-01", True),
    (None, "2024-05-01", True),
    ("2022-02", "2024-11", False),
    ("2024-W47", "2024-11-20", True),
])
def test_compatible(a: str | None, b: str | None, expected: bool) -> None:
    assert dates.compatible(a, b) is expected


def test_most_precise_prefers_the_narrowest() -> None:
    assert dates.most_precise(["2024", "2024-11", "2024-11-18"]) == "2024-11-18"
    assert dates.most_precise([]) is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-W10", "2024-03"),  # 4-10 March: one month
    ("2024-W09", "2024"),  # 26 February - 3 March: two months of one year
    ("2025-W01", "2025-W01"),  # 30 December 2024 - 5 January 2025: kept as a week
    ("2024-03-11", "2024-03-11"),
    (None, None),
])
def test_calendar_value(value: str | None, expected: str | None) -> None:
    assert dates.calendar_value(value) == expected
