"""Ingest and extract: the library functions behind `readout ingest` and `readout extract`.

Both read any source kind and run stages 2-7 per document; a bad input becomes a Failure
and the batch goes on. Ingest stores the results, then re-merges events (stage 8).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from readout import merge, sources
from readout.errors import InputError
from readout.pipeline import Annotator, failure
from readout.records import Annotation, Document, Failure
from readout.settings import Settings
from readout.store import Store

Progress = Callable[[int], None]


@dataclass
class IngestReport:
    new: int = 0
    known: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    failures: list[Failure] = field(default_factory=list)


def count_inputs(paths: Sequence[str | Path]) -> int:
    """How many files a batch holds, for a progress bar."""
    return sum(1 for item in sources.expand_paths(paths) if not isinstance(item, InputError))


def read(paths: Iterable[str | Path], settings: Settings) -> Iterator[Document | Failure]:
    options = sources.SourceOptions(max_document_bytes=settings.max_document_bytes)
    for item in sources.read_paths(paths, options):
        yield failure(getattr(item, "path", ""), "sources", item) if isinstance(
            item, InputError) else item


def ingest(paths: Sequence[str | Path], store: Store, settings: Settings,
           annotator: Callable[[], Annotator], progress: Progress | None = None) -> IngestReport:
    return ingest_documents(read(paths, settings), store, settings, annotator, progress)


def ingest_documents(items: Iterable[Document | Failure], store: Store, settings: Settings,
                     annotator: Callable[[], Annotator],
                     progress: Progress | None = None) -> IngestReport:
    """Annotate and store documents from any source (files, fetched pages), then merge."""
    report = IngestReport()
    fresh = new_documents(items, store, report, progress)
    first = next(fresh, None)
    if first is not None:  # load the model only when there is something new to read
        for result in annotator().annotate(itertools.chain([first], fresh)):
            record(result, store, report)
    store.merge_pending(merge.merge_group)
    return report


def new_documents(items: Iterable[Document | Failure], store: Store, report: IngestReport,
                  progress: Progress | None) -> Iterator[Document]:
    """The documents not stored yet; failures are recorded on the way."""
    for item in items:
        if progress:
            progress(1)
        if isinstance(item, Failure):
            record(item, store, report)
        elif store.has_document(item.id):
            report.known += 1
        else:
            yield item


def record(result: Annotation | Failure, store: Store, report: IngestReport) -> None:
    """Store one result (or its failure) and count it in the report."""
    if isinstance(result, Failure):
        store.add_failure(result)
        report.failed += 1
        report.failures.append(result)
        return
    if store.add(result):
        report.new += 1
        report.events += len(result.events)
        report.quotes += len(result.quotes)
    else:
        report.known += 1


def extract(paths: Sequence[str | Path], settings: Settings, annotator: Annotator,
            published: str | None = None) -> Iterator[Annotation | Failure]:
    """Annotate without a database: what `readout extract` prints. Documents stream through
    in batches, so an archive of any size runs in bounded memory."""
    failures: list[Failure] = []

    def documents() -> Iterator[Document]:
        for item in read(paths, settings):
            if isinstance(item, Failure):
                failures.append(item)
            else:
                yield item

    for result in annotator.annotate(documents(), published):
        yield from _drain(failures)
        yield result
    yield from _drain(failures)


def _drain(failures: list[Failure]) -> Iterator[Failure]:
    while failures:
        yield failures.pop(0)
