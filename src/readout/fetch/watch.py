"""Watching feeds: poll each one every so often until told to stop.

The loop only polls and waits; state lives in the store (`store.feeds`), so a watcher that
is stopped and started again goes on where it was. Stopping is cooperative: `stop` is set
(by a signal handler in the CLI), the item being fetched is finished, and the loop ends.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence

from readout.errors import UsageError
from readout.feedlist import FeedSource
from readout.fetch.follow import Crawl, PollReport, poll_feed

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """"15m" -> 900.0; "30s", "2h", "1d"; a bare number is seconds."""
    match = _EVERY.match(text.lower())
    if not match or float(match[1]) <= 0:
        raise UsageError(f"--every {text!r} is not a period; use e.g. 30s, 15m, 2h or 1d")
    return float(match[1]) * _UNIT[match[2]]


def watch(crawl: Crawl, feeds: Sequence[FeedSource], every: float, stop: threading.Event,
          log: Callable[[PollReport], None]) -> int:
    """Poll all feeds, then wait `every` seconds, until `stop` is set (after one round when
    `every` is 0). Returns how many rounds ran."""
    rounds = 0
    while not stop.is_set():
        for source in feeds:
            if stop.is_set():
                break
            log(poll_feed(crawl, source))
        rounds += 1
        if every <= 0 or stop.wait(every):
            break
    return rounds
