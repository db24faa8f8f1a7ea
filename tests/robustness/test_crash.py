"""Crash safety: `readout ingest` killed with SIGKILL at random points, several times, then
run to the end, leaves the same database as one uninterrupted run.

The larger version (more articles, more kills) is `benchmarks/robustness.py`.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from corpus import write_articles
from harness import ingest_killed, kill_points, run, state

ARTICLES = 200
KILLS = 4
SEED = int(os.environ.get("READOUT_KILL_SEED", "20261123"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "articles"
    write_articles(folder, ARTICLES)
    return folder


def test_killed_ingests_resume_to_the_uninterrupted_result(inputs: Path,
                                                           tmp_path: Path) -> None:
    reference_db = tmp_path / "reference.db"
    assert run("ingest", inputs, "--db", reference_db).returncode == 0
    reference = state(reference_db)
    assert len(reference.documents) == ARTICLES and reference.events

    db = tmp_path / "killed.db"
    rng = random.Random(SEED)
    kills = [ingest_killed(inputs, db, point) for point in kill_points(rng, KILLS, ARTICLES)]
    assert sum(k.landed for k in kills) >= KILLS - 1, f"seed {SEED}: kills missed: {kills}"
    finished = run("ingest", inputs, "--db", db)
    assert finished.returncode == 0, finished.stderr
    assert "Traceback" not in finished.stderr

    after = state(db)
    assert after.integrity == "ok"
    assert after.documents == reference.documents, "documents lost or duplicated"
    assert after.document_ids == ARTICLES
    assert (after.mentions, after.quotes) == (reference.mentions, reference.quotes)
    assert after.unmerged == 0 and after.pending == 0
    assert after.events == reference.events, f"seed {SEED}: events differ after {kills}"
