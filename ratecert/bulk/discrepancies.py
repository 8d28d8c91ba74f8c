"""Where a vendor's rating departs from the rules: per record (the vendor's value of each record
against the rules' value) and per bill line (the vendor's lines against the expected ones), written
as they are found to `discrepancies.parquet` and `.csv`. The framework's half: no document here;
the rules name the element and the clause of each departure.

Amounts are compared exactly: a vendor amount is a plain decimal string within stated bounds (no
exponent), and sums are taken with a precision no bounded input can exhaust, so no rounding of the
arithmetic context ever decides whether two amounts are equal.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from pathlib import Path

import numpy as np
import pyarrow as pa

from ratecert.bulk.columns import strings, validity, values

SCHEMA = pa.schema([("kind", pa.string()), ("ref", pa.string()), ("account", pa.string()), ("month", pa.string()),
                    ("element", pa.string()), ("expected", pa.string()), ("actual", pa.string()),
                    ("clause", pa.string())])
LINE_KEY = ("account", "month", "element", "ref")
AMOUNT = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,10})?")   # up to 10**15 with 10 decimals
FIRST = 200                                             # departures kept for the HTML summary


class BadVendorLines(ValueError):
    """A vendor lines file that cannot be compared: the message names the file, line and field."""


@dataclass(frozen=True)
class ExpectedLine:
    account: str
    month: str
    element: str
    ref: str
    amount: Decimal
    clause: str


@dataclass(frozen=True)
class PricedUsage:
    """What the rules priced: the expected lines, the accounts the terms do not know (records not
    priced), and the quantities priced (a header and its rows, written to quantities.csv)."""

    lines: list[ExpectedLine]
    unknown_accounts: dict[str, int]
    quantities: tuple[list[str], list[tuple]]


@dataclass
class Departures:
    """Departures of one chunk, as columns (most chunks have none: None, not an empty frame)."""

    ref: list[str]
    account: list[str]
    expected: list[str]
    actual: list[str]
    clause: list[str]
    element: str
    month: list[str] | None = None

    def table(self, kind: str) -> pa.Table:
        size = len(self.ref)
        return table({"kind": [kind] * size, "ref": self.ref, "account": self.account,
                      "month": self.month or [""] * size, "element": [self.element] * size,
                      "expected": self.expected, "actual": self.actual, "clause": self.clause})


def table(columns: dict[str, list[str]]) -> pa.Table:
    """Departures as an Arrow table of the discrepancy schema."""
    return pa.table({name: strings(columns[name]) for name in SCHEMA.names}, schema=SCHEMA)


def record_departures(vendor: pa.Array, expected: np.ndarray, rejected: np.ndarray) -> np.ndarray:
    """Rows where the vendor's value differs from the expected one; a record the rules reject
    expects no value (null) from the vendor, and a measured record expects one."""
    valid = validity(vendor)
    return np.flatnonzero((valid == rejected) | (valid & (values(vendor) != expected)))


@dataclass
class Writer:
    """Appends departures to discrepancies.parquet and .csv as they come; keeps the counts by
    (kind, clause) and the first few for the summary."""

    out: Path
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    first: list[dict[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq

        self._parquet = pq.ParquetWriter(self.out / "discrepancies.parquet", SCHEMA)
        self._csv = pacsv.CSVWriter(self.out / "discrepancies.csv", SCHEMA)

    def write(self, table: pa.Table) -> None:
        if not table.num_rows:
            return
        self._parquet.write_table(table)
        self._csv.write_table(table)
        self.counts.update(zip(table.column("kind").to_pylist(), table.column("clause").to_pylist()))
        if len(self.first) < FIRST:
            self.first += table.slice(0, FIRST - len(self.first)).to_pylist()

    def close(self) -> None:
        self._parquet.close()
        self._csv.close()


def vendor_lines(path: Path) -> dict[tuple[str, ...], Decimal]:
    """The vendor's bill lines (CSV: account,month,element,ref,amount), summed per line key."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except FileNotFoundError:
        raise BadVendorLines(f"{path}: no such vendor lines file") from None
    except OSError as exc:
        raise BadVendorLines(f"{path}: {exc.strerror}") from None
    totals: dict[tuple[str, ...], Decimal] = {}
    with handle, localcontext() as exact:
        exact.prec = 60   # 25 digits an amount, summed over fewer than 10**30 lines: never rounded
        try:
            rows = csv.DictReader(handle)
            missing = [c for c in (*LINE_KEY, "amount") if c not in (rows.fieldnames or [])]
            if missing:
                raise BadVendorLines(f"{path}: missing columns {missing} (expected account,month,element,ref,amount)")
            for number, row in enumerate(rows, start=2):
                text = (row["amount"] or "").strip()
                if not AMOUNT.fullmatch(text):
                    raise BadVendorLines(f"{path}, line {number}: amount {text[:40]!r} is not a plain decimal "
                                         "(at most 15 digits before the point and 10 after, no exponent)")
                key = tuple(row[c] or "" for c in LINE_KEY)
                totals[key] = totals.get(key, Decimal(0)) + Decimal(text)
        except UnicodeDecodeError:
            raise BadVendorLines(f"{path}: not UTF-8 text") from None
        except csv.Error as exc:
            raise BadVendorLines(f"{path}: not a CSV file ({exc})") from None
    return totals


def line_departures(expected: Iterable[ExpectedLine], vendor: dict[tuple[str, ...], Decimal]) -> pa.Table:
    """Line keys whose expected and vendor totals differ (a line one side lacks counts as zero)."""
    want: dict[tuple[str, ...], Decimal] = {}
    clauses: dict[tuple[str, ...], str] = {}
    with localcontext() as exact:
        exact.prec = 60
        for line in expected:
            key = (line.account, line.month, line.element, line.ref)
            want[key] = want.get(key, Decimal(0)) + line.amount
            clauses.setdefault(key, line.clause)
    rows = [(key, want.get(key, Decimal(0)), vendor.get(key, Decimal(0))) for key in sorted({*want, *vendor})]
    wrong = [(key, w, v) for key, w, v in rows if w != v]
    return table({
        "kind": ["line"] * len(wrong), "ref": [k[3] for k, _, _ in wrong], "account": [k[0] for k, _, _ in wrong],
        "month": [k[1] for k, _, _ in wrong], "element": [k[2] for k, _, _ in wrong],
        "expected": [str(w) for _, w, _ in wrong], "actual": [str(v) for _, _, v in wrong],
        "clause": [clauses.get(k, "(no such line in the expected bill)") for k, _, _ in wrong]})


def write_rows(path: Path, header: list[str], rows: Iterable[Iterable[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def write_expected(lines: Iterable[ExpectedLine], path: Path) -> int:
    return write_rows(path, ["account", "month", "element", "ref", "amount", "clause"],
                      ([ln.account, ln.month, ln.element, ln.ref, str(ln.amount), ln.clause] for ln in lines))
