"""Throughput, end to end, against spaCy's pipeline alone on the same texts.

    .venv/bin/python benchmarks/throughput.py [--documents 300] [--batch-size 64]

Builds a JSONL corpus of N articles by cycling through the bundled examples (and the seeds
when ../shared is there), each copy made unique by a numbered closing line so that ingest
does not skip it as already known. Each mode runs in its own process so that its peak
memory is its own:

- spacy:   `nlp.pipe` over the same paragraphs, nothing else (the floor);
- extract: readout's per-document stages (clean, time, nlp, actors, events, quotes);
- ingest:  `readout ingest` into a fresh SQLite file (adds the store and the merge).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from readout import goldrun, ingest, nlp, sources
from readout.pipeline import Annotator, prepare
from readout.settings import Settings
from readout.store import Store


def corpus_texts() -> list[tuple[str, str]]:
    """(title, body) of every gold-corpus article, cleaned once."""
    settings = Settings()
    out = []
    for corpus in goldrun.corpora():
        for item in sources.read_paths([corpus.inputs], sources.SourceOptions()):
            if isinstance(item, Exception):
                continue
            document = prepare(item, settings)
            out.append((document.title, document.text))
    return out


def write_corpus(path: Path, count: int) -> None:
    texts = corpus_texts()
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            title, body = texts[n % len(texts)]
            record = {"id": f"bench-{n}", "title": title,
                      "text": f"{body}\n(Archive copy {n}.)"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_mode(mode: str, path: Path, batch_size: int) -> dict[str, float]:
    settings = Settings(batch_size=batch_size)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    started = time.perf_counter()
    if mode == "spacy":
        model = nlp.load_pipeline()
        loaded = time.perf_counter()
        parsed = nlp.parse_texts(model, [r["text"] for r in records], batch_size)
        sentences = sum(len(list(p.doc.sents)) for doc in parsed for p in doc)
    elif mode == "extract":
        annotator = Annotator(settings)
        loaded = time.perf_counter()
        results = list(ingest.extract([path], settings, annotator))
        sentences = len(results)  # counted by the spacy mode; this keeps the loop honest
    else:
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "b.db") as store:
            loaded = time.perf_counter()  # the model loads inside ingest, when first needed
            report = ingest.ingest([path], store, settings, lambda: Annotator(settings))
            sentences = report.new
    seconds = time.perf_counter() - loaded
    return {"documents": len(records), "seconds": round(seconds, 2),
            "load_seconds": round(loaded - started, 2), "processed": sentences,
            "documents_per_s": round(len(records) / seconds, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--mode", choices=["spacy", "extract", "ingest"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.corpus, args.batch_size)))
        return
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        write_corpus(corpus, args.documents)
        words = sum(len(json.loads(line)["text"].split()) for line in corpus.open())
        print(f"{args.documents} documents, {words:,} words, batch size {args.batch_size}\n")
        print(f"{'mode':<8} {'docs/s':>8} {'sents/s':>9} {'words/s':>9} {'seconds':>8} "
              f"{'load s':>7} {'peak MB':>8}")
        sentences = 0
        for mode in ("spacy", "extract", "ingest"):
            line = subprocess.run(
                [sys.executable, __file__, "--mode", mode, "--corpus", str(corpus),
                 "--batch-size", str(args.batch_size)],
                capture_output=True, text=True, check=True).stdout
            row = json.loads(line)
            if mode == "spacy":
                sentences = int(row["processed"])  # the same paragraphs in every mode
            print(f"{mode:<8} {row['documents_per_s']:>8} {sentences / row['seconds']:>9.1f} "
                  f"{words / row['seconds']:>9.0f} {row['seconds']:>8} "
                  f"{row['load_seconds']:>7} {row['peak_rss_mb']:>8}")


if __name__ == "__main__":
    main()
