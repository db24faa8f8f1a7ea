"""The HTTP API, over real HTTP on 127.0.0.1: documented shapes, one error shape, 404s,
the write token, same-origin writes and upload limits."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from readout.settings import Settings
from readout.web import WebConfig, create_app

PAGE_KEYS = {"items", "total", "page", "per_page", "pages"}
EVENT_KEYS = {"id", "type", "mode", "date", "precision", "participants", "location",
              "occasion", "topics", "background", "status", "sources", "independent_sources"}


def get(served: Any, path: str, **params: Any) -> httpx.Response:
    return httpx.get(served.url + path, params=params, timeout=30)


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == response.status_code
    assert body["error"]["message"]
    return dict(body["error"])


def test_events_page_shape(served: Any) -> None:
    body = get(served, "/api/events", per_page=3).json()
    assert set(body) == PAGE_KEYS
    assert body["per_page"] == 3 and len(body["items"]) == 3 and body["total"] > 3
    for item in body["items"]:
        assert set(item) == EVENT_KEYS
        assert {"name", "id", "kind", "country"} == set(item["participants"][0])


@pytest.mark.parametrize(("params", "check"), [
    ({"actor": "Xi Jinping"}, lambda e: "Xi Jinping" in [a["name"] for a in e["participants"]]),
    ({"type": "call"}, lambda e: e["type"] == "call"),
    ({"mode": "video"}, lambda e: e["mode"] == "video"),
    ({"since": "2023", "until": "2023-12"}, lambda e: e["date"].startswith("2023")),
    ({"shown": "background"}, lambda e: e["background"]),
])
def test_filters_change_the_results(served: Any, params: dict[str, str], check: Any) -> None:
    every = get(served, "/api/events", per_page=200).json()
    some = get(served, "/api/events", per_page=200, **params).json()
    assert 0 < some["total"] < every["total"]
    assert all(check(e) for e in some["items"])


def test_a_pair_needs_both(served: Any) -> None:
    pair = httpx.get(served.url + "/api/events",
                     params=[("actor", "Xi Jinping"), ("actor", "Joe Biden")]).json()
    assert pair["total"] > 0
    for event in pair["items"]:
        assert {"Xi Jinping", "Joe Biden"} <= {a["name"] for a in event["participants"]}


def test_event_detail_shape(served: Any) -> None:
    first = httpx.get(served.url + "/api/events", params=[
        ("actor", "Joe Biden"), ("actor", "Xi Jinping"), ("shown", "news")]).json()["items"][0]
    body = get(served, f"/api/events/{first['id']}").json()
    assert set(body) == {"event", "sources", "sides", "conflicts", "reuse", "merged_on"}
    assert body["event"] == first
    source = body["sources"][0]
    assert {"document", "title", "evidence", "context", "source_kind", "said"} <= set(source)
    assert source["context"]["evidence"] == source["evidence"]["text"]
    assert {s["side"] for s in body["sides"]} >= {"United States", "China"}


def test_monthly_counts(served: Any) -> None:
    months = get(served, "/api/events/monthly", actor="Xi Jinping").json()
    assert months and set(months[0]) == {"month", "meetings", "calls"}


def test_actor_shapes(served: Any) -> None:
    actors = get(served, "/api/actors").json()
    assert set(actors) == PAGE_KEYS and actors["items"][0]["events"] >= 1
    xi = get(served, "/api/actors/Xi Jinping").json()
    assert set(xi) == {"name", "id", "kind", "country", "roles", "counterparts", "quotes",
                       "quotes_total"}
    assert xi["kind"] == "person" and any(r["title"] == "President" for r in xi["roles"])
    assert "Joe Biden" in {c["name"] for c in xi["counterparts"]}


def test_quotes_and_documents(served: Any) -> None:
    quotes = get(served, "/api/quotes", q="peace").json()
    assert set(quotes) == PAGE_KEYS and quotes["total"] >= 1
    assert {"id", "speaker", "text", "highlight", "document"} <= set(quotes["items"][0])
    documents = get(served, "/api/documents").json()
    assert documents["total"] == 7  # five files, one holding two records, and the hostile one
    one = get(served, f"/api/documents/{documents['items'][0]['id']}", removed="true").json()
    assert {"document", "segments", "mentions", "quotes", "removed"} <= set(one)
    assert isinstance(one["removed"], list)


@pytest.mark.parametrize("path", [
    "/api/events/ev_nope", "/api/actors/Nobody Anybody", "/api/documents/nope",
    "/api/jobs/nope", "/api/no-such-route",
])
def test_unknown_ids_are_404_with_the_error_shape(served: Any, path: str) -> None:
    response = get(served, path)
    assert response.status_code == 404
    assert error_of(response)["code"] == "not-found"


@pytest.mark.parametrize(("path", "params", "status"), [
    ("/api/events", {"since": "last week"}, 400),
    ("/api/events", {"type": "visit"}, 400),
    ("/api/events", {"mode": "fax"}, 400),
    ("/api/events", {"shown": "some"}, 400),
    ("/api/events", {"page": "0"}, 422),
    ("/api/events", {"per_page": "100000"}, 422),
    ("/api/quotes", {"since": "2023-13"}, 400),
])
def test_bad_parameters_use_the_error_shape(served: Any, path: str,
                                            params: dict[str, str], status: int) -> None:
    response = get(served, path, **params)
    assert response.status_code == status
    error_of(response)


def test_pages_are_escaped_and_protected(served: Any) -> None:
    response = get(served, "/")
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert get(served, "/api/openapi.json").json()["paths"]["/api/events"]


def wait_for(url: str, job: str) -> dict[str, Any]:
    for _ in range(300):
        status = httpx.get(f"{url}/api/jobs/{job}").json()
        if status["state"] in ("done", "failed"):
            return dict(status)
        time.sleep(0.1)
    raise AssertionError("the ingest job did not finish")


ARTICLE = ("Ministers meet in Paris\n\nPARIS, May 4 (Wire) - French Foreign Minister "
           "Catherine Colonna met German Foreign Minister Annalena Baerbock in Paris on "
           "Thursday to prepare a summit of European leaders, officials said. The two "
           "ministers discussed support for Ukraine and energy prices over lunch.\n")


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory, annotator: Any,
            server: Any) -> Iterator[str]:
    """A server configured as `readout serve --host 0.0.0.0` would be: writes need a token;
    and with small limits. It still listens on 127.0.0.1 only."""
    db = tmp_path_factory.mktemp("guarded") / "guarded.db"
    config = WebConfig(token="s3cret", max_request_bytes=4000, max_files=2,
                       max_file_bytes=1500)
    url, stop = server(create_app(Settings(db=str(db)), config, annotator=lambda: annotator))
    yield url
    stop()


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 401),
    ({"Authorization": "Bearer wrong"}, 401),
    ({"X-Readout-Token": "s3cret", "Origin": "http://evil.example"}, 403),
    ({"Authorization": "Bearer s3cret"}, 202),
    ({"X-Readout-Token": "s3cret"}, 202),
])
def test_writes_need_the_token_off_loopback(guarded: str, headers: dict[str, str],
                                            status: int) -> None:
    response = httpx.post(f"{guarded}/api/ingest", data={"text": ARTICLE}, headers=headers)
    assert response.status_code == status
    if status == 202:
        assert set(response.json()) >= {"id", "state", "total", "read"}
        assert wait_for(guarded, response.json()["id"])["state"] == "done"
    else:
        error_of(response)


def test_the_token_may_come_in_the_form(guarded: str) -> None:
    response = httpx.post(f"{guarded}/api/ingest", data={"text": ARTICLE, "token": "s3cret"})
    assert response.status_code == 202


@pytest.mark.parametrize(("files", "data", "code"), [
    ([("files", ("a.txt", b"x" * 5000))], {}, "too-large"),            # request over 4000
    ([("files", ("a.txt", b"x" * 1600))], {}, "too-large"),            # file over 1500
    ([("files", (f"{n}.txt", b"x")) for n in range(3)], {}, "too-large"),  # three files
    ([], {}, "usage"),                                                 # nothing at all
])
def test_upload_limits(guarded: str, files: list[Any], data: dict[str, str],
                       code: str) -> None:
    response = httpx.post(f"{guarded}/api/ingest", files=files or None,
                          data={**data, "token": "s3cret"} if files else data,
                          headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == (400 if code == "usage" else 413)
    assert error_of(response)["code"] == code


def test_ingest_reports_failures_and_progress(guarded: str) -> None:
    files = [("files", ("good.txt", ARTICLE.encode())), ("files", ("bad.pdf", b"%PDF-1.4"))]
    response = httpx.post(f"{guarded}/api/ingest", files=files,
                          headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 202
    done = wait_for(guarded, response.json()["id"])
    assert done["state"] == "done" and done["total"] == done["read"] == 2
    assert done["failed"] == 1 and "bad.pdf" in done["failures"][0]
    assert "readout-upload" not in done["failures"][0]

