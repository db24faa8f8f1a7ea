""""During the visit he also called on the King": a contact put inside a visit told before
happened on the visit's day, or in its month when the visit lasted several days — not on
whatever day the sentence before it named."""

from __future__ import annotations

import pytest

SPAN = ("Title\nAnthony Albanese is paying an official visit to Vietnam from June 3 to 4. "
        "Talks were held between Pham Minh Chinh and Albanese in Hanoi on June 4.\n\n")
ONE_DAY = ("Title\nEmmanuel Macron visited Kyiv on Thursday. He held talks with Volodymyr "
           "Zelensky on Thursday.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    # a visit of two days: its month, not the day of the talks told just before
    (SPAN + "Within the framework of the visit, Albanese paid a courtesy call on Nguyen Phu "
     "Trong.", "2023-06"),
    (SPAN + "During the visit he also met Vo Van Thuong.", "2023-06"),
    (SPAN + "In the course of his stay, Albanese met Vo Van Thuong.", "2023-06"),
    # a visit of one day: that day
    (ONE_DAY + "During the visit, Macron also met Ruslan Stefanchuk.", "2023-06-08"),
    # a date of its own wins
    (SPAN + "During the visit, Albanese met Vo Van Thuong on June 3.", "2023-06-03"),
    # no visit named: the day of the story told before
    (SPAN + "Albanese also met Vo Van Thuong.", "2023-06-04"),
])
def test_contact_inside_a_visit(annotate, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = annotate(text, "2023-06-10")
    assert result.events[-1].date == expected, [(e.date, e.evidence.text) for e in result.events]


def test_contact_inside_a_visit_is_where_the_visit_was(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\nNarendra Modi paid a visit to Bangkok from April 3 to 4.\n\n"
                      "During the visit Modi also met Min Aung Hlaing of Myanmar.",
                      "2025-04-05")
    assert [(e.location.name if e.location else None) for e in result.events] == [
        "Bangkok", "Bangkok"], result.events


@pytest.mark.parametrize(("text", "expected"), [
    # "in the evening" is the evening of the day the paragraph told last, not the news day
    ("Title\nVladimir Putin and Narendra Modi held talks in the Kremlin on Tuesday.\n\n"
     "The visit began on July 8. Modi was met at the airport by Denis Manturov. In the "
     "evening Putin hosted Modi at his residence outside Moscow.", "2024-07-08"),
    ("Title\nVladimir Putin and Narendra Modi held talks in the Kremlin on Tuesday.\n\n"
     "The visit began on July 8. Modi was met at the airport by Denis Manturov. Later that "
     "night Putin and Modi dined together in Moscow.", "2024-07-08"),
])
def test_a_part_of_the_day_just_told(annotate, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = annotate(text, "2024-07-10")
    assert result.events[-1].date == expected, [(e.date, e.evidence.text) for e in result.events]


@pytest.mark.parametrize(("entries", "expected"), [
    # a live blog of one day: news told without a date under its clock times is that day's
    ("18:10\nObama has just left the summit hall.\n\n16:45\n", "2015-04-11"),
    # ... also when each clock time heads its entry's short title
    ("18:10 Obama leaves the hall\nObama has just left the summit hall.\n\n16:45 Arrivals\n",
     "2015-04-11"),
    # the same text with no clock times: a report, whose undated news is the month's
    ("", "2015-04"),
])
def test_undated_news_in_a_live_blog(annotate, entries: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Summit live\n{entries}Barack Obama met Ra\u00fal Castro in a side room."
    result = annotate(text, "2015-04-11")
    assert [e.date for e in result.events] == [expected], result.events
