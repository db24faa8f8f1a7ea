"""The HTTP client against a real server on 127.0.0.1: retries, limits, robots, validators."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import pytest

from readout.errors import FetchError, RobotsDisallowedError, TooLargeError
from readout.fetch.client import Fetcher, FetchOptions, HostLimiter, _retry_after, user_agent

FAST = FetchOptions(timeout=2.0, attempts=3, backoff=0.01, max_wait=5.0, max_bytes=100_000,
                    max_redirects=3, host_interval=0.0)


class Waits:
    """Records the waits the client asks for, and waits nothing."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


def _fetcher(options: FetchOptions = FAST, waits: Waits | None = None) -> Fetcher:
    return Fetcher(options, sleep=waits or Waits())


def test_ok_page_with_user_agent(site: Any) -> None:
    url = site.route("/a", site.page("<p>hello</p>"))
    with _fetcher() as fetcher:
        got = fetcher.get(url)
    assert (got.status, got.content, got.media_type) == (200, b"<p>hello</p>", "text/html")
    assert site.hits("/a")[0]["user-agent"] == user_agent()
    assert user_agent().startswith("readout/")
    assert user_agent("mailto:desk@example.org").endswith("(+mailto:desk@example.org)")


@pytest.mark.parametrize(("statuses", "hits", "waits"), [
    ([500, 200], 2, [0.01]),  # failing, then fine: retried after the first backoff
    ([502, 503, 200], 3, [0.01, 0.02]),  # backoff doubles
    ([404], 1, []),  # a client error is not retried
])
def test_retries_on_server_errors(site: Any, statuses: list[int], hits: int,
                                  waits: list[float]) -> None:
    url = site.route("/r", *[site.Answer(status=s, body=b"x") for s in statuses])
    recorded = Waits()
    with _fetcher(waits=recorded) as fetcher:
        if statuses[-1] == 200:
            assert fetcher.get(url).content == b"x"
        else:
            with pytest.raises(FetchError, match="HTTP 404") as caught:
                fetcher.get(url)
            assert not caught.value.transient
    assert len(site.hits("/r")) == hits
    assert recorded.seconds == waits


def test_server_failing_every_time_is_a_transient_failure(site: Any) -> None:
    url = site.route("/down", site.Answer(status=503))
    with _fetcher() as fetcher, pytest.raises(FetchError, match="HTTP 503 after 3") as caught:
        fetcher.get(url)
    assert caught.value.transient and caught.value.code == "fetch-failed"
    assert len(site.hits("/down")) == 3


@pytest.mark.parametrize(("retry_after", "fetched", "waits"), [
    ("2", True, [2.0]),  # honoured, in seconds
    ("3600", False, []),  # longer than max_wait: give up at once, try later
    (None, True, [0.01]),  # no header: the usual backoff
])
def test_429_honours_retry_after(site: Any, retry_after: str | None, fetched: bool,
                                 waits: list[float]) -> None:
    headers = (("Retry-After", retry_after),) if retry_after else ()
    url = site.route("/busy", site.Answer(status=429, headers=headers),
                     site.page("<p>ok</p>"))
    recorded = Waits()
    with _fetcher(waits=recorded) as fetcher:
        if fetched:
            assert fetcher.get(url).content == b"<p>ok</p>"
        else:
            with pytest.raises(FetchError, match="HTTP 429"):
                fetcher.get(url)
    assert recorded.seconds == waits


@pytest.mark.parametrize(("value", "expected"), [
    ("120", 120.0), ("0", 0.0), (None, None), ("soon", None), ("", None)])
def test_retry_after_values(value: str | None, expected: float | None) -> None:
    assert _retry_after(value) == expected


def test_retry_after_as_a_date() -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    wait = _retry_after(later)
    assert wait is not None and 25 <= wait <= 31


def test_slow_server_times_out(site: Any) -> None:
    url = site.route("/slow", site.Answer(body=b"late", delay=1.5))
    options = FetchOptions(timeout=0.2, attempts=1, host_interval=0.0)
    with _fetcher(options) as fetcher, pytest.raises(FetchError, match="timed out") as caught:
        fetcher.get(url)
    assert caught.value.transient


def test_refused_connection_is_a_network_error() -> None:
    with _fetcher(FetchOptions(attempts=2, backoff=0.0, host_interval=0.0)) as fetcher, \
            pytest.raises(FetchError, match=r"network error.*after 2 attempt"):
        fetcher.get("http://127.0.0.1:9/nothing")  # the discard port: nobody listens


def test_redirects_are_followed_and_limited(site: Any) -> None:
    site.route("/old", site.Answer(status=301, headers=(("Location", "/new"),)))
    site.route("/new", site.page("<p>moved</p>"))
    site.route("/loop", site.Answer(status=302, headers=(("Location", "/loop"),)))
    with _fetcher() as fetcher:
        got = fetcher.get(site.url("/old"))
        assert (got.content, got.final_url, got.url) == (b"<p>moved</p>", site.url("/new"),
                                                          site.url("/old"))
        with pytest.raises(FetchError, match="more than 3 redirects"):
            fetcher.get(site.url("/loop"))


