"""The typed records that flow between pipeline stages.

Every stage takes and returns these frozen dataclasses; nothing else crosses a stage
boundary. Offsets (`start`, `end`) are character offsets into `Document.text`, the cleaned
text that `readout extract --text` prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorKind = Literal["person", "country", "organisation"]
EventType = Literal["meeting", "call"]
EventStatus = Literal["happened", "planned", "cancelled"]
Precision = Literal["day", "month", "year"]
DateSource = Literal["given", "metadata", "inferred"]
SourceKind = Literal["news", "official"]


@dataclass(frozen=True)
class Span:
    """A stretch of the cleaned text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class RemovedLine:
    """A line the cleaner took out, with the rule that removed it."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class PublishedDate:
    """When a document was published, and how we know.

    `date` is as precise as `precision` says (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); `min` and
    `max` bound the day when the evidence gives a range.
    """

    date: str
    precision: Precision
    source: DateSource
    min: str | None = None
    max: str | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """One article or statement: its original bytes, its flattened and cleaned text."""

    id: str
    path: str
    title: str
    text: str
    raw_text: str
    original: bytes
    media_type: str
    url: str | None = None
    published: PublishedDate | None = None
    source: str | None = None
    source_kind: SourceKind = "news"
    removed: tuple[RemovedLine, ...] = ()
    # For an official readout: the government or organisation it speaks for ("CN", "RU",
    # "UN"); None for news reports.
    speaks_for: str | None = None
    # For text that cannot be dated: the first and last days (ISO) its cues allow, which
    # still tell who held an office and what was already past (see time.infer_dating).
    date_window: tuple[str, str] | None = None


@dataclass(frozen=True)
class Actor:
    """An entry of the knowledge base: a state, an organisation or a person."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    qid: str | None = None


@dataclass(frozen=True)
class Role:
    """A date-bounded office held by a person (`start`/`end` are ISO dates or None)."""

    actor_id: str
    office: str
    country: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class ActorRef:
    """An actor as it appears in output: canonical name, id, kind, country."""

    name: str
    id: str | None
    kind: ActorKind
    country: str | None = None


@dataclass(frozen=True)
class ActorMention:
    """A stretch of text that refers to an actor."""

    span: Span
    actor: ActorRef
    how: str  # "name", "alias", "title", "demonym", "metonym", "counterpart", "pronoun"


@dataclass(frozen=True)
class TimeMention:
    """A date expression and its TIMEX3-style value (`2022-03-30`, `2024-05`, `2023`)."""

    span: Span
    value: str
    rule: str


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None


@dataclass(frozen=True)
class EventMention:
    """One contact event as one document reports it."""

    type: EventType
    participants: tuple[ActorRef, ...]
    date: str | None
    location: Location | None
    occasion: str | None
    topics: tuple[str, ...]
    background: bool
    status: EventStatus
    evidence: Span
    trigger: str


@dataclass(frozen=True)
class Quote:
    """Something an actor said, directly (between quote marks) or in reported speech."""

    text: str
    start: int
    end: int
    speaker: ActorRef | None
    speaker_mention: Span | None
    direct: bool
    cue: str | None
    channel: str | None
    partial: bool = False
    event: int | None = None  # the document's event mention (index) this quote speaks about


@dataclass(frozen=True)
class Failure:
    """Why one input could not be read or annotated. Recorded, never raised past a batch."""

    path: str
    stage: str
    code: str
    message: str


@dataclass(frozen=True)
class Annotation:
    """All a document yields: the output of the per-document stages."""

    document: Document
    events: tuple[EventMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stages: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Source:
    """One document's report of a merged event."""

    document: str
    path: str
    title: str
    evidence: Span
    position: int = 0  # which of the document's event mentions
    source_kind: SourceKind = "news"
    speaks_for: str | None = None


@dataclass(frozen=True)
class Conflict:
    """Sources that disagree on a field: one value and the documents that give it."""

    field: str  # "date", "location" or "occasion"
    value: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class ReuseLink:
    """Two documents where one copies or rewrites the other."""

    first: str
    second: str
    kind: str  # "near-duplicate" (MinHash) or "shared-sentences" (long sentences in common)
    score: float


@dataclass(frozen=True)
class Event:
    """A real-world contact event, merged from all the mentions that report it."""

    id: str
    type: EventType
    participants: tuple[ActorRef, ...]
    date: str | None
    location: Location | None
    occasion: str | None
    topics: tuple[str, ...]
    background: bool
    status: EventStatus
    sources: tuple[Source, ...]
    independent_sources: int = 1
    merged_on: tuple[str, ...] = ()  # fields that two or more sources gave and agreed on
    conflicts: tuple[Conflict, ...] = ()
