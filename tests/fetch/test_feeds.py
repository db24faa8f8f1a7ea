"""Feed bytes to items; pages to documents; feed dates checked against page dates."""

from __future__ import annotations

import pytest

from readout.errors import MalformedInputError, UnsupportedFormatError, UsageError
from readout.fetch.client import Fetched
from readout.fetch.feeds import looks_like_feed, parse_feed
from readout.fetch.pages import Origin, check_government, page_document, reconcile
from readout.records import PublishedDate
from readout.sources import SourceOptions

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ministry press releases</title>
<link>https://mfa.example/</link><description>x</description>
<item><title>Foreign Minister meets counterpart</title><link>/press/1</link>
<guid isPermaLink="false">press-1</guid><pubDate>Wed, 20 Nov 2024 23:30:00 -0500</pubDate></item>
<item><title>No guid</title><link>https://mfa.example/press/2</link></item>
<item><title>Nothing to fetch</title><description>no link, no guid</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Outlet — World</title>
<id>urn:outlet</id><updated>2024-11-21T00:00:00Z</updated>
<entry><title>Ministers talk by phone</title><id>urn:outlet:42</id>
<link href="https://outlet.example/world/42"/><updated>2024-11-19T10:00:00Z</updated></entry>
</feed>""".encode()


def test_rss_items() -> None:
    feed = parse_feed(RSS, "https://mfa.example/rss.xml", "application/rss+xml")
    assert feed.title == "Ministry press releases"
    first, second = feed.items  # the item with neither guid nor link is left out
    assert (first.key, first.link) == ("press-1", "https://mfa.example/press/1")
    assert first.published == "2024-11-21"  # 23:30 at UTC-5 is the next day in UTC
    assert (second.key, second.link, second.published) == (
        "https://mfa.example/press/2", "https://mfa.example/press/2", None)


def test_atom_items() -> None:
    [item] = parse_feed(ATOM, "https://outlet.example/atom", "application/atom+xml").items
    assert (item.key, item.link, item.published) == (
        "urn:outlet:42", "https://outlet.example/world/42", "2024-11-19")


@pytest.mark.parametrize("data", [
    RSS[:120],  # cut off before its first item
    b"<html><body><p>Not a feed at all</p></body></html>",
    b"\x00\x01\x02 binary",
    b"",
])
def test_malformed_feed_is_refused(data: bytes) -> None:
    with pytest.raises(MalformedInputError, match="not a readable RSS or Atom feed"):
        parse_feed(data, "https://x.example/feed", "application/xml")


def test_empty_feed_has_no_items() -> None:
    data = b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse_feed(data, "https://x.example/feed").items == ()


def test_a_string_is_never_taken_for_a_path(tmp_path: object) -> None:
    # Bytes that name an existing file are still parsed as a (broken) feed, not opened.
    with pytest.raises(MalformedInputError):
        parse_feed(b"/etc/hostname", "https://x.example/feed")


@pytest.mark.parametrize(("data", "media", "expected"), [
    (RSS, "application/rss+xml", True),
    (ATOM, "", True),
    (b'\xef\xbb\xbf  <?xml version="1.0"?><rss/>', "application/octet-stream", True),
    (b"<!DOCTYPE html><html></html>", "text/html", False),
    (b"<?xml version='1.0'?><rss/>", "text/html", False),  # the server said HTML
    (b"<feed/>", "text/xml", True),
    (b"plain words", "", False),
])
def test_looks_like_feed(data: bytes, media: str, expected: bool) -> None:
    assert looks_like_feed(data, media) is expected


def _page(day: str) -> PublishedDate:
    return PublishedDate(date=day, precision="day", source="metadata")


@pytest.mark.parametrize(("page", "feed", "date", "evidence_has"), [
    (None, None, None, None),
    (None, "2024-11-20", "2024-11-20", "feed item date 2024-11-20"),
    (_page("2024-11-20"), None, "2024-11-20", None),
    (_page("2024-11-20"), "2024-11-20", "2024-11-20", "page date 2024-11-20"),
    (_page("2024-11-20"), "2024-11-21", "2024-11-21", "page date 2024-11-20"),  # time zones
    (_page("2024-11-20"), "2024-11-25", "2024-11-20", "5 days away"),  # the page wins
    (_page("2023-01-02"), "2024-11-25", "2023-01-02", "feed item date 2024-11-25"),
])
def test_feed_date_checked_against_page_date(page: PublishedDate | None, feed: str | None,
                                             date: str | None,
                                             evidence_has: str | None) -> None:
    found = reconcile(page, feed)
    assert (found.date if found else None) == date
    if evidence_has:
        assert found is not None and found.source == "metadata"
        assert any(evidence_has in e for e in found.evidence)


def _fetched(body: bytes, media: str) -> Fetched:
    return Fetched(url="https://mfa.example/press/1", final_url="https://mfa.example/press/1",
                   status=200, content=body, media_type=media)


HTML = b"""<html><head><title>Talks in Beijing</title>
<meta property="article:published_time" content="2024-11-20T08:00:00Z"></head><body><article>
<h1>Talks in Beijing</h1>
<p>Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov in Beijing
on Wednesday, and the two sides exchanged views on the situation in the region.</p>
<p>The ministers agreed to keep in close contact and to prepare the next summit meeting of
their two heads of state, the ministry said in a statement after the talks.</p>
</article></body></html>"""


def test_official_page_document() -> None:
    origin = Origin.official("cn", "Ministry of Foreign Affairs")
    document = page_document(_fetched(HTML, "text/html"), SourceOptions(), origin,
                             "2024-11-27")
    assert (document.source_kind, document.speaks_for, document.source) == (
        "official", "CN", "Ministry of Foreign Affairs")
    assert document.path == document.url == "https://mfa.example/press/1"
    assert document.title == "Talks in Beijing"
    assert "Sergei Lavrov" in document.raw_text
    assert document.published is not None and document.published.date == "2024-11-20"
    assert document.original == HTML


@pytest.mark.parametrize(("body", "media", "error"), [
    (b"%PDF-1.7 ...", "application/pdf", UnsupportedFormatError),
    (b"<html><body><script>var a = 1;</script></body></html>", "text/html",
     MalformedInputError),
])
def test_pages_that_are_not_articles(body: bytes, media: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        page_document(_fetched(body, media), SourceOptions(), Origin())


@pytest.mark.parametrize(("value", "code"), [("cn", "CN"), (" RU ", "RU"), ("un", "UN"),
                                             ("EU", "EU")])
def test_government_codes(value: str, code: str) -> None:
    assert check_government(value) == code


@pytest.mark.parametrize("value", ["", "C", "China's ministry", "a/b"])
def test_bad_government_codes(value: str) -> None:
    with pytest.raises(UsageError):
        check_government(value)