def test_gzip_is_decoded(site: Any) -> None:
    text = "<p>" + "Foreign ministers met in Geneva. " * 200 + "</p>"
    url = site.route("/z", site.page(text, gzip=True))
    with _fetcher() as fetcher:
        assert fetcher.get(url).content == text.encode()


@pytest.mark.parametrize("declared", [True, False])
def test_huge_answer_is_refused(site: Any, declared: bool) -> None:
    url = site.route("/huge", site.page(b"x" * 300_000, declare_length=declared))
    with _fetcher() as fetcher, pytest.raises(TooLargeError, match="over the limit of 100,000"):
        fetcher.get(url)


def test_gzip_bomb_is_refused_by_its_decoded_size(site: Any) -> None:
    url = site.route("/bomb", site.page(b"\0" * 5_000_000, gzip=True))
    with _fetcher() as fetcher, pytest.raises(TooLargeError):
        fetcher.get(url)


@pytest.mark.parametrize(("robots", "path", "allowed"), [
    (site_rules := "User-agent: *\nDisallow: /private/\n", "/private/a", False),
    (site_rules, "/public/a", True),
    ("User-agent: readout\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "/public/a", False),
    ("User-agent: otherbot\nDisallow: /\n", "/public/a", True),
])
def test_robots_txt_is_respected(site: Any, robots: str, path: str, allowed: bool) -> None:
    site.route("/robots.txt", site.page(robots, media="text/plain"))
    url = site.route(path, site.page("<p>page</p>"))
    with _fetcher() as fetcher:
        if allowed:
            assert fetcher.get(url).status == 200
        else:
            with pytest.raises(RobotsDisallowedError, match=r"robots\.txt"):
                fetcher.get(url)
            assert site.hits(path) == []  # never asked for
        fetcher.get(site.url("/robots.txt"))  # the rules are read once per site
    assert len(site.hits("/robots.txt")) == 2


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, False), (401, False)])
def test_robots_txt_status(site: Any, status: int, allowed: bool) -> None:
    site.route("/robots.txt", site.Answer(status=status))
    url = site.route("/p", site.page("<p>page</p>"))
    with _fetcher() as fetcher:
        if allowed:
            assert fetcher.get(url).status == 200
        else:
            with pytest.raises(RobotsDisallowedError):
                fetcher.get(url)


def test_conditional_get_with_etag(site: Any) -> None:
    url = site.route("/feed", site.page("<rss/>", media="application/rss+xml",
                                        etag='"v1"'))
    with _fetcher() as fetcher:
        first = fetcher.get(url)
        again = fetcher.get(url, etag=first.etag)
    assert (first.status, first.etag, first.not_modified) == (200, '"v1"', False)
    assert (again.status, again.not_modified, again.content) == (304, True, b"")
    assert site.hits("/feed")[1]["if-none-match"] == '"v1"'


def test_conditional_get_sends_last_modified(site: Any) -> None:
    stamp = "Wed, 20 Nov 2024 10:00:00 GMT"
    url = site.route("/lm", site.Answer(status=304))
    with _fetcher() as fetcher:
        assert fetcher.get(url, last_modified=stamp).not_modified
    assert site.hits("/lm")[0]["if-modified-since"] == stamp


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "example.org"])
def test_only_http_urls(url: str) -> None:
    with _fetcher() as fetcher, pytest.raises(FetchError, match="not an http"):
        fetcher.get(url)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


@pytest.mark.parametrize(("calls", "slept"), [
    ([("a", 0.0)], []),  # the first request to a host never waits
    ([("a", 0.0), ("a", 0.0)], [2.0]),  # the second waits out the interval
    ([("a", 0.0), ("b", 0.0)], []),  # another host does not wait
    ([("a", 0.0), ("a", 1.5)], [0.5]),  # time already passed counts
    ([("a", 0.0), ("a", 5.0)], []),
])
def test_host_limiter(calls: list[tuple[str, float]], slept: list[float]) -> None:
    clock = Clock()
    limiter = HostLimiter(2.0, clock.sleep, lambda: clock.now)
    for host, later in calls:
        clock.now += later
        limiter.wait(host)
    assert clock.slept == slept


def test_crawl_delay_slows_requests_to_that_host(site: Any) -> None:
    site.route("/robots.txt", site.page("User-agent: *\nCrawl-delay: 3\n", media="text/plain"))
    url = site.route("/c", site.page("<p>c</p>"))
    recorded = Waits()
    with Fetcher(FAST, sleep=recorded) as fetcher:
        fetcher.get(url)
        fetcher.get(url)
    assert recorded.seconds and 2.5 < recorded.seconds[-1] <= 3.0
