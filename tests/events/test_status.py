"""Whether a contact happened, is planned, or was called off, read from the clause."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday.",
     "happened"),
    ("William Ruto will meet Samia Suluhu Hassan in Arusha next week.", "planned"),
    ("William Ruto is expected to visit Tanzania next week.", "planned"),
    # a contact noun as the subject of "due", "expected", "set"
    ("Talks between William Ruto and Samia Suluhu Hassan are due to resume in Arusha later "
     "this month.", "planned"),
    ("Talks between William Ruto and Samia Suluhu Hassan were held in Arusha on Monday.",
     "happened"),
    ("William Ruto cancelled his visit to Tanzania.", "cancelled"),
    # a negated intent is no contact; "not hesitate" is no negation
    ("Title\nWilliam Ruto said he did not intend to call Samia Suluhu Hassan.", "cancelled"),
    ("Title\nWilliam Ruto did not hesitate to call Samia Suluhu Hassan on Monday.",
     "happened"),
])
def test_status(annotate, sentence: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = annotate(sentence, "2024-05-08")
    assert [e.status for e in result.events][:1] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # told as before the story began, however few days ago
    ("William Burns was received by Mohamed Morsi earlier this week.", True),
    ("Antony Blinken met Wang Yi earlier this month.", True),
    # the story's own day
    ("Antony Blinken met Wang Yi on Wednesday.", False),
])
def test_earlier_this_week_is_past_context(annotate, sentence: str,  # type: ignore[no-untyped-def]
                                            expected: bool) -> None:
    result = annotate("Title\n" + sentence, "2023-06-22")
    assert [e.background for e in result.events] == [expected]
