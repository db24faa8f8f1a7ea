"""`readout quotes`: who said what, searched by words, speaker and date."""

from __future__ import annotations

import io
import json
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from readout import browse
from readout.cli.common import ConfigOption, DbOption, check_date, settings_for
from readout.contract import actor_json
from readout.store import Store


class QuoteFormat(StrEnum):
    table = "table"
    json = "json"


def quotes_command(
    speaker: Annotated[str | None, typer.Option(
        "--speaker", help="Only quotes of this speaker (a name, or part of one).")] = None,
    search: Annotated[str | None, typer.Option(
        "--search", help="Words the quote must contain (full-text search, best first).")
    ] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Only from documents published on or after this date.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=200,
                                       help="At most this many quotes.")] = 50,
    output: Annotated[QuoteFormat, typer.Option("--format", help="table or json.")
                      ] = QuoteFormat.table,
    db: DbOption = None, config: ConfigOption = None,
) -> None:
    """Search the stored quotes: speaker, words and date."""
    settings = settings_for(config, db)
    with Store(settings.db) as store:
        found = browse.search_quotes(store, text=search, speaker=speaker,
                                     since=check_date(since, "--since"),
                                     until=check_date(until, "--until"),
                                     paging=browse.Paging(page=1, per_page=limit))
    if output is QuoteFormat.json:
        for quote in found.items:
            typer.echo(json.dumps({
                "speaker": actor_json(quote.speaker), "text": quote.text,
                "direct": quote.direct, "cue": quote.cue, "channel": quote.channel,
                "document": quote.document, "title": quote.document_title,
                "published": quote.published}, ensure_ascii=False))
        return
    typer.echo(_table(found), nl=False)


def _table(found: browse.QuoteList, width: int = 140) -> str:
    grid = Table(width=width, show_lines=False)
    for column in ("published", "speaker", "quote", "channel", "document"):
        grid.add_column(column, overflow="fold")
    for quote in found.items:
        text = quote.text.strip()
        grid.add_row(quote.published or "", quote.speaker.name if quote.speaker else "?",
                     f"“{text}”" if quote.direct else f"(reported) {text}",
                     quote.channel or "", quote.document_title)
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(grid)
    console.print(f"{len(found.items)} of {found.total} quotes")
    return console.export_text()
