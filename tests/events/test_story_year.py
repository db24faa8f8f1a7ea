""""That year", "the same year": the rest of the paragraph is in the year the text named last,
so its days and months without a year are not counted back from the publication day."""

from __future__ import annotations

import pytest

LEAD = "Title\nThe two Koreas restored their hotline on Tuesday, recalling the detente of 2018.\n\n"


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # the paragraph that says "That year" and its later sentences
    ("That year Moon Jae-in and Kim Jong Un held their first summit at Panmunjom on April 27. "
     "Moon Jae-in met Kim Jong Un again on May 26.", ["2018-04-27", "2018-05-26"]),
    ("Later the same year Moon Jae-in visited Kim Jong Un in Pyongyang in September.",
     ["2018-09"]),
    # without the words, or in the next paragraph, the day counts back from the report
    ("Moon Jae-in and Kim Jong Un held a summit at Panmunjom on April 27.", ["2021-04-27"]),
    ("That year was a hopeful one.\n\nMoon Jae-in met Kim Jong Un at Panmunjom on April 27.",
     ["2021-04-27"]),
])
def test_that_year(annotate, paragraphs: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = annotate(LEAD + paragraphs, "2021-07-27")
    assert [e.date for e in result.events] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a date set right after another that it narrows down gives the day
    ("Moon Jae-in had already met Kim Jong Un earlier this month, on 6 July.", ["2021-07-06"]),
    # ... but not a date of something else later in the sentence
    ("Moon Jae-in met Kim Jong Un earlier this month, days before the rains of 6 July.",
     ["2021-07"]),
])
def test_a_date_narrowed_down(annotate, sentence: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\n" + sentence, "2021-07-27")
    assert [e.date for e in result.events] == expected



@pytest.mark.parametrize(("text", "published", "expected"), [
    # a noun trigger's own phrase dates it, though another date is nearer
    ("Narendra Modi and Sheikh Hasina held talks in New Delhi on Tuesday.\n\nThe two leaders "
     "recalled their virtual summit of 17 December 2020 and the visit of Prime Minister Modi "
     "to Dhaka in March 2021.", "2022-09-06", ["2022-09-06", "2020-12-17", "2021-03"]),
    # a date in a verb joined by "and" dates that verb only
    ("Mustafa al-Kadhimi hosted the summit on Saturday.\n\nHe travelled to Tehran in July "
     "last year, where he met President Hassan Rouhani, and was received by Crown Prince "
     "Mohammed bin Salman in Riyadh at the end of March.", "2021-08-29",
     ["2020-07", "2021-03"]),
    # ... but not a date it is counted from
    ("Barack Obama spoke by telephone with Hassan Rouhani on Friday, the first direct "
     "conversation between the leaders of the two countries since the 1979 Islamic "
     "revolution.", "2013-09-27", ["2013-09-27"]),
    # ... nor a date in a phrase after "since" ("since taking office in February")
    ("Lula opened the summit in Costa do Sauipe on Tuesday.\n\nAmong the heads of state at "
     "the opening session on Tuesday were Cuban President Raúl Castro, on his first trip "
     "abroad since taking office in February, Venezuelan President Hugo Chávez and Chilean "
     "President Michelle Bachelet.", "2008-12-17", ["2008-12-16"]),
    # a sentence that tells no contact and names a month sets the time of the contact told
    # right after it without a date of its own
    ("Kim Jong-il met Dmitry Medvedev in Ulan-Ude on Wednesday.\n\nDiplomatic activity on the "
     "nuclear issue picked up last month. South Korea's envoy Wi Sung-lac and his North Korean "
     "counterpart Ri Yong-ho met in Bali.", "2011-08-24", ["2011-08-24", "2011-07"]),
])
def test_a_date_in_the_triggers_own_phrase(annotate, text: str, published: str,  # type: ignore[no-untyped-def]
                                           expected: list[str]) -> None:
    result = annotate("Title\n" + text, published)
    assert [e.date for e in result.events] == expected
