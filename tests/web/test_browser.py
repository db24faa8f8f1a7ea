"""The web app as a person uses it, in a real headless Chromium: pages load, filters change
what is shown, evidence is highlighted, hostile article text stays text, ingest works."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from readout.settings import Settings
from readout.web import WebConfig, create_app


def goto(page: Any, served: Any, path: str) -> Any:
    response = page.goto(served.url + path)
    assert response is not None and response.status == 200, path
    return page


def count(page: Any) -> int:
    return int(page.locator("p.count strong").inner_text())


@pytest.mark.parametrize(("path", "heading"), [
    ("/", "Timeline"),
    ("/actors", "Actors"),
    ("/actors/Xi%20Jinping", "Xi Jinping"),
    ("/quotes?q=peace", "Quotes"),
    ("/documents", "Documents"),
    ("/ingest", "Ingest"),
    ("/api/docs", "HTTP API"),
])
def test_pages_load(page: Any, served: Any, path: str, heading: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    goto(page, served, path)
    assert page.locator("h1").first.inner_text() == heading
    assert errors == []


def test_filters_change_the_timeline(page: Any, served: Any) -> None:
    goto(page, served, "/")
    every = count(page)
    assert page.locator("table.events tbody tr").count() == min(every, 50)
    page.locator("input[name=actor]").first.fill("Xi Jinping")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"actor=Xi"))
    with_xi = count(page)
    assert 0 < with_xi < every
    assert page.locator("figure.chart svg rect").count() > 0
    page.locator("select[name=type]").select_option("call")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"type=call"))
    calls = count(page)
    assert 0 < calls < with_xi
    assert page.locator("table.events .badge.call").count() == calls


def test_event_page_highlights_the_evidence(page: Any, served: Any) -> None:
    events = httpx.get(served.url + "/api/events", params=[
        ("actor", "Joe Biden"), ("actor", "Xi Jinping"), ("shown", "news")]).json()["items"]
    detail = httpx.get(f"{served.url}/api/events/{events[0]['id']}").json()
    goto(page, served, f"/events/{events[0]['id']}")
    marks = page.locator("article.source mark.evidence")
    assert marks.count() == len(detail["sources"])
    assert marks.first.inner_text().strip() == detail["sources"][0]["evidence"]["text"].strip()
    assert page.locator(".sides .side-col h3").all_inner_texts()[:2] == [
        "United States", "China"]
    assert "precision: day" in page.locator("table.kv").inner_text()


def test_document_page_marks_spans_and_shows_boilerplate_on_request(page: Any,
                                                                    served: Any) -> None:
    documents = httpx.get(served.url + "/api/documents").json()["items"]
    wire = next(d for d in documents if d["path"].endswith("woodside-biden-xi-wire.txt"))
    goto(page, served, f"/documents/{wire['id']}")
    assert page.locator("#doc-text mark.event").count() >= 1
    assert page.locator("#doc-text mark.quote").count() >= 1
    assert page.locator("ul.removed").count() == 0
    page.get_by_text("Show the lines the cleaner removed").click()
    page.wait_for_url(re.compile(r"removed=true"))
    assert page.locator("ul.removed li").count() >= 3


def test_hostile_article_renders_as_text(page: Any, served: Any) -> None:
    documents = httpx.get(served.url + "/api/documents").json()["items"]
    hostile = next(d for d in documents if d["path"].endswith("hostile.txt"))
    assert httpx.get(served.url + "/api/quotes", params={"q": "frank"}).json()["total"] == 1
    for path in [f"/documents/{hostile['id']}", "/documents", "/quotes?q=frank",
                 "/actors/Sergey%20Lavrov", "/"]:
        goto(page, served, path)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("main img, main script, main b[onmouseover]").count() == 0, path
    goto(page, served, f"/documents/{hostile['id']}")
    assert "<script>window.__pwned = 1</script>" in page.locator("h1").inner_text()
    assert 'onerror="window.__pwned = 2"' in page.locator("#doc-text").inner_text()
    page.locator("#doc-text").hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_actor_page_links_a_pair_timeline(page: Any, served: Any) -> None:
    goto(page, served, "/actors/" + quote("Xi Jinping"))
    roles = page.locator("table.grid").first.inner_text()
    assert "President" in roles
    page.locator("a.small-link").first.click()
    page.wait_for_url(re.compile(r"actor=Xi.*&actor="))
    assert count(page) >= 1


def test_quote_search_from_the_form(page: Any, served: Any) -> None:
    goto(page, served, "/quotes")
    every = count(page)
    page.locator("input[name=q]").fill("peace")
    page.locator("#quote-search button[type=submit]").click()
    page.wait_for_url(re.compile(r"q=peace"))
    assert 0 < count(page) < every
    assert page.locator("mark.hit").first.inner_text().lower().startswith("peace")


@pytest.fixture
def fresh(tmp_path: Path, annotator: Any, server: Any) -> Iterator[Any]:
    """A server of its own over an empty database, so ingesting changes no other test."""
    app = create_app(Settings(db=str(tmp_path / "fresh.db")), WebConfig(),
                     annotator=lambda: annotator)
    url, stop = server(app)
    yield SimpleNamespace(url=url)
    stop()


def test_ingest_from_the_browser_shows_progress(page: Any, fresh: Any) -> None:
    assert httpx.get(fresh.url + "/api/documents").json()["total"] == 0
    goto(page, fresh, "/ingest")
    page.locator("#title").fill("Albanese and Luxon meet in Sydney")
    page.locator("#text").fill(
        "SYDNEY, July 12 (Wire) - Australian Prime Minister Anthony Albanese met New Zealand "
        "Prime Minister Christopher Luxon in Sydney on Friday for their annual talks, "
        "officials said. The two leaders discussed trade, defence and the Pacific.")
    page.locator("#ingest-submit").click()
    page.locator("#progress-text").filter(has_text="Done.").wait_for(timeout=60_000)
    assert page.locator("#progress").is_visible()
    assert "1 new" in page.locator("#progress-result").inner_text()
    assert httpx.get(fresh.url + "/api/documents").json()["total"] == 1
    assert httpx.get(fresh.url + "/api/events", params={"actor": "Albanese"}).json()["total"]


def test_pager_keeps_the_filters(page: Any, served: Any) -> None:
    goto(page, served, "/?shown=news&per_page=2")
    total = count(page)
    assert total > 2 and page.locator("table.events tbody tr").count() == 2
    page.locator("nav.pager a[rel=next]").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert "shown=news" in page.url and count(page) == total
    assert "page 2 of" in page.locator("nav.pager").first.inner_text()
