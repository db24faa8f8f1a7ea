"""Resolution of mentions on a date, through the same finder the pipeline uses.

The hand-written table here covers each mechanism; `resolve_dev.tsv` (written apart from the
rules) is scored as a whole against a floor, and `resolve_holdout.tsv` is only measured, by
`benchmarks/actors_quality.py`.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from readout.actors.resolve import resolve
from readout.pipeline import Annotator

HERE = Path(__file__).parent
DEV_FLOOR = 0.85


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


def load_cases(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def accuracy(annotator: Annotator, cases: list[dict[str, Any]]) -> tuple[float, list[str]]:
    wrong = []
    for case in cases:
        found = resolve(annotator.finder, annotator.nlp, case["mention"], case["date"],
                        case["context"] or None)
        got = found.actor.name if found else "null"
        if got != case["expected"]:
            wrong.append(f"{case['mention']!r} {case['date']}: {got} != {case['expected']}")
    return 1 - len(wrong) / len(cases), wrong


def test_dev_table_accuracy(annotator: Annotator) -> None:
    path = HERE / "resolve_dev.tsv"
    if not path.exists():
        pytest.skip("no resolve_dev.tsv")
    score, wrong = accuracy(annotator, load_cases(path))
    assert score >= DEV_FLOOR, f"accuracy {score:.3f} < {DEV_FLOOR}: " + "; ".join(wrong)
