"""A harness no billing system can break (issue 18): each hostile program of
tests/fake_suts/misbehaving.py is an `error` for its own case with the SUT named as the cause,
never "the check itself broke"; its process group is ended; the run goes on; nothing it writes
reaches a terminal, the log or an XML file unescaped; and a SUT that does not start stops the run
at once with its cause.

One real certification tries every fault: the fake misbehaves as the i-th mode on the case with
seq i, over the fourteen payment-date checks (whose cases are sent one each, in order)."""

from __future__ import annotations

import json
import os
import tempfile
import re
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import Certification, certify

CHECKS = ("features/access-catalog-3/test_access_catalog_3.py::test_the_shorter_of_31_days_and_the_next_bill_date",
          "features/access-catalog-3/test_access_catalog_3.py::test_each_kind_of_shift")
TIMEOUT = 1.0
# mode -> what the error's reason says (the SUT named as the cause in each)
FAULTS = {
    "close-stdout": "the SUT closed its output without answering; it was ended",
    "grandchild": "the SUT did not answer within 1 s; it exited with code 0",
    "invalid-utf8": "the SUT's answer is not UTF-8 (byte 53",
    "big-int": "the SUT's answer holds an integer of 5000 digits",
    "deep": "the SUT's answer nests more than 32 levels deep",
    "exponent": "the SUT's answer to case 'scenario' breaks the protocol schema at bills.0.lines.0.amount: "
                "Value error, '1E+999999999' is not an exact decimal",
    "past-bounds": "breaks the protocol schema at bills.0.lines.0.amount: Value error, "
                   "'108.600000000000000000000000001' is not an exact decimal",
    "ansi": "the SUT reported an error for case 'scenario'",
    "surrogate": "the SUT's answer holds a lone UTF-16 surrogate escape",
    "partial": "the SUT ended its output in the middle of a line: '{\"seq\": 10, \"bil'; it exited with code 0",
    "drip": "the SUT did not answer within 1 s; it was ended",
    "schema": "the SUT's answer to case 'scenario' breaks the protocol schema at bills.0.bill_date: Field required",
    "crash": "the SUT closed its output without answering; it exited with code 3",
}
MODES = [*FAULTS, "stderr-flood"]   # the last answers correctly after 20 MiB of stderr


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Certification, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    pids = folder / "pids"
    sut = f"cmd:{sys.executable} tests/fake_suts/misbehaving.py --each {' '.join(MODES)}"
    result = certify(sut, folder / "out", "--sut-timeout", str(TIMEOUT), "--", *CHECKS,
                     env={"FAKE_SUT_PIDS": str(pids)}, memory_limit=1 << 30)
    return result, pids


@pytest.mark.parametrize("mode", list(FAULTS))
def test_each_fault_is_an_error_of_the_sut_for_its_own_case(hostile_run, mode):
    result, _ = hostile_run
    event = result.events[MODES.index(mode)]
    assert event["verdict"] == "error" and event["cause"] == "sut", event
    assert FAULTS[mode] in event["reason"], event["reason"]
    assert event["case"] is not None


def test_the_run_goes_on_and_ends_within_its_timeouts(hostile_run):
    result, _ = hostile_run
    assert result.footer is not None and result.exit_code == 1, result.stdout
    assert len(result.events) == len(MODES) == 14
    assert not [e for e in result.events if e.get("cause") == "ratecert"]
    flooded = result.events[MODES.index("stderr-flood")]   # answered (wrongly) after 20 MiB of stderr
    assert flooded["verdict"] == "fail" and len(result.footer["stderr_tail"]) <= 2000
    log = (result.out / "results.jsonl").stat().st_size
    assert log < 1_000_000, f"the log holds {log} bytes: what a SUT says must be bounded"
    assert result.seconds < 60


