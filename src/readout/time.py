"""The time stage: date expressions to calendar values, and a missing publication date.

Two jobs, both pure functions of the text and the dates passed in (never the clock):

1. `find_dates` / `resolve` normalise expressions ("Feb. 20", "last week", "two days before",
   "1,000 days ago") against an anchor, usually the document's date. The grammar and the
   per-rule resolvers live in `readout.time_grammar`. Conventions chosen there:
   - a bare weekday is read in the past unless a future cue ("will", "is due to") governs it;
     the anchor's own weekday means the anchor day;
   - a month or a month-day without a year: past tense -> the latest on or before the anchor,
     future -> the earliest on or after, unknown -> the nearest;
   - "two days later", "the same day", "that year" count from the latest earlier date of the
     same or previous paragraph that is precise enough; `resolve` counts from the anchor;
   - a value is never more precise than the text: "early 2023" -> `2023`, "last week" ->
     `2024-W46`, "three weeks ago" -> a week, "1,000 days ago" -> a day.
2. `publication_constraints` / `infer_published` bound a document's missing date from cues
   in its text: datelines, date stamps, stated dates, and elapsed time since the well-known
   events of `time_data/known_events.tsv` ("the war, now in its 18th month").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from readout import summits
from readout.contacts import ContactBook
from readout.records import Precision, PublishedDate, Span, TimeMention
from readout.tables import rows
from readout.time_grammar import (
    MONTH,
    NUM,
    ORD,
    WEEKDAY,
    WEEKDAYS,
    Match,
    Moment,
    Tense,
    iter_resolved,
    local_tense,
    number_value,
    ordinal_value,
    period,
    scan,
    shift,
)

__all__ = ["NAME", "DateConstraint", "KnownEvent", "Tense", "find_dates", "infer_published",
           "load_known_events", "publication_constraints", "resolve"]

NAME = "time.rules.v1"
KNOWN_EVENTS = Path(__file__).with_name("time_data") / "known_events.tsv"
_DAY = dt.timedelta(days=1)


def find_dates(text: str, anchor: dt.date | None, tense: Tense = "unknown",
               reference: dt.date | None = None) -> tuple[TimeMention, ...]:
    """Every date expression of `text` that can be normalised, with offsets into `text`.

    Without an anchor only expressions that carry a year are normalised ("in February 2022"),
    and anaphora that count from them ("two days later"); the rest are skipped. Anaphora
    with no earlier date in `text` count from `reference` (the day the story was last at).
    """
    seed = (Moment(reference, "day"),) if reference else ()
    return tuple(TimeMention(Span(match.text, match.start, match.end), moment.value, match.rule)
                 for match, moment in iter_resolved(text, anchor, tense, seed))


def resolve(expression: str, anchor: dt.date | None, tense: Tense = "unknown") -> str | None:
    """The value of the first expression in `expression`; anaphora count from the anchor."""
    seed = (Moment(anchor, "day"),) if anchor else ()
    found = iter_resolved(expression, anchor, tense, seed)
    return next((moment.value for _, moment in found), None)


# -- publication-date cues ----------------------------------------------------------------

@dataclass(frozen=True)
class DateConstraint:
    """One cue about the publication day: on or after `min`, on or before `max`.

    `point` is the day the cue itself suggests (a dateline's day; the invasion + 1,000 days).
    `yearly` cues hold in a year the text does not name: `min` and `max` then carry only a
    month and day (stored in the leap year 2000), e.g. "In May this year" in the past tense
    means published May to December of some year. `weak` cues (a date merely stated in the
    text) are dropped, not trusted, when they contradict the others. `weekday`: a yearly
    cue's day falls on it ("on Saturday 18 November"), which leaves about one year in seven.
    """

    min: dt.date | None
    max: dt.date | None
    evidence: str
    point: dt.date | None = None
    yearly: bool = False
    weak: bool = False
    weekday: int | None = None


@dataclass(frozen=True)
class KnownEvent:
    """A well-known event that articles count time from."""

    key: str
    date: dt.date
    pattern: re.Pattern[str]


@cache
def load_known_events(path: Path = KNOWN_EVENTS) -> tuple[KnownEvent, ...]:
    """The table `key<TAB>date<TAB>patterns`; patterns are case-insensitive regexes. Read
    once per process: every undated document consults it."""
    return tuple(KnownEvent(key, dt.date.fromisoformat(date),
                            re.compile(rf"(?<!\w)(?:{patterns})(?!\w)", re.I))
                 for key, date, patterns in rows(path, "key"))


# Same-length replacements, so offsets into the plain text are offsets into the original.
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                        "\u2011": "-"})


def publication_constraints(
    text: str, *, events: Sequence[KnownEvent] | None = None
) -> tuple[DateConstraint, ...]:
    """Every cue in `text` about when it was published, in the order of the kinds below."""
    plain = text.translate(_PLAIN)
    table = load_known_events() if events is None else tuple(events)
    found = scan(plain)
    return (*_header_cues(plain), *_stated_dates(plain, found), *_event_cues(plain, table),
            *_this_year_months(plain, found), *_weekday_days(plain, found),
            *_visits_under_way(plain, found))


# Words that put a summit in the past or the future of the story: "at the last G20 summit in
# Osaka", "will host the G20 summit in Johannesburg".
_SUMMIT_PAST = re.compile(r"\b(?:last|previous|ago|since|former|anniversary|had|earlier|"
                          r"before|after|will|next|upcoming|due|expected|ahead|plans?|"
                          r"scheduled|host|hosting|hosts)\b", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _summit_cue(plain: str, others: Sequence[DateConstraint]) -> tuple[DateConstraint, ...]:
    """The one summit the lead reports that fits the other cues, as a weak cue; none when
    the lead names no summit, or several that fit (the G20 meets in Osaka once, the General
    Assembly in New York every year)."""
    window = _intersect(others)
    fitting = {c.evidence: c for c in _summit_cues(plain) if window is None or (
        c.min is not None and c.max is not None and c.min <= window[1] and c.max >= window[0])}
    return tuple(fitting.values()) if len(fitting) == 1 else ()


def _contact_cue(plain: str, others: Sequence[DateConstraint], book: ContactBook,
                 weekday: int | None) -> tuple[DateConstraint, ...]:
    """The one known contact the lead reports that fits the other cues and the weekday the
    lead tells, as a weak cue (published from the day before it to three days after); none
    when the lead reports none, or several on days more than a week apart."""
    window = _intersect(others)
    header = "\n".join(_header_places(plain))
    sentences = list(_lead_sentences(plain, past=None))
    fitting = set()
    for sentence in sentences:
        contacts = book.reported_in(sentence, header)
        if not contacts:
            continue
        days, years = _days_told(sentence), set(_YEAR.findall(_SINCE.split(sentence)[0]))
        fitting |= {c for c in contacts
                    if (window is None or (c.start <= window[1] and c.end >= window[0]))
                    and (weekday is None or weekday in c.weekdays())
                    and all(_holds_yearly(y, c.start, c.end) for y in others if y.yearly)
                    and _days_fit(days, c.start, c.end) and not years - {str(c.start.year)}}
    if not fitting:
        return ()
    first, last = min(c.start for c in fitting), max(c.end for c in fitting)
    if (last - first).days > 7:  # two contacts far apart: one is another story's
        return ()
    told = "; ".join(sorted(f"{' and '.join(c.people)} ({c.start:%Y-%m-%d})" for c in fitting))
    # A one-day contact is news the next day ("met on Thursday", "yesterday"), unless the
    # lead tells it as today's.
    point = (first if any(map(_TODAY.search, sentences)) else first + dt.timedelta(days=1)) if (
        first == last) else None
    return (DateConstraint(first - dt.timedelta(days=1), last + dt.timedelta(days=3),
                           f"known contact: {told}", point=point, weak=True),)


# What follows "since" measures back from the news ("the first meeting since relations were
# broken off in 2019"): its year is not the contact's.
_SINCE = re.compile(r"\bsince\b", re.I)
_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)


_DATELINE_CUT = re.compile(r"\s+-{1,2}\s|\s[–—]\s|:\s")


def _days_told(sentence: str) -> list[tuple[int, int]]:
    """The days (month, day) a sentence gives without a year: "On August 23, ISHIBA Shigeru
    held a summit meeting with LEE Jae-myung", or its dateline's day."""
    return [(m.fields.month, m.fields.day) for m in scan(sentence)
            if m.rule == "month-day" and m.fields.month and m.fields.day]


def _days_fit(days: Sequence[tuple[int, int]], start: dt.date, end: dt.date) -> bool:
    """Whether those days fall on the contact or the days it was news, in its year."""
    for month, day in days:
        try:
            told = dt.date(start.year, month, day)
        except ValueError:
            return False
        if not start - dt.timedelta(days=1) <= told <= end + dt.timedelta(days=3):
            return False
    return True


def _holds_yearly(cue: DateConstraint, start: dt.date, end: dt.date) -> bool:
    """Whether a cue that holds in a year the text does not name ("TEHRAN, May 23",
    "August this year") allows a page on a contact on these days: published from the day
    before it to three days after, in its year."""
    if cue.min is None or cue.max is None:
        return True
    for year in {start.year, end.year}:
        try:
            first, last = cue.min.replace(year=year), cue.max.replace(year=year)
        except ValueError:  # 29 February
            continue
        if first <= end + dt.timedelta(days=3) and last >= start - dt.timedelta(days=1):
            return True
    return False


def _header_places(plain: str) -> Iterator[str]:
    """Where the page says it was filed: its short header lines ("Mexico City | Latin
    America desk") and the dateline that opens its first lines ("Berlin (AFP) -")."""
    for line in plain.splitlines()[:4]:
        line = line.strip()
        if 0 < len(line) <= 60 and not line.endswith("."):
            yield line
        elif (cut := _DATELINE_CUT.search(line)) and cut.start() <= 50:
            # "MEXICO CITY (Reuters)": the town in capitals is the town
            yield re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group(0).title(), line[:cut.start()])


