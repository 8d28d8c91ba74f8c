"""No unearned passes, and nothing on a bill unexplained (issue 17). A system that bills nothing and
a system that answers every case with the same bill are certified over the whole suite (once per
session): every check they pass is a declared negative check, listed apart in the report, and every
other applicable check fails for them. A system that pads every bill with a junk fee is not
conformant, through one finding under the clause the fee cites - not one failure per check."""

from __future__ import annotations

import json

import pytest

from tests.conftest import certify


@pytest.mark.parametrize("system", ["Null", "Constant"])
def test_an_idle_system_passes_only_declared_negative_checks_and_fails_the_rest(certified, system):
    result = certified(f"py:tests.broken_suts.idle:{system}")
    assert result.exit_code == 1, result.stdout
    unearned = [(e["tp"], e["example"]) for e in result.verdicts("pass") if not e.get("negative")]
    assert unearned == [], f"passes of checks not declared negative: {unearned}"
    not_failed = [(e["tp"], e["example"], e["verdict"]) for e in result.events
                  if not e.get("negative") and e["verdict"] not in ("fail", "n/a")]
    assert not_failed == [], f"checks that neither fail nor are negative: {not_failed}"
    assert result.verdicts("pass"), "an idle system passes the negative checks: the test would prove nothing"
    report = (result.out / "report.html").read_text(encoding="utf-8")
    negative = report[report.index('id="negative"'):report.index('id="readings"')]
    assert all(e["tp"] in negative for e in result.verdicts("pass"))


def test_a_padded_bill_is_one_finding_under_the_clause_it_cites(tmp_path):
    result = certify("py:tests.broken_suts.padded:Sut", tmp_path / "out", "--clause", "2.4")
    assert result.exit_code == 1, result.stdout
    [finding] = [e for e in result.events if e["kind"] == "finding"]
    assert finding["verdict"] == "fail" and finding["clauses"] == ["access-catalog-3:2.4.1(B)(2)"]
    assert "junk_fee (999.99)" in finding["reason"] and finding["bills"] > 50
    checks = [e for e in result.events if e["kind"] != "finding"]
    assert len(checks) > 50 and {e["verdict"] for e in checks} <= {"pass", "n/a"}, "the checks themselves pass"
    summary = json.loads((result.out / "summary.json").read_text())
    assert len(summary["gaps"]) == 1 and summary["gaps"][0]["differs"] == "unexplained charge junk_fee"
    assert summary["verdict"].startswith("NOT CONFORMANT") and summary["verdict"].endswith(": 1 distinct gap")


def test_an_unclaimed_capabilitys_charge_is_not_padding(tmp_path):
    result = certify("py:tests.broken_suts.padded:OutsideItsClaims", tmp_path / "out", "--clause", "2.4.1(C)")
    assert result.exit_code == 0, result.stdout
    assert not [e for e in result.events if e["kind"] == "finding"]


def test_a_charge_its_check_already_failed_for_is_not_also_unexplained(tmp_path):
    """One cause, one finding: a system billing engineering over the customer's estimate bills a
    line the reference does not, and the scenario of that charge fails for it (its `differs` names
    the line); the same line is not a second, "unexplained charge" gap."""
    import sys

    result = certify(f"cmd:{sys.executable} -m tests.broken_suts.catalog_misreadings engineering-over-estimate",
                     tmp_path / "out", "--", "features/access-catalog-3", "-k", "against_an_estimate")
    assert result.exit_code == 1, result.stdout
    failed = result.verdicts("fail")
    assert failed and all(e["tp"] == "AC3-ORD-105" and e["differs"] == "charge additional_engineering." for e in failed)
    assert not [e for e in result.events if e["kind"] == "finding"]
    summary = json.loads((result.out / "summary.json").read_text())
    assert [g["differs"] for g in summary["gaps"]] == ["charge additional_engineering."]
