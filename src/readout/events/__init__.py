"""Stage 6, events: contact events (meetings, calls) reported in one document.

For each sentence: find contact triggers (`triggers`), give each actor mention in the
trigger's clause a role (`arguments`), read tense, status and background (`status`), date the
event with the time stage, then merge the mentions of one event within the document
(`combine`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from readout import dates, time
from readout.actors import KnowledgeBase, TokenMention
from readout.events import arguments, multilateral, status
from readout.events.combine import combine, parties
from readout.events.places import best_location, dateline_place, normalise_occasion
from readout.events.triggers import (
    CONTACT_NOUNS,
    CONTACT_VERBS,
    WEAK_VERBS,
    Trigger,
    find_triggers,
    is_call,
)
from readout.nlp import Paragraph
from readout.records import ActorRef, EventMention, Location, Span
from readout.time_grammar import shift

VERSION = "events.rules.v1"
# "their meeting", "they met", "the two sides": the participants named just before.
INHERIT_WORDS = {"their", "they", "both", "two", "three", "four", "five", "six"}
# "He last visited in March": a visit whose destination is the place the article is about.
# Not a noun ("his first trip abroad") nor a travel verb ("flew in last night").
VISIT_VERBS = {"visit", "visits", "visited", "visiting"}
# Verbs of speaking: "spoke to Macron" is a contact, like "spoke with Macron".
SPEAKING = {"speak", "speaks", "spoke", "speaking", "talk", "talks", "talked", "talking"}
# "a frenzy of bilateral talks", "a series of meetings": a habit or a trend, not an event.
QUANTITIES = {"frenzy", "series", "flurry", "number", "string", "spate", "lot", "wave", "host",
              "dozens", "hundreds", "trend", "pattern", "history", "tradition", "kind", "type",
              "days", "weeks", "months", "years", "decades", "lots", "plenty"}
# Rules of the time stage whose value depends on the anchor day itself.
ANCHOR_RULES = {"weekday", "deictic", "rel-unit", "day-of-month", "rel-month"}


@dataclass(frozen=True)
class Context:
    kb: KnowledgeBase
    published: str | None  # the anchor day for relative dates
    precision: str = "day"  # how well the anchor is known: day, month or year
    default_date: str | None = None  # the date of news reported without one
    earliest: str | None = None  # the first day the document can be from, when not known
    narrative_day: str | None = None  # the last day the story told of: "two days later"


def extract_events(
    paragraphs: Sequence[Paragraph], mentions: Sequence[Sequence[TokenMention]],
    context: Context,
) -> tuple[EventMention, ...]:
    found: list[EventMention] = []
    people: list[ActorRef] = []  # everyone named so far, for "the two leaders met"
    lead_day: str | None = None
    for paragraph, paragraph_mentions in zip(paragraphs, mentions, strict=True):
        if _headline(paragraph.doc.text):
            continue  # a headline of another story, left in the page's text
        if not found and lead_day is None:
            lead_day = _news_day(next(iter(paragraph.doc.sents)), context)
        dateline = dateline_place(paragraph.doc.text, context.kb)
        for number, sent in enumerate(paragraph.doc.sents):
            for trigger in find_triggers(sent):
                named = people + [m.actor for m in paragraph_mentions
                                  if m.start < trigger.token.i and m.actor.kind == "person"]
                new = _from_trigger(trigger, sent, paragraph_mentions,
                                    _with_reference_day(context, found, lead_day),
                                    (found, named), paragraph.offset)
                found += [_at_dateline(m, dateline) if number == 0 else m for m in new]
        people += [m.actor for m in paragraph_mentions if m.actor.kind == "person"]
    return combine(multilateral.expand(found, paragraphs, mentions, context))


def _with_reference_day(context: Context, found: list[EventMention], lead_day: str | None
                        ) -> Context:
    """News told without a date happened on the day of the news told just before it (else
    the day the lead reports), when that day lies in the month of the report: "Xi met Putin
    on Monday. ... Later in the afternoon he received Lukashenko." """
    told = [m.date for m in found if m.date and len(m.date) == 10]
    context = replace(context, narrative_day=told[-1] if told else lead_day)
    default = context.default_date
    days = [m.date for m in found if m.date and len(m.date) == 10 and not m.background
            and m.status == "happened"] or ([lead_day] if lead_day else [])
    if default is None or not days or not days[-1].startswith(default):
        return context
    return replace(context, default_date=days[-1])


