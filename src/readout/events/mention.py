"""One event mention built from a trigger and the roles of its sentence: type, date,
place, occasion, topics, status, background and evidence."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from readout import dates
from readout.events import arguments, status
from readout.events.context import Context
from readout.events.dating import (
    after_publication,
    at_a_summit,
    before_or_after,
    during_the_visit,
    event_date,
    is_old,
    relative_past,
    summit_of,
)
from readout.events.places import best_location, normalise_occasion, summit_town
from readout.events.triggers import Trigger, is_call
from readout.records import ActorRef, EventMention, Location, Span


def at_dateline(mention: EventMention, dateline: Location | None) -> EventMention:
    """A meeting the lead reports without a place happened where the dateline says."""
    if (dateline is None or mention.location is not None or mention.type != "meeting"
            or mention.background or mention.status != "happened"):
        return mention
    return replace(mention, location=dateline)


def with_places(topics: tuple[str, ...], sent: Any, group: tuple[ActorRef, ...],
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


def headline(text: str) -> bool:
    stripped = text.strip().rstrip("\"'”’»)")
    return len(stripped.split()) <= 25 and not stripped.endswith((".", "!", "?", ":", "…"))


def dedupe(actors: list[ActorRef]) -> tuple[ActorRef, ...]:
    """Drop repeats, and a state when one of its people is already there."""
    people_of = {a.country for a in actors if a.kind == "person"}
    kept: list[ActorRef] = []
    for actor in actors:
        if actor in kept or (actor.kind == "country" and actor.name in people_of):
            continue
        kept.append(actor)
    return tuple(kept)


def is_background(token: Any, expression: str | None, date: str | None,
                  context: Context) -> bool:
    """Whether a contact that happened is past context: a cue in its clause ("had met",
    "when ..."), a date told as past ("last month"), or a day well before the report."""
    return (status.background_cue(token) or relative_past(expression)
            or is_old(date, context.earliest or context.published))


def details(trigger: Trigger, sent: Any, offset: int,
             roles: list[arguments.Role], context: Context) -> dict[str, Any]:
    token = trigger.token
    tense = status.tense(token)
    date, expression = event_date(token, sent, context, tense)
    inside_visit = during_the_visit(token)
    if date is None and inside_visit:  # the visit's day, else the month of the report
        date = context.visit[0] or (context.default_date or "")[:7] or None
    summit = summit_of(date, sent, context) if tense != "future" else None
    date = at_a_summit(date, summit)
    state = "cancelled" if status.cancelled(token) else (
        "planned" if tense == "future" or after_publication(date, context.published)
        else "happened")
    background = state == "happened" and is_background(token, expression, date, context)
    if date is None and state == "happened" and not background and not before_or_after(
            token):  # "came days after Yunus travelled to China": before the news
        date = context.default_date  # reported as news: the month of the report
    start = offset + sent.start_char
    text = sent.text.strip()
    return {
        "type": "call" if is_call(trigger, sent) else "meeting",
        "date": dates.calendar_value(date),
        "location": best_location(trigger, sent, roles, context.kb) or summit_town(
            summit, context.kb) or (context.visit[1] if inside_visit else None),
        "occasion": normalise_occasion(arguments.occasion(token, sent), context.kb),
        "topics": arguments.topics(token, sent),
        "background": background,
        "status": state,
        "evidence": Span(text, start, start + len(text)),
        "trigger": token.text,
    }
