"""Incremental merging: events after several ingests equal those of one ingest from scratch."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from readout import merge
from readout.ingest import ingest
from readout.pipeline import Annotator
from readout.records import Event
from readout.settings import Settings
from readout.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _corpus(tmp_path: Path, shared: Path | None) -> list[Path]:
    folder = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("README.md"))
    if shared is not None:
        for seed in sorted((shared / "seeds").glob("*.txt")):
            shutil.copy(seed, folder / seed.name)
    return sorted(folder.iterdir())


def _events(store: Store) -> list[Event]:
    return sorted(store.events(), key=lambda e: e.id)


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    shared = ROOT.parent / "shared"
    return _corpus(tmp_path, shared if (shared / "seeds").is_dir() else None)


def test_ingesting_in_batches_equals_one_ingest(tmp_path: Path, corpus: list[Path],
                                                annotator: Annotator) -> None:
    settings = Settings()
    with Store(tmp_path / "once.db") as once:
        ingest(corpus, once, settings, lambda: annotator)
        expected = _events(once)
    with Store(tmp_path / "batches.db") as batches:
        # Newest files first, in three batches: the arrival order must not matter.
        backwards = list(reversed(corpus))
        for part in (backwards[:4], backwards[4:9], backwards[9:]):
            ingest(part, batches, settings, lambda: annotator)
        assert _events(batches) == expected
        assert batches.db.execute("SELECT count(*) FROM pending_groups").fetchone()[0] == 0
    assert any(len(e.sources) > 1 for e in expected)


def test_a_rebuild_changes_nothing(tmp_path: Path, corpus: list[Path],
                                   annotator: Annotator) -> None:
    with Store(tmp_path / "db.sqlite") as store:
        ingest(corpus[:8], store, Settings(), lambda: annotator)
        before = _events(store)
        assert store.rebuild_events(merge.merge_group) > 0
        assert _events(store) == before


def test_pending_groups_survive_an_interrupted_merge(tmp_path: Path, corpus: list[Path],
                                                     annotator: Annotator) -> None:
    """Documents stored but not merged (a crash in between) are merged by the next run."""
    path = tmp_path / "db.sqlite"
    with Store(path) as store:
        ingest(corpus[:3], store, Settings(), lambda: annotator)
        expected = _events(store)
        store.db.execute("DELETE FROM events")
        store.db.execute("INSERT INTO pending_groups SELECT DISTINCT group_key FROM mentions")
    with Store(path) as reopened:
        ingest(corpus[:3], reopened, Settings(), lambda: annotator)  # nothing new to read
        assert _events(reopened) == expected


def test_a_database_from_before_incremental_merging_is_refiled(tmp_path: Path,
                                                               corpus: list[Path],
                                                               annotator: Annotator) -> None:
    path = tmp_path / "db.sqlite"
    with Store(path) as store:
        ingest(corpus[:5], store, Settings(), lambda: annotator)
        expected = _events(store)
    # What migration 0004 finds in an older file: no group keys, no reuse tables filled.
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE mentions SET group_key = NULL")
        for table in ("events", "reuse", "signatures", "minhash_bands"):
            db.execute(f"DELETE FROM {table}")
        db.execute("INSERT INTO pending_groups VALUES ('*')")
    db.close()
    with Store(path) as reopened:
        ingest(corpus[:5], reopened, Settings(), lambda: annotator)
        assert _events(reopened) == expected
