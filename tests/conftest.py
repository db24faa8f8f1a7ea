"""Shared fixtures: a fresh database per test, the shared data folder, the loaded pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from readout.settings import Settings
from readout.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is absent: the seed articles and gold data are not here")
    return SHARED


@pytest.fixture(scope="session")
def annotator():  # type: ignore[no-untyped-def]
    """The spaCy pipeline and knowledge base, loaded once for the whole test session."""
    from readout.pipeline import Annotator

    return Annotator(Settings())
