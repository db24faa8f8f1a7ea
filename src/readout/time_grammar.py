"""The grammar of date expressions and the rules that give one expression a calendar value.

`readout.time` is the stage's API; this module holds its two halves:

1. `scan(text)` finds expressions with a small regular grammar, one named rule per shape
   ("Feb. 20", "in May this year", "three weeks ago", "Saturday's"), longest match first.
2. `resolve_match(match, context)` turns one match into a `Moment` (a first day and a grain)
   against the context's anchor date, tense, and the dates resolved earlier in the passage.

Nothing here reads the clock: every relative expression resolves against the anchor passed in.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

Tense = Literal["past", "future", "unknown"]
Grain = Literal["day", "week", "month", "year"]

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTH_NUMBER = {**{name: i for i, name in enumerate(_MONTH_NAMES, 1)},
                 **{name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)}, "sept": 9}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
             "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}


def _alts(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that "seventeen" is not read as "seven"."""
    return "|".join(sorted(words, key=len, reverse=True))


# Month and weekday names are matched case-sensitively: "may" and "march" are verbs.
MONTH = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|"
         r"November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
WEEKDAY = rf"(?-i:{'|'.join(WEEKDAYS)})\b"
NUM = (rf"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_alts(_TENS)})(?:-(?:{_alts(_SMALL[1:10])}))?"
       rf"|{_alts(_SMALL[1:])}|a\s+(?:hundred|thousand)|an?)\b")
ORD = (rf"\b(?:\d+(?:st|nd|rd|th)|(?:{_alts(_TENS)})-(?:{_alts(_ORDINALS[1:10])})"
       rf"|{_alts(_ORDINAL_TENS)}|{_alts(_ORDINALS[1:])})\b")

_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?!\d|s\b)"
_DAY = r"(?<![\d.,])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_MON = rf"(?P<month>{MONTH})"
_WD = rf"(?:{WEEKDAY},?\s+)?"  # "Monday, March 28": the date says it all
_MOD = r"(?P<mod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s+|-)"
_CUE = r"in|since|until|till|by|from|during|through|before|after|between"
_PUNCT_NEXT = r"(?=\s*[,.;:)!?]|\s*$)"
_UNIT = r"(?P<unit>day|week|month|year)"
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}

# A span of days in one month ("from 21 to 23 March", "Nov. 25-26", "on 6 and 7 July"): the
# event is dated to its month, as precise as a single date for it can honestly be.
_DAYS = (r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till|"
         r"through)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)")

