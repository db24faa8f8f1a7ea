"""Stage 8, merge: the mentions of one real-world event across documents become one Event.

Mentions are blocked by their set of parties (the states or organisations the participants
act for), so only mentions that could be the same event are compared; within a block they
are clustered when type, status, background, people and dates agree (`combine.same_event`).
Merging N mentions costs about N times the size of a block.

Documents that copy or rewrite one another are linked by the long sentences they share;
an event's independent sources are its documents after such links are joined.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from readout import dates
from readout.events.combine import merge_participants, parties, same_event
from readout.records import Event, EventMention, Source

VERSION = "merge.rules.v1"
REUSE_MIN_WORDS = 12


@dataclass(frozen=True)
class SourcedMention:
    document: str
    path: str
    title: str
    mention: EventMention
    position: int = 0


def merge(mentions: Iterable[SourcedMention],
          reuse: Sequence[tuple[str, str]] = ()) -> list[Event]:
    blocks: dict[frozenset[str], list[SourcedMention]] = defaultdict(list)
    for item in mentions:
        blocks[parties(item.mention.participants)].append(item)
    events = []
    for block in blocks.values():
        for cluster in _clusters(sorted(block, key=_order)):
            events.append(_event(cluster, reuse))
    return sorted(events, key=lambda e: (e.date or "9999", e.id))


def _order(item: SourcedMention) -> tuple[str, int]:
    return item.document, item.position


def _clusters(block: list[SourcedMention]) -> list[list[SourcedMention]]:
    clusters: list[list[SourcedMention]] = []
    for item in block:
        for cluster in clusters:
            if all(same_event(item.mention, other.mention) for other in cluster):
                cluster.append(item)
                break
        else:
            clusters.append([item])
    return clusters


def _event(cluster: list[SourcedMention], reuse: Sequence[tuple[str, str]]) -> Event:
    first = cluster[0].mention
    mentions = [item.mention for item in cluster]
    values = [m.date for m in mentions if m.date]
    topics: list[str] = []
    for mention in mentions:
        topics += [t for t in mention.topics if t not in topics]
    sources = tuple(Source(i.document, i.path, i.title, i.mention.evidence, i.position)
                    for i in cluster)
    documents = sorted({i.document for i in cluster})
    return Event(
        id=event_id(cluster[0]),
        type=first.type,
        participants=merge_participants([m.participants for m in mentions]),
        date=dates.most_precise(values) if values else None,
        location=next((m.location for m in mentions if m.location), None),
        occasion=next((m.occasion for m in mentions if m.occasion), None),
        topics=tuple(topics[:12]),
        background=all(m.background for m in mentions),
        status=first.status,
        sources=sources,
        independent_sources=independent(documents, reuse),
    )


def event_id(item: SourcedMention) -> str:
    """Stable across rebuilds: named after the first report of the event."""
    key = f"{item.document}:{item.position}"
    return "ev_" + hashlib.sha256(key.encode()).hexdigest()[:12]


def independent(documents: Sequence[str], reuse: Sequence[tuple[str, str]]) -> int:
    """Documents left once each group of copies counts as one (union-find over links)."""
    parent = {d: d for d in documents}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for a, b in reuse:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    return len({root(d) for d in documents})


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_NON_WORD = re.compile(r"\W+")


def fingerprints(text: str) -> set[str]:
    """Hashes of a text's long sentences, normalised: two documents sharing one reuse text."""
    out = set()
    for sentence in _SENTENCE.findall(text):
        words = _NON_WORD.sub(" ", sentence.lower()).split()
        if len(words) >= REUSE_MIN_WORDS:
            out.add(hashlib.sha1(" ".join(words).encode()).hexdigest()[:16])
    return out
