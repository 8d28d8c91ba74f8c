"""`ratecert audit` finds every planted discrepancy in a generated month, and reports nothing that
was not planted: per record (vendor milliseconds) and per bill line (vendor lines), with the
streaming Arrow engine and with Dask on a local cluster. The catalog's lines are checked against
the per-record reference."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ratecert.bill import normalised
from ratecert_reference.access_catalog_3.bulk.access_catalog import RULES, per_record
from ratecert.bulk.audit import audit
from ratecert_reference.access_catalog_3.bulk.synthetic import generate, write_terms
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
    result = audit(usage, terms, tmp_path / "out", vendor, engine=engine, progress=False, rules=RULES)
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
    audit(usage, terms, tmp_path / "out", progress=False, rules=RULES)
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
    result = audit(as_csv, terms, tmp_path / "out", vendor, chunk_rows=7_000, progress=False, rules=RULES)
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


def test_a_reading_that_rounds_by_element_is_refused_not_approximated(month, tmp_path):
    """access-minute-rounding=by-section rounds Carrier Common Line minutes to the nearest and the
    Section 6 elements' up (3.7.2, 6.6.4); the audit prices one total per unit, so it refuses it."""
    usage, terms, _, _, _ = month
    data = json.loads(terms.read_text())
    data.setdefault("pixit", {}).setdefault("readings", {})["access-minute-rounding"] = "by-section"
    changed = tmp_path / "terms.json"
    changed.write_text(json.dumps(data))
    proc = subprocess.run([sys.executable, "-m", "ratecert", "audit", str(usage), "--terms", str(changed),
                           "--out", str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and "access-minute-rounding=by-section" in proc.stderr, proc.stderr


# --- bad input (issue 18, item 5): one line on stderr and exit 2, or exit 1 for unknown accounts ---


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> tuple[Path, Path]:
    """2,000 records in two row groups, with the vendor's column, and their terms."""
    folder = tmp_path_factory.mktemp("small")
    usage, terms = folder / "usage.parquet", folder / "terms.json"
    generate(usage, 2_000, chunk=1_000, plant_every=0)
    write_terms(terms)
    return usage, terms


def _audit(usage: Path, terms: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ratecert", "audit", str(usage), "--terms", str(terms),
                           "--out", str(out), *extra], cwd=ROOT, capture_output=True, text=True, timeout=120)


def _refused(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2, one line on stderr that names the fault, no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert proc.stderr.startswith("ratecert audit: ")
    for word in words:
        assert word in proc.stderr, (word, proc.stderr)


def test_usage_of_accounts_the_terms_do_not_know_is_named_counted_and_not_priced(small, tmp_path):
    usage, terms = small
    data = json.loads(terms.read_text())
    del data["accounts"]["IXC-3"]
    partial = tmp_path / "terms.json"
    partial.write_text(json.dumps(data))
    proc = _audit(usage, partial, tmp_path / "out")
    assert proc.returncode == 1, proc.stderr
    records = int(pq.read_table(usage, columns=["account"]).column(0).cast(pa.string()).to_pylist().count("IXC-3"))
    assert f"{records} records of 1 account the terms do not know, not priced: IXC-3 ({records})" in proc.stderr
    expected = pd.read_csv(tmp_path / "out" / "expected_lines.csv", dtype=str)
    assert set(expected["account"]) == {"IXC-1", "IXC-2"}
    found = _found(tmp_path / "out")
    assert found[found["kind"] == "account"][["ref", "actual"]].values.tolist() == [
        ["IXC-3", f"{records} records, not priced"]]
    assert "IXC-3 (" in (tmp_path / "out" / "audit.html").read_text()


def _truncated(usage: Path, to: Path) -> Path:
    to.write_bytes(usage.read_bytes()[: usage.stat().st_size // 2])
    return to


def _damaged_row_group(usage: Path, to: Path) -> Path:
    """The footer intact, the pages of the second row group's end_office column overwritten."""
    data = bytearray(usage.read_bytes())
    column = pq.ParquetFile(usage).metadata.row_group(1).column(2)
    start = column.dictionary_page_offset or column.data_page_offset
    data[start:start + 64] = b"\xff" * 64
    to.write_bytes(bytes(data))
    return to


@pytest.mark.parametrize("make, words", [
    (lambda usage, tmp: tmp / "absent.parquet", ["absent.parquet: no such file"]),
    (lambda usage, tmp: _truncated(usage, tmp / "cut.parquet"), ["cut.parquet: not a readable Parquet file"]),
    (lambda usage, tmp: _damaged_row_group(usage, tmp / "bad.parquet"), ["bad.parquet: row group 1 cannot be read"]),
    (lambda usage, tmp: (tmp / "text.parquet").write_text("id,account\n") and tmp / "text.parquet",
     ["text.parquet: not a readable Parquet file"]),
    (lambda usage, tmp: (tmp / "garbage.csv").write_bytes(b"end_office,feature_group\n\xff\xfe,\"x\n") and tmp / "garbage.csv",
     ["garbage.csv"]),
    (lambda usage, tmp: pq.write_table(pq.read_table(usage).drop_columns(["feature_group", "direction"]),
                                       tmp / "narrow.parquet") or tmp / "narrow.parquet",
     ["missing columns feature_group, direction"]),
    (lambda usage, tmp: pq.write_table(pq.read_table(usage).set_column(
        10, "answer", pq.read_table(usage).column("answer").cast(pa.int64())), tmp / "ints.parquet") or tmp / "ints.parquet",
     ["column answer is int64, not a timestamp"]),
    (lambda usage, tmp: tmp, ["a folder, not a Parquet or CSV file"]),
], ids=["missing", "truncated", "damaged-row-group", "not-parquet", "garbage-csv", "missing-columns", "untyped-times",
        "folder"])
def test_unreadable_usage_is_refused_in_one_line(small, tmp_path, make, words):
    usage, terms = small
    _refused(_audit(make(usage, tmp_path), terms, tmp_path / "out"), *words)


@pytest.mark.parametrize("content, words", [
    (None, ["nowhere.json: no such terms file"]),
    (b"{not json", ["not a JSON terms file"]),
    (b"\xff\xfe\x00", ["not a JSON terms file"]),
    (b"[1, 2]", ["expected a JSON object"]),
    (b'{"bill_day": 40, "accounts": {}}', ["bill_day must be a whole day of the month, 1 to 31 (got 40)"]),
    (b'{"bill_day": "1"}', ["bill_day must be"]),
    (b'{"acounts": {}}', ["unknown fields ['acounts']"]),
    (b'{"accounts": {"IXC-1": 7}}', ["accounts must map each account to its case template"]),
    (b'{"accounts": {"IXC-1": {"end_offices": [{"end_office": "EO-00", "percent_intrastate": "lots"}]}}}',
     ["account IXC-1: ", "EO-00"]),
    (b'{"pixit": {"readings": {"fgd-originating-mf-start": "sometimes"}}}',
     ["pixit: PIXIT reading fgd-originating-mf-start='sometimes'"]),
    (b'{"pixit": {"legal_maximum_rate": 0.5}}', ["pixit: legal_maximum_rate"]),
], ids=["missing", "not-json", "not-utf8", "not-object", "bill-day", "bill-day-text", "unknown-field", "template",
        "template-field", "unknown-reading", "float-rate"])
def test_bad_terms_are_refused_in_one_line(small, tmp_path, content, words):
    usage, _ = small
    terms = tmp_path / "nowhere.json"
    if content is not None:
        terms.write_bytes(content)
    _refused(_audit(usage, terms, tmp_path / "out"), *words)


@pytest.mark.parametrize("content, words", [
    ("account,month,element,ref,amount\nIXC-1,2025-03,x,EO-00,1E+999999999\n",
     ["vendor.csv, line 2: amount '1E+999999999' is not a plain decimal"]),
    ("account,month,element,ref,amount\nIXC-1,2025-03,x,EO-00,108.600000000000000000000000001\n",
     ["line 2: amount '108.600000000000000000000000001' is not a plain decimal"]),
    ("account,month,amount\n", ["missing columns ['element', 'ref']"]),
], ids=["exponent", "too-many-digits", "columns"])
def test_bad_vendor_lines_are_refused_in_one_line(small, tmp_path, content, words):
    usage, terms = small
    vendor = tmp_path / "vendor.csv"
    vendor.write_text(content)
    _refused(_audit(usage, terms, tmp_path / "out", "--vendor-lines", str(vendor)), *words)


def test_an_output_folder_that_cannot_be_made_is_refused_in_one_line(small, tmp_path):
    usage, terms = small
    blocker = tmp_path / "file"
    blocker.write_text("")
    _refused(_audit(usage, terms, blocker / "out"), "cannot write the audit there")


def test_usage_of_a_month_the_catalog_cannot_bill_is_refused_by_name(tmp_path):
    """Any date (issue 21): calls ending in 1999-12 are keyed and measured (the old keys crashed),
    then refused by name - no Section 17 rate was in force - and 2150 is billed like 2025."""
    _, terms = tmp_path / "x", tmp_path / "terms.json"
    write_terms(terms)
    rows = {"id": ["a", "b"], "account": ["IXC-1", "IXC-1"], "end_office": ["EO-00", "EO-00"],
            "feature_group": ["D", "D"], "direction": ["originating", "originating"],
            "answer": [dt.datetime(1999, 12, 31, 22), dt.datetime(2150, 6, 1, 10)],
            "end_user_disconnect": [dt.datetime(1999, 12, 31, 23, 59), dt.datetime(2150, 6, 1, 12)]}
    both = tmp_path / "both.parquet"
    pq.write_table(pa.table(rows), both)
    _refused(_audit(both, terms, tmp_path / "out"), "usage of IXC-1 in 1999-12 cannot be billed",
             "a bill dated 2000-01-01 is before the catalog took effect")
    late = tmp_path / "late.parquet"
    pq.write_table(pa.table(rows).slice(1, 1), late)
    proc = _audit(late, terms, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    lines = pd.read_csv(tmp_path / "out" / "expected_lines.csv", dtype=str)
    assert set(lines["month"]) == {"2150-06"} and len(lines) > 0


def test_more_accounts_than_the_keys_hold_is_refused_not_wrapped(small, tmp_path):
    """1,025 accounts: the key has 10 bits of them - refused by name, never folded onto each other."""
    _, terms = small
    many = tmp_path / "many.parquet"
    count = 1025
    pq.write_table(pa.table({"id": [f"c{i}" for i in range(count)], "account": [f"A-{i}" for i in range(count)],
                             "end_office": ["EO-00"] * count, "feature_group": ["D"] * count,
                             "direction": ["originating"] * count, "answer": [dt.datetime(2025, 3, 1, 10)] * count,
                             "end_user_disconnect": [dt.datetime(2025, 3, 1, 10, 5)] * count}), many)
    _refused(_audit(many, terms, tmp_path / "out"), "more than 1,024 distinct values of account in one audit")


def test_columns_of_nothing_but_nulls_are_read_as_absent_values(tmp_path):
    """A writer that knew no types for empty columns stores them as Arrow nulls: the vendor's
    column, the line, the jurisdiction and a time column of nothing are read as missing values."""
    terms = tmp_path / "terms.json"
    write_terms(terms)
    rows = 3
    usage = tmp_path / "nulls.parquet"
    pq.write_table(pa.table({
        "id": ["a", "b", "c"], "account": ["IXC-1"] * rows, "end_office": ["EO-00"] * rows,
        "feature_group": ["D"] * rows, "direction": ["originating"] * rows, "line": pa.nulls(rows),
        "jurisdiction": pa.nulls(rows), "off_hook": pa.nulls(rows), "answer": [dt.datetime(2025, 3, 1, 10)] * rows,
        "end_user_disconnect": [dt.datetime(2025, 3, 1, 10, 5)] * rows, "vendor_chargeable_ms": pa.nulls(rows)}), usage)
    proc = _audit(usage, terms, tmp_path / "out")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    found = _found(tmp_path / "out")
    assert sorted(found["ref"]) == ["a", "b", "c"] and set(found["expected"]) == {"300000"}
    assert set(found["actual"]) == {"none"}


def test_times_finer_than_a_millisecond_are_refused_whole_milliseconds_read(tmp_path):
    """The audit measures in whole milliseconds: microsecond times that are whole milliseconds are
    read; one that is not is refused in one line rather than truncated."""
    terms = tmp_path / "terms.json"
    write_terms(terms)
    answer = pa.array([dt.datetime(2025, 3, 1, 10)], pa.timestamp("us"))
    rows = {"id": ["a"], "account": ["IXC-1"], "end_office": ["EO-00"], "feature_group": ["D"],
            "direction": ["originating"], "answer": answer}
    whole, fine = tmp_path / "whole.parquet", tmp_path / "fine.parquet"
    pq.write_table(pa.table({**rows, "end_user_disconnect": pa.array([dt.datetime(2025, 3, 1, 10, 5)],
                                                                     pa.timestamp("us"))}), whole)
    pq.write_table(pa.table({**rows, "end_user_disconnect": pa.array([dt.datetime(2025, 3, 1, 10, 5, 0, 1)],
                                                                     pa.timestamp("us"))}), fine)
    assert _audit(whole, terms, tmp_path / "out").returncode == 0
    _refused(_audit(fine, terms, tmp_path / "out"), "fine.parquet", "would lose data")


# --- fixed costs (issue 21, item 2): an audit loads the one pack whose rules it runs ---


def test_an_audit_imports_no_other_document_pack(small, tmp_path):
    """The rules are found from the entry points' metadata and the spec folders from the cache: the
    other documents' packs - their models a fifth of a second to build - are never imported."""
    usage, terms = small
    others = ["clec_onboarding", "dc_power_v12", "ica_frontier_granite_2006"]
    script = ("import sys\nfrom ratecert.cli import main\n"
              f"code = main(['audit', {str(usage)!r}, '--terms', {str(terms)!r}, '--out', {str(tmp_path / 'out')!r}])\n"
              f"print(code, [p for p in {others!r} if f'ratecert_reference.{{p}}' in sys.modules])")
    for _ in range(2):   # the first run may find the spec folders by importing the packs, and remembers them
        shown = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                               env={**os.environ, "RATECERT_CACHE": str(tmp_path / "cache")})
    assert shown.stdout.splitlines()[-1] == "0 []", (shown.stdout, shown.stderr)


def test_bulk_audit_rules_are_registered_under_their_document():
    from ratecert.packs import PackError, audit_rules, bulk_audits

    assert bulk_audits() == ["access-catalog-3"]
    assert audit_rules("access-catalog-3") is RULES
    with pytest.raises(PackError, match="no pack offers a bulk audit of 'dc-power-v12'"):
        audit_rules("dc-power-v12")


def test_an_audit_that_ends_its_process_at_once_still_runs_what_waits_for_the_end(small, tmp_path):
    """`ratecert audit` ends its process without Python's teardown (ratecert.cli.run), but not
    without what registered itself for the end: an exit handler still runs (coverage saves its data
    so), and under a profiler the process ends as usual, so the profile is written."""
    usage, terms = small
    marker = tmp_path / "handler-ran"
    script = ("import atexit, sys\nfrom pathlib import Path\n"
              f"atexit.register(lambda: Path({str(marker)!r}).write_text('ran'))\n"
              f"sys.argv = ['ratecert', 'audit', {str(usage)!r}, '--terms', {str(terms)!r}, '--out', "
              f"{str(tmp_path / 'out')!r}]\nfrom ratecert.cli import run\nrun()\n")
    ended = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert ended.returncode == 0 and marker.read_text() == "ran", ended.stderr
    profile = tmp_path / "audit.prof"
    profiled = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "ratecert", "audit", str(usage),
                               "--terms", str(terms), "--out", str(tmp_path / "profiled")],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert profiled.returncode == 0 and profile.stat().st_size > 0, profiled.stderr
