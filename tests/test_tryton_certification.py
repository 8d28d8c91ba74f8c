"""Tryton 7.0, a real third-party billing system, certified through examples/tryton_billing: the
verdicts its documented behaviour implies are pinned here, so the certification stays honest.

Tryton's payment terms are chains of relative deltas - one month for the catalog (its "same date in
the following month", never longer than its 31 days), 30 days for the ICA - with no "whichever is
shorter" and no weekend or holiday shift, forward (catalog) or back (ICA); late payment is a dunning
fee, a percentage of the invoice at each 30-day level, which stops when Tryton reconciles the
payments posted against the invoice - 1.5% a month or part of one, as the ICA's started-months
reading has it, but never the catalog's factor compounded daily; it bills the hours each technician
keys at an hourly price, without the catalog's "each half hour or fraction". Usage rated elsewhere
is priced per element by Tryton's subscription invoicing (usage-pricing); rating it is not claimed."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import certify

pytestmark = pytest.mark.skipif(importlib.util.find_spec("trytond") is None,
                                reason="Tryton is not installed (pip install ratecert[tryton])")

CATALOG = "features/access-catalog-3/test_access_catalog_3.py::"
ICA = "features/ica-frontier-granite-2006/test_ica_frontier_granite_2006.py::"
CHECKS = [CATALOG + "test_the_shorter_of_31_days_and_the_next_bill_date",
          CATALOG + "test_engineering_time_by_time_class",
          CATALOG + "test_chargeable_originating_minutes_of_one_feature_group",
          CATALOG + "test_two_summaries_of_one_end_office_feature_group_and_direction_are_priced_as_one",
          CATALOG + "test_seconds_round_up_to_2_minutes_under_section_6",
          CATALOG + "test_a_year_late_daily_compounding_is_worth_more_than_simple_interest",
          ICA + "test_the_shorter_of_thirty_days_and_the_next_bill_date",
          ICA + "test_every_shift_is_backward",
          ICA + "test_no_extension_without_a_request",
          ICA + "test_for_a_month_or_part_of_one",
          ICA + "test_only_the_late_portion_bears_the_penalty"]


@pytest.fixture(scope="module")
def tryton(tmp_path_factory):
    out = tmp_path_factory.mktemp("tryton") / "out"
    return certify("cmd:python3 examples/tryton_billing/tryton_sut.py", out, "--sut-timeout", "120", "--", *CHECKS)


def verdict(result, purpose: str, example_starts: str = "") -> str:
    [event] = [e for e in result.events if e["tp"] == purpose and (e["example"] or "").startswith(example_starts)]
    return event["verdict"]


def test_tryton_identifies_itself_and_claims_only_what_it_can_express(tryton):
    assert tryton.header["implementation"]["name"] == "Tryton"
    assert tryton.header["implementation"]["version"].startswith("7.0")
    assert tryton.exit_code == 1 and tryton.footer is not None
    assert not tryton.verdicts("error"), [e["reason"] for e in tryton.verdicts("error")]
    assert tryton.header["ics"]["documents"]["access-catalog-3"]["capabilities"] == [
        "payment-dates", "labor", "late-payment", "usage-pricing"]
    assert verdict(tryton, "AC3-MIN-RND-001") == "n/a"               # rating usage (switched-usage) is not claimed


def test_one_month_meets_the_catalogs_payment_date_unless_a_shift_applies(tryton):
    assert verdict(tryton, "AC3-PAY-001", "2025-04-01") == "pass"     # May 1, the next bill date
    assert verdict(tryton, "AC3-PAY-001", "2025-02-10") == "pass"     # March 10
    assert verdict(tryton, "AC3-PAY-001", "2025-03-03") == "pass"     # April 3
    assert verdict(tryton, "AC3-PAY-001", "2025-01-01") == "fail"     # Saturday February 1 is not moved back


def test_rate_times_the_hours_each_technician_keys_and_the_half_hour_rule_fails(tryton):
    assert verdict(tryton, "AC3-LAB-001", "1-engineer-works-30") == "pass"   # 0.5 h x $108.60 = $54.30
    assert verdict(tryton, "AC3-LAB-001", "1-engineer-works-61") == "fail"   # 1.02 h, not 3 half hours
    assert verdict(tryton, "AC3-LAB-001", "2-engineers") == "fail"           # 2 x 0.52 h, not 2 x 2 half hours


def test_usage_rated_elsewhere_is_priced_per_element(tryton):
    for row in ("A-", "B-", "D-"):
        assert verdict(tryton, "AC3-UPR-001", row) == "pass"         # 9,000 minutes: $304.20 and $188.72
    assert verdict(tryton, "AC3-UPR-021") == "pass"                  # 0.5 + 0.5 consumed minutes price as 1


def test_under_the_ica_thirty_days_pass_and_every_backward_shift_fails(tryton):
    assert verdict(tryton, "ICA-DUE-001", "2025-05-05") == "pass"     # June 4, thirty days, a Wednesday
    assert verdict(tryton, "ICA-DUE-021") == "pass"                   # April 2, no extension asked
    assert verdict(tryton, "ICA-DUE-001", "2025-02-10") == "fail"     # March 12, past the next bill date March 10
    for bill_date in ("2025-07-10", "2025-01-10", "2025-04-26", "2025-06-04"):
        assert verdict(tryton, "ICA-DUE-010", bill_date) == "fail"    # never moved back to the business day before


def test_late_payment_by_dunning_fee_meets_the_ica_monthly_reading_not_the_daily_factor(tryton):
    assert tryton.header["readings"]["ica-frontier-granite-2006"]["ica-late-penalty-basis"] == "started-months"
    assert verdict(tryton, "ICA-LATE-002") == "pass"                  # 30 days late: one level, 1.5% = $15.00
    assert verdict(tryton, "ICA-LATE-005") == "n/a"                   # written for the simple-daily reading
    [compounded] = [e for e in tryton.events if e["tp"] == "AC3-LATE-002"]
    # thirteen 30-day levels of $87.97 until the payment posted a year late reconciles the invoice
    assert compounded["verdict"] == "fail" and "1143.61" in compounded["reason"]
