"""Stage 9, store: the SQLite database. The only module that speaks SQL.

One file in WAL mode with a busy timeout, so a reader and a writer can share it. Adding a
document is one transaction (document, mentions, quotes, reuse links) and is idempotent:
a document id already stored is left as it is. Adding also marks the merge groups it touches
as pending; `merge_pending` re-merges just those (see `store.merging`), which gives the same
events as a rebuild from scratch.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from readout.errors import StoreError
from readout.merge import group_key
from readout.records import Annotation, Event, Failure, Quote, ReuseLink, Source
from readout.store import merging, retry, rows
from readout.store.migrations import MIGRATIONS


@dataclass(frozen=True)
class EventFilter:
    actors: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    type: str | None = None


@dataclass(frozen=True)
class Counts:
    documents: int
    mentions: int
    events: int
    quotes: int
    failures: int


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.db = retry.on_busy(self._connect)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc}); check the path "
                             "and that it is a readout SQLite file") from exc

    def _connect(self) -> sqlite3.Connection:
        """Open, set up and migrate; closed again on failure, so that it can be retried."""
        self.db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL never corrupts the file; a power cut may lose the last commit.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=30000")
            self._migrate()
        except BaseException:
            self.db.close()
            raise
        return self.db

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                        "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.db.execute("SELECT name FROM schema_migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            retry.begin_immediate(self.db)
            try:
                if self.db.execute("SELECT 1 FROM schema_migrations WHERE name = ?",
                                   (name,)).fetchone():  # another process was first
                    self.db.execute("COMMIT")
                    continue
                for statement in _statements(sql):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, _now()))
                self.db.execute("COMMIT")
            except sqlite3.Error:
                self.db.execute("ROLLBACK")
                raise

    # -- writing ------------------------------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone()
        return row is not None

    def add(self, annotation: Annotation) -> bool:
        """Store a document and what was found in it; False when it was already there."""
        doc = annotation.document
        retry.begin_immediate(self.db)
        try:
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO documents (id, path, title, url, source, source_kind, "
                "media_type, published_date, published_json, original, raw_text, text, "
                "removed_json, stages, ingested_at, speaks_for) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc.id, doc.path, doc.title, doc.url, doc.source, doc.source_kind,
                 doc.media_type, doc.published.date if doc.published else None,
                 rows.published_to(doc.published), doc.original, doc.raw_text, doc.text,
                 rows.dump([[r.line, r.text, r.rule] for r in doc.removed]),
                 " ".join(annotation.stages), _now(), doc.speaks_for))
            if cursor.rowcount:
                self._add_found(annotation)
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self.db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot store {doc.path} ({exc})") from exc
        return bool(cursor.rowcount)

    def _add_found(self, annotation: Annotation) -> None:
        doc_id = annotation.document.id
        published = annotation.document.published.date if annotation.document.published else None
        self.db.executemany(
            "INSERT INTO mentions (document_id, position, type, date, participants_json, "
            "location_json, occasion, topics_json, background, status, evidence_text, "
            "evidence_start, evidence_end, trigger, group_key) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(*rows.mention_row(doc_id, i, m), group_key(m, published))
             for i, m in enumerate(annotation.events)])
        self.db.executemany(
            "INSERT INTO quotes (document_id, position, text, start, end, speaker_json, "
            "speaker_name, speaker_mention_json, direct, partial, cue, channel, "
            "event_position) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [rows.quote_row(doc_id, i, q) for i, q in enumerate(annotation.quotes)])
        merging.file_document(self.db, doc_id, annotation.document.text)

    def add_failure(self, failure: Failure) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO failures (path, stage, code, message, first_seen) "
            "VALUES (?,?,?,?,?)", (failure.path, failure.stage, failure.code, failure.message,
                                   _now()))

    # -- merge ----------------------------------------------------------------------------
    def merge_pending(self, merge_group: merging.MergeGroup) -> int:
        """Re-merge the groups that documents added since the last merge touched."""
        try:
            return merging.merge_pending(self.db, merge_group)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot store merged events ({exc})") from exc

    def rebuild_events(self, merge_group: merging.MergeGroup) -> int:
        """Merge every group from scratch (after the merge rules changed)."""
        self.db.execute("INSERT OR IGNORE INTO pending_groups VALUES (?)", (merging.EVERYTHING,))
        return self.merge_pending(merge_group)

    def reuse_links(self, document_ids: Sequence[str]) -> list[ReuseLink]:
        """The copy and rewrite links of some documents."""
        return merging.reuse_links(self.db, document_ids)

    # -- reading ----------------------------------------------------------------------------
    def events(self, where: EventFilter = EventFilter()) -> list[Event]:
        clauses, params = event_clauses(where)
        query = "SELECT * FROM events e"
        if clauses:
            query += " WHERE " + " AND ".join(clauses)
        query += " ORDER BY e.date IS NULL, e.date, e.id"
        return [self._event(row) for row in self.db.execute(query, params)]

    def event(self, event_id: str) -> Event | None:
        row = self.db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        return self._event(row) if row else None

    def _event(self, row: sqlite3.Row) -> Event:
        sources = tuple(
            Source(r["document_id"], r["path"], r["title"], rows.mention_from(r).evidence,
                   r["position"], r["source_kind"], r["speaks_for"])
            for r in self.db.execute(
                "SELECT m.*, d.path, d.title, d.source_kind, d.speaks_for "
                "FROM event_sources s JOIN mentions m "
                "ON m.id = s.mention_id JOIN documents d ON d.id = m.document_id "
                f"WHERE s.event_id = ? ORDER BY {rows.SOURCE_ORDER}", (row["id"],)))
        return Event(
            id=row["id"], type=row["type"], participants=rows.actors_from(
                row["participants_json"]), date=row["date"],
            location=rows.location_from(row["location_json"]), occasion=row["occasion"],
            topics=tuple(json.loads(row["topics_json"])),
            background=bool(row["background"]), status=row["status"], sources=sources,
            independent_sources=row["independent_sources"],
            merged_on=tuple(json.loads(row["merged_on_json"])),
            conflicts=merging.conflicts_from(row["conflicts_json"]))

    def quotes_of(self, document_ids: Sequence[str]) -> list[tuple[str, Quote]]:
        marks = ",".join("?" * len(document_ids))
        query = (f"SELECT * FROM quotes WHERE document_id IN ({marks}) "
                 "ORDER BY document_id, position")
        return [(r["document_id"], rows.quote_from(r)) for r in self.db.execute(query,
                                                                               document_ids)]

    def failures(self) -> list[Failure]:
        return [Failure(r["path"], r["stage"], r["code"], r["message"]) for r in
                self.db.execute("SELECT * FROM failures ORDER BY id")]

    def counts(self) -> Counts:
        def count(table: str) -> int:
            return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        return Counts(count("documents"), count("mentions"), count("events"), count("quotes"),
                      count("failures"))


def event_clauses(where: EventFilter, mark: str = "?", like: str = "LIKE"
                  ) -> tuple[list[str], list[str]]:
    """WHERE clauses for an event filter; `mark` and `like` are the dialect's parameter mark
    and case-insensitive match (SQLite's LIKE folds ASCII case; PostgreSQL needs ILIKE)."""
    clauses: list[str] = []
    params: list[str] = []
    for name in where.actors:
        clauses.append("EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND "
                       f"(a.name {like} ? OR a.country {like} ? OR a.actor_id = ?))")
        params += [f"%{name}%", name, name]
    if where.since:
        clauses.append("e.date >= substr(?, 1, length(e.date))")
        params.append(where.since)
    if where.until:
        clauses.append("substr(e.date, 1, length(?)) <= ?")
        params += [where.until, where.until]
    if where.type:
        clauses.append("e.type = ?")
        params.append(where.type)
    return [c.replace("?", mark) for c in clauses], params


def _statements(sql: str) -> list[str]:
    """A migration's statements; a trigger body's own semicolons stay inside its statement."""
    out: list[str] = []
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        out.append(pending.strip())
    return out


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
