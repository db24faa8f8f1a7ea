"""Stage 10, views for the web app: what each page shows, and its JSON twin returns.

Every page of `readout serve` and its `/api` twin call one function here and get the same
frozen record back; the page renders it with escaped templates, the API as JSON. Functions
read the store (through `readout.store.browse`) and never speak SQL themselves. Fields that
other stages add over time (source counts, conflicts, official sources) are read with
`getattr`, so an older database still shows what it has.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from readout.actors import KnowledgeBase
from readout.actors.resolve import roles_over_time
from readout.errors import UsageError
from readout.records import ActorRef, Event, EventMention, Location, Span
from readout.store import EventFilter, Store
from readout.store import browse as q

MAX_PER_PAGE = 200
CONTEXT_CHARS = 360

T = TypeVar("T")


class NotFound(UsageError):
    """An id or name that the database does not hold (the API answers 404)."""

    code = "not-found"


class BadParameter(UsageError):
    """A filter or page value that cannot be used (the API answers 400)."""

    code = "bad-parameter"


@dataclass(frozen=True)
class Paging:
    page: int = 1
    per_page: int = 50

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def of(self, total: int) -> tuple[int, int, int, int]:
        """The paging fields of a list (total, page, per_page, pages) for `total` items."""
        return total, self.page, self.per_page, max(1, math.ceil(total / self.per_page))

    def checked(self) -> Paging:
        if self.page < 1 or not 1 <= self.per_page <= MAX_PER_PAGE:
            raise BadParameter(f"page must be 1 or more and per_page 1 to {MAX_PER_PAGE}")
        return self


@dataclass(frozen=True)
class Listing(Generic[T]):
    """One page of a list: its items and where the page stands in the whole."""

    items: tuple[T, ...]
    total: int
    page: int
    per_page: int
    pages: int


@dataclass(frozen=True)
class Filter:
    """The timeline's filters. `actors` must all take part: two of them make a pair."""

    actors: tuple[str, ...] = ()
    type: str | None = None
    mode: str | None = None
    since: str | None = None
    until: str | None = None
    topic: str | None = None
    background: bool | None = None


@dataclass(frozen=True)
class EventSummary:
    id: str
    type: str
    mode: str  # "in-person", "phone" or "video"
    date: str | None
    precision: str  # "day", "month", "year" or "unknown"
    participants: tuple[ActorRef, ...]
    location: Location | None
    occasion: str | None
    topics: tuple[str, ...]
    background: bool
    status: str
    sources: int
    independent_sources: int


EventList = Listing[EventSummary]


@dataclass(frozen=True)
class MonthCount:
    month: str  # YYYY-MM
    meetings: int
    calls: int


@dataclass(frozen=True)
class Context:
    """The evidence sentence in its paragraph: text before, the evidence, text after."""

    before: str
    evidence: str
    after: str


@dataclass(frozen=True)
class SourceView:
    document: str
    title: str
    path: str
    url: str | None
    outlet: str | None
    source_kind: str
    speaks_for: str | None
    published: str | None
    evidence: Span
    context: Context
    said: EventMention | None  # what this source itself reported


@dataclass(frozen=True)
class QuoteView:
    id: int
    document: str
    document_title: str
    published: str | None
    speaker: ActorRef | None
    text: str
    direct: bool
    cue: str | None
    channel: str | None
    highlight: tuple[tuple[str, bool], ...]  # (piece of text, matched the search)


@dataclass(frozen=True)
class QuoteSide:
    side: str
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True)
class ConflictView:
    field: str
    value: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class ReuseView:
    first: str
    second: str
    kind: str


@dataclass(frozen=True)
class EventDetail:
    event: EventSummary
    sources: tuple[SourceView, ...]
    sides: tuple[QuoteSide, ...]
    conflicts: tuple[ConflictView, ...]
    reuse: tuple[ReuseView, ...]
    merged_on: tuple[str, ...]


def check_date(value: str | None, name: str) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD filter value (empty means none), or a usage error."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value):
        return value
    raise BadParameter(f"{name} {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")


