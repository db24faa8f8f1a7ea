"""The `readout` command: one module per command, each a thin layer over the library.

Exit codes: 0 success; 1 unexpected error; 2 bad usage or settings; 3 the batch finished
but some inputs failed (each named on stderr, and recorded in the store); 4 the database
cannot be opened or written; 5 the spaCy pipeline is not installed.
"""

from __future__ import annotations

import sys

import typer

from readout.cli import (
    actors,
    events,
    export,
    extract,
    ingest,
    load,
    quotes,
    serve,
    spark,
    timeparse,
    watch,
)
from readout.errors import ReadoutError

app = typer.Typer(
    name="readout", no_args_is_help=True, add_completion=False,
    help="Diplomatic news in, a sourced database of meetings, calls and quotes out.",
)
app.command("ingest")(ingest.ingest_command)
app.command("extract")(extract.extract_command)
app.command("events")(events.events_command)
app.command("timeline")(events.timeline_command)
app.command("show")(events.show_command)
app.command("quotes")(quotes.quotes_command)
app.command("export")(export.export_command)
app.command("rebuild")(export.rebuild_command)
app.command("watch")(watch.watch_command)
app.command("serve")(serve.serve_command)
app.command("load")(load.load_command)
spark_app = typer.Typer(no_args_is_help=True, help="The pipeline on Apache Spark "
                        "(readout[spark]).")
spark_app.command("extract")(spark.extract_command)
app.add_typer(spark_app, name="spark")
time_app = typer.Typer(no_args_is_help=True, help="Date expressions.")
time_app.command("parse")(timeparse.parse_command)
app.add_typer(time_app, name="time")
actors_app = typer.Typer(no_args_is_help=True, help="The knowledge base of actors.")
actors_app.command("resolve")(actors.resolve_command)
actors_app.command("show")(actors.show_command)
actors_app.command("import")(actors.import_command)
app.add_typer(actors_app, name="actors")


def main() -> None:
    try:
        # Without standalone mode click returns the code of a `typer.Exit` instead of exiting.
        code = app(standalone_mode=False)
    except ReadoutError as error:
        typer.echo(f"readout: {error}", err=True)
        sys.exit(error.exit_code)
    except typer.Abort:
        typer.echo("readout: aborted", err=True)
        sys.exit(130)
    except (typer.BadParameter, typer.Exit) as exc:
        _click_exit(exc)
    sys.exit(code if isinstance(code, int) else 0)


def _click_exit(exc: Exception) -> None:
    import click

    if isinstance(exc, click.exceptions.Exit):
        sys.exit(exc.exit_code)
    if isinstance(exc, click.ClickException):
        exc.show()
        sys.exit(2)
    raise exc