def _lead_sentences(plain: str, past: re.Pattern[str] | None = _SUMMIT_PAST
                    ) -> Iterator[str]:
    """The sentences of the first lines, but those with a word of the `past` or future."""
    lines = [line for line in plain.splitlines() if line.strip()]
    head = "\n".join(lines[:4])[:1500]
    for sentence in _SENTENCE_END.split(head):
        if past is None or not past.search(sentence):
            yield sentence


# A sentence ends at a stop, but not at a title's ("Mr. ISHIBA Shigeru", "H.E. Mr. LEE").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)"
                           r"(?<!\bSt\.)(?<!\bGen\.)(?<!\bProf\.)(?<=[.!?])\s+|\n+")


def _summit_cues(plain: str) -> Iterable[DateConstraint]:
    """Summits the lead reports ("Putin and Zelensky met at the Normandy-format summit in
    Paris"): published from three days before one to two days after. None from a sentence
    that puts the summit in the past or the future, or names another year."""
    for sentence in _lead_sentences(plain):
        years = {int(y) for y in _YEAR.findall(sentence)}
        for summit in summits.named_in(sentence):
            if years - {summit.start.year}:
                continue
            yield DateConstraint(summit.start - dt.timedelta(days=3),
                                 summit.end + dt.timedelta(days=2),
                                 f"{summit.name} in {summit.towns[0]} ({summit.start:%Y-%m-%d})",
                                 point=summit.start if summit.start == summit.end else None,
                                 weak=True)


