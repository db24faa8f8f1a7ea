"""The local runner: in-process and with a pool of workers, the database ends up the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from readout import ingest, runner
from readout.errors import UsageError
from readout.settings import Settings
from readout.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _run(path: Path, options: runner.RunOptions) -> Store:
    store = Store(path)
    settings = Settings()
    runner.run(ingest.read([EXAMPLES], settings), store, settings, options)
    return store


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return _run(tmp_path_factory.mktemp("one") / "one.db", runner.RunOptions())


def test_two_workers_give_the_same_database(one_process: Store, tmp_path: Path) -> None:
    with _run(tmp_path / "two.db", runner.RunOptions(workers=2, chunk=3)) as two:
        assert two.events() == one_process.events()
        assert two.counts() == one_process.counts()


def test_triage_loses_no_event_on_the_examples(one_process: Store, tmp_path: Path) -> None:
    with _run(tmp_path / "triage.db", runner.RunOptions(triage=True)) as triaged:
        assert triaged.events() == one_process.events()


def test_a_second_run_finds_every_document_known(one_process: Store) -> None:
    settings = Settings()
    report = runner.run(ingest.read([EXAMPLES], settings), one_process, settings)
    assert (report.new, report.known) == (0, one_process.counts().documents)


def test_workers_refuse_urls(store: Store) -> None:
    with pytest.raises(UsageError, match="not URLs"):
        runner.run_paths(["https://example.org/feed"], store, Settings(),
                         runner.RunOptions(workers=2))


def test_ingest_command_takes_workers(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = subprocess.run([sys.executable, "-m", "readout", "ingest", "--workers", "2",
                             str(EXAMPLES / "xi-zelensky-call.txt"),
                             str(EXAMPLES / "havana-obama-castro.txt"), "--db", str(db)],
                            capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 new, 0 already known, 0 failed")
