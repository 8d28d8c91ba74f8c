"""The suite catches each deliberately broken billing system, naming the failing clause; the
reference and the bundled example are conformant. Each certification is a real `ratecert` process."""

from __future__ import annotations

import pytest

from tests.conftest import certify

BROKEN = [
    ("tests.broken_suts.holiday_ignorant:Sut", "access-catalog-3:2.4.1(C)(1)", "AC3-PAY-010"),
    ("tests.broken_suts.monthly_compounding:Sut", "access-catalog-3:2.4.1(C)(2)", "AC3-LATE-001"),
    ("tests.broken_suts.half_period_credit:Sut", "access-catalog-3:2.4.4(B)(1)", "AC3-CRD-001"),
]


@pytest.mark.parametrize(("target", "clause", "purpose"), BROKEN, ids=[b[0].split(".")[2] for b in BROKEN])
def test_a_broken_system_is_not_conformant_and_the_clause_is_named(certified, target, clause, purpose):
    result = certified(f"py:{target}")
    assert result.exit_code == 1, result.stdout
    failed = result.verdicts("fail")
    assert any(clause in e["clauses"] and e["tp"] == purpose for e in failed), [e["tp"] for e in failed]
    assert not result.verdicts("error")
    assert result.footer is not None and result.footer["conformant"] is False
    assert clause in result.stdout
    report = (result.out / "report.html").read_text()
    assert "NOT CONFORMANT" in report and clause in report
    junit = (result.out / "junit.xml").read_text()
    assert "<failure" in junit


def test_the_reference_is_conformant(certified):
    result = certified("reference")
    assert result.exit_code == 0, result.stdout
    assert len(result.verdicts("pass")) > 140
    assert not result.verdicts("fail") and not result.verdicts("error")
    assert result.footer is not None and result.footer["conformant"] is True
    assert {e["kind"] for e in result.events} == {"scenario", "property"}


def test_the_bundled_example_is_certified_over_what_it_claims(tmp_path):
    result = certify("cmd:python3 examples/acme_billing/acme_billing.py", tmp_path / "out")
    assert result.exit_code == 0, result.stdout
    assert result.header["implementation"]["name"] == "ACME Billing"
    assert len(result.verdicts("pass")) > 50
    not_claimed = result.verdicts("n/a")
    assert any("credit-allowances" in e["reason"] for e in not_claimed)
    assert "CONFORMANT" in (tmp_path / "out" / "report.html").read_text()


def test_alternative_readings_make_their_checks_applicable(tmp_path):
    result = certify("py:tests.alternative_readings:Sut", tmp_path / "out")
    assert result.exit_code == 0, result.stdout
    by_tp = {}
    for event in result.events:
        by_tp.setdefault(event["tp"], set()).add(event["verdict"])
    for purpose in ("AC3-PAY-003", "AC3-PAY-012", "AC3-PAY-014", "AC3-LATE-003", "AC3-RND-002", "AC3-ORD-011",
                    "AC3-PRO-002", "AC3-PIC-005", "AC3-MIX-003",
                    "AC3-TST-011", "AC3-NRC-032", "AC3-SPA-026",
                    "AC3-PRM-004", "AC3-TST-022",
                    "AC3-PRM-013", "AC3-JUR-015", "AC3-MIN-DER-003",
                    "AC3-DTP-003"):
        assert by_tp[purpose] == {"pass"}, (purpose, by_tp[purpose])
    for purpose in ("AC3-PAY-002", "AC3-PAY-011", "AC3-LATE-001", "AC3-LATE-006", "AC3-RND-001", "AC3-PIC-004",
                    "AC3-MIX-002", "AC3-TST-010", "AC3-NRC-030",
                    "AC3-SPA-025", "AC3-PRM-001", "AC3-TST-020",
                    "AC3-PRM-012", "AC3-JUR-014", "AC3-MIN-DER-001",
                    "AC3-MIN-DER-002", "AC3-DTP-002"):
        assert by_tp[purpose] == {"n/a"}, (purpose, by_tp[purpose])
    assert result.header["readings"]["access-catalog-3"]["late-factor-compounding"] == "simple"


RATING = [
    ("mileage-rounded-down", "access-catalog-3:6.4.6", "AC3-DTT-001"),
    ("piu-twice-on-assumed", "access-catalog-3:2.3.11(C)(2)", "AC3-JUR-001"),
    ("terminating-wrong-column", "access-catalog-3:2.4.7(B)(3)(c)", "AC3-TST-001"),
    ("activation-per-trunk", "access-catalog-3:6.4.1(B)(1)", "AC3-NRC-001"),
    ("rounded-per-call", "access-catalog-3:6.6.4", "AC3-MIN-ACC-001"),
    ("bad-records-dropped", "access-catalog-3:6.6.4", "AC3-MIN-BAD-002"),
]


@pytest.mark.parametrize(("mode", "clause", "purpose"), RATING, ids=[r[0] for r in RATING])
def test_a_classic_rating_error_is_caught_with_its_clause(tmp_path, mode, clause, purpose):
    """Over the catalog's scenarios: each error is caught there with its clause. (The differential
    property catches some of them too, but shrinking its counterexample costs twice the scenarios'
    whole run, and the suite's other broken systems already prove properties fail.)"""
    import sys

    result = certify(f"cmd:{sys.executable} -m tests.broken_suts.rating_errors {mode}", tmp_path / "out",
                     "--", "features/test_access_catalog_3.py")
    assert result.exit_code == 1, result.stdout
    assert any(clause in e["clauses"] and e["tp"] == purpose for e in result.verdicts("fail")), \
        [(e["tp"], e["clauses"]) for e in result.verdicts("fail")]
    assert not result.verdicts("error")


def test_a_property_that_finds_two_distinct_failures_is_a_fail_naming_both(tmp_path):
    """Issue 19: hypothesis raises an ExceptionGroup when a property finds two distinct failures;
    that is two wrong bills, a `fail` of the clause, not "the check itself broke"."""
    result = certify("py:tests.broken_suts.two_payment_date_faults:Sut", tmp_path / "out", "--",
                     "properties/access-catalog-3/test_billing_properties.py::test_payment_date_is_a_business_day_near_31_days")
    [event] = result.events
    assert event["verdict"] == "fail" and event["cause"] == "sut", event["reason"]
    assert event["reason"].startswith("2 distinct failures: (1) fail: payment date: ")
    assert "no later than" in event["reason"] and "not a Saturday, Sunday or Legal Holiday" in event["reason"]
    assert "access-catalog-3:2.4.1(C)(1)" in event["clauses"]
    assert event["reproduce"].startswith("@reproduce_failure(")
    assert result.exit_code == 1
