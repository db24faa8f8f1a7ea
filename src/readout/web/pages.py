"""The HTML pages: each calls the same `readout.browse` function as its /api twin and
renders the record with Jinja2 (autoescape on; document text is never marked safe)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from readout import browse
from readout.browse import Filter, NotFound, Paging
from readout.store import Store
from readout.web.api import start_ingest
from readout.web.app import state_of
from readout.web.chart import chart
from readout.web.params import MODES, TYPES, event_filter, paging

router = APIRouter(include_in_schema=False)

ENV = Environment(loader=PackageLoader("readout.web", "templates"),
                  autoescape=select_autoescape(default=True, default_for_string=True),
                  trim_blocks=True, lstrip_blocks=True)


def when(date: str | None) -> str:
    """A date as precise as it is known: 15 Nov 2023, Nov 2023, 2023, or undated."""
    if not date:
        return "undated"
    try:
        if len(date) == 10:
            return dt.date.fromisoformat(date).strftime("%-d %b %Y")
        if len(date) == 7:
            return dt.date.fromisoformat(date + "-01").strftime("%b %Y")
    except ValueError:
        return date
    return date


def path_quote(value: str) -> str:
    return quote(value, safe="")


ENV.filters["when"] = when
ENV.filters["pathquote"] = path_quote


def render(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    state = state_of(request)
    page = ENV.get_template(template).render(
        request=request, path=request.url.path, db=state.settings.db,
        token_needed=state.config.token is not None, **values)
    return HTMLResponse(page, status_code=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def page_url(request: Request, page: int) -> str:
    """This page's URL with another page number, the other parameters kept."""
    items = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
    return request.url.path + "?" + urlencode([*items, ("page", str(page))])


ENV.globals["page_url"] = page_url
ENV.globals["MODES"] = MODES
ENV.globals["TYPES"] = TYPES


@router.get("/", response_class=HTMLResponse)
@router.get("/events", response_class=HTMLResponse)
def timeline(request: Request, where: Annotated[Filter, Depends(event_filter)],
             pages: Annotated[Paging, Depends(paging)]) -> HTMLResponse:
    def view(store: Store) -> tuple[browse.EventList, tuple[browse.MonthCount, ...]]:
        return browse.list_events(store, where, pages), browse.monthly_counts(store, where)

    found, months = state_of(request).read(view)
    return render(request, "timeline.html", events=found, chart=chart(months), where=where,
                  shown=request.query_params.get("shown", ""))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str) -> HTMLResponse:
    detail = state_of(request).read(lambda store: browse.event_detail(store, event_id))
    titles = {s.document: s.title for s in detail.sources}
    return render(request, "event.html", d=detail, e=detail.event, titles=titles)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, pages: Annotated[Paging, Depends(paging)],
           name: Annotated[str | None, Query()] = None) -> HTMLResponse:
    found = state_of(request).read(lambda store: browse.list_actors(store, name, pages))
    return render(request, "actors.html", actors=found, name=name or "")


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor(request: Request, name: str) -> HTMLResponse:
    state = state_of(request)
    where = Filter(actors=(name,))

    def view(store: Store) -> tuple[browse.ActorDetail, tuple[browse.MonthCount, ...],
                                    browse.EventList]:
        detail = browse.actor_detail(store, name, state.kb)
        return (detail, browse.monthly_counts(store, where),
                browse.list_events(store, where, Paging(1, 100)))

    detail, months, found = state.read(view)
    return render(request, "actor.html", a=detail, chart=chart(months), events=found)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, pages: Annotated[Paging, Depends(paging)],
           q: Annotated[str | None, Query()] = None,
           speaker: Annotated[str | None, Query()] = None,
           since: Annotated[str | None, Query()] = None,
           until: Annotated[str | None, Query()] = None) -> HTMLResponse:
    first, last = browse.check_date(since, "since"), browse.check_date(until, "until")
    found = state_of(request).read(
        lambda store: browse.search_quotes(store, q, speaker, first, pages, last))
    return render(request, "quotes.html", quotes=found, q=q or "", speaker=speaker or "",
                  since=since or "", until=until or "")


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, pages: Annotated[Paging, Depends(paging)]) -> HTMLResponse:
    found = state_of(request).read(lambda store: browse.list_documents(store, pages))
    return render(request, "documents.html", documents=found)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: str,
             removed: Annotated[bool, Query()] = False) -> HTMLResponse:
    detail = state_of(request).read(
        lambda store: browse.document_detail(store, document_id, removed))
    return render(request, "document.html", d=detail, doc=detail.document)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_page(request: Request) -> HTMLResponse:
    config = state_of(request).config
    return render(request, "ingest.html", config=config)


@router.post("/ingest")
async def ingest_form(request: Request) -> RedirectResponse:
    """The ingest form without JavaScript: start the job, then show its page."""
    status = await start_ingest(request)
    return RedirectResponse(f"/jobs/{status.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job(request: Request, job_id: str) -> HTMLResponse:
    found = state_of(request).jobs.status(job_id)
    if found is None:
        raise NotFound(f"no ingest job {job_id!r}; jobs last as long as the server")
    return render(request, "job.html", job=found)


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI description as a page that needs nothing from the internet."""
    spec = request.app.openapi()
    return render(request, "api_docs.html", spec=spec)
