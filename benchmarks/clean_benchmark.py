"""Benchmark the `clean` stage on whole web pages flattened to their visible text lines.

For each page of the Zyte article-extraction benchmark (`shared/data/article-extraction`),
the HTML is flattened to visible lines (no article extraction) and scored against the gold
article body with the benchmark's own metric (see that folder's README.md): `\\w+` tokens,
word 4-gram multisets, per-page TP/FP/FN normalised by their sum, mean precision over
non-empty predictions, mean recall, corpus F1 = harmonic mean of the two means, bootstrap
standard deviations over 1000 page resamples with a fixed seed.

    python benchmarks/clean_benchmark.py [--shared DIR] [--split] [--seeds]

`--split` also scores the two halves of the corpus (page ids starting 0-7 / 8-f) apart, to
show how much the rules' thresholds are fitted to the pages they were developed on.
`--seeds` prints the lines `clean_text` removes from each seed text instead.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml import etree

try:
    from readout.clean import clean_text
except ModuleNotFoundError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from readout.clean import clean_text

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})
BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd"}
    | {"details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer"}
    | {"form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li"}
    | {"main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table"}
    | {"tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
TOKEN = re.compile(r"\w+")
BOOTSTRAP_SEED = 20240601


# -- flattening -------------------------------------------------------------------------


def _hidden(el: lxml.html.HtmlElement) -> bool:
    if el.get("hidden") is not None or (el.tag == "input" and el.get("type") == "hidden"):
        return True
    return bool(HIDDEN_STYLE.search(el.get("style") or ""))


def flatten_html(data: bytes) -> str:
    """Visible text of a page, a newline at each block boundary, whitespace collapsed."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    root = lxml.html.document_fromstring(data, parser=parser)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue  # processing instructions, entities
        if el.tag in DROP_TAGS or _hidden(el):
            el.drop_tree()  # keeps the element's tail text, which is visible
    parts: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        block = isinstance(el.tag, str) and el.tag in BLOCK_TAGS
        if event == "start":
            parts.append("\n" if block else "")
            parts.append(el.text or "" if isinstance(el.tag, str) else "")
        else:
            parts.append("\n" if block else "")
            parts.append(el.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# -- the benchmark's metric -------------------------------------------------------------


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text)
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class PageScore:
    precision: float | None  # None when the prediction is empty: excluded from the mean
    recall: float


def score_page(gold: str, predicted: str) -> PageScore:
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    if fp == 0 and fn == 0:
        return PageScore(1.0, 1.0)
    # Dividing TP, FP and FN by their sum (so every page weighs the same) leaves these
    # ratios unchanged, so they are computed from the raw counts.
    return PageScore(tp / (tp + fp) if p else None, tp / (tp + fn))


def corpus_scores(pages: Sequence[PageScore]) -> tuple[float, float, float]:
    precisions = [s.precision for s in pages if s.precision is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(s.recall for s in pages) / len(pages) if pages else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bootstrap_std(pages: Sequence[PageScore], rounds: int = 1000) -> tuple[float, ...]:
    rng = random.Random(BOOTSTRAP_SEED)
    samples = [corpus_scores(rng.choices(pages, k=len(pages))) for _ in range(rounds)]
    stds = []
    for column in zip(*samples, strict=True):
        mean = sum(column) / rounds
        stds.append((sum((x - mean) ** 2 for x in column) / (rounds - 1)) ** 0.5)
    return tuple(stds)


# -- running ----------------------------------------------------------------------------


def load_pages(data_dir: Path) -> list[tuple[str, str, str]]:
    """(page id, gold body, flattened visible text) for every page."""
    gold = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((data_dir / "html").glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        flat = flatten_html(gzip.decompress(path.read_bytes()))
        pages.append((page_id, gold[page_id]["articleBody"], flat))
    return pages


def run_system(
    pages: Sequence[tuple[str, str, str]], system: Callable[[str], str], on_gold: bool = False
) -> tuple[list[PageScore], float]:
    """Score `system` run on each flattened page (or on the gold body itself)."""
    inputs = [gold if on_gold else flat for _, gold, flat in pages]
    start = time.perf_counter()
    outputs = [system(text) for text in inputs]
    seconds = time.perf_counter() - start
    return [score_page(g, out) for (_, g, _), out in zip(pages, outputs, strict=True)], seconds


def table_row(name: str, scores: Sequence[PageScore], seconds: float) -> str:
    p, r, f = corpus_scores(scores)
    sp, sr, sf = bootstrap_std(scores)
    return (
        f"| {name} | {p:.3f} ± {sp:.3f} | {r:.3f} ± {sr:.3f} | {f:.3f} ± {sf:.3f} "
        f"| {len(scores)} | {seconds:.1f} |"
    )


def print_seeds(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        result = clean_text(path.read_text(encoding="utf-8"))
        print(f"== {path.name}: {len(result.removed)} lines removed")
        for removed in result.removed:
            print(f"  {removed.line + 1:>4}  {removed.rule:<14} {removed.text[:90]!r}")


def benchmark(data_dir: Path, split: bool) -> None:
    start = time.perf_counter()
    pages = load_pages(data_dir)
    flatten_seconds = time.perf_counter() - start
    def cleaned(text: str) -> str:
        return clean_text(text).text

    # The last row feeds the gold bodies themselves to clean_text: input that is already a
    # clean article should come out (nearly) whole.
    systems: list[tuple[str, Callable[[str], str], bool]] = [
        ("all visible lines (no cleaning)", lambda flat: flat, False),
        ("clean_text", cleaned, False),
        ("clean_text on the gold bodies (already clean)", cleaned, True),
    ]
    halves = {"all": pages}
    if split:
        halves["ids 0-7"] = [p for p in pages if p[0][0] in "01234567"]
        halves["ids 8-f"] = [p for p in pages if p[0][0] not in "01234567"]
    print(f"flattened {len(pages)} pages in {flatten_seconds:.1f} s (not counted below)\n")
    for half, subset in halves.items():
        print(f"### pages: {half}\n")
        print("| system | precision | recall | F1 | pages | seconds |")
        print("|---|---|---|---|---|---|")
        for name, system, on_gold in systems:
            print(table_row(name, *run_system(subset, system, on_gold)))
        print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared data dir")
    parser.add_argument("--split", action="store_true", help="also score the two id halves")
    parser.add_argument("--seeds", action="store_true", help="list what is removed from seeds")
    args = parser.parse_args(argv)
    if args.seeds:
        seeds = args.shared / "seeds"
        if not seeds.is_dir():
            sys.exit(f"no seeds at {seeds}: pass --shared DIR (the folder holding seeds/)")
        print_seeds(seeds)
        return 0
    data_dir = args.shared / "data" / "article-extraction"
    if not (data_dir / "ground-truth.json").is_file() or not (data_dir / "html").is_dir():
        sys.exit(
            f"benchmark data not found under {data_dir}: pass --shared DIR, the folder "
            "holding data/article-extraction/{html/*.html.gz,ground-truth.json}"
        )
    benchmark(data_dir, args.split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
