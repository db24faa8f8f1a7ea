"""The bundled tables of `time_data/`: their rows, and names written without accents.

Each table is tab-separated UTF-8 with `#` comment lines and a header line naming its columns;
the summit calendar, the forums, the known events and the known contacts all read this way.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path


def rows(path: Path, header: str) -> list[list[str]]:
    """The rows of a table, split on tabs: no comments, no blank lines, no header line (the one
    whose first column is `header`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines
            if line.strip() and not line.startswith("#") and line.split("\t")[0] != header]


def plain(text: str) -> str:
    """Without accents, so that "Belem" is Belém and "Sanchez" Sánchez."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
