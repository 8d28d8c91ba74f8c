"""Billing systems that each misread one rule of the Frontier/Granite ICA the way the reference once
did (issue 20), each in its own process: the reference declaring the damaged amounts (as
tests/declaring_sut does, so the checks that need them run) with that one rule replaced.
Run: python -m tests.broken_suts.ica_misreadings MODE

  no-supplement-within-24-hours   a new due date asked within 24 hours bears no supplemental charge,
                                  although it came after the FOC (6.12)
  une-billed-as-resale            a supplement of the "UlLlUNE" columns billed at the Resale column's
                                  amount (Attachment 4, Supplemental PON charges)
  audit-of-a-running-year         the annual audit allowed whatever year it examines, also one not yet
                                  concluded (7.1 "at the conclusion of each calendar year")
  running-year-as-concluded       declares ica-audit-year=concluded, and reads "no look-back limit" as no
                                  limit at all: the year still running may be audited too (7.1)
  year-concluded-when-its-bill-is-due  declares ica-audit-year=concluded, and holds a year concluded only
                                  once the bill of its last month is due, 30 days after it ends (7.1)
  sunday-after-extension          declares ica-delay-and-shift=shift-then-extend, and adds the delay to the
                                  shifted date without moving it off a weekend again (24.2)
  maintenance-never-canceled      a maintenance service charge kept after trouble is found in the
                                  dispatched Party's facilities (Attachment 1, 2.8.4)
  maintenance-charged-for-own-trouble  the maintenance service charge applied also when the trouble is in
                                  the dispatched Party's own facilities (Attachment 1, 2.8)
  supplement-2-only-within-24-hours  a new due date asked after the FOC bears the Supplement 2 charge only when
                                  asked within 24 hours of the due date (6.12: the charge applies to any request
                                  "received after the LSR has been confirmed"; the 24 hours add the work done)
  cancellation-at-supplement-rate a cancellation billed at the Supplement 2 and 3 amount of its class and order
                                  type, not the Supplement 1 charge (Attachment 4, Supplemental PON charges)
  other-supplements-free          a supplement of another kind (Supplement 3, "any other change") bears no
                                  charge: only cancellations and due-date changes are billed (Attachment 4)
  per-number-charged-per-order    expedites, preferential numbers and concurrences charged once per request,
                                  not "for each telephone number" (Attachment 4, 1.4, Concurrence Charge)
  cpn-shortfall-only              declares ica-cpn-threshold=below-threshold, and below 95% bills at tariffed
                                  access only the minutes without CPN beyond the 5% allowance (A4 1.4)
  started-months-as-thirty-day-periods  declares 7.6's interest from the agreement on the results to the
                                  next invoice by months started, and counts only complete 30-day periods
                                  (7.6 "per month or fraction thereof" read as whole 30-day months)
  whole-months-as-thirty-day-periods  the same by whole months: a whole calendar month of 28 days is none
  part-of-a-month-as-a-whole-month  declares 7.6's interest by whole months, and counts a month started
                                  as a whole one (27 days earn a month's interest)
  closing-minute-within-the-hours  declares ica-transfer-straddle=start-outside, and holds a transfer
                                  starting at 5:00 p.m. within "8:00 a.m. to 5:00 p.m." (6.3)
  back-billing-simple-interest    declares ica-backbill-rate=monthly-over-30, and accrues 1.5% a month
                                  over 30 days as simple interest, not "compounded daily" (A3 3.1.1)
  obligations-misread             misreads every general term and attachment rule of issue 20 at once: no
                                  deposit interest (3), any deposit increase justified (3.4), no deposit
                                  applied on default (3.5), orders taken without the documents (4), LOAs kept
                                  a year and the first honored (6.4), any transfer dates (6.6), any bulk
                                  request (6.9), audit costs on the audited (7.5), the courts without
                                  mediation (8), no day-for-day excuse (9), dispute resolution at once
                                  (10.2), no expense sharing (10.4), any insurer (13.1), one signature (14,
                                  15), liability uncapped (17.1), assignment free (20), oral information
                                  protected (26.2), any notice (30), any forecast (A1 3), any ported-call
                                  charge (A1 1.10), listings free of the cut-off (A2), shared lines resold
                                  (A3 3.2), fraud always adjusted (A3 3.8), no fifteen days (A3 7)

tests/test_broken_suts.py certifies each against the scenarios of its rule and shows the suite
names the clause it gets wrong.
"""

