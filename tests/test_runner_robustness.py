"""A SUT that crashes, hangs, answers garbage or breaks the schema yields `error` for the affected
cases; the run finishes, the log has its footer, and every other verdict is kept."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import certify

PAYMENT_DATES = "features/access-catalog-3/test_access_catalog_3.py::test_the_shorter_of_31_days_and_the_next_bill_date"


def fake(mode: str) -> str:
    return f"cmd:{sys.executable} tests/fake_suts/misbehaving.py {mode} 3"


@pytest.mark.parametrize("mode", ["crash", "hang", "garbage", "schema", "flood", "errored"])
def test_misbehaviour_is_an_error_for_that_case_and_the_run_goes_on(tmp_path, mode):
    result = certify(fake(mode), tmp_path / "out", "--sut-timeout", "2", "--", PAYMENT_DATES)
    assert result.footer is not None, "the run log must end with a footer"
    errors = result.verdicts("error")
    assert len(errors) == 1, [e["reason"] for e in result.events]
    assert errors[0]["case"] is not None
    if mode in ("crash", "hang", "flood"):
        assert "fake SUT misbehaving" in errors[0]["stderr"]
    # four payment-date examples: the other three were billed (and fail: the fake bills nonsense)
    assert len(result.events) == 4
    assert len(result.verdicts("fail")) == 3
    assert result.exit_code == 1


def test_a_slow_sut_within_the_timeout_is_not_an_error(tmp_path):
    result = certify(fake("slow"), tmp_path / "out", "--sut-timeout", "5", "--", PAYMENT_DATES)
    assert not result.verdicts("error") and len(result.verdicts("fail")) == 4


def test_a_sut_that_cannot_start_stops_the_run_undecided(tmp_path):
    """Exit 2 at once with the cause on the terminal and in the log - not one error per check."""
    result = certify("cmd:/nonexistent/billing-system", tmp_path / "out", "--", PAYMENT_DATES)
    assert result.exit_code == 2
    assert not result.events
    assert result.footer is not None and "the SUT did not start" in result.footer["broken"]
    assert "cannot be started" in result.header["start_error"] and "cannot be started" in result.stdout
    assert "NO VERDICT" in result.stdout


def test_pytest_options_alone_narrow_the_certification_instead_of_replacing_it():
    """`ratecert certify -- -x` certifies the features and properties with -x; it must not fall back
    to pytest's own collection (which would run ratecert's test suite against the SUT)."""
    from ratecert.cli import _targets
    from ratecert.plugin import check_folders

    folders = [str(f) for f in check_folders()]
    assert len(folders) == 8   # four packs, each with features and properties
    assert _targets(["-p", "no:cacheprovider", "-k", "labor"]) == [*folders, "-p", "no:cacheprovider", "-k", "labor"]
    node = "features/access-catalog-3/test_access_catalog_3.py::test_engineering_time_by_time_class"
    assert _targets([node, "-x"]) == [node, "-x"]