def _news_day(lead: Any, context: Context) -> str | None:
    """The day a wire lead reports ("agreed on Monday to ..."): its one date of the week
    before the report, when the report's day is known exactly."""
    if context.published is None or context.precision != "day" or (
            context.earliest not in {None, context.published}):
        return None
    published = dt.date.fromisoformat(context.published)
    days = {m.value for m in _dates_in(lead, context, "past") if len(m.value) == 10
            and 0 <= (published - dt.date.fromisoformat(m.value)).days <= 7}
    return days.pop() if len(days) == 1 else None


def _from_trigger(trigger: Trigger, sent: Any, mentions: Sequence[TokenMention],
                  context: Context, before: tuple[list[EventMention], list[ActorRef]],
                  offset: int) -> list[EventMention]:
    token = trigger.token
    if status.hypothetical(token) or status.habitual(token, sent):
        return []
    if _is_setting(token) or _is_generic(token):
        return []
    roles = arguments.roles(token, trigger.sense, not trigger.strong, mentions, sent)
    groups = _participant_groups(trigger, roles, context.kb)
    if _refers_back(token) and not any(r.role == "subject" for r in roles):
        groups = _with_earlier(groups, roles, _earlier_parties(*before, _office_word(token),
                                                                context))
    if (not groups and trigger.sense == "visit" and token.lower_ in VISIT_VERBS
            and token.tag_.startswith("VB")):
        groups = _visit_to_the_place_in_question(roles, before[0], context.kb)
    if not groups:
        return []
    base = _details(trigger, sent, offset, roles, context)
    return [EventMention(participants=group, **{**base, "topics": _with_places(
        base["topics"], sent, group, base["location"])}) for group in groups]


def _at_dateline(mention: EventMention, dateline: Location | None) -> EventMention:
    """A meeting the lead reports without a place happened where the dateline says."""
    if (dateline is None or mention.location is not None or mention.type != "meeting"
            or mention.background or mention.status != "happened"):
        return mention
    return replace(mention, location=dateline)


def _with_places(topics: tuple[str, ...], sent: Any, group: tuple[ActorRef, ...],
                 location: Any) -> tuple[str, ...]:
    """Places, events and treaties the sentence names that are neither a party nor the venue
    ("agreed a ceasefire in Idlib", "discussed the war in Ukraine") are what it was about."""
    known = {a.name for a in group} | {a.country for a in group if a.country}
    if location is not None:
        known |= {location.name, location.country}
    extra = [ent.text.removeprefix("the ") for ent in sent.ents
             if ent.label_ in {"GPE", "LOC", "EVENT", "LAW"} and ent.text not in known]
    out = list(topics)
    for text in extra:
        if not any(text.lower() in t.lower() for t in out):
            out.append(text)
    return tuple(out[:12])


def _headline(text: str) -> bool:
    stripped = text.strip().rstrip("\"'”’»)")
    return len(stripped.split()) <= 25 and not stripped.endswith((".", "!", "?", ":", "…"))


def _is_setting(token: Any) -> bool:
    """"the sidelines of the G20 meeting", "met at the EPC summit", "talks during the
    summit": the gathering is the occasion of another contact, not an event of its own."""
    head = token.head
    if head.lower_ == "of" and head.head.lower_ in {"sidelines", "margins", "side"}:
        return True
    host = head.head
    return (token.tag_.startswith("NN") and head.lower_ in {"at", "during"}
            and (host.lower_ in CONTACT_VERBS or host.lower_ in WEAK_VERBS
                 or host.lower_ in CONTACT_NOUNS))


def _is_generic(token: Any) -> bool:
    head = token.head
    return head.lower_ == "of" and head.head.lower_ in QUANTITIES


def _visit_to_the_place_in_question(roles: list[arguments.Role], earlier: list[EventMention],
                                    kb: KnowledgeBase) -> list[tuple[ActorRef, ...]]:
    """"He last visited in March last year": a visit with no destination goes to the place
    the article is about, the place of the event reported before it."""
    visitors = [r.mention.actor for r in roles if r.role == "subject"]
    places = [e.location for e in earlier if e.location and e.location.country]
    if len(parties(visitors)) != 1 or not places:
        return []
    code = kb.country_code_by_name(places[-1].country or "")
    if code is None or kb.countries[code].name in parties(visitors):
        return []
    return [(*_dedupe(visitors), kb.country_ref(code))]


