"""`ratecert audit` finds every planted discrepancy in a generated month, and reports nothing that
was not planted: per record (vendor milliseconds) and per bill line (vendor lines), with the
streaming Arrow engine and with Dask on a local cluster. The catalog's lines are checked against
the per-record reference."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from ratecert.bill import normalised
from ratecert.bulk.access_catalog import per_record
from ratecert.bulk.audit import audit
from ratecert.bulk.synthetic import generate, write_terms
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def month(tmp_path_factory) -> tuple[Path, Path, Path, list[str], set[tuple[str, str, str, str]]]:
    folder = tmp_path_factory.mktemp("audit")
    usage, terms = folder / "usage.parquet", folder / "terms.json"
    planted = generate(usage, 30_000, chunk=12_000, plant_every=5_000)
    write_terms(terms)
    records, expected = per_record(usage, terms)          # the catalog's bill lines, record by record
    lines = [(a, m, ln.element, ln.ref or "", ln.amount) for (a, m), bill in expected.items() for ln in bill.lines]
    wrong = {lines[3][:4], lines[10][:4]}
    vendor = folder / "vendor_lines.csv"
    with vendor.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["account", "month", "element", "ref", "amount"])
        for key in lines:
            amount = key[4] + Decimal("0.01") if key[:4] in wrong else key[4]
            writer.writerow([*key[:4], str(amount)])
    return usage, terms, vendor, planted, wrong


def _found(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "discrepancies.csv", dtype=str, keep_default_na=False)


@pytest.mark.parametrize("engine", ["arrow", "dask"])
def test_every_planted_discrepancy_is_found_and_nothing_else(month, tmp_path, engine):
    usage, terms, vendor, planted, wrong = month
    result = audit(usage, terms, tmp_path / "out", vendor, engine=engine, progress=False)
    found = _found(tmp_path / "out")
    records = found[found["kind"] == "record"]
    assert sorted(records["ref"]) == sorted(planted) and len(planted) == 6
    assert all(int(a) - int(e) == 1000 for e, a in zip(records["expected"], records["actual"]))
    lines = found[found["kind"] == "line"]
    assert {tuple(r) for r in lines[["account", "month", "element", "ref"]].to_numpy()} == wrong
    assert result.records == 30_000 and result.record_discrepancies == 6 and result.line_discrepancies == 2
    assert "6 record and 2 bill line discrepancies" in (tmp_path / "out" / "audit.html").read_text()


def test_the_vectorised_lines_are_the_per_record_references(month, tmp_path):
    usage, terms, _, _, _ = month
    audit(usage, terms, tmp_path / "out", progress=False)
    _, expected = per_record(usage, terms)
    got = pd.read_csv(tmp_path / "out" / "expected_lines.csv", dtype=str, keep_default_na=False)
    want = {(a, m, ln.element, ln.ref or ""): str(ln.amount) for (a, m), b in expected.items() for ln in b.lines}
    assert {(r.account, r.month, r.element, r.ref): r.amount for r in got.itertuples()} == want
    assert all(normalised(b)["lines"] for b in expected.values())


def test_audit_command_exit_codes(month, tmp_path):
    usage, terms, vendor, _, _ = month
    proc = subprocess.run([sys.executable, "-m", "ratecert", "audit", str(usage), "--terms", str(terms),
                           "--vendor-lines", str(vendor), "--out", str(tmp_path / "out")],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1 and "6 record and 2 line discrepancies" in proc.stdout


def test_csv_input_gives_the_same_findings_as_parquet(month, tmp_path):
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    usage, terms, vendor, planted, _ = month
    as_csv = tmp_path / "usage.csv"
    table = pq.read_table(usage)
    table = pa.Table.from_arrays([c.cast(c.type.value_type) if pa.types.is_dictionary(c.type) else c
                                  for c in table.columns], names=table.column_names)
    pacsv.write_csv(table, as_csv)
    result = audit(as_csv, terms, tmp_path / "out", vendor, chunk_rows=7_000, progress=False)
    found = _found(tmp_path / "out")
    assert sorted(found[found["kind"] == "record"]["ref"]) == sorted(planted)
    assert result.records == 30_000 and result.line_discrepancies == 2


def test_terms_the_vectorised_path_cannot_rate_are_refused_not_approximated(month, tmp_path):
    """Derived terminating usage (6.7.4, 6.8.4) needs each originating call's called service, which
    the columnar layout does not carry: such terms are refused with the office named (exit 2)."""
    usage, terms, _, _, _ = month
    data = json.loads(terms.read_text())
    account = next(iter(data["accounts"]))
    data["accounts"][account]["end_offices"][0]["terminating_measured"] = False
    changed = tmp_path / "terms.json"
    changed.write_text(json.dumps(data))
    proc = subprocess.run([sys.executable, "-m", "ratecert", "audit", str(usage), "--terms", str(changed),
                           "--out", str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2, proc.stderr
    assert f"account {account}, end office" in proc.stderr and "6.7.4" in proc.stderr
