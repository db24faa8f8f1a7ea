"""Tests for the time stage: one table of expressions, find_dates in context, publication-date
inference on invented mini-articles, properties, and the seed articles' gold ranges.

All example text is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readout.time import (
    DateConstraint,
    Tense,
    find_dates,
    infer_dating,
    infer_published,
    load_known_events,
    publication_constraints,
    resolve,
)

D = dt.date
WED = D(2024, 11, 20)  # a Wednesday
THU = D(2022, 3, 31)  # a Thursday

EXPRESSIONS = [
    # absolute, and month-days placed by tense
    ("Feb. 20", D(2025, 2, 21), "unknown", "2025-02-20"),
    ("Feb. 20", None, "unknown", None),
    ("Sept. 9", D(2023, 9, 10), "past", "2023-09-09"),
    ("20 February 2025", None, "unknown", "2025-02-20"),
    ("February 20, 2025", None, "unknown", "2025-02-20"),
    ("March 30, 2022", WED, "unknown", "2022-03-30"),
    ("2022-03-30", None, "unknown", "2022-03-30"),
    ("the 9th of May 2023", None, "unknown", "2023-05-09"),
    ("on Monday, March 28, 2022", None, "unknown", "2022-03-28"),
    ("Wednesday, 30 March 2022", None, "unknown", "2022-03-30"),
    ("30 February 2022", None, "unknown", None),
    ("December 31", D(2023, 1, 2), "past", "2022-12-31"),
    ("December 31", D(2023, 1, 2), "unknown", "2022-12-31"),
    ("January 15", D(2023, 12, 10), "future", "2024-01-15"),
    ("January 15", D(2023, 12, 10), "past", "2023-01-15"),
    # months and years
    ("in July", WED, "unknown", "2024-07"),
    ("in July", D(2024, 3, 10), "future", "2024-07"),
    ("in July", D(2024, 3, 10), "past", "2023-07"),
    ("by June", WED, "future", "2025-06"),
    ("since August", WED, "past", "2024-08"),
    ("in May this year", WED, "unknown", "2024-05"),
    ("September last year", WED, "unknown", "2023-09"),
    ("last March", WED, "unknown", "2024-03"),
    ("next March", WED, "unknown", "2025-03"),
    ("in February 2022", None, "unknown", "2022-02"),
    ("late July", WED, "past", "2024-07"),
    ("mid-March", WED, "past", "2024-03"),
    ("in 2019", None, "unknown", "2019"),
    ("since 2014", None, "unknown", "2014"),
    ("early 2023", None, "unknown", "2023"),
    ("mid-2023", None, "unknown", "2023"),
    ("in late 2021", None, "unknown", "2021"),
    ("the end of 2023", None, "unknown", "2023"),
    ("in the 1990s", None, "unknown", None),
    ("last year", WED, "unknown", "2023"),
    ("this year", WED, "unknown", "2024"),
    ("next year", WED, "unknown", "2025"),
    ("earlier this year", WED, "unknown", "2024"),
    ("over the last year", WED, "unknown", None),
    # weeks, months, days relative to the anchor
    ("last week", WED, "unknown", "2024-W46"),
    ("this week", WED, "unknown", "2024-W47"),
    ("next week", WED, "unknown", "2024-W48"),
    ("last month", WED, "unknown", "2024-10"),
    ("this month", WED, "unknown", "2024-11"),
    ("next month", WED, "unknown", "2024-12"),
    ("later this month", WED, "unknown", "2024-11"),
    ("last month", D(2024, 1, 15), "unknown", "2023-12"),
    ("yesterday", WED, "unknown", "2024-11-19"),
    ("today", WED, "unknown", "2024-11-20"),
    ("tomorrow", WED, "unknown", "2024-11-21"),
    ("the day before yesterday", WED, "unknown", "2024-11-18"),
    ("last night", WED, "unknown", "2024-11-19"),
    ("1,000 days ago", WED, "unknown", "2022-02-24"),
    ("three weeks ago", WED, "unknown", "2024-W44"),
    ("two months ago", WED, "unknown", "2024-09"),
    ("a year ago", WED, "unknown", "2023"),
    ("twenty-five years ago", WED, "unknown", "1999"),
    ("ten days from now", WED, "unknown", "2024-11-30"),
    # weekdays: past by default, the anchor's own weekday is the anchor
    ("on Monday", WED, "past", "2024-11-18"),
    ("Wednesday", THU, "past", "2022-03-30"),
    ("Wednesday", WED, "unknown", "2024-11-20"),
    ("Saturday's meeting", WED, "unknown", "2024-11-16"),
    ("on Friday", THU, "past", "2022-03-25"),
    ("on Friday", THU, "future", "2022-04-01"),
    ("will meet on Friday", THU, "unknown", "2022-04-01"),
    ("next Thursday", WED, "unknown", "2024-11-21"),
    ("last Thursday", WED, "unknown", "2024-11-14"),
    ("this Friday", WED, "unknown", "2024-11-22"),
    ("Monday", None, "unknown", None),
    ("Good Friday", WED, "unknown", None),
    ("the Sunday Times", WED, "unknown", None),
    # days of the month
    ("on the 17th", WED, "past", "2024-11-17"),
    ("the 17th", WED, "future", "2024-12-17"),
    ("the 17th", WED, "unknown", "2024-11-17"),
    ("on the 17th of next month", WED, "unknown", "2024-12-17"),
    # anaphora: alone, they count from the anchor
    ("two days before", WED, "unknown", "2024-11-18"),
    ("two days later", WED, "unknown", "2024-11-22"),
    ("the following day", WED, "unknown", "2024-11-21"),
    ("the same day", WED, "unknown", "2024-11-20"),
    ("a week later", WED, "unknown", "2024-W48"),
    ("nothing to see here", WED, "unknown", None),
]


@pytest.mark.parametrize(("expression", "anchor", "tense", "expected"), EXPRESSIONS)
def test_resolve(expression: str, anchor: dt.date | None, tense: Tense, expected: str | None
                 ) -> None:
    assert resolve(expression, anchor, tense) == expected


def _values(text: str, anchor: dt.date | None = WED) -> list[tuple[str, str]]:
    return [(m.span.text, m.value) for m in find_dates(text, anchor)]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # the span leaves out "in"/"on" and a possessive, keeps "late", "mid-" and "this year"
    ("They met in May this year.", WED, [("May this year", "2024-05")]),
    # a weekday with its day of the month in brackets, the Brazilian way: that Friday,
    # though a later one is nearer the anchor
    ("Lula met Milei on Friday (8).", WED, [("Friday (8)", "2024-11-08")]),
    ("It began in 2019.", None, [("2019", "2019")]),
    ("Saturday's talks ran late.", WED, [("Saturday", "2024-11-16")]),
    ("He left in late July.", WED, [("late July", "2024-07")]),
    # "two days before" counts from the passage's last precise date, even without an anchor
    ("The ministers met on 3 March 2022.\nTwo days before, their deputies had met.", None,
     [("3 March 2022", "2022-03-03"), ("Two days before", "2022-03-01")]),
    ("They met on Feb. 20. Two days later the envoys met.", D(2025, 2, 21),
     [("Feb. 20", "2025-02-20"), ("Two days later", "2025-02-22")]),
    # a year is not precise enough to count days from; none at all: skipped
    ("They met on 3 March 2022 and in 2019 too. A day later, they spoke.", None,
     [("3 March 2022", "2022-03-03"), ("2019", "2019"), ("A day later", "2022-03-04")]),
    ("Two days later the envoys met.", WED, []),
    ("They met on 3 March 2022.\nA.\nB.\nTwo days later they spoke.", None,
     [("3 March 2022", "2022-03-03")]),
    # the clause's tense decides
    ("The ministers will meet on Friday.", THU, [("Friday", "2022-04-01")]),
    ("They will cooperate, the ministry said on Monday.", WED, [("Monday", "2024-11-18")]),
    ("Since the militia seized power in August, aid has fallen.", D(2022, 3, 30),
     [("August", "2021-08")]),
    ("In November, the leaders will meet again.", D(2024, 3, 1), [("November", "2024-11")]),
    # the first cue after the date: "scheduled" here is no past verb
    ("On March 11, To Lam is scheduled to meet the speaker.", D(2025, 3, 10),
     [("March 11", "2025-03-11")]),
    ("On March 9, To Lam arrived and was scheduled to meet the speaker.", D(2025, 3, 10),
     [("March 9", "2025-03-09")]),
    # a span of days in one month is that month, with or without its year
    ("He was on a state visit from 21 to 23 March.", D(2019, 3, 25), [("21 to 23 March",
                                                                      "2019-03")]),
    ("Leaders meet in Busan on Nov. 25-26.", D(2019, 11, 20), [("Nov. 25-26", "2019-11")]),
    ("The visit from 15 to 17 December began on Sunday.", D(2024, 12, 16),
     [("15 to 17 December", "2024-12"), ("Sunday", "2024-12-15")]),
    ("The summit was held on 6 and 7 July 2025 in Rio.", None, [("6 and 7 July 2025",
                                                                "2025-07")]),
    ("Talks ran from March 27 to 29, 2025.", None, [("March 27 to 29, 2025", "2025-03")]),
    # not dates
    ("It was the 17th. The Long March ended. May peace prevail.", WED, []),
    ("Troops rose by 2019 percent in the 2020s.", None, []),
])
def test_find_dates(text: str, anchor: dt.date | None, expected: list[tuple[str, str]]) -> None:
    assert _values(text, anchor) == expected


def test_find_dates_offsets_and_rules() -> None:
    text = "Officials met on Monday and again three weeks ago in Oslo."
    mentions = find_dates(text, WED)
    assert [(m.span.start, m.span.end, m.rule) for m in mentions] == [
        (17, 23, "weekday"), (34, 49, "offset")]
    assert all(text[m.span.start:m.span.end] == m.span.text for m in mentions)


def test_explicit_tense_overrides_the_clause() -> None:
    assert _values("They will meet on Friday.", THU) == [("Friday", "2022-04-01")]
    assert [m.value for m in find_dates("They will meet on Friday.", THU, "past")] == [
        "2022-03-25"]


_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")
_PIECES = st.sampled_from(["on Monday", " Feb. 20", " 2022-03-30", " last week", " in May",
                           " this year", " two days later", " 1,000 days ago", " the 17th,",
                           "\n", ". ", " will", " said", " 30 February 2022", " 9999 days ago",
                           " mid-", "March", " 31 ", " the day before."])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=25).map("".join)),
       st.sampled_from([None, WED, D(1, 1, 2), D(9999, 12, 30)]))
def test_find_dates_never_raises_and_spans_slice_back(text: str, anchor: dt.date | None
                                                      ) -> None:
    for mention in find_dates(text, anchor):
        assert text[mention.span.start:mention.span.end] == mention.span.text
        assert _VALUE.match(mention.value), mention.value


def test_find_dates_is_deterministic() -> None:
    text = "They met on Monday, last week and two days later, in May this year."
    assert find_dates(text, WED) == find_dates(text, WED)


# -- publication dates -----------------------------------------------------------------------

def _published(text: str, *extra: DateConstraint) -> tuple[str, str, str, str] | None:
    found = infer_published(text, extra)
    if found is None:
        return None
    assert found.source == "inferred" and found.evidence
    assert found.min is not None and found.max is not None
    return found.date, found.precision, found.min, found.max


ARTICLES = [
    # a dateline with a year is the day
    ("BERLIN, 14 March 2023: The two foreign ministers met for talks on grain exports.",
     ("2023-03-14", "day", "2023-03-14", "2023-03-14")),
    # a yearless dateline picks the day inside the range an event count gives
    ("KYIV, Nov. 20 (Wire) - Envoys gathered to mark Russia's full-scale invasion 1,000 days "
     "ago.", ("2024-11-20", "day", "2024-11-20", "2024-11-20")),
    ("OSLO, June 3 - The ministers met on Tuesday.", None),
    # a full date given as the day of the text
    ("President Jakaya Kikwete today, 24th March, 2013, held official talks with President "
     "Xi Jinping.", ("2013-03-24", "day", "2013-03-24", "2013-03-24")),
    ("The leaders held talks in March 2013 and agreed to meet again.", None),
    # a line holding only a date, and the same day in another calendar
    ("Press Release\n24 November 2013 (3 Azar 1392)\n\nThe ministers met in Geneva.",
     ("2013-11-24", "day", "2013-11-24", "2013-11-24")),
    # a visit going on over days with their year: on one of them or the day after
    ("External Affairs Minister Dr. S. Jaishankar is paying an official visit to China from "
     "11-13 August 2019 at the invitation of Wang Yi.",
     ("2019-08", "month", "2019-08-11", "2019-08-14")),
    ("Prime Minister Modi is on a state visit to Japan from October 28 to 30, 2018.",
     ("2018-10", "month", "2018-10-28", "2018-10-31")),
    # a visit to come, or one only dated, says nothing
    ("The President will pay a state visit to Kenya from 3 to 5 May 2016.", None),
    ("The summit was held in Lima from 14 to 16 November 2008.", None),
    # elapsed time since a known event
    ("The talks come as the war in Ukraine, now in its 18th month, grinds on.",
     ("2023-08", "month", "2023-07-24", "2023-08-23")),
    ("Officials recalled the Taliban takeover, which began 100 days ago.",
     ("2021-11-23", "day", "2021-11-20", "2021-11-26")),
    ("It was his first trip since Moscow's invasion more than 14 months ago.",
     ("2023-05", "month", "2023-04-24", "2023-05-24")),
    ("Diplomats marked the second anniversary of the invasion of Ukraine with a vigil.",
     ("2024-02", "month", "2024-02-17", "2024-03-02")),
    ("He flew in for the first time since the invasion of Ukraine began last month.",
     ("2022-03", "month", "2022-03-01", "2022-03-31")),
    ("After Russia's invasion last year, trade shifted. In May this year the two leaders met.",
     ("2023", "year", "2023-05-01", "2023-12-31")),
    # "the war" stands for the event the text names most; with none named it means nothing
    ("The Gaza war has displaced many. Aid to the region stalled as the war, now in its "
     "fifth month, went on.", ("2024-02", "month", "2024-02-07", "2024-03-06")),
    ("Aid stalled as the war, now in its fifth month, went on.", None),
    # stamps near the top
    ("Talks in Rome\nPublished: 20 November 2024\nThe ministers met.",
     ("2024-11-20", "day", "2024-11-20", "2024-11-20")),
    ("Talks in Rome\nTue 26 Apr 2022 18.52 BST\nThe ministers met.",
     ("2022-04-26", "day", "2022-04-26", "2022-04-26")),
    # a byline with the date among its parts; numeric stamps when the order is certain
    ("Talks in Rome\nBy our Europe correspondent | 12 July 2024\nThe ministers met.",
     ("2024-07-12", "day", "2024-07-12", "2024-07-12")),
    ("Talks in Rome\nBy Jane Doe • 3 March 2021, 14:05 GMT\nThe ministers met.",
     ("2021-03-03", "day", "2021-03-03", "2021-03-03")),
    # an agency's header of parts ended by full stops
    ("Talks in Rome\nNEW YORK. 19 September 2023, 23:15. Steppe Information Agency (SIA)\n"
     "The ministers met.", ("2023-09-19", "day", "2023-09-19", "2023-09-19")),
    ("Talks in Rome\nPublished: 17/06/2018 19:12\nThe ministers met.",
     ("2018-06-17", "day", "2018-06-17", "2018-06-17")),
    ("Talks in Rome\nPublished: 06/17/2018\nThe ministers met.",
     ("2018-06-17", "day", "2018-06-17", "2018-06-17")),
    ("Talks in Rome\nPublished: 04/05/2021\nThe ministers met.", None),  # 4 May or 5 April
    ("Talks in Rome\n31.03.2025 | Press service of the President\nThe ministers met.",
     ("2025-03-31", "day", "2025-03-31", "2025-03-31")),
    # a stamp after a clock time: "... GMT. First published on ..."
    ("Talks in Paris\nMon 9 Dec 2019 23:58 GMT. First published on Mon 9 Dec 2019 13:05 GMT\n"
     "The leaders met.", ("2019-12-09", "day", "2019-12-09", "2019-12-09")),
    # a summit the lead reports, when one fits the other cues; a dateline's day picks the year
    ("Amazon nations launch an alliance at Belem summit\nBELEM, Brazil, Aug 8 (Wire) - The "
     "leaders agreed on Tuesday to form an alliance.",
     ("2023-08-08", "day", "2023-08-08", "2023-08-08")),
    # a summit that met in the same town every year, or one put in the past: no cue
    ("Leaders in New York\nThe leaders met on the margins of the UN General Assembly in New "
     "York.", None),
    ("Talks in Osaka\nThey last met at the G20 summit in Osaka.", None),
    # dotted dates are day first wherever they are written
    ("Talks in Rome\n06.08.2021 | Politics | State News Agency\nThe ministers met.",
     ("2021-08-06", "day", "2021-08-06", "2021-08-06")),
    ("Talks in Rome\nPublished 04.05.2021\nThe ministers met.",
     ("2021-05-04", "day", "2021-05-04", "2021-05-04")),
    # a clock written the Portuguese way puts the day first
    ("Talks in Caracas\nAgencia de Noticias - 03/12/2011 - 19h40\nThe leaders met.",
     ("2011-12-03", "day", "2011-12-03", "2011-12-03")),
    # the year first, then always the month: a ministry's stamp on a line of its own
    ("Talks in Beijing\nMinistry of Foreign Affairs\n2013/04/13\n\nThe ministers met.",
     ("2013-04-13", "day", "2013-04-13", "2013-04-13")),
    ("Talks in Seoul\nPublished: 2019.06.30 14:05\nThe leaders met.",
     ("2019-06-30", "day", "2019-06-30", "2019-06-30")),
    # a dateline whose agency is written bare, not in brackets
    ("Talks in Astana\nASTANA, Oct. 27, 2015 Kyodo - The leaders agreed.",
     ("2015-10-27", "day", "2015-10-27", "2015-10-27")),
    # a line holding only a date: dotted, or with a clock time in capitals and a zone
    ("Talks in Ankara\nANKARA\n\n14.10.2018\n\nThe two leaders spoke on Sunday.",
     ("2018-10-14", "day", "2018-10-14", "2018-10-14")),
    ("Talks in Kuala Lumpur\nThursday, 19 Dec 2019 01:45 PM MYT\nBY STAFF\n\nThe summit "
     "opened.", ("2019-12-19", "day", "2019-12-19", "2019-12-19")),
    # an outlet's name, a comma, then the day
    ("Talks in Khartoum\nAhram Online , Friday 27 Jun 2014\nThe presidents met.",
     ("2014-06-27", "day", "2014-06-27", "2014-06-27")),
    # ... or as the first sentence of a longer line
    ("Blog\nLive updates, Wednesday 21 November 2012. All times are Cairo time. Newest "
     "first.\n\nThe talks went on.", ("2012-11-21", "day", "2012-11-21", "2012-11-21")),
    # a dateline with a clock time and its agency, then a full stop
    ("Talks\nWASHINGTON, 29 September 2006, 23:10 (ATA). The President is paying a visit.",
     ("2006-09-29", "day", "2006-09-29", "2006-09-29")),
    # a place, a dash, then the day: a presidency's release
    ("Talks in Harare\nSTATE HOUSE, HARARE – 1st December, 2015\nThe presidents met.",
     ("2015-12-01", "day", "2015-12-01", "2015-12-01")),
    # a byline with no year after its comma is no date
    ("Talks in Khartoum\nBy Staff, Reuters\nThe presidents met.", None),
    # a date heading a live blog's subtitle
    ("Summit live\nFriday 27 April 2018 – live updates from Panmunjom, all times KST\n\n"
     "The leaders met.", ("2018-04-27", "day", "2018-04-27", "2018-04-27")),
    # an agency's dateline with the full date and a clock time
    ("Talks in Hanoi\nHanoi (VNA) - March 28, 2025 21:40\nThe ministers met.",
     ("2025-03-28", "day", "2025-03-28", "2025-03-28")),
    ("Talks in Abu Dhabi\nAbu Dhabi (WAM) – 13 December 2021\nThe ministers met.",
     ("2021-12-13", "day", "2021-12-13", "2021-12-13")),
    # a weekday before the date and another calendar in brackets after it
    ("Talks in Rome\nWednesday, 12 March 2025 (22 Esfand 1403) | Print | Send to friend\n"
     "The ministers met.", ("2025-03-12", "day", "2025-03-12", "2025-03-12")),
    # an "Updated" stamp alone is the likely day; a "Published" one overrules it
    ("Talks in Rome\nEdited by Web Desk | Updated: Apr 04, 2025 17:12 IST\nThe ministers met.",
     ("2025-04-04", "day", "2025-04-04", "2025-04-04")),
    ("Talks in Rome\nPublished 3 March 2023 | Updated 5 March 2023\nThe ministers met.",
     ("2023-03-03", "day", "2023-03-03", "2023-03-03")),
    # an agency in brackets before the lead itself, with no dash (PTI style)
    ("Talks in Tehran\nTEHRAN, May 23, 2016 (PTI) India and Iran on Monday signed a pact.",
     ("2016-05-23", "day", "2016-05-23", "2016-05-23")),
    # header lines of many sites: an ordinal day, a clock time after a dash and a byline,
    # parts split by slashes, a dashed day-first date, a "Date" label
    ("Talks in Abu Dhabi\nABU DHABI, 13th December, 2021 (WAM) -- The ministers met.",
     ("2021-12-13", "day", "2021-12-13", "2021-12-13")),
    ("Talks in Nairobi\nNairobi, 4th May 2021\nThe presidents met today.",
     ("2021-05-04", "day", "2021-05-04", "2021-05-04")),
    ("Talks in Harare\n15 November 2017 - 19:05 | Jane Roe, Political Correspondent\n"
     "The ministers met.", ("2017-11-15", "day", "2017-11-15", "2017-11-15")),
    ("Talks in Kabul\nKabul / Information Office / 12 September 2021\nThe ministers met.",
     ("2021-09-12", "day", "2021-09-12", "2021-09-12")),
    ("Talks in Mexico\nARGENTINA | 05-11-2019 09:12\nThe presidents met.",
     ("2019-11-05", "day", "2019-11-05", "2019-11-05")),
    ("Talks in Berlin\nDate 17.11.2021\nPolitics | Europe\nThe ministers met.",
     ("2021-11-17", "day", "2021-11-17", "2021-11-17")),
    # a stated date with its weekday reports recent news: up to 60 days later
    ("The ministers met on Tuesday, March 29, 2022, in Istanbul.",
     ("2022-03", "month", "2022-03-29", "2022-05-28")),
    ("The ministers met on Monday, March 29, 2022, in Istanbul.", None),  # wrong weekday
    # too thin: a lower bound only, or no cue at all
    ("The ministers met on 3 March 2021 in Geneva.", None),
    ("The ministers met last week.", None),
    # contradictions: None, never a wrong date
    ("The war in Ukraine, now in its third year, and the COVID-19 pandemic, now in its "
     "second year, weigh on trade.", None),
    # a future date, or a weak stated date that clashes, is set aside
    ("The war in Gaza, now in its second month, goes on. The leaders will meet on 5 June 2030.",
     ("2023-11", "month", "2023-11-07", "2023-12-06")),
    ("The war in Gaza, now in its second month, goes on. A truce applies from 1 January 2031.",
     ("2023-11", "month", "2023-11-07", "2023-12-06")),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_infer_published(text: str, expected: tuple[str, str, str, str] | None) -> None:
    assert _published(text) == expected


def test_infer_published_uses_extra_and_the_news_weekday() -> None:
    given_week = DateConstraint(D(2024, 11, 17), D(2024, 11, 23), "given week")
    found = infer_published("The ministers met on Monday, officials said.", [given_week])
    assert found is not None
    assert (found.date, found.precision, found.evidence) == ("2024-11-18", "day",
                                                             ("given week",))


@pytest.mark.parametrize(("text", "expected"), [
    # 18 November was a Saturday in 2017 and 2023; the term (2017-2022) leaves 2017
    ("On Saturday 18 November, Hariri lunched with Macron.", ("2017-11-18", "2017-12-02")),
    ("Hariri lunched with Macron on Saturday, November 18.", ("2017-11-18", "2017-12-02")),
    # without the weekday, or in the future, the day says nothing of the year
    ("On 18 November, Hariri lunched with Macron.", None),
    ("On Saturday 18 November, Hariri will lunch with Macron.", None),
    # the weekday fits no year of the term: the cue is dropped, not the term
    ("On Friday 18 November, Hariri lunched with Macron.", None),
])
def test_a_day_told_with_its_weekday_picks_the_year(text: str,
                                                   expected: tuple[str, str] | None) -> None:
    term = DateConstraint(D(2017, 5, 17), D(2022, 8, 18), "term", weak=True)
    published, window = infer_dating(text, [term])
    assert (None if published is None else (published.min, published.max)) == expected
    assert (published is None) == (window == ("2017-05-17", "2022-08-18"))


def test_infer_published_rejects_clashing_or_wide_extra() -> None:
    text = "The war in Ukraine, now in its 18th month, goes on."
    assert infer_published(text, [DateConstraint(D(2025, 1, 1), None, "later")]) is None
    assert infer_published("", [DateConstraint(D(2020, 1, 1), D(2022, 1, 1), "wide")]) is None


def test_the_lead_tells_the_news_weekday() -> None:
    """A yearless dateline is settled by the weekday of the lead, not by the weekday the
    later paragraphs tell most ("talks collapsed on Monday", "sanctions on Monday")."""
    text = ("Leaders meet in Doha\nDOHA, March 18 (Wire) - Felix Tshisekedi and Paul Kagame "
            "met in Qatar on Tuesday and called for a ceasefire in eastern Congo, officials "
            "said.\nThose talks collapsed on Monday evening.\nThe EU imposed sanctions on "
            "Monday on the group's leaders.")
    tenure = DateConstraint(D(2019, 1, 24), None, "President Tshisekedi in office")
    found = infer_published(text, [tenure])
    assert found is not None and found.date == "2025-03-18"


@pytest.mark.parametrize(("lead", "expected"), [
    # the dateline Friday leaves the lead's Wednesday two days back; a Wednesday would
    # leave its Friday five days back
    ("The envoy saw the premier on Wednesday on a tour that ended on Friday.", "2010-05-07"),
    # a later weekday in the future says nothing of the dateline's
    ("The envoy saw the premier on Wednesday and will fly home on Friday.", "2008-05-07"),
    ("The envoy saw the premier on Wednesday.", "2008-05-07"),
    ("The envoy's tour ended on Friday.", "2010-05-07"),
])
def test_the_leads_weekdays_pick_the_datelines_year(lead: str, expected: str) -> None:
    text = f"Envoy's tour\nSEOUL, May 7 (Wire) - {lead} Officials gave no more details."
    tenure = DateConstraint(D(2008, 2, 25), D(2013, 2, 24), "the president in office")
    found = infer_published(text, [tenure])
    assert found is not None and found.date == expected


def test_evidence_names_the_phrases_used() -> None:
    found = infer_published("KYIV, Nov. 20 (Wire) - It is 1,000 days since Russia's full-scale "
                            "invasion.")
    assert found is not None
    assert found.evidence == ("1,000 days since Russia's full-scale invasion",
                              "KYIV, Nov. 20 (Wire) -")


@pytest.mark.parametrize(("text", "expected"), [
    ("In May this year, the two sides met.", (D(2000, 5, 1), D(2000, 12, 31), True)),
    ("The two sides will meet in October this year.", (D(2000, 1, 1), D(2000, 10, 31), True)),
    ("Updated: 5 May 2024\nThe two sides met.", (None, D(2024, 5, 5), False)),
    ("The deal expires by May 2030.", None),
])
def test_publication_constraints(text: str, expected: tuple[object, ...] | None) -> None:
    found = publication_constraints(text)
    assert [(c.min, c.max, c.yearly) for c in found][:1] == ([expected] if expected else [])


_ARTICLE_PIECES = st.sampled_from([
    "KYIV, April 31 - ", "OSLO, Feb 29 (Wire) - ", "Published: 31 April 2024\n",
    "the war in Ukraine", ", now in its 9999th year", " 49,999 years ago", ".\n",
    " almost 0 days since the pandemic",
    " In May this year", " the second anniversary of the Gaza war", " on Tuesday, March 29, 2022",
    " the invasion began last week", " the war", " more than 14 months ago", "Updated 5 May 2024",
])


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_ARTICLE_PIECES, max_size=12).map("".join)))
def test_infer_published_never_raises(text: str) -> None:
    found = infer_published(text)
    if found is not None:
        assert found.min is not None and found.max is not None
        assert found.min <= found.max
        assert found.min[:len(found.date)] <= found.date <= found.max[:len(found.date)]


def test_known_events_table() -> None:
    events = load_known_events()
    assert 10 <= len(events) <= 20
    assert len({e.key for e in events}) == len(events)
    ukraine = next(e for e in events if e.date == D(2022, 2, 24))
    assert ukraine.pattern.search("Moscow's full-scale offensive")


# -- the seed articles ------------------------------------------------------------------------

@pytest.mark.parametrize("prefix", ["000", "001", "004"])
def test_seed_published_within_gold(shared: Path, prefix: str) -> None:
    """The inferred range holds the gold day, and the date given lies in the gold range."""
    gold = {json.loads(line)["id"][:3]: json.loads(line)["published_inferred"]
            for line in (shared / "gold" / "seeds.jsonl").read_text().splitlines() if line}
    path = next((shared / "seeds").glob(f"{prefix}_*.txt"))
    found = infer_published(path.read_text(encoding="utf-8"))
    assert found is not None and found.min is not None and found.max is not None
    want = gold[prefix]
    assert found.min <= want["date"] <= found.max
    assert want["min"][:len(found.date)] <= found.date <= want["max"][:len(found.date)]



@pytest.mark.parametrize(("text", "value"), [
    ("Earlier in the day the envoy held talks with the minister.", "2022-04-26"),
    ("The two will speak again later today.", "2022-04-26"),
    ("Later in the day he flew on to Kyiv.", "2022-04-26"),
])
def test_same_day_phrases(text: str, value: str) -> None:
    [mention] = find_dates(text, dt.date(2022, 4, 26))
    assert mention.value == value
