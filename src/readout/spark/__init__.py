"""The pipeline on Apache Spark, for archives too large for one machine (`readout[spark]`).

The job calls the same stage functions as `readout ingest`, unchanged:

1. read     input files (on the executors, with `readout.sources`) or Parquet tables of
            records -> one row per document; duplicate ids keep the first read
2. annotate `mapInPandas` over batches of documents: `runner.annotate_batch` (stages 2-7,
            the spaCy pipeline loaded once per Python worker and cached)
3. reuse    fingerprints and MinHash bands exploded and self-joined on the hash, then
            `reuse.judge` / `reuse.similarity` on each candidate pair, as the store does
4. merge    `groupBy("group_key").applyInPandas`: each group's mentions and the reuse links
            among its documents go to `merge.merge_group`
5. write    Parquet tables documents, mentions, quotes, events (partitioned by `month`),
            failures and reuse; `readout load` reads them into SQLite or PostgreSQL

Spark and pandas are imported only here and in `readout.spark.job`; nothing else in readout
needs them.
"""

from __future__ import annotations

from typing import Any

from readout.errors import MissingExtraError

HINT = "pip install 'readout[spark]' (pyspark and pandas), and Java 17 for Spark itself"


def require() -> Any:
    """The pyspark module, or an error that says how to install it."""
    try:
        import pandas  # noqa: F401
        import pyspark
    except ImportError as exc:
        raise MissingExtraError(f"Spark support is not installed ({exc.name} is missing); "
                                f"{HINT}") from exc
    return pyspark
