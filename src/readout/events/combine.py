"""Mentions of one event within a document become one mention.

A lead ("talks on Wednesday") and a later paragraph ("during their meeting in Tunxi") often
report the same event: same type, same parties, compatible dates, same status and the same
background flag. The combined mention keeps the first evidence and the most precise values.
"""

from __future__ import annotations

from collections.abc import Sequence

from readout import dates
from readout.records import ActorRef, EventMention, Location

_KIND_RANK = {"person": 0, "organisation": 1, "country": 2}


def party(actor: ActorRef) -> str:
    """The state (or organisation) an actor acts for."""
    return actor.country or actor.name


def parties(actors: Sequence[ActorRef]) -> frozenset[str]:
    return frozenset(party(a) for a in actors)


def same_event(a: EventMention, b: EventMention) -> bool:
    # Two triggers of one sentence ("had met in Jerusalem, where Scholz made his first
    # visit") report one event even when only one of them carries the background cue.
    one_sentence = a.evidence == b.evidence
    return (a.type == b.type and a.status == b.status
            and (a.background == b.background or one_sentence)
            and parties(a.participants) == parties(b.participants)
            and people_agree(a.participants, b.participants)
            and dates.compatible(a.date, b.date)
            and _places_agree(a.location, b.location))


def people_agree(a: Sequence[ActorRef], b: Sequence[ActorRef]) -> bool:
    """For each party, the people named on both sides overlap (or one side names none)."""
    for side in parties(a):
        first = {x.name for x in a if x.kind == "person" and party(x) == side}
        second = {x.name for x in b if x.kind == "person" and party(x) == side}
        if first and second and not first & second:
            return False
    return True


def _places_agree(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None:
        return True
    return a.country == b.country or a.country is None or b.country is None


def combine(mentions: Sequence[EventMention]) -> tuple[EventMention, ...]:
    groups: list[list[EventMention]] = []
    for mention in mentions:
        for group in groups:
            if all(same_event(mention, other) for other in group):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return tuple(_merge(group) for group in groups)


def _merge(group: list[EventMention]) -> EventMention:
    first = group[0]
    if len(group) == 1:
        return first
    values = [m.date for m in group if m.date]
    topics: list[str] = []
    for mention in group:
        topics += [t for t in mention.topics if t not in topics]
    return EventMention(
        type=first.type,
        participants=merge_participants([m.participants for m in group]),
        date=dates.most_precise(values) if values else None,
        location=_most_specific([m.location for m in group]),
        occasion=next((m.occasion for m in group if m.occasion), None),
        topics=tuple(topics[:12]),
        background=any(m.background for m in group),
        status=first.status,
        evidence=first.evidence,
        trigger=first.trigger,
    )


def merge_participants(lists: Sequence[Sequence[ActorRef]]) -> tuple[ActorRef, ...]:
    """Every party once, by its most specific actors (people over their state)."""
    everyone = [a for actors in lists for a in actors]
    best: dict[str, int] = {}
    for actor in everyone:
        rank = _KIND_RANK[actor.kind]
        best[party(actor)] = min(best.get(party(actor), rank), rank)
    kept: list[ActorRef] = []
    for actor in everyone:
        if _KIND_RANK[actor.kind] == best[party(actor)] and actor not in kept:
            kept.append(actor)
    return tuple(kept)


def _most_specific(locations: list[Location | None]) -> Location | None:
    known = [loc for loc in locations if loc is not None]
    if not known:
        return None
    # A named place other than the country itself is more specific.
    specific = [loc for loc in known if loc.name != loc.country]
    return (specific or known)[0]
