"""The app factory: FastAPI with server-rendered pages and their JSON twins under `/api`.

    create_app(settings, config)  ->  FastAPI
        pages.py   /, /events/ID, /actors, /actors/NAME, /quotes, /documents, /documents/ID,
                   /ingest, /jobs/ID, /api/docs     (HTML, Jinja2 with autoescape)
        api.py     /api/events, /api/events/monthly, /api/events/ID, /api/actors,
                   /api/actors/NAME, /api/quotes, /api/documents, /api/documents/ID,
                   /api/ingest (POST), /api/jobs/ID  (JSON, one error shape)

A page and its twin call the same function of `readout.browse`. Each request opens its own
`Store` (SQLite connections stay in their thread); ingest jobs run in one background thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from readout.actors import KnowledgeBase, load_kb
from readout.browse import NotFound
from readout.errors import ReadoutError, StoreError, UsageError
from readout.pipeline import Annotator
from readout.settings import Settings
from readout.store import Store
from readout.web.jobs import Jobs
from readout.web.security import BodyLimit, SecurityHeaders, WebConfig

T = TypeVar("T")


@dataclass
class State:
    """What the routes share: settings, limits, the ingest jobs and the knowledge base."""

    settings: Settings
    config: WebConfig
    jobs: Jobs
    _kb: KnowledgeBase | None = None
    _kb_lock: threading.Lock = field(default_factory=threading.Lock)

    def read(self, view: Callable[[Store], T]) -> T:
        with Store(self.settings.db) as store:
            return view(store)

    def kb(self) -> KnowledgeBase:
        with self._kb_lock:
            if self._kb is None:
                self._kb = load_kb(self.settings.actor_folders())
            return self._kb


def state_of(request: Request) -> State:
    found: State = request.app.state.readout
    return found


def web_config(settings: Settings, token: str | None) -> WebConfig:
    """Limits from the settings where they are declared, else the defaults."""
    default = WebConfig()
    return WebConfig(
        token=token,
        max_request_bytes=int(getattr(settings, "max_request_bytes", default.max_request_bytes)),
        max_files=int(getattr(settings, "max_documents_per_request", default.max_files)),
        max_file_bytes=settings.max_document_bytes)


def create_app(settings: Settings, config: WebConfig | None = None,
               annotator: Callable[[], Annotator] | None = None) -> FastAPI:
    from readout.web import api, pages

    config = config or web_config(settings, None)
    jobs = Jobs(settings, annotator or (lambda: Annotator(settings)))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        yield
        jobs.close()

    app = FastAPI(
        title="readout", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
        openapi_url="/api/openapi.json",
        description="Diplomatic events, actors, quotes and documents from a readout "
                    "database. Errors have one shape: "
                    '{"error": {"status": 404, "code": "not-found", "message": "..."}}.')
    app.state.readout = State(settings, config, jobs)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("readout", "web/static")]), name="static")
    app.add_exception_handler(ReadoutError, _readout_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_middleware(BodyLimit, limit=config.max_request_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def status_of(error: ReadoutError) -> int:
    if isinstance(error, NotFound):
        return 404
    explicit = getattr(error, "status", None)
    if isinstance(explicit, int):
        return explicit
    if isinstance(error, UsageError):
        return 400
    return 503 if isinstance(error, StoreError) else 500


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    """The one JSON error shape under /api; an HTML error page elsewhere."""
    if request.url.path.startswith("/api"):
        return JSONResponse({"error": {"status": status, "code": code, "message": message}},
                            status_code=status)
    from readout.web.pages import render_error

    return render_error(request, status, message)


async def _readout_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ReadoutError)
    return error_response(request, status_of(exc), exc.code, exc.message)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', '')}"
        for e in exc.errors())
    return error_response(request, 422, "invalid-request", problems or "invalid request")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
    message = ("no such page or API route; see /api/docs" if exc.status_code == 404
               else str(exc.detail))
    return error_response(request, exc.status_code, code, message)
