"""The command line as a user runs it: real processes, a real SQLite file, real inputs."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def readout(*args: str, cwd: Path | None = None, stdin: str | None = None
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "readout", *args], capture_output=True,
                          text=True, cwd=cwd, input=stdin, timeout=600, check=False)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = readout("ingest", str(EXAMPLES), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "13 new, 0 already known, 0 failed documents" in result.stdout
    return db


def test_ingesting_again_changes_nothing(demo_db: Path) -> None:
    before = _table_counts(demo_db)
    again = readout("ingest", str(EXAMPLES), "--db", str(demo_db))
    assert again.returncode == 0, again.stderr
    assert "0 new, 13 already known, 0 failed documents" in again.stdout
    assert _table_counts(demo_db) == before


def _table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in
                ("documents", "mentions", "quotes", "events", "event_sources", "failures")}


def test_events_json_lines_follow_the_contract(demo_db: Path) -> None:
    result = readout("events", "--format", "json", "--db", str(demo_db))
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events, "the examples hold events"
    for event in events:
        assert {"id", "type", "participants", "date", "location", "occasion", "topics",
                "background", "status", "sources", "independent_sources"} <= event.keys()
        assert event["type"] in {"meeting", "call"}
        assert 1 <= event["independent_sources"] <= len(event["sources"])
        for source in event["sources"]:
            assert source["evidence"]["text"]


def test_two_reports_of_one_meeting_merge(demo_db: Path) -> None:
    result = readout("events", "--format", "json", "--actor", "Xi Jinping", "--actor",
                     "Joe Biden", "--since", "2023-11-01", "--until", "2023-11-30",
                     "--db", str(demo_db))
    events = [json.loads(line) for line in result.stdout.splitlines()]
    woodside = [e for e in events if e["date"] and e["date"].startswith("2023-11")]
    assert any(len({s["document"] for s in e["sources"]}) >= 2 for e in woodside), events


@pytest.mark.parametrize(("args", "check"), [
    (("--type", "call"), lambda rows: all(r["type"] == "call" for r in rows)),
    (("--since", "2022"), lambda rows: all((r["date"] or "") >= "2022" for r in rows)),
    (("--until", "2019-12-31"), lambda rows: all((r["date"] or "0") <= "2019-12-31"
                                                 for r in rows)),
])
def test_csv_filters(demo_db: Path, args: tuple[str, ...], check) -> None:  # type: ignore[no-untyped-def]
    result = readout("events", "--format", "csv", *args, "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and check(rows)


def test_timeline_and_show(demo_db: Path) -> None:
    timeline = readout("timeline", "--db", str(demo_db))
    assert timeline.returncode == 0
    assert "2023" in timeline.stdout and "sources" in timeline.stdout
    first = json.loads(readout("events", "--format", "json", "--db",
                               str(demo_db)).stdout.splitlines()[0])
    shown = readout("show", first["id"], "--db", str(demo_db))
    assert shown.returncode == 0
    assert first["sources"][0]["evidence"]["text"][:40] in shown.stdout


def test_show_unknown_event_is_one_clear_line(demo_db: Path) -> None:
    result = readout("show", "ev_nope", "--db", str(demo_db))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "no event 'ev_nope'" in result.stderr


def test_a_bad_batch_goes_on_and_records_each_failure(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = (EXAMPLES / "xi-zelensky-call.txt").read_text()
    (inputs / "good article.txt").write_text(good)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "blob.txt").write_bytes(bytes(range(256)) * 16)
    (inputs / "broken.jsonl").write_text('{"text": "One fine record about talks."}\n{oops\n')
    (inputs / "page.html").write_text("<html><body><div></div></body></html>")
    (inputs / "german.txt").write_text("Titel\n" + "Die Minister trafen sich am Montag in "
                                       "Berlin und sprachen über die Lage. " * 12)
    db = tmp_path / "bad.db"
    result = readout("ingest", str(inputs), "--db", str(db))
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 5
    for name in ("empty.txt", "blob.txt", "broken.jsonl:2", "page.html", "german.txt"):
        assert any(name in line for line in lines), (name, lines)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_extract_prints_contract_json_without_a_database(tmp_path: Path) -> None:
    result = readout("extract", str(EXAMPLES / "xi-zelensky-call.txt"),
                     "--published", "2023-04-27", "--text", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [document] = [json.loads(line) for line in result.stdout.splitlines()]
    assert document["published"] == {"date": "2023-04-27", "precision": "day",
                                      "source": "given", "min": None, "max": None,
                                      "evidence": []}
    text = document["text"]
    for event in document["events"]:
        evidence = event["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    for quote in document["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    assert not list(tmp_path.iterdir()), "extract must not write a database"


def test_extract_on_the_seeds(shared: Path) -> None:
    result = readout("extract", *sorted(str(p) for p in (shared / "seeds").glob("*.txt")))
    assert result.returncode == 0, result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(documents) == 5
    assert all({"id", "path", "title", "published", "events", "quotes"} <= d.keys()
               for d in documents)


@pytest.mark.parametrize(("args", "message"), [
    (("extract", "x.txt", "--published", "2024-13-01"), "is not a date"),
    (("extract", "x.txt", "--published", "2024-11"), "full date"),
    (("events", "--since", "yesterday"), "is not a date"),
])
def test_usage_errors(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = readout(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr


def test_time_parse_reads_stdin() -> None:
    result = readout("time", "parse", "--anchor", "2022-03-31",
                     stdin="They met on Wednesday and will meet again in May 2023.")
    assert result.returncode == 0, result.stderr
    values = [json.loads(line)["value"] for line in result.stdout.splitlines()]
    assert values == ["2022-03-30", "2023-05"]


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet", "plover"])
def test_export_writes_every_event(demo_db: Path, tmp_path: Path, format: str) -> None:
    from readout import export

    out = tmp_path / f"events.{format}"
    result = readout("export", "--format", format, "--out", str(out), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    listed = readout("events", "--format", "json", "--db", str(demo_db)).stdout.splitlines()
    assert f"{len(listed)} events written" in result.stderr
    if format == "plover":
        assert len(export.read_plover(out)) == len(listed)
    else:
        assert [e.id for e in export.read_events(out, format)] == [  # type: ignore[arg-type]
            json.loads(line)["id"] for line in listed]


def test_export_parquet_needs_a_file_and_rebuild_changes_nothing(demo_db: Path) -> None:
    result = readout("export", "--format", "parquet", "--db", str(demo_db))
    assert result.returncode == 2 and "--out" in result.stderr
    before = readout("events", "--format", "json", "--db", str(demo_db)).stdout
    rebuilt = readout("rebuild", "--db", str(demo_db))
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert readout("events", "--format", "json", "--db", str(demo_db)).stdout == before


@pytest.mark.parametrize(("args", "check"), [
    (("--speaker", "Biden"), lambda rows: rows and all("Biden" in r["speaker"]["name"]
                                                        for r in rows)),
    (("--search", "fentanyl"), lambda rows: rows and all("fentanyl" in r["text"].lower()
                                                          for r in rows)),
    (("--since", "2030"), lambda rows: rows == []),
])
def test_quotes_search(demo_db: Path, args: tuple[str, ...], check) -> None:  # type: ignore[no-untyped-def]
    result = readout("quotes", *args, "--format", "json", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert check([json.loads(line) for line in result.stdout.splitlines()])


def test_show_lists_what_each_side_said_about_the_event(demo_db: Path) -> None:
    listed = readout("events", "--format", "json", "--actor", "Xi Jinping", "--actor",
                     "Joe Biden", "--since", "2023-11", "--until", "2023-11",
                     "--db", str(demo_db)).stdout.splitlines()
    event = max((json.loads(line) for line in listed), key=lambda e: len(e["sources"]))
    shown = readout("show", event["id"], "--db", str(demo_db)).stdout
    said = shown.split("What was said about it", 1)[1]
    assert "Joe Biden:" in said or "Xi Jinping:" in said
