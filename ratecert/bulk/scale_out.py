"""The audit on a Dask cluster: a local one by default, or the scheduler at an address.

Each task reads its own row groups with Arrow on the worker, runs the same chunk function as the
local stream, and sends back only its partial sums (a few thousand keys, with the codebook that
names them), its counts and its departures - never the records. No Dask dataframe and no pandas:
the old path read partitions as pandas frames and converted each back to Arrow, which cost more
than the measurement itself. Partial sums add exactly, so the totals are the same however the
file is cut; tasks are merged in file order, so the discrepancy files are too.

The workers must see the usage file at the same path (a shared file system or object store mount).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from ratecert.bulk.discrepancies import Writer
from ratecert.bulk.stream import Chunk, Source, row_group_reader
from ratecert.bulk.sums import Accumulator, Codebook, Grouped

GROUPS_PER_TASK = 1


@dataclass
class TaskResult:
    book: Codebook
    grouped: Grouped
    records: int
    rejected: int
    departures: pa.Table | None
    seconds: float          # the task's own time on its worker (for the scale-out model)


def _task(source: Source, columns: list[str], rules: Any, measuring: Any, with_vendor: bool,
          first: int, last: int) -> TaskResult:
    from ratecert.bulk.audit import chunk_work

    began = time.perf_counter()
    book = rules.codebook()
    work = chunk_work(source, rules, measuring, book, with_vendor)
    read = row_group_reader(source, columns)
    totals, records, rejected, found = Accumulator(), 0, 0, []
    for index in range(first, last):
        batch = read(index)
        assert batch is not None
        outcome = work(batch, Chunk(source.groups[index], 0))
        totals.add(outcome.grouped)
        records += outcome.records
        rejected += outcome.rejected
        if outcome.departures is not None:
            found.append(outcome.departures.table("record"))
    departures = pa.concat_tables(found) if found else None
    return TaskResult(book, totals.total, records, rejected, departures, time.perf_counter() - began)


def run_dask(source: Source, columns: list[str], rules: Any, measuring: Any, with_vendor: bool, writer: Writer,
             scheduler: str | None, workers: int = 2) -> tuple[Grouped, Any, int, int, float]:
    """The totals, codebook, record and rejected counts, and the tasks' own seconds on their workers
    (what the scale-out model in bench/scale_out_model.py separates from scheduling)."""
    from distributed import Client, LocalCluster

    if source.is_csv:
        from ratecert.bulk.audit import BadUsage

        raise BadUsage(f"{source.path}: the Dask engine reads Parquet row groups; convert the CSV to Parquet first")
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  memory_limit="3GiB", dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        spans = [(i, min(i + GROUPS_PER_TASK, len(source.groups))) for i in range(0, len(source.groups), GROUPS_PER_TASK)]
        futures = [client.submit(_task, source, columns, rules, measuring, with_vendor, first, last, pure=False)
                   for first, last in spans]
        book = rules.codebook()
        totals, records, rejected, task_seconds = Accumulator(), 0, 0, 0.0
        for future in futures:                    # file order: deterministic discrepancy files
            result: TaskResult = future.result()
            totals.add(Grouped(book.rekey(result.book, result.grouped.keys), result.grouped.sums,
                               result.grouped.counts))
            records += result.records
            rejected += result.rejected
            task_seconds += result.seconds
            if result.departures is not None:
                writer.write(result.departures)
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return totals.total, book, records, rejected, task_seconds