from __future__ import annotations

import datetime as dt

import ratecert_reference.ica_frontier_granite_2006.account as ica_account
import ratecert_reference.ica_frontier_granite_2006.audits as ica_audits
import ratecert_reference.ica_frontier_granite_2006.billing as ica_billing
import ratecert_reference.ica_frontier_granite_2006.compensation as ica_compensation
import ratecert_reference.ica_frontier_granite_2006.maintenance as ica_maintenance
import ratecert_reference.ica_frontier_granite_2006.directory as ica_directory
import ratecert_reference.ica_frontier_granite_2006.forecasts as ica_forecasts
import ratecert_reference.ica_frontier_granite_2006.general_terms as ica_general
import ratecert_reference.ica_frontier_granite_2006.insurance as ica_insurance
import ratecert_reference.ica_frontier_granite_2006.orders as ica_orders
import ratecert_reference.ica_frontier_granite_2006.resale as ica_resale
import ratecert_reference.ica_frontier_granite_2006.transfers as ica_transfers
from tests.broken_suts import broken_name, serve_broken
from tests.declaring_sut import Sut as DeclaringSut


def _no_supplement_within_24_hours() -> None:
    original = ica_orders.charges
    ica_orders.charges = lambda request, late_change="both": original(request, "work-only")


def _une_billed_as_resale() -> None:
    original = ica_orders.supplement_element

    def element(request, kind):  # type: ignore[no-untyped-def]
        return original(request.model_copy(update={"order_type": "resale"}) if request.order_type == "une" else request,
                        kind)
    ica_orders.supplement_element = element


def _audit_of_a_running_year() -> None:
    ica_audits.year_concluded = lambda audit, reading="just-concluded": True


def _running_year_as_concluded() -> None:
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {"ica-audit-year": "concluded"}})
    ica_audits.year_concluded = lambda audit, reading="concluded": (
        audit.year_audited is None or audit.year_audited <= audit.notice.year)


def _year_concluded_when_its_bill_is_due() -> None:
    """A calendar year's billing read as concluded only when the bill of its December is due, 30
    days after the year ends: 7.1 says "at the conclusion of each calendar year", not of its billing."""
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {"ica-audit-year": "concluded"}})

    def year_concluded(audit, reading="concluded"):  # type: ignore[no-untyped-def]
        year = audit.notice.year - 1 if audit.year_audited is None else audit.year_audited
        return audit.notice > dt.date(year, 12, 31) + dt.timedelta(days=30)
    ica_audits.year_concluded = year_concluded


def _sunday_after_extension() -> None:
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {"ica-delay-and-shift": "shift-then-extend"}})
    original = ica_billing.due_date

    def due_date(bill_date, *, delayed_days=0, **terms):  # type: ignore[no-untyped-def]
        return original(bill_date, **terms) + dt.timedelta(days=delayed_days)
    ica_billing.due_date = due_date


def _maintenance_never_canceled() -> None:
    original = ica_maintenance.maintenance_charge
    ica_maintenance.maintenance_charge = lambda dispatch, bill_date: original(
        dispatch.model_copy(update={"trouble_later_found_on": None}), bill_date)


def _maintenance_charged_for_own_trouble() -> None:
    ica_maintenance.CHARGEABLE = (*ica_maintenance.CHARGEABLE, "dispatched-party-facilities")


