"""Retry with backoff on a busy database, and many processes opening a new store at once."""

from __future__ import annotations

import itertools
import multiprocessing
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from readout.store import Store, retry

BUSY = sqlite3.OperationalError("database is locked")
OTHER = sqlite3.OperationalError("no such table: documents")


def _failing(errors: list[Exception]) -> Callable[[], str]:
    queue = list(errors)

    def action() -> str:
        if queue:
            raise queue.pop(0)
        return "done"
    return action


@pytest.mark.parametrize(("errors", "pauses"), [
    ([], 0),
    ([BUSY], 1),
    ([BUSY, BUSY, BUSY], 3),
])
def test_busy_is_retried_with_growing_pauses(errors: list[Exception], pauses: int) -> None:
    slept: list[float] = []
    assert retry.on_busy(_failing(errors), pause=slept.append) == "done"
    assert len(slept) == pauses
    assert all(later > earlier / 2 for earlier, later in itertools.pairwise(slept))


@pytest.mark.parametrize(("errors", "attempts", "raised"), [
    ([OTHER], 8, OTHER),  # not a lock: raised at once
    ([BUSY] * 3, 3, BUSY),  # still busy after every attempt
    ([ValueError("x")], 8, None),
])
def test_gives_up(errors: list[Exception], attempts: int, raised: Exception | None) -> None:
    slept: list[float] = []
    with pytest.raises(type(errors[0])) as caught:
        retry.on_busy(_failing(errors), attempts=attempts, pause=slept.append)
    if raised is not None:
        assert caught.value is raised
    assert len(slept) == (attempts - 1 if errors[0] is BUSY else 0)


def test_begin_immediate_waits_for_a_real_writer(tmp_path: Path) -> None:
    """A writer holds the lock; the second connection (no busy timeout) gets SQLITE_BUSY,
    pauses, and succeeds once the first one commits."""
    path = tmp_path / "lock.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (1)")
    waiter = sqlite3.connect(path, isolation_level=None, timeout=0)
    with pytest.raises(sqlite3.OperationalError) as caught:
        waiter.execute("BEGIN IMMEDIATE")
    assert retry.is_busy(caught.value)

    def pause(_: float) -> None:
        if holder.in_transaction:
            holder.execute("COMMIT")

    retry.on_busy(lambda: waiter.execute("BEGIN IMMEDIATE"), pause=pause)
    waiter.execute("INSERT INTO t VALUES (2)")
    waiter.execute("COMMIT")
    assert waiter.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    holder.close()
    waiter.close()


def _open(path: str) -> str:
    try:
        with Store(path) as store:
            return f"ok {store.counts().documents}"
    except Exception as error:  # the test reports any failure by its text
        return f"{type(error).__name__}: {error}"


def test_many_processes_create_one_new_store_at_once(tmp_path: Path) -> None:
    """Creating and migrating a new database races: every process must still succeed."""
    paths = [str(tmp_path / f"new-{n}.db") for n in range(8)]
    with multiprocessing.get_context("fork").Pool(6) as pool:
        results = pool.map(_open, [p for p in paths for _ in range(6)])
    assert results == ["ok 0"] * len(results)
