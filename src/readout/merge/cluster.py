"""When two reports are one event, and what the merged event says.

Reports of one meeting differ: one names the minister, another his country; one gives the
month, another the day; one the city, another only the country; one announces it, another
reports it. They are the same event when type, parties and people agree, their dates can
name the same day and their statuses fit (a plan fits what became of it). A day
apart is allowed only when a named place or the occasion corroborates it (time zones and
"late on Monday" shift dates); the disagreement is then kept as a conflict. Background
mentions join the report of the event they recall: a visit in 2022 is one event however
many later articles bring it up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from readout import dates
from readout.events.combine import parties, people_agree
from readout.records import Conflict, EventMention, EventStatus, Location

DATE_SLACK_DAYS = 1


@dataclass(frozen=True)
class Report:
    """A mention with the document it comes from."""

    document: str
    mention: EventMention


def same_event(a: Report, b: Report) -> bool:
    first, second = a.mention, b.mention
    if a.document == b.document:  # one document's mentions were combined by the events stage
        return False
    if (first.type != second.type or not _statuses_agree(first.status, second.status)
            or parties(first.participants) != parties(second.participants)
            or not people_agree(first.participants, second.participants)
            or not _countries_agree(first.location, second.location)):
        return False
    if dates.compatible(first.date, second.date):
        return True
    return (dates.compatible(first.date, second.date, DATE_SLACK_DAYS)
            and (_same_place(first.location, second.location)
                 or _same_text(first.occasion, second.occasion)))


def _statuses_agree(a: str, b: str) -> bool:
    """A plan and the report that it happened (or was called off) are one event."""
    return a == b or "planned" in (a, b)


def merged_status(statuses: Sequence[EventStatus]) -> EventStatus:
    """What the latest news says: it happened, else it was called off, else it is planned."""
    return next(s for s in _STATUS_ORDER if s in statuses)


_STATUS_ORDER: tuple[EventStatus, ...] = ("happened", "cancelled", "planned")


def _countries_agree(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None or a.country is None or b.country is None:
        return True
    return a.country == b.country


def _same_place(a: Location | None, b: Location | None) -> bool:
    return a is not None and b is not None and a.name != a.country and a.name == b.name


def _same_text(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold() == b.casefold()


def best_date(values: Sequence[str]) -> str | None:
    """The most precise value; among disagreeing days, the one most sources give."""
    if not values:
        return None
    precise = dates.most_precise(list(values))
    if precise is None:
        return values[0]
    finest = [v for v in values if dates.precision_of(v) == dates.precision_of(precise)]
    counts = Counter(finest)
    return min(counts, key=lambda v: (-counts[v], v))


def best_location(locations: Sequence[Location]) -> Location | None:
    """A named place over a bare country; among places, the one most sources give."""
    if not locations:
        return None
    specific = [loc for loc in locations if loc.name != loc.country]
    pool = specific or list(locations)
    counts = Counter(pool)
    return min(counts, key=lambda loc: (-counts[loc], pool.index(loc)))


def best_occasion(occasions: Sequence[str]) -> str | None:
    if not occasions:
        return None
    counts = Counter(occasions)
    return min(counts, key=lambda o: (-counts[o], occasions.index(o)))


def conflicts(reports: Sequence[Report]) -> tuple[Conflict, ...]:
    """Values that sources give and that cannot all be true at once."""
    found: list[Conflict] = []
    days = [(r.mention.date, r.document) for r in reports
            if r.mention.date and dates.precision_of(r.mention.date) == "day"]
    found += _disagreements("date", days)
    places = [(r.mention.location.name, r.document) for r in reports
              if r.mention.location and r.mention.location.name != r.mention.location.country]
    found += _disagreements("location", places)
    occasions = [(r.mention.occasion, r.document) for r in reports if r.mention.occasion]
    found += _disagreements("occasion", occasions)
    return tuple(found)


def _disagreements(field: str, given: Iterable[tuple[str, str]]) -> list[Conflict]:
    by_value: dict[str, list[str]] = {}
    for value, document in given:
        key = value.casefold() if field == "occasion" else value
        by_value.setdefault(key, [])
        if document not in by_value[key]:
            by_value[key].append(document)
    if len(by_value) < 2:
        return []
    originals = {(v.casefold() if field == "occasion" else v): v for v, _ in given}
    return [Conflict(field, originals[key], tuple(docs))
            for key, docs in sorted(by_value.items())]


def merged_on(reports: Sequence[Report], found: Sequence[Conflict]) -> tuple[str, ...]:
    """The fields two or more sources gave and agreed on: why these reports are one event."""
    documents = {r.document for r in reports}
    if len(documents) < 2:
        return ()
    disputed = {c.field for c in found}
    fields = ["type", "parties"]
    people = [r for r in reports if any(a.kind == "person" for a in r.mention.participants)]
    if len({r.document for r in people}) >= 2:
        fields.append("people")
    for name in ("date", "location", "occasion"):
        giving = {r.document for r in reports if getattr(r.mention, name)}
        if len(giving) >= 2 and name not in disputed:
            fields.append(name)
    return tuple(fields)
