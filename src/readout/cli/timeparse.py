"""`readout time parse --anchor DATE`: date expressions on standard input, as JSON lines."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Annotated

import typer

from readout import time
from readout.cli.common import check_day


def parse_command(
    anchor: Annotated[str | None, typer.Option(
        "--anchor", help="The date relative expressions resolve against (YYYY-MM-DD).")] = None,
) -> None:
    """Read text on standard input; print one JSON object per date expression."""
    day = check_day(anchor, "--anchor")
    text = sys.stdin.read()
    for mention in time.find_dates(text, dt.date.fromisoformat(day) if day else None):
        typer.echo(json.dumps({"text": mention.span.text, "start": mention.span.start,
                               "end": mention.span.end, "value": mention.value}))
