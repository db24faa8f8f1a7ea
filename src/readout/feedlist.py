"""The list of sources to follow: a TOML file of `[[feed]]` tables (see feeds.example.toml).

    [[feed]]
    name = "Ministry of Foreign Affairs of Japan"
    url = "https://example.org/press.rss"
    source_kind = "official"     # or "news", the default
    government = "JP"            # whom an official source speaks for; required for official
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readout.errors import SettingsError, UsageError
from readout.fetch.pages import NEWS, Origin


@dataclass(frozen=True)
class FeedSource:
    url: str
    origin: Origin = NEWS


def load_feed_list(path: Path) -> list[FeedSource]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: cannot read the feed list ({exc}); fix the file") from exc
    entries = data.get("feed", [])
    if not isinstance(entries, list) or not entries:
        raise SettingsError(f"{path}: no [[feed]] tables; list feeds as in "
                            "feeds.example.toml")
    return [_entry(path, number, entry) for number, entry in enumerate(entries, start=1)]


def _entry(path: Path, number: int, entry: Any) -> FeedSource:
    where = f"{path}: feed {number}"
    if not isinstance(entry, dict):
        raise SettingsError(f"{where} must be a table")
    unknown = set(entry) - {"url", "name", "source_kind", "government"}
    if unknown:
        raise SettingsError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; use url, "
                            "name, source_kind, government")
    url = entry.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise SettingsError(f"{where}: 'url' must be an http(s) URL")
    name = entry.get("name")
    kind = entry.get("source_kind", "news")
    government = entry.get("government")
    if kind not in {"news", "official"}:
        raise SettingsError(f"{where}: source_kind must be \"news\" or \"official\"")
    if kind == "official":
        if not isinstance(government, str):
            raise SettingsError(f"{where}: an official source needs 'government' (e.g. \"CN\")")
        try:
            return FeedSource(url, Origin.official(government, _name(where, name)))
        except UsageError as error:
            raise SettingsError(f"{where}: {error}") from error
    return FeedSource(url, Origin(source=_name(where, name)))


def _name(where: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SettingsError(f"{where}: 'name' must be a string")
    return value.strip() or None