_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][\w.'/ -]{{1,40}}(?:,[ \t]*[A-Z][\w.' -]{{1,30}})?,[ \t]+"
    rf"(?P<date>(?:{MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH})"
    r"(?:,?[ \t]+\d{4})?)"
    # a clock time after the date: "WASHINGTON, 29 September 2006, 23:10 (ATA)."
    r"(?:,?[ \t]+\d{1,2}:\d{2})?"
    # the agency in brackets or bare: "(Reuters) -", "Kyodo -", or in brackets before the
    # lead itself: "(PTI) India and Iran on Monday signed", "(ATA). At the invitation"
    r"[ \t]*(?:\([^)\n]{1,40}\)(?:[ \t]*(?:[-:]|\.(?=[ \t])|$)|[ \t]+(?=[A-Z]))"
    r"|(?:[A-Z][A-Za-z]{1,20}(?:[ \t][A-Z][A-Za-z]{1,20})?[ \t]+)?(?:[-:]|$))", re.M)
_AGENCY_DATELINE = re.compile(r"^[ \t]*[A-Z][\w.' -]{1,40}?[ \t]*\([^)\n]{1,30}\)[ \t]*[-–—:|]"
                              r"[ \t]*(?P<rest>[^\n]{6,50})$", re.M)
_ISO_STAMP = re.compile(r"(?<![\d-])(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?![\d-])")
_STAMP = re.compile(r"^[ \t]*(?P<kind>(?:First\s+)?Published|Posted|(?:Last\s+)?Updated|"
                    r"Last\s+modified|Date)(?:\s+on)?\s*:?\s*(?P<rest>[^\n]{6,80})$", re.M | re.I)
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?"
_DATE_LINE = re.compile(rf"^[ \t]*(?:(?:{WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)?"
                        r"(?P<rest>[^\n]{6,40}?)[\s,|-]*"
                        r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[A-Z]{0,4}"
                        r"[+-]?\d{0,2})?[ \t]*$", re.M)


def _header_cues(plain: str) -> Iterable[DateConstraint]:
    """A dateline ("MOSCOW, March 30 (Reuters) -"), a "Published:"/"Updated:" stamp, or a
    line holding only a date, near the top: the day of publication (or a bound on it)."""
    head = "\n".join(plain.splitlines()[:12])[:1500]
    for m in _DATELINE.finditer(head):
        yield from _day_cue(m.group("date"), m.group(0).strip(), dateline=True)
    for m in _STAMP.finditer(head):
        yield from _stamp_cues(m.group("kind"), m.group("rest"), m.group(0).strip())
    for m in _AGENCY_DATELINE.finditer(head):
        # "Hanoi (VNA) - March 28, 2025 21:40": an agency's dateline with a full date
        if _whole_date(date := _bare(m.group("rest"))):
            yield from _day_cue(date, m.group(0).strip(), dateline=True)
    for m in _DATE_LINE.finditer(head):
        if _whole_date(date := _bare(m.group("rest"))) or _NUMERIC_LINE.match(date):
            # "19 Dec 2019 01:45 PM MYT", "14.10.2018", "24 November 2013 (3 Azar 1392)":
            # a line holding only a date (and the same day in another calendar)
            yield from _day_cue(date, m.group(0).strip(), dateline=False)
    for line in head.splitlines()[:6]:
        # "Friday 27 April 2018 – live updates from Panmunjom": a date heading a subtitle
        led = _DATE_LED.match(line)
        if led and _whole_date(date := _bare(led.group("date"))):
            yield from _day_cue(date, line.strip(), dateline=False)
    for line in head.splitlines()[:6]:
        # "Ahram Online , Friday 27 Jun 2014": an outlet's name, then the day, alone or as
        # the line's first sentence ("Live updates, Wednesday 21 November 2012. All times
        # are Cairo time")
        first = _AFTER_A_NUMBER.split(line, maxsplit=1)[0]
        tail = first.rsplit(",", 1)[-1]
        if "," in first and len(first.strip()) <= 80 and _YEAR.search(tail) and _whole_date(
                date := _bare(tail.strip())):
            yield from _day_cue(date, line.strip(), dateline=False)
    for line in head.splitlines()[:6]:
        pieces = _BYLINE_SEPARATOR.split(line)
        if len(pieces) > 1 and len(line.strip()) <= 100:
            # "By our Europe correspondent | 12 July 2024": a date among the byline's parts
            # ("03/12/2011 - 19h40": a clock written the French or Portuguese way puts the
            # day first)
            day_first = any(_H_CLOCK.fullmatch(piece.strip()) for piece in pieces)
            for piece in pieces:
                stamp = _STAMP.match(piece)
                if stamp:  # "Edited by Web Desk | Updated: Apr 04, 2025 17:12 IST"
                    yield from _stamp_cues(stamp.group("kind"), stamp.group("rest"),
                                           line.strip())
                elif _whole_date(date := _bare(piece)) or _numeric_day(piece,
                                                                        day_first=day_first):
                    yield from _day_cue(date, line.strip(), dateline=False, day_first=day_first)
    for line in head.splitlines()[:6]:
        # "Mon 9 Dec 2019 23:58 GMT. First published on Mon 9 Dec 2019 13:05 GMT"
        inner = _INNER_STAMP.search(line)
        if inner and len(line) <= 120 and not _STAMP.match(line):
            yield from _stamp_cues("Published", _bare(inner.group("rest").strip(" .")),
                                   line.strip())
    for line in head.splitlines():
        stamp = _ISO_STAMP.search(line)
        if stamp and len(line.strip()) <= 80 and not _STAMP.match(line):
            # "Source: Xinhua | 2023-07-10 21:48:05": a machine date in a short header line
            yield from _day_cue(stamp.group(1), line.strip(), dateline=False)