# "The leaders recalled their summit", "the two ministers met": whom the words can mean.
_OFFICE_WORDS = {"leaders": {"head_of_state", "head_of_government"},
                 "presidents": {"head_of_state"},
                 "ministers": {"foreign_minister", "head_of_government", "defence_minister"},
                 "diplomats": {"foreign_minister"}}


def _with_earlier(groups: list[tuple[ActorRef, ...]], roles: list[arguments.Role],
                  earlier: list[tuple[ActorRef, ...]]) -> list[tuple[ActorRef, ...]]:
    """"They met with Michel", "they sat down with Macron, Scholz and Michel": the people
    "they" stands for, joined by those the sentence names."""
    if not earlier:
        return groups
    others = [r.mention.actor for r in roles if r.role in {"object", "participant"}]
    if groups:
        return [_dedupe([*earlier[0], *group]) for group in groups]
    return [_dedupe([*earlier[0], *others])] if others else earlier


def _office_word(token: Any) -> str | None:
    """The plural office noun of "the (two) leaders" near the trigger, if any."""
    near = [*token.children, *arguments.clause_head(token).children]
    return next((c.lower_ for c in near if c.lower_ in _OFFICE_WORDS
                 and c.dep_ in {"nsubj", "nsubjpass"}), None)


def _earlier_parties(earlier: list[EventMention], people: list[ActorRef],
                     office_word: str | None = None, context: Context | None = None
                     ) -> list[tuple[ActorRef, ...]]:
    """The participants of the previous event (for "the leaders", the pair whose people hold
    the offices it names and that the article reports most), else the last two people named."""
    if earlier:
        news = [e for e in earlier if not e.background] or earlier
        if office_word and context is not None:
            fitting = [e for e in news if _all_hold(e.participants, _OFFICE_WORDS[office_word],
                                                    context)]
            if fitting:  # the article's protagonists: the pair it reports most, or first
                return [max(fitting, key=lambda e: sum(
                    parties(f.participants) == parties(e.participants) for f in fitting)
                ).participants]
        return [news[-1].participants]
    recent: list[ActorRef] = []
    for actor in reversed(people):
        if actor.country not in {a.country for a in recent}:
            recent.insert(0, actor)
        if len(recent) == 2:
            return [tuple(recent)]
    return []


def _all_hold(actors: tuple[ActorRef, ...], offices: set[str], context: Context) -> bool:
    people = [a for a in actors if a.kind == "person"]
    return bool(people) and all(
        any(t.office in offices for t in context.kb.offices_of(
            context.kb.person_keys.get(a.name, ""), context.published)) for a in people)


def _participant_groups(trigger: Trigger, roles: list[arguments.Role],
                        kb: KnowledgeBase) -> list[tuple[ActorRef, ...]]:
    subjects = [r.mention.actor for r in roles if r.role == "subject"]
    others = [r.mention.actor for r in roles if r.role in {"object", "participant"}]
    hosts = [_host(r.mention.actor, kb) for r in roles if trigger.sense == "visit"
             and r.role in {"destination", "location"}]
    everyone = _dedupe(subjects + others + [h for h in hosts if h])
    if len(parties(everyone)) < 2:
        return []
    if not trigger.strong and len(parties(subjects)) < 2 and not _has_with(trigger.token):
        return []
    apart = _separate_withs(trigger.token.doc, roles)
    if len(parties(subjects)) == 1 and len(apart) >= 2:
        # "spoke with Macron and with Scholz": a "with" each, a call each
        return [_dedupe([*subjects, *group]) for group in apart]
    described = any(r.mention.how in {"counterpart", "title", "group"} for r in roles
                    if r.role in {"object", "participant"})
    if (len(parties(subjects)) == 1 and len(parties(others)) >= 2 and trigger.sense != "visit"
            and described):
        # "X met his counterparts from A and B": one bilateral event per counterpart. Named
        # people ("X met A and B") may have met together, so they stay one meeting.
        return [_dedupe([*subjects, o]) for o in _dedupe(others)
                if parties([o]) != parties(subjects)]
    return [everyone]


