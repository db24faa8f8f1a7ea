"""RSS and Atom feeds to items, with feedparser.

feedparser is only ever given bytes wrapped in a stream: a string would be taken for a URL
or a file name and opened. Item dates are metadata: kept as a UTC day, to be checked against
the page's own date later (`fetch.pages`).
"""

from __future__ import annotations

import io
import time
import xml.sax
from dataclasses import dataclass
from typing import Any

from readout.errors import MalformedInputError

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/feed+xml"}
_FEED_STARTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<?xml")


@dataclass(frozen=True)
class FeedItem:
    key: str  # the item's guid or id, else its link: what marks it as seen
    link: str | None
    title: str
    published: str | None  # YYYY-MM-DD in UTC, from the item's published or updated date


@dataclass(frozen=True)
class Feed:
    url: str
    title: str
    items: tuple[FeedItem, ...]


def looks_like_feed(data: bytes, media_type: str) -> bool:
    """Whether an answer is a feed rather than a page: by media type, else by its first tag."""
    if media_type in FEED_TYPES:
        return True
    if media_type in {"text/html", "application/xhtml+xml", "text/plain"}:
        return False
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_FEED_STARTS)


def parse_feed(data: bytes, url: str, media_type: str = "") -> Feed:
    """Items of an RSS or Atom feed, in feed order. A document that is no feed at all (or is
    cut off before its first item) raises MalformedInputError; an empty feed has no items."""
    import feedparser

    headers = {"content-location": url}
    if media_type:
        headers["content-type"] = media_type
    parsed: Any = feedparser.parse(io.BytesIO(data), response_headers=headers,
                                   sanitize_html=True, resolve_relative_uris=True)
    entries = list(parsed.get("entries", []))
    broken = isinstance(parsed.get("bozo_exception"), xml.sax.SAXException)
    if not entries and (broken or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise MalformedInputError(url, f"not a readable RSS or Atom feed ({_short(reason)}); "
                                  "check the feed URL")
    items = [item for entry in entries if (item := _item(entry)) is not None]
    return Feed(url=url, title=str(parsed.get("feed", {}).get("title", "")).strip(),
                items=tuple(items))


def _item(entry: Any) -> FeedItem | None:
    link = str(entry.get("link") or "").strip() or None
    key = str(entry.get("id") or "").strip() or link
    if key is None:
        return None
    return FeedItem(key=key, link=link, title=str(entry.get("title") or "").strip(),
                    published=_day(entry.get("published_parsed") or
                                   entry.get("updated_parsed")))


def _day(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return time.strftime("%Y-%m-%d", parsed)


def _short(reason: object) -> str:
    text = " ".join(str(reason).split())
    return text if len(text) <= 120 else text[:117] + "..."
