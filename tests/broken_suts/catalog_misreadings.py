"""Billing systems that each misread one rule of the Access Catalog the way the reference once did
(issues 19 and 20), each in its own process: the reference with that one rule replaced, speaking the
protocol on stdin/stdout. Run: python -m tests.broken_suts.catalog_misreadings MODE

  mixed-use-credit-on-full-rate   a mixed-use facility credited on its full monthly rate (2.4.4(B)(1), 7.2.7)
  minimum-in-calendar-months      the minimum period ends in calendar months, its remainder counted in
                                  days (2.4.2, 7.2.2(A))
  usage-after-bill-day-billed     every call billed, also those that end after the bill day (2.4.1(B)(2))
  ncta-one-study-per-office       NCTA studies keyed by end office: a second category's study replaces
                                  the first (6.7.4)
  common-line-rounded-up          declares access-minute-rounding=by-section, but rounds Carrier Common
                                  Line minutes up as Section 6 does (3.7.2)
  originating-voip-kept-intrastate  declares the default reading of the broken July 1, 2014 bullet, but
                                  keeps originating intrastate VoIP on the intrastate bill (2.3.13(A))
  common-line-assumed-whole       declares the PIU applied to assumed minutes, but bills Carrier Common
                                  Line on all of them (3.7.3)
  error-performance-ignored       credits every reported period of a usable but degraded service as an
                                  interruption, whatever its specified error performance (2.4.4(B), 7.7.1, 7.8.1)
  wats-assumed-from-the-office    measures the Local Transport Facility of assumed minutes at a WATS Serving
                                  Office from the office, not the FGA entry switch (6.4.6(E))
  testing-services-free           bills the testing services of 13.3.1 (Additional Cooperative Acceptance,
                                  Additional Manual Testing) as the free acceptance tests at installation
                                  (17.6.3(A), (C), (D), (E), 7.1.7)
  acceptance-tests-charged        bills the acceptance tests at installation at the Additional Labor rates
                                  (7.1.7 "At no additional charge")
  bill-day-usage-carried          carries a call that ends on the bill day to the next bill: the window
                                  ends before the bill day (2.4.1(B)(2) "through the current bill day")
  terminating-voip-kept-intrastate  keeps terminating VoIP on the intrastate bill (2.3.13(A))
  acts-of-god-not-credited        no credit for a failure beyond the Telephone Company's control: excused,
                                  so not credited (2.1.3(G) "subject to the Credit Allowance")
  interference-credited           credits a temporary discontinuance for interference or impairment (2.1.8(C))
  email-notice-always-valid       takes any email as written notice, to a customer neither billed electronically
                                  nor consenting (2.1.8(A))
  service-date-limit-ignored      accepts orders for any service date (5.1.1 "more than six months")
  expedite-at-actual-cost         bills an expedite at its actual cost, above the estimate plus 10% (5.1.2)
  engineering-over-estimate       bills Additional Engineering above its estimate plus 10% (5.2.5)
  scheduled-hours-ignored         bills every minute of labor at Basic Time unless the case names a class (13)
  catalog-before-effective        bills a case dated before the catalog took effect (1.1, July 2, 2013)
  requests-unlimited              allows every request for the customer's records, however often and however
                                  far back (2.3.11(D), 2.3.13(F), 3.6.3)
  earliest-letter-wins            makes the IC of the earliest letter of agency the IPIC (13.4(A)(2) "latest")
  arrangement-misread             misreads every physical arrangement at once: the interface's wires price
                                  the Channel Termination (7.6.3(J)), a collocated premises bears none
                                  (7.2.1(A)), every leg of a multipoint service is credited (2.4.4(B)(1)(b)),
                                  any hub divides the mileage (7.2.5), a zero-mile signaling link keeps its
                                  terminations (6.4.1(C)(5)), FGA off-hook before answer still adds the NCTA
                                  (6.5.4), tandem minutes are shared equally (6.6.4), error-free seconds are
                                  counted over a 30-day month (7.8.1), queries launched are billed (6.4.1(C)(6))

tests/test_broken_suts.py certifies each against the scenarios of its rule and shows the suite
names the clause it gets wrong.
"""

from __future__ import annotations

import datetime as dt

