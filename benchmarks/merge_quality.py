"""Merging against gold clusterings: B-cubed P/R/F1 per corpus, and reuse links found.

    .venv/bin/python benchmarks/merge_quality.py [--shared ../shared]

Gold clusters: `cluster` keys in tests/eval/merge_gold.jsonl and the sidecar
tests/eval/clusters.jsonl for the other corpora; gold reuse pairs: tests/eval/merge_reuse.jsonl.
"""

from __future__ import annotations

import argparse
from pathlib import Path, PurePath

from readout import evaluate, goldrun, merge_eval
from readout.contract import annotation_json

EVAL = goldrun.ROOT / "tests" / "eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=None, help="the shared data folder")
    args = parser.parse_args()
    annotator = goldrun.default_annotator()
    print("| corpus | gold events | found | multi-member clusters | B³ precision | B³ recall "
          "| B³ F1 | reuse pairs found | gold | correct |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for corpus in goldrun.corpora(args.shared):
        annotations = goldrun.annotate_corpus(corpus, annotator)
        predictions = [annotation_json(a) for a in annotations]
        docs = evaluate.load_gold(corpus.gold)
        score = merge_eval.score_clusters(annotations, predictions, docs, corpus.name,
                                          EVAL / "clusters.jsonl")
        ids = {a.document.id: a.document.id for a in annotations}
        ids.update({PurePath(a.document.path).stem: a.document.id for a in annotations})
        reuse = merge_eval.score_reuse(
            merge_eval.reuse_pairs(annotations),
            merge_eval.gold_reuse(EVAL / "merge_reuse.jsonl", corpus.name, ids))
        print(f"| {corpus.name} | {score.mentions} | {score.matched} | {score.gold_clusters} "
              f"| {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} "
              f"| {reuse.found} | {reuse.gold} | {reuse.correct} |")


if __name__ == "__main__":
    main()
