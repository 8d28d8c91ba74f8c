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
  revised-pages-a-day-early       a revised page of Section 17 priced from the day before its effective date
                                  (17.4.2, 17.4.3: each page's rate "Effective" its date, not a day before)
  credits-uncapped                credits every period of an interruption, beyond the monthly rate for the
                                  service (2.4.4(B)(3), (E): "shall not exceed any monthly rate")
  days-late-without-months        the days of the late factor counted as the days component of a months-and-
                                  days difference, the whole months dropped (2.4.1(C)(2))
  out-of-sequence-calls-dropped   a call answered before the record ahead of it dropped as a late duplicate
                                  (6.5.4-6.8.4: minutes accumulated over the month, whatever their order)
  piu-read-as-intrastate          an end office's projected interstate percentage taken as its intrastate one
                                  (2.3.11(C)(3): intrastate is 100 less the interstate percentage)
  two-way-assumed-split-evenly    declares assumed-minutes-jurisdiction=intrastate-for-common-line, and splits
                                  a two-way line's assumed 3596 minutes evenly between the directions (17.4.4)
  voip-kept-intrastate-both-ways  declares voip-originating-intrastate=intrastate, and keeps terminating VoIP
                                  on the intrastate bill too (2.3.13(A): terminating VoIP at interstate rates)
  common-line-minutes-truncated   declares access-minute-rounding=by-section, and cuts Carrier Common Line
                                  minutes to whole minutes instead of the nearest (3.7.2)
  whole-minutes-rounded-up-again  declares access-minute-rounding=by-section, and rounds Section 6 minutes up
                                  as whole minutes plus one, a whole minute too (6.6.4 "rounded up")
  wats-exception-for-measured-fga  takes 3.2.3's exception (FGA or FGB at a non-equal-access office, billed on
                                  assumed minutes) for measured FGA minutes too: Carrier Common Line on the WATS end
  ncta-rounding-order-ignored     declares ncta-rounding-order=round-then-add, and adds the NCTA before rounding (6.7.4)
  ncta-to-the-first-minutes       gives an office's NCTA additive to its first minutes recorded of the feature
                                  group and routing, whatever their direction or measured jurisdiction (6.7.4)
  interstate-summaries-dropped    drops usage summaries of measured interstate minutes before the percentage is
                                  developed from the originating minutes (2.3.11(C)(3))
  notice-on-the-disconnect-day-ignored  declares proration-day-count=both-inclusive, and ignores an interstate
                                  notice received on the day the service is disconnected: that day billed (2.3.11(A))
  microseconds-dropped            declares access-minute-rounding=nearest, and measures calls in whole seconds,
                                  the fraction of a second dropped (3.7.2: 14.5 + 15.5 seconds read as 29)
  declined-engineering-billed     bills Additional Engineering the customer declined (5.2.5: the order is withdrawn)

tests/test_broken_suts.py certifies each against the scenarios of its rule and shows the suite
names the clause it gets wrong.
"""

from __future__ import annotations

import datetime as dt
import inspect
import textwrap
from decimal import ROUND_DOWN, Decimal

import ratecert_reference.access_catalog_3.access_minutes as access_minutes
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
import ratecert_reference.access_catalog_3.late_payment as late_payment
import ratecert.oracle as reference_sut
import ratecert.terms as rate_terms
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


def _revised_pages_a_day_early() -> None:
    """A vendor's rate table keeps each page's last day as the day the next page takes effect and
    reads it as exclusive: from that day before, the revised page's rate applies. Only the days
    before an effective date differ - the checks 'the day before, the page is not in force'."""
    original = rate_terms.Terms.rate
    rate_terms.Terms.rate = lambda self, element, on: original(self, element, on + dt.timedelta(days=1))


def _credits_uncapped() -> None:
    """Each interruption credited by its periods (1/1440 of the monthly rate a half hour, 1/30 a day)
    and never held to the monthly rate: the cap of (B)(3) and (E) left out. The reference's cap is
    the service's monthly charge, looked up only for it: crediting, that one value has no bound."""
    original, monthly = catalog_billing._credits, catalog_billing._service_monthly

    def credits(case, terms):  # type: ignore[no-untyped-def]
        catalog_billing._service_monthly = lambda terms, service, on: Decimal("1E+12")
        try:
            return original(case, terms)
        finally:
            catalog_billing._service_monthly = monthly
    catalog_billing._credits = credits