import ratecert_reference.access_catalog_3.arrangement as arrangement
import ratecert_reference.access_catalog_3.billing as catalog_billing
import ratecert_reference.access_catalog_3.credit_allowance as credit_allowance
import ratecert_reference.access_catalog_3.data_requests as data_requests
import ratecert_reference.access_catalog_3.labor as labor
import ratecert_reference.access_catalog_3.minimum_periods as minimum_periods
import ratecert_reference.access_catalog_3.ordering as ordering
import ratecert_reference.access_catalog_3.presubscription as presubscription
import ratecert_reference.access_catalog_3.refusal as refusal
import ratecert_reference.access_catalog_3.switched_usage as switched_usage
import ratecert.oracle as reference_sut
import ratecert_reference.access_catalog_3.usage_period as usage_period
import ratecert_reference.access_catalog_3.working_hours as working_hours
from ratecert_reference.months import add_months
from ratecert.protocol import PIXIT
from ratecert.oracle import ReferenceSut
from tests.broken_suts import broken_name, serve_broken


def _mixed_use_credit_on_full_rate() -> None:
    original = reference_sut.render

    def render(case, terms):  # type: ignore[no-untyped-def]
        whole = tuple(s.model_copy(update={"mixed_use": None}) for s in case.services)
        credits = original(case.model_copy(update={"services": whole}), terms).credits
        return original(case, terms).model_copy(update={"credits": credits})
    reference_sut.render = render


def _minimum_in_calendar_months() -> None:
    def calendar(start: dt.date, end: dt.date, months: int, day_count: str = "start-inclusive") -> int:
        return max(0, (add_months(start, months) - end).days)
    minimum_periods.remainder_days = calendar


def _usage_after_bill_day_billed() -> None:
    usage_period.split = lambda calls, bill_date: (calls, ())


def _ncta_one_study_per_office() -> None:
    original = reference_sut.render

    def render(case, terms):  # type: ignore[no-untyped-def]
        last = {(s.end_office, s.feature_group, s.routing): s for s in case.ncta}
        return original(case.model_copy(update={"ncta": tuple(last.values())}), terms)
    reference_sut.render = render


def _common_line_rounded_up() -> None:
    Sut.pixit = PIXIT(readings={"access-minute-rounding": "by-section"})
    switched_usage.rounding_rule = lambda reading, common_line=False: "up" if reading == "by-section" else reading


def _originating_voip_kept_intrastate() -> None:
    switched_usage.voip_at_interstate_rates = lambda direction, bill_date, reading: direction == "terminating"


def _common_line_assumed_whole() -> None:
    original = switched_usage.usage_charges
    switched_usage.usage_charges = lambda case, readings: original(
        case, {**readings, "assumed-minutes-jurisdiction": "intrastate-for-common-line"})


def _error_performance_ignored() -> None:
    credit_allowance.below_specification = lambda measured, package, via_hub: True


def _wats_assumed_from_the_office() -> None:
    original = switched_usage.tandem_miles
    switched_usage.tandem_miles = lambda terms, measured=True: original(terms)


def _testing_services_free() -> None:
    original = labor.labor_element
    labor.labor_element = lambda kind, time, trouble="none-found": None \
        if kind in ("cooperative-acceptance-testing", "additional-manual-testing") else original(kind, time, trouble)


def _acceptance_tests_charged() -> None:
    original = labor.labor_element
    labor.labor_element = lambda kind, time, trouble="none-found": f"additional_labor.other.{time}" \
        if kind == "acceptance-testing" else original(kind, time, trouble)


def _bill_day_usage_carried() -> None:
    usage_period.split = lambda calls, bill_date: (
        tuple(c for c in calls if usage_period.call_day(c) < bill_date),
        tuple(c for c in calls if usage_period.call_day(c) >= bill_date))


def _terminating_voip_kept_intrastate() -> None:
    original = switched_usage.voip_at_interstate_rates
    switched_usage.voip_at_interstate_rates = lambda direction, bill_date, reading: \
        direction != "terminating" and original(direction, bill_date, reading)


def _acts_of_god_not_credited() -> None:
    credit_allowance.NO_CREDIT_CAUSES["beyond-control"] = "2.1.3(G)"


def _interference_credited() -> None:
    del credit_allowance.NO_CREDIT_CAUSES["interference"]


def _email_notice_always_valid() -> None:
    refusal.notice_valid = lambda notice, email_reading: notice.method in ("mail", "email")


