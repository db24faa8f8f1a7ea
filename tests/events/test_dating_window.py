"""Dates in a text whose own day is only known to lie in a range: what both ends agree on,
and a day without a year that the range already holds."""

from __future__ import annotations

import pytest

from readout.events.context import Context
from readout.events.dating import dates_in


@pytest.mark.parametrize(("sentence", "expected"), [
    # a day the range holds is that day, though read from its first day it would be a year
    # earlier
    ("Antony Blinken sat down with Yang Jiechi in Anchorage on 18 March.", ["2021-03-18"]),
    # a weekday is a guess within a week-long range: only the month both ends agree on
    ("Antony Blinken met Yang Jiechi in Anchorage on Thursday.", ["2021-03"]),
    # a day before the range: both ends agree on it
    ("They last met on 2 March.", ["2021-03-02"]),
])
def test_dates_in_a_range(annotator, sentence: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    context = Context(annotator.kb, "2021-03-22", precision="month", earliest="2021-03-17")
    sent = next(iter(annotator.nlp(sentence).sents))
    assert [m.value for m in dates_in(sent, context, "past")] == expected
