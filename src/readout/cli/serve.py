"""`readout serve`: the web app and HTTP API on a local address."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from readout.cli.common import ConfigOption, DbOption, settings_for
from readout.errors import UsageError


def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on. Any address but loopback needs a write token.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    config: ConfigOption = None,
) -> None:
    """Browse the database in a web browser: timeline, events, actors, quotes, documents,
    ingest; JSON twins of every page under /api."""
    import uvicorn

    from readout.web import create_app, is_loopback, token_for, web_config

    if not 0 < port < 65536:
        raise UsageError(f"--port {port} is not a port; use 1 to 65535")
    settings = settings_for(config, db)
    token = token_for(host, os.environ.get("READOUT_TOKEN") or None)
    app = create_app(settings, web_config(settings, token))
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"readout: serving {settings.db} at http://{shown}:{port}/ (Ctrl-C stops)")
    if token and not is_loopback(host):
        typer.echo(f"readout: writes need the token {token} "
                   "(set READOUT_TOKEN to choose it)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
