"""Records to the JSON shapes other tools rely on (DESIGN.md: `readout extract`, events)."""

from __future__ import annotations

from typing import Any

from readout.records import (
    ActorRef,
    Annotation,
    Event,
    EventMention,
    Location,
    PublishedDate,
    Quote,
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
    }


def mention_json(mention: EventMention) -> dict[str, Any]:
    return {**_event_fields(mention), "evidence": span_json(mention.evidence)}


def quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "speaker": actor_json(quote.speaker),
        "text": quote.text, "start": quote.start, "end": quote.end,
        "speaker_mention": span_json(quote.speaker_mention),
        "direct": quote.direct, "partial": quote.partial, "cue": quote.cue,
        "channel": quote.channel,
    }


def annotation_json(annotation: Annotation, with_text: bool = False) -> dict[str, Any]:
    document = annotation.document
    out: dict[str, Any] = {
        "id": document.id, "path": document.path, "title": document.title,
        "published": published_json(document.published),
        "events": [mention_json(m) for m in annotation.events],
        "quotes": [quote_json(q) for q in annotation.quotes],
    }
    if with_text:
        out["text"] = document.text
    return out


def event_json(event: Event) -> dict[str, Any]:
    sources = [{"document": s.document, "path": s.path, "title": s.title,
                "evidence": span_json(s.evidence)} for s in event.sources]
    return {"id": event.id, **_event_fields(event), "sources": sources,
            "independent_sources": event.independent_sources}
