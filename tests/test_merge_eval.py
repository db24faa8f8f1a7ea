"""B-cubed scoring, and the merge quality gate on the gold clusterings."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout import evaluate, goldrun, merge_eval
from readout.contract import annotation_json
from readout.pipeline import Annotator

A, B, C, D = ("d", 0), ("d", 1), ("e", 0), ("e", 1)


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    ({A: "x", B: "x"}, {A: "1", B: "1"}, (1.0, 1.0)),
    ({A: "x", B: "x"}, {A: "1", B: "2"}, (1.0, 0.5)),  # a missed merge costs recall
    ({A: "x", B: "y"}, {A: "1", B: "1"}, (0.5, 1.0)),  # a wrong merge costs precision
    ({A: "x", B: "x", C: "y"}, {A: "1"}, (1.0, 2 / 3)),  # unfound items stand alone
    ({A: "x", B: "x", C: "x", D: "y"}, {A: "1", B: "1", C: "1", D: "1"},
     ((3 * 3 / 4 + 1 / 4) / 4, 1.0)),
    ({}, {}, (1.0, 1.0)),
])
def test_bcubed(gold: dict[merge_eval.Key, str], predicted: dict[merge_eval.Key, str],
                expected: tuple[float, float]) -> None:
    assert merge_eval.bcubed(gold, predicted) == pytest.approx(expected)


# Measured floors (benchmarks/merge_quality.py); merging must not get worse.
FLOORS = {"seeds": 0.95, "merge": 0.82}
EVAL = goldrun.ROOT / "tests" / "eval"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_merge_quality_gate(name: str, annotator: Annotator,
                            request: pytest.FixtureRequest) -> None:
    shared: Path | None = request.getfixturevalue("shared") if name == "seeds" else None
    [corpus] = [c for c in goldrun.corpora(shared) if c.name == name]
    annotations = goldrun.annotate_corpus(corpus, annotator)
    score = merge_eval.score_clusters(annotations, [annotation_json(a) for a in annotations],
                                      evaluate.load_gold(corpus.gold), name,
                                      EVAL / "clusters.jsonl")
    assert score.f1 >= FLOORS[name] - 1e-9, (name, score)
    assert score.precision >= 0.95
