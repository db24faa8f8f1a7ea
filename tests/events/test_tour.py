"""A round of contacts told in one clause: one contact per person met, each at its own place
and on its own day."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Antony Blinken met Benjamin Netanyahu in Tel Aviv on January 9, Mahmoud Abbas in "
     "Ramallah the next day and Abdel Fattah el-Sisi in Cairo on January 11.",
     [("Benjamin Netanyahu", "2024-01-09", "Tel Aviv"),
      ("Mahmoud Abbas", "2024-01-10", "Ramallah"),
      ("Abdel Fattah el-Sisi", "2024-01-11", "Cairo")]),
    ("Antony Blinken met Benjamin Netanyahu in Tel Aviv, Mahmoud Abbas in Ramallah and "
     "Abdel Fattah el-Sisi in Cairo.",
     [("Benjamin Netanyahu", "2024-01", "Tel Aviv"), ("Mahmoud Abbas", "2024-01", "Ramallah"),
      ("Abdel Fattah el-Sisi", "2024-01", "Cairo")]),
    # one place and day for both: they may have met together, one meeting
    ("Antony Blinken met Benjamin Netanyahu and Mahmoud Abbas in Jerusalem on January 9.",
     [("Benjamin Netanyahu+Mahmoud Abbas", "2024-01-09", "Jerusalem")]),
])
def test_a_round_is_a_contact_per_stop(annotate, sentence: str,  # type: ignore[no-untyped-def]
                                       expected: list[tuple[str, str, str]]) -> None:
    result = annotate(sentence, "2024-01-30")
    found = [("+".join(a.name for a in e.participants if a.name != "Antony Blinken"), e.date,
              e.location.name if e.location else None) for e in result.events]
    assert found == expected


def test_each_stop_is_news_or_past_by_its_own_day(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Antony Blinken met Benjamin Netanyahu in Tel Aviv on January 9 and "
                      "Mahmoud Abbas in Ramallah on Monday.", "2024-01-30")
    found = [(e.participants[-1].name, e.date, e.background) for e in result.events]
    assert found == [("Benjamin Netanyahu", "2024-01-09", True),
                     ("Mahmoud Abbas", "2024-01-29", False)]
