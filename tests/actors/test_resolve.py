"""Resolution of mentions on a date, through the same finder the pipeline uses.

The hand-written table here covers each mechanism; `resolve_dev.tsv` (written apart from the
rules) is scored as a whole against a floor, and `resolve_holdout.tsv` is only measured, by
`benchmarks/actors_quality.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readout.actors import cases
from readout.actors.resolve import resolve
from readout.pipeline import Annotator

HERE = Path(__file__).parent
DEV_FLOOR = 0.93


@pytest.mark.parametrize(("mention", "day", "context", "expected"), [
    ("Sergei Lavrov", "2020-05-01", None, "Sergey Lavrov"),
    ("Lavrov", "2020-05-01", "Lavrov spoke to reporters.", "Sergey Lavrov"),
    ("China's foreign minister", "2023-03-01", None, "Qin Gang"),
    ("China's foreign minister", "2023-09-01", None, "Wang Yi"),
    ("China's foreign minister", "2019-09-01", None, "Wang Yi"),
    ("the German chancellor", "2021-11-01", "The German chancellor arrived.", "Angela Merkel"),
    ("the German chancellor", "2022-01-10", "The German chancellor arrived.", "Olaf Scholz"),
    ("Russia's top diplomat", "2022-03-30", None, "Sergey Lavrov"),
    ("his Chinese counterpart", "2022-03-30",
     "Sergey Lavrov met his Chinese counterpart in Tunxi.", "Wang Yi"),
    ("his Indian counterpart", "2024-11-19",
     "Wang Yi also met his Indian counterpart in Rio.", "Subrahmanyam Jaishankar"),
    ("Beijing", "2024-01-01", "Beijing said the talks were useful.", "China"),
    ("the Kremlin", "2024-01-01", "The Kremlin denied the report.", "Russia"),
    ("the Taoiseach", "2021-05-01", "The Taoiseach flew to Washington.", "Micheál Martin"),
    ("the UN chief", "2019-01-01", "The UN chief spoke.", "António Guterres"),
    ("the Chinese foreign ministry", "2024-01-01",
     "The Chinese foreign ministry said so.", "Ministry of Foreign Affairs of China"),
    ("he", "2020-01-01", "Vladimir Putin said he would go.", "Vladimir Putin"),
    ("Daleep Singh", "2022-03-30", "US official Daleep Singh said it.", "Daleep Singh"),
    ("the weather", "2022-03-30", "The weather in Moscow was cold.", None),
])
def test_resolve(annotator: Annotator, mention: str, day: str, context: str | None,
                 expected: str | None) -> None:
    found = resolve(annotator.finder, annotator.nlp, mention, day, context)
    assert (found.actor.name if found else None) == expected


def test_dev_table_accuracy(annotator: Annotator) -> None:
    path = HERE / "resolve_dev.tsv"
    outcomes = cases.run(annotator.finder, annotator.nlp, cases.load_cases(path))
    wrong = [f"{o.case.mention!r} {o.case.date}: {o.got} != {o.case.expected}"
             for o in outcomes if not o.right]
    score = cases.accuracy(outcomes)
    assert score >= DEV_FLOOR, f"accuracy {score:.3f} < {DEV_FLOOR}: " + "; ".join(wrong)


def test_case_tables_are_well_formed() -> None:
    for name in ("resolve_dev.tsv", "resolve_holdout.tsv"):
        rows = cases.load_cases(HERE / name)
        assert len(rows) >= 80
        for row in rows:
            assert not row.context or row.mention in row.context, row
