"""Quality of the time stage: date expressions in sentences, and publication dates of articles.

    .venv/bin/python benchmarks/time_quality.py [--shared DIR] [--details] [--json]

**Expressions** (tests/time_cases/dev.tsv and holdout.tsv, scored apart). Each case is one
expression in one sentence with the article date as anchor; `time.find_dates(sentence,
anchor)` runs with tense "unknown". The predicted mention for a case is the one with exactly
the expression's span, else the one overlapping it most (TempEval's lenient extent match).

- gold: cases whose expected value is a date (not `none`)
- found: gold cases that a predicted mention overlaps
- correct: found cases whose value equals the expected value exactly
- recall = correct / gold; precision = correct / found (only predictions on gold
  expressions are scored: the tables do not mark every date in a sentence, so mentions
  elsewhere are neither right nor wrong); F1 = their harmonic mean
- false alarms: `none` cases (words that are not a date) that a predicted mention overlaps
- per category: share of cases right (a gold case when correct, a `none` case when nothing
  overlaps it); the category is the note up to its first colon

**Publication dates.** For each gold corpus (the seeds in DIR/seeds with DIR/gold/seeds.jsonl,
if present; examples/ with tests/eval/examples_gold.jsonl; tests/eval/heldout/ with
tests/eval/heldout_gold.jsonl) only the article's text is read, so that no metadata date
reaches the stage: a .txt file without its first line when that line is a headline, the main
text of an .html page (`readout.html.extract_page`), the "text" of a .jsonl record. Then
`time.infer_published(text)` is compared with the gold `published` day or the
`published_inferred` range [min, max]:

- given: a date was inferred (coverage = given / documents)
- within: the inferred date, taken at its own precision (a month is its whole month, a year
  its whole year), overlaps the gold range
- exact: a day equal to the gold day (`published`, or `published_inferred.date`)
- wrong: given but outside the gold range
- bounds: the inferred [min, max] (the date's own span when there are none) overlaps the
  gold range, whatever the date itself says
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

try:
    from readout import time as time_stage
except ModuleNotFoundError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from readout import time as time_stage
from readout.records import PublishedDate
from readout.timecases import load_cases, matching

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "time_cases"
DEFAULT_SHARED = ROOT.parent / "shared"


def main() -> None:
    args = _arguments()
    results: dict[str, Any] = {"expressions": {}, "published": {}, "published_tenure": {}}
    details: list[str] = []
    for name in ("dev", "holdout"):
        results["expressions"][name] = score_cases(CASES / f"{name}.tsv", details)
    tenure = _tenure()
    for name, gold, folder in _corpora(args.shared):
        results["published"][name] = score_published(gold, folder, details)
        results["published_tenure"][name] = score_published(gold, folder, details, tenure)
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
        return
    _print_expressions(results["expressions"])
    _print_published(results["published"], "from the text alone")
    _print_published(results["published_tenure"],
                     "from the text and the terms of the office-holders it names (the pipeline)")
    if args.details:
        print("\n## Details\n")
        print("\n".join(details))


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the shared data folder (seeds and their gold)")
    parser.add_argument("--details", action="store_true",
                        help="list every wrong case and every document's date")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser.parse_args()


# --- expressions


def score_cases(path: Path, details: list[str]) -> dict[str, Any]:
    counts = dict.fromkeys(("cases", "gold", "found", "correct", "none", "false_alarms"), 0)
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in load_cases(path):
        found = matching(time_stage.find_dates(case.sentence, case.anchor), case)
        counts["cases"] += 1
        if case.expected == "none":
            counts["none"] += 1
            counts["false_alarms"] += found is not None
            right = found is None
        else:
            counts["gold"] += 1
            counts["found"] += found is not None
            right = found is not None and found.value == case.expected
            counts["correct"] += right
        by_category[case.category][0] += right
        by_category[case.category][1] += 1
        if not right:
            got = f"{found.span.text!r} -> {found.value}" if found else "nothing"
            details.append(f"{path.stem}: [{case.category}] {case.expression!r} @ "
                           f"{case.anchor}: want {case.expected}, got {got} | {case.sentence}")
    recall = _ratio(counts["correct"], counts["gold"])
    precision = _ratio(counts["correct"], counts["found"])
    f1 = _ratio(2 * precision * recall, precision + recall)
    return {**counts, "recall": recall, "precision": precision, "f1": f1,
            "categories": {name: {"right": right, "cases": total,
                                  "accuracy": _ratio(right, total)}
                           for name, (right, total) in sorted(by_category.items())}}


def _ratio(part: float, whole: float) -> float:
    return round(part / whole, 3) if whole else 0.0


def _print_expressions(results: dict[str, dict[str, Any]]) -> None:
    print("## Date expressions (value scores; a prediction counts when it overlaps)\n")
    print("| set | cases | gold | found | correct | precision | recall | F1 "
          "| none cases | false alarms |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['cases']} | {r['gold']} | {r['found']} | {r['correct']} "
              f"| {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} "
              f"| {r['none']} | {r['false_alarms']} |")
    names = list(results)
    categories = sorted({c for r in results.values() for c in r["categories"]})
    print("\n| category | " + " | ".join(names) + " |")
    print("|---" * (len(names) + 1) + "|")
    for category in categories:
        cells = []
        for name in names:
            cell = results[name]["categories"].get(category)
            cells.append(f"{cell['right']}/{cell['cases']} ({cell['accuracy']:.2f})"
                         if cell else "-")
        print(f"| {category} | " + " | ".join(cells) + " |")


# --- publication dates


def _corpora(shared: Path) -> list[tuple[str, Path, Path]]:
    corpora = [("seeds", shared / "gold" / "seeds.jsonl", shared / "seeds"),
               ("examples", ROOT / "tests" / "eval" / "examples_gold.jsonl", ROOT / "examples"),
               ("heldout", ROOT / "tests" / "eval" / "heldout_gold.jsonl",
                ROOT / "tests" / "eval" / "heldout")]
    return [(name, gold, folder) for name, gold, folder in corpora
            if gold.is_file() and folder.is_dir()]


def article_text(path: Path, record_id: str) -> str:
    """The article's own words, without any metadata date."""
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (record := json.loads(line)).get("id") == record_id:
                return str(record["text"])
        raise SystemExit(f"{path}: no record with id {record_id!r}")
    if path.suffix in (".html", ".htm"):
        from readout.html import extract_page

        return extract_page(str(path), path.read_bytes()).text
    first, _, rest = path.read_text(encoding="utf-8").partition("\n")
    return rest if _is_headline(first) else f"{first}\n{rest}"


