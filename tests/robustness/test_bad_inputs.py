"""A corpus of bad inputs: each gives typed failures, never a traceback or a hang, and the
good files of the same batch are ingested.

The corpus is generated in a temporary folder (`corpus.bad_inputs`), including a 100 MB file.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from corpus import ROOT_USER, BadInput, bad_inputs, write_articles

from readout.errors import InputError
from readout.pipeline import prepare
from readout.records import Document
from readout.settings import Settings
from readout.sources import SourceOptions, display, read_paths

CASES = bad_inputs()


def _read_and_prepare(path: Path) -> list[Document | InputError]:
    """Stages 1 and 2 (sources, clean and the language check), no spaCy model needed."""
    out: list[Document | InputError] = []
    for item in read_paths([path], SourceOptions()):
        if isinstance(item, Document):
            try:
                item = prepare(item, Settings())
            except InputError as error:
                item = error
        out.append(item)
    return out


@pytest.mark.parametrize("bad", CASES, ids=[display(c.name) for c in CASES])
def test_each_bad_input_is_a_typed_one_line_failure(tmp_path: Path, bad: BadInput) -> None:
    if bad.name == "unreadable.txt" and ROOT_USER:
        pytest.skip("running as root: mode 000 does not stop root from reading the file "
                    "(the named pipe case covers an unreadable input)")
    path = tmp_path / bad.name
    bad.make(path)
    code, readable = bad.expected()
    results = _read_and_prepare(path)
    errors = [r for r in results if isinstance(r, InputError)]
    assert sum(isinstance(r, Document) for r in results) == readable
    assert {e.code for e in errors} == ({code} if code else set())
    for error in errors:
        assert error.path.startswith(display(path))
        assert "\n" not in str(error)
        assert "; " in error.reason, "the message should say what to do"


@pytest.mark.parametrize(("name", "text"), [
    ("latin1.txt", "met at the Café Genève in Zürich"),
    ("utf16-bom.txt", "met in Geneva"),
    ("utf16-bom-be.html", "met in Vienna"),
])
def test_legacy_and_utf16_encodings_are_decoded(tmp_path: Path, name: str, text: str) -> None:
    [bad] = [c for c in CASES if c.name == name]
    bad.make(tmp_path / name)
    [document] = _read_and_prepare(tmp_path / name)
    assert isinstance(document, Document)
    assert text in document.text


def test_batch_with_every_bad_input_through_the_cli(tmp_path: Path) -> None:
    """The real command on the whole corpus plus good articles: exit code 3, one line per
    failure naming the file, a failure row each, and every good document stored."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    for bad in CASES:
        bad.make(folder / bad.name)
    good = write_articles(folder / "good", 5)
    db = tmp_path / "batch.db"
    # A folder walk skips files of other types: the .docx file is also named on its own.
    run = subprocess.run(
        [sys.executable, "-m", "readout", "ingest", str(folder), str(folder / "notes.docx"),
         "--db", str(db)],
        capture_output=True, text=True, timeout=300, errors="replace", check=False)
    assert "Traceback" not in run.stderr
    assert run.returncode == 3, run.stderr
    lines = run.stderr.splitlines()
    assert lines and all(line.startswith("readout: ") for line in lines), run.stderr

    with sqlite3.connect(db) as connection:
        failures = connection.execute("SELECT path, code FROM failures").fetchall()
        documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert len(failures) == len(lines)
    expected_documents = len(good)
    for bad in CASES:
        code, readable = bad.expected()
        expected_documents += readable
        name = display(folder / bad.name)
        codes = {c for path, c in failures if path == name or path.startswith(name + ":")}
        assert codes == ({code} if code else set()), bad.name
        named = [line for line in lines if f"{name}: " in line or f"{name}:" in line]
        assert bool(named) == bool(code), bad.name
    assert documents == expected_documents
    assert f"{len(lines)} failed documents" in run.stdout


def test_failure_lines_name_one_input_each(tmp_path: Path) -> None:
    """Failures of one JSON Lines file are one line per bad record, each with its number."""
    [bad] = [c for c in CASES if c.name == "mixed.jsonl"]
    bad.make(tmp_path / bad.name)
    errors = [r for r in _read_and_prepare(tmp_path / bad.name) if isinstance(r, InputError)]
    numbers = Counter(e.path.rsplit(":", 1)[1] for e in errors)
    assert numbers == Counter({"2": 1, "3": 1, "6": 1, "7": 1})
