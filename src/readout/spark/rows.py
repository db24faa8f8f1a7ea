"""Records to the flat rows of the Parquet tables and back. Plain Python, no Spark.

The tables keep the store's column names; nested parts (participants, locations, spans,
the publication date with its evidence) are JSON text, as in SQLite, so the tables read back
losslessly into the records. Every table but `failures` and `reuse` has a `month` column
(`YYYY-MM` of the publication or event date, else `undated`) that the Parquet files are
partitioned by.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np

from readout.contract import event_from_json, event_json
from readout.dates import parse_iso_prefix
from readout.errors import MalformedInputError
from readout.merge import SourcedMention, group_key
from readout.merge import reuse as reuse_rules
from readout.records import (
    Annotation,
    Document,
    Event,
    Failure,
    PublishedDate,
    RemovedLine,
)
from readout.sources import document_id
from readout.store import rows

Row = dict[str, Any]

DOCUMENT_COLUMNS = ("id", "path", "title", "url", "source", "source_kind", "media_type",
                    "published_date", "published_json", "original", "raw_text", "text",
                    "removed_json", "stages", "speaks_for", "month")
MENTION_COLUMNS = ("document_id", "position", "type", "date", "participants_json",
                   "location_json", "occasion", "topics_json", "background", "status",
                   "evidence_text", "evidence_start", "evidence_end", "trigger", "group_key",
                   "path", "title", "source_kind", "speaks_for", "published_date", "month")
QUOTE_COLUMNS = ("document_id", "position", "text", "start", "end", "speaker_json",
                 "speaker_name", "speaker_mention_json", "direct", "partial", "cue", "channel",
                 "event_position", "month")
EVENT_COLUMNS = ("id", "group_key", "type", "date", "participants", "independent_sources",
                 "sources", "event_json", "month")
FAILURE_COLUMNS = ("path", "stage", "code", "message")
REUSE_COLUMNS = ("first", "second", "kind", "score")
# A document on its way in: before cleaning, as `sources` reads it.
INPUT_COLUMNS = ("order", "id", "path", "title", "raw_text", "original", "media_type", "url",
                 "published_json", "source", "source_kind", "speaks_for")


def month(date: str | None) -> str:
    return date[:7] if date and len(date) >= 7 else (f"{date}-00" if date else "undated")


# -- documents in ------------------------------------------------------------------------------

def input_row(document: Document, order: str) -> Row:
    """A document as read (before cleaning); `order` keeps the first of duplicate ids."""
    return {"order": order, "id": document.id, "path": document.path, "title": document.title,
            "raw_text": document.raw_text, "original": document.original,
            "media_type": document.media_type, "url": document.url,
            "published_json": rows.published_to(document.published),
            "source": document.source, "source_kind": document.source_kind,
            "speaks_for": document.speaks_for}


def document_from_input(row: Mapping[str, Any]) -> Document:
    return Document(id=row["id"], path=row["path"], title=row["title"] or "", text="",
                    raw_text=row["raw_text"], original=bytes(row["original"]),
                    media_type=row["media_type"], url=row["url"],
                    published=published_from(row["published_json"]), source=row["source"],
                    source_kind=row["source_kind"] or "news", speaks_for=row["speaks_for"])


def document_from_record(record: Mapping[str, Any], where: str) -> Document:
    """A row of an input Parquet file: `text` required; `id`, `title`, `url`, `published`,
    `source` optional, as in a JSON Lines record."""
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise MalformedInputError(where, "record has no \"text\" string; add the article text")
    published = _text(record.get("published"))
    parsed = parse_iso_prefix(published) if published else None
    if published and parsed is None:
        raise MalformedInputError(where, f"field 'published' is not a date: {published!r}; "
                                  "use YYYY-MM-DD")
    original = json.dumps({k: _text(v) for k, v in record.items()}, ensure_ascii=False)
    return Document(
        id=_text(record.get("id")) or document_id(body), path=where.rsplit(":", 1)[0],
        title=_text(record.get("title")) or "", text="", raw_text=body,
        original=original.encode("utf-8"), media_type="application/jsonl",
        url=_text(record.get("url")),
        published=PublishedDate(parsed[0], parsed[1], "metadata") if parsed else None,
        source=_text(record.get("source")))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def published_from(text: str | None) -> PublishedDate | None:
    if not text:
        return None
    data = json.loads(text)
    return PublishedDate(data["date"], data["precision"], data["source"], data.get("min"),
                         data.get("max"), tuple(data.get("evidence") or ()))


# -- annotations out ---------------------------------------------------------------------------

def document_row(annotation: Annotation) -> Row:
    doc = annotation.document
    published = doc.published.date if doc.published else None
    return {"id": doc.id, "path": doc.path, "title": doc.title, "url": doc.url,
            "source": doc.source, "source_kind": doc.source_kind,
            "media_type": doc.media_type, "published_date": published,
            "published_json": rows.published_to(doc.published), "original": doc.original,
            "raw_text": doc.raw_text, "text": doc.text,
            "removed_json": rows.dump([[r.line, r.text, r.rule] for r in doc.removed]),
            "stages": " ".join(annotation.stages), "speaks_for": doc.speaks_for,
            "month": month(published)}


def mention_rows(annotation: Annotation) -> list[Row]:
    doc = annotation.document
    published = doc.published.date if doc.published else None
    out = []
    for position, mention in enumerate(annotation.events):
        values = rows.mention_row(doc.id, position, mention)
        out.append({**dict(zip(MENTION_COLUMNS[:14], values, strict=True)),
                    "group_key": group_key(mention, published), "path": doc.path,
                    "title": doc.title, "source_kind": doc.source_kind,
                    "speaks_for": doc.speaks_for, "published_date": published,
                    "month": month(published)})
    return out


def quote_rows(annotation: Annotation) -> list[Row]:
    doc = annotation.document
    published = doc.published.date if doc.published else None
    return [{**dict(zip(QUOTE_COLUMNS[:13], rows.quote_row(doc.id, i, q), strict=True)),
             "month": month(published)} for i, q in enumerate(annotation.quotes)]


def failure_row(failure: Failure) -> Row:
    return {"path": failure.path, "stage": failure.stage, "code": failure.code,
            "message": failure.message}


def reuse_keys(text: str) -> tuple[list[str], bytes | None, list[str]]:
    """What the reuse self-joins need: fingerprints, the MinHash signature and its bands."""
    signature = reuse_rules.signature(text)
    bands = reuse_rules.bands(signature) if signature is not None else []
    return sorted(reuse_rules.fingerprints(text)), signature, bands


def event_row(event: Event, key: str) -> Row:
    return {"id": event.id, "group_key": key, "type": event.type, "date": event.date,
            "participants": "; ".join(a.name for a in event.participants),
            "independent_sources": event.independent_sources, "sources": len(event.sources),
            "event_json": json.dumps(event_json(event), ensure_ascii=False, sort_keys=True),
            "month": month(event.date)}


# -- back into records ---------------------------------------------------------------------------

def annotation_from(document: Mapping[str, Any], mentions: Sequence[Mapping[str, Any]],
                    quotes: Sequence[Mapping[str, Any]]) -> Annotation:
    removed = tuple(RemovedLine(line, text, rule)
                    for line, text, rule in json.loads(document["removed_json"]))
    doc = Document(
        id=document["id"], path=document["path"], title=document["title"],
        text=document["text"], raw_text=document["raw_text"],
        original=bytes(document["original"]), media_type=document["media_type"],
        url=document["url"], published=published_from(document["published_json"]),
        source=document["source"], source_kind=document["source_kind"], removed=removed,
        speaks_for=document["speaks_for"])
    ordered = sorted(mentions, key=lambda r: int(r["position"]))
    said = sorted(quotes, key=lambda r: int(r["position"]))
    return Annotation(document=doc, events=tuple(rows.mention_from(r) for r in ordered),
                      quotes=tuple(rows.quote_from(r) for r in said),
                      stages=tuple(str(document["stages"]).split()))


def sourced_mention(row: Mapping[str, Any]) -> SourcedMention:
    return SourcedMention(row["document_id"], row["path"], row["title"],
                          rows.mention_from(row), int(row["position"]), row["source_kind"],
                          row["speaks_for"], row["published_date"])


def event_from_row(row: Mapping[str, Any]) -> Event:
    return event_from_json(json.loads(row["event_json"]))


INT_COLUMNS = frozenset({"position", "start", "end", "evidence_start", "evidence_end",
                         "event_position", "background", "direct", "partial",
                         "independent_sources", "sources"})


def records(frame: Any) -> Iterator[dict[str, Any]]:
    """The rows of a pandas DataFrame as plain Python dicts: missing values as None, numpy
    scalars as Python ones, and integer columns (floats in pandas when they hold a null)
    as int."""
    for record in frame.to_dict("records"):
        yield {k: _plain(k, v) for k, v in record.items()}


def _plain(name: str, value: Any) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or (isinstance(value, float) and value != value):
        return None
    if name in INT_COLUMNS and isinstance(value, float):
        return int(value)
    return value
