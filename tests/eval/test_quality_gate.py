"""The quality gate: extraction scored against gold data must stay above pinned floors.

Floors live in `baseline.json`; raise them with `benchmarks/quality.py --update-baseline`,
and lowering one needs `--allow-lower --reason "..."` (the reason is kept in the file).
Every corpus with floors in the file is gated. The seed corpus is skipped when ../shared is
absent; the examples corpus always runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readout import evaluate, goldrun
from readout.pipeline import Annotator

BASELINE = Path(__file__).with_name("baseline.json")
CORPORA = {c.name: c for c in goldrun.corpora()}


GATED = sorted(goldrun.baseline(BASELINE))


@pytest.mark.parametrize("name", GATED)
def test_scores_stay_above_their_floors(name: str, annotator: Annotator) -> None:
    if name not in CORPORA:
        pytest.skip(f"corpus {name!r} is not here (../shared or its folder is absent)")
    floors = goldrun.baseline(BASELINE)[name]
    scores = evaluate.scores_to_dict(goldrun.run(CORPORA[name], annotator))
    worse = {metric: (round(scores[metric], 3), floor) for metric, floor in floors.items()
             if metric != "reason" and _below(metric, scores[metric], floor)}
    assert not worse, f"{name}: scores below their floors (score, floor): {worse}"


def _below(metric: str, value: float, floor: float) -> bool:
    if metric in evaluate.LOWER_IS_BETTER:
        return value > floor + 1e-9
    return value < floor - 1e-9