_RULE_SOURCES = (
    ("range-year", rf"(?:(?P<cue>from)\s+)?{_DAYS}\s+(?:of\s+)?{_MON},?\s+{_YEAR}"),
    ("range-year", rf"(?:(?P<cue>from)\s+)?{_MON}\s+{_DAYS},?\s+{_YEAR}"),
    ("range", rf"(?:(?P<cue>from)\s+)?{_DAYS}\s+(?:of\s+)?{_MON}"),
    ("range", rf"(?:(?P<cue>from)\s+)?{_MON}\s+{_DAYS}"),
    ("iso", rf"(?<![\w-]){_YEAR}-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-])"),
    ("date", rf"{_WD}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}"),
    ("date", rf"{_WD}{_MON}\s+{_DAY},?\s+{_YEAR}"),
    ("month-day", rf"{_WD}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}"),
    ("month-day", rf"{_WD}{_MON}\s+{_DAY}"),
    ("month-year", rf"\b(?:{_MOD})?{_MON},?\s+(?:of\s+)?{_YEAR}"),
    ("month-rel-year", rf"\b(?:{_MOD})?{_MON},?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
    ("rel-month", rf"\b(?P<rel>last|this|next|past|coming)\s+{_MON}"),
    ("month", rf"\b(?:(?P<cue>{_CUE})\s+)?(?:{_MOD})?{_MON}"),
    ("year", rf"\b(?:(?P<cue>{_CUE}|of|for|to|and|the)\s+)?(?:{_MOD})?(?<![\d$£€.,]){_YEAR}"
             r"(?!\s*(?:%|percent|per\s+cent))"),
    ("rel-unit", r"\b(?:(?P<mod>earlier|later|early|late)\s+)?(?P<rel>last|this|next|coming)\s+"
                 r"(?P<unit>year|month|week)\b"),
    ("offset", rf"(?P<count>{NUM})\s+{_UNIT}s?\s+(?P<dir>ago|earlier|later|previously|"
               rf"from\s+now|(?:before|after){_PUNCT_NEXT})"),
    ("anaphor", rf"\bthe\s+(?P<rel>same|previous|preceding|following|next)\s+{_UNIT}\b"),
    ("anaphor", rf"\bthe\s+{_UNIT}\s+(?P<rel>before|after){_PUNCT_NEXT}"),
    ("anaphor", rf"\b(?:(?P<mod>earlier|later)\s+)?(?P<rel>that)\s+{_UNIT}\b"),
    # a part of the day just told: "In the evening the President hosted ...", "that night"
    ("anaphor", r"\b(?:the\s+(?P<rel>same|previous|following|next)\s+|(?:later\s+)?(?:that|"
                r"in\s+the)\s+)(?P<unit>morning|afternoon|evening|night)\b"),
    ("deictic", r"\b(?P<deictic>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|"
                r"(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|"
                r"last\s+night|(?:earlier|later)\s+(?:in\s+the\s+day|today)|today|tonight|"
                r"this\s+(?:morning|afternoon|evening))\b"),
    # "on Friday (2)": Brazilian and Portuguese news give the day of the month in brackets
    ("weekday", rf"(?:\b(?P<rel>last|next|this|coming|past)\s+)?(?P<wday>{WEEKDAY})"
                r"(?:\s*\((?P<day>[12]\d|3[01]|0?[1-9])\))?"),
    ("day-of-month", r"(?:\b(?P<cue>on|by|until|till|since|from|before|after)\s+)?the\s+"
                     r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
                     r"(?:\s+of\s+(?P<rel>this|last|next)\s+month)?"
                     r"(?=\s*[,.;:)!?]|\s*$|\s+(?:when|at)\b)"),
)
_RULES = tuple((name, re.compile(source, re.I)) for name, source in _RULE_SOURCES)
_NOT_A_DAY_BEFORE = re.compile(r"(?-i:Good|Black|Super|Ash|Bloody|Holy|Easter|Palm|Cyber|"
                               r"Maundy|Shrove)\s+$")
_NOT_A_DAY_AFTER = re.compile(r"\s+(?-i:Times|Telegraph|Express|Mirror|Post|Herald|Mail)\b")
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won't|would|(?:is|are)\s+(?:due|set|scheduled|expected|slated|going|"
    r"planning)\s+to|plans?\s+to|(?:planned|scheduled)\s+for|upcoming|to\s+be\s+(?:held|"
    r"hosted|featured|published|released|signed|launched|opened|completed|announced|unveiled|"
    r"decided|discussed|presented))\b|'ll\b", re.I)
_PAST_CUE = re.compile(r"\b(?:[a-z]+ed|was|were|had|did|met|said|told|began|took|held|made|"
                       r"came|went|saw|gave|left|won|lost|fell|rose|sent|spoke|led|paid|"
                       r"fought|broke|became|struck|sought|brought|kept)\b")
_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|added)\b", re.I)


@dataclass(frozen=True)
class Fields:
    """What a rule captured, as numbers and keywords (None when the rule has no such part)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    wday: int | None = None
    count: int | None = None
    unit: str | None = None
    rel: str | None = None
    mod: str | None = None
    dir: str | None = None
    deictic: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class Match:
    """One expression found by `scan`: the rule, the core span (without a leading "in"/"on")."""

    rule: str
    start: int
    end: int
    text: str
    fields: Fields


@dataclass(frozen=True)
class Moment:
    """A resolved date: the first day of a period and its grain."""

    start: dt.date
    grain: Grain

    @property
    def value(self) -> str:
        """The TIMEX3 value: `2022-03-30`, `2013-W11`, `2024-05` or `2023`."""
        if self.grain == "day":
            return self.start.isoformat()
        if self.grain == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.grain == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return f"{self.start.year:04d}"

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        if self.grain == "week":
            return self.start + dt.timedelta(days=6)
        if self.grain == "month":
            return add_months(self.start, 1) - dt.timedelta(days=1)
        if self.grain == "year":
            return self.start.replace(month=12, day=31)
        return self.start


@dataclass(frozen=True)
class Context:
    """What a match is resolved against; `earlier` holds the passage's dates, latest first."""

    anchor: dt.date | None
    tense: Tense
    earlier: tuple[Moment, ...] = ()


def number_value(text: str) -> int | None:
    """ "1,000" -> 1000, "twenty-five" -> 25, "a" -> 1, "a hundred" -> 100."""
    word = " ".join(text.lower().replace(",", "").split())
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    if word.startswith("a "):
        return {"a hundred": 100, "a thousand": 1000}.get(word)
    tens, _, ones = word.partition("-")
    if tens in _TENS:
        return _TENS[tens] + (_SMALL.index(ones) if ones in _SMALL else 0)
    return _SMALL.index(word) if word in _SMALL else None


def ordinal_value(text: str) -> int | None:
    """ "18th" -> 18, "third" -> 3, "twenty-first" -> 21."""
    word = text.lower()
    if word[:1].isdigit():
        return int(word.rstrip("stndrh"))
    tens, _, ones = word.partition("-")
    if ones and tens in _TENS and ones in _ORDINALS:
        return _TENS[tens] + _ORDINALS.index(ones)
    if word in _ORDINAL_TENS:
        return _ORDINAL_TENS[word]
    return _ORDINALS.index(word) if word in _ORDINALS else None


def month_number(text: str) -> int:
    """ "Feb." -> 2, "September" -> 9, "03" -> 3."""
    if text.isdigit():
        return int(text)
    word = text.lower().rstrip(".")
    return _MONTH_NUMBER.get(word) or _MONTH_NUMBER[word[:3]]


def _fields(m: re.Match[str]) -> Fields:
    g = {k: v for k, v in m.groupdict().items() if v is not None}

    def word(key: str) -> str | None:
        return " ".join(g[key].lower().split()) if key in g else None

    return Fields(
        year=int(g["year"]) if "year" in g else None,
        month=month_number(g["month"]) if "month" in g else None,
        day=int(g["day"]) if "day" in g else None,
        wday=WEEKDAYS.index(g["wday"]) if "wday" in g else None,
        count=number_value(g["count"]) if "count" in g else None,
        unit=word("unit"), rel=word("rel"), mod=word("mod"), dir=word("dir"),
        deictic=word("deictic"), cue=word("cue"))


def _acceptable(rule: str, m: re.Match[str], text: str) -> bool:
    """Context checks a regex cannot say simply."""
    before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 12]
    if rule in ("month", "year"):  # a bare "March" or "2019" needs "in", "since", "early"...
        return bool(m.group("cue") or m.group("mod"))
    if rule == "weekday":  # "Good Friday", "the Sunday Times"
        return not (_NOT_A_DAY_BEFORE.search(before) or _NOT_A_DAY_AFTER.match(after))
    if rule == "day-of-month":  # "on the 17th"; "was the 17th." is a rank, not a day
        if m.group("cue"):
            return True
        lead = text[max(0, m.start() - 12):m.start()].rstrip()
        return lead[-1:] in (",", ";", ":", "(", "-") or (not lead and m.start() < 12)
    if rule == "rel-unit":  # "over the last year" is a duration, not a date
        return not re.search(r"\bthe\s+$", before, re.I)
    return True


def scan(text: str) -> list[Match]:
    """Every expression in `text`, longest first where candidates overlap, in text order."""
    found = [(name, m, _core_start(m, text)) for name, rule in _RULES
             for m in rule.finditer(text) if _acceptable(name, m, text)]
    # Longest core first: "since April 2017" is "April 2017", not "since April" + "2017".
    found.sort(key=lambda item: (item[2] - item[1].end(), item[2]))
    taken: list[tuple[int, int]] = []
    chosen: list[Match] = []
    for name, m, start in found:
        if any(start < end and begin < m.end() for begin, end in taken):
            continue
        taken.append((start, m.end()))
        chosen.append(Match(name, start, m.end(), text[start:m.end()], _fields(m)))
    return sorted(chosen, key=lambda match: match.start)


def _core_start(m: re.Match[str], text: str) -> int:
    """Where the expression proper starts, after a leading cue word ("in", "since")."""
    start = m.end("cue") if m.groupdict().get("cue") else m.start()
    return start + len(text[start:m.end()]) - len(text[start:m.end()].lstrip())


def local_tense(text: str, start: int, end: int | None = None) -> Tense:
    """The tense that governs the expression at `start:end`, read from its clause: "future"
    after "will"/"is due to" (unless a reporting verb follows: "will ..., he said on
    Monday"), "past" near a past verb ("seized power in August", "in May toured"), else
    "unknown"."""
    before = re.split(r"[.!?\n]\s", text[max(0, start - 90):start])[-1]
    stop = start if end is None else end
    after = re.split(r"[.!?\n]\s|[.!?]$", text[stop:stop + 60])[0]
    cues = list(_FUTURE_CUE.finditer(before))
    if cues and not _REPORTING.search(before, cues[-1].end()):
        return "future"
    if _PAST_CUE.search(before[-50:]):
        return "past"
    # the first cue after it: "On March 11, Lam is scheduled to meet" ("scheduled" is no
    # past verb there)
    past, future = _PAST_CUE.search(after), _FUTURE_CUE.search(after)
    if past and not (future and future.start() <= past.start()):
        return "past"
    return "future" if future else "unknown"


