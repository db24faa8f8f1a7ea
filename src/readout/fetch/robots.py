"""robots.txt, read once per site with our own fetcher and parsed by urllib.robotparser.

The standard library's parser is fed the bytes we fetched (it never opens a URL itself).
As that module does: 401 and 403 forbid the whole site, other 4xx answers mean no rules.
A site whose robots.txt cannot be read (network error, 5xx) is not fetched this time.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from readout.errors import FetchError, RobotsDisallowedError

MAX_CRAWL_DELAY = 60.0

RobotsGetter = Callable[[str], tuple[int, bytes]]


def parse_robots(status: int, data: bytes) -> RobotFileParser:
    """A parser for a robots.txt answer of the given HTTP status."""
    parser = RobotFileParser()
    if status in {401, 403}:
        parser.parse(["User-agent: *", "Disallow: /"])
    elif 200 <= status < 300:
        parser.parse(data.decode("utf-8", errors="replace").splitlines())
    else:
        parser.parse([])  # read, and no rules
    return parser


class RobotsCache:
    """The rules of each site (scheme and host) this process has asked for, kept for its life."""

    def __init__(self, getter: RobotsGetter, agent: str) -> None:
        self.getter = getter
        self.agent = agent
        self.sites: dict[str, RobotFileParser] = {}

    def check(self, url: str) -> None:
        """Raise RobotsDisallowedError when the site's robots.txt forbids this URL to us."""
        if urlsplit(url).path == "/robots.txt":
            return  # the rules themselves are always readable
        if not self._parser(url).can_fetch(self.agent, url):
            raise RobotsDisallowedError(
                url, f"robots.txt of {urlsplit(url).netloc} does not allow readout to fetch "
                "this URL; respect it, or save the page by hand and ingest the file")

    def delay(self, url: str) -> float | None:
        """The Crawl-delay the site asks of us, once its robots.txt has been read."""
        parser = self.sites.get(_site(url))
        if parser is None:
            return None
        found = parser.crawl_delay(self.agent)
        return min(float(found), MAX_CRAWL_DELAY) if found is not None else None

    def _parser(self, url: str) -> RobotFileParser:
        site = _site(url)
        if site not in self.sites:
            try:
                status, data = self.getter(site + "/robots.txt")
            except FetchError as error:
                raise FetchError(url, f"cannot read robots.txt of {urlsplit(url).netloc} "
                                 f"({error.reason})", transient=error.transient) from error
            self.sites[site] = parse_robots(status, data)
        return self.sites[site]


def _site(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"
