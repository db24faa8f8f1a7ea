"""A small database built by ingesting a few examples (and one hostile article), served by
uvicorn on 127.0.0.1 in a thread, and a headless Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from readout.ingest import ingest
from readout.settings import Settings
from readout.store import Store
from readout.web import WebConfig, create_app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
ARTICLES = ["woodside-biden-xi-wire.txt", "2023-11-16-meridian-biden-xi-woodside.html",
            "xi-zelensky-call.txt", "tianjin-modi-xi-sco.txt", "wire-records.jsonl"]

# An article whose text tries to run script in the reader's browser.
HOSTILE = """\
Wang Yi meets Lavrov <script>window.__pwned = 1</script> in Geneva

GENEVA, March 3 (Wire) - Chinese Foreign Minister Wang Yi met Russian Foreign Minister \
Sergey Lavrov in Geneva on Monday <img src=x onerror="window.__pwned = 2"> for talks on \
the war in Ukraine and trade between their countries, officials said.

"We had a frank and useful exchange <b onmouseover="window.__pwned = 3">of views</b> on \
every question," Lavrov told reporters after the meeting, which lasted three hours.

The two ministers last met in Moscow in the spring, when they agreed to keep in close \
contact on security matters and on the situation in the region.
"""


@dataclass(frozen=True)
class Served:
    url: str
    db: Path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, annotator: Any) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    db = folder / "web.db"
    with Store(db) as store:
        report = ingest([*(EXAMPLES / name for name in ARTICLES), hostile], store,
                        Settings(db=str(db)), lambda: annotator)
    assert report.failed == 0, report.failures
    return db


def serve(app: Any) -> tuple[str, Callable[[], None]]:
    """Start uvicorn on a free port of 127.0.0.1 in a thread; return its URL and a stop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture(scope="session")
def server() -> Callable[[Any], tuple[str, Callable[[], None]]]:
    """Start another app on 127.0.0.1: `url, stop = server(app)`."""
    return serve


@pytest.fixture(scope="session")
def served(web_db: Path, annotator: Any) -> Iterator[Served]:
    app = create_app(Settings(db=str(web_db)), WebConfig(), annotator=lambda: annotator)
    url, stop = serve(app)
    yield Served(url, web_db)
    stop()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's Chromium through Playwright. In CI a missing browser fails the tests;
    elsewhere they skip with the reason."""
    if not CHROMIUM.exists():
        message = "/usr/bin/chromium is missing: apt-get install chromium chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(10_000)
    yield opened
    context.close()