def _separate_withs(doc: Any, roles: list[arguments.Role]) -> list[list[ActorRef]]:
    """The participants grouped by their own "with", when the sentence repeats it."""
    groups: dict[int, list[ActorRef]] = {}
    for role in roles:
        if role.role != "participant":
            continue
        prep = next((t for t in doc[role.mention.start:role.mention.end].root.ancestors
                     if t.dep_ in {"prep", "conj"} and t.tag_ == "IN"), None)
        if prep is None or prep.lower_ != "with":
            return []
        groups.setdefault(prep.i, []).append(role.mention.actor)
    return list(groups.values()) if len(groups) >= 2 else []


def _host(actor: ActorRef, kb: KnowledgeBase) -> ActorRef | None:
    if actor.kind == "country":
        return actor
    code = kb.country_code_by_name(actor.country) if actor.country else None
    return kb.country_ref(code) if code else None


def _has_with(token: Any) -> bool:
    """"talked with", "talks between", "spoke to" (speaking verbs only), and a "with" on
    what the verb leads to ("sat down to an iftar dinner with the king")."""
    words = {"with", "between", "to"} if token.lower_ in SPEAKING else {"with", "between"}
    if any(c.dep_ == "prep" and c.lower_ in words for c in token.children):
        return True
    return any(c.dep_ == "prep" and any(
        o.dep_ == "pobj" and _has_with(o) for o in c.children) for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"to", "for", "over"})


def _refers_back(token: Any) -> bool:
    """"their meeting", "they met", "the two sides discussed" — but not a relative "they"
    that stands for a group the sentence itself names ("Leaders of the 18 member states
    spent Thursday at a retreat, where they discussed ...")."""
    near = [*token.children, *arguments.clause_head(token).children]
    near += [g for c in near if c.dep_ in {"nsubj", "nsubjpass"} for g in c.children]
    return any(c.lower_ in INHERIT_WORDS and c.dep_ in {"poss", "nsubj", "nsubjpass", "nummod",
                                                         "det", "preconj"} for c in near
               ) and not _group_named_before(token)


def _group_named_before(token: Any) -> bool:
    """A plural subject earlier in the sentence that names a group of its own: "Leaders of
    the 18 member states", "Pacific leaders" (not "the two leaders", "the leaders")."""
    for t in token.sent:
        if t.i >= token.i:
            return False
        if t.tag_ == "NNS" and t.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ in {"prep", "amod", "compound", "nummod"} and c.lower_ not in INHERIT_WORDS
                for c in t.children):
            return True
    return False


def _dedupe(actors: list[ActorRef]) -> tuple[ActorRef, ...]:
    """Drop repeats, and a state when one of its people is already there."""
    people_of = {a.country for a in actors if a.kind == "person"}
    kept: list[ActorRef] = []
    for actor in actors:
        if actor in kept or (actor.kind == "country" and actor.name in people_of):
            continue
        kept.append(actor)
    return tuple(kept)


def _details(trigger: Trigger, sent: Any, offset: int,
             roles: list[arguments.Role], context: Context) -> dict[str, Any]:
    token = trigger.token
    tense = status.tense(token)
    date, expression = _date(token, sent, context, tense)
    state = "cancelled" if status.cancelled(token) else (
        "planned" if tense == "future" or _after(date, context.published) else "happened")
    background = state == "happened" and (
        status.background_cue(token) or _relative_past(expression)
        or _is_old(date, context.earliest or context.published))
    if date is None and state == "happened" and not background and not _before_or_after(
            token):  # "came days after Yunus travelled to China": before the news
        date = context.default_date  # reported as news: the month of the report
    start = offset + sent.start_char
    text = sent.text.strip()
    return {
        "type": "call" if is_call(trigger, sent) else "meeting",
        "date": date,
        "location": best_location(trigger, sent, roles, context.kb),
        "occasion": normalise_occasion(arguments.occasion(token, sent), context.kb),
        "topics": arguments.topics(token, sent),
        "background": background,
        "status": state,
        "evidence": Span(text, start, start + len(text)),
        "trigger": token.text,
    }