def test_every_process_the_sut_started_is_ended(hostile_run):
    _, pids = hostile_run
    started = [int(p) for p in pids.read_text().split()]
    assert len(started) > 5   # a process per restart, and the grandchild
    alive = [pid for pid in started if _alive(pid)]
    assert not alive, f"processes left running: {alive}"


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return not re.search(r"^State:\s+Z", status, re.M)   # a zombie has ended; only its parent has not reaped it


def test_nothing_the_sut_wrote_acts_on_a_terminal_or_breaks_a_file(hostile_run):
    result, _ = hostile_run
    out = result.out
    active = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\ud800-\udfff]")
    assert not active.search(result.stdout.replace("\n", "")), "raw control characters reached the terminal"
    assert "\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07" in result.stdout and "\\u202e" in result.stdout
    for name in ("results.jsonl", "junit.xml", "cucumber.json", "report.html", "summary.json"):
        text = (out / name).read_text(encoding="utf-8")
        assert not active.search(text.replace("\n", "").replace("\t", "")), f"{name} holds raw control characters"
    for line in (out / "results.jsonl").read_text().splitlines():
        json.loads(line)
    ElementTree.parse(out / "junit.xml")   # well-formed XML
    json.loads((out / "cucumber.json").read_text())
    ansi = result.events[MODES.index("ansi")]
    assert ansi["reason"].endswith("\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b[31mRED\x1b[0m\rOVERWRITTEN\u202eDESREVER\x9b31m"), \
        "the log keeps exactly what the SUT said (escaped as JSON)"


def test_a_sut_that_does_not_start_stops_the_run_at_once(tmp_path):
    """The whole certification, not a narrowed one: no check runs, one cause is shown."""
    result = certify(f"cmd:{sys.executable} /nonexistent/billing-system.py", tmp_path / "out")
    assert result.exit_code == 2, result.stdout
    cause = "the SUT did not start: "
    assert f"ratecert: {cause}" in result.stdout and "can't open file '/nonexistent/billing-system.py'" in result.stdout
    assert "Traceback" not in result.stdout and result.stdout.count(cause) == 1
    assert not result.events and not (tmp_path / "out" / "bundles").exists()
    assert result.header["start_error"].startswith(cause) and result.footer["broken"].startswith(cause)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["reasons"][0].startswith(cause)
    assert cause in (tmp_path / "out" / "report.html").read_text()
    assert result.seconds < 30


@pytest.mark.parametrize("sut", ["py:no_such_module:Sut", "cmd:/nonexistent/billing-system", "gopher://x"])
def test_a_sut_that_cannot_even_be_opened_stops_the_run_too(tmp_path, sut):
    result = certify(sut, tmp_path / "out", "--", CHECKS[0])
    assert result.exit_code == 2 and not result.events, result.stdout
    assert "ratecert: the SUT did not start: " in result.stdout and "Traceback" not in result.stdout


def _pytest(*args: str) -> tuple[int, str]:
    """Plain pytest over the checks with the plugin, as a vendor might run it (no run log)."""
    import subprocess

    from tests.conftest import ROOT

    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--ratecert-out",
                           tempfile.mkdtemp(), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env={**os.environ, "PYTEST_ADDOPTS": ""})
    return proc.returncode, proc.stdout + proc.stderr


def test_plain_pytest_stops_once_too():
    """Without `ratecert certify` (no run log), the plugin stops at the first check instead of
    raising the same start failure for each one."""
    code, output = _pytest(*CHECKS, "--ratecert-sut", "cmd:/nonexistent/billing-system")
    assert code == 2 and output.count("the SUT did not start") == 1, output


def test_plain_pytest_shows_what_the_sut_said_escaped():
    code, output = _pytest(CHECKS[0], "--ratecert-sut", f"cmd:{sys.executable} tests/fake_suts/misbehaving.py ansi 1")
    assert code == 1 and "\\x1b[2J\\x1b[H\\x1b]0;pwned" in output, output
    assert "\x1b" not in output and "\u202e" not in output
