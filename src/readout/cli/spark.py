"""`readout spark extract INPUT... --out DIR`: the pipeline as an Apache Spark job."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from readout.cli.common import ConfigOption, check_day, settings_for


def extract_command(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (.txt, .html, .jsonl), folders, or Parquet tables of records with a "
        "`text` column.")],
    out: Annotated[Path, typer.Option(
        "--out", help="Folder for the Parquet tables (replaced if it exists).")],
    master: Annotated[str | None, typer.Option(
        "--master", help="Spark master, e.g. local[4]; default: what spark-submit set, "
        "else local[*].")] = None,
    partitions: Annotated[int, typer.Option(
        "--partitions", min=0, help="Partitions for the annotate step (0: Spark's default "
        "parallelism).")] = 0,
    triage: Annotated[bool, typer.Option(
        "--triage", help="Parse only documents that name a known actor and use a contact "
        "word.")] = False,
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date of every input (YYYY-MM-DD).")] = None,
    config: ConfigOption = None,
) -> None:
    """Run stages 1-8 on Spark and write documents, mentions, quotes, events, failures and
    reuse links as Parquet (load them with `readout load`)."""
    from readout.spark import job

    settings = settings_for(config)
    spark = job.session(master)
    options = job.JobOptions(partitions=partitions, triage=triage,
                             published=check_day(published, "--published"))
    report = job.extract(spark, inputs, out, settings, options)
    typer.echo(f"{report.documents} documents, {report.mentions} event mentions, "
               f"{report.events} events, {report.quotes} quotes, {report.reuse} reuse links, "
               f"{report.failures} failures in {out}")
