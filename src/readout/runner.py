"""The local runner: stages 2-7 over batches of documents, in this process or in a pool.

The per-document stage is one engine-free function, `annotate_batch`: documents in,
annotations and failures out, with the spaCy pipeline and knowledge base loaded once per
process and kept for the next batch. The same function runs here, in the worker processes of
`readout ingest --workers N`, and inside Spark's `mapInPandas` (`readout.spark`).

With several workers the parent reads the inputs, skips documents the database already
holds, sends chunks to the pool and writes every result to SQLite itself (SQLite has one
writer), in input order; then it merges the pending groups as `readout ingest` always does.
The database ends up the same whatever the number of workers.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.pool import AsyncResult

from readout import ingest, merge, triage
from readout.errors import UsageError
from readout.fetch.follow import is_url
from readout.fetch.pages import NEWS, Origin
from readout.ingest import IngestReport, Progress
from readout.pipeline import Annotator
from readout.records import Annotation, Document, Failure
from readout.settings import Settings
from readout.store import Store

Result = Annotation | Failure

# One Annotator per process and settings. This is the one module-level cache in readout: a
# worker process (a pool worker, a Spark executor's Python worker) is handed batches one at a
# time and must not load a 600 MB pipeline for each of them.
_ANNOTATORS: dict[Settings, Annotator] = {}
_GAZETTEERS: dict[Settings, triage.Gazetteer] = {}


@dataclass(frozen=True)
class RunOptions:
    workers: int = 1
    chunk: int = 16  # documents sent to a worker at a time
    triage: bool = False  # skip the parser for documents with no actor and no contact word
    published: str | None = None  # the publication date given on the command line


def cached_annotator(settings: Settings) -> Annotator:
    """The process's Annotator for these settings, loaded on first use."""
    if settings not in _ANNOTATORS:
        _ANNOTATORS[settings] = Annotator(settings)
    return _ANNOTATORS[settings]


def annotate_batch(documents: Sequence[Document], settings: Settings,
                   options: RunOptions = RunOptions()) -> list[Result]:
    """Stages 2-7 over one batch: one Annotation or Failure per document."""
    annotator = cached_annotator(settings)
    if options.triage:
        if settings not in _GAZETTEERS:
            _GAZETTEERS[settings] = triage.gazetteer(annotator.kb)
        return list(triage.annotate(annotator, _GAZETTEERS[settings], documents,
                                    options.published))
    return list(annotator.annotate(documents, options.published))


def run(items: Iterable[Document | Failure], store: Store, settings: Settings,
        options: RunOptions = RunOptions(), progress: Progress | None = None) -> IngestReport:
    """Annotate and store documents, then merge: `readout ingest` with `--workers N`."""
    report = IngestReport()
    fresh = ingest.new_documents(items, store, report, progress)
    for result in _annotated(fresh, settings, options):
        ingest.record(result, store, report)
    store.merge_pending(merge.merge_group)
    return report


def _annotated(documents: Iterator[Document], settings: Settings,
               options: RunOptions) -> Iterator[Result]:
    chunks = _chunks(documents, options.chunk if options.workers > 1 else settings.batch_size)
    first = next(chunks, None)
    if first is None:  # nothing new: no model to load, no pool to start
        return
    chunks = itertools.chain([first], chunks)
    if options.workers <= 1:
        for chunk in chunks:
            yield from annotate_batch(chunk, settings, options)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a parent holding threads
    with context.Pool(options.workers, initializer=_load, initargs=(settings,)) as pool:
        # Chunks are read here, in the thread that owns the database connection, and at most
        # two per worker are in flight; results come back in input order.
        waiting: deque[AsyncResult[list[Result]]] = deque()
        for chunk in chunks:
            waiting.append(pool.apply_async(_work, ((chunk, settings, options),)))
            if len(waiting) >= 2 * options.workers:
                yield from waiting.popleft().get()
        while waiting:
            yield from waiting.popleft().get()


def _load(settings: Settings) -> None:
    cached_annotator(settings)


def _work(job: tuple[list[Document], Settings, RunOptions]) -> list[Result]:
    return annotate_batch(*job)


def _chunks(documents: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while chunk := list(itertools.islice(documents, max(size, 1))):
        yield chunk


def run_paths(paths: Sequence[str], store: Store, settings: Settings,
              options: RunOptions, origin: Origin = NEWS,
              progress: Progress | None = None) -> IngestReport:
    """`readout ingest --workers N`: files and folders, attributed to `origin`."""
    urls = [p for p in paths if is_url(p)]
    if urls:
        raise UsageError(f"--workers reads files and folders, not URLs ({urls[0]}); ingest "
                         "URLs in a separate run without --workers")
    items = (_attributed(item, origin) for item in ingest.read(paths, settings))
    return run(items, store, settings, options, progress)


def _attributed(item: Document | Failure, origin: Origin) -> Document | Failure:
    if isinstance(item, Failure) or origin.source_kind == "news":
        return item
    return replace(item, source_kind=origin.source_kind, speaks_for=origin.speaks_for,
                   source=origin.source or item.source)
