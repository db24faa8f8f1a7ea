"""When a contact happened: the date of the trigger's clause, else of its sentence, else
carried from the story told before it, as precise as the text allows; and whether that makes
it past context or a plan.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from readout import dates, summits, time
from readout.events import arguments, status, triggers
from readout.events.context import Context
from readout.quotes.marks import find_quoted
from readout.records import EventMention
from readout.time_grammar import MONTH, scan, shift

# Rules of the time stage whose value depends on the anchor day itself.
ANCHOR_RULES = {"weekday", "deictic", "rel-unit", "day-of-month", "rel-month"}
# Rules that give a month (and maybe a day) but no year: the year comes from the anchor.
YEARLESS = {"month-day", "month", "range"}


def with_reference_day(context: Context, found: list[EventMention], lead_day: str | None,
                       day_since: str | None = None) -> Context:
    """News told without a date happened on the day of the news told just before it (else
    the day the lead reports), when that day lies in the month of the report: "Xi met Putin
    on Monday. ... Later in the afternoon he received Lukashenko." A later day told since
    the last contact, by a sentence of the story that tells none, is the day it moved on to:
    "Yesterday morning he addressed Parliament. He later drove to President's House, where
    ... the two held a brief meeting." """
    told = [m.date for m in found if m.date and len(m.date) == 10]
    last = told[-1] if told else lead_day or ""
    if day_since is not None and day_since <= last:
        # "Marape had greeted Modi at the airport on Sunday evening": an earlier day is a
        # look back, not the story moving on
        day_since = None
    told += [day_since] if day_since else []
    visits = [m for m in found if m.trigger.lower().startswith(VISITS)
              and m.status == "happened" and not m.background]
    context = replace(context, narrative_day=told[-1] if told else lead_day, visit=(
        visits[-1].date, visits[-1].location) if visits else (None, None))
    default = context.default_date
    days = [m.date for m in found if m.date and len(m.date) == 10 and not m.background
            and m.status == "happened"] or ([lead_day] if lead_day else [])
    days += [day_since] if day_since else []
    # (a live blog's day, `pipeline._news_date`, gives way too: its entries tell other days)
    if default is None or not days or not days[-1].startswith(default[:7]):
        return context
    return replace(context, default_date=days[-1])


# Words without which a sentence tells no day: a cheap look before its dates are read.
_DAY_WORDS = re.compile(r"\d|day\b|yesterday|tomorrow|tonight", re.IGNORECASE)


def day_told(sent: Any, context: Context) -> str | None:
    """The one day of the report's week a sentence tells ("Yesterday morning, he became
    the first Indian prime minister to speak from the Red House"), not an old day of past
    context nor a day still to come."""
    if context.published is None or not _DAY_WORDS.search(sent.text):
        return None
    near = [m for m in dates_in(sent, context, "past") if len(m.value) == 10
            and not is_old(m.value, context.published)
            and not after_publication(m.value, context.published)]
    if not near:
        return None  # most sentences: no need to pair the paragraph's quote marks
    # "'Today I bring the same message back,' Modi told legislators": a speaker's day
    quoted = [(q.start - sent.start_char, q.end - sent.start_char)
              for q in find_quoted(sent.doc.text)]
    days = {m.value for m in near
            if not any(start <= m.span.start < end for start, end in quoted)}
    return days.pop() if len(days) == 1 else None


def news_day(lead: Any, context: Context) -> str | None:
    """The day a wire lead reports ("agreed on Monday to ..."): its one date of the week
    before the report, when the report's day is known exactly."""
    if context.published is None or context.precision != "day" or (
            context.earliest not in {None, context.published}):
        return None
    published = dt.date.fromisoformat(context.published)
    days = {m.value for m in dates_in(lead, context, "past") if len(m.value) == 10
            and 0 <= (published - dt.date.fromisoformat(m.value)).days <= 7}
    return days.pop() if len(days) == 1 else None


