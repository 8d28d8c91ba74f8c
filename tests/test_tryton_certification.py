"""Tryton 7.0, a real third-party billing system, certified through examples/tryton_billing: the
verdicts its documented behaviour implies are pinned here, so the certification stays honest.

Tryton's payment terms are chains of relative deltas (31 days for the catalog, 30 for the ICA) with
no next-bill-date cap and no weekend or holiday shift, forward (catalog) or back (ICA); late payment is a dunning fee, a
percentage of the invoice at each 30-day level - 1.5% a month or part of one, as the ICA's
started-months reading has it, but never the catalog's factor compounded daily; it bills time as keyed at an hourly price, without the catalog's "each
half hour or fraction", call-out minimum or standby allowance. Usage arrives as subscription
consumption records and is priced per minute as recorded: the month's minutes add up, but are
never rounded up to a whole minute and never split by jurisdiction. Plain rate x quantity passes."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import certify

pytestmark = pytest.mark.skipif(importlib.util.find_spec("trytond") is None,
                                reason="Tryton is not installed (pip install ratecert[tryton])")

CHECKS = ["features/access-catalog-3/test_access_catalog_3.py::test_the_shorter_of_31_days_and_the_next_bill_date",
          "features/access-catalog-3/test_access_catalog_3.py::test_each_kind_of_shift",
          "features/access-catalog-3/test_access_catalog_3.py::test_engineering_time_by_time_class",
          "features/access-catalog-3/test_access_catalog_3.py::test_an_unmeasured_twoway_fga_line_at_50_intrastate",
          "features/ica-frontier-granite-2006/test_ica_frontier_granite_2006.py::test_the_shorter_of_thirty_days_and_the_next_bill_date",
          "features/ica-frontier-granite-2006/test_ica_frontier_granite_2006.py::test_every_shift_is_backward",
          "features/ica-frontier-granite-2006/test_ica_frontier_granite_2006.py::test_no_extension_without_a_request",
          "features/ica-frontier-granite-2006/test_ica_frontier_granite_2006.py::test_for_a_month_or_part_of_one",
          "features/ica-frontier-granite-2006/test_ica_frontier_granite_2006.py::test_only_the_late_portion_bears_the_penalty",
          "features/access-catalog-3/test_access_catalog_3.py::test_a_year_late_daily_compounding_is_worth_more_than_simple_interest",
          "features/access-catalog-3/test_access_catalog_3.py::test_two_30second_fgb_calls_at_one_end_office_are_one_minute_not_two",
          "features/access-catalog-3/test_access_catalog_3.py::test_seconds_round_up_to_2_minutes_under_section_6",
          "features/access-catalog-3/test_access_catalog_3.py::test_originating_fgd_minutes_at_30_interstate"]


@pytest.fixture(scope="module")
def tryton(tmp_path_factory):
    out = tmp_path_factory.mktemp("tryton") / "out"
    return certify("cmd:python3 examples/tryton_billing/tryton_sut.py", out, "--sut-timeout", "120", "--", *CHECKS)


def verdict(result, purpose: str, example_starts: str) -> str:
    [event] = [e for e in result.events if e["tp"] == purpose and (e["example"] or "").startswith(example_starts)]
    return event["verdict"]


def test_tryton_identifies_itself_and_claims_only_what_it_can_express(tryton):
    assert tryton.header["implementation"]["name"] == "Tryton"
    assert tryton.header["implementation"]["version"].startswith("7.0")
    assert tryton.exit_code == 1 and tryton.footer is not None
    assert not tryton.verdicts("error"), [e["reason"] for e in tryton.verdicts("error")]
    unmeasured = [e for e in tryton.events if e["tp"] == "AC3-JUR-001"]   # claimed (switched-usage), not expressible
    assert unmeasured and unmeasured[0]["verdict"] == "fail"
    assert tryton.header["ics"]["documents"]["access-catalog-3"]["capabilities"] == [
        "payment-dates", "labor", "late-payment", "switched-usage"]


def test_plain_31_days_pass_where_the_catalog_agrees(tryton):
    assert verdict(tryton, "AC3-PAY-001", "2025-03-03") == "pass"     # both rules give Thursday April 3


def test_the_next_bill_date_cap_and_the_weekend_shift_fail(tryton):
    assert verdict(tryton, "AC3-PAY-001", "2025-04-01") == "fail"     # May 2 instead of the next bill date May 1
    assert verdict(tryton, "AC3-PAY-001", "2025-01-01") == "fail"     # Saturday February 1 is not moved back
    assert verdict(tryton, "AC3-PAY-010", "2025-07-10") == "fail"     # Sunday August 10 is not moved forward


def test_rate_times_quantity_passes_and_the_half_hour_rule_fails(tryton):
    assert verdict(tryton, "AC3-LAB-001", "1-engineer-works-30") == "pass"   # 0.5 h x $108.60 = $54.30
    assert verdict(tryton, "AC3-LAB-001", "1-engineer-works-61") == "fail"   # 1.02 h, not 3 half hours


def test_under_the_ica_thirty_days_pass_and_every_backward_shift_fails(tryton):
    assert verdict(tryton, "ICA-DUE-001", "2025-05-05") == "pass"     # June 4, thirty days, a Wednesday
    assert verdict(tryton, "ICA-DUE-021", "") == "pass"               # April 2, no extension asked
    assert verdict(tryton, "ICA-DUE-001", "2025-02-10") == "fail"     # March 12, past the next bill date March 10
    for bill_date in ("2025-07-10", "2025-01-10", "2025-04-26", "2025-06-04"):
        assert verdict(tryton, "ICA-DUE-010", bill_date) == "fail"    # never moved back to the business day before


def test_late_payment_by_dunning_fee_meets_the_ica_monthly_reading_not_the_daily_factor(tryton):
    assert tryton.header["readings"]["ica-frontier-granite-2006"]["ica-late-penalty-basis"] == "started-months"
    assert verdict(tryton, "ICA-LATE-002", "") == "pass"              # 30 days late: one level, 1.5% = $15.00
    assert verdict(tryton, "ICA-LATE-005", "") == "n/a"               # written for the simple-daily reading
    [compounded] = [e for e in tryton.events if e["tp"] == "AC3-LATE-002"]
    assert compounded["verdict"] == "fail" and "late payment penalty" in compounded["reason"]


def test_usage_by_consumption_adds_the_months_minutes_but_neither_rounds_nor_splits_them(tryton):
    assert verdict(tryton, "AC3-MIN-ACC-001", "") == "pass"       # 0.5 + 0.5 consumed minutes invoice as 1
    [rounded] = [e for e in tryton.events if e["tp"] == "AC3-MIN-RND-001"]
    assert rounded["verdict"] == "fail"                            # 80 seconds: 1.33 minutes, not 2
    [piu] = [e for e in tryton.events if e["tp"] == "AC3-JUR-002"]
    assert piu["verdict"] == "fail" and "got 9000" in piu["reason"]  # all 9,000 minutes, not 70% of them

