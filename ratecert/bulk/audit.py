"""`ratecert audit`: re-rate a carrier's usage and list every record and bill line where the
vendor's rated output departs from the document's rules.

This module is the framework's driver and knows no document: the rules of one (the catalog's are
`ratecert_reference.access_catalog_3.bulk.access_catalog`) say which columns to read, how a chunk of records is measured and
grouped, and how the accumulated groups are priced. The driver streams the file (both cores, in
file order), compares each chunk with the vendor's per-record values when the file carries them,
accumulates exact integer sums, prices them once at the end, compares the vendor's bill lines, and
writes the discrepancies, the expected lines and an HTML summary. The same chunk function runs on
Dask workers for scale-out (`ratecert.bulk.scale_out`).

Bad input ends in an `AuditInputError` whose message is one line naming the file and the fault.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pyarrow as pa

from ratecert.bulk.beside import Forked, Thread, beside
from ratecert.bulk.discrepancies import (SCHEMA, BadVendorLines, Departures, PricedUsage, Writer, line_departures,
                                         record_departures, table, vendor_lines, write_expected, write_rows)
from ratecert.bulk.stream import Chunk, Source, UnreadableUsage, map_chunks
from ratecert.bulk.sums import Accumulator, Grouped, TooManyValues



class BadUsage(ValueError):
    """Usage whose columns do not fit the rules' layout (missing, or of the wrong type)."""


class UnwritableOut(ValueError):
    """The output folder cannot be created or written."""


INPUT_ERRORS: tuple[type[Exception], ...] = (UnreadableUsage, BadUsage, BadVendorLines, TooManyValues, UnwritableOut)


class Measurement(Protocol):
    ms: np.ndarray          # the rules' value of each record (0 when rejected)
    rejected: np.ndarray    # bool per record
    grouped: Grouped


class Rules(Protocol):
    """What the driver needs of a document's bulk rules."""

    document: str
    vendor_column: str                 # the vendor's per-record value, when the file carries it
    dictionaries: tuple[str, ...]      # columns read as dictionaries
    csv_types: dict[str, pa.DataType]
    input_errors: tuple[type[Exception], ...]   # the rules' own bad-input errors (terms, dates)

    def columns(self, schema: pa.Schema, path: Path) -> list[str]: ...
    def read_terms(self, path: Path) -> Any: ...          # read once; what measurement needs, checked lightly
    def load_terms(self, read: Any) -> Any: ...           # everything, validated: runs beside the stream
    def codebook(self) -> Any: ...
    def measure(self, batch: pa.RecordBatch, measuring: Any, book: Any) -> Measurement: ...
    def departures(self, batch: pa.RecordBatch, rows: np.ndarray, measured: Measurement) -> Departures: ...
    def price(self, total: Grouped, book: Any, terms: Any) -> PricedUsage: ...


@dataclass
class AuditResult:
    records: int
    rejected: int
    record_discrepancies: int
    line_discrepancies: int
    seconds: float
    out: Path
    unknown_accounts: dict[str, int] = field(default_factory=dict)   # account -> records not priced
    expected_lines: int = 0
    task_seconds: float = 0.0      # Dask: the tasks' own time on their workers

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0

    @property
    def clean(self) -> bool:
        return not (self.record_discrepancies or self.line_discrepancies or self.unknown_accounts)


@dataclass
class ChunkOutcome:
    grouped: Grouped
    records: int
    rejected: int
    departures: Departures | None


def chunk_work(source: Source, rules: Rules, measuring: Any, book: Any, with_vendor: bool):  # type: ignore[no-untyped-def]
    """The function every chunk goes through, on a thread or on a Dask worker: measure, group, and
    name the records whose vendor value departs (their ids read from the file only then)."""
    def work(batch: pa.RecordBatch, chunk: Chunk) -> ChunkOutcome:
        try:
            measured = rules.measure(batch, measuring, book)
        except pa.ArrowInvalid as exc:   # values the layout's types cannot hold (times finer than a millisecond)
            where = "" if chunk.group is None else f", row group {chunk.group}"
            raise UnreadableUsage(f"{source.path}{where}: {' '.join(str(exc).split())}") from None
        departures = None
        if with_vendor:
            rows = record_departures(batch.column(rules.vendor_column), measured.ms, measured.rejected)
            if len(rows):
                departures = rules.departures(batch, rows, measured)
                if not departures.ref:
                    departures.ref = source.ids(chunk, rows)
        return ChunkOutcome(measured.grouped, batch.num_rows, int(np.count_nonzero(measured.rejected)), departures)
    return work


