"""The example budget of a slow SUT (issue 17 item 9): recorded in the run log's header, applied to
properties - never to scenarios of fixed cases -, and
stated wherever the verdict is (summary, report, certificate). Narrowed runs of real subprocesses:
the time a whole certification takes under a budget is measured in bench/slow_sut.py, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ratecert.settings import ConfigError, load_settings
from tests.conftest import ROOT, certify

SLOW = f"cmd:{sys.executable} -m tests.fake_suts.slow 0.05"


@pytest.fixture(scope="module")
def budgeted(tmp_path_factory, certifier_keys):
    """The slow reference (0.05 s a bill) under a 1-second budget: a property and a scenario of
    fixed cases; signed."""
    out = tmp_path_factory.mktemp("budget") / "out"
    return certify(SLOW, out, "--budget", "seconds=1", "--tp", "AC3-PROP-014", "--tp", "AC3-UPR-021",
                   "--sign-key", str(certifier_keys.with_suffix(".key")), shrink=True)


def test_the_budget_is_in_the_header_and_cuts_properties_not_scenarios(budgeted):
    assert budgeted.exit_code == 0, budgeted.stdout
    assert budgeted.header["budget"] == {"examples": None, "seconds": 1.0}
    assert budgeted.header["max_examples"] == 60
    by_tp = {e["tp"]: e for e in budgeted.events}
    event = by_tp["AC3-PROP-014"]
    assert event["verdict"] == "pass" and event["budget_cut"] is True and 0 < event["examples"] < 60, event
    assert event["duration"] < 10
    assert "examples" not in by_tp["AC3-UPR-021"] and "budget_cut" not in by_tp["AC3-UPR-021"]


def test_the_reduced_budget_is_stated_in_the_summary_report_and_certificate(budgeted):
    summary = json.loads((budgeted.out / "summary.json").read_text())
    assert summary["budget"]["limits"] == {"examples": None, "seconds": 1.0}
    assert {c["tp"] for c in summary["budget"]["cut"]} == {"AC3-PROP-014"}
    said = "Example budget: 1 s per property (the profile asks 60 examples each)"
    assert said in (budgeted.out / "summary.md").read_text()
    report = (budgeted.out / "report.html").read_text()
    assert 'id="budget"' in report and "AC3-PROP-014 passed on" in report
    certificate = json.loads((budgeted.out / "certificate.json").read_text())
    assert certificate["budget"] == summary["budget"]


def test_a_failure_keeps_its_case_when_the_budget_cuts_its_shrinking(tmp_path):
    """A SUT of 0.3 s a bill whose every payment date is the bill date: the first example fails,
    shrinking is cut at 2 s, and the verdict carries the failing example's case and the note."""
    result = certify(f"cmd:{sys.executable} tests/fake_suts/misbehaving.py slow", tmp_path / "out",
                     "--budget", "seconds=2", "--tp", "AC3-LAW-003", shrink=True)
    [event] = result.events
    assert result.exit_code == 1 and event["verdict"] == "fail" and event["budget_cut"] is True
    assert f"got {event['case']['bill_date']}" in event["reason"]          # the case that failed, not a later one
    assert "ran out while shrinking" in event["hypothesis_notes"]


def test_an_examples_budget_lowers_max_examples_and_says_so(tmp_path):
    result = certify("reference", tmp_path / "out", "--budget", "examples=5", "--tp", "AC3-PROP-014", shrink=True)
    [event] = result.events
    assert result.header["hypothesis_profile"] == "ratecert-certification+budget"
    assert event["verdict"] == "pass" and event["examples"] <= 5 and event["budget_cut"] is False
    assert "at most 5 examples per property" in (tmp_path / "out" / "summary.md").read_text()


def test_without_a_budget_a_run_is_as_before(tmp_path):
    result = certify("reference", tmp_path / "out", "--tp", "AC3-PROP-014", shrink=True)
    [event] = result.events
    assert result.header["budget"] is None and result.header["hypothesis_profile"] == "ratecert-certification"
    assert "examples" not in event and "Example budget" not in (tmp_path / "out" / "summary.md").read_text()


@pytest.mark.parametrize(("given", "said"), [("examples=0", "budget.examples: Input should be greater than or equal to 1"),
                                             ("minutes=3", "budget.minutes: Extra inputs are not permitted"),
                                             ("fast", "--budget 'fast': expected examples=N,seconds=S")])
def test_a_bad_budget_stops_the_run_with_one_line(tmp_path, given, said):
    proc = subprocess.run([sys.executable, "-m", "ratecert", "certify", "--budget", given, "--out", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and said in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_the_budget_table_of_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.ratecert]\nbudget = { examples = 20, seconds = 30 }\n")
    chosen = load_settings(tmp_path)
    assert (chosen.budget.examples, chosen.budget.seconds) == (20, 30.0)
    assert chosen.budget.flag() == "examples=20,seconds=30.0"
    (tmp_path / "pyproject.toml").write_text("[tool.ratecert]\nbudget = { seconds = -1 }\n")
    with pytest.raises(ConfigError, match=r"budget.seconds"):
        load_settings(Path(tmp_path))
