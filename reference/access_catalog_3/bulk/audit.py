"""`ratecert audit`: re-rate a carrier's usage and list every record and bill line where the
vendor's rated output departs from the catalog.

The usage streams in chunks (memory bounded by the chunk, not the file); each chunk is measured
with vectorised code and reduced to partial sums that add exactly; the vendor's per-record
milliseconds (column `vendor_chargeable_ms`, when present) are compared chunk by chunk; the monthly
buckets are priced by the reference and compared with the vendor's bill lines. The same chunk
function runs on Dask dataframes (a local cluster, or a scheduler address) for scale-out.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from decimal import Decimal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ratecert_reference.access_catalog_3.bulk.layout import VENDOR_MS, batches, has_column, ids_of, row_groups
from ratecert_reference.access_catalog_3.bulk.measurement import Accumulator, Codebook, Measured, combine, measure
from ratecert_reference.access_catalog_3.bulk.pricing import bills
from ratecert import resources
from ratecert.protocol import PIXIT
from ratecert.terms import terms_for

CLAUSE_BY_FG = {"A": "6.5.4", "B": "6.6.4", "C": "6.7.4", "D": "6.8.4"}
DISCREPANCY = pa.schema([("kind", pa.string()), ("ref", pa.string()), ("account", pa.string()), ("month", pa.string()),
                         ("element", pa.string()), ("expected", pa.string()), ("actual", pa.string()),
                         ("clause", pa.string())])


@dataclass
class AuditResult:
    records: int
    rejected: int
    record_discrepancies: int
    line_discrepancies: int
    seconds: float
    out: Path

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def record_discrepancies(batch: pa.RecordBatch, measured: Measured,
                         ids: Callable[[list[int]], list[str]] | None = None) -> pd.DataFrame:
    """Records whose vendor milliseconds differ from the catalog's (a rejected record expects none).
    `ids` names the rows when the batch was read without its id column."""
    names = batch.schema.names
    vendor = batch.column(names.index(VENDOR_MS)).cast(pa.int64())
    valid = vendor.is_valid().to_numpy(zero_copy_only=False)
    actual = vendor.fill_null(0).to_numpy(zero_copy_only=False)
    expected = np.where(measured.rejected, 0, measured.ms)
    wrong = (valid != ~measured.rejected) | (valid & (actual != expected))
    if not wrong.any():
        return pd.DataFrame(columns=DISCREPANCY.names)
    rows = np.flatnonzero(wrong)
    record_ids = ids(rows.tolist()) if ids is not None else batch.column(names.index("id")).take(pa.array(rows)).to_pylist()
    accounts = (batch.column(names.index("account")).take(pa.array(rows)).cast(pa.string()).to_pylist()
                if "account" in names else ["ACCT-1"] * len(rows))
    groups = batch.column(names.index("feature_group")).take(pa.array(rows)).cast(pa.string()).to_pylist()
    return pd.DataFrame({
        "kind": "record", "ref": record_ids, "account": accounts, "month": "", "element": "chargeable milliseconds",
        "expected": ["rejected" if measured.rejected[r] else str(expected[r]) for r in rows],
        "actual": [str(actual[r]) if valid[r] else "none" for r in rows],
        "clause": [f"access-catalog-3:{CLAUSE_BY_FG.get(g, '6.6.4')}" for g in groups],
    })


def line_discrepancies(expected: dict[tuple[str, str], Any], vendor_lines: Path | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Expected bill lines, and where the vendor's lines (account, month, element, ref, amount) differ."""
    rows = [{"account": account, "month": month, "element": line.element, "ref": line.ref or "",
             "amount": line.amount, "clause": line.clause}
            for (account, month), bill in expected.items() for line in bill.lines]
    want = pd.DataFrame(rows, columns=["account", "month", "element", "ref", "amount", "clause"])
    if vendor_lines is None:
        return want, pd.DataFrame(columns=DISCREPANCY.names)
    got = pd.read_csv(vendor_lines, dtype=str, keep_default_na=False)
    got["amount"] = got["amount"].map(Decimal)
    key = ["account", "month", "element", "ref"]
    merged = (want.groupby(key)["amount"].sum().rename("expected").to_frame()
              .join(got.groupby(key)["amount"].sum().rename("actual"), how="outer").reset_index())
    merged = merged.merge(want[[*key, "clause"]].drop_duplicates(key), on=key, how="left")
    merged[["expected", "actual"]] = merged[["expected", "actual"]].map(lambda v: Decimal(0) if pd.isna(v) else v)
    wrong = merged[merged["expected"] != merged["actual"]]
    return want, pd.DataFrame({
        "kind": "line", "ref": wrong["ref"], "account": wrong["account"], "month": wrong["month"],
        "element": wrong["element"], "expected": wrong["expected"].map(str), "actual": wrong["actual"].map(str),
        "clause": wrong["clause"].fillna("(no such line in the catalog's bill)"),
    })


class UnsupportedTerms(ValueError):
    """Terms the vectorised path cannot rate as the per-record reference would: refused, not approximated."""


def _load_terms(path: Path) -> tuple[dict[str, Any], Any, int]:
    data = json.loads(path.read_text(encoding="utf-8"))
    terms = terms_for(PIXIT.model_validate(data.get("pixit", {})))
    accounts = data.get("accounts", {})
    for account, template in accounts.items():
        for office in template.get("end_offices", ()):
            if office.get("terminating_measured") is False:
                raise UnsupportedTerms(
                    f"{path}: account {account}, end office {office.get('end_office')}: terminating usage derived from "
                    "originating usage (6.7.4, 6.8.4) needs each call's called service, which the columnar layout "
                    "does not carry; rate this account per record (ratecert bill)")
    return accounts, terms, int(data.get("bill_day", 1))