def audit(usage: Path, terms_path: Path, out: Path, vendor_lines_path: Path | None = None, *, engine: str = "arrow",
          chunk_rows: int = 2_000_000, scheduler: str | None = None, progress: bool = True,
          rules: Rules, workers: int | None = None, started: Forked | None = None) -> AuditResult:
    """`started`: the terms' process, forked already (`ratecert.bulk.beside.early`) by a caller that
    had not yet imported the stream; else it is started here, beside the stream."""
    began = time.perf_counter()
    source = Source.open(usage, rules.dictionaries, rules.csv_types)
    columns = rules.columns(source.schema, usage)
    measuring = rules.read_terms(terms_path)
    vendor = vendor_lines(vendor_lines_path) if vendor_lines_path is not None else None
    with_vendor = rules.vendor_column in source.schema.names
    if with_vendor:
        columns.append(rules.vendor_column)
    if source.is_csv and "id" in source.schema.names:
        columns.append("id")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UnwritableOut(f"{out}: cannot write the audit there ({exc.strerror})") from None
    # The full terms (models, the reference, every template validated) load beside the stream - at a
    # million records that is as long as the stream itself - and price the sums it accumulates.
    terms = started if started is not None else beside(rules, measuring)
    try:
        writer = Writer(out)
        try:
            if engine == "dask":
                from ratecert.bulk.scale_out import run_dask

                total, book, records, rejected, task_seconds = run_dask(source, columns, rules, measuring,
                                                                        with_vendor, writer, scheduler, workers or 2)
            else:
                total, book, records, rejected = _stream(source, columns, rules, measuring, with_vendor, writer,
                                                         chunk_rows, workers, progress, terms)
                task_seconds = 0.0
            record_count = sum(n for (kind, _), n in writer.counts.items() if kind == "record")
            priced = terms.price(total, book)
            expected, unknown = priced.lines, priced.unknown_accounts
            writer.write(_unknown_accounts(unknown))
            lines = line_departures(expected, vendor) if vendor is not None else table({n: [] for n in SCHEMA.names})
            writer.write(lines)
        finally:
            writer.close()
    finally:
        terms.close()
    written = write_expected(expected, out / "expected_lines.csv")
    write_rows(out / "quantities.csv", *priced.quantities)
    result = AuditResult(records, rejected, record_count, lines.num_rows, time.perf_counter() - began, out,
                         unknown, written, task_seconds)
    from ratecert.bulk.summary import write_summary

    write_summary(result, writer, expected, usage)
    return result


def _stream(source: Source, columns: list[str], rules: Rules, measuring: Any, with_vendor: bool, writer: Writer,
            chunk_rows: int, workers: int | None, progress: bool, terms: Thread | Forked) -> tuple[Grouped, Any, int, int]:
    book = rules.codebook()
    totals, records, rejected = Accumulator(), 0, 0
    advance = _progress(source) if progress else None
    work = chunk_work(source, rules, measuring, book, with_vendor)
    for done in map_chunks(source, columns, work, workers=workers, csv_types=rules.csv_types, chunk_rows=chunk_rows):
        if terms.failed():
            break   # bad terms: stop reading; pricing raises their error
        outcome = done.result
        totals.add(outcome.grouped)
        records += outcome.records
        rejected += outcome.rejected
        if outcome.departures is not None:
            writer.write(outcome.departures.table("record"))
        if advance is not None:
            advance(outcome.records)
    return totals.total, book, records, rejected


def _unknown_accounts(unknown: dict[str, int]) -> pa.Table:
    accounts = list(unknown)
    return table({"kind": ["account"] * len(accounts), "ref": accounts, "account": accounts,
                     "month": [""] * len(accounts), "element": ["records"] * len(accounts),
                     "expected": ["an account of the terms"] * len(accounts),
                     "actual": [f"{unknown[a]} records, not priced" for a in accounts],
                     "clause": ["(the terms file has no such account)"] * len(accounts)})


def _progress(source: Source):  # type: ignore[no-untyped-def]
    """A rich progress bar over the file's rows (Parquet knows its row count; CSV does not)."""
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task("re-rating records", total=source.rows)
    bar.start()

    def advance(rows: int) -> None:
        bar.advance(task, rows)
        if source.rows is not None and bar.tasks[0].completed >= source.rows:
            bar.stop()
    return advance

