"""Step definitions for the gates of DC Power Reduction and Restoration applications (Terms and
Conditions of both, the Definitions): the collocation's standing, an application's kind and amps,
what the power source offers at validation, cancellation, fuse shortage notices and measurement
requests. Imported by steps.py; no step calls the reference."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pytest_bdd import given, parsers

from ratecert.gherkin.vocabulary import iso, money, step
from ratecert.scenario import BillingScenario
from ratecert_reference.dc_power_v12.steps import _collocation, _update


def _last_application(billing: BillingScenario, **values: Any) -> None:
    apps = list(_collocation(billing)["applications"])
    apps[-1] = {**apps[-1], **values}
    _update(billing, applications=apps)


@given(parsers.re(r"the ICA has no DC Power (?P<kind>Reduction|Restoration) terms"))
def no_ica_terms(billing: BillingScenario, kind: str) -> None:
    _update(billing, **{f"ica_{kind.lower()}_terms": False})


@given("the collocation is not Central Office based")
def not_central_office(billing: BillingScenario) -> None:
    _update(billing, central_office=False)


@given("the site is under construction")
def under_construction(billing: BillingScenario) -> None:
    _update(billing, under_construction=True)


@given("the CLEC has not accepted the site")
def site_not_accepted(billing: BillingScenario) -> None:
    _update(billing, site_accepted=False)


@given(step("the site has {amount:Money} of quoted nonrecurring charges unpaid"))
def unpaid_nrc(billing: BillingScenario, amount: Decimal) -> None:
    _update(billing, unpaid_quoted_nrc=money(amount))


@given(step("the oldest monthly recurring charge not formally disputed is {days:d} days past due"))
def past_due(billing: BillingScenario, days: int) -> None:
    _update(billing, mrc_days_past_due=days)


@given(parsers.re(r"an? (?P<kind>reduction|restoration) of (?P<feeds>feed-\d+|both feeds) to (?P<amps>[0-9.]+) "
                  r"amps (?P<reservation>with|without) reservation, accepted and paid in full (?P<day>[0-9-]+)"))
def gated_application(billing: BillingScenario, kind: str, feeds: str, amps: str, reservation: str,
                      day: str) -> None:
    """The gates look at the application, not at its quote: quote and payment on the acceptance day. A
    restoration is With Reservation when its feed is a reserved one, whatever the phrase says."""
    dt.date.fromisoformat(day)
    names = [f["id"] for f in _collocation(billing)["feeds"]] if feeds == "both feeds" else [feeds]
    apps = _collocation(billing).get("applications", [])
    reserve = kind == "reduction" and reservation == "with"
    _update(billing, applications=[*apps, {"id": f"application-{len(apps) + 1}", "kind": kind, "feeds": names,
                                           "new_amps": amps, "accepted": day, "quote_received": day,
                                           "paid_in_full": day, "reserve": reserve,
                                           "completed": day if kind == "restoration" else None}])


@given(step("the feeds' original level was {amps:Number} amps"))
def original_level(billing: BillingScenario, amps: Decimal) -> None:
    _last_application(billing, original_amps=money(amps))


@given(step("the power source had {amps:Number} spare amps when the request was validated"))
def spare_amps(billing: BillingScenario, amps: Decimal) -> None:
    _last_application(billing, spare_amps=money(amps))


@given("the original power board has no capacity for the request")
def no_capacity_at_original(billing: BillingScenario) -> None:
    _last_application(billing, capacity_at_original_source=False)


@given("new power cabling is required to reach the power source")
def new_cabling(billing: BillingScenario) -> None:
    _last_application(billing, cabling_exists=False)


@given(step("the CLEC asked to cancel the application on {day:Date}"))
def cancel(billing: BillingScenario, day: dt.date) -> None:
    _last_application(billing, cancel_requested=iso(day))


@given(step("a notice of an imminent shortage of fuse positions received {day:Date}"))
def fuse_notice(billing: BillingScenario, day: dt.date) -> None:
    notices = _collocation(billing).get("fuse_notices", [])
    _update(billing, fuse_notices=[*notices, {"id": f"notice-{len(notices) + 1}", "received": iso(day)}])


@given(parsers.re(r'the CLEC answered "(?P<response>restore|return)" on (?P<day>[0-9-]+)'))
def fuse_answer(billing: BillingScenario, response: str, day: str) -> None:
    notices = list(_collocation(billing)["fuse_notices"])
    notices[-1] = {**notices[-1], "response": response, "responded": dt.date.fromisoformat(day).isoformat()}
    _update(billing, fuse_notices=notices)


@given(step("a written request for a measurement on {day:Date} after equipment was installed"))
def measurement_request(billing: BillingScenario, day: dt.date) -> None:
    _update(billing, measurement_requests=[*_collocation(billing).get("measurement_requests", []), iso(day)])


@given("the collocation was added since the last reporting period")
def added_between_reports(billing: BillingScenario) -> None:
    _update(billing, added_between_reports=True)