def _obligations_misread() -> None:
    from decimal import Decimal

    ica_account.deposit_interest = lambda amount, received, returned, rate, reading: Decimal(0)
    ica_account.increase_justified = lambda conditions: "yes"
    ica_account.may_take_orders = lambda setup: True
    ica_account.applied_on_default = lambda deposits, terminated: []
    ica_transfers.RETENTION_MONTHS = 12
    ica_transfers.honored = lambda letters: min(letters, key=lambda letter: letter.signed).id
    ica_transfers.dates_valid = lambda installation, disconnection: True
    ica_transfers.bulk_accepted = lambda accounts: True
    ica_audits.costs_borne_by = lambda auditing_party: "frontier" if auditing_party == "carrier" else "carrier"
    ica_general.step_in_order = lambda step: step.discussed is not None
    ica_general.performance_due = lambda due, days, notice: due
    ica_general.dispute_resolution_from = lambda effective, agreed: effective
    ica_general.other_partys_share = lambda amount: Decimal(0)
    ica_general.change_effective = lambda change: change.written
    ica_general.liability_limit = lambda charges, claimed: claimed
    ica_general.assignment_valid = lambda assignment: True
    ica_general.ORAL_WRITING_BUSINESS_DAYS = 31
    ica_general.notice_valid = lambda notice: True
    ica_general.ported_call_charge_allowed = lambda charge, frontier: True
    ica_insurance.rated_well_enough = lambda rating, size: True
    ica_forecasts.forecast_complete = lambda forecast: True
    ica_forecasts.order_assured = lambda trunks, forecast: True
    ica_directory.in_this_directory = lambda submitted, cut_off: submitted <= cut_off
    ica_resale.fraud_adjustment_allowed = lambda cause: True
    ica_resale.EXIT_DAYS = 30
    original = ica_resale.not_for_resale
    ica_resale.not_for_resale = lambda line: original(line.model_copy(update={"end_users": 1}))


def _supplement_2_only_within_24_hours() -> None:
    """6.12's two sentences read as one: the supplemental charge kept for a late request, "within
    twenty-four (24) hours of the scheduled due date" - a change asked earlier is free."""
    original = ica_orders.charges

    def charges(request, late_change="both"):  # type: ignore[no-untyped-def]
        change = request.due_date_change
        if change is not None and request.scheduled_due is not None and \
                change.requested <= request.scheduled_due - ica_orders.NOTICE:
            request = request.model_copy(update={"foc": None})   # as if asked before the FOC
        return original(request, late_change)
    ica_orders.charges = charges


def _cancellation_at_supplement_rate() -> None:
    """Supplement # 1 is listed with the others; a vendor prices every supplement from the "Supp 2 & 3"
    table by class and order type, a cancellation too."""
    original = ica_orders.supplement_element
    ica_orders.supplement_element = lambda request, kind: original(request, "other" if kind == "cancel" else kind)


def _other_supplements_free() -> None:
    """The order events a vendor's system bills are a cancellation and a due-date change: "any other
    change to the request" (Supplement 3) raises no charge."""
    original = ica_orders.charges
    ica_orders.charges = lambda request, late_change="both": original(request.model_copy(update={
        "supplements": tuple(s for s in request.supplements if s.kind != "other")}), late_change)


def _per_number_charged_per_order() -> None:
    """The nonrecurring charges of Attachment 4 taken as per order, like the supplements printed above
    them ("Charge Per Order"): an expedite, a vanity number or a concurrence once per request."""
    original = ica_orders.charges
    ica_orders.charges = lambda request, late_change="both": original(request.model_copy(update={
        field: min(getattr(request, field), 1) for field in ("expedited_numbers", "vanity_numbers",
                                                             "concurrence_numbers")}), late_change)


def _cpn_shortfall_only() -> None:
    """A4 1.4's 95% read as a tolerance, as usage-quality clauses often are: under the threshold
    reading, once the share with CPN falls below 95%, only the minutes past the 5% allowed are billed
    at intrastate terminating access, where the clause bills "such traffic", every minute of it."""
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {"ica-cpn-threshold": "below-threshold"}})
    original = ica_compensation.usage_charges

    def usage_charges(traffic, readings):  # type: ignore[no-untyped-def]
        share = ica_compensation.cpn_share(traffic)
        if readings["ica-cpn-threshold"] != "below-threshold" or share is None or share >= ica_compensation.CPN_SHARE:
            return original(traffic, readings)
        delivered = ("carrier-to-frontier", "carrier-to-third-party")
        allowance = (1 - ica_compensation.CPN_SHARE) * sum(t.minutes for t in traffic if t.direction in delivered)
        reduced = []
        for t in traffic:
            if t.direction in delivered:
                forgiven = min(allowance, t.minutes_without_cpn)
                allowance -= forgiven
                t = t.model_copy(update={"minutes_without_cpn": t.minutes_without_cpn - forgiven})
            reduced.append(t)
        return original(tuple(reduced), {**readings, "ica-cpn-threshold": "every-minute"})
    ica_compensation.usage_charges = usage_charges


