"""Reading queries for the web app and its API: pages of events, actors, quotes, documents.

Functions take an open `Store` and return plain rows or records; `readout.browse` turns them
into the views that pages and JSON share. Nothing here writes.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from readout.records import EventMention, Quote
from readout.store import EventFilter, Store, event_clauses, rows

# Words in a call's evidence that make it a video call rather than a telephone call.
VIDEO_WORDS = ("video", "virtual", "online", "teleconference")
HIT_START, HIT_END = "\x02", "\x03"  # markers around full-text matches, escaped by the page


@dataclass(frozen=True)
class Where:
    """What the timeline asks for: the CLI's filter plus mode, topic and background."""

    base: EventFilter = field(default_factory=EventFilter)
    mode: str | None = None  # "in-person", "phone" or "video"
    topic: str | None = None
    background: bool | None = None


@dataclass(frozen=True)
class QuoteQuery:
    text: str | None = None
    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    exact_speaker: bool = False


@dataclass(frozen=True)
class QuoteRow:
    id: int
    document: str
    title: str
    published: str | None
    quote: Quote
    marked: str  # the quote text with HIT_START/HIT_END around matched words


def _video_sql() -> str:
    words = " OR ".join(f"lower(m.evidence_text) LIKE '%{w}%'" for w in VIDEO_WORDS)
    return ("EXISTS (SELECT 1 FROM event_sources s JOIN mentions m ON m.id = s.mention_id "
            f"WHERE s.event_id = e.id AND ({words}))")


def _where(where: Where) -> tuple[str, list[Any]]:
    clauses, base_params = event_clauses(where.base)
    params: list[Any] = list(base_params)
    if where.mode == "in-person":
        clauses.append("e.type = 'meeting'")
    elif where.mode == "video":
        clauses.append(f"e.type = 'call' AND {_video_sql()}")
    elif where.mode == "phone":
        clauses.append(f"e.type = 'call' AND NOT {_video_sql()}")
    if where.topic:
        clauses.append("EXISTS (SELECT 1 FROM json_each(e.topics_json) t "
                       "WHERE t.value LIKE ?)")
        params.append(f"%{where.topic}%")
    if where.background is not None:
        clauses.append("e.background = ?")
        params.append(int(where.background))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_events(store: Store, where: Where) -> int:
    sql, params = _where(where)
    return int(store.db.execute(f"SELECT count(*) FROM events e{sql}", params).fetchone()[0])


def event_ids(store: Store, where: Where, limit: int, offset: int) -> list[str]:
    sql, params = _where(where)
    query = (f"SELECT e.id FROM events e{sql} ORDER BY e.date IS NULL, e.date, e.id "
             "LIMIT ? OFFSET ?")
    return [r[0] for r in store.db.execute(query, [*params, limit, offset])]


def monthly(store: Store, where: Where) -> list[tuple[str, str, int]]:
    """(YYYY-MM, type, count) for the dated events that match, by month."""
    sql, params = _where(where)
    sql += (" AND " if sql else " WHERE ") + "length(e.date) >= 7"
    query = (f"SELECT substr(e.date, 1, 7), e.type, count(*) FROM events e{sql} "
             "GROUP BY 1, 2 ORDER BY 1")
    return [(r[0], r[1], int(r[2])) for r in store.db.execute(query, params)]


def is_video(evidence: Sequence[str]) -> bool:
    return any(word in text.lower() for text in evidence for word in VIDEO_WORDS)


def event_mentions(store: Store, event_id: str) -> list[tuple[str, int, EventMention]]:
    """(document id, position, mention) for each source of an event."""
    query = ("SELECT m.* FROM event_sources s JOIN mentions m ON m.id = s.mention_id "
             "WHERE s.event_id = ? ORDER BY m.document_id, m.position")
    return [(r["document_id"], r["position"], rows.mention_from(r))
            for r in store.db.execute(query, (event_id,))]


def _columns(store: Store, table: str) -> set[str]:
    return {r[1] for r in store.db.execute(f"PRAGMA table_info({table})")}


