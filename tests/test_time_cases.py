"""Date expressions in news sentences, read against the article's date (tests/time_cases/dev.tsv).

Each row of the table is one expression in one invented news sentence, with the article date
(`anchor`) and the TIMEX3 value a careful reader gives it (`2022-03-30`, `2024-05`, `2023`,
`2024-W46`), or `none` when the words are not a date. `time.find_dates` runs with tense
"unknown": the stage has to read the clause itself. The mention that matches an expression is
the one with exactly its span, else the one that overlaps it most; for `none` no mention may
overlap it at all.

The cases were written from the contract in DESIGN.md, not from the rules. A dev case the
stage gets wrong stays in the table as written and is listed in KNOWN_GAPS with the reason:
it runs as a strict xfail, so a gap that gets fixed must leave the list. The holdout table
(tests/time_cases/holdout.tsv) is never run here; benchmarks/time_quality.py measures it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readout import time
from readout.timecases import Case, load_cases, matching

CASES_DIR = Path(__file__).resolve().parent / "time_cases"
VALUE = re.compile(r"none|\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")

# (start of the sentence, expression, why the stage gets it wrong). The expression tells
# apart the cases that share a sentence.
KNOWN_GAPS: list[tuple[str, str, str]] = [
    ("The prime minister is expected in Canberra", "November 2",
     "future not read from 'is expected in': the date goes to the previous year"),
    ("The first talks are expected in mid-March", "mid-March",
     "future not read from 'are expected in': the month goes to the previous year"),
    ("Both sides hope to sign the deal in June", "June",
     "future not read from 'hope to': the month goes to the past"),
    ("Delegates arrived on 30 December 2019", "two days afterwards",
     "'N days afterwards' is not recognised"),
    ("The reforms were announced at the beginning of the year", "the beginning of the year",
     "'the beginning of the year' is not recognised"),
]


def load(name: str) -> list[Case]:
    return load_cases(CASES_DIR / name)



def _gap(case: Case) -> str | None:
    for prefix, expression, reason in KNOWN_GAPS:
        if case.sentence.startswith(prefix) and case.expression == expression:
            return reason
    return None


def _params() -> list[object]:
    params = []
    for case in load("dev.tsv"):
        reason = _gap(case)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=f"{case.line}-{case.expression}", marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_dev_case(case: Case) -> None:
    mentions = time.find_dates(case.sentence, case.anchor)
    found = matching(mentions, case)
    if case.expected == "none":
        assert found is None, f"{case.expression!r} is not a date, got {found}"
    else:
        assert found is not None, f"{case.expression!r} not found in {mentions}"
        assert found.value == case.expected, f"{case.expression!r}: {found} ({case.note})"


@pytest.mark.parametrize("name, minimum", [("dev.tsv", 170), ("holdout.tsv", 90)])
def test_table_is_well_formed(name: str, minimum: int) -> None:
    cases = load(name)
    assert len(cases) >= minimum
    seen = set()
    for case in cases:
        where = f"{name}:{case.line}"
        assert case.start >= 0, f"{where}: {case.expression!r} is not in the sentence"
        assert VALUE.fullmatch(case.expected), f"{where}: bad value {case.expected!r}"
        assert ":" in case.note, f"{where}: the note starts with a category and a colon"
        assert (case.sentence, case.expression) not in seen, f"{where}: duplicate case"
        seen.add((case.sentence, case.expression))


def test_known_gaps_name_real_cases() -> None:
    cases = load("dev.tsv")
    for prefix, expression, _ in KNOWN_GAPS:
        assert any(c.sentence.startswith(prefix) and c.expression == expression
                   for c in cases), f"stale KNOWN_GAPS entry: {prefix!r} / {expression!r}"
