"""The columnar layout of call records: one Arrow column per field of `CallRecord`, plus the
account, so that a carrier's month of usage reads in chunks from Parquet or CSV. Times are
milliseconds; categorical fields are dictionary-encoded on disk."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

if TYPE_CHECKING:
    from ratecert_reference.access_catalog_3.records import CallRecord

TIMES = ("off_hook", "answer", "iam_sent", "exit_message", "end_user_disconnect", "customer_disconnect")
CATEGORIES = ("account", "end_office", "feature_group", "direction", "signaling", "routing", "line", "jurisdiction")
VENDOR_MS = "vendor_chargeable_ms"   # optional: the vendor's chargeable milliseconds per record

CSV_TYPES = {**{t: pa.timestamp("ms") for t in TIMES}, VENDOR_MS: pa.int64()}   # CSV text has no types of its own

SCHEMA = pa.schema([("id", pa.string()), *[(c, pa.string()) for c in CATEGORIES],
                    *[(t, pa.timestamp("ms")) for t in TIMES]])


def table_from_calls(calls: Iterable[CallRecord], account: str = "ACCT-1") -> pa.Table:
    """The same records as Arrow columns (for tests and small files). The bulk path measures whole
    milliseconds, as call detail files record them: a finer time is refused, never truncated."""
    calls = list(calls)
    for c in calls:
        finer = [t for t in TIMES if getattr(c, t) is not None and getattr(c, t).microsecond % 1000]
        if finer:
            raise ValueError(f"call {c.id}: {finer[0]} is finer than a millisecond; the bulk path measures whole "
                             "milliseconds")
    rows = [{"id": c.id, "account": account, "end_office": c.end_office, "feature_group": c.feature_group,
             "direction": c.direction, "signaling": c.signaling, "routing": c.routing, "line": c.line,
             "jurisdiction": c.jurisdiction, **{t: getattr(c, t) for t in TIMES}} for c in calls]
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def batches(path: Path, rows: int, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
    """Stream record batches of about `rows` rows from Parquet or CSV (the per-record path)."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    if path.suffix == ".csv":
        reader = pacsv.open_csv(path, read_options=pacsv.ReadOptions(block_size=1 << 26),
                                convert_options=pacsv.ConvertOptions(column_types=CSV_TYPES, include_columns=columns,
                                                                     strings_can_be_null=True))
        yield from reader
        return
    parquet = pq.ParquetFile(path, read_dictionary=[c for c in CATEGORIES])
    yield from parquet.iter_batches(batch_size=rows, columns=columns, use_threads=True)