def documents_by_id(store: Store, ids: Sequence[str]) -> dict[str, sqlite3.Row]:
    """Document rows (without the original bytes) by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    query = f"SELECT {_document_fields(store)} FROM documents WHERE id IN ({marks})"
    return {r["id"]: r for r in store.db.execute(query, list(ids))}


def _document_fields(store: Store) -> str:
    wanted = ["id", "path", "title", "url", "source", "source_kind", "media_type",
              "published_date", "published_json", "text", "removed_json", "ingested_at",
              "speaks_for"]
    have = _columns(store, "documents")
    return ", ".join(name if name in have else f"NULL AS {name}" for name in wanted)


def reuse_among(store: Store, ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """(first, second, kind) for pairs of these documents where one copies the other."""
    if len(ids) < 2:
        return []
    marks = ",".join("?" * len(ids))
    tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
    if "reuse" in tables:
        query = (f"SELECT first, second, kind FROM reuse WHERE first IN ({marks}) "
                 f"AND second IN ({marks}) ORDER BY first, second")
        return [(r[0], r[1], r[2]) for r in store.db.execute(query, [*ids, *ids])]
    query = ("SELECT DISTINCT a.document_id, b.document_id FROM fingerprints a JOIN "
             "fingerprints b ON a.hash = b.hash AND a.document_id < b.document_id "
             f"WHERE a.document_id IN ({marks}) AND b.document_id IN ({marks})")
    return [(r[0], r[1], "shared-sentences") for r in store.db.execute(query, [*ids, *ids])]


def quotes_of(store: Store, document_ids: Sequence[str]) -> list[QuoteRow]:
    marks = ",".join("?" * len(document_ids))
    query = (f"SELECT q.*, q.text AS marked, d.title, d.published_date FROM quotes q "
             f"JOIN documents d ON d.id = q.document_id WHERE q.document_id IN ({marks}) "
             "ORDER BY q.document_id, q.position")
    return [_quote_row(r) for r in store.db.execute(query, list(document_ids))]


def _quote_row(row: sqlite3.Row) -> QuoteRow:
    return QuoteRow(row["id"], row["document_id"], row["title"], row["published_date"],
                    rows.quote_from(row), row["marked"])


def fts_query(text: str) -> str | None:
    """User words as an FTS5 query: every word must occur (prefix match on the last one).
    Quoting each word keeps FTS5 syntax (AND, NEAR, column filters) out of user input."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    quoted = ['"' + w.replace('"', "") + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _quote_where(query: QuoteQuery) -> tuple[str, list[Any], bool]:
    clauses: list[str] = []
    params: list[Any] = []
    match = fts_query(query.text or "")
    if match:
        clauses.append("quotes_fts MATCH ?")
        params.append(match)
    if query.speaker and query.exact_speaker:
        clauses.append("q.speaker_name = ?")
        params.append(query.speaker)
    elif query.speaker:
        clauses.append("q.speaker_name LIKE ?")
        params.append(f"%{query.speaker}%")
    if query.since:
        clauses.append("d.published_date >= ?")
        params.append(query.since)
    if query.until:
        clauses.append("substr(d.published_date, 1, length(?)) <= ?")
        params += [query.until, query.until]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params, bool(match)


