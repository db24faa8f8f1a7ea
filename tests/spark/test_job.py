"""The Spark path gives the same results as the local path on the same inputs.

One Spark job runs per module (examples, the merge corpus with its syndicated copies, bad
inputs, and a Parquet table of records); the same inputs go through `readout ingest`'s local
runner into SQLite, and every test compares one part of the two.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from readout import ingest, runner
from readout.cli import app
from readout.records import Event, Source
from readout.settings import Settings
from readout.store import Store

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT / "examples", ROOT / "tests" / "eval" / "merge"]
HELDOUT = sorted((ROOT / "tests" / "eval" / "heldout").glob("*.txt"))[:2]


def _key(event: Event) -> tuple[Any, ...]:
    return (event.id, event.type, event.date, event.participants,
            sorted((s.document, s.position) for s in event.sources), event.independent_sources)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("inputs")
    bad = folder / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("   \n", encoding="utf-8")
    (bad / "broken.jsonl").write_text('{"id": "ok-1", "text": "Too short to say much."}\n'
                                      '{"id": "broken", "text": \n', encoding="utf-8")
    records = [{"id": f"rec-{n}", "title": "", "text": path.read_text(encoding="utf-8"),
                "published": "2023-06-01"} for n, path in enumerate(HELDOUT)]
    pq.write_table(pa.Table.from_pylist(records), folder / "records.parquet")
    (folder / "jsonl").mkdir()
    (folder / "jsonl" / "records.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    common = [*map(str, CORPORA), str(bad)]
    return {"spark": [*common, str(folder / "records.parquet")],
            "local": [*common, str(folder / "jsonl" / "records.jsonl")]}


@pytest.fixture(scope="module")
def spark_out(spark: Any, inputs: dict[str, list[str]],
              tmp_path_factory: pytest.TempPathFactory) -> Path:
    from readout.spark import job

    out = tmp_path_factory.mktemp("spark") / "out"
    job.extract(spark, inputs["spark"], out, Settings(), job.JobOptions(partitions=2))
    return out


@pytest.fixture(scope="module")
def local(inputs: dict[str, list[str]], tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("local") / "local.db")
    settings = Settings()
    runner.run(ingest.read(inputs["local"], settings), store, settings)
    return store


def _rows(out: Path, table: str) -> list[dict[str, Any]]:
    return pq.read_table(out / table).to_pylist()


def test_the_same_events(spark_out: Path, local: Store) -> None:
    from readout.spark import rows

    spark_events = sorted((rows.event_from_row(r) for r in _rows(spark_out, "events")),
                          key=lambda e: e.id)
    local_events = sorted(local.events(), key=lambda e: e.id)
    assert len(local_events) > 30
    assert [_key(e) for e in spark_events] == [_key(e) for e in local_events]
    assert any(e.independent_sources < len({s.document for s in e.sources})
               for e in local_events), "the corpus should hold copies that count once"


def test_the_same_reuse_links(spark_out: Path, local: Store) -> None:
    ids = [r["id"] for r in _rows(spark_out, "documents")]
    found = {(r["first"], r["second"], r["kind"], r["score"]) for r in _rows(spark_out, "reuse")}
    expected = {(link.first, link.second, link.kind, link.score)
                for link in local.reuse_links(ids)}
    assert found == expected
    assert found


def test_the_same_documents_quotes_and_failures(spark_out: Path, local: Store) -> None:
    documents = _rows(spark_out, "documents")
    counts = local.counts()
    assert len(documents) == counts.documents
    assert len(_rows(spark_out, "quotes")) == counts.quotes
    assert len(_rows(spark_out, "mentions")) == counts.mentions
    failures = {(r["path"], r["code"]) for r in _rows(spark_out, "failures")}
    assert failures == {(f.path, f.code) for f in local.failures()}
    assert {code for _, code in failures} == {"empty", "malformed"}


@pytest.mark.parametrize("table", ["documents", "mentions", "quotes", "events"])
def test_tables_are_partitioned_by_month(spark_out: Path, table: str) -> None:
    folders = sorted(p.name for p in (spark_out / table).iterdir() if p.is_dir())
    assert folders and all(f.startswith("month=") for f in folders)


def test_parquet_records_become_documents(spark_out: Path) -> None:
    by_id = {r["id"]: r for r in _rows(spark_out, "documents")}
    assert {"rec-0", "rec-1"} <= set(by_id)
    assert by_id["rec-0"]["published_date"] == "2023-06-01"


def test_load_into_sqlite_gives_the_jobs_events(spark_out: Path, tmp_path: Path) -> None:
    from readout.spark import rows
    from readout.spark.load import load

    with Store(tmp_path / "loaded.db") as store:
        report = load(spark_out, store)
        assert report.merged_again == []
        loaded = sorted(store.events(), key=lambda e: e.id)
        again = load(spark_out, store)
    expected = sorted((rows.event_from_row(r) for r in _rows(spark_out, "events")),
                      key=lambda e: e.id)
    assert [_key(e) for e in loaded] == [_key(e) for e in expected]
    # the same sources (the store lists them in its own order: see tests/test_store.py)
    def by_document(sources: tuple[Source, ...]) -> list[Source]:
        return sorted(sources, key=lambda s: (s.document, s.evidence.start))

    assert [by_document(e.sources) for e in loaded] == [by_document(e.sources)
                                                          for e in expected]
    assert (again.new, again.known) == (0, report.new)


def test_load_command(spark_out: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["load", str(spark_out), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0, result.output
    assert "events from" in result.output


def test_load_refuses_a_folder_that_is_not_a_job(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "readout", "load", str(tmp_path), "--db",
                             str(tmp_path / "c.db")], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 2
    assert "not the output of `readout spark extract`" in result.stderr