def event_date(token: Any, sent: Any, context: Context, tense: status.Tense
          ) -> tuple[str | None, str | None]:
    """The date in the trigger's own clause, else elsewhere in the sentence (not in a
    "since ..." clause, which dates something else), else carried over from the sentence
    before when this one points back to it ("This announcement came during ...").

    Returns the value, as precise as the anchor allows, and the expression it came from."""
    found = dates_in(sent, context, tense)
    dated_by = [m for m in found if _governs(m, token, sent)]  # "April 2017, when he met"
    found = dated_by or [m for m in found if not _in_reference_clause(m, sent, token)]
    own = [m for m in found if _in_clause(m, token, sent)]
    other = [m for m in found if not _in_other_clause(m, token, sent)]
    if not own and status.measure_after(token) is not None:
        return _measured_back(token, [m for m in found if not _in_clause(m, token, sent)],
                              context)
    candidates = own or other
    if not candidates and _points_back(sent):
        candidates = [m for m in dates_in(_previous(sent), context, tense)
                      if m.rule in ABSOLUTE_RULES] if _previous(sent) is not None else []
    if not candidates:
        candidates = _time_set_before(sent, context, tense)
    if not candidates and before_or_after(token):
        # "broke off contacts in August 2022 after Pelosi visited Taiwan": the date of the
        # event the clause leads to is a near reference point, good to the month.
        near = [m for m in found if m.rule in ABSOLUTE_RULES]
        if near:
            position = token.idx - sent.start_char
            nearest = min(near, key=lambda m: abs(m.span.start - position))
            return nearest.value[:7], nearest.span.text
    if not candidates:
        return None, None
    candidates = _in_phrase(candidates, token, sent) or candidates
    position = token.idx - sent.start_char
    nearest = _refined(min(candidates, key=lambda m: abs(m.span.start - position)), candidates,
                       sent.text)
    return nearest.value, nearest.span.text


# What joins a second day or month to the first: "on 26 January and on 13 April".
_JOINED = re.compile(r",?\s+and\s+(?:again\s+|later\s+)?(?:on\s+|in\s+)?")
# ... before a day or a month: a cheap look at the sentence before its dates are read again
_JOINED_DATE = re.compile(_JOINED.pattern + rf"(?:\d|{MONTH})")


def joined_dates(token: Any, sent: Any, context: Context, tense: status.Tense) -> list[str]:
    """"The Presidents spoke by telephone on 26 January and on 13 April": the further dates
    joined by "and" to the one that dates the trigger, each a contact of its own (dates as
    precise as the first; "between 26 and 28 May" is one range, read as such already)."""
    if not _JOINED_DATE.search(sent.text):
        return []
    date, expression = event_date(token, sent, context, tense)
    if date is None:
        return []
    found = sorted(dates_in(sent, context, tense), key=lambda m: m.span.start)
    chosen = next((m for m in found if m.value == date and m.span.text == expression), None)
    if chosen is None:
        return []
    out: list[str] = []
    end = chosen.span.end
    for mention in (m for m in found if m.span.start >= end):
        if not _JOINED.fullmatch(sent.text[end:mention.span.start]) or (
                len(mention.value) != len(date)) or mention.value in [date, *out] or (
                not _in_clause(mention, token, sent)):  # "in July, and in June they sat"
            break
        out.append(mention.value)
        end = mention.span.end
    return out


_REFERENCE_WORDS = {"since", "until", "before", "after"}


def _in_phrase(candidates: list[Any], token: Any, sent: Any) -> list[Any]:
    """The dates inside a noun trigger's own phrase: "recalled their Virtual Summit of 17
    December 2020 and the visit of Prime Minister Modi to Dhaka in March 2021" dates the
    visit to March 2021, though December 2020 is nearer (and the summit's date is not the
    date of the visit joined to it, nor "the first conversation since the 1979 revolution"
    the conversation's)."""
    if not token.tag_.startswith("NN"):
        return []
    inside = []
    for mention in candidates:
        span = sent.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        node = None if span is None else span.root
        while node is not None and node.i != token.i and node.dep_ != "conj" and (
                node.lower_ not in _REFERENCE_WORDS):
            node = node.head if node.head.i != node.i else None
        if node is not None and node.i == token.i:
            inside.append(mention)
    return inside


