"""Merged events out to analysts' own tools, and back: JSON lines, CSV, Parquet and PLOVER.

JSON lines, CSV and Parquet carry every field of an event, so each reads back into the
same records (`read_events`). CSV keeps the nested parts (participants, sources, conflicts)
as JSON in their cells, with plain-text twins for spreadsheets. PLOVER follows the Open
Event Data Alliance's record layout: event type CONSULT with its mode, actors with ISO 3166
alpha-3 codes and Wikidata ids, one record per event with all participants; it is a
one-way format and reads back only into the fields it carries (`read_plover`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from readout.actors.kb import KnowledgeBase, load_kb
from readout.contract import event_from_json, event_json
from readout.errors import MalformedInputError, UsageError
from readout.events.combine import party
from readout.modes import plover_mode
from readout.records import ActorRef, Event

Format = Literal["jsonl", "csv", "parquet", "plover"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet", "plover")

CSV_COLUMNS = ("id", "date", "type", "status", "background", "participant_names",
               "location", "location_country", "occasion", "topics", "sources_count",
               "independent_sources", "merged_on", "participants", "sources", "conflicts")
_NESTED = ("participants", "sources", "conflicts")


def write(events: Sequence[Event], format: Format, out: Path) -> None:
    """Write events to a file in one of the formats."""
    if format not in FORMATS:
        raise UsageError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    if format == "parquet":
        _write_parquet(events, out)
        return
    render: Callable[[Sequence[Event]], str] = {
        "jsonl": jsonl_text, "csv": csv_text, "plover": plover_text}[format]
    out.write_text(render(events), encoding="utf-8")


def jsonl_text(events: Iterable[Event]) -> str:
    return "".join(json.dumps(event_json(e), ensure_ascii=False) + "\n" for e in events)


def csv_text(events: Iterable[Event]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        data = event_json(event)
        writer.writerow({
            "id": event.id, "date": event.date or "", "type": event.type,
            "status": event.status, "background": str(event.background).lower(),
            "participant_names": "; ".join(a.name for a in event.participants),
            "location": event.location.name if event.location else "",
            "location_country": (event.location.country or "") if event.location else "",
            "occasion": event.occasion or "", "topics": "; ".join(event.topics),
            "sources_count": len(event.sources),
            "independent_sources": event.independent_sources,
            "merged_on": "; ".join(event.merged_on),
            **{name: json.dumps(data[name], ensure_ascii=False) for name in _NESTED},
        })
    return buffer.getvalue()


def _write_parquet(events: Sequence[Event], out: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # A fixed schema: a column is typed the same whether or not any event has a value.
    actor = pa.struct([("name", pa.string()), ("id", pa.string()), ("kind", pa.string()),
                       ("country", pa.string())])
    span = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
    source = pa.struct([("document", pa.string()), ("path", pa.string()),
                        ("title", pa.string()), ("source_kind", pa.string()),
                        ("speaks_for", pa.string()), ("position", pa.int64()),
                        ("evidence", span)])
    conflict = pa.struct([("field", pa.string()), ("value", pa.string()),
                          ("documents", pa.list_(pa.string()))])
    schema = pa.schema([
        ("id", pa.string()), ("type", pa.string()), ("participants", pa.list_(actor)),
        ("date", pa.string()),
        ("location", pa.struct([("name", pa.string()), ("country", pa.string())])),
        ("occasion", pa.string()), ("topics", pa.list_(pa.string())),
        ("background", pa.bool_()), ("status", pa.string()), ("sources", pa.list_(source)),
        ("independent_sources", pa.int64()), ("merged_on", pa.list_(pa.string())),
        ("conflicts", pa.list_(conflict)),
    ])
    table = pa.Table.from_pylist([event_json(e) for e in events], schema=schema)
    pq.write_table(table, out)


def read_events(path: Path, format: Format) -> list[Event]:
    """Read an export in a lossless format back into events."""
    try:
        if format == "jsonl":
            lines = path.read_text(encoding="utf-8").splitlines()
            return [event_from_json(json.loads(line)) for line in lines if line.strip()]
        if format == "csv":
            with path.open(encoding="utf-8", newline="") as handle:
                return [_event_from_csv(row) for row in csv.DictReader(handle)]
        if format == "parquet":
            import pyarrow.parquet as pq

            return [event_from_json(row) for row in pq.read_table(path).to_pylist()]
    except (ValueError, KeyError, TypeError) as exc:
        raise MalformedInputError(str(path), f"not a readout {format} export ({exc})") from exc
    raise UsageError(f"{format} exports cannot be read back into events; use jsonl, csv "
                     "or parquet")


def _event_from_csv(row: dict[str, str]) -> Event:
    location = ({"name": row["location"], "country": row["location_country"] or None}
                if row["location"] else None)
    return event_from_json({
        "id": row["id"], "type": row["type"], "date": row["date"] or None,
        "location": location, "occasion": row["occasion"] or None,
        "topics": [t for t in row["topics"].split("; ") if t],
        "background": row["background"] == "true", "status": row["status"],
        "independent_sources": int(row["independent_sources"]),
        "merged_on": [f for f in row["merged_on"].split("; ") if f],
        **{name: json.loads(row[name]) for name in _NESTED},
    })


# -- PLOVER ---------------------------------------------------------------------------------

def plover_text(events: Iterable[Event], kb: KnowledgeBase | None = None) -> str:
    known = kb or load_kb()
    return "".join(json.dumps(plover_record(e, known), ensure_ascii=False) + "\n"
                    for e in events)


def plover_record(event: Event, kb: KnowledgeBase) -> dict[str, Any]:
    """One PLOVER record: a visit has the visitors as source and the host as target; other
    modes list every participant as a reciprocal source, with an empty target."""
    host = event.location.country if event.location else None
    mode = plover_mode(event.type, event.participants, event.location)
    actors = [_plover_actor(a, kb) for a in event.participants]
    if mode == "visit":
        source = [x for a, x in zip(event.participants, actors, strict=True) if party(a) != host]
        target: list[dict[str, Any]] | str = [
            x for a, x in zip(event.participants, actors, strict=True) if party(a) == host]
    else:
        source, target = actors, ""
    record: dict[str, Any] = {
        "id": event.id, "date": event.date, "event": "CONSULT", "mode": mode,
        "context": "diplomatic", "source": source, "target": target,
        "eventText": event.type, "text": event.sources[0].evidence.text if event.sources else "",
        "language": "en",
        "readout": {"status": event.status, "background": event.background,
                    "occasion": event.occasion, "topics": list(event.topics),
                    "sources": len(event.sources),
                    "independent_sources": event.independent_sources,
                    "documents": [s.document for s in event.sources]},
    }
    if event.location:
        record["eventLoc"] = {"name": event.location.name,
                              "country": _country_code(event.location.country, kb)}
    return record


def _plover_actor(actor: ActorRef, kb: KnowledgeBase) -> dict[str, Any]:
    if actor.kind == "organisation":
        code = next((key.upper() for kind, key in kb.surface.get(actor.name, ())
                     if kind == "organisation"), actor.name)
        sector = "IGO"
    else:
        code = _country_code(actor.country, kb) or ""
        sector = "GOV"
    return {"actorText": actor.name, "code": code, "sector": sector, "wikidata": _qid(actor)}


def _country_code(name: str | None, kb: KnowledgeBase) -> str | None:
    return kb.country_code_by_name(name) if name else None


def _qid(actor: ActorRef) -> str | None:
    return actor.id if actor.id and actor.id.startswith("Q") else None


def read_plover(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    except ValueError as exc:
        raise MalformedInputError(str(path), f"not a PLOVER JSON lines file ({exc})") from exc