def precision(date: str | None) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(date), "unknown") if date else "unknown"


def _mode(event: Event) -> str:
    given = getattr(event, "mode", None)
    if isinstance(given, str) and given:
        return given
    if event.type != "call":
        return "in-person"
    return "video" if q.is_video([s.evidence.text for s in event.sources]) else "phone"


def summary(event: Event) -> EventSummary:
    return EventSummary(
        id=event.id, type=event.type, mode=_mode(event), date=event.date,
        precision=precision(event.date), participants=event.participants,
        location=event.location, occasion=event.occasion, topics=event.topics,
        background=event.background, status=event.status, sources=len(event.sources),
        independent_sources=int(getattr(event, "independent_sources", 1) or 1))


def _where(where: Filter) -> q.Where:
    base = EventFilter(actors=where.actors, since=where.since, until=where.until,
                       type=where.type)
    return q.Where(base, mode=where.mode, topic=where.topic, background=where.background)


def list_events(store: Store, where: Filter, paging: Paging = Paging()) -> EventList:
    """A page of the timeline: matching events, oldest first, undated last."""
    paging = paging.checked()
    sql_where = _where(where)
    total = q.count_events(store, sql_where)
    items = []
    for event_id in q.event_ids(store, sql_where, paging.per_page, paging.offset):
        event = store.event(event_id)
        if event is not None:
            items.append(summary(event))
    return EventList(tuple(items), *paging.of(total))


def monthly_counts(store: Store, where: Filter) -> tuple[MonthCount, ...]:
    """Meetings and calls per month from the first dated event to the last, gaps as zero."""
    found: dict[str, dict[str, int]] = {}
    for month, kind, count in q.monthly(store, _where(where)):
        found.setdefault(month, {})[kind] = count
    if not found:
        return ()
    months = _month_range(min(found), max(found))
    return tuple(MonthCount(m, found.get(m, {}).get("meeting", 0),
                            found.get(m, {}).get("call", 0)) for m in months)


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def event_detail(store: Store, event_id: str) -> EventDetail:
    """One event: its fields, every source with its evidence in context, what each side
    said about it, where sources disagree, and which sources copy one another."""
    event = store.event(event_id)
    if event is None:
        raise NotFound(f"no event {event_id!r}; list events at /api/events")
    doc_ids = sorted({s.document for s in event.sources})
    docs = q.documents_by_id(store, doc_ids)
    said = {(d, p): m for d, p, m in q.event_mentions(store, event_id)}
    sources = tuple(_source_view(s, docs.get(s.document), said.get((s.document, s.position)))
                    for s in event.sources)
    conflicts = tuple(ConflictView(c.field, c.value, tuple(c.documents))
                      for c in getattr(event, "conflicts", ()) or ())
    reuse = tuple(ReuseView(a, b, kind) for a, b, kind in q.reuse_among(store, doc_ids))
    # What was said about this event: the quotes each source links to the mention it is.
    reports = {(s.document, s.position) for s in event.sources}
    quotes = [_quote_view(row) for row in q.quotes_of(store, doc_ids)
              if (row.document, row.quote.event) in reports] if doc_ids else []
    return EventDetail(summary(event), sources, _sides(event, quotes), conflicts, reuse,
                       tuple(getattr(event, "merged_on", ()) or ()))


def _source_view(source: Any, doc: Any, said: EventMention | None) -> SourceView:
    text = doc["text"] if doc is not None else ""
    return SourceView(
        document=source.document, title=source.title or source.path, path=source.path,
        url=doc["url"] if doc is not None else None,
        outlet=doc["source"] if doc is not None else None,
        source_kind=(doc["source_kind"] if doc is not None else None)
        or getattr(source, "source_kind", None) or "news",
        speaks_for=(doc["speaks_for"] if doc is not None else None)
        or getattr(source, "speaks_for", None),
        published=doc["published_date"] if doc is not None else None,
        evidence=source.evidence, context=context(text, source.evidence), said=said)


