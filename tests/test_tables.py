"""The bundled tables: comments, blank lines and the header line are not rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout import tables


def test_rows_skip_comments_blanks_and_the_header(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("# a table\n\nkey\tdate\nrome\t2024-01-02\n# late comment\nkeyed\tx\n",
                    encoding="utf-8")
    assert tables.rows(path, "key") == [["rome", "2024-01-02"], ["keyed", "x"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Belém", "Belem"), ("Pedro Sánchez", "Pedro Sanchez"), ("Erdoğan", "Erdogan"),
    ("Plain", "Plain"),
])
def test_plain(text: str, expected: str) -> None:
    assert tables.plain(text) == expected
