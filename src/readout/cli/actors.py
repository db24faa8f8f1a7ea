"""`readout actors resolve` and `readout actors show`: the knowledge base from the shell."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from readout.actors import ActorFinder, load_kb, wikidata
from readout.actors.resolve import resolve, roles_over_time
from readout.cli.common import ConfigOption, check_day, settings_for
from readout.contract import actor_json
from readout.errors import UsageError
from readout.nlp import load_pipeline


def resolve_command(
    text: Annotated[str, typer.Argument(help="The mention: a name, title, pronoun, ...")],
    date: Annotated[str, typer.Option("--date", help="The article's date (YYYY-MM-DD).")],
    context: Annotated[str | None, typer.Option(
        "--context", help="The sentence the mention is in.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (null if none).")] = False,
    config: ConfigOption = None,
) -> None:
    """Who a mention refers to on a date."""
    settings = settings_for(config)
    day = check_day(date, "--date") or date
    nlp = load_pipeline()
    finder = ActorFinder(load_kb(settings.actor_folders()), nlp)
    found = resolve(finder, nlp, text, day, context)
    if as_json:
        payload = None if found is None else {**(actor_json(found.actor) or {}),
                                              "role": found.role}
        typer.echo(json.dumps(payload, ensure_ascii=False))
    elif found is None:
        typer.echo(f"no actor found for {text!r} on {day}")
    else:
        role = f", {found.role}" if found.role else ""
        typer.echo(f"{found.actor.name} ({found.actor.kind}{role}; {found.actor.country or '-'};"
                   f" id {found.actor.id or '-'})")


def show_command(
    name: Annotated[str, typer.Argument(help="A person's name as the knowledge base has it.")],
    config: ConfigOption = None,
) -> None:
    """A person's offices over time."""
    settings = settings_for(config)
    kb = load_kb(settings.actor_folders())
    terms = roles_over_time(kb, name)
    if not terms:
        raise UsageError(f"no person {name!r} with offices in the knowledge base; "
                         "check the spelling or add them (see src/readout/actors/data/README.md)")
    typer.echo(name)
    for term in terms:
        typer.echo(f"  {term.start or '?':<10} – {term.end or 'now':<10} {term.title} "
                   f"({term.office}, {term.country})")


def import_command(
    export: Annotated[Path, typer.Argument(help="A Wikidata query export, .json or .csv.")],
    out: Annotated[Path, typer.Option("--out", help="Your actors folder (setting `actors`).")],
    config: ConfigOption = None,
) -> None:
    """Add office-holders from a Wikidata query export to your own actors folder."""
    settings = settings_for(config)
    if not export.is_file():
        raise UsageError(f"{export}: no such file; give the path of the downloaded export")
    imported = wikidata.convert(wikidata.read_rows(export), load_kb(settings.actor_folders()))
    for path in wikidata.write_tsv(out, imported):
        typer.echo(f"wrote {path}")
    for line in imported.skipped:
        typer.echo(f"skipped {line}", err=True)
    typer.echo(f"{len(imported.people)} people, {len(imported.roles)} terms imported, "
               f"{len(imported.skipped)} rows skipped; use them with READOUT_ACTORS={out}")
