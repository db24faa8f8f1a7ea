"""Stage 10, views on the web: `readout serve` (pages, JSON API, ingest from the browser)."""

from readout.web.app import create_app, web_config
from readout.web.security import WebConfig, is_loopback, token_for

__all__ = ["WebConfig", "create_app", "is_loopback", "token_for", "web_config"]