def _is_headline(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 200 and not line.endswith((".", "!", "?", '"', "”", ":"))


def _interval(date: str) -> tuple[dt.date, dt.date]:
    """The days a TIMEX3 day, month or year value covers."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _gold(record: dict[str, Any]) -> tuple[str, dt.date, dt.date]:
    if record.get("published"):
        day = dt.date.fromisoformat(record["published"])
        return record["published"], day, day
    inferred = record["published_inferred"]
    return (inferred["date"], dt.date.fromisoformat(inferred["min"]),
            dt.date.fromisoformat(inferred["max"]))


def _tenure() -> Any:
    from readout.actors import load_kb
    from readout.actors.tenure import TenureFinder

    return TenureFinder(load_kb())


def score_published(gold_path: Path, folder: Path, details: list[str],
                    tenure: Any = None) -> dict[str, Any]:
    keys = ("given", "within", "exact", "wrong", "bounds")
    counts = dict.fromkeys(("documents", *keys), 0)
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        path = folder / (record.get("file") or f"{record['id']}.txt")
        text = article_text(path, record["id"])
        extra = tenure.constraints(text) if tenure is not None else ()
        predicted = time_stage.infer_published(text, extra)
        verdict = _judge(predicted, *_gold(record))
        counts["documents"] += 1
        for key in verdict:
            counts[key] += 1
        got = (f"{predicted.date} ({predicted.precision}, {predicted.min}..{predicted.max})"
               if predicted else "none")
        gold_day, low, high = _gold(record)
        details.append(f"{gold_path.stem}: {record['id']}: gold {gold_day} [{low}..{high}], "
                       f"got {got}: {', '.join(verdict) or 'no date'}")
    documents = counts["documents"]
    return {**counts, **{f"{key}_rate": _ratio(counts[key], documents)
                         for key in keys}}


def _judge(predicted: PublishedDate | None, day: str, low: dt.date,
           high: dt.date) -> list[str]:
    if predicted is None:
        return []
    start, end = _interval(predicted.date)
    first = dt.date.fromisoformat(predicted.min) if predicted.min else start
    last = dt.date.fromisoformat(predicted.max) if predicted.max else end
    bounds = ["bounds"] if first <= high and last >= low else []
    if start > high or end < low:
        return ["given", "wrong", *bounds]
    exact = ["exact"] if predicted.precision == "day" and predicted.date == day else []
    return ["given", "within", *exact, *bounds]


def _print_published(results: dict[str, dict[str, Any]], how: str) -> None:
    print(f"\n## Publication dates inferred {how}\n")
    print("| corpus | documents | given | within range | exact day | wrong | bounds overlap |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['documents']} | {r['given']} ({r['given_rate']:.2f}) "
              f"| {r['within']} ({r['within_rate']:.2f}) | {r['exact']} ({r['exact_rate']:.2f}) "
              f"| {r['wrong']} ({r['wrong_rate']:.2f}) | {r['bounds']} ({r['bounds_rate']:.2f}) |")


if __name__ == "__main__":
    main()
