"""`readout spark extract`: the Spark plan (see the numbered steps in `readout.spark`).

Each function handed to Spark is a plain Python function over pandas batches that calls the
engine-free stage functions; the plan around them only reads, joins, groups and writes.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readout import merge, sources
from readout.errors import InputError, UsageError
from readout.merge import reuse as reuse_rules
from readout.pipeline import failure
from readout.records import Annotation, Failure
from readout.runner import RunOptions, annotate_batch
from readout.settings import Settings
from readout.spark import require
from readout.spark import rows as R

TABLES = ("documents", "mentions", "quotes", "events", "failures", "reuse")
PARTITIONED = ("documents", "mentions", "quotes", "events")

_INT = "long"
_TYPES = {"original": "binary", "position": _INT, "start": _INT, "end": _INT,
          "evidence_start": _INT, "evidence_end": _INT, "event_position": _INT,
          "background": _INT, "direct": _INT, "partial": _INT, "independent_sources": _INT,
          "sources": _INT, "score": "double"}


def ddl(columns: Sequence[str], extra: Sequence[tuple[str, str]] = ()) -> str:
    """A Spark schema string; every name quoted (`end`, `order` and `date` are keywords)."""
    pairs = [(c, _TYPES.get(c, "string")) for c in columns] + list(extra)
    return ", ".join(f"`{name}` {kind}" for name, kind in pairs)


INPUT_SCHEMA = ddl(R.INPUT_COLUMNS, [("failure", "string")])
RESULT_EXTRA = (("original", "binary"), ("fingerprints", "array<string>"),
                ("signature", "binary"), ("bands", "array<string>"))
RESULT_COLUMNS = ("kind", "id", "document", "mentions", "quotes", "failure", "text",
                  *(name for name, _ in RESULT_EXTRA))
RESULT_SCHEMA = ddl(RESULT_COLUMNS[:7], RESULT_EXTRA)
PAIR_SCHEMA = ddl(R.REUSE_COLUMNS)


@dataclass(frozen=True)
class JobOptions:
    partitions: int = 0  # partitions for the annotate step; 0: Spark's default parallelism
    triage: bool = False
    published: str | None = None


@dataclass(frozen=True)
class JobReport:
    documents: int
    mentions: int
    quotes: int
    events: int
    failures: int
    reuse: int


def session(master: str | None = None, config: dict[str, str] | None = None,
            app: str = "readout") -> Any:
    """A SparkSession: the one spark-submit configured, or a local one."""
    require()
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    # Small Arrow batches: a batch of documents is held in memory with its parses.
    settings = {"spark.sql.execution.arrow.maxRecordsPerBatch": "64",
                "spark.ui.showConsoleProgress": "false", **(config or {})}
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def extract(spark: Any, inputs: Sequence[str], out: Path, settings: Settings,
            options: JobOptions = JobOptions()) -> JobReport:
    """Read, annotate, link, merge and write the Parquet tables under `out`."""
    from pyspark import StorageLevel

    frames = plan(spark, inputs, settings, options)
    # Annotating is the costly step: its results, and the two tables read twice, are kept.
    kept = [frames.pop("_results"), frames["mentions"], frames["reuse"]]
    for frame in kept:
        frame.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for name in TABLES:
            writer = frames[name].write.mode("overwrite")
            if name in PARTITIONED:
                writer = writer.partitionBy("month")
            writer.parquet(str(out / name))
    finally:
        for frame in kept:
            frame.unpersist()
    return JobReport(**{name: spark.read.parquet(str(out / name)).count() for name in TABLES})


def plan(spark: Any, inputs: Sequence[str], settings: Settings,
         options: JobOptions) -> dict[str, Any]:
    """The DataFrames of every table (and `_results`, the annotate step to cache)."""
    from pyspark.sql import functions as F

    read = _inputs(spark, inputs, settings)
    documents = _first_of_each_id(read.filter(F.col("failure").isNull())).unionByName(
        read.filter(F.col("failure").isNotNull()))  # read failures pass through annotate
    partitions = options.partitions or spark.sparkContext.defaultParallelism
    run = RunOptions(triage=options.triage, published=options.published)
    results = documents.repartition(partitions, "id").mapInPandas(
        _annotate(settings, run), RESULT_SCHEMA)
    annotated = results.filter(F.col("kind") == "annotation")
    mentions = annotated.mapInPandas(_flatten("mentions"), ddl(R.MENTION_COLUMNS))
    reuse = _reuse(annotated)
    failures = results.filter(F.col("kind") == "failure")
    return {
        "_results": results,
        "documents": annotated.mapInPandas(_documents, ddl(R.DOCUMENT_COLUMNS)),
        "mentions": mentions,
        "quotes": annotated.mapInPandas(_flatten("quotes"), ddl(R.QUOTE_COLUMNS)),
        "events": _events(mentions, reuse),
        "failures": failures.mapInPandas(_flatten("failure"), ddl(R.FAILURE_COLUMNS)),
        "reuse": reuse,
    }


# -- 1. read -----------------------------------------------------------------------------------

def _inputs(spark: Any, inputs: Sequence[str], settings: Settings) -> Any:

    tables = [p for p in inputs if _is_parquet(Path(p))]
    files: list[tuple[str, str]] = []
    missing: list[dict[str, Any]] = []
    listed = sources.expand_paths([p for p in inputs if p not in tables])
    for number, item in enumerate(listed):
        if isinstance(item, InputError):
            missing.append(_failed(failure(item.path, "sources", item)))
        else:
            files.append((f"f{number:09d}", str(item)))
    frames = []
    if files:
        listing = spark.createDataFrame(files, "`order` string, file string")
        frames.append(listing.repartition(max(1, min(len(files), 64))).mapInPandas(
            _read_files(settings), INPUT_SCHEMA))
    if tables:
        frames.append(_records(spark.read.parquet(*tables), settings))
    if missing:
        frames.append(spark.createDataFrame(missing, INPUT_SCHEMA))
    if not frames:
        raise UsageError("no inputs given; name files, folders or Parquet tables")
    read = frames[0]
    for frame in frames[1:]:
        read = read.unionByName(frame)
    return read


def _is_parquet(path: Path) -> bool:
    return path.suffix == ".parquet" or (path.is_dir() and any(path.rglob("*.parquet")))


def _failed(item: Failure) -> dict[str, Any]:
    return {**{name: None for name in R.INPUT_COLUMNS},
            "failure": json.dumps(R.failure_row(item))}


def _read_files(settings: Settings) -> Callable[[Iterator[Any]], Iterator[Any]]:
    options = sources.SourceOptions(max_document_bytes=settings.max_document_bytes)

    def read(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        for batch in batches:
            out = []
            for row in R.records(batch):
                for n, item in enumerate(sources.read_path(Path(row["file"]), options)):
                    if isinstance(item, InputError):
                        out.append(_failed(failure(item.path, "sources", item)))
                    else:
                        out.append({**R.input_row(item, f"{row['order']}:{n:09d}"),
                                    "failure": None})
            yield pd.DataFrame(out, columns=[*R.INPUT_COLUMNS, "failure"])
    return read


def _records(table: Any, settings: Settings) -> Any:
    """Rows of input Parquet files (`text`, optional `id`, `title`, `url`, `published`,
    `source`) as documents."""
    from pyspark.sql import functions as F

    wanted = ("id", "title", "url", "published", "source", "text")
    if "text" not in table.columns:
        raise UsageError("an input Parquet table has no `text` column; give one article per "
                         "row with its text in `text`")
    columns = [(F.col(c) if c in table.columns else F.lit(None)).cast("string").alias(c)
               for c in wanted]
    ordered = table.select(*columns, F.input_file_name().alias("file"),
                           F.monotonically_increasing_id().alias("row"))
    return ordered.mapInPandas(_from_records(settings), INPUT_SCHEMA)


def _from_records(settings: Settings) -> Callable[[Iterator[Any]], Iterator[Any]]:
    def convert(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        for batch in batches:
            out = []
            for row in R.records(batch):
                where = f"{row.pop('file')}:{row['row']}"
                order = f"p{int(row.pop('row')):019d}"
                try:
                    document = R.document_from_record(row, where)
                    if len(document.raw_text.encode()) > settings.max_document_bytes:
                        raise InputError(where, "record text is over the max_document_bytes "
                                         "setting")
                    out.append({**R.input_row(document, order), "failure": None})
                except InputError as error:
                    out.append(_failed(failure(where, "sources", error)))
            yield pd.DataFrame(out, columns=[*R.INPUT_COLUMNS, "failure"])
    return convert


def _first_of_each_id(documents: Any) -> Any:
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first = Window.partitionBy("id").orderBy("order")
    return documents.withColumn("_n", F.row_number().over(first)).filter(
        F.col("_n") == 1).drop("_n")


# -- 2. annotate ---------------------------------------------------------------------------------

def _annotate(settings: Settings, options: RunOptions
              ) -> Callable[[Iterator[Any]], Iterator[Any]]:
    def annotate(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        for batch in batches:
            found = list(R.records(batch))
            documents = [R.document_from_input(r) for r in found if r["failure"] is None]
            results = annotate_batch(documents, settings, options) if documents else []
            out = [_failure_result(r["failure"]) for r in found if r["failure"] is not None]
            out += [_result_row(r) for r in results]
            yield pd.DataFrame(out, columns=list(RESULT_COLUMNS))
    return annotate


def _result_row(result: Annotation | Failure) -> dict[str, Any]:
    if isinstance(result, Failure):
        return _failure_result(json.dumps(R.failure_row(result)))
    document = R.document_row(result)
    original = document.pop("original")
    prints, signature, bands = R.reuse_keys(result.document.text)
    return {"kind": "annotation", "id": result.document.id,
            "document": json.dumps(document, ensure_ascii=False),
            "mentions": json.dumps(R.mention_rows(result), ensure_ascii=False),
            "quotes": json.dumps(R.quote_rows(result), ensure_ascii=False),
            "failure": None, "text": result.document.text, "original": original,
            "fingerprints": prints, "signature": signature, "bands": bands}


def _failure_result(failure_json: str) -> dict[str, Any]:
    return {"kind": "failure", "failure": failure_json, "fingerprints": [], "bands": []}


def _documents(batches: Iterator[Any]) -> Iterator[Any]:
    import pandas as pd

    for batch in batches:
        out = [{**json.loads(row["document"]), "original": row["original"]}
               for row in R.records(batch)]
        yield pd.DataFrame(out, columns=list(R.DOCUMENT_COLUMNS))


def _flatten(column: str) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """Rows kept as JSON in one column of the results (a list, or one object) as a table."""
    names = {"mentions": R.MENTION_COLUMNS, "quotes": R.QUOTE_COLUMNS,
             "failure": R.FAILURE_COLUMNS}[column]

    def flatten(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        for batch in batches:
            out: list[dict[str, Any]] = []
            for row in R.records(batch):
                value = json.loads(row[column])
                out += value if isinstance(value, list) else [value]
            yield pd.DataFrame(out, columns=list(names)).astype(
                {n: "Int64" for n in names if n in R.INT_COLUMNS})
    return flatten


# -- 3. reuse ----------------------------------------------------------------------------------

def _reuse(annotated: Any) -> Any:
    """Copy and rewrite links, as the store finds them when a document is added."""
    from pyspark.sql import functions as F

    texts = annotated.select("id", "text")
    prints = annotated.select("id", F.explode("fingerprints").alias("hash"))
    a, b = prints.alias("a"), prints.alias("b")
    shared = (a.join(b, (F.col("a.hash") == F.col("b.hash")) & (F.col("a.id") < F.col("b.id")))
              .groupBy(F.col("a.id").alias("first"), F.col("b.id").alias("second"))
              .agg(F.collect_set("a.hash").alias("shared")))
    shared = (shared.join(texts.withColumnsRenamed({"id": "first", "text": "first_text"}),
                          "first")
              .join(texts.withColumnsRenamed({"id": "second", "text": "second_text"}),
                    "second"))
    bands = annotated.select("id", "signature", F.explode("bands").alias("band"))
    c, d = bands.alias("c"), bands.alias("d")
    near = (c.join(d, (F.col("c.band") == F.col("d.band")) & (F.col("c.id") < F.col("d.id")))
            .select(F.col("c.id").alias("first"), F.col("d.id").alias("second"),
                    F.col("c.signature").alias("first_signature"),
                    F.col("d.signature").alias("second_signature"))
            .dropDuplicates(["first", "second"]))
    return shared.mapInPandas(_judge, PAIR_SCHEMA).unionByName(
        near.mapInPandas(_near_duplicates, PAIR_SCHEMA))


def _judge(batches: Iterator[Any]) -> Iterator[Any]:
    import pandas as pd

    for batch in batches:
        out = []
        for row in R.records(batch):
            verdict = reuse_rules.judge(set(row["shared"]), row["first_text"],
                                        row["second_text"])
            if verdict:
                out.append({"first": row["first"], "second": row["second"],
                            "kind": verdict[0], "score": verdict[1]})
        yield pd.DataFrame(out, columns=list(R.REUSE_COLUMNS))


def _near_duplicates(batches: Iterator[Any]) -> Iterator[Any]:
    import pandas as pd

    for batch in batches:
        out = []
        for row in R.records(batch):
            score = reuse_rules.similarity(row["first_signature"], row["second_signature"])
            if score >= reuse_rules.NEAR_DUPLICATE:
                out.append({"first": row["first"], "second": row["second"],
                            "kind": "near-duplicate", "score": round(score, 3)})
        yield pd.DataFrame(out, columns=list(R.REUSE_COLUMNS))


# -- 4. merge ------------------------------------------------------------------------------------

def _events(mentions: Any, reuse: Any) -> Any:
    """Each group's mentions, with the reuse links among its documents, merged by
    `merge.merge_group`."""
    from pyspark.sql import functions as F

    groups = mentions.select("group_key", F.col("document_id").alias("doc")).distinct()
    g1, g2 = groups.alias("g1"), groups.alias("g2")
    links = (reuse.join(g1, F.col("first") == F.col("g1.doc"))
             .join(g2, (F.col("second") == F.col("g2.doc"))
                   & (F.col("g1.group_key") == F.col("g2.group_key")))
             .select(F.col("g1.group_key").alias("group_key"),
                     F.col("first").alias("link_first"), F.col("second").alias("link_second")))
    rows = mentions.unionByName(links, allowMissingColumns=True)
    return rows.groupBy("group_key").applyInPandas(_merge_group, ddl(R.EVENT_COLUMNS))


def _merge_group(frame: Any) -> Any:
    import pandas as pd

    found = list(R.records(frame))
    items = [R.sourced_mention(r) for r in found if r.get("link_first") is None]
    links = sorted({(r["link_first"], r["link_second"]) for r in found
                    if r.get("link_first") is not None})
    key = found[0]["group_key"]
    events = merge.merge_group(items, links)
    return pd.DataFrame([R.event_row(e, key) for e in events], columns=list(R.EVENT_COLUMNS))

