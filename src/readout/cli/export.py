"""`readout export` and `readout rebuild`: merged events out, and merged again from scratch."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from readout import export, merge
from readout.cli.common import ConfigOption, DbOption, settings_for
from readout.cli.events import (
    ActorOption,
    SinceOption,
    TypeOption,
    UntilOption,
    event_filter,
)
from readout.errors import UsageError
from readout.store import Store


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"


def export_command(
    output: Annotated[ExportFormat, typer.Option(
        "--format", help="jsonl, csv, parquet or plover.")] = ExportFormat.jsonl,
    out: Annotated[Path | None, typer.Option(
        "--out", help="File to write (default: standard output; required for parquet).")
    ] = None,
    actor: ActorOption = None, since: SinceOption = None, until: UntilOption = None,
    kind: TypeOption = None, db: DbOption = None, config: ConfigOption = None,
) -> None:
    """Export merged events with all their sources, for analysts' own tools."""
    settings = settings_for(config, db)
    with Store(settings.db) as store:
        found = store.events(event_filter(actor, since, until, kind))
    if out is None:
        if output is ExportFormat.parquet:
            raise UsageError("parquet is binary: give a file with --out FILE.parquet")
        render = {ExportFormat.jsonl: export.jsonl_text, ExportFormat.csv: export.csv_text,
                  ExportFormat.plover: export.plover_text}[output]
        sys.stdout.write(render(found))
        return
    export.write(found, output.value, out)
    typer.echo(f"{len(found)} events written to {out} ({output.value})", err=True)


def rebuild_command(db: DbOption = None, config: ConfigOption = None) -> None:
    """Merge all stored mentions into events again from scratch (after a rules upgrade)."""
    settings = settings_for(config, db)
    with Store(settings.db) as store:
        groups = store.rebuild_events(merge.merge_group)
        counts = store.counts()
    typer.echo(f"{counts.events} events from {counts.mentions} mentions in {groups} groups "
               f"in {settings.db}")
