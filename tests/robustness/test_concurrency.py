"""Two ingests and a reader at once on one new database: no "database is locked", no lost
write, and the same result as one ingest of everything.

The larger version (more runs) is `benchmarks/robustness.py`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from corpus import write_articles
from harness import TIMEOUT, reader, readout, run, state


def test_two_ingests_and_a_reader_at_once(tmp_path: Path) -> None:
    # Two overlapping batches: articles 0-119 and 80-199 (80-119 are in both).
    first, second, everything = tmp_path / "a", tmp_path / "b", tmp_path / "all"
    write_articles(first, 120)
    write_articles(second, 120, start=80)
    write_articles(everything, 200)
    db, stop = tmp_path / "shared.db", tmp_path / "stop"

    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, errors="replace")
                 for command in (reader(db, stop), readout("ingest", first, "--db", db),
                                 readout("ingest", second, "--db", db))]
    ingests = [p.communicate(timeout=TIMEOUT) for p in processes[1:]]
    stop.touch()
    reads, reader_errors = processes[0].communicate(timeout=TIMEOUT)

    for process, (_, errors) in zip(processes[1:], ingests, strict=True):
        assert "locked" not in errors and "Traceback" not in errors, errors
        assert process.returncode == 0, errors
    assert processes[0].returncode == 0 and not reader_errors, reader_errors
    assert int(reads) > 0

    reference_db = tmp_path / "reference.db"
    assert run("ingest", everything, "--db", reference_db).returncode == 0
    reference, shared = state(reference_db), state(db)
    assert shared.integrity == "ok"
    assert sorted(Path(p).name for p in shared.documents) == sorted(
        Path(p).name for p in reference.documents)
    assert shared.document_ids == 200, "documents lost or duplicated"
    assert (shared.mentions, shared.quotes) == (reference.mentions, reference.quotes)
    assert shared.unmerged == 0 and shared.pending == 0
    assert shared.events == reference.events, "a write was lost"