_AUDIT_FROM_THE_AGREEMENT = {"ica-audit-credit-cycle": "next-invoice", "ica-audit-interest-start": "results-agreed"}


def _audit_months_as_thirty_day_periods(basis: str) -> None:
    """7.6's months counted as complete 30-day periods: "fraction thereof" dropped, and a calendar
    month shorter than 30 days no month at all."""
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {**_AUDIT_FROM_THE_AGREEMENT,
                                                          "ica-audit-interest-basis": basis}})
    ica_audits.months_started = lambda start, end: max(0, (end - start).days) // 30


def _part_of_a_month_as_a_whole_month() -> None:
    """Under the whole-months reading of 7.6, a month started earns a month's interest."""
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {**_AUDIT_FROM_THE_AGREEMENT,
                                                          "ica-audit-interest-basis": "whole-months"}})
    original = ica_audits.interest

    def interest(audit, credited_on, basis="simple-daily", start="overpaid"):  # type: ignore[no-untyped-def]
        return original(audit, credited_on, "started-months" if basis == "whole-months" else basis, start)
    ica_audits.interest = interest


def _closing_minute_within_the_hours() -> None:
    """6.3's "8:00 a.m. to 5:00 p.m." read as including 5:00 p.m. for the start of a transfer: one
    starting at closing time is billed no premium under the start-outside reading."""
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {"ica-transfer-straddle": "start-outside"}})
    original = ica_orders.premium_chargeable

    def premium_chargeable(transfer, straddle="any-part-outside", *args, **kwargs):  # type: ignore[no-untyped-def]
        if straddle == "start-outside" and transfer.start.time() == ica_orders.CLOSES:
            transfer = transfer.model_copy(update={"start": transfer.start - dt.timedelta(minutes=1)})
        return original(transfer, straddle, *args, **kwargs)
    ica_orders.premium_chargeable = premium_chargeable


def _back_billing_simple_interest() -> None:
    """A3 3.1.1's 1.5% a month over 30 days accrued day by day on the principal alone, where the
    clause compounds it daily."""
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {"ica-backbill-rate": "monthly-over-30"}})
    original = ica_billing.back_billing_interest

    def back_billing_interest(amount, back_billed_on, paid_on, legal_maximum, reading="annual-over-365"):  # type: ignore[no-untyped-def]
        days, compounded = original(amount, back_billed_on, paid_on, legal_maximum, reading)
        if reading != "monthly-over-30" or legal_maximum is not None:
            return days, compounded
        return days, ica_billing.to_penny(amount * ica_billing.MONTHLY / 30 * days)
    ica_billing.back_billing_interest = back_billing_interest


MODES = {"no-supplement-within-24-hours": _no_supplement_within_24_hours,
         "une-billed-as-resale": _une_billed_as_resale,
         "audit-of-a-running-year": _audit_of_a_running_year,
         "running-year-as-concluded": _running_year_as_concluded,
         "year-concluded-when-its-bill-is-due": _year_concluded_when_its_bill_is_due,
         "sunday-after-extension": _sunday_after_extension,
         "maintenance-never-canceled": _maintenance_never_canceled,
         "maintenance-charged-for-own-trouble": _maintenance_charged_for_own_trouble,
         "obligations-misread": _obligations_misread,
         "supplement-2-only-within-24-hours": _supplement_2_only_within_24_hours,
         "cancellation-at-supplement-rate": _cancellation_at_supplement_rate,
         "other-supplements-free": _other_supplements_free,
         "per-number-charged-per-order": _per_number_charged_per_order,
         "cpn-shortfall-only": _cpn_shortfall_only,
         "started-months-as-thirty-day-periods": lambda: _audit_months_as_thirty_day_periods("started-months"),
         "whole-months-as-thirty-day-periods": lambda: _audit_months_as_thirty_day_periods("whole-months"),
         "part-of-a-month-as-a-whole-month": _part_of_a_month_as_a_whole_month,
         "closing-minute-within-the-hours": _closing_minute_within_the_hours,
         "back-billing-simple-interest": _back_billing_simple_interest}


class Sut(DeclaringSut):
    name = broken_name()


if __name__ == "__main__":
    serve_broken(MODES, f"{__name__}:Sut")