_AFTER_A_NUMBER = re.compile(r"(?<=\d)\.\s")
_NUMERIC_LINE = re.compile(r"^\s*(?:\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}([./])\d{1,2}\2\d{1,2})\s*$")
_DATE_LED = re.compile(r"^[ \t]*(?P<date>[^\n–—]{8,40}?)[ \t]+[–—-][ \t]+\S[^\n]{3,}$")


_INNER_STAMP = re.compile(r"[.;|]\s*(?:First\s+)?published(?:\s+on)?\s*:?\s*(?P<rest>[^\n]{6,60})$",
                          re.I)
# "By X | 12 July 2024", "STATE HOUSE, HARARE - 1st December, 2015" (dashes made plain),
# "NEW YORK. 19 September 2023, 23:15. Steppe Information Agency (SIA)"
_BYLINE_SEPARATOR = re.compile(r"\s[|•·/-]\s|(?<=[A-Za-z0-9])\.\s")
_WEEKDAY_FIRST = re.compile(rf"^\s*(?:{WEEKDAY}|{_WEEKDAY_ABBR}),?\s+", re.I)
_ASIDE = re.compile(r"\s*\([^)]{1,40}\)\s*$")


def _bare(piece: str) -> str:
    """"Wednesday, 12 March 2025 (22 Esfand 1403)": the date without its weekday, an aside
    in brackets (another calendar) or a clock time."""
    bare = _ASIDE.sub("", _WEEKDAY_FIRST.sub("", _NO_CLOCK.sub("", piece)))
    return bare.rstrip(" -–—,|/")  # "15 November 2017 - 19:05": the dash before the time
_NO_CLOCK = re.compile(r"[\s,]*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                       r"\s*(?:[A-Z]{2,4})?\s*$", re.I)
_NUMERIC = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")
_H_CLOCK = re.compile(r"\d{1,2}h\d{2}")  # "19h40"
# "2013/04/13", "2013.04.13": year first, then always the month (Chinese, Japanese, Korean
# and many Asian ministries' stamps)
_YEAR_FIRST = re.compile(r"^\s*(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b")


def _stamp_cues(kind: str, rest: str, evidence: str) -> Iterable[DateConstraint]:
    """A "Published" stamp gives the day. An "Updated" one bounds it from above, and is the
    likely day too (news is mostly updated on the day it appears): a weak cue, dropped
    when a "Published" stamp or another cue says otherwise."""
    rest = _NO_CLOCK.sub("", rest)
    for c in _day_cue(rest, evidence, dateline=False):
        if kind.lower().endswith(("updated", "modified")):
            yield DateConstraint(None, c.max, c.evidence)
            yield DateConstraint(c.min, c.max, c.evidence, point=c.point, weak=True)
        else:
            yield c


def _numeric_day(text: str, *, day_first: bool = False) -> dt.date | None:
    """"17/06/2018 19:12": a numeric stamp, read when the order is certain: the year first
    ("2013/04/13"), one of the first two numbers over 12, or the numbers dotted or dashed
    ("06.08.2021", "05-11-2019"), which is day first wherever it is written (month-first
    dates are written with slashes), or the caller knows the day comes first."""
    year_first = _YEAR_FIRST.match(text)
    if year_first is not None:
        try:
            return dt.date(int(year_first[1]), int(year_first[3]), int(year_first[4]))
        except ValueError:
            return None
    m = _NUMERIC.match(text)
    if m is None:
        return None
    first, dot, second, year = int(m[1]), m[2] in ".-" or day_first, int(m[3]), int(m[4])
    day, month = (first, second) if first > 12 or (dot and second <= 12) else (
        (second, first) if second > 12 else (0, 0))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_only(line: str) -> bool:
    """Whether a line holds one date and nothing else: "July 9, 2024", "Tue 9 July 2024
    14:05", "14.10.2018"."""
    found = _DATE_LINE.match(line.translate(_PLAIN).strip())
    return found is not None and (_whole_date(found.group("rest"))
                                  or _NUMERIC_LINE.match(found.group("rest")) is not None)


def _whole_date(text: str) -> bool:
    """True when `text` is one full date and nothing else."""
    found = scan(text.strip())
    return (len(found) == 1 and found[0].rule in ("date", "iso")
            and (found[0].start, found[0].end) == (0, len(text.strip())))


def _day_cue(date_text: str, evidence: str, *, dateline: bool, day_first: bool = False
             ) -> Iterable[DateConstraint]:
    numeric = _numeric_day(date_text, day_first=day_first)
    if numeric is not None:
        yield DateConstraint(numeric, numeric, evidence, point=numeric)
        return
    for match, moment in iter_resolved(date_text, None, "past"):
        if match.rule in ("iso", "date", "month-year"):
            point = moment.start if moment.grain == "day" else None
            yield DateConstraint(moment.start, moment.end, evidence, point=point)
            return
    found = scan(date_text)
    if dateline and found and found[0].rule == "month-day":  # no year: a yearly cue
        month, day = found[0].fields.month or 0, found[0].fields.day or 0
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]:
            yield DateConstraint(dt.date(2000, month, day), dt.date(2000, month, day), evidence,
                                 yearly=True)


