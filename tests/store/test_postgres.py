"""The PostgreSQL store against a real server that the fixture starts on 127.0.0.1.

The server is Debian's PostgreSQL (`postgresql` package): `initdb` into a temporary folder,
`pg_ctl start` on a free port with its socket in that folder, stopped at the end. Locally the
tests skip when PostgreSQL or psycopg is missing; in CI (CI=true) they fail.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from readout import merge
from readout.records import Annotation, Failure
from readout.store import EventFilter, Store

ROOT = Path(__file__).resolve().parents[2]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; CI must run the PostgreSQL tests (.ci/run installs "
                    "postgresql, `make test` installs requirements/postgres.txt)")
    pytest.skip(reason)


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -r requirements/postgres.txt)")
    binaries = _binaries()
    if binaries is None:
        _unavailable("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    assert binaries is not None
    home = Path(tempfile.mkdtemp(prefix="readout-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        shutil.chown(home, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = home / "data", _free_port()

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, timeout=120)

    run(str(binaries / "initdb"), "-D", str(data), "-U", "readout", "--auth=trust",
        "--encoding=UTF8", "--locale=C")
    run(str(binaries / "pg_ctl"), "start", "-w", "-D", str(data), "-l", str(home / "log"),
        "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {home} -c fsync=off")
    try:
        yield f"postgresql://readout@127.0.0.1:{port}/postgres"
    finally:
        run(str(binaries / "pg_ctl"), "stop", "-D", str(data), "-m", "fast")
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def annotations(annotator: Any) -> list[Annotation]:
    from readout import ingest

    folder = ROOT / "tests" / "eval" / "merge"
    found = list(ingest.extract([folder], annotator.settings, annotator))
    return [a for a in found if isinstance(a, Annotation)]


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Any]:
    import psycopg

    from readout.store.postgres import PostgresStore

    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("DROP SCHEMA public CASCADE")
        admin.execute("CREATE SCHEMA public")
    with PostgresStore(postgres_url) as store:
        yield store


def _filled(store: Any, annotations: list[Annotation]) -> Any:
    for annotation in annotations:
        store.add(annotation)
    store.add_failure(Failure("bad.txt", "sources", "empty", "bad.txt: file is empty"))
    store.merge_pending(merge.merge_group)
    return store


def test_the_same_events_as_sqlite(pg: Any, store: Store,
                                   annotations: list[Annotation]) -> None:
    expected = _filled(store, annotations).events()
    found = _filled(pg, annotations).events()
    assert len(found) > 10
    assert found == expected
    ids = [a.document.id for a in annotations]
    assert pg.reuse_links(ids) == store.reuse_links(ids)
    assert pg.counts() == store.counts()
    assert pg.failures() == store.failures()


def test_adding_twice_changes_nothing(pg: Any, annotations: list[Annotation]) -> None:
    _filled(pg, annotations)
    before = pg.counts()
    assert not pg.add(annotations[0])
    assert pg.merge_pending(merge.merge_group) == 0
    assert pg.counts() == before


@pytest.mark.parametrize(("where", "expected"), [
    (EventFilter(actors=("Blinken",)), True),
    (EventFilter(since="2030"), False),
    (EventFilter(type="call"), True),
])
def test_event_filters_match_sqlite(pg: Any, store: Store, annotations: list[Annotation],
                                    where: EventFilter, expected: bool) -> None:
    found = _filled(pg, annotations).events(where)
    assert found == _filled(store, annotations).events(where)
    assert bool(found) is expected


def test_one_event_with_its_quotes(pg: Any, annotations: list[Annotation]) -> None:
    first = _filled(pg, annotations).events()[0]
    assert pg.event(first.id) == first
    assert pg.event("ev_missing") is None
    documents = sorted({s.document for s in first.sources})
    assert all(d in documents for d, _ in pg.quotes_of(documents))


@pytest.mark.parametrize(("words", "stem"), [("talks", "talk"), ("cooperation", "cooperat")])
def test_full_text_search_stems_words(pg: Any, annotations: list[Annotation], words: str,
                                      stem: str) -> None:
    found = _filled(pg, annotations).search_quotes(text=words, limit=5)
    assert found
    assert all(stem in quote.text.lower() or (quote.speaker and stem in
                                              quote.speaker.name.lower())
               for _, quote in found)


def test_a_wrong_url_is_a_store_error() -> None:
    from readout.errors import StoreError
    from readout.store.postgres import PostgresStore

    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed")
    with pytest.raises(StoreError, match="cannot open the PostgreSQL database"):
        PostgresStore(f"postgresql://nobody@127.0.0.1:{_free_port()}/none?connect_timeout=2")


@pytest.mark.parametrize("command", [["events", "--format", "json"], ["timeline"]])
def test_the_event_commands_read_postgres(pg: Any, annotations: list[Annotation],
                                          postgres_url: str, command: list[str]) -> None:
    import sys

    events = _filled(pg, annotations).events()
    result = subprocess.run([sys.executable, "-m", "readout", *command, "--db", postgres_url],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert all(event.id in result.stdout for event in events)