def passage_start(breaks: list[int], pos: int) -> int:
    """Where the paragraph before the one holding `pos` begins (`breaks`: where each line
    starts): anaphora look back this far."""
    before = bisect.bisect_right(breaks, pos)
    return breaks[before - 2] if before >= 2 else 0


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: dt.date, unit: str, count: int) -> dt.date:
    """`day` moved by `count` days, weeks, months or years (month ends clamp: Jan 31 + 1 month
    is Feb 28)."""
    if unit in ("day", "week"):
        return day + dt.timedelta(days=count * (7 if unit == "week" else 1))
    return add_months(day, count * (12 if unit == "year" else 1))


def _choose(target: dt.date, candidates: list[dt.date], tense: Tense) -> dt.date | None:
    """Past: the latest candidate on or before `target`; future: the earliest on or after;
    unknown: the nearest (the earlier one on a tie)."""
    if tense == "past":
        return max((c for c in candidates if c <= target), default=None)
    if tense == "future":
        return min((c for c in candidates if c >= target), default=None)
    return min(candidates, key=lambda c: (abs((c - target).days), c > target), default=None)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# -- one resolver per rule ----------------------------------------------------------------

Resolver = Callable[[Fields, Context], Moment | None]


def _absolute(f: Fields, ctx: Context) -> Moment | None:
    if f.year is None or f.month is None:
        return None
    if f.day is None:
        return Moment(dt.date(f.year, f.month, 1), "month")
    return Moment(dt.date(f.year, f.month, f.day), "day")


def _year(f: Fields, ctx: Context) -> Moment | None:
    return Moment(dt.date(f.year, 1, 1), "year") if f.year else None


def _month_day(f: Fields, ctx: Context) -> Moment | None:
    if ctx.anchor is None or f.month is None or f.day is None:
        return None
    years = range(ctx.anchor.year - 1, ctx.anchor.year + 2)
    options = [d for d in (_safe_date(y, f.month, f.day) for y in years) if d]
    day = _choose(ctx.anchor, options, ctx.tense)
    return Moment(day, "day") if day else None


def _month(f: Fields, ctx: Context) -> Moment | None:
    if ctx.anchor is None or f.month is None:
        return None
    this_month = ctx.anchor.replace(day=1)
    options = [dt.date(y, f.month, 1) for y in range(this_month.year - 1, this_month.year + 2)]
    if f.rel == "this":
        return Moment(this_month.replace(month=f.month), "month")
    tense = ctx.tense
    if f.rel:  # "last March" is strictly before this month, "next March" strictly after
        options = [d for d in options if d != this_month]
        tense = "past" if f.rel in ("last", "past") else "future"
    chosen = _choose(this_month, options, tense)
    return Moment(chosen, "month") if chosen else None


def _month_rel_year(f: Fields, ctx: Context) -> Moment | None:
    if ctx.anchor is None or f.month is None:
        return None
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(f.rel or "", 0)
    return Moment(dt.date(year, f.month, 1), "month")


def _rel_unit(f: Fields, ctx: Context) -> Moment | None:
    if ctx.anchor is None or f.unit not in ("year", "month", "week"):
        return None
    step = {"last": -1, "next": 1, "coming": 1}.get(f.rel or "", 0)
    return period(shift(ctx.anchor, f.unit, step), f.unit)


def period(day: dt.date, unit: str) -> Moment:
    """The day, week, month or year that contains `day`."""
    if unit == "year":
        return Moment(day.replace(month=1, day=1), "year")
    if unit == "month":
        return Moment(day.replace(day=1), "month")
    if unit == "week":
        return Moment(day - dt.timedelta(days=day.weekday()), "week")
    return Moment(day, "day")


_FINE_ENOUGH = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
                "year": ("day", "week", "month", "year")}


def _reference(ctx: Context, unit: str) -> dt.date | None:
    """The latest earlier date of the passage at least as precise as `unit`."""
    return next((m.start for m in ctx.earlier if m.grain in _FINE_ENOUGH[unit]), None)


def _offset(f: Fields, ctx: Context) -> Moment | None:
    if f.count is None or f.unit is None or f.count > 100_000:
        return None
    sign = -1 if f.dir in ("ago", "earlier", "previously", "before") else 1
    base = ctx.anchor if f.dir in ("ago", "from now") else _reference(ctx, f.unit)
    return period(shift(base, f.unit, sign * f.count), f.unit) if base else None


