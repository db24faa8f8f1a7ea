"""`readout ingest PATH...`: read articles into the database and merge their events."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from readout import ingest as library
from readout.cli.common import ConfigOption, DbOption, echo_failure, settings_for
from readout.errors import InputError
from readout.pipeline import Annotator
from readout.store import Store


def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .jsonl) or folders.")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Ingest articles: extract events and quotes, store them, merge events across sources."""
    settings = settings_for(config, db)
    total = library.count_inputs(paths)
    with Store(settings.db) as store, _progress(total, settings.progress_threshold) as bar:
        task = bar.add_task("ingesting", total=total)
        report = library.ingest(paths, store, settings, lambda: Annotator(settings),
                                progress=lambda n: bar.advance(task, n))
        counts = store.counts()
    for failure in report.failures:
        echo_failure(failure.message)
    typer.echo(
        f"{report.new} new, {report.known} already known, {report.failed} failed documents; "
        f"{report.events} event mentions and {report.quotes} quotes found; "
        f"{counts.events} events from {counts.documents} documents in {settings.db}")
    if report.failed:
        raise typer.Exit(InputError.exit_code)


def _progress(total: int, threshold: int) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    disable=total < threshold, transient=True)