def _refined(date: Any, candidates: list[Any], text: str) -> Any:
    """"earlier this month, on 18 May", "earlier this year, in March": a date set right after
    another that it narrows down is the more precise one."""
    for other in candidates:
        between = text[date.span.end:other.span.start]
        if (other.value.startswith(date.value) and len(other.value) > len(date.value)
                and len(between) <= 5 and between.strip(" ,") in {"", "on", "in"}):
            return other
    return date


# Words that tell of a stay of a few days abroad, and the prepositions that put a contact
# somewhere inside it: "During the visit he also called on the King".
VISITS = ("visit", "trip", "tour", "stay")
_WITHIN = {"during", "within", "in", "on"}


def during_the_visit(token: Any) -> bool:
    """Whether the trigger's clause is put inside the visit told before ("During the
    visit", "Within the framework of the visit", "in the course of his stay"): it happened
    on the visit's day, or in its month when the visit lasted days."""
    for head in {token, arguments.clause_head(token)}:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _WITHIN):
            for noun in prep.subtree:
                if noun.lower_.startswith(VISITS) and noun.tag_.startswith("NN") and any(
                        d.dep_ in {"det", "poss"} and d.lower_ in _DEFINITE
                        for d in noun.children):
                    return True
    return False


_DEFINITE = {"the", "this", "his", "her", "their", "its", "that"}


def _measured_back(token: Any, main: list[Any], context: Context
                   ) -> tuple[str | None, str | None]:
    """"The gesture came two weeks after Kishida travelled to Seoul": the news day (of the
    main clause, else the day of the news) less the measure, as precise as the measure."""
    measure = status.measure_after(token)
    exact = context.published if context.precision == "day" and context.earliest in {
        None, context.published} else None
    days = [m.value for m in main if len(m.value) == 10] or [
        d for d in (context.default_date, exact) if d and len(d) == 10]
    if measure is None or not days:
        return None, None
    count, unit = measure
    day = shift(dt.date.fromisoformat(days[0]), unit, -count)
    value = day.isoformat() if unit in {"day", "week"} else day.isoformat()[:7 if unit == "month"
                                                                              else 4]
    return value, f"{count} {unit} before"


def before_or_after(token: Any) -> bool:
    """Whether the trigger's clause is an "after ..." or "before ..." clause."""
    head = arguments.clause_head(token)
    return any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in head.children)


def relative_past(text: str | None) -> bool:
    """"last week", "last month", "three weeks ago", "earlier this week": past context,
    whatever the exact day."""
    if text is None:
        return False
    lowered = text.lower()
    return lowered.startswith(("last week", "last month", "last year", "earlier this")) or (
        lowered.endswith(" ago") and not lowered.split()[-2].startswith(("day", "hour")))


ABSOLUTE_RULES = {"iso", "date", "month-year", "range-year", "year"}


BACK_POINTERS = {"this", "that", "these", "those", "then", "it"}


# "That year began with ...", "later the same year": the rest of the paragraph is in the
# year the text named last.
THAT_YEAR = re.compile(r"\b(?:that|the same|that same) year\b", re.I)
_YEAR_RULES = {"year", "month-year", "range-year", "date", "iso"}
_FOUR_DIGITS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def last_year(text: str) -> int | None:
    """The last year a text names outright ("in 2018", "in June 2018")."""
    if not _FOUR_DIGITS.search(text):
        return None  # most sentences: no need to read their dates
    years = [m.text[-4:] for m in scan(text) if m.rule in _YEAR_RULES]
    return int(years[-1]) if years and years[-1].isdigit() else None