def _days_late_without_months() -> None:
    """The well-known date-library slip: the 'days' of a months-and-days difference (dateutil's
    relativedelta(...).days) taken as the days late, so a payment a month and a day late is one day
    late. Paying later can lower the penalty."""
    original = late_payment.days_between

    def days_component(first: dt.date, last: dt.date, reading: str = "after-start") -> int:
        months = 0
        while add_months(first, months + 1) <= last:
            months += 1
        return original(add_months(first, months), last, reading)
    late_payment.days_between = days_component


def _out_of_sequence_calls_dropped() -> None:
    """A mediation step that expects call records in time order drops one answered before the record
    ahead of it, as a late duplicate: the same month's calls in another order bill other minutes."""
    original = usage_period.split

    def split(calls, bill_date):  # type: ignore[no-untyped-def]
        kept, latest = [], None
        for call in calls:
            start = call.answer or call.off_hook
            if start is not None and latest is not None and start < latest:
                continue
            kept.append(call)
            latest = start if start is not None else latest
        return original(tuple(kept), bill_date)
    usage_period.split = split


def _piu_read_as_intrastate() -> None:
    """PIU read as "percent intrastate usage": the interstate percentage an FGC or FGD office reports
    taken as its intrastate share, so more interstate traffic raises the intrastate bill."""
    original = switched_usage._share
    switched_usage._share = lambda intrastate, interstate: original(interstate if intrastate is None else intrastate,
                                                                    None)


def _two_way_assumed_split_evenly() -> None:
    """17.4.4's assumed minutes of a two-way line (1902 originating, 1694 terminating) added up and
    halved: 1798 each way. Declares the common-line reading, so the checks written for it run too."""
    Sut.pixit = PIXIT(readings={"assumed-minutes-jurisdiction": "intrastate-for-common-line"})
    original = switched_usage.assumed_minutes

    def assumed(service, fgb_reading="1902-1694"):  # type: ignore[no-untyped-def]
        minutes = original(service, fgb_reading)
        if service.directionality != "two-way" or service.measured_direction is not None:
            return minutes
        return {direction: sum(minutes.values()) / 2 for direction in minutes}
    switched_usage.assumed_minutes = assumed


def _voip_kept_intrastate_both_ways() -> None:
    """Reading the 2012 sentence ("billed according to intrastate access rates") for all intrastate
    VoIP, a vendor keeps terminating VoIP on the intrastate bill too."""
    Sut.pixit = PIXIT(readings={"voip-originating-intrastate": "intrastate"})
    switched_usage.voip_at_interstate_rates = lambda direction, bill_date, reading: False


def _common_line_minutes_truncated() -> None:
    """3.7.2's "nearest minute" coded as int(seconds / 60): a half minute and more is dropped."""
    Sut.pixit = PIXIT(readings={"access-minute-rounding": "by-section"})
    original = switched_usage.rounded_minutes
    switched_usage.rounded_minutes = lambda seconds, reading="up": original(seconds, reading) if reading == "up" \
        else (seconds / 60).to_integral_value(rounding=ROUND_DOWN)


def _whole_minutes_rounded_up_again() -> None:
    """6.6.4's "rounded up to the nearest access minute" coded as seconds // 60 + 1: whole minutes gain
    one too."""
    Sut.pixit = PIXIT(readings={"access-minute-rounding": "by-section"})
    original = switched_usage.rounded_minutes
    switched_usage.rounded_minutes = lambda seconds, reading="up": original(seconds, reading) \
        if reading != "up" or not seconds else (seconds / 60).to_integral_value(rounding=ROUND_DOWN) + 1



def _wats_exception_for_measured_fga() -> None:
    """3.2.3's exception ("except FGA or FGB from a non-equal-access office ... billed on assumed
    minutes") read as every FGA or FGB minute of such an office, measured or not."""
    original = switched_usage.wats_end_without_common_line
    switched_usage.wats_end_without_common_line = lambda terms, fg, direction, measured: original(
        terms, fg, direction, False)