def _service_date_limit_ignored() -> None:
    ordering.order_accepted = lambda requested, applicable: True


def _expedite_at_actual_cost() -> None:
    ordering.expedite_charge = lambda estimate, cost: cost


def _engineering_over_estimate() -> None:
    ordering.estimate_ceiling = lambda estimate: estimate * 100


def _scheduled_hours_ignored() -> None:
    working_hours.time_segments = lambda started, minutes, period, work_day, reading="split": [("basic", minutes)]


def _catalog_before_effective() -> None:
    catalog_billing.in_force = lambda case, terms: None


def _requests_unlimited() -> None:
    data_requests.request_allowed = lambda request, current_period_start, reading: True


def _earliest_letter_wins() -> None:
    presubscription.ipic = lambda letters: min(letters, key=lambda letter: letter.authorized).ic


def _arrangement_misread() -> None:
    from decimal import Decimal

    def termination_element(end):  # type: ignore[no-untyped-def]
        wires = end.interface_wires or end.effective_wires
        return original_element(end.model_copy(update={"effective_wires": wires}))

    original_element, original_terminations = arrangement.termination_element, arrangement.termination_elements
    original_signaling, original_resolve = arrangement.signaling_elements, arrangement.resolve
    arrangement.termination_element = termination_element
    arrangement.termination_elements = lambda ends, reading: original_terminations(
        tuple(e for e in ends if not e.collocated), reading)
    arrangement.failed_portion = lambda service, event: [eq for leg in service.legs for eq in leg.elements]
    arrangement.HUB_SECTIONS = ("bridging", "multiplexing", "test-access")
    arrangement.signaling_elements = lambda link, reading: [
        *original_signaling(link, reading),
        *([arrangement.ElementQuantity(element=f"signaling_mileage_termination.{link.capacity}", quantity=Decimal(2))]
          if link.swc_vh == link.stp_vh else [])]
    arrangement.apportioned_usage = lambda summary, lines: [
        summary.model_copy(update={"id": f"{summary.id}/{office}", "end_office": office,
                                   "minutes": summary.minutes / len(lines)}) for office in lines]
    arrangement.error_free_percent = lambda hours, errored: (Decimal(2592000) - errored) / Decimal(2592000) * 100
    arrangement.db800_total = lambda allocation, reading: Decimal(allocation.launched) \
        if allocation.tandem_total is None else allocation.tandem_total

    def resolve(case, readings):  # type: ignore[no-untyped-def]
        offices = tuple(o.model_copy(update={"fga_off_hook": None}) for o in case.end_offices)
        return original_resolve(case.model_copy(update={"end_offices": offices}), readings)
    arrangement.resolve = resolve


MODES = {"mixed-use-credit-on-full-rate": _mixed_use_credit_on_full_rate,
         "minimum-in-calendar-months": _minimum_in_calendar_months,
         "usage-after-bill-day-billed": _usage_after_bill_day_billed,
         "ncta-one-study-per-office": _ncta_one_study_per_office,
         "common-line-rounded-up": _common_line_rounded_up,
         "originating-voip-kept-intrastate": _originating_voip_kept_intrastate,
         "common-line-assumed-whole": _common_line_assumed_whole,
         "error-performance-ignored": _error_performance_ignored,
         "wats-assumed-from-the-office": _wats_assumed_from_the_office,
         "testing-services-free": _testing_services_free,
         "acceptance-tests-charged": _acceptance_tests_charged,
         "bill-day-usage-carried": _bill_day_usage_carried,
         "terminating-voip-kept-intrastate": _terminating_voip_kept_intrastate,
         "acts-of-god-not-credited": _acts_of_god_not_credited,
         "interference-credited": _interference_credited,
         "email-notice-always-valid": _email_notice_always_valid,
         "service-date-limit-ignored": _service_date_limit_ignored,
         "expedite-at-actual-cost": _expedite_at_actual_cost,
         "engineering-over-estimate": _engineering_over_estimate,
         "scheduled-hours-ignored": _scheduled_hours_ignored,
         "catalog-before-effective": _catalog_before_effective,
         "requests-unlimited": _requests_unlimited,
         "earliest-letter-wins": _earliest_letter_wins,
         "arrangement-misread": _arrangement_misread}


class Sut(ReferenceSut):
    name = broken_name()


if __name__ == "__main__":
    serve_broken(MODES, f"{__name__}:Sut")