_NOT_YET = re.compile(r"\b(?:by|until|till|through|for|before|ahead\s+of|to|scheduled\s+for|"
                      r"due\s+(?:in|on)|expires?\s+(?:in|on))\s+$", re.I)


def _stated_dates(plain: str, found: list[Match]) -> Iterable[DateConstraint]:
    """A full date in a past-tense clause ("In May 2024, the leaders vowed") is on or before
    publication. With a weekday ("met on Tuesday, March 29, 2022") it reports recent news,
    so publication is at most 60 days later. Other clauses, deadlines ("by May 2030") and
    bare date ranges say nothing."""
    for match, moment in iter_resolved(plain, None, "unknown", matches=found):
        if match.rule not in ("iso", "date", "month-year"):
            continue
        before = plain[max(0, match.start - 24):match.start]
        if _NOT_YET.search(before) or local_tense(plain, match.start, match.end) != "past":
            continue
        if _TODAY_IS.search(before):  # "today, 24th March, 2013, held talks"
            yield DateConstraint(moment.start, moment.start, match.text, point=moment.start,
                                 weak=True)
            continue
        named = re.match(WEEKDAY, match.text)  # and the weekday fits the date
        recent = named is not None and WEEKDAYS.index(named.group(0)) == moment.start.weekday()
        upper = moment.start + dt.timedelta(days=60) if recent else None
        yield DateConstraint(moment.start, upper, match.text,
                             point=moment.start if recent else None, weak=True)


def _weekday_days(plain: str, found: list[Match]) -> Iterable[DateConstraint]:
    """A day told with its weekday and no year, in the past ("On Saturday 18 November,
    Hariri lunched with Macron"), is recent news: the text is published on that day or within
    two weeks (a weekday is not worth telling for an older day), in a year where the day is
    that weekday. Weak: dropped when the other cues leave no such year, or several."""
    for match in found:
        named = re.match(WEEKDAY, match.text)
        month, day = match.fields.month, match.fields.day
        if (match.rule != "month-day" or named is None or month is None or day is None
                or not 1 <= day <= calendar.monthrange(2000, month)[1]
                or local_tense(plain, match.start, match.end) != "past"):
            continue
        told = dt.date(2000, month, day)
        yield DateConstraint(told, told + dt.timedelta(days=14), match.text, yearly=True,
                             weak=True, weekday=WEEKDAYS.index(named.group(0)))


# A visit going on as the text is written: "is paying an official visit to China from 11-13
# August 2019", "is on a state visit to Japan from October 28 to 30, 2018".
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:paying|making|undertaking|"
                        r"on\s+(?:an?|his|her|their)\b)[^.;!?\n]{0,120}$", re.I)


def _visits_under_way(plain: str, found: list[Match]) -> Iterable[DateConstraint]:
    """A visit the text tells as going on, over days it gives with their year: published
    on one of those days or the day after (official readouts of a visit, which carry no
    date line of their own)."""
    for match in found:
        year, month = match.fields.year, match.fields.month
        if match.rule != "range-year" or year is None or month is None:
            continue
        if not _UNDER_WAY.search(plain[max(0, match.start - 200):match.start]):
            continue  # (the pattern itself keeps to the sentence)
        days = [int(d) for d in re.findall(r"(?<!\d)\d{1,2}(?!\d)", match.text)]
        last = calendar.monthrange(year, month)[1]
        if len(days) < 2 or not 1 <= days[0] <= days[-1] <= last:
            continue
        yield DateConstraint(dt.date(year, month, days[0]),
                             dt.date(year, month, days[-1]) + dt.timedelta(days=1), match.text)


# A full date given as the day of the text: "today, 24th March, 2013", "today (24 March 2013)".
_TODAY_IS = re.compile(r"\btoday\s*[,(]\s*(?:the\s+)?$", re.I)


def _this_year_months(plain: str, found: list[Match]) -> Iterable[DateConstraint]:
    """ "In May this year" (past): published May to December; (future): January to May."""
    for match in found:
        f = match.fields
        if match.rule != "month-rel-year" or f.rel != "this" or f.month is None:
            continue
        last = dt.date(2000, f.month, calendar.monthrange(2000, f.month)[1])
        if local_tense(plain, match.start, match.end) == "future":
            yield DateConstraint(dt.date(2000, 1, 1), last, match.text, yearly=True)
        else:
            yield DateConstraint(dt.date(2000, f.month, 1), dt.date(2000, 12, 31), match.text,
                                 yearly=True)


# -- time elapsed since a known event -------------------------------------------------------