def context(text: str, evidence: Span, chars: int = CONTEXT_CHARS) -> Context:
    """The paragraph around the evidence, cut to about `chars` on each side."""
    start, end = evidence.start, evidence.end
    if text[start:end] != evidence.text:
        found = text.find(evidence.text)
        if found < 0:
            return Context("", evidence.text, "")
        start, end = found, found + len(evidence.text)
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before = text[max(para_start, start - chars):start]
    after = text[end:min(para_end, end + chars)]
    if para_start < start - chars:
        before = "…" + before[before.find(" ") + 1:]
    if para_end > end + chars:
        after = after[:after.rfind(" ")] + "…"
    return Context(before, text[start:end], after)


def _quote_view(row: q.QuoteRow) -> QuoteView:
    quote = row.quote
    return QuoteView(row.id, row.document, row.title, row.published, quote.speaker,
                     quote.text, quote.direct, quote.cue, quote.channel,
                     _highlight(row.marked))


def _highlight(marked: str) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    for i, chunk in enumerate(marked.split(q.HIT_START)):
        hit, _, rest = chunk.partition(q.HIT_END) if i else ("", "", chunk)
        if hit:
            pieces.append((hit, True))
        if rest:
            pieces.append((rest, False))
    return tuple(pieces)


def _sides(event: Event, quotes: Sequence[QuoteView]) -> tuple[QuoteSide, ...]:
    """Quotes grouped by the side that spoke: each participant's country in the order of the
    participants, then anyone else."""
    order: list[str] = []
    for actor in event.participants:
        side = actor.country or actor.name
        if side not in order:
            order.append(side)
    grouped: dict[str, list[QuoteView]] = {side: [] for side in order}
    for quote in quotes:
        speaker = quote.speaker
        side = (speaker.country or speaker.name) if speaker else "Unattributed"
        grouped.setdefault(side if side in grouped else "Others", []).append(quote)
    return tuple(QuoteSide(side, tuple(items)) for side, items in grouped.items()
                 if items or side in order)


# -- actors -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ActorSummary:
    name: str
    id: str | None
    country: str | None
    events: int
    meetings: int
    calls: int
    last_date: str | None


ActorList = Listing[ActorSummary]


@dataclass(frozen=True)
class RoleView:
    title: str
    office: str
    country: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Counterpart:
    name: str
    country: str | None
    meetings: int
    calls: int
    last_date: str | None


@dataclass(frozen=True)
class ActorDetail:
    name: str
    id: str | None
    kind: str
    country: str | None
    roles: tuple[RoleView, ...]
    counterparts: tuple[Counterpart, ...]
    quotes: tuple[QuoteView, ...]
    quotes_total: int


def list_actors(store: Store, name: str | None = None,
                paging: Paging = Paging()) -> ActorList:
    paging = paging.checked()
    total, found = q.actors(store, name, paging.per_page, paging.offset)
    items = tuple(ActorSummary(r["name"], r["actor_id"], r["country"], r["events"],
                               r["meetings"], r["calls"], r["last_date"]) for r in found)
    return ActorList(items, *paging.of(total))


def actor_detail(store: Store, name: str, kb: Callable[[], KnowledgeBase],
                 quotes: int = 50) -> ActorDetail:
    """An actor: offices over time (knowledge base), counterparts met or called, quotes."""
    known = q.actor_kind(store, name)
    if known is None:
        raise NotFound(f"no actor {name!r} takes part in an event; list actors at /api/actors")
    kind, actor_id, country = known
    roles = tuple(RoleView(t.title, t.office, t.country, t.start or None, t.end or None)
                  for t in roles_over_time(kb(), name)) if kind == "person" else ()
    parts = tuple(Counterpart(r["name"], r["country"], r["meetings"], r["calls"],
                              r["last_date"]) for r in q.counterparts(store, name))
    total, found = q.search_quotes(store, q.QuoteQuery(speaker=name, exact_speaker=True),
                                   quotes, 0)
    said = tuple(_quote_view(row) for row in found)
    return ActorDetail(name, actor_id, kind, country, roles, parts, said, total)


# -- quotes -----------------------------------------------------------------------------------

QuoteList = Listing[QuoteView]


