"""Stage 8, merge: the mentions of one real-world event across documents become one Event.

Every mention gets a group key: its parties (the states or organisations the participants
act for), sorted, and the year of its date (or of its document). Only mentions of one group
can be the same event, so a group is the unit of work everywhere: ingesting a document
re-merges just the groups its mentions fall in, and a distributed job groups by the key.
Within a group, mentions are taken in a fixed order (document id, position) and each joins the first
event whose every report agrees with it (`cluster.same_event`), so the result does not
depend on the order in which documents arrived: an incremental update equals a rebuild.

Merging N mentions costs about N times the number of events in a group.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from readout import dates
from readout.events.combine import merge_participants, parties
from readout.merge.cluster import (
    DATE_SLACK_DAYS,
    Report,
    best_date,
    best_location,
    best_occasion,
    conflicts,
    merged_on,
    merged_status,
    same_event,
)
from readout.merge.reuse import fingerprints, independent, signature
from readout.records import Event, EventMention, Source, SourceKind

__all__ = ["SourcedMention", "event_id", "fingerprints", "group_key", "independent", "merge",
           "merge_group", "signature"]

VERSION = "merge.rules.v2"
MAX_TOPICS = 12


@dataclass(frozen=True)
class SourcedMention:
    document: str
    path: str
    title: str
    mention: EventMention
    position: int = 0
    source_kind: SourceKind = "news"
    speaks_for: str | None = None
    published: str | None = None  # the document's date, for the group key of undated mentions


def group_key(mention: EventMention, published: str | None = None) -> str:
    """`China|Russia@2024`: mentions with other keys are never the same event.

    A mention without a date is filed under the year its document was published: what a
    report leaves undated is almost always recent news.
    """
    when = mention.date or published
    year = when[:4] if when else "undated"
    return "|".join(sorted(parties(mention.participants))) + "@" + year


def merge(mentions: Iterable[SourcedMention],
          reuse: Sequence[tuple[str, str]] = ()) -> list[Event]:
    """Merge any number of mentions: group them, then merge each group."""
    groups: dict[str, list[SourcedMention]] = defaultdict(list)
    for item in mentions:
        groups[group_key(item.mention, item.published)].append(item)
    events = [e for group in groups.values() for e in merge_group(group, reuse)]
    return sorted(events, key=lambda e: (e.date or "9999", e.id))


def merge_group(group: Sequence[SourcedMention],
                reuse: Sequence[tuple[str, str]] = ()) -> list[Event]:
    """The events of one group. `reuse` lists documents that copy one another."""
    return [_event(cluster, reuse) for cluster in _clusters(sorted(group, key=_order))]


def _order(item: SourcedMention) -> tuple[str, int]:
    return item.document, item.position


class _Cluster:
    """The reports of one event so far, with the days their dates can span."""

    def __init__(self, index: int, item: SourcedMention) -> None:
        self.index = index
        self.items = [item]
        self.first, self.last = _days(item.mention.date)

    def accepts(self, item: SourcedMention) -> bool:
        report = Report(item.document, item.mention)
        return all(same_event(report, Report(o.document, o.mention)) for o in self.items)

    def add(self, item: SourcedMention) -> None:
        self.items.append(item)
        first, last = _days(item.mention.date)
        self.first, self.last = min(self.first, first), max(self.last, last)


_UNKNOWN = (0, 10**7)
_WEEK = 7  # clusters are filed by the weeks their days span


def _days(value: str | None) -> tuple[int, int]:
    span = dates.interval(value) if value else None
    return (span[0].toordinal(), span[1].toordinal()) if span else _UNKNOWN


class _TimeIndex:
    """The events of a group filed by week, so a dated report is compared only with the
    events whose days it could share; events spanning months or undated are kept aside
    and compared with everything. This keeps merging close to linear in busy groups."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_week: dict[int, list[_Cluster]] = defaultdict(list)
        self.wide: list[_Cluster] = []

    def candidates(self, first: int, last: int) -> list[_Cluster]:
        if last - first > 31:
            return self.clusters
        seen: dict[int, _Cluster] = {c.index: c for c in self.wide}
        slack = DATE_SLACK_DAYS
        for week in range((first - slack) // _WEEK, (last + slack) // _WEEK + 1):
            seen.update((c.index, c) for c in self.by_week.get(week, ()))
        return [seen[i] for i in sorted(seen)]

    def file(self, cluster: _Cluster) -> None:
        if cluster.last - cluster.first > 31:
            if cluster not in self.wide:
                self.wide.append(cluster)
            return
        for week in range(cluster.first // _WEEK, cluster.last // _WEEK + 1):
            if cluster not in self.by_week[week]:
                self.by_week[week].append(cluster)


def _clusters(items: list[SourcedMention]) -> list[list[SourcedMention]]:
    index = _TimeIndex()
    for item in items:
        first, last = _days(item.mention.date)
        home = next((c for c in index.candidates(first, last)
                     if c.first - DATE_SLACK_DAYS <= last and first <= c.last + DATE_SLACK_DAYS
                     and c.accepts(item)), None)
        if home is None:
            home = _Cluster(len(index.clusters), item)
            index.clusters.append(home)
        else:
            home.add(item)
        index.file(home)
    return [c.items for c in index.clusters]


def _event(cluster: list[SourcedMention], reuse: Sequence[tuple[str, str]]) -> Event:
    first = cluster[0].mention
    mentions = [item.mention for item in cluster]
    reports = [Report(item.document, item.mention) for item in cluster]
    topics: list[str] = []
    for mention in mentions:
        topics += [t for t in mention.topics if t not in topics]
    found = conflicts(reports)
    return Event(
        id=event_id(cluster[0]),
        type=first.type,
        participants=merge_participants([m.participants for m in mentions]),
        date=best_date([m.date for m in mentions if m.date]),
        location=best_location([m.location for m in mentions if m.location]),
        occasion=best_occasion([m.occasion for m in mentions if m.occasion]),
        topics=tuple(topics[:MAX_TOPICS]),
        background=all(m.background for m in mentions),
        status=merged_status([m.status for m in mentions]),
        sources=tuple(Source(i.document, i.path, i.title, i.mention.evidence, i.position,
                             i.source_kind, i.speaks_for) for i in cluster),
        independent_sources=independent(sorted({i.document for i in cluster}), reuse),
        merged_on=merged_on(reports, found),
        conflicts=found,
    )


def event_id(item: SourcedMention) -> str:
    """Stable across rebuilds: named after the first report of the event."""
    key = f"{item.document}:{item.position}"
    return "ev_" + hashlib.sha256(key.encode()).hexdigest()[:12]
