"""The HTTP API under /api: the JSON twin of every page, and ingest.

Lists are pages: `{"items": [...], "total", "page", "per_page", "pages"}`. Errors have one
shape: `{"error": {"status", "code", "message"}}`; an unknown id is a 404.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from readout import browse
from readout.browse import Filter, NotFound, Paging
from readout.errors import UsageError
from readout.web.app import state_of
from readout.web.jobs import JobStatus, Upload
from readout.web.params import event_filter, paging
from readout.web.security import TokenMissing, TooLarge, check_write

router = APIRouter(prefix="/api", tags=["api"])


@dataclass(frozen=True)
class ErrorDetail:
    status: int
    code: str
    message: str


@dataclass(frozen=True)
class ErrorShape:
    """Every API error: `{"error": {"status", "code", "message"}}`."""

    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorShape, "description": "Unknown id"},
    400: {"model": ErrorShape, "description": "A bad parameter"}}


@router.get("/events", response_model=browse.EventList)
def events(request: Request, where: Annotated[Filter, Depends(event_filter)],
           pages: Annotated[Paging, Depends(paging)]) -> browse.EventList:
    """Merged events that match the filters, oldest first, undated last."""
    return state_of(request).read(lambda store: browse.list_events(store, where, pages))


@router.get("/events/monthly", response_model=tuple[browse.MonthCount, ...])
def monthly(request: Request, where: Annotated[Filter, Depends(event_filter)]
            ) -> tuple[browse.MonthCount, ...]:
    """Meetings and calls per month for the same filters (the timeline's chart)."""
    return state_of(request).read(lambda store: browse.monthly_counts(store, where))


@router.get("/events/{event_id}", response_model=browse.EventDetail, responses=ERRORS)
def event(request: Request, event_id: str) -> browse.EventDetail:
    """One event: sources with evidence in context, quotes by side, conflicts, reuse."""
    return state_of(request).read(lambda store: browse.event_detail(store, event_id))


@router.get("/actors", response_model=browse.ActorList)
def actors(request: Request, pages: Annotated[Paging, Depends(paging)],
           name: Annotated[str | None, Query(description="Part of a name.")] = None,
           ) -> browse.ActorList:
    """Everyone who takes part in an event, the most active first."""
    return state_of(request).read(lambda store: browse.list_actors(store, name, pages))


@router.get("/actors/{name:path}", response_model=browse.ActorDetail, responses=ERRORS)
def actor(request: Request, name: str) -> browse.ActorDetail:
    """An actor: offices over time, counterparts met or called, quotes."""
    state = state_of(request)
    return state.read(lambda store: browse.actor_detail(store, name, state.kb))


@router.get("/quotes", response_model=browse.QuoteList, responses=ERRORS)
def quotes(request: Request, pages: Annotated[Paging, Depends(paging)],
           q: Annotated[str | None, Query(description="Words the quote contains.")] = None,
           speaker: Annotated[str | None, Query(description="Part of a name.")] = None,
           since: Annotated[str | None, Query(description="Published from YYYY[-MM[-DD]].")]
           = None,
           until: Annotated[str | None, Query(description="Published up to this date.")]
           = None) -> browse.QuoteList:
    """Full-text quote search (SQLite FTS5), best matches first."""
    since, until = browse.check_date(since, "since"), browse.check_date(until, "until")
    return state_of(request).read(
        lambda store: browse.search_quotes(store, q, speaker, since, pages, until))


@router.get("/documents", response_model=browse.DocumentList)
def documents(request: Request, pages: Annotated[Paging, Depends(paging)]
              ) -> browse.DocumentList:
    """Stored documents, the most recently published first."""
    return state_of(request).read(lambda store: browse.list_documents(store, pages))


@router.get("/documents/{document_id}", response_model=browse.DocumentDetail,
            responses=ERRORS)
def document(request: Request, document_id: str,
             removed: Annotated[bool, Query(description="Include removed boilerplate.")]
             = False) -> browse.DocumentDetail:
    """A document's cleaned text in segments marked with what was extracted there."""
    return state_of(request).read(
        lambda store: browse.document_detail(store, document_id, removed))


@router.post("/ingest", status_code=202, response_model=JobStatus, responses={
    401: {"description": "The token is needed (server bound to a non-loopback address)"},
    403: {"description": "A write from another site"},
    413: {"description": "Too many files or bytes"}})
async def ingest(request: Request) -> JobStatus:
    """Upload files (`files`, .txt/.html/.jsonl) and/or paste text (`text`, with an
    optional `title`) as multipart form data; poll the job at /api/jobs/ID."""
    return await start_ingest(request)


async def start_ingest(request: Request) -> JobStatus:
    """Check the write, read the form, queue the job (shared with the ingest page)."""
    state = state_of(request)
    config = state.config
    headers = dict(request.headers)
    with contextlib.suppress(TokenMissing):  # the token may be in the form: checked below
        check_write(config, headers, None)
    try:
        form = await request.form(max_files=config.max_files, max_fields=10,
                                  max_part_size=config.max_request_bytes)
    except StarletteHTTPException as exc:
        raise TooLarge(f"{exc.detail}; send at most {config.max_files} files and a few "
                       "fields per request") from exc
    token = form.get("token")
    check_write(config, headers, token if isinstance(token, str) else None)
    uploads = await _uploads(form.getlist("files"), config.max_files, config.max_file_bytes)
    text = form.get("text")
    if isinstance(text, str) and text.strip():
        title = form.get("title")
        heading = title.strip() if isinstance(title, str) and title.strip() else ""
        body = f"{heading}\n\n{text.strip()}\n" if heading else text.strip() + "\n"
        uploads.append(Upload("pasted.txt", body.encode("utf-8")))
    if not uploads:
        raise UsageError("nothing to ingest: choose files or paste an article's text")
    if len(uploads) > config.max_files:
        raise TooLarge(f"at most {config.max_files} documents per request; send fewer files")
    return state.jobs.submit(uploads)


async def _uploads(items: list[UploadFile | str], max_files: int,
                   max_bytes: int) -> list[Upload]:
    files = [item for item in items if isinstance(item, UploadFile) and item.filename]
    if len(files) > max_files:
        raise TooLarge(f"at most {max_files} documents per request; send fewer files")
    out = []
    for item in files:
        data = await item.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLarge(f"{item.filename}: larger than {max_bytes:,} bytes "
                           "(setting max_document_bytes)")
        out.append(Upload(item.filename or "upload", data))
    return out


@router.get("/jobs/{job_id}", response_model=JobStatus, responses=ERRORS)
def job(request: Request, job_id: str) -> JobStatus:
    """Progress of an ingest job: documents read so far, then what was found."""
    found = state_of(request).jobs.status(job_id)
    if found is None:
        raise NotFound(f"no ingest job {job_id!r}; jobs last as long as the server")
    return found
