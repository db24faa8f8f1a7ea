"""Fetched pages to Documents, through the same HTML source as local files.

Where a page came from (a news outlet, or a government speaking for itself) is carried by an
`Origin`. A feed item's date is metadata: it is checked against the page's own date (found
by htmldate); when the two disagree by more than a day the page's date is kept, and why is
recorded in the date's evidence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from readout import sources
from readout.dates import parse_iso_prefix
from readout.errors import UsageError
from readout.fetch.client import Fetched
from readout.records import Document, PublishedDate, SourceKind

SLACK_DAYS = 1


@dataclass(frozen=True)
class Origin:
    """Who publishes a source: an outlet (news) or a government's own readout (official)."""

    source: str | None = None
    source_kind: SourceKind = "news"
    speaks_for: str | None = None

    @classmethod
    def official(cls, government: str, source: str | None = None) -> Origin:
        return cls(source=source, source_kind="official", speaks_for=check_government(
            government))


NEWS = Origin()


def check_government(value: str) -> str:
    """An ISO 3166 alpha-2 code ("CN") or an organisation id ("UN", "EU", "NATO")."""
    code = value.strip().upper()
    if not (2 <= len(code) <= 12 and code.replace("-", "").isalnum()):
        raise UsageError(f"government {value!r} is not a code; use an ISO country code such "
                         "as CN, RU, IN, US, GB, or an organisation id such as UN")
    return code


def page_document(fetched: Fetched, options: sources.SourceOptions, origin: Origin,
                  feed_date: str | None = None) -> Document:
    """The document of a fetched page or text file, dated and attributed."""
    document = sources.document_from_bytes(fetched.content, fetched.url, fetched.media_type,
                                           options)
    return replace(document, published=reconcile(document.published, feed_date),
                   source=origin.source or document.source, source_kind=origin.source_kind,
                   speaks_for=origin.speaks_for)


def reconcile(page: PublishedDate | None, feed_day: str | None) -> PublishedDate | None:
    """The publication date of a page listed in a feed, from the feed's date and the page's.

    Agreeing within a day (time zones): the feed's day, with both as evidence. Disagreeing:
    the page's date, and the evidence says that the feed's was set aside.
    """
    feed = parse_iso_prefix(feed_day) if feed_day else None
    if feed is None:
        return page
    feed_date = PublishedDate(date=feed[0], precision=feed[1], source="metadata",
                              evidence=(f"feed item date {feed[0]}",))
    if page is None:
        return feed_date
    gap = _days_apart(page.date, feed[0])
    if gap is None or gap <= SLACK_DAYS:
        return replace(feed_date, evidence=(f"feed item date {feed[0]}",
                                            f"page date {page.date}"))
    return replace(page, evidence=(*page.evidence, f"page date {page.date} kept: the feed item "
                                   f"date {feed[0]} is {gap} days away from it"))


def _days_apart(a: str, b: str) -> int | None:
    if len(a) != 10 or len(b) != 10:
        return None
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
