"""Limits are declared, documented settings, validated on load and enforced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.errors import SettingsError
from readout.settings import SETTINGS, load_settings
from readout.sources import SourceOptions, read_paths

LIMITS = {"max_document_bytes": 20_000_000, "max_documents_per_request": 50,
          "max_request_bytes": 25_000_000}
README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "default"), LIMITS.items())
def test_limit_is_a_declared_documented_setting(name: str, default: int) -> None:
    [setting] = [s for s in SETTINGS if s.name == name]
    assert setting.default == default == getattr(load_settings(environ={}), name)
    assert f"`{name}`" in README.split("## Settings", 1)[1]


@pytest.mark.parametrize(("name", "raw", "expected"), [
    ("max_document_bytes", "1000", 1000),
    ("max_documents_per_request", "5", 5),
    ("max_request_bytes", "2000000", 2_000_000),
    ("max_request_bytes", "0", None),
    ("max_documents_per_request", "-3", None),
    ("max_document_bytes", "lots", None),
])
def test_limit_from_the_environment(tmp_path: Path, name: str, raw: str,
                                    expected: int | None) -> None:
    environ = {f"READOUT_{name.upper()}": raw, "READOUT_CONFIG": str(tmp_path / "none.toml")}
    if expected is None:
        with pytest.raises(SettingsError, match=name):
            load_settings(environ=environ)
    else:
        assert getattr(load_settings(environ=environ), name) == expected


@pytest.mark.parametrize(("size", "code"), [(999, None), (1000, None), (1001, "too-large")])
def test_document_limit_is_exact(tmp_path: Path, size: int, code: str | None) -> None:
    text = tmp_path / "a.txt"
    text.write_bytes(b"x" * (size - 1) + b"\n")
    record = tmp_path / "a.jsonl"
    body = "y" * (size - len(json.dumps({"text": ""})))
    record.write_text(json.dumps({"text": body}) + "\n", encoding="utf-8")
    for path in (text, record):
        [item] = read_paths([path], SourceOptions(max_document_bytes=1000))
        assert getattr(item, "code", None) == code, path.name
