"""The store's side of incremental merging: group keys, reuse links and pending groups.

Adding a document files its mentions under their group keys, links it to the stored
documents it copies (MinHash bands, shared long sentences) and marks every group whose
events may change as pending, all in the transaction that adds the document. Merging then
re-merges only the pending groups, in one transaction. A crash between the two leaves the
groups pending, so the next run finishes the work: no event is ever stale or lost.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from readout import merge
from readout.merge import reuse
from readout.records import Conflict, Event, ReuseLink
from readout.store import rows

EVERYTHING = "*"  # a pending marker: re-merge every group (after a migration or a rebuild)

MergeGroup = Callable[[Sequence[merge.SourcedMention], Sequence[tuple[str, str]]], list[Event]]


def file_document(db: sqlite3.Connection, document_id: str, text: str) -> None:
    """Signature, fingerprints and reuse links of a new document; mark its groups pending."""
    linked = _link_reuse(db, document_id, text)
    db.execute("INSERT OR IGNORE INTO pending_groups SELECT DISTINCT group_key FROM mentions "
               "WHERE document_id = ?", (document_id,))
    for other in linked:  # their events may now count fewer independent sources
        db.execute("INSERT OR IGNORE INTO pending_groups SELECT DISTINCT group_key "
                   "FROM mentions WHERE document_id = ?", (other,))


def _link_reuse(db: sqlite3.Connection, document_id: str, text: str) -> set[str]:
    linked: set[str] = set()
    prints = sorted(reuse.fingerprints(text))
    db.executemany("INSERT OR IGNORE INTO fingerprints VALUES (?, ?)",
                   [(h, document_id) for h in prints])
    shared: dict[str, set[str]] = {}
    if prints:
        for other, digest in db.execute(
                "SELECT document_id, hash FROM fingerprints WHERE document_id != ? AND hash IN "
                f"({','.join('?' * len(prints))})", (document_id, *prints)):
            shared.setdefault(other, set()).add(digest)
    for other, digests in sorted(shared.items()):
        other_text = db.execute("SELECT text FROM documents WHERE id = ?", (other,)).fetchone()
        verdict = reuse.judge(digests, text, other_text[0])
        if verdict:
            _insert_link(db, document_id, other, *verdict)
            linked.add(other)
    signature = reuse.signature(text)
    if signature is None:
        return linked
    bands = reuse.bands(signature)
    db.execute("INSERT OR IGNORE INTO signatures VALUES (?, ?)", (document_id, signature))
    db.executemany("INSERT OR IGNORE INTO minhash_bands VALUES (?, ?)",
                   [(band, document_id) for band in bands])
    candidates = db.execute(
        "SELECT DISTINCT s.document_id, s.minhash FROM minhash_bands b JOIN signatures s "
        f"ON s.document_id = b.document_id WHERE b.band IN ({','.join('?' * len(bands))}) "
        "AND b.document_id != ?", (*bands, document_id)).fetchall()
    for other, minhash in candidates:
        score = reuse.similarity(signature, minhash)
        if score >= reuse.NEAR_DUPLICATE:
            _insert_link(db, document_id, other, "near-duplicate", round(score, 3))
            linked.add(other)
    return linked


def _insert_link(db: sqlite3.Connection, a: str, b: str, kind: str, score: float) -> None:
    first, second = sorted((a, b))
    db.execute("INSERT OR REPLACE INTO reuse VALUES (?, ?, ?, ?)", (first, second, kind, score))


class PendingMerge:
    """The groups waiting to be merged, inside one write transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        keys = [r[0] for r in db.execute("SELECT group_key FROM pending_groups")]
        if EVERYTHING in keys:
            _refile_everything(db)
            keys = [r[0] for r in db.execute(
                "SELECT group_key FROM mentions UNION SELECT group_key FROM events")]
        self.keys = sorted(k for k in keys if k is not None)

    def mentions(self, key: str) -> list[merge.SourcedMention]:
        query = ("SELECT m.*, d.path, d.title, d.source_kind, d.speaks_for, d.published_date "
                 "FROM mentions m JOIN documents d ON d.id = m.document_id "
                 "WHERE m.group_key = ?")
        return [merge.SourcedMention(r["document_id"], r["path"], r["title"],
                                     rows.mention_from(r), r["position"], r["source_kind"],
                                     r["speaks_for"], r["published_date"])
                for r in self.db.execute(query, (key,))]

    def links_among(self, documents: Iterable[str]) -> list[tuple[str, str]]:
        wanted = sorted(set(documents))
        marks = ",".join("?" * len(wanted))
        query = (f"SELECT DISTINCT first, second FROM reuse WHERE first IN ({marks}) "
                 f"AND second IN ({marks})")
        return [(r[0], r[1]) for r in self.db.execute(query, (*wanted, *wanted))]

    def replace(self, key: str, events: Sequence[Event]) -> None:
        self.db.execute("DELETE FROM events WHERE group_key = ?", (key,))
        ids = {(r[1], r[2]): r[0] for r in self.db.execute(
            "SELECT id, document_id, position FROM mentions WHERE group_key = ?", (key,))}
        for event in events:
            insert_event(self.db, event, key, ids)


