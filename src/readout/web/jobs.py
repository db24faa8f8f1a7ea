"""Ingest from the browser: uploads become files in a temporary folder, ingested in the
background by `readout.ingest.ingest`, one job at a time; pages poll a job's progress."""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from readout import ingest
from readout.pipeline import Annotator
from readout.settings import Settings
from readout.store import Store


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


@dataclass(frozen=True)
class JobStatus:
    id: str
    state: str  # "queued", "running", "done" or "failed"
    total: int
    read: int
    new: int = 0
    known: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    failures: tuple[str, ...] = ()
    error: str | None = None


def safe_name(name: str, taken: set[str]) -> str:
    """A plain file name for an upload: no folders, no odd characters, unique in the job."""
    base = re.sub(r"[^\w.\-]+", "_", Path(name.replace("\\", "/")).name).strip("._") or "upload"
    stem, dot, ext = base.rpartition(".")
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}.{ext}" if dot else f"{base}-{n}"
    taken.add(candidate)
    return candidate


class Jobs:
    """Runs ingest jobs one after another in a background thread and keeps their status."""

    def __init__(self, settings: Settings, annotator: Callable[[], Annotator]) -> None:
        self.settings = settings
        self._annotator = annotator
        self._loaded: Annotator | None = None
        self._lock = threading.Lock()
        self._status: dict[str, JobStatus] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="readout-ingest")

    def annotator(self) -> Annotator:
        """The spaCy pipeline, loaded on the first job and kept for the app's life."""
        if self._loaded is None:
            self._loaded = self._annotator()
        return self._loaded

    def submit(self, uploads: Sequence[Upload]) -> JobStatus:
        folder = Path(tempfile.mkdtemp(prefix="readout-upload-"))
        taken: set[str] = set()
        files = []
        for upload in uploads:
            path = folder / safe_name(upload.name, taken)
            path.write_bytes(upload.data)
            files.append(path)
        status = JobStatus(uuid.uuid4().hex[:16], "queued", len(uploads), 0)
        self._set(status)
        self._pool.submit(self._run, status.id, folder, files)
        return status

    def status(self, job_id: str) -> JobStatus | None:
        with self._lock:
            return self._status.get(job_id)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _set(self, status: JobStatus) -> None:
        with self._lock:
            self._status[status.id] = status

    def _advance(self, job_id: str, n: int) -> None:
        with self._lock:
            now = self._status[job_id]
            self._status[job_id] = replace(now, read=min(now.total, now.read + n))

    def _run(self, job_id: str, folder: Path, files: list[Path]) -> None:
        running = self.status(job_id)
        assert running is not None
        self._set(replace(running, state="running"))
        try:
            with Store(self.settings.db) as store:
                report = ingest.ingest(files, store, self.settings, self.annotator,
                                       progress=lambda n: self._advance(job_id, n))
            done = self.status(job_id)
            assert done is not None
            prefix = str(folder) + "/"
            self._set(replace(
                done, state="done", read=done.total, new=report.new, known=report.known,
                failed=report.failed, events=report.events, quotes=report.quotes,
                failures=tuple(f.message.replace(prefix, "") for f in report.failures)))
        except Exception as exc:  # a job must end, whatever happened: shown on its page
            failed = self.status(job_id)
            assert failed is not None
            self._set(replace(failed, state="failed", error=str(exc)))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
