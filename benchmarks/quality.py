"""Quality against gold data: the scores the quality gate checks, as tables.

    .venv/bin/python benchmarks/quality.py [--shared ../shared] [--details] [--json]
    .venv/bin/python benchmarks/quality.py --update-baseline [--allow-lower --reason TEXT]

`--update-baseline` pins today's scores as the gate's floors (tests/eval/baseline.json).
A floor only goes down with `--allow-lower` and a `--reason`, which is kept in the file.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from readout import evaluate, goldrun

BASELINE = goldrun.ROOT / "tests" / "eval" / "baseline.json"


def main() -> None:
    args = _arguments()
    annotator = goldrun.default_annotator()
    results: dict[str, dict[str, float]] = {}
    for corpus in goldrun.corpora(args.shared):
        started = time.perf_counter()
        scores = goldrun.run(corpus, annotator)
        elapsed = time.perf_counter() - started
        results[corpus.name] = evaluate.scores_to_dict(scores)
        if not args.json:
            print(f"\n## {corpus.name} ({corpus.gold.name}, {elapsed:.1f} s)\n")
            print(evaluate.format_table(scores))
            if args.details:
                for detail in scores.details:
                    print(detail)
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
    if args.update_baseline:
        _update(results, args.allow_lower, args.reason)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--details", action="store_true", help="list misses per document")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--update-baseline", action="store_true", help="pin scores as floors")
    parser.add_argument("--allow-lower", action="store_true", help="let a floor go down")
    parser.add_argument("--reason", default="", help="why a floor goes down")
    return parser.parse_args()


def _update(results: dict[str, dict[str, float]], allow_lower: bool, reason: str) -> None:
    old = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    new: dict[str, dict[str, object]] = {}
    lowered = []
    for corpus, scores in results.items():
        floors: dict[str, object] = {k: _pin(k, v) for k, v in scores.items()}
        for metric, value in floors.items():
            before = old.get(corpus, {}).get(metric)
            if isinstance(before, float | int) and _worse(metric, float(value), before):
                lowered.append(f"{corpus}.{metric}: {before} -> {value}")
        new[corpus] = floors
    if lowered and not (allow_lower and reason):
        sys.exit("floors would go down (" + "; ".join(lowered) + "): pass --allow-lower "
                 "and --reason to accept")
    for corpus in new:
        # the last time floors went down, and why: kept until they go down again
        kept = reason if lowered else old.get(corpus, {}).get("reason")
        if kept:
            new[corpus]["reason"] = kept
    BASELINE.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n")
    print(f"wrote {BASELINE}")


def _pin(metric: str, value: float) -> float:
    """Three decimals, rounded towards passing so that today's run meets its own floor."""
    scaled = value * 1000
    pinned = math.ceil(scaled - 1e-6) if metric in evaluate.LOWER_IS_BETTER else math.floor(
        scaled + 1e-6)
    return pinned / 1000


def _worse(metric: str, value: float, before: float) -> bool:
    if metric in evaluate.LOWER_IS_BETTER:
        return value > before + 1e-9
    return value < before - 1e-9


if __name__ == "__main__":
    main()
