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


@pytest.fixture(scope="session")
def annotate(annotator):  # type: ignore[no-untyped-def]
    """Annotate a text as a document published on a day: `annotate(text, "2024-05-06")`."""
    from readout.records import Annotation, Document

    def run(text: str, published: str) -> Annotation:
        document = Document(id="d", path="d.txt", title="", text=text, raw_text=text,
                            original=text.encode(), media_type="text/plain")
        [result] = list(annotator.annotate([document], published))
        assert isinstance(result, Annotation), result
        return result

    return run
