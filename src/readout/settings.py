"""Settings: one declared table, loaded from `readout.toml` and `READOUT_*` variables.

Precedence, lowest first: the default in `SETTINGS`, the `[readout]` table of `readout.toml`
in the working directory (or the file named by `READOUT_CONFIG`), the environment variable
`READOUT_<NAME>` (upper case), then a command-line option. Values are validated on load and
passed explicitly: there is no global settings object.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from readout.errors import SettingsError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "readout.db", "SQLite database file used by ingest, events, timeline and show."),
    Setting("max_document_bytes", 20_000_000, "Larger input files (or JSON Lines records) "
            "are refused (bytes)."),
    Setting("max_documents_per_request", 50, "Most documents (files and pasted texts) one "
            "HTTP ingest request may carry; more are refused with 413."),
    Setting("max_request_bytes", 25_000_000, "Largest HTTP request body the server reads "
            "(bytes); larger requests are refused with 413."),
    Setting("batch_size", 64, "Paragraphs sent to the spaCy pipeline per batch."),
    Setting("min_english_ratio", 0.12, "Share of English function words below which a text "
            "of 40 words or more is refused as not English."),
    Setting("progress_threshold", 20, "Show a progress bar for batches of at least this many "
            "documents."),
    Setting("actors", "", "Folders of your own knowledge-base TSV files, separated by ':' "
            "(same format as the bundled ones)."),
    Setting("fetch_timeout", 20.0, "Seconds to wait for a web server to connect or answer."),
    Setting("fetch_attempts", 4, "Tries per URL on network errors, 5xx and 429 answers, "
            "with exponential backoff between them."),
    Setting("host_interval", 1.0, "Least seconds between two requests to the same host."),
    Setting("fetch_contact", "", "A URL or e-mail address added to the User-Agent, so site "
            "owners can reach you."),
)


@dataclass(frozen=True)
class Settings:
    db: str = "readout.db"
    max_document_bytes: int = 20_000_000
    max_documents_per_request: int = 50
    max_request_bytes: int = 25_000_000
    batch_size: int = 64
    min_english_ratio: float = 0.12
    progress_threshold: int = 20
    actors: str = ""
    fetch_timeout: float = 20.0
    fetch_attempts: int = 4
    host_interval: float = 1.0
    fetch_contact: str = ""

    def actor_folders(self) -> tuple[Path, ...]:
        return tuple(Path(p) for p in self.actors.split(":") if p.strip())

    def with_overrides(self, **values: Any) -> Settings:
        """A copy with the given non-None values replaced (command-line options)."""
        given = {key: value for key, value in values.items() if value is not None}
        return replace(self, **_validated(given)) if given else self


def load_settings(
    config: Path | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Read defaults, then the config file, then the environment."""
    env = os.environ if environ is None else environ
    path = config or Path(env.get("READOUT_CONFIG", "readout.toml"))
    values: dict[str, Any] = {}
    if path.is_file():
        values.update(_read_toml(path))
    for setting in SETTINGS:
        raw = env.get(f"READOUT_{setting.name.upper()}")
        if raw is not None:
            values[setting.name] = raw
    return Settings(**_validated(values))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(
            f"{path}: cannot read settings ({exc}); fix or remove the file") from exc
    table = data.get("readout", data)
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [readout] must be a table of settings")
    return dict(table)


def _validated(values: Mapping[str, Any]) -> dict[str, Any]:
    known = {f.name: f.type for f in fields(Settings)}
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in known:
            raise SettingsError(
                f"unknown setting {name!r}; known settings: {', '.join(sorted(known))}"
            )
        out[name] = _coerce(name, value, _default_of(name))
    return out


def _default_of(name: str) -> Any:
    return next(s.default for s in SETTINGS if s.name == name)


def _coerce(name: str, value: Any, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return str(value).lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int) and not isinstance(default, bool):
            number = int(value)
            if number <= 0:
                raise ValueError("must be positive")
            return number
        if isinstance(default, float):
            return float(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(
            f"setting {name!r} has a bad value {value!r} ({exc}); "
            f"expected a {type(default).__name__} like {default!r}"
        ) from exc
