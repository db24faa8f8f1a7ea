"""Records to the JSON shapes other tools rely on (DESIGN.md: `readout extract`, events)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from readout.modes import plover_mode
from readout.records import (
    ActorRef,
    Annotation,
    Conflict,
    Event,
    EventMention,
    Location,
    PublishedDate,
    Quote,
    Source,
    Span,
)


def actor_json(actor: ActorRef | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "id": actor.id, "kind": actor.kind, "country": actor.country}


def span_json(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def location_json(location: Location | None) -> dict[str, Any] | None:
    return None if location is None else {"name": location.name, "country": location.country}


def published_json(published: PublishedDate | None) -> dict[str, Any] | None:
    if published is None:
        return None
    return {"date": published.date, "precision": published.precision, "source": published.source,
            "min": published.min, "max": published.max, "evidence": list(published.evidence)}


def _event_fields(event: EventMention | Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "participants": [actor_json(a) for a in event.participants],
        "date": event.date,
        "location": location_json(event.location),
        "occasion": event.occasion,
        "topics": list(event.topics),
        "background": event.background,
        "status": event.status,
        "plover_mode": plover_mode(event.type, event.participants, event.location),
    }


def mention_json(mention: EventMention) -> dict[str, Any]:
    return {**_event_fields(mention), "evidence": span_json(mention.evidence)}


def quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "speaker": actor_json(quote.speaker),
        "text": quote.text, "start": quote.start, "end": quote.end,
        "speaker_mention": span_json(quote.speaker_mention),
        "direct": quote.direct, "partial": quote.partial, "cue": quote.cue,
        "channel": quote.channel, "event": quote.event, "kind": quote_kind(quote),
    }


def quote_kind(quote: Quote) -> str:
    """`speech` (quoted words), `partial` (a fragment inside reported speech) or `reported`
    (indirect speech). Scare quotes are never output: nobody said them."""
    if not quote.direct:
        return "reported"
    return "partial" if quote.partial else "speech"


def annotation_json(annotation: Annotation, with_text: bool = False) -> dict[str, Any]:
    document = annotation.document
    out: dict[str, Any] = {
        "id": document.id, "path": document.path, "title": document.title,
        "published": published_json(document.published),
        "source_kind": document.source_kind, "speaks_for": document.speaks_for,
        "events": [mention_json(m) for m in annotation.events],
        "quotes": [quote_json(q) for q in annotation.quotes],
    }
    if with_text:
        out["text"] = document.text
    return out


def event_json(event: Event) -> dict[str, Any]:
    sources = [{"document": s.document, "path": s.path, "title": s.title,
                "source_kind": s.source_kind, "speaks_for": s.speaks_for,
                "position": s.position, "evidence": span_json(s.evidence)}
               for s in event.sources]
    return {"id": event.id, **_event_fields(event), "sources": sources,
            "independent_sources": event.independent_sources,
            "merged_on": list(event.merged_on),
            "conflicts": [{"field": c.field, "value": c.value, "documents": list(c.documents)}
                          for c in event.conflicts]}


def event_from_json(data: Mapping[str, Any]) -> Event:
    """The inverse of `event_json`, for exports read back by other tools and tests."""
    location = data.get("location")
    return Event(
        id=data["id"], type=data["type"],
        participants=tuple(_actor(a) for a in data["participants"]), date=data.get("date"),
        location=Location(location["name"], location.get("country")) if location else None,
        occasion=data.get("occasion"), topics=tuple(data.get("topics") or ()),
        background=bool(data["background"]), status=data["status"],
        sources=tuple(Source(s["document"], s["path"], s["title"], Span(**s["evidence"]),
                             s.get("position", 0), s.get("source_kind", "news"),
                             s.get("speaks_for")) for s in data["sources"]),
        independent_sources=int(data["independent_sources"]),
        merged_on=tuple(data.get("merged_on") or ()),
        conflicts=tuple(Conflict(c["field"], c["value"], tuple(c["documents"]))
                        for c in data.get("conflicts") or ()))


def _actor(data: Mapping[str, Any]) -> ActorRef:
    return ActorRef(data["name"], data.get("id"), data["kind"], data.get("country"))
