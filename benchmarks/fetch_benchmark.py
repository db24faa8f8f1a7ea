"""Following feeds: what fetching, parsing and re-polling cost, on a server on 127.0.0.1.

    .venv/bin/python benchmarks/fetch_benchmark.py [--items 300] [--ingest 40]

Serves a feed of N items and N article pages (the bundled example articles, each page made
unique, with navigation around the article, gzip-encoded) from a local ThreadingHTTPServer,
then measures:

- feed parse: `parse_feed` on the N-item feed (median of 5);
- fetch:      N pages through the polite client (robots.txt, rate limit at 0 s, size limit);
- pages:      the same N answers to Documents (trafilatura and htmldate);
- poll+ingest: a first poll of a feed of M items into a fresh store, model loaded first;
- re-poll:    a second poll of that unchanged feed (a 304).

No request leaves the machine. Timings are wall-clock seconds on this machine.
"""

from __future__ import annotations

import argparse
import gzip
import html
import statistics
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from readout import sources
from readout.feedlist import FeedSource
from readout.fetch.client import Fetcher, FetchOptions
from readout.fetch.feeds import parse_feed
from readout.fetch.follow import Crawl, poll_feed
from readout.fetch.pages import NEWS, page_document
from readout.pipeline import Annotator
from readout.settings import Settings
from readout.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
OPTIONS = FetchOptions(host_interval=0.0, attempts=1, max_bytes=5_000_000)


def texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        out.append((title.strip(), body))
    return out


def article(n: int, title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(60))
    return (f"<!DOCTYPE html><html lang='en'><head><title>{html.escape(title)}</title>"
            f"<meta property='article:published_time' content='2024-11-{1 + n % 28:02d}'>"
            f"</head><body><nav><ul>{nav}</ul></nav><article><h1>{html.escape(title)}</h1>"
            f"{paragraphs}<p>Report number {n}.</p></article><footer>(c) Bench</footer>"
            "</body></html>").encode()


def feed(port: int, count: int) -> bytes:
    items = "".join(
        f"<item><title>Item {n}</title><link>http://127.0.0.1:{port}/a/{n}</link>"
        f"<guid isPermaLink='false'>item-{n}</guid>"
        f"<pubDate>Fri, {1 + n % 28:02d} Nov 2024 09:00:00 GMT</pubDate></item>"
        for n in range(count))
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Bench</title>"
            f"<link>http://127.0.0.1:{port}/</link><description>x</description>{items}"
            "</channel></rss>").encode()


def serve(pages: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body in one segment: otherwise Nagle's algorithm and delayed ACKs on a
        # kept-alive connection add about 40 ms to every answer, and the benchmark would
        # measure the test server.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            body = pages.get(self.path.split("?")[0])
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = gzip.compress(body)
            media = "application/rss+xml" if self.path.endswith(".xml") else "text/html"
            self.send_response(200)
            self.send_header("Content-Type", media)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--ingest", type=int, default=40)
    args = parser.parse_args()
    pages: dict[str, bytes] = {}
    server = serve(pages)
    port = server.server_address[1]
    corpus = texts()
    for n in range(args.items):
        pages[f"/a/{n}"] = article(n, *corpus[n % len(corpus)])
    pages["/feed.xml"] = feed(port, args.items)
    pages["/small.xml"] = feed(port, args.ingest)
    url = f"http://127.0.0.1:{port}"
    size = statistics.mean(len(p) for k, p in pages.items() if k.startswith("/a/"))

    data = pages["/feed.xml"]
    parse = statistics.median(timed(lambda: parse_feed(data, url + "/feed.xml"))
                              for _ in range(5))
    print(f"feed parse: {args.items} items in {parse * 1000:.1f} ms")

    with Fetcher(OPTIONS) as fetcher:
        answers = []
        seconds = timed(lambda: answers.extend(fetcher.get(f"{url}/a/{n}")
                                               for n in range(args.items)))
        print(f"fetch: {args.items} pages ({size / 1000:.1f} KB each, gzip) in {seconds:.2f} s"
              f" = {args.items / seconds:.0f} pages/s")
        options = sources.SourceOptions()
        seconds = timed(lambda: [page_document(a, options, NEWS) for a in answers])
        print(f"pages: {args.items} answers to Documents in {seconds:.2f} s = "
              f"{args.items / seconds:.1f} pages/s")

    settings = Settings()
    annotator = Annotator(settings)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "b.db") as store, \
            Fetcher(OPTIONS) as fetcher:
        crawl = Crawl(fetcher, store, settings, lambda: annotator)
        small = FeedSource(url + "/small.xml")
        report = None

        def poll() -> None:
            nonlocal report
            report = poll_feed(crawl, small)
        seconds = timed(poll)
        assert report is not None
        print(f"poll+ingest: {args.ingest} new items in {seconds:.2f} s = "
              f"{args.ingest / seconds:.1f} items/s ({report.ingest.new} ingested, "
              f"{report.ingest.events} event mentions)")
        again = timed(poll)
        print(f"re-poll: {again * 1000:.1f} ms, outcome {report.outcome} "
              f"(HTTP {report.status}), {report.new} new")
    server.shutdown()


if __name__ == "__main__":
    main()
