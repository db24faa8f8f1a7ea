"""Nothing lost: bad inputs, kill -9 in the middle of an ingest, concurrent ingests.

    .venv/bin/python benchmarks/robustness.py [--articles 600] [--kills 10] [--rounds 3]
                                              [--concurrency-runs 5] [--seed 1]

The larger version of the tests in `tests/robustness/` (same generated inputs, same
harness), run with the real `readout` command in subprocesses:

1. bad inputs: the whole corpus of `tests/robustness/corpus.py` (a 100 MB file, broken
   encodings, malformed HTML and JSON, a named pipe, a symlink loop, ...) plus good articles
   in one `readout ingest`; counts inputs, failure lines, tracebacks and stored documents.
2. kill tests: per round, `readout ingest` of N generated articles SIGKILLed at K random
   points (by time and by number of stored documents), then run to the end; the database is
   compared with an uninterrupted run: integrity, documents lost or duplicated, events.
3. concurrency: per run, two overlapping ingests and a reader process start at once on a
   new database; counts "database is locked" and other failures and lost writes.
4. opening race: 60 new databases, each created by 8 processes at the same moment.

Prints the figures as Markdown for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "robustness"))

from corpus import ROOT_USER, bad_inputs, write_articles
from harness import (
    TIMEOUT,
    ingest_killed,
    kill_points,
    reader,
    readout,
    run,
    state,
)

from readout.sources import display


def bad_input_batch(work: Path) -> list[str]:
    folder = work / "bad"
    folder.mkdir()
    cases = bad_inputs()
    for bad in cases:
        bad.make(folder / bad.name)
    good = write_articles(folder / "good", 20)
    db = work / "bad.db"
    started = time.monotonic()
    result = run("ingest", folder, folder / "notes.docx", "--db", db)
    seconds = time.monotonic() - started
    lines = result.stderr.splitlines()
    tracebacks = result.stderr.count("Traceback")
    failing = [bad for bad in cases if bad.expected()[0]]
    named = sum(any(display(folder / bad.name) in line for line in lines) for bad in failing)
    found = state(db)
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT count(*) FROM failures").fetchone()[0]
    return [
        "### Bad inputs",
        "",
        f"- bad inputs tried: {len(cases)} files ({len(failing)} that must fail, "
        f"{len(cases) - len(failing)} that must be read: Latin-1, UTF-16, odd names, an "
        "article with 10,000 quote marks" + (", the mode-000 file (run as root)" if ROOT_USER
                                               else "") + "), with 20 good articles, "
        "in one batch",
        f"- exit code: {result.returncode}; failure lines on stderr: {len(lines)}, every one "
        f"starting `readout:`: {all(line.startswith('readout: ') for line in lines)}; "
        f"rows in the failures table: {rows}",
        f"- failing inputs named on stderr: {named} of {len(failing)}",
        f"- tracebacks shown: {tracebacks}",
        f"- documents stored: {len(found.documents)} ({len(good)} good articles + the readable "
        f"bad inputs); integrity_check: {found.integrity}",
        f"- time for the batch (including the 100 MB file and model loading): {seconds:.1f} s",
        "",
    ]


@dataclass
class KillRound:
    kills: int
    landed: int
    lost: int
    duplicated: int
    events_equal: bool
    integrity: str
    seconds: float


def kill_round(work: Path, inputs: Path, reference_db: Path, kills: int,
               rng: random.Random, total: int) -> KillRound:
    reference = state(reference_db)
    db = work / f"killed-{rng.random():.6f}.db"
    started = time.monotonic()
    done = [ingest_killed(inputs, db, point) for point in kill_points(rng, kills, total)]
    finished = run("ingest", inputs, "--db", db)
    seconds = time.monotonic() - started
    if finished.returncode != 0:
        print(finished.stderr, file=sys.stderr)
    after = state(db)
    lost = len(set(reference.documents) - set(after.documents))
    # Rows beyond the uninterrupted run's: documents, event mentions, quotes stored twice.
    duplicated = sum(max(0, a - b) for a, b in (
        (len(after.documents), len(reference.documents)), (after.mentions, reference.mentions),
        (after.quotes, reference.quotes)))
    return KillRound(len(done), sum(k.landed for k in done), lost, duplicated,
                     after.events == reference.events and after.unmerged == 0
                     and after.pending == 0, after.integrity, seconds)


def kill_tests(work: Path, articles: int, kills: int, rounds: int, seed: int) -> list[str]:
    inputs = work / "articles"
    write_articles(inputs, articles)
    reference_db = work / "reference.db"
    started = time.monotonic()
    run("ingest", inputs, "--db", reference_db)
    uninterrupted = time.monotonic() - started
    rng = random.Random(seed)
    results = [kill_round(work, inputs, reference_db, kills, rng, articles)
               for _ in range(rounds)]
    reference = state(reference_db)
    return [
        "### Kill tests",
        "",
        f"- {rounds} rounds of {articles} generated articles ({articles // 2} meetings and "
        f"calls, each reported by two articles; {len(reference.events)} merged events), each "
        f"round killed with SIGKILL at {kills} random points "
        f"(seed {seed}), then run to the end; one uninterrupted run took {uninterrupted:.1f} s",
        f"- kills that landed mid-run: {sum(r.landed for r in results)} of "
        f"{sum(r.kills for r in results)}",
        f"- documents lost: {sum(r.lost for r in results)}; duplicated: "
        f"{sum(r.duplicated for r in results)}",
        f"- rounds whose events equal the uninterrupted run's: "
        f"{sum(r.events_equal for r in results)} of {rounds}",
        f"- integrity_check: {', '.join(sorted({r.integrity for r in results}))}",
        f"- time per round (all kills and the final run): "
        f"{', '.join(f'{r.seconds:.0f} s' for r in results)}",
        "",
    ]


@dataclass
class ConcurrentRun:
    locked: int
    failed: int
    reads: int
    lost_writes: bool


def concurrent_run(work: Path, first: Path, second: Path, reference_events: tuple[str, ...],
                   number: int) -> ConcurrentRun:
    db, stop = work / f"shared-{number}.db", work / f"stop-{number}"
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, errors="replace")
                 for command in (reader(db, stop), readout("ingest", first, "--db", db),
                                 readout("ingest", second, "--db", db))]
    outputs = [p.communicate(timeout=TIMEOUT) for p in processes[1:]]
    stop.touch()
    reads, reader_errors = processes[0].communicate(timeout=TIMEOUT)
    errors = [e for _, e in outputs] + [reader_errors]
    after = state(db)
    return ConcurrentRun(
        locked=sum("locked" in e for e in errors),
        failed=sum(p.returncode != 0 for p in processes),
        reads=int(reads or 0),
        lost_writes=after.events != reference_events or after.integrity != "ok")


def concurrency(work: Path, articles: int, runs: int) -> list[str]:
    half, overlap = articles // 2, articles // 10
    first, second, everything = work / "first", work / "second", work / "everything"
    write_articles(first, half + overlap)
    write_articles(second, articles - half, start=half)
    write_articles(everything, articles)
    reference_db = work / "all.db"
    run("ingest", everything, "--db", reference_db)
    reference = state(reference_db).events
    results = [concurrent_run(work, first, second, reference, n) for n in range(runs)]
    return [
        "### Concurrency",
        "",
        f"- {runs} runs, each: two ingests ({half + overlap} and {articles - half} articles, "
        f"{overlap} in both) and a reader process (opening the store, listing events and "
        "counts, over and over) started at once on a new database",
        f"- \"database is locked\" errors: {sum(r.locked for r in results)}; processes that "
        f"failed: {sum(r.failed for r in results)} of {3 * runs}",
        f"- runs with a lost write (events differ from one ingest of everything): "
        f"{sum(r.lost_writes for r in results)} of {runs}",
        f"- reads made while the ingests ran: {', '.join(str(r.reads) for r in results)}",
        "",
    ]


def _open_store(path: str) -> str:
    from readout.store import Store

    try:
        with Store(path) as store:
            store.counts()
        return "ok"
    except Exception as error:  # counted and shown, whatever it is
        return f"{type(error).__name__}: {error}"


def open_race(work: Path, trials: int, processes: int) -> list[str]:
    """Many processes creating and migrating one new database at the same moment."""
    paths = [str(work / f"race-{n}.db") for n in range(trials)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        results = pool.map(_open_store, [p for p in paths for _ in range(processes)])
    failed = [r for r in results if r != "ok"]
    return [
        "### Opening a new database from many processes at once",
        "",
        f"- {trials} new databases, each opened by {processes} processes at the same moment: "
        f"{len(failed)} of {len(results)} opens failed"
        + (f" (first: {failed[0]})" if failed else ""),
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="readout-robustness-") as tmp:
        work = Path(tmp)
        lines = bad_input_batch(work)
        print("\n".join(lines), flush=True)
        lines = kill_tests(work, args.articles, args.kills, args.rounds, args.seed)
        print("\n".join(lines), flush=True)
        lines = concurrency(work, args.articles // 2, args.concurrency_runs)
        print("\n".join(lines), flush=True)
        print("\n".join(open_race(work, 60, 8)), flush=True)


if __name__ == "__main__":
    main()
