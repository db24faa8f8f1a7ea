"""Tables of (sentence, anchor, expression, expected value) date cases, and how a case is
matched to what the time stage found: shared by the tests and `benchmarks/time_quality.py`.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from readout.errors import MalformedInputError
from readout.records import TimeMention

HEADER = ["sentence", "anchor", "expression", "expected", "note"]


@dataclass(frozen=True)
class Case:
    line: int
    sentence: str
    anchor: dt.date
    expression: str
    expected: str
    note: str

    @property
    def category(self) -> str:
        return self.note.split(":", 1)[0].strip()

    @property
    def start(self) -> int:
        return self.sentence.find(self.expression)

    @property
    def end(self) -> int:
        return self.start + len(self.expression)


def load_cases(path: Path) -> list[Case]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != HEADER:
            raise MalformedInputError(str(path), f"the header must be {' '.join(HEADER)}")
        return [Case(number, row[0], dt.date.fromisoformat(row[1]), row[2], row[3], row[4])
                for number, row in enumerate(reader, start=2)]


def matching(mentions: tuple[TimeMention, ...], case: Case) -> TimeMention | None:
    """The mention with the expression's exact span, else the one overlapping it most."""
    overlapping = [m for m in mentions if m.span.start < case.end and case.start < m.span.end]
    for mention in overlapping:
        if (mention.span.start, mention.span.end) == (case.start, case.end):
            return mention
    if not overlapping:
        return None
    return max(overlapping, key=lambda m: (min(m.span.end, case.end)
                                           - max(m.span.start, case.start), -m.span.start))
