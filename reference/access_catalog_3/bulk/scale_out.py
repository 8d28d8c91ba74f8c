"""The audit's chunk function on Dask dataframes: a local cluster by default, or the scheduler at
an address. Partitions are independent; their partial sums add exactly, so per-account, per-month
totals are the same however the file is partitioned."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa

from ratecert_reference.access_catalog_3.bulk.audit import DISCREPANCY, record_discrepancies
from ratecert_reference.access_catalog_3.bulk.measurement import GROUP, measure


def _partition(frame: pd.DataFrame, reading: str, with_vendor: bool) -> pd.DataFrame:
    table = pa.Table.from_pandas(frame, preserve_index=False).combine_chunks()
    batch = table.to_batches()[0] if table.num_rows else pa.RecordBatch.from_pylist([], schema=table.schema)
    measured = measure(batch, reading)
    partials = measured.partials.assign(kind="partial", records=0, rejected=0)
    count = pd.DataFrame({"kind": ["count"], "records": [len(frame)], "rejected": [int(measured.rejected.sum())]})
    found = record_discrepancies(batch, measured) if with_vendor else pd.DataFrame(columns=DISCREPANCY.names)
    return pd.concat([partials, count, found.assign(kind="record")], ignore_index=True)


def run_dask(usage: Path, reading: str, with_vendor: bool, scheduler: str | None):  # type: ignore[no-untyped-def]
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                                  memory_limit="3GiB", dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        frame = dd.read_parquet(str(usage), dtype_backend="pyarrow")
        meta = pd.DataFrame({**{c: pd.Series(dtype=object) for c in GROUP}, "ms": pd.Series(dtype="int64"),
                             "kind": pd.Series(dtype=object), "records": pd.Series(dtype="int64"),
                             "rejected": pd.Series(dtype="int64"),
                             **{c: pd.Series(dtype=object) for c in DISCREPANCY.names if c not in ("kind", "account", "month")}})
        results = frame.map_partitions(_partition, reading, with_vendor, meta=meta).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    partials = results[results["kind"] == "partial"]
    counts = results[results["kind"] == "count"]
    records, rejected = int(counts["records"].sum()), int(counts["rejected"].sum())
    found = results[results["kind"] == "record"][DISCREPANCY.names]
    return [partials[[*GROUP, "ms"]].astype({"ms": "int64"})], records, rejected, found