def dates_in(sent: Any, context: Context, tense: status.Tense) -> list[Any]:
    """Dates of a sentence. When the document's day is only known to lie in a range, a
    relative date is resolved from both ends and kept at the precision on which they agree
    ("on Wednesday" in a March article is March, never a guessed day). A day or month
    without a year in a paragraph that "That year" put in a year is in that year."""
    anchor = dt.date.fromisoformat(context.published) if context.published else None
    story = _day_just_told(sent, anchor, tense) or (
        dt.date.fromisoformat(context.narrative_day) if context.narrative_day else None)
    found = [m for m in time.find_dates(sent.text, anchor, tense, story)
             if dates.interval(m.value) and _honest(m.rule, context.precision)]
    if context.story_year is not None:
        year = f"{context.story_year:04d}"
        days = [replace(m, value=year + m.value[4:]) for m in found
                if m.rule in YEARLESS]
        # "Later the same year ... in September": the month says more than the year
        found = [m for m in found if m.rule not in YEARLESS and not (
            days and THAT_YEAR.search(m.span.text))] + days
        found = sorted((replace(m, value=year) if THAT_YEAR.search(m.span.text) else m
                        for m in found), key=lambda m: m.span.start)
    if context.earliest is None or context.earliest == context.published:
        return found
    early = {m.span.start: m.value for m in time.find_dates(
        sent.text, dt.date.fromisoformat(context.earliest), tense)}
    agreed = []
    for mention in found:
        value = _agreement(mention.value, early.get(mention.span.start))
        if mention.rule in YEARLESS and mention.value[:10] >= context.earliest:
            value = mention.value  # "on 18 March" in a text of 17-22 March: this March 18
        if value is not None:
            agreed.append(replace(mention, value=value))
    return agreed


def _agreement(late: str, early: str | None) -> str | None:
    """The most precise value both readings share: the day, the month or the year."""
    if early is None:
        return None
    for size in (len(late), 7, 4):
        if len(late) >= size and len(early) >= size and late[:size] == early[:size] and (
                "-W" not in late[:size]):
            return late[:size]
    return None


def _time_set_before(sent: Any, context: Context, tense: status.Tense) -> list[Any]:
    """"Diplomatic activity picked up last month. Wi Sung-lac and Ri Yong-ho met in Bali":
    a sentence of the same paragraph that tells no contact and names one month or year sets
    the time of the contacts told right after it without a date of their own."""
    before = _previous(sent)
    if before is None or triggers.find_triggers(before):
        return []
    found = dates_in(before, context, tense)
    return found if len(found) == 1 and len(found[0].value) <= 7 else []


def _points_back(sent: Any) -> bool:
    first = sent[0]
    return first.lower_ in BACK_POINTERS or (first.lower_ == "at" and sent[1].lower_ == "that")


def _day_just_told(sent: Any, anchor: dt.date | None, tense: status.Tense) -> dt.date | None:
    """The last day the paragraph told before a sentence that points back to a day ("The
    visit began on July 8. ... In the evening the President hosted ..."): it is the day that
    "in the evening", "that day" or "the next morning" count from."""
    if sent.start == 0 or not any(m.rule in {"anaphor", "offset"} for m in scan(sent.text)):
        return None
    before = sent.doc[:sent.start].text
    days = [m.value for m in time.find_dates(before, anchor, tense) if len(m.value) == 10]
    return dt.date.fromisoformat(days[-1]) if days else None


def _previous(sent: Any) -> Any:
    if sent.start == 0:
        return None
    return sent.doc[sent.start - 1].sent


def _governs(mention: Any, token: Any, sent: Any) -> bool:
    """Whether the trigger sits in a clause that hangs off the date itself."""
    span = sent.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    chain = [token]
    for ancestor in token.ancestors:
        if ancestor.i == span.root.i:
            return any(t.dep_ in {"relcl", "advcl", "acl"} for t in chain)
        chain.append(ancestor)
    return mention.rule in ABSOLUTE_RULES and any(
        _when_right_after(clause, span) for clause in chain)


def _when_right_after(clause: Any, span: Any) -> bool:
    """"his first visit since 2005, when he was received by ...": a "when" clause that
    follows the date, though the parser hangs it on the noun before."""
    doc = clause.doc
    first = clause.left_edge.i
    return (clause.dep_ in {"relcl", "advcl"} and doc[first].lower_ == "when"
            and first == span.end + 1 and doc[span.end].text == ",")


