"""`readout events`, `readout timeline`, `readout show`: merged events from the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Annotated

import typer

from readout import export, views
from readout.cli.common import ConfigOption, DbOption, check_date, settings_for
from readout.errors import UsageError
from readout.records import Event
from readout.store import EventFilter
from readout.store.postgres import open_store


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class EventType(StrEnum):
    meeting = "meeting"
    call = "call"


ActorOption = Annotated[list[str] | None, typer.Option(
    "--actor", help="Only events with this participant (name, country or id); repeatable.")]
SinceOption = Annotated[str | None, typer.Option(
    "--since", help="From this date (YYYY[-MM[-DD]]).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to this date.")]
TypeOption = Annotated[EventType | None, typer.Option("--type", help="meeting or call.")]


def event_filter(actor: list[str] | None, since: str | None, until: str | None,
            kind: EventType | None) -> EventFilter:
    return EventFilter(actors=tuple(actor or ()), since=check_date(since, "--since"),
                       until=check_date(until, "--until"), type=kind.value if kind else None)


def events_command(
    actor: ActorOption = None, since: SinceOption = None, until: UntilOption = None,
    kind: TypeOption = None,
    output: Annotated[Format, typer.Option("--format", help="table, json or csv.")] = Format.table,
    db: DbOption = None, config: ConfigOption = None,
) -> None:
    """List merged events, oldest first."""
    settings = settings_for(config, db)
    with open_store(settings.db) as store:
        found = store.events(event_filter(actor, since, until, kind))
    renderers: dict[Format, Callable[[Sequence[Event]], str]] = {
        Format.table: views.table, Format.json: export.jsonl_text,
        Format.csv: export.csv_text}
    render = renderers[output]
    typer.echo(render(found), nl=False)


def timeline_command(
    actor: ActorOption = None, since: SinceOption = None, until: UntilOption = None,
    kind: TypeOption = None, db: DbOption = None, config: ConfigOption = None,
) -> None:
    """Print the events as a dated timeline."""
    settings = settings_for(config, db)
    with open_store(settings.db) as store:
        found = store.events(event_filter(actor, since, until, kind))
    typer.echo(views.timeline(found), nl=False)


def show_command(
    event_id: Annotated[str, typer.Argument(help="An event id from `readout events`.")],
    db: DbOption = None, config: ConfigOption = None,
) -> None:
    """Show one event: its fields, every source with its evidence, and what was said about it."""
    settings = settings_for(config, db)
    with open_store(settings.db) as store:
        event = store.event(event_id)
        if event is None:
            raise UsageError(f"no event {event_id!r} in {settings.db}; "
                             "list ids with `readout events`")
        documents = sorted({s.document for s in event.sources})
        reports = {(s.document, s.position) for s in event.sources}
        quotes = [(d, q) for d, q in store.quotes_of(documents) if (d, q.event) in reports]
        reuse = store.reuse_links(documents)
    typer.echo(views.show(event, quotes, reuse=reuse), nl=False)
