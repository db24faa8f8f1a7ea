"""Ordered, named schema migrations. Each runs once, in its own transaction.

Never edit a migration that has shipped: add a new one at the end.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_initial", """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    source TEXT,
    source_kind TEXT NOT NULL DEFAULT 'news',
    media_type TEXT NOT NULL,
    published_date TEXT,
    published_json TEXT,
    original BLOB NOT NULL,
    raw_text TEXT NOT NULL,
    text TEXT NOT NULL,
    removed_json TEXT NOT NULL,
    stages TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    date TEXT,
    participants_json TEXT NOT NULL,
    location_json TEXT,
    occasion TEXT,
    topics_json TEXT NOT NULL,
    background INTEGER NOT NULL,
    status TEXT NOT NULL,
    evidence_text TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    UNIQUE (document_id, position)
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    speaker_json TEXT,
    speaker_name TEXT,
    speaker_mention_json TEXT,
    direct INTEGER NOT NULL,
    partial INTEGER NOT NULL,
    cue TEXT,
    channel TEXT,
    UNIQUE (document_id, position)
);
CREATE INDEX quotes_speaker ON quotes(speaker_name);
CREATE TABLE fingerprints (
    hash TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (hash, document_id)
) WITHOUT ROWID;
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    date TEXT,
    participants_json TEXT NOT NULL,
    location_json TEXT,
    occasion TEXT,
    topics_json TEXT NOT NULL,
    background INTEGER NOT NULL,
    status TEXT NOT NULL,
    independent_sources INTEGER NOT NULL
);
CREATE INDEX events_date ON events(date);
CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    mention_id INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, mention_id)
);
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    actor_id TEXT,
    country TEXT
);
CREATE INDEX event_actors_name ON event_actors(name);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    stage TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    UNIQUE (path, code, message)
);
"""),
)
