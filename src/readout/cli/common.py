"""Options and helpers shared by the commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from readout.errors import UsageError
from readout.settings import Settings, load_settings

# A string, not a Path: a PostgreSQL URL (postgresql://host/db) must keep its two slashes.
DbOption = Annotated[str | None, typer.Option(
    "--db", help="SQLite database file (setting `db`, env READOUT_DB; default readout.db).")]
ConfigOption = Annotated[Path | None, typer.Option(
    "--config", help="Settings file (default readout.toml in the working directory).")]


def settings_for(config: Path | None, db: str | Path | None = None) -> Settings:
    return load_settings(config).with_overrides(db=str(db) if db else None)


def check_date(value: str | None, option: str) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD option value, or a usage error."""
    if value is None:
        return None
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(value) == size:
            try:
                dt.datetime.strptime(value, fmt)
                return value
            except ValueError:
                break
    raise UsageError(f"{option} {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")


def echo_failure(message: str) -> None:
    typer.echo(f"readout: {message}", err=True)


def check_day(value: str | None, option: str) -> str | None:
    """A YYYY-MM-DD option value, or a usage error."""
    checked = check_date(value, option)
    if checked is not None and len(checked) != 10:
        raise UsageError(f"{option} needs a full date, YYYY-MM-DD")
    return checked
