"""Verdict mapping and the run log: an unknown clause tag is an `error`, a malformed case names
its field, an unclaimed capability is `n/a`, and a log without a footer is reported incomplete."""

from __future__ import annotations

import json

from ratecert.reporting import render_html, render_junit
from ratecert.run_log import RunLogWriter, read_run
from ratecert.spec import load_spec
from ratecert.verdicts import compliance, conformant, tally

CHECKS = '''
import pytest

pytestmark = pytest.mark.document("access-catalog-3")

@pytest.mark.clause("9.9.9(Z)")
def test_unknown_clause(sut):
    pass

@pytest.mark.clause("2.4.1(C)(1)")
def test_malformed_case(billing):
    billing.set(bill_date="not a date")
    billing.bill()

@pytest.mark.clause("2.4.1(C)(1)")
@pytest.mark.capability("time-travel")
def test_unclaimed(billing):
    raise AssertionError("never runs")

@pytest.mark.clause("2.4.1(C)(1)")
def test_passes(billing):
    billing.set(bill_date="2025-06-04")
    billing.expect("payment date", "2025-07-03", billing.bill().payment_date.isoformat())

@pytest.mark.clause("2.4.1(C)(1)")
def test_fails(billing):
    billing.set(bill_date="2025-06-04")
    billing.expect("payment date", "2025-07-04", billing.bill().payment_date.isoformat())
'''


def test_outcomes_map_to_verdicts(pytester, tmp_path):
    checks = pytester.makepyfile(test_checks=CHECKS)
    log = tmp_path / "results.jsonl"
    pytester.runpytest(str(checks), "--ratecert-sut", "reference", "--ratecert-log", str(log), "-p", "no:cacheprovider")
    run = read_run(log)
    assert run.complete
    verdicts = {e["nodeid"].split("::")[1]: e for e in run.events}
    assert verdicts["test_unknown_clause"]["verdict"] == "error"
    assert "9.9.9(Z)" in verdicts["test_unknown_clause"]["reason"]
    assert verdicts["test_malformed_case"]["verdict"] == "error"
    assert "bill_date" in verdicts["test_malformed_case"]["reason"]
    assert verdicts["test_unclaimed"]["verdict"] == "n/a"
    assert verdicts["test_passes"]["verdict"] == "pass"
    failed = verdicts["test_fails"]
    assert failed["verdict"] == "fail" and failed["expected"] == "2025-07-04" and failed["actual"] == "2025-07-03"
    assert failed["case"]["bill_date"] == "2025-06-04" and failed["bill"]["payment_date"] == "2025-07-03"
    assert run.footer["counts"] == {"pass": 1, "fail": 1, "error": 2, "n/a": 1, "inconclusive": 0}


def test_compliance_is_over_applicable_checks_only():
    counts = tally(["pass", "pass", "n/a", "n/a", "n/a", "fail"])
    assert compliance(counts) == 2 / 3 and not conformant(counts)
    assert conformant(tally(["pass", "n/a"]))
    assert not conformant(tally(["n/a", "n/a"])), "nothing applicable is not conformance"
    assert not conformant(tally(["pass", "inconclusive"]))


def test_a_log_cut_short_is_reported_incomplete(tmp_path):
    path = tmp_path / "results.jsonl"
    writer = RunLogWriter(path)
    writer.header(sut="reference", spec_digest="x")
    writer.event(verdict="pass", clauses=["access-catalog-3:2.4.1(C)(1)"], name="kept", tp="T-1")
    with path.open("a") as torn:  # a crash mid-write leaves half a line and no footer
        torn.write('{"type": "verdict", "verdict": "pa')
    run = read_run(path)
    assert not run.complete and len(run.events) == 1 and run.damaged_lines == [3]
    render_html(run, load_spec(), tmp_path / "report.html")
    render_junit(run, tmp_path / "junit.xml")
    html = (tmp_path / "report.html").read_text()
    assert "NOT CONFORMANT" in html and "did not finish" in html
    assert "run completed" in (tmp_path / "junit.xml").read_text()


def test_sut_text_is_escaped_in_the_report(tmp_path):
    path = tmp_path / "results.jsonl"
    writer = RunLogWriter(path)
    writer.header(sut="cmd:x", spec_digest="x", implementation={"name": "<script>alert(1)</script>", "version": "1",
                                                             "vendor": "v"})
    writer.event(verdict="error", clauses=["access-catalog-3:2.4.1(C)(1)"], name="n", tp="T",
                 reason='SUT said "<img src=x onerror=alert(1)>"', stderr="<script>bad()</script>")
    writer.footer(counts={})
    render_html(read_run(path), load_spec(), tmp_path / "report.html")
    html = (tmp_path / "report.html").read_text()
    assert "<script>alert" not in html and "<img src=x" not in html and "&lt;script&gt;" in html
    assert json.loads(path.read_text().splitlines()[1])["stderr"] == "<script>bad()</script>"


def test_the_basis_names_each_distinct_gap_once_with_the_checks_behind_it():
    """Issue 17: one cause is one line - the clause and the field that differs, then the checks
    behind it - however many checks, rows or properties met it; a failed prerequisite counts under
    its own clause."""
    from ratecert.gate import assess
    from ratecert.run_log import Run

    doc, asm, pay = "access-catalog-3", ["access-catalog-3:6.5.4"], ["access-catalog-3:2.4.1(C)(1)"]
    payment_date = {"verdict": "fail", "document": doc, "differs": "payment date", "reason": "payment date: ..."}
    run = Run(header={"started": "2026-12-01T00:00:00+00:00"},
              events=[{"verdict": "fail", "document": doc, "clauses": asm, "tp": "AC3-ASM-010",
                       "differs": "charge assumed_minutes", "reason": "r"} for _ in range(3)] +
                     [{**payment_date, "clauses": [*pay, "access-catalog-3:2.6 Legal Holiday"], "tp": "AC3-PAY-010"},
                      {**payment_date, "clauses": ["access-catalog-3:2.4.1(C)(2)"], "tp": "AC3-LATE-001",
                       "prerequisite": pay[0]},
                      {"verdict": "error", "document": doc, "clauses": asm, "tp": "AC3-ASM-010", "reason": "SUT crashed"},
                      {"verdict": "pass", "document": doc, "clauses": asm, "tp": "AC3-ASM-011"}],
              footer={"type": "footer"})
    assessment = assess(run)
    assert assessment.reasons == [
        "fail: access-catalog-3 6.5.4 - charge assumed_minutes: 3 checks (AC3-ASM-010 x3)",
        "fail: access-catalog-3 2.4.1(C)(1), 2.6 Legal Holiday - payment date: 2 checks (AC3-LATE-001, AC3-PAY-010)",
        "error: access-catalog-3 6.5.4 - SUT crashed: 1 check (AC3-ASM-010)"]
    assert not assessment.conformant and assessment.counts["fail"] == 5 and len(assessment.gaps) == 3
