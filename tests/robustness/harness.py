"""Run the real `readout` command in subprocesses, kill it, and compare databases.

Shared by the crash and concurrency tests and by `benchmarks/robustness.py`.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 600  # seconds for one full command: a hang fails instead of blocking for ever


def readout(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "readout", *map(str, args)]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(readout(*args), capture_output=True, text=True, timeout=TIMEOUT,
                          errors="replace", check=False)


@dataclass(frozen=True)
class State:
    """What a database holds, in a form two runs can be compared by."""

    documents: tuple[str, ...]  # sorted paths of the stored documents
    document_ids: int  # distinct ids (equal to len(documents) when nothing is duplicated)
    mentions: int
    quotes: int
    events: tuple[str, ...]  # `readout events --format json`, one line per event, sorted
    unmerged: int  # mentions in no event, or in more than one
    pending: int  # merge work left over
    integrity: str


def state(db: Path) -> State:
    listed = run("events", "--db", db, "--format", "json")
    if listed.returncode != 0:
        raise AssertionError(f"readout events failed: {listed.stderr}")
    with sqlite3.connect(db) as con:
        paths = tuple(sorted(r[0] for r in con.execute("SELECT path FROM documents")))
        ids = con.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0]
        mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
        quotes = con.execute("SELECT count(*) FROM quotes").fetchone()[0]
        unmerged = con.execute(
            "SELECT count(*) FROM mentions m WHERE (SELECT count(*) FROM event_sources s "
            "WHERE s.mention_id = m.id) != 1").fetchone()[0]
        pending = _pending(con)
        integrity = "; ".join(r[0] for r in con.execute("PRAGMA integrity_check"))
        foreign = con.execute("PRAGMA foreign_key_check").fetchall()
    if foreign:
        integrity += f"; {len(foreign)} foreign key violations"
    events = tuple(sorted(_without_paths(line) for line in listed.stdout.splitlines()))
    return State(paths, ids, mentions, quotes, events, unmerged, pending, integrity)


def _pending(con: sqlite3.Connection) -> int:
    try:
        return int(con.execute("SELECT count(*) FROM pending_groups").fetchone()[0])
    except sqlite3.OperationalError:  # a store without incremental merging
        return 0


def _without_paths(line: str) -> str:
    """An event as JSON with source paths made relative to their folder, so that runs in
    different folders compare equal."""
    event = json.loads(line)
    for source in event.get("sources", []):
        source["path"] = Path(source["path"]).name
    return json.dumps(event, sort_keys=True)


def documents_stored(db: Path) -> int:
    """How many documents a database holds now (0 while it is being created)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


@dataclass(frozen=True)
class Kill:
    """Where a run was killed: after `documents` were stored, or `seconds` after start."""

    documents: int | None = None
    seconds: float | None = None
    landed: bool = False  # False: the run finished before the kill point
    stored: int = 0  # documents in the database after the kill


def ingest_killed(inputs: Path, db: Path, kill: Kill) -> Kill:
    """Start `readout ingest` and SIGKILL it at the kill point."""
    process = subprocess.Popen(readout("ingest", inputs, "--db", db),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    try:
        while process.poll() is None:
            elapsed = time.monotonic() - started
            if elapsed > TIMEOUT:
                break
            due = (kill.seconds is not None and elapsed >= kill.seconds) or (
                kill.documents is not None and documents_stored(db) >= kill.documents)
            if due:
                break
            time.sleep(0.02)
        landed = process.poll() is None
        process.kill()  # SIGKILL: no handler, no clean-up, no final commit
    finally:
        process.wait()
    return Kill(kill.documents, kill.seconds, landed, documents_stored(db))


def kill_points(rng: random.Random, count: int, total: int) -> list[Kill]:
    """Random kill points for successive runs on one database: first one at a random time
    (start-up, migration or model loading), then after random, rising numbers of stored
    documents (mid-ingest), and last right when the last document is stored (the merge)."""
    points = [Kill(seconds=rng.uniform(0.2, 3.0))] if count >= 3 else []
    middle = count - len(points) - (1 if count >= 2 else 0)
    points += [Kill(documents=n) for n in sorted(rng.sample(range(1, total), middle))]
    if count >= 2:
        points.append(Kill(documents=total))
    return points


def reader(db: Path, stop: Path) -> list[str]:
    """The command of a reader process: it opens the store and lists events and counts over
    and over until `stop` exists, then prints how many reads it made."""
    return [sys.executable, str(Path(__file__).resolve()), "read", str(db), str(stop)]


def _read_until(db: Path, stop: Path) -> int:
    from readout.store import Store

    reads = 0
    while not stop.exists():
        with Store(db) as store:
            store.events()
            store.counts()
        reads += 1
    return reads


if __name__ == "__main__" and sys.argv[1:2] == ["read"]:
    print(_read_until(Path(sys.argv[2]), Path(sys.argv[3])))
