"""Run the pipeline over gold-annotated corpora and score it: shared by the quality gate
(`tests/eval/`) and `benchmarks/quality.py`, so both report the same figures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readout import evaluate, ingest
from readout.contract import annotation_json
from readout.pipeline import Annotator
from readout.records import Annotation, Failure
from readout.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Corpus:
    name: str
    inputs: Path  # a folder of articles
    gold: Path


def corpora(shared: Path | None = None) -> Iterator[Corpus]:
    """The seed articles (when ../shared is there) and the project's own examples."""
    shared = shared or ROOT.parent / "shared"
    if (shared / "seeds").is_dir() and (shared / "gold" / "seeds.jsonl").is_file():
        yield Corpus("seeds", shared / "seeds", shared / "gold" / "seeds.jsonl")
    yield Corpus("examples", ROOT / "examples", ROOT / "tests" / "eval" / "examples_gold.jsonl")
    heldout = ROOT / "tests" / "eval" / "heldout"
    if heldout.is_dir():
        yield Corpus("heldout", heldout, ROOT / "tests" / "eval" / "heldout_gold.jsonl")
    merged = ROOT / "tests" / "eval" / "merge"
    if merged.is_dir():  # overlapping reports of the same events, for the merge stage
        yield Corpus("merge", merged, ROOT / "tests" / "eval" / "merge_gold.jsonl")
    # Hard quote cases, and longer news in many outlets' styles; heldout never tuned on.
    for name in ("quotes_dev", "quotes_heldout", "news_dev", "news_heldout", "world_dev",
                 "world_heldout", "world2_dev", "world2_heldout", "world3_dev",
                 "world3_heldout", "world4_dev", "world4_heldout", "world5_dev",
                 "world5_heldout", "world6_dev", "world6_heldout", "world7_dev",
                 "world7_heldout", "world8_dev", "world8_heldout", "world9_dev",
                 "world9_heldout", "world10_dev", "world10_heldout", "world11_dev",
                 "world11_heldout", "world12_dev", "world12_heldout", "world13_dev",
                 "world13_heldout", "world14_dev", "world14_heldout", "world15_dev",
                 "world15_heldout", "world16_dev", "world16_heldout", "world17_dev",
                 "world17_heldout"):
        folder = ROOT / "tests" / "eval" / name
        if folder.is_dir():
            yield Corpus(name, folder, ROOT / "tests" / "eval" / f"{name}_gold.jsonl")


def annotate_corpus(corpus: Corpus, annotator: Annotator) -> list[Annotation]:
    out = []
    for result in ingest.extract([corpus.inputs], annotator.settings, annotator):
        if isinstance(result, Failure):
            raise RuntimeError(f"gold corpus input failed: {result.message}")
        out.append(result)
    return out


def predictions(corpus: Corpus, annotator: Annotator) -> list[dict[str, Any]]:
    return [annotation_json(a) for a in annotate_corpus(corpus, annotator)]


def run(corpus: Corpus, annotator: Annotator) -> evaluate.Scores:
    return evaluate.score(predictions(corpus, annotator), evaluate.load_gold(corpus.gold))


def baseline(path: Path) -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def default_annotator() -> Annotator:
    return Annotator(Settings())
