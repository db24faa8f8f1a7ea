"""Actor resolution against the case tables: accuracy, per category, and the confusions.

    .venv/bin/python benchmarks/actors_quality.py [--confusions]

`tests/actors/resolve_dev.tsv` and `resolve_dev2.tsv` (written before the second round of
fixes, across more countries, offices and years) were used while building the rules;
`resolve_holdout.tsv` (written by the same hand, apart from the code) was not looked at
while tuning. It is printed last, so `sed '/resolve_holdout/q'` keeps only the dev tables.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from readout.actors import cases
from readout.pipeline import Annotator
from readout.settings import Settings

TABLES = Path(__file__).resolve().parents[1] / "tests" / "actors"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--confusions", action="store_true", help="list every wrong answer")
    args = parser.parse_args()
    annotator = Annotator(Settings())
    for name in ("resolve_dev.tsv", "resolve_dev2.tsv", "resolve_holdout.tsv"):
        outcomes = cases.run(annotator.finder, annotator.nlp, cases.load_cases(TABLES / name))
        print(f"\n## {name}: accuracy {cases.accuracy(outcomes):.3f} "
              f"({sum(o.right for o in outcomes)}/{len(outcomes)})\n")
        for category, (right, total) in cases.by_category(outcomes).items():
            print(f"  {category:<16} {right:>3}/{total:<3}")
        if args.confusions:
            print()
            for o in outcomes:
                if not o.right:
                    print(f"  {o.case.mention!r} {o.case.date}: got {o.got}, "
                          f"expected {o.case.expected}")


if __name__ == "__main__":
    main()
