"""Retry with backoff for SQLite's "database is locked".

The busy timeout makes SQLite wait for another writer, but a few operations give up at once
with SQLITE_BUSY whatever the timeout: switching a new file to WAL while another process
creates it, or starting a transaction while another connection recovers the WAL. Those are
retried here, a few times, with a growing, jittered pause. Only operations that can be
repeated from the start are retried: opening the database and `BEGIN IMMEDIATE` (which
either takes the write lock or changes nothing).
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

ATTEMPTS = 8
FIRST_DELAY = 0.05  # seconds; doubled after each attempt, up to MAX_DELAY
MAX_DELAY = 2.0


def is_busy(error: BaseException) -> bool:
    """Whether an error is SQLITE_BUSY or SQLITE_LOCKED (another connection holds a lock)."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    message = str(error).lower()
    return "locked" in message or "busy" in message


def on_busy(action: Callable[[], T], attempts: int = ATTEMPTS,
            pause: Callable[[float], None] = time.sleep) -> T:
    """Run `action`, again after a pause while it fails because the database is busy."""
    delay = FIRST_DELAY
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except sqlite3.OperationalError as error:
            if attempt == attempts or not is_busy(error):
                raise
        pause(delay * (1 + random.random()))
        delay = min(delay * 2, MAX_DELAY)
    raise AssertionError("unreachable")  # pragma: no cover


def begin_immediate(db: sqlite3.Connection) -> None:
    """Start a write transaction, waiting (and retrying) while another process writes."""
    on_busy(lambda: db.execute("BEGIN IMMEDIATE"))