def _ncta_rounding_order_ignored() -> None:
    """Declares the additive added after rounding, but adds it before, as the default reading does."""
    Sut.pixit = PIXIT(readings={"ncta-rounding-order": "round-then-add"})
    original = switched_usage.chargeable
    switched_usage.chargeable = lambda case, readings, common_line=False: original(
        case, {**readings, "ncta-rounding-order": "add-then-round"}, common_line)


def _ncta_to_the_first_minutes() -> None:
    """The additive keyed by office, feature group and routing alone: the first minutes recorded under
    that key take it, terminating or of measured jurisdiction as well (the reference's `chargeable`
    with its one condition dropped)."""
    source = textwrap.dedent(inspect.getsource(switched_usage.chargeable))
    condition = 'if direction == "originating" and \\\n            jurisdiction is None else'
    assert condition in source, "the condition moved: update this misreading"
    namespace = dict(vars(switched_usage))
    exec(compile(source.replace(condition, "if True else"), switched_usage.__file__, "exec"), namespace)
    switched_usage.chargeable = namespace["chargeable"]


def _interstate_summaries_dropped() -> None:
    """Usage summaries of measured interstate minutes are not this bill's: dropped on arrival, so they
    never reach the percentage developed from the month's originating minutes."""
    original = reference_sut.render

    def render(case, terms):  # type: ignore[no-untyped-def]
        kept = tuple(u for u in getattr(case, "usage", ()) if u.jurisdiction != "interstate")
        return original(case.model_copy(update={"usage": kept}) if hasattr(case, "usage") else case, terms)
    reference_sut.render = render



def _notice_on_the_disconnect_day_ignored() -> None:
    """The notice is taken only for a service still in service the next day: received on the day of
    the disconnection it changes nothing, and counting both ends bills that day here."""
    Sut.pixit = PIXIT(readings={"proration-day-count": "both-inclusive"})
    original = reference_sut.render

    def render(case, terms):  # type: ignore[no-untyped-def]
        if not hasattr(case, "services"):
            return original(case, terms)
        services = tuple(s.model_copy(update={"interstate_from": None})
                         if s.interstate_from is not None and s.interstate_from == s.end else s for s in case.services)
        return original(case.model_copy(update={"services": services}), terms)
    reference_sut.render = render



def _microseconds_dropped() -> None:
    """A timedelta's `.seconds`, its microseconds forgotten: call detail recorded to the microsecond
    loses its fractions before the month's minutes are accumulated and rounded."""
    Sut.pixit = PIXIT(readings={"access-minute-rounding": "nearest"})
    access_minutes.exact_seconds = lambda delta: Decimal(delta.days * 86400 + delta.seconds)



def _declined_engineering_billed() -> None:
    """The engineering time spent before the customer declined is billed all the same."""
    original = reference_sut.render

    def render(case, terms):  # type: ignore[no-untyped-def]
        if not getattr(case, "labor", ()):
            return original(case, terms)
        return original(case.model_copy(update={"labor": tuple(w.model_copy(update={"declined": False})
                                                               for w in case.labor)}), terms)
    reference_sut.render = render


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
         "arrangement-misread": _arrangement_misread,
         "revised-pages-a-day-early": _revised_pages_a_day_early,
         "credits-uncapped": _credits_uncapped,
         "days-late-without-months": _days_late_without_months,
         "out-of-sequence-calls-dropped": _out_of_sequence_calls_dropped,
         "piu-read-as-intrastate": _piu_read_as_intrastate,
         "two-way-assumed-split-evenly": _two_way_assumed_split_evenly,
         "voip-kept-intrastate-both-ways": _voip_kept_intrastate_both_ways,
         "common-line-minutes-truncated": _common_line_minutes_truncated,
         "whole-minutes-rounded-up-again": _whole_minutes_rounded_up_again,
         "wats-exception-for-measured-fga": _wats_exception_for_measured_fga,
         "ncta-rounding-order-ignored": _ncta_rounding_order_ignored,
         "ncta-to-the-first-minutes": _ncta_to_the_first_minutes,
         "interstate-summaries-dropped": _interstate_summaries_dropped,
         "notice-on-the-disconnect-day-ignored": _notice_on_the_disconnect_day_ignored,
         "microseconds-dropped": _microseconds_dropped,
         "declined-engineering-billed": _declined_engineering_billed}


class Sut(ReferenceSut):
    name = broken_name()


if __name__ == "__main__":
    serve_broken(MODES, f"{__name__}:Sut")