@dataclass(frozen=True)
class _Ref:
    start: int
    end: int
    event: KnownEvent
    specific: bool  # named by its own pattern, not "the war" standing for the main event


_UNITS = r"(?P<unit>day|week|month|year)s?"
# Cues written after the event: "the invasion 1,000 days ago", "the war, now in its third
# year", "the invasion began last month"; and before it: "1,000 days since", "second
# anniversary of", "1,000 days into".
_QUAL = (r"\b(?:(?P<qual>more\s+than|over|at\s+least|almost|nearly|just\s+under|about|around|"
         r"some|roughly)\s+)?")
_AFTER_EVENT = re.compile(
    rf"{_QUAL}(?P<count>{NUM})\s+{_UNITS}\s+ago\b"
    rf"|(?:now\s+)?(?:in|into|entering|enters|entered)\s+its\s+(?P<ord>{ORD})\s+"
    r"(?P<ounit>day|week|month|year)\b"
    r"|(?P<rel>(?:earlier\s+)?(?:last|this))\s+(?P<runit>week|month|year)\b", re.I)
_BEFORE_EVENT = re.compile(rf"{_QUAL}(?P<count>{NUM})\s+{_UNITS}\s+(?:since|into)\s+"
                           rf"|(?P<ord>{ORD})\s+anniversary\s+of\s+", re.I)
# Not "the offensive" or "the fighting": those often name a new phase, not the start.
_GENERIC = re.compile(r"\b(?:the|this|that)\s+(?:war|conflict|invasion|pandemic)\b", re.I)
_VERB = (r"(?:began|started|erupted|broke\s+out|was\s+launched|launched|took\s+place|"
         r"happened|occurred|declared|signed)")
# What may stand between an event and its cue: a place ("in Ukraine"), "which began".
_GAP_SPECIFIC = re.compile(rf"(?:\s+(?:in|on|against|of)\s+(?:[A-Z][\w'-]*\s*){{1,3}})?"
                           rf",?\s*(?:(?:which|that)\s+)?(?:{_VERB}\s+)?,?\s*")
_GAP_GENERIC = re.compile(rf",?\s*(?:(?:which|that)\s+)?(?:{_VERB}\s+)?,?\s*")
_GAP_BEFORE = re.compile(r"\s*(?:the\s+)?(?:[A-Z]\w*'s\s+)?")


def _references(plain: str, events: Sequence[KnownEvent]) -> list[_Ref]:
    """Where events are named; "the war" counts as the event the text names most, if any."""
    refs = [_Ref(m.start(), m.end(), e, True) for e in events for m in e.pattern.finditer(plain)]
    counts = Counter(ref.event.key for ref in refs).most_common(2)
    if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
        main = next(ref.event for ref in refs if ref.event.key == counts[0][0])
        refs += [_Ref(m.start(), m.end(), main, False) for m in _GENERIC.finditer(plain)]
    return refs


def _ref_before(plain: str, refs: list[_Ref], pos: int) -> _Ref | None:
    near = sorted((r for r in refs if r.end <= pos <= r.end + 60),
                  key=lambda r: (-r.end, not r.specific))
    for ref in near:
        gap = _GAP_SPECIFIC if ref.specific else _GAP_GENERIC
        if gap.fullmatch(plain, ref.end, pos):
            return ref
    return None


def _ref_after(plain: str, refs: list[_Ref], pos: int) -> _Ref | None:
    near = sorted((r for r in refs if pos <= r.start <= pos + 30),
                  key=lambda r: (r.start, not r.specific))
    return next((r for r in near if _GAP_BEFORE.fullmatch(plain, pos, r.start)), None)


def _event_cues(plain: str, events: Sequence[KnownEvent]) -> Iterable[DateConstraint]:
    refs = _references(plain, events)
    pairs = [(m, _ref_before(plain, refs, m.start())) for m in _AFTER_EVENT.finditer(plain)]
    pairs += [(m, _ref_after(plain, refs, m.end())) for m in _BEFORE_EVENT.finditer(plain)]
    for m, ref in pairs:
        if ref is None:
            continue
        evidence = plain[min(ref.start, m.start()):max(ref.end, m.end())]
        try:
            yield from _relation(m, ref.event.date, evidence)
        except (ValueError, OverflowError):  # "49,999 years ago": off the calendar
            continue


_SLACK = {"day": 3, "week": 3, "month": 15, "year": 182}  # a round count is approximate


def _relation(m: re.Match[str], event: dt.date, evidence: str) -> Iterable[DateConstraint]:
    """Turn one cue about a known event into bounds on the publication day."""
    g = m.groupdict()
    if g.get("count"):
        count = number_value(g["count"])
        if count is not None and count <= 50_000:
            yield _elapsed(event, count, g["unit"].lower(), g.get("qual"), evidence)
    elif g.get("ord"):
        nth = ordinal_value(g["ord"])
        if nth is None or not 1 <= nth <= 500:
            return
        if g.get("ounit"):  # "now in its 18th month": from 17 to 18 months after the start
            unit = g["ounit"].lower()
            yield DateConstraint(shift(event, unit, nth - 1), shift(event, unit, nth) - _DAY,
                                 evidence)
        else:  # "the second anniversary of": within a week of the day
            day, week = shift(event, "year", nth), dt.timedelta(days=7)
            yield DateConstraint(day - week, day + week, evidence, point=day)
    elif g.get("rel"):
        yield _relative_cue(g["rel"].lower(), g["runit"].lower(), event, evidence)


