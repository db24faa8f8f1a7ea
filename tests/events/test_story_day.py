"""The day a story has moved on to: a later day told by a sentence with no contact dates
the contacts told after it without a day of their own; an earlier day is a look back."""

from __future__ import annotations

import pytest

ARRIVAL = ("Title\nNarendra Modi arrived in Port of Spain on Thursday and was welcomed at the "
           "airport by Prime Minister Kamla Persad-Bissessar.\n\n")


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # the story moves on to Friday; the President receives Modi then
    ("Yesterday morning he addressed a joint sitting of Parliament.\n\nHe later drove to "
     "President's House, where President Christine Kangaloo held a brief meeting with him.",
     "2025-07-04"),
    # a day only a speaker names is not the story's
    ('"Today I bring the same message back," Modi told legislators.\n\nHe later drove to '
     "President's House, where President Christine Kangaloo held a brief meeting with him.",
     "2025-07-03"),
])
def test_a_later_day_told_dates_what_follows(annotate, paragraphs: str,  # type: ignore[no-untyped-def]
                                             expected: str) -> None:
    result = annotate(ARRIVAL + paragraphs, "2025-07-05")
    [meeting] = [e for e in result.events
                 if "Christine Kangaloo" in {a.name for a in e.participants}]
    assert meeting.date == expected


def test_an_earlier_day_told_is_a_look_back(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\nNarendra Modi held talks with James Marape in Port Moresby on "
                      "Monday. Marape had greeted Modi at the airport on Sunday evening, a "
                      "gesture that went viral.\n\nOn the sidelines, Modi held separate talks "
                      "with New Zealand Prime Minister Chris Hipkins.", "2023-05-22")
    [talks] = [e for e in result.events if "Chris Hipkins" in {a.name for a in e.participants}]
    assert talks.date == "2023-05-22"