def search_quotes(store: Store, query: QuoteQuery, limit: int,
                  offset: int) -> tuple[int, list[QuoteRow]]:
    """Quotes matching the words (FTS5, best first) and filters, and how many match."""
    sql, params, fts = _quote_where(query)
    joins = ("FROM quotes q JOIN documents d ON d.id = q.document_id"
             + (" JOIN quotes_fts ON quotes_fts.rowid = q.id" if fts else ""))
    total = int(store.db.execute(f"SELECT count(*) {joins}{sql}", params).fetchone()[0])
    marked = (f"highlight(quotes_fts, 0, '{HIT_START}', '{HIT_END}')" if fts else "q.text")
    order = "rank, q.id" if fts else "d.published_date IS NULL, d.published_date DESC, q.id"
    found = store.db.execute(
        f"SELECT q.*, {marked} AS marked, d.title, d.published_date {joins}{sql} "
        f"ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    return total, [_quote_row(r) for r in found]


def actors(store: Store, name: str | None, limit: int,
           offset: int) -> tuple[int, list[sqlite3.Row]]:
    """Participants with their numbers of events, meetings and calls, most active first."""
    where, params = ("WHERE a.name LIKE ?", [f"%{name}%"]) if name else ("", [])
    total = int(store.db.execute(
        f"SELECT count(DISTINCT a.name) FROM event_actors a {where}", params).fetchone()[0])
    query = (
        "SELECT a.name, max(a.actor_id) AS actor_id, max(a.country) AS country, "
        "count(DISTINCT e.id) AS events, "
        "count(DISTINCT CASE WHEN e.type = 'meeting' THEN e.id END) AS meetings, "
        "count(DISTINCT CASE WHEN e.type = 'call' THEN e.id END) AS calls, "
        "max(e.date) AS last_date FROM event_actors a JOIN events e ON e.id = a.event_id "
        f"{where} GROUP BY a.name ORDER BY events DESC, a.name LIMIT ? OFFSET ?")
    return total, list(store.db.execute(query, [*params, limit, offset]))


def actor_kind(store: Store, name: str) -> tuple[str, str | None, str | None] | None:
    """(kind, id, country) of a participant as events record it, or None when unknown."""
    row = store.db.execute(
        "SELECT e.participants_json FROM event_actors a JOIN events e ON e.id = a.event_id "
        "WHERE a.name = ? LIMIT 1", (name,)).fetchone()
    if row is None:
        return None
    for item in json.loads(row[0]):
        if item["name"] == name:
            return item["kind"], item.get("id"), item.get("country")
    return None


def counterparts(store: Store, name: str) -> list[sqlite3.Row]:
    """Who an actor met or called, with counts by type and the latest date."""
    query = (
        "SELECT b.name, max(b.country) AS country, "
        "count(DISTINCT CASE WHEN e.type = 'meeting' THEN e.id END) AS meetings, "
        "count(DISTINCT CASE WHEN e.type = 'call' THEN e.id END) AS calls, "
        "max(e.date) AS last_date FROM event_actors a "
        "JOIN event_actors b ON b.event_id = a.event_id AND b.name <> a.name "
        "JOIN events e ON e.id = a.event_id WHERE a.name = ? "
        "GROUP BY b.name ORDER BY meetings + calls DESC, b.name")
    return list(store.db.execute(query, (name,)))


def documents(store: Store, limit: int, offset: int) -> tuple[int, list[sqlite3.Row]]:
    total = int(store.db.execute("SELECT count(*) FROM documents").fetchone()[0])
    kind = "d.speaks_for" if "speaks_for" in _columns(store, "documents") else "NULL"
    query = (
        "SELECT d.id, d.path, d.title, d.url, d.source, d.source_kind, d.published_date, "
        f"{kind} AS speaks_for, d.ingested_at, "
        "(SELECT count(*) FROM mentions m WHERE m.document_id = d.id) AS mentions, "
        "(SELECT count(*) FROM quotes q WHERE q.document_id = d.id) AS quotes "
        "FROM documents d ORDER BY d.published_date IS NULL, d.published_date DESC, d.title "
        "LIMIT ? OFFSET ?")
    return total, list(store.db.execute(query, (limit, offset)))


def document_mentions(store: Store, document_id: str) -> list[tuple[str | None, EventMention]]:
    """(event id or None, mention) for each event mention of a document."""
    query = ("SELECT m.*, (SELECT s.event_id FROM event_sources s WHERE s.mention_id = m.id "
             "LIMIT 1) AS event_id FROM mentions m WHERE m.document_id = ? ORDER BY m.position")
    return [(r["event_id"], rows.mention_from(r))
            for r in store.db.execute(query, (document_id,))]
