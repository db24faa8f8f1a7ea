"""The one network seam: GET a URL politely, with httpx.

Polite means: a User-Agent that names readout, timeouts, a few retries with exponential
backoff on network errors, 5xx and 429 answers (honouring Retry-After), robots.txt obeyed,
at most one request per `host_interval` seconds to each host, redirects followed by hand (so
each hop is checked against robots.txt and the rate limit), a size limit on the decoded body
(gzip and deflate are decoded by httpx), and conditional GET with ETag / Last-Modified so
that polling an unchanged feed costs a 304.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from readout import __version__
from readout.errors import FetchError, TooLargeError
from readout.fetch.robots import RobotsCache
from readout.settings import Settings

REDIRECTS = {301, 302, 303, 307, 308}
RETRY_STATUS = {429, 500, 502, 503, 504}


def user_agent(contact: str = "") -> str:
    return f"readout/{__version__}" + (f" (+{contact})" if contact else "")


@dataclass(frozen=True)
class FetchOptions:
    user_agent: str = user_agent()
    timeout: float = 20.0
    attempts: int = 4  # tries in all, for network errors, 5xx and 429
    backoff: float = 1.0  # the first wait between tries, doubled each time
    max_wait: float = 60.0  # the longest wait; a longer Retry-After fails the URL at once
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    host_interval: float = 1.0
    robots: bool = True

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchOptions:
        return cls(user_agent=user_agent(settings.fetch_contact), timeout=settings.fetch_timeout,
                   attempts=settings.fetch_attempts, max_bytes=settings.max_document_bytes,
                   host_interval=settings.host_interval)


@dataclass(frozen=True)
class Fetched:
    """One answer. `not_modified` is a 304 to a conditional GET: `content` is then empty."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content: bytes
    media_type: str  # lower case, without parameters: "text/html"
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


class HostLimiter:
    """At most one request per `interval` seconds to each host."""

    def __init__(self, interval: float, sleep: Callable[[float], object],
                 clock: Callable[[], float]) -> None:
        self.interval, self.sleep, self.clock = interval, sleep, clock
        self.next_at: dict[str, float] = {}

    def wait(self, host: str, interval: float | None = None) -> None:
        now = self.clock()
        due = self.next_at.get(host, now)
        if due > now:
            self.sleep(due - now)
            now = due
        self.next_at[host] = now + max(self.interval, interval or 0.0)


class Fetcher:
    """GET with retries, robots.txt, a per-host rate limit and a size limit."""

    def __init__(self, options: FetchOptions = FetchOptions(),
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], object] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.options = options
        self.sleep = sleep
        self.client = httpx.Client(
            headers={"User-Agent": options.user_agent}, timeout=options.timeout,
            follow_redirects=False, transport=transport)
        self.limiter = HostLimiter(options.host_interval, sleep, clock)
        self.robots = RobotsCache(self._robots_bytes, options.user_agent)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None,
            last_modified: str | None = None) -> Fetched:
        """Fetch a URL; raises FetchError (robots, HTTP error, network) or TooLargeError."""
        _check_scheme(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.options.max_redirects + 1):
            if self.options.robots:
                self.robots.check(current)
            status, response, body = self._request(current, headers)
            if status in REDIRECTS and response.headers.get("location"):
                current = urljoin(current, response.headers["location"])
                _check_scheme(current)
                continue
            return _fetched(url, current, status, response, body)
        raise FetchError(url, f"more than {self.options.max_redirects} redirects; "
                         "give the final URL of the page")

    def _robots_bytes(self, url: str) -> tuple[int, bytes]:
        """robots.txt of a site, fetched like any page but never checked against itself;
        any status is returned (a 404 means no rules)."""
        limit = min(self.options.max_bytes, 512_000)
        for _ in range(self.options.max_redirects + 1):
            status, response, body = self._request(url, {}, limit, strict=False)
            if status not in REDIRECTS or not response.headers.get("location"):
                return status, body
            url = urljoin(url, response.headers["location"])
        return 404, b""

    def _request(self, url: str, headers: dict[str, str], limit: int | None = None,
                 strict: bool = True) -> tuple[int, httpx.Response, bytes]:
        """One GET, tried up to `attempts` times; 4xx other than 429 fail at once when
        `strict`, and are returned otherwise."""
        attempts = max(1, self.options.attempts)
        for attempt in range(1, attempts + 1):
            self.limiter.wait(_host(url), self.robots.delay(url))
            try:
                response, body = self._once(url, headers, limit or self.options.max_bytes)
            except httpx.TransportError as exc:
                if attempt == attempts:
                    raise FetchError(url, f"{_network(exc)} after {attempts} attempt(s); "
                                     "check the URL and the network, or try later",
                                     transient=True) from exc
                self.sleep(self._backoff(attempt))
                continue
            if response.status_code not in RETRY_STATUS:
                if strict:
                    _raise_for_status(url, response)
                return response.status_code, response, body
            wait = _retry_after(response.headers.get("retry-after"))
            if attempt == attempts or (wait is not None and wait > self.options.max_wait):
                raise FetchError(url, f"HTTP {response.status_code} after {attempt} attempt(s)"
                                 "; the server is busy or failing, try later", transient=True)
            self.sleep(wait if wait is not None else self._backoff(attempt))
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str],
              limit: int) -> tuple[httpx.Response, bytes]:
        with self.client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _too_large(url, limit)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise _too_large(url, limit)
                chunks.append(chunk)
        return response, b"".join(chunks)

    def _backoff(self, attempt: int) -> float:
        return float(min(self.options.max_wait, self.options.backoff * 2 ** (attempt - 1)))


def _fetched(url: str, final: str, status: int, response: httpx.Response,
             body: bytes) -> Fetched:
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return Fetched(url=url, final_url=final, status=status, content=body, media_type=media,
                   etag=response.headers.get("etag"),
                   last_modified=response.headers.get("last-modified"),
                   not_modified=status == 304)


def _raise_for_status(url: str, response: httpx.Response) -> None:
    status = response.status_code
    if status < 400 or status in REDIRECTS:
        return
    hint = ("check the URL" if status in {404, 410} else
            "the site refuses readout; ask its owner or use a saved copy")
    raise FetchError(url, f"HTTP {status} {response.reason_phrase}; {hint}")


def _too_large(url: str, limit: int) -> TooLargeError:
    return TooLargeError(url, f"the answer is over the limit of {limit:,} bytes; "
                         "raise max_document_bytes if the page is really that large")


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _network(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    return f"network error ({type(exc).__name__}: {exc})"


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise FetchError(url, "not an http(s) URL; give a URL like https://example.org/page")
