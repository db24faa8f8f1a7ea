"""A contact at a summit the sentence names takes the summit's day (or month, for a summit of
several days), when the text gives none of its own: the calendar in time_data/summits.tsv."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day", "expected"), [
    # a two-day summit within a month: its month; "last year" agrees
    ("Narendra Modi met Shinzo Abe on the sidelines of the Osaka G20 summit last year.",
     "2020-02-01", ("2019-06", "Osaka")),
    # a one-day summit: its day
    ("Vladimir Putin and Volodymyr Zelensky met at the Normandy-format summit in Paris.",
     "2019-12-20", ("2019-12-09", "Paris")),
    # a summit after the report is not the one they were at; a date of its own wins
    ("Narendra Modi met Shinzo Abe at the G20 summit in Osaka.", "2018-01-10", None),
    ("Narendra Modi met Shinzo Abe in Osaka on June 27, on the eve of the G20 summit there.",
     "2019-07-01", ("2019-06-27", "Osaka")),
])
def test_dates_from_the_summit(annotate, text: str, day: str,  # type: ignore[no-untyped-def]
                               expected: tuple[str, str] | None) -> None:
    [event] = annotate("Title\n" + text, day).events
    found = (event.date, event.location.name if event.location else None)
    if expected is None:
        assert event.date is None or not event.date.startswith("2019")
    else:
        assert found == expected
