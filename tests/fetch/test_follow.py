"""Polling feeds into a real store: new items only, 304s, resuming, dates, official readouts."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from readout import views
from readout.feedlist import FeedSource
from readout.fetch.client import Fetcher, FetchOptions
from readout.fetch.follow import Crawl, ingest_urls, poll_feed
from readout.fetch.pages import Origin
from readout.fetch.watch import parse_every, watch
from readout.settings import Settings
from readout.store import Store
from readout.store.feeds import FeedLog

FAST = FetchOptions(timeout=2.0, attempts=2, backoff=0.0, host_interval=0.0,
                    max_bytes=200_000)

MEETING = [
    "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing "
    "on Monday, and the two ministers discussed the situation in Ukraine and on the Korean "
    "Peninsula.",
    "Wang said that China and Russia would keep in close contact on international affairs. "
    "Lavrov said the talks had been useful and thanked his hosts for their hospitality.",
]
CALL = [
    "U.S. Secretary of State Antony Blinken held a phone call with Chinese Foreign Minister "
    "Wang Yi on Friday to discuss the crisis in the Middle East, the State Department said.",
    "The two diplomats agreed to keep channels of communication open, according to a readout "
    "of the call published after it ended.",
]


def _crawl(store: Store, annotator: Any, fetcher: Fetcher,
           stop: Any = lambda: False) -> Crawl:
    return Crawl(fetcher, store, Settings(db=store.path), lambda: annotator, stop)


def _serve_news(site: Any) -> str:
    site.route("/news/1", site.page(site.article("Wang Yi meets Lavrov", "2024-11-18",
                                                  MEETING)))
    # The feed dates this item 2024-11-22; the page itself says 2024-11-01.
    site.route("/news/2", site.page(site.article("Blinken calls Wang", "2024-11-01", CALL)))
    feed = site.rss("World news", [
        ("n1", site.url("/news/1"), "Mon, 18 Nov 2024 09:00:00 GMT"),
        ("n2", site.url("/news/2"), "Fri, 22 Nov 2024 09:00:00 GMT")])
    return site.route("/feed.xml", site.page(feed, media="application/rss+xml", etag='"v1"'))


def test_poll_ingests_new_items_then_costs_a_304(site: Any, store: Store,
                                                 annotator: Any) -> None:
    url = _serve_news(site)
    with Fetcher(FAST) as fetcher:
        crawl = _crawl(store, annotator, fetcher)
        first = poll_feed(crawl, FeedSource(url))
        counts = store.counts()
        again = poll_feed(crawl, FeedSource(url))
    assert (first.outcome, first.status, first.items, first.new) == ("ok", 200, 2, 2)
    assert (first.ingest.new, first.ingest.failed) == (2, 0)
    assert first.ingest.events >= 2
    assert "2 items, 2 new; 2 ingested" in first.line()
    assert (again.outcome, again.status, again.new) == ("not-modified", 304, 0)
    assert store.counts() == counts
    assert len(site.hits("/news/1")) == 1
    state = FeedLog(store.db).state(url)
    assert state is not None and (state.etag, state.title, state.polls) == ('"v1"', "World news",
                                                                            2)
    assert [i.status for i in FeedLog(store.db).items(url)] == ["ingested", "ingested"]
    source = store.db.execute("SELECT DISTINCT source, source_kind FROM documents").fetchall()
    assert [tuple(r) for r in source] == [("World news", "news")]


def test_feed_date_that_disagrees_with_the_page_is_set_aside(site: Any, store: Store,
                                                             annotator: Any) -> None:
    url = _serve_news(site)
    with Fetcher(FAST) as fetcher:
        poll_feed(_crawl(store, annotator, fetcher), FeedSource(url))
    dated = {row["path"]: json.loads(row["published_json"]) for row in
             store.db.execute("SELECT path, published_json FROM documents")}
    agreeing, disagreeing = dated[site.url("/news/1")], dated[site.url("/news/2")]
    assert agreeing["date"] == "2024-11-18"
    assert "feed item date 2024-11-18" in agreeing["evidence"]
    assert disagreeing["date"] == "2024-11-01"
    assert any("feed item date 2024-11-22 is 21 days away" in e
               for e in disagreeing["evidence"])


def test_changed_feed_brings_only_its_new_item_and_state_survives_a_restart(
        site: Any, tmp_path: Path, annotator: Any) -> None:
    url = _serve_news(site)
    db = tmp_path / "watch.db"
    with Store(db) as store, Fetcher(FAST) as fetcher:
        poll_feed(_crawl(store, annotator, fetcher), FeedSource(url))
    site.route("/news/3", site.page(site.article("Ministers meet again", "2024-11-25",
                                                  [*MEETING[:1], "They met again."])))
    site.route("/feed.xml", site.page(site.rss("World news", [
        ("n3", site.url("/news/3"), "Mon, 25 Nov 2024 09:00:00 GMT"),
        ("n1", site.url("/news/1"), "Mon, 18 Nov 2024 09:00:00 GMT"),
        ("n2", site.url("/news/2"), "Fri, 22 Nov 2024 09:00:00 GMT")]),
        media="application/rss+xml", etag='"v2"'))
    with Store(db) as store, Fetcher(FAST) as fetcher:  # a new process, the same database
        crawl = _crawl(store, annotator, fetcher)
        changed = poll_feed(crawl, FeedSource(url))
        unchanged = poll_feed(crawl, FeedSource(url))
        assert store.counts().documents == 3
    assert (changed.items, changed.new, changed.ingest.new) == (3, 1, 1)
    assert unchanged.outcome == "not-modified"
    assert [h.get("if-none-match") for h in site.hits("/feed.xml")] == [None, '"v1"', '"v2"']
    assert [len(site.hits(f"/news/{n}")) for n in (1, 2, 3)] == [1, 1, 1]


def test_item_failing_for_now_is_tried_again(site: Any, store: Store, annotator: Any) -> None:
    url = _serve_news(site)
    site.route("/news/2", site.Answer(status=503), site.Answer(status=503),
               site.page(site.article("Blinken calls Wang", "2024-11-22", CALL)))
    with Fetcher(FAST) as fetcher:
        crawl = _crawl(store, annotator, fetcher)
        first = poll_feed(crawl, FeedSource(url))
        assert FeedLog(store.db).state(url).etag is None  # type: ignore[union-attr]
        second = poll_feed(crawl, FeedSource(url))
    assert (first.ingest.new, first.ingest.failed) == (1, 1)
    assert [f.code for f in first.ingest.failures] == ["fetch-failed"]
    assert (second.outcome, second.status, second.new, second.ingest.new) == ("ok", 200, 1, 1)
    assert FeedLog(store.db).state(url).etag == '"v1"'  # type: ignore[union-attr]


@pytest.mark.parametrize(("page_answer", "code"), [
    ("robots", "robots-disallowed"),
    ("huge", "too-large"),
    ("gone", "fetch-failed"),
])
def test_item_failing_for_good_is_recorded_and_not_tried_again(
        site: Any, store: Store, annotator: Any, page_answer: str, code: str) -> None:
    url = _serve_news(site)
    if page_answer == "robots":
        site.route("/robots.txt", site.page("User-agent: *\nDisallow: /news/2\n",
                                            media="text/plain"))
    elif page_answer == "huge":
        site.route("/news/2", site.page("<p>" + "word " * 100_000 + "</p>"))
    else:
        site.route("/news/2", site.Answer(status=410))
    with Fetcher(FAST) as fetcher:
        crawl = _crawl(store, annotator, fetcher)
        poll_feed(crawl, FeedSource(url))
        site.route("/feed.xml", site.page(site.rss("World news", [
            ("n2", site.url("/news/2"), None)]), media="application/rss+xml"))
        again = poll_feed(crawl, FeedSource(url))
    assert again.new == 0
    assert [f.code for f in store.failures()] == [code]
    # An RSS guid is a permalink unless it says otherwise: feedparser makes it absolute.
    statuses = {i.key.rsplit("/", 1)[-1]: i.status for i in FeedLog(store.db).items(url)}
    assert statuses == {"n1": "ingested", "n2": "failed"}


def test_malformed_and_unreachable_feeds(site: Any, store: Store, annotator: Any) -> None:
    broken = site.route("/broken.xml", site.page(b'<?xml version="1.0"?><rss><channel><ti',
                                                 media="application/rss+xml"))
    with Fetcher(FAST) as fetcher:
        crawl = _crawl(store, annotator, fetcher)
        bad = poll_feed(crawl, FeedSource(broken))
        missing = poll_feed(crawl, FeedSource(site.url("/nothing.xml")))
    assert (bad.outcome, bad.status) == ("failed", 200)
    assert "not a readable RSS or Atom feed" in bad.line()
    assert (missing.outcome, missing.status) == ("failed", None)
    assert "HTTP 404" in missing.line()
    assert [f.code for f in store.failures()] == ["malformed", "fetch-failed"]


def test_stop_between_items_resumes_with_the_rest(site: Any, store: Store,
                                                  annotator: Any) -> None:
    url = _serve_news(site)
    with Fetcher(FAST) as fetcher:
        stopping = _crawl(store, annotator, fetcher, lambda: bool(site.hits("/news/1")))
        cut = poll_feed(stopping, FeedSource(url))
        rest = poll_feed(_crawl(store, annotator, fetcher), FeedSource(url))
    assert (cut.outcome, cut.ingest.new) == ("stopped", 1)
    assert (rest.outcome, rest.status, rest.new, rest.ingest.new) == ("ok", 200, 1, 1)
    assert len(site.hits("/news/1")) == 1


def test_official_readout_is_shown_apart_from_news(site: Any, store: Store,
                                                   annotator: Any) -> None:
    official = site.route("/mfa/1", site.page(site.article(
        "Wang Yi Meets with Russian Foreign Minister Sergei Lavrov", "2024-11-18", MEETING)))
    news = site.route("/news/9", site.page(site.article(
        "China and Russia hold talks", "2024-11-18",
        ["Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in "
         "Beijing on Monday, the two sides said, as the war in Ukraine goes on.",
         "Neither side gave details of any new agreement after the talks."])))
    with Fetcher(FAST) as fetcher:
        crawl = _crawl(store, annotator, fetcher)
        ingest_urls(crawl, [official], Origin.official("CN", "Ministry of Foreign Affairs"))
        report, polls = ingest_urls(crawl, [news])
    assert (report.new, polls) == (1, [])
    [event] = [e for e in store.events() if len(e.sources) == 2]
    kinds = {s.path: (s.source_kind, s.speaks_for) for s in event.sources}
    assert kinds == {official: ("official", "CN"), news: ("news", None)}
    shown = views.show(event, [])
    assert shown.index("Official readouts") < shown.index("[speaks for CN]") < \
        shown.index("News reports") < shown.index(news)


def test_ingest_url_that_is_a_feed_polls_it(site: Any, store: Store, annotator: Any) -> None:
    url = _serve_news(site)
    with Fetcher(FAST) as fetcher:
        crawl = _crawl(store, annotator, fetcher)
        report, [poll] = ingest_urls(crawl, [url])
        _, [again] = ingest_urls(crawl, [url])  # a known feed: a conditional GET
    assert (report.new, poll.new, poll.ingest.new) == (0, 2, 2)
    assert again.outcome == "not-modified"


def test_watch_runs_rounds_until_stopped(site: Any, store: Store, annotator: Any) -> None:
    url = _serve_news(site)
    stop = threading.Event()
    lines: list[str] = []

    def log(report: Any) -> None:
        lines.append(report.outcome)
        if len(lines) == 2:
            stop.set()

    with Fetcher(FAST) as fetcher:
        rounds = watch(_crawl(store, annotator, fetcher), [FeedSource(url)], 0.01, stop, log)
        assert watch(_crawl(store, annotator, fetcher), [FeedSource(url)], 0.01, stop,
                     log) == 0  # already stopped: nothing runs
    assert (rounds, lines) == (2, ["ok", "not-modified"])


@pytest.mark.parametrize(("text", "seconds"), [
    ("15m", 900.0), ("30s", 30.0), ("2h", 7200.0), ("1d", 86400.0), ("90", 90.0),
    ("0.5s", 0.5), (" 10M ", 600.0)])
def test_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "0m", "-5m", "15 minutes", "1w"])
def test_parse_every_refuses(text: str) -> None:
    from readout.errors import UsageError

    with pytest.raises(UsageError, match="--every"):
        parse_every(text)