def search_quotes(store: Store, text: str | None = None, speaker: str | None = None,
                  since: str | None = None, paging: Paging = Paging(),
                  until: str | None = None) -> QuoteList:
    """Quotes whose words match `text` (full text, best first), by speaker and date."""
    paging = paging.checked()
    total, found = q.search_quotes(store, q.QuoteQuery(text, speaker, since, until),
                                   paging.per_page, paging.offset)
    return QuoteList(tuple(_quote_view(r) for r in found), *paging.of(total))


# -- documents --------------------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentSummary:
    id: str
    title: str
    path: str
    url: str | None
    outlet: str | None
    source_kind: str
    speaks_for: str | None
    published: str | None
    mentions: int
    quotes: int


DocumentList = Listing[DocumentSummary]


@dataclass(frozen=True)
class Segment:
    """A stretch of the cleaned text and what was extracted there ("event", "quote",
    "speaker"); plain text has no kinds."""

    text: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class RemovedView:
    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class MentionView:
    event: str | None
    type: str
    date: str | None
    participants: tuple[ActorRef, ...]
    background: bool
    status: str
    evidence: Span


@dataclass(frozen=True)
class DocumentDetail:
    document: DocumentSummary
    published: dict[str, Any] | None
    media_type: str
    segments: tuple[Segment, ...]
    mentions: tuple[MentionView, ...]
    quotes: tuple[QuoteView, ...]
    removed: tuple[RemovedView, ...] | None  # None unless asked for


def list_documents(store: Store, paging: Paging = Paging()) -> DocumentList:
    paging = paging.checked()
    total, found = q.documents(store, paging.per_page, paging.offset)
    items = tuple(_document_summary(r, r["mentions"], r["quotes"]) for r in found)
    return DocumentList(items, *paging.of(total))


def _document_summary(row: Any, mentions: int, quotes: int) -> DocumentSummary:
    return DocumentSummary(row["id"], row["title"] or row["path"], row["path"], row["url"],
                           row["source"], row["source_kind"] or "news", row["speaks_for"],
                           row["published_date"], mentions, quotes)


def document_detail(store: Store, document_id: str, removed: bool = False) -> DocumentDetail:
    """A document's cleaned text cut into segments at every extracted span, its event
    mentions and quotes, and (when asked) the boilerplate lines the cleaner removed."""
    row = q.documents_by_id(store, [document_id]).get(document_id)
    if row is None:
        raise NotFound(f"no document {document_id!r}; list documents at /api/documents")
    found = q.document_mentions(store, document_id)
    mentions = tuple(MentionView(event_id, m.type, m.date, m.participants, m.background,
                                 m.status, m.evidence) for event_id, m in found)
    quotes = tuple(_quote_view(r) for r in q.quotes_of(store, [document_id]))
    spans = [(m.evidence.start, m.evidence.end, "event") for m in mentions]
    for quote_row in q.quotes_of(store, [document_id]):
        quote = quote_row.quote
        spans.append((quote.start, quote.end, "quote"))
        if quote.speaker_mention:
            spans.append((quote.speaker_mention.start, quote.speaker_mention.end, "speaker"))
    lines = tuple(RemovedView(int(a), str(b), str(c)) for a, b, c in
                  json.loads(row["removed_json"] or "[]")) if removed else None
    published = json.loads(row["published_json"]) if row["published_json"] else None
    return DocumentDetail(_document_summary(row, len(mentions), len(quotes)), published,
                          row["media_type"], segments(row["text"], spans), mentions, quotes,
                          lines)


def segments(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[Segment, ...]:
    """The text cut at every span boundary; each piece lists the kinds of spans over it."""
    valid = [(max(0, s), min(len(text), e), k) for s, e, k in spans if s < e]
    cuts = sorted({0, len(text), *(s for s, _, _ in valid), *(e for _, e, _ in valid)})
    out: list[Segment] = []
    for start, end in itertools.pairwise(cuts):
        kinds = tuple(sorted({k for s, e, k in valid if s <= start and end <= e}))
        out.append(Segment(text[start:end], kinds))
    return tuple(out)
