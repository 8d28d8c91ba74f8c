"""The reference supports every option of every recorded interpretation, and the clause vectors
the catalog and the inventory give hold for each. Values are worked by hand from the clause text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert.protocol import PIXIT
from ratecert.terms import terms_for
from ratecert_reference.access_catalog_3.billing import render_bill
from ratecert_reference.access_catalog_3.credit_allowance import periods_any_fraction, periods_major_fraction
from ratecert.terms import UnknownReading

D = Decimal


def bill(case: dict, **readings: str):  # type: ignore[no-untyped-def]
    legal = readings.pop("legal_maximum_rate", None)
    pixit = PIXIT(readings={k.replace("_", "-"): v for k, v in readings.items()}, legal_maximum_rate=legal)
    return render_bill(CatalogCase.model_validate(case), terms_for(pixit))


def test_every_interpretation_has_at_least_two_options_and_a_valid_default():
    doc = terms_for().document
    required = {"next-bill-date-short-month", "legal-holiday-weekend", "legal-holiday-labor-day",
                "late-factor-day-count", "late-factor-compounding", "legal-maximum-rate-basis",
                "penny-rounding-ties", "blank-pages-5-19-5-22"}
    assert required <= set(doc.interpretations)


def test_an_unknown_reading_is_refused():
    with pytest.raises(UnknownReading):
        terms_for(PIXIT(readings={"late-factor-compounding": "weekly"}))


@pytest.mark.parametrize(("reading", "payment_date"), [("last-day-of-month", "2025-02-28"), ("overflow", "2025-03-03")])
def test_next_bill_date_options(reading, payment_date):
    assert str(bill({"bill_date": "2025-01-31"}, next_bill_date_short_month=reading).payment_date) == payment_date


@pytest.mark.parametrize(("listing", "payment_date"), [("as-printed", "2025-09-01"), ("with-labor-day", "2025-09-02"),
                                                       ("federal", "2025-09-02")])
def test_labor_day_options(listing, payment_date):
    assert str(bill({"bill_date": "2025-08-01"}, legal_holiday_labor_day=listing).payment_date) == payment_date


def test_federal_holidays_include_juneteenth():
    # 2025-06-19 is a Thursday: a payment date on it moves back under the federal reading only
    assert str(bill({"bill_date": "2025-05-19"}, legal_holiday_labor_day="federal").payment_date) == "2025-06-18"
    assert str(bill({"bill_date": "2025-05-19"}).payment_date) == "2025-06-19"


@pytest.mark.parametrize(("weekend", "payment_date"), [("observed-weekday", "2027-12-23"), ("as-dated", "2027-12-24")])
def test_weekend_holiday_options(weekend, payment_date):
    assert str(bill({"bill_date": "2027-11-24"}, legal_holiday_weekend=weekend).payment_date) == payment_date


def test_locally_observed_holidays_from_the_pixit():
    terms = terms_for(PIXIT(local_holidays=(dt.date(2025, 4, 3),)))
    assert str(render_bill(CatalogCase(bill_date=dt.date(2025, 3, 3)), terms).payment_date) == "2025-04-02"


@pytest.mark.parametrize(("extension", "payment_date"), [("before-shift", "2025-04-07"), ("after-shift", "2025-04-06")])
def test_delayed_bill_extension_options(extension, payment_date):
    case = {"bill_date": "2025-03-03", "bill_receipt": {"received": "2025-03-17"}}
    assert str(bill(case, delayed_bill_extension=extension).payment_date) == payment_date


LATE = {"bill_date": "2025-06-04", "amount_due": "1000.00", "payments": [{"date": "2025-07-13", "amount": "1000.00"}]}


@pytest.mark.parametrize(("readings", "penalty"), [
    ({}, "2.92"),                                                     # 1000 x (1.000292^10 - 1)
    ({"late_factor_day_count": "both-ends"}, "3.22"),                 # 11 days
    ({"late_factor_compounding": "simple"}, "2.92"),                  # 1000 x 0.00292
    ({"legal_maximum_rate": D("0.10")}, "2.74"),                      # 0.10 / 365 a day is the lesser
    ({"legal_maximum_rate": D("0.10"), "legal_maximum_rate_basis": "daily"}, "2.92"),
])
def test_late_factor_options(readings, penalty):
    assert bill(LATE, **readings).penalty("late-payment") == D(penalty)


@pytest.mark.parametrize(("ties", "amount"), [("half-up", "0.03"), ("half-even", "0.02")])
def test_rounding_ties(ties, amount):
    case = {"bill_date": "2025-03-01", "period": {"start": "2025-03-01", "end": "2025-03-31"},
            "services": [{"id": "D", "kind": "switched-flat", "start": "2025-03-31",
                          "elements": [{"element": "direct_trunked_facility.vg", "quantity": "15"}]}]}
    assert bill(case, penny_rounding_ties=ties).charge("direct_trunked_facility") == D(amount)


def test_minimum_period_options():
    case = {"bill_date": "2025-03-01", "period": {"start": "2025-03-01", "end": "2025-03-31"},
            "services": [{"id": "S", "start": "2025-03-05", "end": "2025-03-15",
                          "elements": [{"element": "voice_grade.channel_termination.2w", "quantity": "2"}]}]}
    assert bill(case).charge("minimum-period-charge") == D("60.00")
    assert bill(case, minimum_period_charge="additional-month").charge("minimum-period-charge") == D("90.00")


def test_ds3_exception_options():
    case = {"bill_date": "2025-03-01", "period": {"start": "2025-03-01", "end": "2025-03-31"},
            "services": [{"id": "E", "kind": "switched-flat", "start": "2025-01-01", "end": "2025-04-01",
                          "nonrecoverable_cost": "1000.00", "ds3_monthly": True,
                          "elements": [{"element": "entrance_facility.ds3", "quantity": "1"}]}]}
    assert bill(case).charge("minimum-period-charge") == D("1000.00")
    # 90 days of the 360-day minimum used: 270 remain, $514.13 x 270 / 30
    assert bill(case, ds3_early_discontinuance="remaining-charges").charge("minimum-period-charge") == D("4627.17")


def test_proration_day_count_options():
    case = {"bill_date": "2025-03-01", "period": {"start": "2025-03-01", "end": "2025-03-31"},
            "services": [{"id": "S", "start": "2025-01-10", "end": "2025-03-15",
                          "elements": [{"element": "voice_grade.channel_termination.2w", "quantity": "2"}]}]}
    assert bill(case).charge("voice_grade") == D("42.00")
    assert bill(case, proration_day_count="both-inclusive").charge("voice_grade") == D("45.00")


def test_blank_page_options():
    case = {"bill_date": "2025-04-01", "orders": [{"id": "O", "date": "2025-03-10", "kind": "change",
                                                   "service_date_changes": 2}]}
    assert bill(case).charge("service_date_change") == D("50.00")
    assert bill(case, blank_pages_5_19_5_22="not-billable").charge("service_date_change") == D("0")


def test_special_construction_window_options():
    case = {"bill_date": "2025-04-01", "period": {"start": "2025-03-01", "end": "2025-03-31"},
            "services": [{"id": "V", "elements": [{"element": "voice_grade.channel_termination.2w", "quantity": "2"},
                                                  {"element": "voice_grade.channel_mileage_facility", "quantity": "5"}]}],
            "interruptions": [{"id": "I", "service": "V", "reported": "2025-03-01T00:00", "restored": "2025-03-15T00:00",
                               "replacement_notice_received": "2025-03-01",
                               "replacement_authorization_received": "2025-03-10"}]}
    assert bill(case).credit("I") == D("33.33")
    assert bill(case, special_construction_window="until-day-after").credit("I") == D("36.67")


@pytest.mark.parametrize(("minutes", "periods"), [(15, 0), (16, 1), (30, 1), (45, 1), (46, 2), (75, 2), (76, 3)])
def test_major_fraction_vectors(minutes, periods):
    # the count alone; the 30-minute threshold of 2.4.4(B)(1) is applied by the credit rule (features)
    assert periods_major_fraction(dt.timedelta(minutes=minutes), dt.timedelta(minutes=30)) == periods


def test_the_catalogs_own_major_fraction_example():
    # 2.6: "thirty-six hours and fifteen minutes ... two twenty-four hour periods"
    assert periods_major_fraction(dt.timedelta(hours=36, minutes=15), dt.timedelta(hours=24)) == 2
    assert periods_major_fraction(dt.timedelta(hours=36), dt.timedelta(hours=24)) == 1


@pytest.mark.parametrize(("minutes", "periods"), [(1, 1), (30, 1), (31, 2)])
def test_any_fraction_vectors(minutes, periods):
    assert periods_any_fraction(dt.timedelta(minutes=minutes), dt.timedelta(minutes=30)) == periods


def test_money_is_never_float():
    with pytest.raises(ValueError, match="exact"):
        CatalogCase.model_validate({"bill_date": "2025-01-01", "amount_due": 10.5})


@pytest.mark.parametrize(("reading", "charged"), [("through-same-date", ["P-3"]), ("before-same-date", ["P-2", "P-3"])])
def test_pic_four_month_window_options(reading, charged):
    """13.4(A)(3)(a): converted January 10; a change on May 10 is inside "the four months following"
    only when they run through the same date; May 11 is outside either way."""
    window = {"line": "L-1", "window_start": "2025-01-10", "method": "electronic"}
    case = {"bill_date": "2025-06-01", "pic_changes": [{"id": "P-1", "date": "2025-01-20", "initial": True, **window},
                                                        {"id": "P-2", "date": "2025-05-10", **window},
                                                        {"id": "P-3", "date": "2025-05-11", **window}]}
    lines = bill(case, pic_four_month_window=reading).lines
    assert [ln.ref for ln in lines] == charged
    assert all(ln.amount == D("1.25") and ln.clause.endswith("13.4(A)(3)(a)") for ln in lines)


@pytest.mark.parametrize(("reading", "order_charge"), [("prorated", D("30.00")), ("elements-only", D("37.50"))])
def test_mixed_use_ordering_charges_options(reading, order_charge):
    """2.3.12(A), 20% interstate: the installation is always prorated ($400 x 80%); the Access Order
    Charge ($37.50) is prorated only under the "prorated" reading."""
    case = {"bill_date": "2025-04-01", "orders": [{"id": "O-1", "date": "2025-03-20", "percent_interstate": "20",
                                                   "installations": [{"element": "local_transport_installation.ds1"}]}]}
    result = bill(case, mixed_use_ordering_charges=reading)
    assert result.charge("local_transport_installation") == D("320.00")
    assert result.charge("access_order") == order_charge


def test_special_access_is_not_prorated_by_an_interstate_percentage():
    with pytest.raises(ValueError, match="2.3.11"):
        CatalogCase.model_validate({"bill_date": "2025-04-01", "services": [{"id": "S", "percent_interstate": "10"}]})


@pytest.mark.parametrize(("reading", "common_line"), [("local-transport-only", D("0")), ("with-common-line", D("338.00"))])
def test_wsc_billed_elements_options(reading, common_line):
    """6.8.1(K): 10,000 FGD minutes to a WSC at the tandem bear Local Transport, never Local Switching;
    Carrier Common Line ($0.0338) only under the with-common-line reading."""
    case = {"bill_date": "2025-04-01", "end_offices": [{"end_office": "W", "percent_intrastate": "100",
                                                        "wireless_switching_center": True, "tandem_switched_miles": 10}],
            "usage": [{"id": "u", "end_office": "W", "feature_group": "D", "direction": "originating",
                       "minutes": 10000, "routing": "tandem"}]}
    result = bill(case, wsc_billed_elements=reading)
    assert result.charge("carrier_common_line") == common_line
    assert result.charge("local_switching") == 0 and result.charge("shared_trunk_port") == 0
    assert result.charge("tandem_switched_facility") == D("14.10")


@pytest.mark.parametrize(("reading", "order_charge"), [("applies", D("37.50")), ("waived", D("0"))])
def test_fg_upgrade_order_charge_options(reading, order_charge):
    """6.4.3: an FGB upgrade to FGD within the allocation deadlines installs for nothing; its Access
    Order Charge follows the reading."""
    change = {"from_group": "B", "to_group": "D", "allocation_results_received": "2025-02-01",
              "disconnect_ordered": "2025-02-10", "disconnect_effective": "2025-03-01"}
    case = {"bill_date": "2025-04-01", "orders": [{"id": "O-1", "date": "2025-03-20", "kind": "change",
                                                   "feature_group_change": change,
                                                   "installations": [{"element": "local_transport_installation.ds1"}]}]}
    result = bill(case, fg_upgrade_order_charge=reading)
    assert result.charge("local_transport_installation") == 0
    assert result.charge("access_order") == order_charge


def test_an_fgb_upgrade_without_its_allocation_dates_is_refused():
    with pytest.raises(ValueError, match="6.4.3"):
        CatalogCase.model_validate({"bill_date": "2025-04-01", "orders": [
            {"id": "O-1", "date": "2025-03-20", "feature_group_change": {"from_group": "B", "to_group": "D"}}]})


@pytest.mark.parametrize(("reading", "common_line"), [("billed", D("304.20")), ("premium-only", D("0"))])
def test_non_premium_common_line_options(reading, common_line):
    """6.4.1(C)(2): 9,000 FGB minutes at an office without equal access are non-premium: never any
    Local Switching (no non-premium rate is filed), Carrier Common Line per the reading."""
    case = {"bill_date": "2025-04-01",
            "end_offices": [{"end_office": "E", "percent_intrastate": "100", "equal_access": False}],
            "usage": [{"id": "u", "end_office": "E", "feature_group": "B", "direction": "originating", "minutes": 9000}]}
    result = bill(case, non_premium_common_line=reading)
    assert result.charge("local_switching") == 0 and [r.ref for r in result.rejected] == ["E"]
    assert result.charge("carrier_common_line") == common_line


@pytest.mark.parametrize(("reading", "multiplexing"), [("no-multiplexing", D("0")), ("with-multiplexing", D("0.09"))])
def test_tst_without_tandem_options(reading, multiplexing):
    """6.4.6(G): 10,000 minutes from a host office to its remote office, 23 miles: the facility and
    termination, never Tandem Switching; Common Shared Tandem Multiplexing ($0.000009) per the reading."""
    case = {"bill_date": "2025-04-01",
            "end_offices": [{"end_office": "R", "percent_intrastate": "100", "tandem_switched_miles": 23,
                             "tandem_switched_from": "host-office"}],
            "usage": [{"id": "u", "end_office": "R", "feature_group": "D", "direction": "originating",
                       "minutes": 10000, "routing": "tandem"}]}
    result = bill(case, tst_without_tandem=reading)
    assert result.charge("tandem_switched_facility") == D("32.43") and result.charge("tandem_switching") == 0
    assert result.charge("shared_tandem_multiplexing") == multiplexing


@pytest.mark.parametrize(("reading", "switching"), [("office-lines", D("78.63")), ("area-premium", D("52.42"))])
def test_transition_fgd_cap_options(reading, switching):
    """6.4.1(C)(3)(b)(iii): 10,000 FGA minutes, 6,000 of 8,000 lines equal access: 7,500 premium;
    5,000 FGD minutes at an office of 3,000 lines remove 3,750 (its lines' share) or 5,000."""
    case = {"bill_date": "2025-04-01",
            "end_offices": [{"end_office": "T", "percent_intrastate": "100"}, {"end_office": "D", "percent_intrastate": "100"}],
            "transition_areas": [{"entry_switch": "T", "feature_group": "A", "equal_access_lines": 6000, "total_lines": 8000,
                                  "fgd_offices": [{"end_office": "D", "lines": 3000}]}],
            "usage": [{"id": "a", "end_office": "T", "feature_group": "A", "direction": "originating", "minutes": 10000},
                      {"id": "d", "end_office": "D", "feature_group": "D", "direction": "originating", "minutes": 5000}]}
    result = bill(case, transition_fgd_cap=reading)
    assert result.charge("local_switching_1", "T") == switching


@pytest.mark.parametrize(("reading", "common_line", "switching"), [("up", 101, 101), ("nearest", 100, 100),
                                                                   ("by-section", 100, 101)])
def test_access_minute_rounding_options(reading, common_line, switching):
    """The inventory's vector for FLAG-08: 100.4 accumulated minutes are 100 to the nearest, 101 up."""
    case = {"bill_date": "2025-04-01", "end_offices": [{"end_office": "EO-1", "percent_intrastate": "100"}],
            "calls": [{"id": "c1", "end_office": "EO-1", "feature_group": "B", "direction": "terminating",
                       "answer": "2025-03-03T10:00:00", "end_user_disconnect": "2025-03-03T11:40:24"}]}
    lines = {ln.element: ln.quantity for ln in bill(case, access_minute_rounding=reading).lines}
    assert (lines["carrier_common_line.terminating"], lines["local_switching_1.terminating"]) == (common_line, switching)


@pytest.mark.parametrize(("reading", "named"), [("carried", "decisions"), ("rejected", "rejected")])
def test_usage_after_bill_day_options(reading, named):
    case = {"bill_date": "2025-04-01", "end_offices": [{"end_office": "EO-1", "percent_intrastate": "100"}],
            "calls": [{"id": "c1", "end_office": "EO-1", "feature_group": "B", "direction": "terminating",
                       "answer": "2025-04-02T10:00:00", "end_user_disconnect": "2025-04-02T10:01:00"}]}
    result = bill(case, usage_after_bill_day=reading)
    assert not result.lines and [r.ref for r in getattr(result, named)] == ["c1"]


@pytest.mark.parametrize(("reading", "bill_date", "originating"), [
    ("interstate-from-2014-07-01", "2025-04-01", 8100), ("intrastate", "2025-04-01", 9000),
    ("interstate-from-2014-07-01", "2014-06-30", 9000), ("interstate-from-2014-07-01", "2014-07-01", 8100)])
def test_voip_originating_intrastate_options(reading, bill_date, originating):
    """2.3.13(A): terminating VoIP always leaves this bill; originating intrastate VoIP only from the
    broken July 1, 2014 bullet on, under the default reading (the minutes, rated or not)."""
    from ratecert_reference.access_catalog_3.switched_usage import pvu_share
    office = {"end_office": "EO-1", "percent_intrastate": "100", "pvu_originating": "10", "pvu_terminating": "10"}
    case = CatalogCase.model_validate({"bill_date": bill_date, "end_offices": [office]})
    terms = case.end_offices[0]
    day = dt.date.fromisoformat(bill_date)
    assert 9000 * (1 - pvu_share(terms, "originating", day, reading=reading)) == originating
    assert 9000 * (1 - pvu_share(terms, "terminating", day, reading=reading)) == 8100


@pytest.mark.parametrize(("reading", "common_line"), [("piu-applied", 951), ("intrastate-for-common-line", 1902)])
def test_assumed_minutes_jurisdiction_options(reading, common_line):
    """FLAG-21: an unmeasured two-way FGA line at 50% intrastate; Local Switching takes the PIU either way."""
    case = {"bill_date": "2025-04-01", "end_offices": [{"end_office": "EO-1", "percent_intrastate": "50"}],
            "unmeasured": [{"end_office": "EO-1", "feature_group": "A"}]}
    lines = {ln.element: ln.quantity for ln in bill(case, assumed_minutes_jurisdiction=reading).lines}
    assert (lines["carrier_common_line.originating"], lines["local_switching_1.originating"]) == (common_line, 951)
