"""Scale-out: articles/s of the local runner (1 and 2 workers) and of Spark local[2] on the
same corpus, and the triage speed-up on a mixed stream with the recall it costs.

    .venv/bin/python benchmarks/scale_out.py [--documents 300] [--mixed 200] [--skip-spark]

The corpus cycles through the gold articles (examples, held-out and merge corpora, and the
seeds when ../shared is there), each copy given its own id and a numbered closing line, as in
`benchmarks/throughput.py`. Each mode runs in a fresh process (`--mode`), so every one pays
its own model load; the figures give the wall time with and without that start-up.
The mixed stream is a quarter diplomatic (gold articles) and three quarters made-up sport,
weather, business, science and local news (`benchmarks/data/nondiplomatic/`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from readout import goldrun, sources
from readout.contract import annotation_json
from readout.pipeline import prepare
from readout.records import Annotation
from readout.settings import Settings

HERE = Path(__file__).resolve().parent
NONDIPLOMATIC = HERE / "data" / "nondiplomatic"


def _texts(folders: list[Path]) -> list[tuple[str, str]]:
    out = []
    for item in sources.read_paths(folders, sources.SourceOptions()):
        if not isinstance(item, Exception):
            document = prepare(item, Settings())
            out.append((document.title, document.text))
    return out


def write_corpus(path: Path, count: int, texts: list[tuple[str, str]], tag: str) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            title, body = texts[n % len(texts)]
            out.write(json.dumps({"id": f"{tag}-{n}", "title": title,
                                  "text": f"{body}\n(Archive copy {n}.)"}) + "\n")


def mixed_corpus(path: Path, count: int) -> None:
    gold = _texts([c.inputs for c in goldrun.corpora()])
    other = _texts([NONDIPLOMATIC])
    stream = [gold[n % len(gold)] if n % 4 == 0 else other[n % len(other)]
              for n in range(count)]
    write_corpus(path, count, stream, "mixed")


def run_mode(mode: str, corpus: Path) -> dict[str, Any]:
    from readout import ingest, runner
    from readout.store import Store

    settings = Settings()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        if mode.startswith("spark"):
            from readout.spark import job

            spark = job.session("local[2]", {"spark.sql.shuffle.partitions": "2"})
            spark.sparkContext.setLogLevel("ERROR")
            ready = time.perf_counter()
            report = job.extract(spark, [str(corpus)], Path(folder) / "out", settings)
            documents, events = report.documents, report.events
        else:
            workers = 2 if mode == "local-2" else 1
            options = runner.RunOptions(workers=workers)
            if workers == 1:  # the pool's workers load their own, inside the timing
                runner.cached_annotator(settings)
            ready = time.perf_counter()
            with Store(Path(folder) / "b.db") as store:
                runner.run(ingest.read([corpus], settings), store, settings, options)
                counts = store.counts()
            documents, events = counts.documents, counts.events
    end = time.perf_counter()
    words = sum(len(json.loads(line)["text"].split())
                for line in corpus.read_text(encoding="utf-8").splitlines())
    return {"mode": mode, "documents": documents, "words": words, "events": events,
            "seconds": round(end - started, 1), "after_start_seconds": round(end - ready, 1),
            "articles_per_s": round(documents / (end - started), 2),
            "articles_per_s_after_start": round(documents / (end - ready), 2)}


def triage_speed(corpus: Path, rounds: int = 2) -> dict[str, Any]:
    """`readout ingest` of the mixed stream without and with triage, in one process with the
    model loaded, alternating; the best of `rounds` runs of each."""
    from readout import ingest, runner
    from readout.store import Store

    settings = Settings()
    runner.cached_annotator(settings)
    best = {False: float("inf"), True: float("inf")}
    with tempfile.TemporaryDirectory() as folder:
        for n in range(rounds):
            for triage in (False, True):
                with Store(Path(folder) / f"{n}-{triage}.db") as store:
                    started = time.perf_counter()
                    runner.run(ingest.read([corpus], settings), store, settings,
                               runner.RunOptions(triage=triage))
                    best[triage] = min(best[triage], time.perf_counter() - started)
                    events = store.counts().events
    lines = corpus.read_text(encoding="utf-8").splitlines()
    return {"mode": "triage-speed", "documents": len(lines), "events": events,
            "plain_seconds": round(best[False], 2), "triage_seconds": round(best[True], 2),
            "speed_up": round(best[False] / best[True], 2)}


def triage_recall() -> dict[str, Any]:
    """Event mentions and quotes found on the gold corpora with triage, against without."""
    from readout import runner

    settings = Settings()
    kept = total = 0
    for corpus in goldrun.corpora():
        documents = [d for d in sources.read_paths([corpus.inputs], sources.SourceOptions())
                     if not isinstance(d, Exception)]
        plain = runner.annotate_batch(documents, settings)
        triaged = runner.annotate_batch(documents, settings, runner.RunOptions(triage=True))
        want = {a.document.id: annotation_json(a) for a in plain if isinstance(a, Annotation)}
        got = {a.document.id: annotation_json(a) for a in triaged if isinstance(a, Annotation)}
        for doc_id, expected in want.items():
            found = got.get(doc_id, {"events": [], "quotes": []})
            total += len(expected["events"]) + len(expected["quotes"])
            kept += sum(1 for e in expected["events"] if e in found["events"])
            kept += sum(1 for q in expected["quotes"] if q in found["quotes"])
    return {"mode": "triage-recall", "found_without_triage": total, "kept_with_triage": kept,
            "recall": round(kept / total, 4) if total else 1.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--mixed", type=int, default=200)
    parser.add_argument("--skip-spark", action="store_true")
    parser.add_argument("--only", nargs="*", help="run only these modes")
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        if args.mode == "triage-recall":
            result = triage_recall()
        elif args.mode == "triage-speed":
            result = triage_speed(args.corpus)
        else:
            result = run_mode(args.mode, args.corpus)
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as folder:
        corpus, mixed = Path(folder) / "corpus.jsonl", Path(folder) / "mixed.jsonl"
        write_corpus(corpus, args.documents,
                     _texts([c.inputs for c in goldrun.corpora()]), "bench")
        mixed_corpus(mixed, args.mixed)
        modes = [("local-1", corpus), ("local-2", corpus)]
        modes += [] if args.skip_spark else [("spark-local2", corpus)]
        modes += [("triage-speed", mixed), ("triage-recall", corpus)]
        for mode, path in modes:
            if args.only and mode not in args.only:
                continue
            out = subprocess.run([sys.executable, __file__, "--mode", mode, "--corpus",
                                  str(path)], capture_output=True, text=True, check=True)
            print(out.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
