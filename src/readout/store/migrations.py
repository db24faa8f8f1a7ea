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
    ("0002_feeds_and_official_sources", """
ALTER TABLE documents ADD COLUMN speaks_for TEXT;
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    last_polled TEXT,
    last_status INTEGER,
    polls INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE feed_items (
    feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    link TEXT,
    published TEXT,
    document_id TEXT,
    status TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key)
) WITHOUT ROWID;
"""),
    ("0003_quotes_fts", """
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, content='quotes', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker_name)
    VALUES (new.id, new.text, new.speaker_name);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
    INSERT INTO quotes_fts (rowid, text, speaker_name)
    VALUES (new.id, new.text, new.speaker_name);
END;
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
"""),
    ("0004_incremental_merge", """
ALTER TABLE mentions ADD COLUMN group_key TEXT;
CREATE INDEX mentions_group ON mentions(group_key);
ALTER TABLE events ADD COLUMN group_key TEXT;
CREATE INDEX events_group ON events(group_key);
ALTER TABLE events ADD COLUMN merged_on_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN conflicts_json TEXT NOT NULL DEFAULT '[]';
CREATE TABLE signatures (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);
CREATE TABLE minhash_bands (
    band TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
CREATE TABLE reuse (
    first TEXT NOT NULL,
    second TEXT NOT NULL,
    kind TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (first, second, kind)
) WITHOUT ROWID;
CREATE TABLE pending_groups (group_key TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO pending_groups VALUES ('*');
"""),
    ("0005_quote_events", """
ALTER TABLE quotes ADD COLUMN event_position INTEGER;
"""),
)