@contextmanager
def pending(db: sqlite3.Connection) -> Iterator[PendingMerge]:
    db.execute("BEGIN IMMEDIATE")
    try:
        work = PendingMerge(db)
        yield work
        db.execute("DELETE FROM pending_groups")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def merge_pending(db: sqlite3.Connection, merge_group: MergeGroup) -> int:
    """Re-merge the pending groups; how many groups were merged."""
    with pending(db) as work:
        for key in work.keys:
            found = work.mentions(key)
            work.replace(key, merge_group(found, work.links_among(m.document for m in found)))
        return len(work.keys)


def _refile_everything(db: sqlite3.Connection) -> None:
    """Recompute group keys, signatures, fingerprints and reuse links of every document."""
    query = ("SELECT m.*, d.published_date FROM mentions m "
             "JOIN documents d ON d.id = m.document_id")
    for row in db.execute(query).fetchall():
        db.execute("UPDATE mentions SET group_key = ? WHERE id = ?",
                   (merge.group_key(rows.mention_from(row), row["published_date"]), row["id"]))
    for table in ("events", "reuse", "minhash_bands", "signatures", "fingerprints"):
        db.execute(f"DELETE FROM {table}")
    for document_id, text in db.execute("SELECT id, text FROM documents ORDER BY id").fetchall():
        _link_reuse(db, document_id, text)


def insert_event(db: sqlite3.Connection, event: Event, key: str,
                 mention_ids: dict[tuple[str, int], int]) -> None:
    db.execute(
        "INSERT INTO events (id, type, date, participants_json, location_json, occasion, "
        "topics_json, background, status, independent_sources, group_key, merged_on_json, "
        "conflicts_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            event.id, event.type, event.date,
            rows.dump([rows.actor_to(a) for a in event.participants]),
            rows.location_to(event.location), event.occasion, rows.dump(list(event.topics)),
            int(event.background), event.status, event.independent_sources, key,
            rows.dump(list(event.merged_on)),
            rows.dump([[c.field, c.value, list(c.documents)] for c in event.conflicts])))
    db.executemany("INSERT OR IGNORE INTO event_sources VALUES (?, ?)", [
        (event.id, mention_ids[(s.document, s.position)]) for s in event.sources])
    db.executemany("INSERT INTO event_actors VALUES (?,?,?,?)", [
        (event.id, a.name, a.id, a.country) for a in event.participants])


def conflicts_from(text: str) -> tuple[Conflict, ...]:
    return tuple(Conflict(f, v, tuple(d)) for f, v, d in json.loads(text))


def reuse_links(db: sqlite3.Connection, document_ids: Sequence[str]) -> list[ReuseLink]:
    marks = ",".join("?" * len(document_ids))
    query = (f"SELECT * FROM reuse WHERE first IN ({marks}) OR second IN ({marks}) "
             "ORDER BY first, second, kind")
    return [ReuseLink(r["first"], r["second"], r["kind"], r["score"])
            for r in db.execute(query, (*document_ids, *document_ids))]
