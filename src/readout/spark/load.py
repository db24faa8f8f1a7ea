"""`readout load`: the Parquet tables of a Spark job into a store (SQLite or PostgreSQL).

Reading needs pyarrow only, not Spark. Documents go in through the store's own `add`, so the
store files their group keys and finds their reuse links exactly as `readout ingest` does;
then the groups they touched are merged with the job's events: a group whose mentions are
exactly the ones the job merged takes the job's events as they are, and any other group (one
that already held documents before the load) is merged again by `merge.merge_group`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from readout import merge
from readout.errors import UsageError
from readout.merge import SourcedMention
from readout.records import Annotation, Event, Failure
from readout.spark import rows as R

NEEDED = ("documents", "mentions", "quotes", "events", "failures")


class Target(Protocol):
    """What loading needs of a store; `Store` and `PostgresStore` both have it."""

    def has_document(self, document_id: str) -> bool: ...
    def add(self, annotation: Annotation) -> bool: ...
    def add_failure(self, failure: Failure) -> None: ...
    def merge_pending(self, merge_group: Any) -> int: ...


@dataclass
class LoadReport:
    new: int = 0
    known: int = 0
    failures: int = 0
    groups: int = 0
    merged_again: list[str] = field(default_factory=list)  # groups the job's events did not fit


def load(folder: Path, store: Target) -> LoadReport:
    """Load the tables under `folder` (written by `readout spark extract`)."""
    missing = [name for name in NEEDED if not (folder / name).is_dir()]
    if missing:
        raise UsageError(f"{folder} is not the output of `readout spark extract` (no "
                         f"{', '.join(missing)} folder); give the --out folder of a job")
    report = LoadReport()
    mentions = _by(_table(folder / "mentions"), "document_id")
    quotes = _by(_table(folder / "quotes"), "document_id")
    for document in sorted(_table(folder / "documents"), key=lambda r: str(r["id"])):
        if store.has_document(document["id"]):
            report.known += 1
            continue
        annotation = R.annotation_from(document, mentions.get(document["id"], []),
                                       quotes.get(document["id"], []))
        report.new += store.add(annotation)
    for row in _table(folder / "failures"):
        store.add_failure(Failure(row["path"], row["stage"], row["code"], row["message"]))
        report.failures += 1
    events = _by(_table(folder / "events"), "group_key")
    report.groups = store.merge_pending(_Precomputed(events, report))
    return report


class _Precomputed:
    """A merge function that answers with the job's events when they fit the group."""

    def __init__(self, events: dict[str, list[dict[str, Any]]], report: LoadReport) -> None:
        self.events = events
        self.report = report

    def __call__(self, group: Sequence[SourcedMention],
                 links: Sequence[tuple[str, str]]) -> list[Event]:
        if not group:
            return []
        key = merge.group_key(group[0].mention, group[0].published)
        found = [R.event_from_row(row) for row in self.events.get(key, [])]
        reports = {(s.document, s.position) for e in found for s in e.sources}
        if reports == {(m.document, m.position) for m in group}:
            return found
        self.report.merged_again.append(key)
        return merge.merge_group(group, links)


def _table(path: Path) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    dataset = ds.dataset(str(path), format="parquet", partitioning="hive")
    columns = [name for name in dataset.schema.names if name != "month"]
    return list(dataset.to_table(columns=columns).to_pylist())


def _by(table: list[dict[str, Any]], column: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in table:
        out[row[column]].append(row)
    return out
