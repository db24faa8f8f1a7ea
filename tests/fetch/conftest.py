"""A real HTTP server on 127.0.0.1, serving canned answers per path, for the fetch tests.

`site.route(path, *answers)` serves the answers in turn (the last one again and again); each
request is recorded with its headers. No test here touches the internet.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0  # seconds to wait before answering
    etag: str | None = None  # answer 304 to a request that already has it
    gzip: bool = False
    declare_length: bool = True  # False: no Content-Length, the body ends when the socket does


def page(body: bytes | str, media: str = "text/html; charset=utf-8", **kw: object) -> Answer:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Answer(body=data, headers=(("Content-Type", media),), **kw)  # type: ignore[arg-type]


@dataclass
class Site:
    host: str
    port: int
    routes: dict[str, list[Answer]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def route(self, path: str, *answers: Answer) -> str:
        self.routes[path] = list(answers)
        return self.url(path)

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]

    # The helpers, reachable from test modules through the fixture.
    Answer = Answer
    page = staticmethod(page)
    article = staticmethod(lambda *a: article(*a))
    rss = staticmethod(lambda *a: rss(*a))

    def answer(self, path: str) -> Answer:
        queue = self.routes.get(path)
        if not queue:
            return Answer(status=404, body=b"not here")
        return queue.pop(0) if len(queue) > 1 else queue[0]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else delayed ACKs add 40 ms to each answer

        def do_GET(self) -> None:
            site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            answer = site.answer(self.path)
            if answer.delay:
                time.sleep(answer.delay)
            if answer.etag and self.headers.get("If-None-Match") == answer.etag:
                self.send_response(304)
                self.send_header("ETag", answer.etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = gzip.compress(answer.body) if answer.gzip else answer.body
            self.send_response(answer.status)
            for name, value in answer.headers:
                self.send_header(name, value)
            if answer.etag:
                self.send_header("ETag", answer.etag)
            if answer.gzip:
                self.send_header("Content-Encoding", "gzip")
            if answer.declare_length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            # The client may hang up (too large, timed out): that is what some tests test.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up early (a size limit, a timeout) is what some tests test


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site("127.0.0.1", 0)
    server = QuietServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def article(title: str, published: str | None, paragraphs: list[str]) -> str:
    """A news page as outlets publish them: head metadata, navigation, the article, a footer."""
    meta = (f'<meta property="article:published_time" content="{published}T08:00:00+00:00">'
            if published else "")
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{meta}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer>Copyright The Example Gazette</footer></body></html>"""


def rss(title: str, items: list[tuple[str, str, str | None]]) -> str:
    """An RSS 2.0 feed of (guid, link, RFC 822 date or None) items."""
    entries = "".join(
        f"<item><title>Item {guid}</title><link>{link}</link><guid>{guid}</guid>"
        + (f"<pubDate>{date}</pubDate>" if date else "") + "</item>"
        for guid, link, date in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>http://example.org/</link>"
            f"<description>test feed</description>{entries}</channel></rss>")