def _anaphor(f: Fields, ctx: Context) -> Moment | None:
    unit = "day" if f.unit in PARTS_OF_DAY else f.unit
    if unit is None or (f.rel == "next" and unit != "day"):  # "the next year": a span
        return None
    step = {"previous": -1, "preceding": -1, "before": -1, "following": 1, "next": 1,
            "after": 1}.get(f.rel or "", 0)
    base = _reference(ctx, unit)
    return period(shift(base, unit, step), unit) if base else None


def _deictic(f: Fields, ctx: Context) -> Moment | None:
    if ctx.anchor is None or f.deictic is None:
        return None
    words = f.deictic
    step = (-2 if "before yesterday" in words else 2 if "after tomorrow" in words
            else -1 if words.startswith(("yesterday", "last")) else
            1 if words.startswith("tomorrow") else 0)
    return Moment(ctx.anchor + dt.timedelta(days=step), "day")


def _weekday(f: Fields, ctx: Context) -> Moment | None:
    """Past (and unknown): the latest such day on or before the anchor, so "Wednesday" read on
    a Wednesday is that day; future: the earliest on or after. "last"/"next": strictly
    before/after; "this": in the anchor's Monday-to-Sunday week."""
    if ctx.anchor is None or f.wday is None:
        return None
    if f.day is not None:  # "Friday (2)": the Friday of the 2nd nearest the anchor
        anchor = ctx.anchor
        near = (anchor + dt.timedelta(days=step) for step in range(-14, 15))
        fits = sorted((d for d in near if d.day == f.day and d.weekday() == f.wday),
                      key=lambda d: abs((d - anchor).days))
        if fits:
            return Moment(fits[0], "day")
    today = ctx.anchor.weekday()
    if f.rel == "this":
        return Moment(ctx.anchor + dt.timedelta(days=f.wday - today), "day")
    if f.rel in ("last", "past"):
        return Moment(ctx.anchor - dt.timedelta(days=(today - f.wday - 1) % 7 + 1), "day")
    if f.rel in ("next", "coming"):
        return Moment(ctx.anchor + dt.timedelta(days=(f.wday - today - 1) % 7 + 1), "day")
    if ctx.tense == "future":
        return Moment(ctx.anchor + dt.timedelta(days=(f.wday - today) % 7), "day")
    return Moment(ctx.anchor - dt.timedelta(days=(today - f.wday) % 7), "day")


def _day_of_month(f: Fields, ctx: Context) -> Moment | None:
    if ctx.anchor is None or f.day is None:
        return None
    first = ctx.anchor.replace(day=1)
    if f.rel:
        month = add_months(first, {"last": -1, "next": 1}.get(f.rel, 0))
        day = _safe_date(month.year, month.month, f.day)
        return Moment(day, "day") if day else None
    months = (add_months(first, step) for step in (-1, 0, 1))
    options = [d for d in (_safe_date(m.year, m.month, f.day) for m in months) if d]
    chosen = _choose(ctx.anchor, options, ctx.tense)
    return Moment(chosen, "day") if chosen else None


_RESOLVERS: dict[str, Resolver] = {
    "iso": _absolute, "date": _absolute, "month-year": _absolute, "year": _year,
    "month-day": _month_day, "month": _month, "rel-month": _month, "range": _month,
    "range-year": _absolute,
    "month-rel-year": _month_rel_year, "rel-unit": _rel_unit, "offset": _offset,
    "anaphor": _anaphor, "deictic": _deictic, "weekday": _weekday,
    "day-of-month": _day_of_month,
}


def resolve_match(match: Match, ctx: Context) -> Moment | None:
    """The calendar value of one match, or None when the context cannot fix it."""
    try:
        return _RESOLVERS[match.rule](match.fields, ctx)
    except (ValueError, OverflowError):  # impossible dates ("30 February 2022"), year 10000
        return None


def iter_resolved(text: str, anchor: dt.date | None, tense: Tense,
                  seed: tuple[Moment, ...] = (),
                  matches: list[Match] | None = None) -> Iterator[tuple[Match, Moment]]:
    """Resolve `matches` (default: `scan(text)`) in text order; each sees the passage's
    earlier dates, then `seed`."""
    resolved: list[tuple[int, Moment]] = []
    breaks = [m.end() for m in re.finditer(r"\n\s*", text)]
    for match in scan(text) if matches is None else matches:
        local = tense if tense != "unknown" else local_tense(text, match.start, match.end)
        since = passage_start(breaks, match.start)
        earlier = tuple(m for pos, m in reversed(resolved) if pos >= since) + seed
        moment = resolve_match(match, Context(anchor, local, earlier))
        if moment is not None:
            resolved.append((match.start, moment))
            yield match, moment
