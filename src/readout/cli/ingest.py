"""`readout ingest PATH|URL...`: read articles into the database and merge their events."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from readout import ingest as library
from readout import runner
from readout.cli.common import ConfigOption, DbOption, echo_failure, settings_for
from readout.errors import InputError
from readout.fetch import follow
from readout.fetch.pages import NEWS, Origin
from readout.pipeline import Annotator
from readout.store import Store


def ingest_command(
    paths: Annotated[list[str], typer.Argument(
        help="Files (.txt, .html, .jsonl), folders, or http(s) URLs of pages and feeds.")],
    official: Annotated[str | None, typer.Option(
        "--official", help="The documents are official readouts of this government "
        "(ISO code such as CN, or an organisation id such as UN).")] = None,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, help="Worker processes that annotate in parallel (files and "
        "folders only), each loading the model once.")] = 1,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Ingest articles: extract events and quotes, store them, merge events across sources."""
    settings = settings_for(config, db)
    origin = Origin.official(official) if official else NEWS
    total = library.count_inputs([p for p in paths if not follow.is_url(p)])
    with Store(settings.db) as store, _progress(total, settings.progress_threshold) as bar:
        task = bar.add_task("ingesting", total=total)
        polls: list[follow.PollReport] = []
        if workers > 1:
            report = runner.run_paths(paths, store, settings, runner.RunOptions(
                workers=workers), origin, progress=lambda n: bar.advance(task, n))
        else:
            report, polls = follow.ingest_inputs(
                paths, store, settings, lambda: Annotator(settings),
                follow.InputOptions(origin, progress=lambda n: bar.advance(task, n)))
        counts = store.counts()
    for poll in polls:
        typer.echo(poll.line())
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
