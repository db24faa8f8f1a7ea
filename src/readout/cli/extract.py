"""`readout extract PATH...`: events and quotes as JSON lines, without a database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from readout import ingest as library
from readout.cli.common import ConfigOption, check_day, echo_failure, settings_for
from readout.contract import annotation_json
from readout.errors import InputError
from readout.pipeline import Annotator
from readout.records import Failure


def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .jsonl) or folders.")],
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date (YYYY-MM-DD) for every document.")] = None,
    text: Annotated[bool, typer.Option(
        "--text", help="Include the cleaned text that offsets point into.")] = False,
    config: ConfigOption = None,
) -> None:
    """Print one JSON object per document: events, quotes, publication date."""
    settings = settings_for(config)
    given = check_day(published, "--published")
    failed = 0
    for result in library.extract(paths, settings, Annotator(settings), given):
        if isinstance(result, Failure):
            echo_failure(result.message)
            failed += 1
            continue
        typer.echo(json.dumps(annotation_json(result, with_text=text), ensure_ascii=False))
    if failed:
        raise typer.Exit(InputError.exit_code)
