"""The web app: how fast its pages and API answer, and screenshots of the main pages.

    .venv/bin/python benchmarks/web_pages.py [--repeat 20] [--no-screenshots]

Ingests the bundled examples and the merge corpus (`tests/eval/merge/`) into a fresh
database, serves it with uvicorn on 127.0.0.1, times each page and API route over HTTP
(median and worst of N requests, after one warm-up), and saves full-page screenshots from
a headless Debian Chromium into `benchmarks/screenshots/`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import uvicorn

from readout.ingest import ingest
from readout.pipeline import Annotator
from readout.settings import Settings
from readout.store import Store
from readout.web import WebConfig, create_app

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "benchmarks" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def build(db: Path) -> float:
    settings = Settings(db=str(db))
    inputs = [ROOT / "examples", ROOT / "tests" / "eval" / "merge"]
    start = time.perf_counter()
    with Store(db) as store:
        ingest([p for p in inputs if p.is_dir()], store, settings, lambda: Annotator(settings))
    return time.perf_counter() - start


def start(db: Path) -> tuple[str, uvicorn.Server, threading.Thread]:
    config = uvicorn.Config(create_app(Settings(db=str(db)), WebConfig()), host="127.0.0.1",
                            port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    return f"http://127.0.0.1:{port}", server, thread


def routes(url: str) -> dict[str, str]:
    """Name -> path of every page and API route, with real ids from the database."""
    events = httpx.get(url + "/api/events", params={"per_page": 200}).json()["items"]
    busiest = max(events, key=lambda e: (e["sources"], e["date"] or ""))
    actor = httpx.get(url + "/api/actors").json()["items"][0]["name"]
    document = httpx.get(url + "/api/documents").json()["items"][0]["id"]
    return {
        "timeline": "/", "timeline, one actor": f"/?actor={quote(actor)}",
        "event": f"/events/{busiest['id']}", "actors": "/actors",
        "actor": f"/actors/{quote(actor)}", "quotes search": "/quotes?q=talks",
        "documents": "/documents", "document": f"/documents/{document}?removed=true",
        "API events": "/api/events", "API event": f"/api/events/{busiest['id']}",
        "API actor": f"/api/actors/{quote(actor)}", "API quotes": "/api/quotes?q=talks",
        "API document": f"/api/documents/{document}",
    }


def timings(url: str, paths: dict[str, str], repeat: int) -> list[tuple[str, float, float]]:
    out = []
    with httpx.Client(base_url=url, timeout=30) as client:
        for name, path in paths.items():
            client.get(path).raise_for_status()
            samples = []
            for _ in range(repeat):
                begin = time.perf_counter()
                client.get(path).raise_for_status()
                samples.append((time.perf_counter() - begin) * 1000)
            out.append((name, statistics.median(samples), max(samples)))
    return out


def screenshots(url: str, paths: dict[str, str]) -> list[str]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    wanted = {"timeline": "/", "event": paths["event"], "actor": paths["actor"],
              "quotes": paths["quotes search"], "document": paths["document"],
              "ingest": "/ingest", "api": "/api/docs",
              "pair": "/?actor=Antony+Blinken&actor=Wang+Yi"}
    saved = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, path in wanted.items():
            page.goto(url + path)
            target = SHOTS / f"{name}.png"
            page.screenshot(path=str(target), full_page=True)
            saved.append(str(target.relative_to(ROOT)))
        browser.close()
    return saved


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--no-screenshots", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "web.db"
        seconds = build(db)
        with Store(db) as store:
            counts = store.counts()
        print(f"database: {counts.documents} documents, {counts.events} events, "
              f"{counts.quotes} quotes (ingest {seconds:.1f} s)")
        url, server, thread = start(db)
        try:
            paths = routes(url)
            print(f"{'route':<22} {'median ms':>10} {'worst ms':>10}")
            for name, median, worst in timings(url, paths, args.repeat):
                print(f"{name:<22} {median:>10.1f} {worst:>10.1f}")
            if not args.no_screenshots:
                for saved in screenshots(url, paths):
                    print(f"saved {saved}")
        finally:
            server.should_exit = True
            thread.join()


if __name__ == "__main__":
    main(sys.argv[1:])
