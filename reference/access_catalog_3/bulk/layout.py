"""The columnar layout of call records: one Arrow column per field of `CallRecord`, plus the
account, so that a carrier's month of usage reads in chunks from Parquet or CSV. Times are
milliseconds; categorical fields are dictionary-encoded on disk."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ratecert_reference.access_catalog_3.records import CallRecord

TIMES = ("off_hook", "answer", "iam_sent", "exit_message", "end_user_disconnect", "customer_disconnect")
CATEGORIES = ("account", "end_office", "feature_group", "direction", "signaling", "routing", "line", "jurisdiction")
VENDOR_MS = "vendor_chargeable_ms"   # optional: the vendor's chargeable milliseconds per record

SCHEMA = pa.schema([("id", pa.string()), *[(c, pa.string()) for c in CATEGORIES],
                    *[(t, pa.timestamp("ms")) for t in TIMES]])


def table_from_calls(calls: Iterable[CallRecord], account: str = "ACCT-1") -> pa.Table:
    """The same records as Arrow columns (for tests and small files)."""
    rows = [{"id": c.id, "account": account, "end_office": c.end_office, "feature_group": c.feature_group,
             "direction": c.direction, "signaling": c.signaling, "routing": c.routing, "line": c.line,
             "jurisdiction": c.jurisdiction, **{t: getattr(c, t) for t in TIMES}} for c in calls]
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def batches(path: Path, rows: int, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
    """Stream record batches of about `rows` rows from Parquet or CSV."""
    if path.suffix == ".csv":
        types = {**{t: pa.timestamp("ms") for t in TIMES}, VENDOR_MS: pa.int64()}
        reader = pacsv.open_csv(path, read_options=pacsv.ReadOptions(block_size=1 << 26),
                                convert_options=pacsv.ConvertOptions(column_types=types, include_columns=columns,
                                                                     strings_can_be_null=True))
        yield from reader
        return
    parquet = pq.ParquetFile(path, read_dictionary=[c for c in CATEGORIES])
    yield from parquet.iter_batches(batch_size=rows, columns=columns, use_threads=True)


def row_groups(path: Path, columns: list[str], ahead: int = 1) -> Iterator[tuple[int, pa.RecordBatch]]:
    """Parquet row groups as batches, the next `ahead` read on another thread while the caller
    works on the current one (Arrow releases the GIL while decoding). Memory: ahead + 1 groups."""
    from concurrent.futures import ThreadPoolExecutor

    parquet = pq.ParquetFile(path, read_dictionary=[c for c in CATEGORIES if c in columns])

    def read(index: int) -> pa.RecordBatch:
        return parquet.read_row_group(index, columns=columns, use_threads=True).combine_chunks().to_batches()[0]

    count = parquet.metadata.num_row_groups
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = [pool.submit(read, i) for i in range(min(ahead, count))]
        for index in range(count):
            if index + ahead < count:
                pending.append(pool.submit(read, index + ahead))
            yield index, pending.pop(0).result()


def ids_of(path: Path, row_group: int, rows: list[int]) -> list[str]:
    """Record ids of some rows of a row group, read only when a discrepancy needs naming."""
    column = pq.ParquetFile(path).read_row_group(row_group, columns=["id"]).column(0)
    return column.take(pa.array(rows)).to_pylist()


def has_column(path: Path, name: str) -> bool:
    if path.suffix == ".csv":
        import csv

        with path.open(encoding="utf-8", newline="") as handle:
            return name in next(csv.reader(handle), [])
    return name in pq.ParquetFile(path).schema_arrow.names
