"""Records to table rows and back (JSON columns for the nested parts)."""

from __future__ import annotations

import json
from typing import Any

from readout.records import (
    ActorKind,
    ActorRef,
    EventMention,
    EventStatus,
    EventType,
    Location,
    PublishedDate,
    Quote,
    Span,
)

# The order an event's sources are listed in: the earliest report first, then by document
# id. Not by path: a document ingested from two folders at once keeps whichever path came
# first, and the listing must not depend on that race.
SOURCE_ORDER = "d.published_date IS NULL, d.published_date, d.id, m.evidence_start"


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def actor_to(actor: ActorRef) -> dict[str, Any]:
    return {"name": actor.name, "id": actor.id, "kind": actor.kind, "country": actor.country}


def actor_from(data: dict[str, Any]) -> ActorRef:
    kind: ActorKind = data["kind"]
    return ActorRef(data["name"], data.get("id"), kind, data.get("country"))


def actors_from(text: str) -> tuple[ActorRef, ...]:
    return tuple(actor_from(item) for item in json.loads(text))


def location_to(location: Location | None) -> str | None:
    return None if location is None else dump({"name": location.name,
                                               "country": location.country})


def location_from(text: str | None) -> Location | None:
    if not text:
        return None
    data = json.loads(text)
    return Location(data["name"], data.get("country"))


def published_to(published: PublishedDate | None) -> str | None:
    if published is None:
        return None
    return dump({"date": published.date, "precision": published.precision,
                 "source": published.source, "min": published.min, "max": published.max,
                 "evidence": list(published.evidence)})


def mention_row(document_id: str, position: int, mention: EventMention) -> tuple[Any, ...]:
    return (
        document_id, position, mention.type, mention.date,
        dump([actor_to(a) for a in mention.participants]), location_to(mention.location),
        mention.occasion, dump(list(mention.topics)), int(mention.background), mention.status,
        mention.evidence.text, mention.evidence.start, mention.evidence.end, mention.trigger,
    )


def mention_from(row: Any) -> EventMention:
    kind: EventType = row["type"]
    state: EventStatus = row["status"]
    return EventMention(
        type=kind, participants=actors_from(row["participants_json"]), date=row["date"],
        location=location_from(row["location_json"]), occasion=row["occasion"],
        topics=tuple(json.loads(row["topics_json"])), background=bool(row["background"]),
        status=state,
        evidence=Span(row["evidence_text"], row["evidence_start"], row["evidence_end"]),
        trigger=row["trigger"],
    )


def quote_row(document_id: str, position: int, quote: Quote) -> tuple[Any, ...]:
    mention = quote.speaker_mention
    return (
        document_id, position, quote.text, quote.start, quote.end,
        dump(actor_to(quote.speaker)) if quote.speaker else None,
        quote.speaker.name if quote.speaker else None,
        dump({"text": mention.text, "start": mention.start, "end": mention.end})
        if mention else None,
        int(quote.direct), int(quote.partial), quote.cue, quote.channel, quote.event,
    )


def quote_from(row: Any) -> Quote:
    mention = json.loads(row["speaker_mention_json"]) if row["speaker_mention_json"] else None
    return Quote(
        text=row["text"], start=row["start"], end=row["end"],
        speaker=actor_from(json.loads(row["speaker_json"])) if row["speaker_json"] else None,
        speaker_mention=Span(**mention) if mention else None, direct=bool(row["direct"]),
        cue=row["cue"], channel=row["channel"], partial=bool(row["partial"]),
        event=row["event_position"],
    )