def _elapsed(event: dt.date, count: int, unit: str, qual: str | None,
             evidence: str) -> DateConstraint:
    """ "1,000 days ago": about event + 1,000 days; "more than 14 months ago": between 14
    and 15 months after; "almost two years since": between one and two years after."""
    center = shift(event, unit, count)
    slack = dt.timedelta(days=1 if unit == "day" and count < 30 else _SLACK[unit])
    qual = " ".join((qual or "").lower().split())
    if qual in ("more than", "over", "at least"):
        return DateConstraint(center, shift(event, unit, count + 1) + slack * (unit == "day"),
                              evidence)
    if qual in ("almost", "nearly", "just under"):
        return DateConstraint(shift(event, unit, count - 1), center, evidence)
    return DateConstraint(center - slack, center + slack, evidence, point=center)


def _relative_cue(rel: str, unit: str, event: dt.date, evidence: str) -> DateConstraint:
    """ "began last month": published in the month after the event's; "this year": in the
    event's own year, on or after the event."""
    if rel.endswith("last"):
        following = period(shift(period(event, unit).start, unit, 1), unit)
        return DateConstraint(following.start, following.end, evidence)
    return DateConstraint(event, period(event, unit).end, evidence)


# -- combining the cues ---------------------------------------------------------------------

def infer_published(text: str, extra: Sequence[DateConstraint] = (), *,
                    events: Sequence[KnownEvent] | None = None) -> PublishedDate | None:
    """The publication date that the text's cues (and `extra`) imply, or None.

    The cues are intersected. None when they contradict one another, when a side stays
    open, or when more than a year remains: no date beats a wrong one. The date given is the
    day a cue points at (a dateline, the invasion + 1,000 days) when one lies in the range;
    else, for a week or less, the day whose weekday the text reports the news on ("on
    Monday"); else the middle of the range. Precision: `day` for a single day or a pointed
    week, `month` up to 62 days, else `year`.
    """
    return infer_dating(text, extra, events=events)[0]


def infer_dating(text: str, extra: Sequence[DateConstraint] = (), *,
                 events: Sequence[KnownEvent] | None = None,
                 contacts: ContactBook | None = None
                 ) -> tuple[PublishedDate | None, tuple[str, str] | None]:
    """The publication date (`infer_published`) and, for text that cannot be dated, the first
    and last days its cues leave however far apart (None when it can be): the first day
    tells what was already past ("met in September 2019", in a text naming an officer who
    took office in 2020). One reading of the cues serves both. `contacts`: known contacts,
    one of which may date a lead that nothing else dates to the day."""
    constraints = (*publication_constraints(text, events=events), *extra)
    constraints += _summit_cue(text.translate(_PLAIN), constraints)
    weekdays = _weekdays_told(text)  # read once: each reading scans the whole text
    published = _published(constraints, weekdays)
    if contacts is not None and (published is None or published.precision != "day"):
        constraints += _contact_cue(text.translate(_PLAIN), constraints, contacts,
                                    weekdays.news)
        published = _published(constraints, weekdays)
    if published is not None:
        return published, None
    window = _intersect(constraints)
    return None, None if window is None else (window[0].isoformat(), window[1].isoformat())


def _published(constraints: Sequence[DateConstraint], weekdays: _Weekdays
               ) -> PublishedDate | None:
    bounds = _bounds(constraints, weekdays.lead)
    if bounds is None:
        return None
    lo, hi, used = bounds
    point, pointed = _best_point(lo, hi, constraints, weekdays.news)
    span = (hi - lo).days
    precision: Precision = ("day" if span == 0 or (pointed and span <= 6)
                            else "month" if span <= 62 else "year")
    value = Moment(point, precision).value
    evidence = [c.evidence for c in used] + [c.evidence for c in constraints if c.point == point]
    return PublishedDate(value, precision, "inferred", lo.isoformat(), hi.isoformat(),
                         tuple(dict.fromkeys(evidence)))


def _bounds(constraints: Sequence[DateConstraint], weekdays: Sequence[int] = ()
            ) -> tuple[dt.date, dt.date, list[DateConstraint]] | None:
    """Intersect the strong cues (None if they clash), then each weak one that fits, then cut
    to what the yearly cues allow (`weekdays`: the days of the week the lead tells the news
    on, `_Weekdays.lead`)."""
    window = _intersect(constraints)
    if window is None:
        return None
    lo, hi, used = window
    # Yearly cues go before the width check: a dateline's "March 21" picks the one year of
    # a two-year range (a president's last years in office) that holds a March 21.
    for c in (c for c in constraints if c.yearly):
        narrowed = _within_years(lo, hi, c, weekdays)
        if narrowed is None and c.weak:
            continue
        if narrowed is None:
            return None
        if narrowed != (lo, hi):
            used.append(c)
        lo, hi = narrowed
    if (hi - lo).days > 366:  # more than a year: no date beats a wrong one
        return None
    return lo, hi, used


def _intersect(constraints: Sequence[DateConstraint]
               ) -> tuple[dt.date, dt.date, list[DateConstraint]] | None:
    """The days the dated cues leave (the strong first, then each weak one that fits), with
    the cues that bound them; None on a clash or an open side."""
    lo, hi = dt.date.min, dt.date.max
    used: list[DateConstraint] = []
    for c in sorted((c for c in constraints if not c.yearly), key=lambda c: c.weak):
        new_lo, new_hi = max(lo, c.min or lo), min(hi, c.max or hi)
        if new_lo > new_hi and c.weak:
            continue
        if (new_lo, new_hi) != (lo, hi):
            used = [u for u in used if u.min == new_lo or u.max == new_hi] + [c]
        lo, hi = new_lo, new_hi
    if hi == dt.date.max and lo != dt.date.min:
        hi = max(lo, dt.date.today())  # nothing is published after the day it is read
    if lo > hi or lo == dt.date.min or hi == dt.date.max:  # a clash or an open side
        return None
    return lo, hi, used


