"""Feed state: per feed URL its validators (ETag, Last-Modified), when it was last polled,
and every item seen, so that polling resumes where it stopped and never ingests twice."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from readout.errors import StoreError


@dataclass(frozen=True)
class FeedState:
    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    last_polled: str | None
    last_status: int | None
    polls: int


@dataclass(frozen=True)
class SeenItem:
    key: str
    link: str | None
    published: str | None
    document_id: str | None
    status: str  # "ingested", "known", "failed", "no-link"


class FeedLog:
    """Reads and writes the `feeds` and `feed_items` tables over a Store's connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def state(self, url: str) -> FeedState | None:
        row = self.db.execute("SELECT url, title, etag, last_modified, last_polled, "
                              "last_status, polls FROM feeds WHERE url = ?", (url,)).fetchone()
        return FeedState(*row) if row else None

    def ensure(self, url: str) -> None:
        self._write("INSERT OR IGNORE INTO feeds (url) VALUES (?)", (url,))

    def polled(self, url: str, status: int, title: str | None = None,
               etag: str | None = None, last_modified: str | None = None) -> None:
        """Record a finished poll; validators are kept unless new ones are given."""
        self.ensure(url)
        self._write(
            "UPDATE feeds SET title = coalesce(?, title), etag = coalesce(?, etag), "
            "last_modified = coalesce(?, last_modified), last_polled = ?, last_status = ?, "
            "polls = polls + 1 WHERE url = ?",
            (title or None, etag, last_modified, _now(), status, url))

    def seen(self, url: str) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT item_key FROM feed_items WHERE feed_url = ?", (url,))}

    def mark(self, url: str, items: Sequence[SeenItem]) -> None:
        """Remember items as seen (first sighting wins), in one transaction."""
        self.ensure(url)
        now = _now()
        self._write_many(
            "INSERT OR IGNORE INTO feed_items (feed_url, item_key, link, published, "
            "document_id, status, first_seen) VALUES (?,?,?,?,?,?,?)",
            [(url, i.key, i.link, i.published, i.document_id, i.status, now) for i in items])

    def items(self, url: str) -> list[SeenItem]:
        return [SeenItem(*r) for r in self.db.execute(
            "SELECT item_key, link, published, document_id, status FROM feed_items "
            "WHERE feed_url = ? ORDER BY first_seen, item_key", (url,))]

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        self._write_many(sql, [params])

    def _write_many(self, sql: str, rows: Sequence[tuple[object, ...]]) -> None:
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(sql, rows)
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(f"cannot record feed state ({exc}); check the database") from exc


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
