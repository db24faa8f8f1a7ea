"""`readout watch FEED...`: poll feeds on a schedule and ingest their new items."""

from __future__ import annotations

import datetime as dt
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from readout.cli.common import ConfigOption, DbOption, settings_for
from readout.errors import UsageError
from readout.feedlist import FeedSource, load_feed_list
from readout.fetch.client import Fetcher, FetchOptions
from readout.fetch.follow import Crawl, PollReport, cached_annotator, is_url
from readout.fetch.pages import NEWS, Origin
from readout.fetch.watch import parse_every, watch
from readout.store import Store


def watch_command(
    feeds: Annotated[list[str] | None, typer.Argument(help="Feed URLs (RSS or Atom).")] = None,
    feed_list: Annotated[Path | None, typer.Option(
        "--feeds", help="A TOML list of feeds (see feeds.example.toml).")] = None,
    every: Annotated[str, typer.Option(
        "--every", help="Time between polls: 30s, 15m, 2h, 1d.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll each feed once, then stop.")] = False,
    official: Annotated[str | None, typer.Option(
        "--official", help="The feeds given as arguments are official readouts of this "
        "government (ISO code such as CN).")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Poll feeds, ingest only their new items; one line per poll. Ctrl-C stops cleanly."""
    settings = settings_for(config, db)
    sources = _sources(feeds or [], feed_list, official)
    period = 0.0 if once else parse_every(every)
    stop = threading.Event()
    failed = False

    def log(report: PollReport) -> None:
        nonlocal failed
        failed = failed or report.outcome == "failed" or report.ingest.failed > 0
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        typer.echo(f"{stamp} {report.line()}")

    with _stopping(stop), Store(settings.db) as store, Fetcher(
            FetchOptions.from_settings(settings), sleep=stop.wait) as fetcher:
        crawl = Crawl(fetcher, store, settings, cached_annotator(settings), stop.is_set)
        watch(crawl, sources, period, stop, log)
    if stop.is_set():
        typer.echo("stopped; the next `readout watch` resumes from the stored feed state",
                   err=True)
    if once and failed:
        raise typer.Exit(3)


def _sources(feeds: list[str], feed_list: Path | None, official: str | None
             ) -> list[FeedSource]:
    bad = [f for f in feeds if not is_url(f)]
    if bad:
        raise UsageError(f"{bad[0]!r} is not a feed URL; give http(s) URLs, or a feed list "
                         "with --feeds FILE")
    origin = Origin.official(official) if official else NEWS
    sources = [FeedSource(url, origin) for url in feeds]
    if feed_list is not None:
        sources += load_feed_list(feed_list)
    if not sources:
        raise UsageError("no feeds to watch; give feed URLs or --feeds FILE")
    return sources


@contextmanager
def _stopping(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set `stop` (the poll in progress ends cleanly); a second Ctrl-C
    interrupts at once."""

    def handle(number: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        typer.echo("stopping after the current item (Ctrl-C again to stop now)", err=True)

    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
