"""Synthetic switched-access usage for audits and benchmarks: a month of call records with a
realistic mix (feature groups, directions, SS7 and MF, tandem and direct routes, FGA lines,
unanswered calls, measured jurisdiction), written in chunks so 100M records never sit in memory.
A vendor column with planted per-record errors, and the planted list, come with it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ratecert_reference.access_catalog_3.bulk.layout import VENDOR_MS
from ratecert_reference.access_catalog_3.bulk.measurement import measure

MONTH_START_MS = int(np.datetime64("2025-03-01T00:00:00", "ms").astype(np.int64))
MONTH_MS = 31 * 86_400_000
OFFICES = [f"EO-{i:02d}" for i in range(20)]
ACCOUNTS = ["IXC-1", "IXC-2", "IXC-3"]


def terms() -> dict:
    """The accounts' terms: projected percentages and tandem mileage per end office."""
    offices = [{"end_office": eo, "percent_intrastate": str(40 + 3 * i), "tandem_switched_miles": 5 + i,
                "tst_billing_percentage": "100", "tst_terminations": 1} for i, eo in enumerate(OFFICES)]
    return {"bill_day": 1, "accounts": {a: {"end_offices": offices} for a in ACCOUNTS}}


def _chunk(rng: np.random.Generator, start: int, size: int) -> pa.RecordBatch:
    fg = rng.choice(np.array(["A", "B", "C", "D"]), size, p=[0.08, 0.07, 0.10, 0.75])
    direction = rng.choice(np.array(["originating", "terminating"]), size)
    signaling = np.where(np.isin(fg, ["C", "D"]) & (rng.random(size) < 0.8), "SS7", "MF")
    routing = np.where(rng.random(size) < 0.4, "tandem", "direct")
    t0 = MONTH_START_MS + rng.integers(0, MONTH_MS - 4 * 3_600_000, size)
    answered = ~((direction == "terminating") & (rng.random(size) < 0.03))
    duration = rng.exponential(180_000, size).astype(np.int64) + 1
    answer = t0 + 4_000
    end_user = answer + duration
    jurisdiction = rng.choice(np.array([None, "intrastate", "interstate"], dtype=object), size, p=[0.7, 0.2, 0.1])
    line = np.where(fg == "A", np.char.add("L-", rng.integers(0, 200, size).astype(str)), None)

    def ms(values: np.ndarray, valid: np.ndarray | None = None) -> pa.Array:
        return pa.array(values, type=pa.int64(), mask=None if valid is None else ~valid).cast(pa.timestamp("ms"))

    def whole(array: pa.Array | pa.ChunkedArray) -> pa.Array:
        return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array

    def category(values: np.ndarray) -> pa.Array:
        return whole(whole(pa.array(values, type=pa.string())).dictionary_encode())

    return pa.RecordBatch.from_pydict({
        "id": whole(pa.array(np.char.add("c", np.arange(start, start + size).astype(str)))),
        "account": category(rng.choice(np.array(ACCOUNTS), size)),
        "end_office": category(rng.choice(np.array(OFFICES), size)),
        "feature_group": category(fg), "direction": category(direction), "signaling": category(signaling),
        "routing": category(routing), "line": category(line), "jurisdiction": category(jurisdiction),
        "off_hook": ms(t0), "answer": ms(answer, answered), "iam_sent": ms(t0), "exit_message": ms(t0 + 1_500),
        "end_user_disconnect": ms(end_user), "customer_disconnect": ms(end_user + rng.integers(0, 2_000, size)),
    })


def generate(path: Path, records: int, *, chunk: int = 2_000_000, seed: int = 7, plant_every: int = 0) -> list[str]:
    """Write `records` call records to Parquet; with `plant_every`, a vendor column that is right
    except for one record in `plant_every` (off by a second). Returns the planted record ids."""
    rng = np.random.default_rng(seed)
    writer: pq.ParquetWriter | None = None
    planted: list[str] = []
    for start in range(0, records, chunk):
        batch = _chunk(rng, start, min(chunk, records - start))
        if plant_every:
            measured = measure(batch)
            vendor = np.where(measured.rejected, 0, measured.ms)
            wrong = np.flatnonzero((np.arange(start, start + batch.num_rows) % plant_every) == plant_every // 2)
            vendor[wrong] += 1_000
            planted += [batch.column(0)[int(i)].as_py() for i in wrong]
            batch = pa.RecordBatch.from_arrays([*batch.columns, pa.array(vendor, mask=measured.rejected)],
                                               names=[*batch.schema.names, VENDOR_MS])
        if writer is None:
            writer = pq.ParquetWriter(path, batch.schema, compression="snappy")
        writer.write_batch(batch, row_group_size=min(chunk, 1_000_000))
    if writer is not None:
        writer.close()
    return planted


def write_terms(path: Path) -> None:
    path.write_text(json.dumps(terms(), indent=1), encoding="utf-8")
