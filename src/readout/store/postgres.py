"""The PostgreSQL store (`--db postgresql://...`, extra `readout[postgres]`), for many users.

The same tables, keys and merge bookkeeping as the SQLite store (`store/__init__.py`,
`store/merging.py`), in PostgreSQL's dialect: adding a document files its fingerprints,
MinHash bands and reuse links and marks its groups pending in one transaction; merging
replaces the pending groups' events in another. Quotes carry a `tsvector` column with a GIN
index for full-text search (English stemming, ranked with `ts_rank`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Any

from readout.errors import MissingExtraError, StoreError
from readout.merge import SourcedMention, group_key
from readout.merge import reuse as rules
from readout.records import Annotation, Event, Failure, Quote, ReuseLink, Source
from readout.store import Counts, EventFilter, Store, event_clauses, merging, rows

SCHEMES = ("postgresql://", "postgres://")

MIGRATIONS: tuple[tuple[str, str], ...] = (("0001_initial", """
CREATE TABLE documents (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL, url TEXT, source TEXT,
    source_kind TEXT NOT NULL DEFAULT 'news', media_type TEXT NOT NULL, published_date TEXT,
    published_json TEXT, original BYTEA NOT NULL, raw_text TEXT NOT NULL, text TEXT NOT NULL,
    removed_json TEXT NOT NULL, stages TEXT NOT NULL, ingested_at TIMESTAMPTZ NOT NULL
        DEFAULT now(), speaks_for TEXT);
CREATE TABLE mentions (
    id BIGSERIAL PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, type TEXT NOT NULL, date TEXT, participants_json TEXT NOT NULL,
    location_json TEXT, occasion TEXT, topics_json TEXT NOT NULL, background INTEGER NOT NULL,
    status TEXT NOT NULL, evidence_text TEXT NOT NULL, evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL, trigger TEXT NOT NULL, group_key TEXT,
    UNIQUE (document_id, position));
CREATE INDEX mentions_group ON mentions(group_key);
CREATE TABLE quotes (
    id BIGSERIAL PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    speaker_json TEXT, speaker_name TEXT, speaker_mention_json TEXT, direct INTEGER NOT NULL,
    partial INTEGER NOT NULL, cue TEXT, channel TEXT, event_position INTEGER,
    search TSVECTOR GENERATED ALWAYS AS (to_tsvector('english',
        coalesce(text, '') || ' ' || coalesce(speaker_name, ''))) STORED,
    UNIQUE (document_id, position));
CREATE INDEX quotes_search ON quotes USING GIN (search);
CREATE INDEX quotes_speaker ON quotes(speaker_name);
CREATE TABLE events (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, date TEXT, participants_json TEXT NOT NULL,
    location_json TEXT, occasion TEXT, topics_json TEXT NOT NULL, background INTEGER NOT NULL,
    status TEXT NOT NULL, independent_sources INTEGER NOT NULL, group_key TEXT,
    merged_on_json TEXT NOT NULL DEFAULT '[]', conflicts_json TEXT NOT NULL DEFAULT '[]');
CREATE INDEX events_date ON events(date);
CREATE INDEX events_group ON events(group_key);
CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    mention_id BIGINT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, mention_id));
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL, actor_id TEXT, country TEXT);
CREATE INDEX event_actors_name ON event_actors(name);
CREATE TABLE failures (
    id BIGSERIAL PRIMARY KEY, path TEXT NOT NULL, stage TEXT NOT NULL, code TEXT NOT NULL,
    message TEXT NOT NULL, first_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (path, code, message));
CREATE TABLE fingerprints (
    hash TEXT NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (hash, document_id));
CREATE TABLE signatures (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    minhash BYTEA NOT NULL);
CREATE TABLE minhash_bands (
    band TEXT NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, document_id));
CREATE TABLE reuse (
    first TEXT NOT NULL, second TEXT NOT NULL, kind TEXT NOT NULL, score DOUBLE PRECISION
        NOT NULL, PRIMARY KEY (first, second, kind));