ROUGH_SPAN = dt.timedelta(days=3 * 366)


def rough_day(window: tuple[str, str]) -> str | None:
    """The middle of a window of three years or less: too loose to date anything, close
    enough to tell who held an office ("the Uruguayan head of state" in a text that names
    presidents in office 2015-17)."""
    lo, hi = (dt.date.fromisoformat(d) for d in window)
    if hi - lo > ROUGH_SPAN:
        return None
    return (lo + (hi - lo) / 2).isoformat()


def _within_years(lo: dt.date, hi: dt.date, c: DateConstraint,
                  weekdays: Sequence[int] = ()) -> tuple[dt.date, dt.date] | None:
    """[lo, hi] cut to the days a yearly cue allows, or None when none is left.

    A dateline day ("Nov 15") in several years of the range is settled by the weekdays the
    lead reports the news on (`_dateline_year`)."""
    if c.min is None or c.max is None:
        return lo, hi
    pieces = []
    for year in range(lo.year - 1, hi.year + 1):
        start, end = _on(year, c.min), _on(year, c.max)
        if end < start:  # wraps round the new year
            end = _on(year + 1, c.max)
        if max(start, lo) <= min(end, hi) and c.weekday in (None, start.weekday()):
            pieces.append((max(start, lo), min(end, hi)))
    if len(pieces) > 1 and weekdays and c.min == c.max:
        pieces = _dateline_year([p[0] for p in pieces if p[0] == p[1]], weekdays)
    # Two or more years hold the cue's day: the year is unknown, and a hull across them
    # would be a date the text never gave.
    return pieces[0] if len(pieces) == 1 else None


def _dateline_year(days: Sequence[dt.date], weekdays: Sequence[int]
                   ) -> list[tuple[dt.date, dt.date]]:
    """The dateline days (one per year) that fall on a weekday the lead tells, and of those
    the ones that leave the lead's days closest before them: a dateline "May 7" over "met on
    Wednesday ... a visit that ended on Friday" is a Friday (two days back to Wednesday), not
    a Wednesday (five back to the Friday before). A day falls on a given weekday about one
    year in seven, so within a term of office this usually names one year."""
    told = [d for d in days if d.weekday() in weekdays]
    if not told:
        return []
    reach = {d: max((d.weekday() - w) % 7 for w in weekdays) for d in told}
    nearest = min(reach.values())
    return [(d, d) for d in told if reach[d] == nearest]


def _on(year: int, month_day: dt.date) -> dt.date:
    last = calendar.monthrange(year, month_day.month)[1]
    return dt.date(year, month_day.month, min(month_day.day, last))


def _best_point(lo: dt.date, hi: dt.date, constraints: Sequence[DateConstraint],
                weekday: int | None) -> tuple[dt.date, bool]:
    """The day a cue points at (the narrowest such cue wins), else the news weekday in a
    week-long range, else the middle; and whether the day was pointed at."""
    pointed = [((c.max or dt.date.max) - (c.min or dt.date.min), c.point) for c in constraints
               if c.point is not None and lo <= c.point <= hi]
    if pointed:
        return min(pointed)[1], True
    if (hi - lo).days <= 6:
        days = (lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1))
        match = next((d for d in days if d.weekday() == weekday), None)
        if match is not None:
            return match, True
    return lo + dt.timedelta(days=(hi - lo).days // 2), False


def _lead_end(text: str) -> int:
    """Where the lead ends: the first paragraph of the body (after the headline line) that
    is a sentence rather than a byline or a stamp."""
    offset = 0
    for number, line in enumerate(text.split("\n")):
        end = offset + len(line)
        if number > 0 and len(line.split()) >= 12:
            return end
        offset = end + 1
    return 0


@dataclass(frozen=True)
class _Weekdays:
    """The weekdays a text tells in the past. `lead`: the lead's, in order (the first, and
    later ones a past verb governs), else the news weekday alone; `news`: the weekday the
    lead tells first, else the one the text tells most often (on a tie, the first told)."""

    lead: tuple[int, ...]
    news: int | None


def _weekdays_told(text: str) -> _Weekdays:
    end = _lead_end(text)
    found = [(m.fields.wday, m) for m in scan(text) if m.rule == "weekday" and not m.fields.rel
             and m.fields.wday is not None and local_tense(text, m.start, m.end) != "future"]
    lead = [(day, m) for day, m in found if m.start < end]
    if lead:  # the lead reports the news itself: "met in Qatar on Tuesday"
        told = [lead[0][0]] + [day for day, m in lead[1:]
                               if local_tense(text, m.start, m.end) == "past"]
        return _Weekdays(tuple(dict.fromkeys(told)), told[0])
    days = [day for day, _ in found]
    counts = Counter(days).most_common()
    if not counts:
        return _Weekdays((), None)
    best = [day for day, n in counts if n == counts[0][1]]
    news = next(day for day in days if day in best)
    return _Weekdays((news,), news)
