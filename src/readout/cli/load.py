"""`readout load DIR --db FILE|postgresql://...`: a Spark job's Parquet tables into a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from readout.cli.common import ConfigOption
from readout.settings import load_settings
from readout.spark.load import load
from readout.store.postgres import open_store


def load_command(
    folder: Annotated[Path, typer.Argument(help="The --out folder of `readout spark extract`.")],
    db: Annotated[str | None, typer.Option(
        "--db", help="SQLite file, or a PostgreSQL URL (postgresql://user@host/dbname).")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Load the documents, quotes and merged events of a Spark job into the database."""
    settings = load_settings(config).with_overrides(db=db)
    with open_store(settings.db) as store:
        report = load(folder, store)
        counts = store.counts()
    again = f" ({len(report.merged_again)} groups merged again)" if report.merged_again else ""
    typer.echo(f"{report.new} new, {report.known} already known documents, "
               f"{report.failures} failures; {counts.events} events from "
               f"{counts.documents} documents in {settings.db}{again}")