CREATE TABLE pending_groups (group_key TEXT PRIMARY KEY);
"""),)


def is_postgres(target: str) -> bool:
    return target.startswith(SCHEMES)


def open_store(target: str) -> Store | PostgresStore:
    """The store a `--db` value names: a PostgreSQL URL, else a SQLite file."""
    return PostgresStore(target) if is_postgres(target) else Store(target)


class PostgresStore:
    def __init__(self, url: str) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise MissingExtraError("PostgreSQL support is not installed; pip install "
                                    "'readout[postgres]' (psycopg)") from exc
        self.path = url.split("@")[-1]  # shown in messages without the password
        self._error = psycopg.Error
        try:
            self.db = psycopg.connect(url, row_factory=dict_row, autocommit=True)
            self._migrate()
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot open the PostgreSQL database ({exc}); "
                             "check the URL, that the server runs and the user may connect"
                             ) from exc

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        with self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(7263)")  # one migrator at a time
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                            "(name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())")
            done = {r["name"] for r in self.db.execute("SELECT name FROM schema_migrations")}
            for name, sql in MIGRATIONS:
                if name not in done:
                    self.db.execute(sql)
                    self.db.execute("INSERT INTO schema_migrations (name) VALUES (%s)", (name,))

    def _fail(self, what: str, exc: Exception) -> StoreError:
        return StoreError(f"{self.path}: cannot {what} ({exc})")

    # -- writing --------------------------------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = %s",
                               (document_id,)).fetchone() is not None

    def add(self, annotation: Annotation) -> bool:
        """Store a document and what was found in it; False when it was already there."""
        doc = annotation.document
        try:
            with self.db.transaction():
                cursor = self.db.execute(
                    "INSERT INTO documents (id, path, title, url, source, source_kind, "
                    "media_type, published_date, published_json, original, raw_text, text, "
                    "removed_json, stages, speaks_for) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,"
                    "%s,%s,%s,%s,%s) ON CONFLICT (id) DO NOTHING",
                    (doc.id, doc.path, doc.title, doc.url, doc.source, doc.source_kind,
                     doc.media_type, doc.published.date if doc.published else None,
                     rows.published_to(doc.published), doc.original, doc.raw_text, doc.text,
                     rows.dump([[r.line, r.text, r.rule] for r in doc.removed]),
                     " ".join(annotation.stages), doc.speaks_for))
                if cursor.rowcount:
                    self._add_found(annotation)
        except self._error as exc:
            raise self._fail(f"store {doc.path}", exc) from exc
        return bool(cursor.rowcount)

    def _add_found(self, annotation: Annotation) -> None:
        doc_id = annotation.document.id
        published = annotation.document.published
        day = published.date if published else None
        with self.db.cursor() as cur:
            cur.executemany(
                "INSERT INTO mentions (document_id, position, type, date, participants_json, "
                "location_json, occasion, topics_json, background, status, evidence_text, "
                "evidence_start, evidence_end, trigger, group_key) "
                "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                [(*rows.mention_row(doc_id, i, m), group_key(m, day))
                 for i, m in enumerate(annotation.events)])
            cur.executemany(
                "INSERT INTO quotes (document_id, position, text, start, \"end\", speaker_json, "
                "speaker_name, speaker_mention_json, direct, partial, cue, channel, "
                "event_position) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                [rows.quote_row(doc_id, i, q) for i, q in enumerate(annotation.quotes)])
        linked = self._link_reuse(doc_id, annotation.document.text)
        for document in (doc_id, *sorted(linked)):
            self.db.execute("INSERT INTO pending_groups SELECT DISTINCT group_key FROM mentions "
                            "WHERE document_id = %s ON CONFLICT DO NOTHING", (document,))

    def _link_reuse(self, document_id: str, text: str) -> set[str]:
        """The same two signals as `store.merging._link_reuse`."""
        linked: set[str] = set()
        prints = sorted(rules.fingerprints(text))
        shared: dict[str, set[str]] = {}
        if prints:
            with self.db.cursor() as cur:
                cur.executemany("INSERT INTO fingerprints VALUES (%s, %s) ON CONFLICT DO NOTHING",
                                [(h, document_id) for h in prints])
            for row in self.db.execute(
                    "SELECT document_id, hash FROM fingerprints WHERE document_id <> %s "
                    "AND hash = ANY(%s)", (document_id, prints)):
                shared.setdefault(row["document_id"], set()).add(row["hash"])
        for other, digests in sorted(shared.items()):
            found = self.db.execute("SELECT text FROM documents WHERE id = %s", (other,))
            verdict = rules.judge(digests, text, _one(found)["text"])
            if verdict:
                self._insert_link(document_id, other, *verdict)
                linked.add(other)
        signature = rules.signature(text)
        if signature is None:
            return linked
        bands = rules.bands(signature)
        self.db.execute("INSERT INTO signatures VALUES (%s, %s) ON CONFLICT DO NOTHING",
                        (document_id, signature))
        with self.db.cursor() as cur:
            cur.executemany("INSERT INTO minhash_bands VALUES (%s, %s) ON CONFLICT DO NOTHING",
                            [(band, document_id) for band in bands])
        for row in self.db.execute(
                "SELECT DISTINCT s.document_id, s.minhash FROM minhash_bands b JOIN signatures s "
                "ON s.document_id = b.document_id WHERE b.band = ANY(%s) "
                "AND b.document_id <> %s", (bands, document_id)).fetchall():
            score = rules.similarity(signature, bytes(row["minhash"]))
            if score >= rules.NEAR_DUPLICATE:
                self._insert_link(document_id, row["document_id"], "near-duplicate",
                                  round(score, 3))
                linked.add(row["document_id"])
        return linked

    def _insert_link(self, a: str, b: str, kind: str, score: float) -> None:
        first, second = sorted((a, b))
        self.db.execute("INSERT INTO reuse VALUES (%s, %s, %s, %s) ON CONFLICT (first, second, "
                        "kind) DO UPDATE SET score = EXCLUDED.score", (first, second, kind, score))

    def add_failure(self, failure: Failure) -> None:
        self.db.execute("INSERT INTO failures (path, stage, code, message) VALUES (%s,%s,%s,%s) "
                        "ON CONFLICT DO NOTHING",
                        (failure.path, failure.stage, failure.code, failure.message))

    # -- merge ----------------------------------------------------------------------------------
    def merge_pending(self, merge_group: merging.MergeGroup) -> int:
        """Re-merge the groups that documents added since the last merge touched."""
        try:
            with self.db.transaction():
                self.db.execute("LOCK TABLE pending_groups IN EXCLUSIVE MODE")
                keys = sorted(r["group_key"] for r in self.db.execute(
                    "SELECT group_key FROM pending_groups") if r["group_key"] is not None)
                for key in keys:
                    found = self._mentions(key)
                    links = self._links_among(m.document for m in found)
                    self._replace(key, merge_group(found, links))
                self.db.execute("DELETE FROM pending_groups")
        except self._error as exc:
            raise self._fail("store merged events", exc) from exc
        return len(keys)

    def _mentions(self, key: str) -> list[SourcedMention]:
        query = ("SELECT m.*, d.path, d.title, d.source_kind, d.speaks_for, d.published_date "
                 "FROM mentions m JOIN documents d ON d.id = m.document_id "
                 "WHERE m.group_key = %s")
        return [SourcedMention(r["document_id"], r["path"], r["title"], rows.mention_from(r),
                               r["position"], r["source_kind"], r["speaks_for"],
                               r["published_date"]) for r in self.db.execute(query, (key,))]

    def _links_among(self, documents: Iterable[str]) -> list[tuple[str, str]]:
        wanted = sorted(set(documents))
        return [(r["first"], r["second"]) for r in self.db.execute(
            "SELECT DISTINCT first, second FROM reuse WHERE first = ANY(%s) "
            "AND second = ANY(%s)", (wanted, wanted))]

    def _replace(self, key: str, events: Sequence[Event]) -> None:
        self.db.execute("DELETE FROM events WHERE group_key = %s", (key,))
        ids = {(r["document_id"], r["position"]): r["id"] for r in self.db.execute(
            "SELECT id, document_id, position FROM mentions WHERE group_key = %s", (key,))}
        for event in events:
            self.db.execute(
                "INSERT INTO events (id, type, date, participants_json, location_json, "
                "occasion, topics_json, background, status, independent_sources, group_key, "
                "merged_on_json, conflicts_json) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                (event.id, event.type, event.date,
                 rows.dump([rows.actor_to(a) for a in event.participants]),
                 rows.location_to(event.location), event.occasion,
                 rows.dump(list(event.topics)), int(event.background), event.status,
                 event.independent_sources, key, rows.dump(list(event.merged_on)),
                 rows.dump([[c.field, c.value, list(c.documents)] for c in event.conflicts])))
            with self.db.cursor() as cur:
                cur.executemany("INSERT INTO event_sources VALUES (%s, %s) ON CONFLICT DO NOTHING",
                                [(event.id, ids[(s.document, s.position)])
                                 for s in event.sources])
                cur.executemany("INSERT INTO event_actors VALUES (%s, %s, %s, %s)",
                                [(event.id, a.name, a.id, a.country)
                                 for a in event.participants])

    # -- reading --------------------------------------------------------------------------------
    def events(self, where: EventFilter | None = None) -> list[Event]:
        clauses, params = event_clauses(where or EventFilter(), "%s", "ILIKE")
        query = "SELECT * FROM events e"
        if clauses:
            query += " WHERE " + " AND ".join(clauses)
        query += " ORDER BY e.date IS NULL, e.date, e.id"
        return [self._event(row) for row in self.db.execute(query, params).fetchall()]

    def event(self, event_id: str) -> Event | None:
        row = self.db.execute("SELECT * FROM events WHERE id = %s", (event_id,)).fetchone()
        return self._event(row) if row else None

    def _event(self, row: dict[str, Any]) -> Event:
        sources = tuple(
            Source(r["document_id"], r["path"], r["title"], rows.mention_from(r).evidence,
                   r["position"], r["source_kind"], r["speaks_for"])
            for r in self.db.execute(
                "SELECT m.*, d.path, d.title, d.source_kind, d.speaks_for "
                "FROM event_sources s JOIN mentions m ON m.id = s.mention_id "
                "JOIN documents d ON d.id = m.document_id WHERE s.event_id = %s "
                f"ORDER BY {rows.SOURCE_ORDER}", (row["id"],)).fetchall())
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
        return [(r["document_id"], rows.quote_from(r)) for r in self.db.execute(
            "SELECT * FROM quotes WHERE document_id = ANY(%s) ORDER BY document_id, position",
            (list(document_ids),))]

    def search_quotes(self, text: str | None = None, speaker: str | None = None,
                      limit: int = 50) -> list[tuple[str, Quote]]:
        """Quotes matching words (English stemming, best first) and a speaker name."""
        clauses, order = ["TRUE"], "document_id, position"
        if text:
            clauses.append("search @@ websearch_to_tsquery('english', %(text)s)")
            order = "ts_rank(search, websearch_to_tsquery('english', %(text)s)) DESC, " + order
        if speaker:
            clauses.append("speaker_name ILIKE %(speaker)s")
        params = {"text": text, "speaker": f"%{speaker}%", "limit": limit}
        query = (f"SELECT * FROM quotes WHERE {' AND '.join(clauses)} ORDER BY {order} "
                 "LIMIT %(limit)s")
        return [(r["document_id"], rows.quote_from(r)) for r in self.db.execute(query, params)]

    def reuse_links(self, document_ids: Sequence[str]) -> list[ReuseLink]:
        ids = list(document_ids)
        return [ReuseLink(r["first"], r["second"], r["kind"], r["score"]) for r in
                self.db.execute("SELECT * FROM reuse WHERE first = ANY(%s) OR second = ANY(%s) "
                                "ORDER BY first, second, kind", (ids, ids))]

    def failures(self) -> list[Failure]:
        return [Failure(r["path"], r["stage"], r["code"], r["message"]) for r in
                self.db.execute("SELECT * FROM failures ORDER BY id")]

    def counts(self) -> Counts:
        def count(table: str) -> int:
            return int(_one(self.db.execute(f"SELECT count(*) AS n FROM {table}"))["n"])
        return Counts(count("documents"), count("mentions"), count("events"), count("quotes"),
                      count("failures"))


def _one(cursor: Any) -> dict[str, Any]:
    row: dict[str, Any] = cursor.fetchone()
    return row