def _in_reference_clause(mention: Any, sent: Any, token: Any) -> bool:
    """A date that is a point of reference for something else: "since November 2022", or
    inside a "since ..." clause — unless that clause holds the trigger itself ("since they
    sat down in Bali in November last year" dates the sitting down)."""
    span = sent.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return True
    if span.root.head.lower_ in {"since", "until"} or sent.text[:mention.span.start].rstrip(
            ).lower().endswith(("since", "until")):
        return True  # "their first meeting since November 2022": a point of reference
    for ancestor in span.root.ancestors:
        # "since taking office in February": a phrase of its own after the preposition
        phrase = ancestor.dep_ == "prep" and ancestor.lower_ in {"since", "until"}
        if phrase or (ancestor.dep_ in {"advcl", "relcl", "acl"} and any(
                c.dep_ == "mark" and c.lower_ in {"since", "until"} for c in ancestor.children)):
            return not ancestor.left_edge.i <= token.i <= ancestor.right_edge.i
    return False


def _in_other_clause(mention: Any, token: Any, sent: Any) -> bool:
    """A date inside a subordinate clause that does not hold the trigger dates that clause
    ("arrived from Ankara, where he met Erdogan on Monday": Monday is the meeting's)."""
    span = sent.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return True
    for node in [span.root, *span.root.ancestors]:
        if node.dep_ in arguments.OTHER_CLAUSE and not (
                node.left_edge.i <= token.i <= node.right_edge.i):
            if _when_clause_of(node, token):
                return False
            # "weeks before his troops marched in February 2022": a near reference point
            return not any(c.lower_ in {"before", "after"} for c in node.children
                           if c.dep_ in {"mark", "advmod"})
    return False


def _when_clause_of(clause: Any, token: Any) -> bool:
    """"When Xi visited Moscow in March 2023, he held talks with Putin": a "when" clause
    on the trigger's own clause gives the time of both."""
    return clause.dep_ == "advcl" and clause.head.i == arguments.clause_head(token).i and any(
        c.lower_ in {"when", "while"} and c.dep_ in {"mark", "advmod"} for c in clause.children)


def _honest(rule: str, precision: str) -> bool:
    """Dates counted from an anchor known only to the year would be guesses."""
    return precision != "year" or rule not in ANCHOR_RULES | YEARLESS | {"month-rel-year"}


def _in_clause(mention: Any, token: Any, sent: Any) -> bool:
    span = sent.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return span is not None and arguments.in_clause(span.root, token) and not (
        _in_joined_clause(span.root, token))


def _in_joined_clause(node: Any, token: Any) -> bool:
    """Whether a date hangs in a verb joined to the trigger's by "and": "met Rouhani, and
    was received by the crown prince at the end of March" dates the receiving only."""
    head = arguments.clause_head(token)
    while node.i != head.i and node.head.i != node.i:
        if arguments.joined_clause(node, token):
            return True
        node = node.head
    return False


def after_publication(date: str | None, published: str | None) -> bool:
    if not date or not published:
        return False
    span = dates.interval(date)
    return span is not None and span[0] > dt.date.fromisoformat(published)


def is_old(date: str | None, published: str | None) -> bool:
    """Past context: a day over a week before the report, or a period before its week."""
    if not date or not published:
        return False
    span = dates.interval(date)
    if span is None:
        return False
    day = dt.date.fromisoformat(published)
    if dates.precision_of(date) == "day":
        return span[0] < day - dt.timedelta(days=7)
    return span[1] < day - dt.timedelta(days=day.weekday())


def summit_of(date: str | None, sent: Any, context: Context) -> summits.Summit | None:
    """The one summit the sentence names that a contact without a day of its own was at:
    held by the day of the report, and in the year the contact has (if any)."""
    if date is not None and len(date) != 4:
        return None
    latest = dt.date.fromisoformat(context.published) if context.published else None
    held = {s.key: s for s in summits.named_in(sent.text)
            if (latest is None or s.start <= latest)
            and (date is None or s.start.year == int(date))}
    if len(held) > 1 and latest is not None:  # the forum met there before: the recent one
        held = {k: s for k, s in held.items() if (latest - s.start).days <= 60}
    return next(iter(held.values())) if len(held) == 1 else None


def at_a_summit(date: str | None, summit: summits.Summit | None) -> str | None:
    """"Met on the sidelines of the G20 summit in Osaka": the summit's day, or its month when
    it lasted several days within one."""
    if summit is None:
        return date
    if summit.start == summit.end:
        return summit.start.isoformat()
    if (summit.start.year, summit.start.month) == (summit.end.year, summit.end.month):
        return summit.start.isoformat()[:7]
    return date
