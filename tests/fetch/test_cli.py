"""`readout ingest URL` and `readout watch` as a user runs them, against 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

ENV = {**os.environ, "READOUT_HOST_INTERVAL": "0", "READOUT_FETCH_ATTEMPTS": "1",
       "READOUT_FETCH_TIMEOUT": "5"}
MEETING = ["Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in "
           "New Delhi on Monday, and the two leaders discussed trade and regional security.",
           "Modi said India and Japan would deepen their partnership. Kishida thanked his host "
           "and invited him to visit Tokyo next year."]


def readout(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "readout", *args], capture_output=True,
                          text=True, cwd=cwd, env=ENV, timeout=300, check=False)


def test_ingest_page_url_as_official_and_feed_url(site: Any, tmp_path: Path) -> None:
    page = site.route("/mea/1", site.page(site.article("Prime Minister meets Kishida",
                                                       "2023-03-20", MEETING)))
    feed = site.route("/feed.xml", site.page(site.rss("Empty", []),
                                             media="application/rss+xml"))
    missing = site.url("/gone")
    db = str(tmp_path / "r.db")
    result = readout("ingest", page, feed, missing, "--official", "in", "--db", db,
                     cwd=tmp_path)
    assert result.returncode == 3, result.stderr  # one input failed: named, recorded
    assert "1 new, 0 already known, 1 failed documents" in result.stdout
    assert f"{feed} ok (HTTP 200): 0 items, 0 new" in result.stdout
    assert f"{missing}: HTTP 404" in result.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path, source_kind, speaks_for FROM documents").fetchall()
    assert rows == [(page, "official", "IN")]
    shown = readout("events", "--format", "json", "--db", db, cwd=tmp_path)
    sources = [s for line in shown.stdout.splitlines() for s in json.loads(line)["sources"]]
    assert sources and all((s["source_kind"], s["speaks_for"]) == ("official", "IN")
                           for s in sources)


def test_watch_once_then_resumes(site: Any, tmp_path: Path) -> None:
    site.route("/news/1", site.page(site.article("Modi meets Kishida", "2023-03-20",
                                                 MEETING)))
    feed = site.route("/feed.xml", site.page(site.rss("Wire", [
        ("w1", site.url("/news/1"), "Mon, 20 Mar 2023 10:00:00 GMT")]),
        media="application/rss+xml", etag='"a"'))
    db = str(tmp_path / "w.db")
    first = readout("watch", feed, "--once", "--db", db, cwd=tmp_path)
    again = readout("watch", feed, "--once", "--db", db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "ok (HTTP 200): 1 items, 1 new; 1 ingested" in first.stdout
    assert len(first.stdout.strip().splitlines()) == 1  # one line per poll
    assert again.returncode == 0, again.stderr
    assert f"{feed} not-modified (HTTP 304)" in again.stdout


def test_watch_stops_cleanly_on_sigint(site: Any, tmp_path: Path) -> None:
    feed = site.route("/feed.xml", site.page(site.rss("Quiet", []),
                                             media="application/rss+xml"))
    process = subprocess.Popen(
        [sys.executable, "-m", "readout", "watch", feed, "--every", "0.2s", "--db",
         str(tmp_path / "s.db")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=tmp_path, env=ENV)
    assert process.stdout is not None
    try:
        polls = [process.stdout.readline(), process.stdout.readline()]  # two rounds ran
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert all("ok (HTTP 200): 0 items" in line for line in polls)
    assert process.returncode == 0, err
    assert "stopped; the next `readout watch` resumes" in err


def test_watch_usage_errors(tmp_path: Path) -> None:
    for args, message in [(["watch", "--once"], "no feeds to watch"),
                          (["watch", "feed.xml"], "is not a feed URL"),
                          (["watch", "https://x.example/f", "--every", "soon"], "--every"),
                          (["watch", "https://x.example/f", "--official", "?"], "not a code")]:
        result = readout(*args, "--db", str(tmp_path / "u.db"), cwd=tmp_path)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr
