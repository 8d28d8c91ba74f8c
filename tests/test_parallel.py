"""`ratecert certify -j 2` (ratecert.parallel: workers forked after one collection) writes the run
log a serial run writes - the same records in the same order, timestamps and durations aside - so
every verdict, count, bundle and report is the serial run's; a worker that dies costs one check an
`error` that says so, and nothing else."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from ratecert.parallel import available
from tests.conftest import certify

pytestmark = pytest.mark.skipif(not available(), reason="forked workers need os.fork (serial elsewhere)")

VOLATILE = {"at", "duration"}   # what differs between two serial runs of one certification
# properties (generated cases) and scenarios, some n/a for the SUT, some failed by it
SUBSET = ["-k", "payment or credit or deposit"]
PAYMENT_DATES = "features/access-catalog-3/test_access_catalog_3.py::test_the_shorter_of_31_days_and_the_next_bill_date"


def _records(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k not in VOLATILE} for e in events]


@pytest.mark.parametrize("sut", ["reference", "py:tests.broken_suts.overbilling:Sut"])
def test_two_workers_write_the_serial_run_log(tmp_path, sut):
    serial = certify(sut, tmp_path / "serial", "-j", "1", "--", *SUBSET)
    forked = certify(sut, tmp_path / "forked", "-j", "2", "--", *SUBSET)
    assert serial.footer is not None and forked.footer is not None
    kinds = {e["kind"] for e in serial.events}
    assert {"property", "scenario"} <= kinds and len(serial.events) > 50
    assert {e["nodeid"]: e["verdict"] for e in forked.events} == {e["nodeid"]: e["verdict"] for e in serial.events}
    assert _records(forked.events) == _records(serial.events)   # in collection order, field by field
    assert forked.footer["counts"] == serial.footer["counts"]
    assert forked.exit_code == serial.exit_code
    assert (forked.header["jobs"], serial.header["jobs"]) == (2, 1)
    bundles = sorted(p.name for p in (serial.out / "bundles").glob("*")) if (serial.out / "bundles").exists() else []
    assert sorted(p.name for p in (forked.out / "bundles").glob("*")) == bundles
    if sut != "reference":
        assert serial.verdicts("fail") and bundles


def test_a_stop_at_the_first_failure_stops_where_a_serial_run_stops(tmp_path):
    sut = "py:tests.broken_suts.overbilling:Sut"
    serial = certify(sut, tmp_path / "serial", "-j", "1", "--", *SUBSET, "-x")
    forked = certify(sut, tmp_path / "forked", "-j", "2", "--", *SUBSET, "-x")
    assert serial.verdicts("fail") and serial.events[-1]["verdict"] == "fail"
    assert _records(forked.events) == _records(serial.events)


def test_a_worker_that_dies_costs_its_check_an_error_and_nothing_else(tmp_path):
    sut = "py:tests.fake_suts.exits:Sut"
    result = certify(sut, tmp_path / "out", "-j", "2", "--", PAYMENT_DATES, "features/access-catalog-3/"
                     "test_access_catalog_3.py::test_bill_days_29_to_31_take_the_last_day_of_a_shorter_next_month")
    assert result.footer is not None and result.exit_code == 1
    errors = result.verdicts("error")
    assert [e["example"] for e in errors] == [e["example"] for e in result.events if "2025-02-10" in e["example"]]
    assert "died (exit status 3)" in errors[0]["reason"] and errors[0]["cause"] == "ratecert"
    assert len(result.verdicts("pass")) == len(result.events) - 1 >= 4
    assert "Traceback" not in result.stdout


def test_without_fork_two_jobs_run_serially(tmp_path, monkeypatch):
    """Where os.fork is missing (Windows) the checks run in this one process, and the header says 1."""
    import pytest as pytest_module

    monkeypatch.setattr("ratecert.parallel.available", lambda: False)
    log = tmp_path / "results.jsonl"
    code = pytest_module.main([PAYMENT_DATES, "-q", "-p", "no:cacheprovider", "--ratecert-sut", "reference",
                               "--ratecert-log", str(log), "--ratecert-jobs", "2"])
    from ratecert.run_log import read_run

    run = read_run(log)
    assert code == 0 and run.header["jobs"] == 1 and len(run.events) == 4
    assert {e["verdict"] for e in run.events} == {"pass"}


def test_jobs_and_xdist_together_are_refused(pytester):
    pytester.makepyfile(test_nothing="def test_nothing():\n    pass\n")
    result = pytester.runpytest("--ratecert-sut", "reference", "--ratecert-jobs", "2", "-n", "2",
                                "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--ratecert-jobs*not with xdist*"])
    assert sys.platform   # the refusal is the same everywhere


BREAKS = '''
import pytest

pytestmark = pytest.mark.document("access-catalog-3")

@pytest.mark.clause("2.4.1(C)(1)")
@pytest.mark.parametrize("n", range(6))
def test_check(sut, n):
    if n == 1:
        pytest.exit("a check that ends its session")
'''


def test_a_worker_that_breaks_costs_its_check_an_error_and_the_run_goes_on(pytester, tmp_path):
    """A check that ends its worker's session (pytest.exit) is an `error` naming why; the worker's
    other checks go to the other worker, and every check has its verdict."""
    checks = pytester.makepyfile(test_breaks=BREAKS)
    log = tmp_path / "results.jsonl"
    result = pytester.runpytest_subprocess(str(checks), "--ratecert-sut", "reference", "--ratecert-log", str(log),
                                           "--ratecert-jobs", "2", "-p", "no:cacheprovider")
    from ratecert.run_log import read_run

    run = read_run(log)
    assert run.complete and result.ret == 1
    assert [e["verdict"] for e in run.events] == ["pass", "error", "pass", "pass", "pass", "pass"]
    assert "broke: Exit: a check that ends its session" in run.events[1]["reason"]


def test_a_strategy_named_by_its_address_does_not_make_two_run_logs_differ():
    """hypothesis names a strategy in its own events by its repr, address included; bench/certify.py
    found a `-j 2` run's DC power statistics differing from the serial run's there and nowhere else."""
    from ratecert.reach import generation_statistics

    def statistics(address: str) -> dict[str, Any]:
        label = f"Retried draw from <CompositeStrategy object at {address}>.filter(f) to satisfy filter"
        return generation_statistics({"generate-phase": {"test-cases": [{"status": "valid", "events": [label]}]}})

    assert statistics("0x7f86217996d0") == statistics("0x7f3a26d3cf90")
    assert statistics("0x1")["events"] == {"Retried draw from <CompositeStrategy object>.filter(f) to satisfy filter": 1}