def audit(usage: Path, terms_path: Path, out: Path, vendor_lines: Path | None = None, *, engine: str = "arrow",
          chunk_rows: int = 2_000_000, scheduler: str | None = None, progress: bool = True) -> AuditResult:
    began = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    templates, terms, bill_day = _load_terms(terms_path)
    reading = terms.reading("fgd-originating-mf-start")
    with_vendor = has_column(usage, VENDOR_MS)
    writer = pq.ParquetWriter(out / "discrepancies.parquet", DISCREPANCY)
    if engine == "dask":
        from ratecert_reference.access_catalog_3.bulk.scale_out import run_dask
        partials, records, rejected, found = run_dask(usage, reading, with_vendor, scheduler)
        if len(found):
            writer.write_table(pa.Table.from_pandas(found, schema=DISCREPANCY, preserve_index=False))
        record_count = len(found)
    else:
        records, rejected, record_count = 0, 0, 0
        book, totals = Codebook(), Accumulator()
        bar = _progress(usage) if progress else None
        for group, batch in _chunks(usage, chunk_rows, with_vendor):
            measured = measure(batch, reading, book)
            totals.add(measured.keys, measured.sums)
            records += batch.num_rows
            rejected += int(measured.rejected.sum())
            if with_vendor:
                found = record_discrepancies(batch, measured, None if group is None else
                                             (lambda rows, g=group: ids_of(usage, g, rows)))
                if len(found):
                    writer.write_table(pa.Table.from_pandas(found, schema=DISCREPANCY, preserve_index=False))
                    record_count += len(found)
            if bar is not None:
                bar(batch.num_rows)
        partials = [book.decode(totals.keys, totals.sums)]
    expected = bills(combine(partials), templates, terms, bill_day)
    want, lines = line_discrepancies(expected, vendor_lines)
    if len(lines):
        writer.write_table(pa.Table.from_pandas(lines, schema=DISCREPANCY, preserve_index=False))
    writer.close()
    want.to_csv(out / "expected_lines.csv", index=False)
    table = pq.read_table(out / "discrepancies.parquet").to_pandas()
    table.to_csv(out / "discrepancies.csv", index=False)
    result = AuditResult(records, rejected, record_count, len(lines), time.perf_counter() - began, out)
    _summary(result, table, want, usage)
    return result


def _chunks(usage: Path, chunk_rows: int, with_vendor: bool) -> Iterator[tuple[int | None, pa.RecordBatch]]:
    """Parquet: row groups without the id column, read ahead on a thread (ids are fetched only for
    discrepancies); CSV: streamed blocks with every column."""
    if usage.suffix == ".csv":
        for batch in batches(usage, chunk_rows):
            yield None, batch
        return
    columns = [c for c in pq.ParquetFile(usage).schema_arrow.names if c != "id"]
    yield from row_groups(usage, columns)


def _progress(usage: Path):  # type: ignore[no-untyped-def]
    """A rich progress bar over the file's rows (Parquet knows its row count; CSV does not)."""
    from rich.progress import Progress

    total = pq.ParquetFile(usage).metadata.num_rows if usage.suffix != ".csv" else None
    bar = Progress(transient=True)
    task = bar.add_task("re-rating records", total=total)
    bar.start()

    def advance(rows: int) -> None:
        bar.advance(task, rows)
        if total is not None and bar.tasks[0].completed >= total:
            bar.stop()
    return advance


def _summary(result: AuditResult, discrepancies: pd.DataFrame, expected: pd.DataFrame, usage: Path) -> None:
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    by_clause = (discrepancies.groupby(["kind", "clause"]).size().rename("discrepancies").reset_index()
                 if len(discrepancies) else pd.DataFrame(columns=["kind", "clause", "discrepancies"]))
    env = Environment(loader=FileSystemLoader(resources.templates()), autoescape=select_autoescape(["html", "j2"]))
    html = env.get_template("audit.html.j2").render(
        r=result, usage=str(usage), by_clause=Markup(by_clause.to_html(index=False, escape=True)),
        first=Markup(discrepancies.head(200).to_html(index=False, escape=True)),
        lines=Markup(expected.head(200).to_html(index=False, escape=True)), total_lines=len(expected))
    (result.out / "audit.html").write_text(html, encoding="utf-8")


def per_record(usage: Path, terms_path: Path, chunk_rows: int = 200_000) -> tuple[int, dict[tuple[str, str], Any]]:
    """The per-record reference path: every record validated as a `CallRecord` and rated by
    `render_bill`, one account-month at a time. The baseline the vectorised path is measured against."""
    from collections import defaultdict

    from ratecert_reference.access_catalog_3.records import CallRecord, CatalogCase
    from ratecert_reference.access_catalog_3.bulk.pricing import bill_date
    from ratecert_reference.access_catalog_3.billing import render_bill

    templates, terms, bill_day = _load_terms(terms_path)
    calls: dict[tuple[str, str], list[CallRecord]] = defaultdict(list)
    records = 0
    for batch in batches(usage, chunk_rows):
        for row in batch.to_pylist():
            records += 1
            account = row.pop("account", None) or "ACCT-1"
            row.pop(VENDOR_MS, None)
            call = CallRecord.model_validate(row)
            stop = min(t for t in (call.end_user_disconnect, call.customer_disconnect) if t is not None)
            calls[(account, stop.strftime("%Y-%m"))].append(call)
    out = {}
    for (account, month), month_calls in sorted(calls.items()):
        case = CatalogCase.model_validate({**templates.get(account, {}), "id": f"{account}-{month}",
                                    "bill_date": bill_date(month, bill_day).isoformat()}).model_copy(
            update={"calls": tuple(month_calls)})
        out[(account, month)] = render_bill(case, terms)
    return records, out