def _date(token: Any, sent: Any, context: Context, tense: status.Tense
          ) -> tuple[str | None, str | None]:
    """The date in the trigger's own clause, else elsewhere in the sentence (not in a
    "since ..." clause, which dates something else), else carried over from the sentence
    before when this one points back to it ("This announcement came during ...").

    Returns the value, as precise as the anchor allows, and the expression it came from."""
    found = _dates_in(sent, context, tense)
    dated_by = [m for m in found if _governs(m, token, sent)]  # "April 2017, when he met"
    found = dated_by or [m for m in found if not _in_reference_clause(m, sent, token)]
    own = [m for m in found if _in_clause(m, token, sent)]
    other = [m for m in found if not _in_other_clause(m, token, sent)]
    if not own and status.measure_after(token) is not None:
        return _measured_back(token, [m for m in found if not _in_clause(m, token, sent)],
                              context)
    candidates = own or other
    if not candidates and _points_back(sent):
        candidates = [m for m in _dates_in(_previous(sent), context, tense)
                      if m.rule in ABSOLUTE_RULES] if _previous(sent) is not None else []
    if not candidates and _before_or_after(token):
        # "broke off contacts in August 2022 after Pelosi visited Taiwan": the date of the
        # event the clause leads to is a near reference point, good to the month.
        near = [m for m in found if m.rule in ABSOLUTE_RULES]
        if near:
            position = token.idx - sent.start_char
            nearest = min(near, key=lambda m: abs(m.span.start - position))
            return nearest.value[:7], nearest.span.text
    if not candidates:
        return None, None
    position = token.idx - sent.start_char
    nearest = min(candidates, key=lambda m: abs(m.span.start - position))
    return nearest.value, nearest.span.text


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


def _before_or_after(token: Any) -> bool:
    """Whether the trigger's clause is an "after ..." or "before ..." clause."""
    head = arguments.clause_head(token)
    return any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in head.children)


def _relative_past(text: str | None) -> bool:
    """"last week", "last month", "three weeks ago": past context, whatever the exact day."""
    if text is None:
        return False
    lowered = text.lower()
    return lowered.startswith(("last week", "last month", "last year")) or (
        lowered.endswith(" ago") and not lowered.split()[-2].startswith(("day", "hour")))


ABSOLUTE_RULES = {"iso", "date", "month-year", "year"}
BACK_POINTERS = {"this", "that", "these", "those", "then", "it"}


def _dates_in(sent: Any, context: Context, tense: status.Tense) -> list[Any]:
    """Dates of a sentence. When the document's day is only known to lie in a range, a
    relative date is resolved from both ends and kept at the precision on which they agree
    ("on Wednesday" in a March article is March, never a guessed day)."""
    anchor = dt.date.fromisoformat(context.published) if context.published else None
    story = dt.date.fromisoformat(context.narrative_day) if context.narrative_day else None
    found = [m for m in time.find_dates(sent.text, anchor, tense, story)
             if dates.interval(m.value) and _honest(m.rule, context.precision)]
    if context.earliest is None or context.earliest == context.published:
        return found
    early = {m.span.start: m.value for m in time.find_dates(
        sent.text, dt.date.fromisoformat(context.earliest), tense)}
    agreed = []
    for mention in found:
        value = _agreement(mention.value, early.get(mention.span.start))
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


def _points_back(sent: Any) -> bool:
    first = sent[0]
    return first.lower_ in BACK_POINTERS or (first.lower_ == "at" and sent[1].lower_ == "that")


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
    return False


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
        if ancestor.dep_ in {"advcl", "relcl", "acl"} and any(
                c.dep_ == "mark" and c.lower_ in {"since", "until"} for c in ancestor.children):
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
            # "weeks before his troops marched in February 2022": a near reference point
            return not any(c.lower_ in {"before", "after"} for c in node.children
                           if c.dep_ in {"mark", "advmod"})
    return False


def _honest(rule: str, precision: str) -> bool:
    """Dates counted from an anchor known only to the year would be guesses."""
    return precision != "year" or rule not in ANCHOR_RULES | {"month-day", "month",
                                                              "month-rel-year"}


def _in_clause(mention: Any, token: Any, sent: Any) -> bool:
    span = sent.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return span is not None and arguments.in_clause(span.root, token)


def _after(date: str | None, published: str | None) -> bool:
    if not date or not published:
        return False
    span = dates.interval(date)
    return span is not None and span[0] > dt.date.fromisoformat(published)


def _is_old(date: str | None, published: str | None) -> bool:
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
