"""Stage 10, views: events as a timeline, a table, CSV or JSON lines, and one event in full.

Functions here return text; the CLI prints it. They read records, never SQL.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from readout.records import ActorRef, Event, Quote, ReuseLink, Source

_MARK = {"meeting": "●", "call": "☎"}


def names(actors: Sequence[ActorRef]) -> str:
    return " – ".join(a.name for a in actors)


def describe(event: Event) -> str:
    """One line: who, how, where, on what occasion."""
    parts = [f"{names(event.participants)} ({event.type})"]
    if event.location:
        parts.append(f"in {event.location.name}")
    if event.occasion:
        parts.append(f"at {event.occasion}")
    if event.status != "happened":
        parts.append(f"[{event.status}]")
    return " ".join(parts)


def _sources_label(event: Event) -> str:
    total = len(event.sources)
    return f"{total} source{'s' * (total != 1)}, {event.independent_sources} independent"


def timeline(events: Sequence[Event], width: int = 100) -> str:
    """Events by date, grouped by year; background mentions marked."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    year = None
    for event in events:
        event_year = event.date[:4] if event.date else "undated"
        if event_year != year:
            year = event_year
            console.print(Text(f"\n{year}", style="bold"))
        line = Text(f"  {event.date or '?':<10} {_MARK.get(event.type, '·')} ")
        line.append(describe(event))
        line.append(f"  ({_sources_label(event)}" + (", background)" if event.background
                                                       else ")"))
        console.print(line, soft_wrap=True)
        console.print(Text(f"             {event.id}", style="dim"))
    if not events:
        console.print("No events yet: run `readout ingest PATH` first.")
    return console.export_text()


def table(events: Sequence[Event], width: int = 140) -> str:
    grid = Table(show_lines=False, width=width)
    for column in ("id", "date", "type", "participants", "location", "occasion", "sources"):
        grid.add_column(column, overflow="fold")
    for event in events:
        grid.add_row(event.id, event.date or "", event.type, names(event.participants),
                     event.location.name if event.location else "", event.occasion or "",
                     f"{len(event.sources)}/{event.independent_sources}")
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(grid)
    return console.export_text()


def show(event: Event, quotes: Sequence[tuple[str, Quote]], width: int = 100,
         reuse: Sequence[ReuseLink] = ()) -> str:
    """One event with every source, its evidence, its documents' reuse links and quotes."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(Text(describe(event), style="bold"))
    rows = [("id", event.id), ("date", event.date or "unknown"), ("type", event.type),
            ("status", event.status), ("background", "yes" if event.background else "no"),
            ("location", _location(event)), ("occasion", event.occasion or ""),
            ("topics", "; ".join(event.topics)), ("sources", _sources_label(event)),
            ("merged on", ", ".join(event.merged_on))]
    rows += [("conflict", f"{c.field} {c.value} in {', '.join(c.documents)}")
             for c in event.conflicts]
    for key, value in rows:
        console.print(f"  {key:<11} {value}")
    official = [s for s in event.sources if s.source_kind == "official"]
    news = [s for s in event.sources if s.source_kind != "official"]
    if official:  # official readouts first, apart from news reports
        console.print(Text("\n  Official readouts", style="bold underline"))
        _sources(console, official)
        if news:
            console.print(Text("\n  News reports", style="bold underline"))
    _sources(console, news)
    _reuse(console, reuse)
    _quotes(console, quotes)
    return console.export_text()


def _reuse(console: Console, links: Sequence[ReuseLink]) -> None:
    if not links:
        return
    console.print(Text("\n  Reuse (documents that copy or rewrite one another)", style="bold"))
    for link in links:
        console.print(f"  {link.first} ↔ {link.second}  {link.kind} ({link.score:g})")


def _sources(console: Console, sources: Sequence[Source]) -> None:
    for source in sources:
        speaks = f" [speaks for {source.speaks_for}]" if source.speaks_for else ""
        console.print(Text(f"\n  {source.title or source.path}{speaks}", style="bold"))
        console.print(f"  {source.path} (document {source.document})")
        console.print(f"  “{source.evidence.text}”")


def _location(event: Event) -> str:
    if event.location is None:
        return ""
    country = event.location.country
    return event.location.name + (f", {country}" if country and country !=
                                  event.location.name else "")


def _quotes(console: Console, quotes: Sequence[tuple[str, Quote]]) -> None:
    direct = [(d, q) for d, q in quotes if q.direct and q.speaker]
    if not direct:
        return
    console.print(Text("\n  What was said about it", style="bold"))
    for _, quote in direct:
        speaker = quote.speaker.name if quote.speaker else "?"
        console.print(f"  {speaker}: “{quote.text.strip()}”")
