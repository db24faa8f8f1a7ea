"""Following sources on the web: poll a feed, ingest its new items; ingest URLs.

A poll asks for the feed with the validators stored from the last one (a 304 costs nothing),
fetches the pages of items not seen before, and sends them through the ordinary ingest
(`readout.ingest.ingest_documents`). Items are remembered as seen once handled; an item whose
page failed for a passing reason (network, 5xx) is tried again at the next poll. The feed's new
validators are stored only when every item was handled, so an interrupted poll resumes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from readout import ingest, sources
from readout.errors import FetchError, InputError
from readout.feedlist import FeedSource
from readout.fetch.client import Fetched, Fetcher, FetchOptions
from readout.fetch.feeds import Feed, FeedItem, looks_like_feed, parse_feed
from readout.fetch.pages import NEWS, Origin, page_document
from readout.ingest import IngestReport, Progress, ingest_documents
from readout.pipeline import Annotator, failure
from readout.records import Document, Failure
from readout.settings import Settings
from readout.store import Store
from readout.store.feeds import FeedLog, SeenItem


@dataclass
class Crawl:
    """What a poll needs: the fetcher, the database, settings, a way to get the model, and
    a flag to stop between items."""

    fetcher: Fetcher
    store: Store
    settings: Settings
    annotator: Callable[[], Annotator]
    stop: Callable[[], bool] = lambda: False


@dataclass(frozen=True)
class InputOptions:
    origin: Origin = NEWS
    progress: Progress | None = None


@dataclass
class PollReport:
    url: str
    outcome: str = "ok"  # ok, not-modified, failed, stopped
    status: int | None = None
    items: int = 0
    new: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)

    def line(self) -> str:
        """One log line: the feed, what it answered, what was ingested."""
        head = f"{self.url} {self.outcome}"
        if self.status is not None:
            head += f" (HTTP {self.status})"
        if self.outcome == "failed":
            message = self.ingest.failures[0].message if self.ingest.failures else ""
            return f"{head}: {message}"
        i = self.ingest
        return (f"{head}: {self.items} items, {self.new} new; {i.new} ingested, {i.known} "
                f"already known, {i.failed} failed; {i.events} event mentions, "
                f"{i.quotes} quotes")


def cached_annotator(settings: Settings) -> Callable[[], Annotator]:
    """Load the model on first use only, then keep it for the next polls."""
    return cache(lambda: Annotator(settings))


def poll_feed(crawl: Crawl, source: FeedSource) -> PollReport:
    """One poll of one feed: a conditional GET, then its new items ingested."""
    log = FeedLog(crawl.store.db)
    state = log.state(source.url)
    try:
        fetched = crawl.fetcher.get(source.url, state.etag if state else None,
                                    state.last_modified if state else None)
    except InputError as error:
        log.polled(source.url, 0)
        return _failed(crawl, source.url, error, None)
    return read_feed(crawl, source, fetched)


def read_feed(crawl: Crawl, source: FeedSource, fetched: Fetched) -> PollReport:
    """Ingest the new items of a fetched feed, and record the poll."""
    log = FeedLog(crawl.store.db)
    if fetched.not_modified:
        log.polled(source.url, fetched.status)
        return PollReport(source.url, "not-modified", fetched.status)
    try:
        feed = parse_feed(fetched.content, fetched.final_url, fetched.media_type)
    except InputError as error:
        log.polled(source.url, fetched.status)
        return _failed(crawl, source.url, error, fetched.status)
    log.ensure(source.url)
    fresh = _fresh(feed, log.seen(source.url))
    origin = source.origin if source.origin.source else Origin(
        feed.title or None, source.origin.source_kind, source.origin.speaks_for)
    marks: list[SeenItem] = []
    report = ingest_documents(_pages(crawl, origin, fresh, marks), crawl.store, crawl.settings,
                              crawl.annotator)
    failed = {f.path for f in report.failures}
    log.mark(source.url, [_settled(m, failed) for m in marks])
    complete = len(marks) == len(fresh)
    log.polled(source.url, fetched.status, feed.title,
               fetched.etag if complete else None, fetched.last_modified if complete else None)
    outcome = "ok" if complete or not crawl.stop() else "stopped"
    return PollReport(source.url, outcome, fetched.status, len(feed.items), len(fresh), report)


def ingest_urls(crawl: Crawl, urls: Sequence[str],
                origin: Origin = NEWS) -> tuple[IngestReport, list[PollReport]]:
    """`readout ingest URL...`: pages are ingested; feeds are polled (their new items)."""
    log = FeedLog(crawl.store.db)
    items: list[Document | Failure] = []
    polls: list[PollReport] = []
    options = sources.SourceOptions(max_document_bytes=crawl.settings.max_document_bytes)
    for url in urls:
        if log.state(url) is not None:  # a feed followed before: ask only for what is new
            polls.append(poll_feed(crawl, FeedSource(url, origin)))
            continue
        try:
            fetched = crawl.fetcher.get(url)
            if looks_like_feed(fetched.content, fetched.media_type):
                polls.append(read_feed(crawl, FeedSource(url, origin), fetched))
                continue
            items.append(page_document(fetched, options, origin))
        except InputError as error:
            items.append(failure(url, "fetch", error))
    return ingest_documents(items, crawl.store, crawl.settings, crawl.annotator), polls


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def ingest_inputs(inputs: Sequence[str], store: Store, settings: Settings,
                  annotator: Callable[[], Annotator], options: InputOptions = InputOptions(),
                  ) -> tuple[IngestReport, list[PollReport]]:
    """`readout ingest`: files and folders, page URLs and feed URLs, all attributed to
    `options.origin`; returns the combined report and one report per feed polled."""
    paths = [Path(i) for i in inputs if not is_url(i)]
    urls = [i for i in inputs if is_url(i)]
    read = (_attributed(item, options.origin) for item in ingest.read(paths, settings))
    total = ingest_documents(read, store, settings, annotator, options.progress) if paths \
        else IngestReport()
    polls: list[PollReport] = []
    if urls:
        with Fetcher(FetchOptions.from_settings(settings)) as fetcher:
            report, polls = ingest_urls(Crawl(fetcher, store, settings, annotator), urls,
                                        options.origin)
        for part in [report, *(poll.ingest for poll in polls)]:
            total = _sum(total, part)
    return total, polls


def _attributed(item: Document | Failure, origin: Origin) -> Document | Failure:
    if isinstance(item, Failure) or origin.source_kind == "news":
        return item
    return replace(item, source_kind=origin.source_kind, speaks_for=origin.speaks_for,
                   source=origin.source or item.source)


def _sum(a: IngestReport, b: IngestReport) -> IngestReport:
    return IngestReport(a.new + b.new, a.known + b.known, a.failed + b.failed,
                        a.events + b.events, a.quotes + b.quotes, a.failures + b.failures)


def _fresh(feed: Feed, seen: set[str]) -> list[FeedItem]:
    fresh: dict[str, FeedItem] = {}
    for item in feed.items:
        if item.key not in seen and item.key not in fresh:
            fresh[item.key] = item
    return list(fresh.values())


def _pages(crawl: Crawl, origin: Origin, items: Sequence[FeedItem],
           marks: list[SeenItem]) -> Iterator[Document | Failure]:
    """The documents of the items' pages, fetched one by one; each handled item is marked."""
    options = sources.SourceOptions(max_document_bytes=crawl.settings.max_document_bytes)
    for item in items:
        if crawl.stop():
            return
        if item.link is None:
            marks.append(SeenItem(item.key, None, item.published, None, "no-link"))
            continue
        try:
            document = page_document(crawl.fetcher.get(item.link), options, origin,
                                     item.published)
        except InputError as error:
            if not (isinstance(error, FetchError) and error.transient):
                marks.append(SeenItem(item.key, item.link, item.published, None, "failed"))
            yield failure(item.link, "fetch", error)
            continue
        known = crawl.store.has_document(document.id)
        marks.append(SeenItem(item.key, item.link, item.published, document.id,
                              "known" if known else "ingested"))
        yield document


def _settled(item: SeenItem, failed: set[str]) -> SeenItem:
    if item.status == "ingested" and item.link in failed:
        return SeenItem(item.key, item.link, item.published, item.document_id, "failed")
    return item


def _failed(crawl: Crawl, url: str, error: InputError, status: int | None) -> PollReport:
    found = failure(url, "fetch", error)
    crawl.store.add_failure(found)
    report = IngestReport(failed=1, failures=[found])
    return PollReport(url, "failed", status, ingest=report)
