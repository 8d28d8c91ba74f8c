"""Step definitions for the DC power features: a collocation's feeds, rates, readings, reservations
and applications, and the checks of its charges, refunds and rejections. No step calls the reference."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pytest_bdd import given, parsers, then

from ratecert.gherkin.vocabulary import iso, money, step
from ratecert.gherkin.bill_steps import *  # noqa: F403 - the steps every document shares
from ratecert.money import total
from ratecert.scenario import BillingScenario

DCP = "dc-power-v12"
ONBOARDING = "clec-onboarding"


def _collocation(billing: BillingScenario) -> dict[str, Any]:
    return billing.fields.setdefault("collocation", {"id": "collo-1", "state": "WA", "feeds": [], "rates": {}})


def _update(billing: BillingScenario, **values: Any) -> None:
    billing.set(collocation={**_collocation(billing), **values})


@given(step("a CLEC collocated in {state} at ICA rates of capacity {capacity:Money}, usage {low:Money} at 60 amps "
            "or less and {high:Money} over"))
def collocated(billing: BillingScenario, state: str, capacity: Decimal, low: Decimal, high: Decimal) -> None:
    billing.set(document=DCP)
    _update(billing, state=state, rates={"capacity": money(capacity), "usage_60_or_less": money(low),
                                         "usage_over_60": money(high)})


@given(step("the collocation is in {state}"))
def state_is(billing: BillingScenario, state: str) -> None:
    _update(billing, state=state)


@given(step("the collocation is in {state} with a single DC power rate of {rate:Money}"))
def single_state(billing: BillingScenario, state: str, rate: Decimal) -> None:
    _update(billing, state=state, rates={**_collocation(billing)["rates"], "single": money(rate)})


def _feed(billing: BillingScenario, role: str, amps: Decimal, fuse: Decimal | None = None) -> None:
    feeds = list(_collocation(billing)["feeds"])
    feed = {"id": f"feed-{len(feeds) + 1}", "role": role, "amps": money(amps)}
    if fuse is not None:
        feed["fuse_amps"] = money(fuse)
    _update(billing, feeds=[*feeds, feed])


@given(step("a {role} feed of {amps:Number} amps"))
def feed(billing: BillingScenario, role: str, amps: Decimal) -> None:
    _feed(billing, role, amps)


@given(step("a {role} feed of {amps:Number} amps fused at {fuse:Number} amps"))
def fused_feed(billing: BillingScenario, role: str, amps: Decimal, fuse: Decimal) -> None:
    _feed(billing, role, amps, fuse)


@given("the CLEC has opted into DC power measurement")
def opted_in(billing: BillingScenario) -> None:
    _update(billing, measurement_opted_in=True)


@given("the CLEC signed the Measured Power Amendment")
def amendment(billing: BillingScenario) -> None:
    _update(billing, measured_power_amendment=True)


@given("the self-certified list is incomplete")
def incomplete(billing: BillingScenario) -> None:
    _update(billing, self_certified_list_complete=False)


def _reading(billing: BillingScenario, **reading: Any) -> None:
    _update(billing, readings=[*_collocation(billing).get("readings", []), reading])


@given(step("a semi-annual reading of {amps:Number} amps on {day:Date}"))
def semi_annual(billing: BillingScenario, amps: Decimal, day: dt.date) -> None:
    _reading(billing, taken=iso(day), amps=money(amps), kind="semi-annual")


@given(parsers.re(r"semi-annual readings of (?P<amps>[0-9.]+) amps on (?P<days>.+)"))
def semi_annuals(billing: BillingScenario, amps: str, days: str) -> None:
    for day in days.replace(" and ", ", ").split(","):
        _reading(billing, taken=day.strip(), amps=amps, kind="semi-annual")


@given(step("a reading of {amps:Number} amps on {day:Date} requested on {requested:Date}"))
def requested(billing: BillingScenario, amps: Decimal, day: dt.date, requested: dt.date) -> None:
    _reading(billing, taken=iso(day), amps=money(amps), kind="requested", requested_on=iso(requested))


@given(step("a self-certified reading of {amps:Number} amps on {day:Date}, due on {due:Date}"))
def self_certified(billing: BillingScenario, amps: Decimal, day: dt.date, due: dt.date) -> None:
    _reading(billing, taken=iso(day), amps=money(amps), kind="self-certified", due=iso(due))


@given(step("a secondary feed of {amps:Number} amps reduced to zero and reserved on {day:Date} at a Power "
            "Maintenance Charge of {rate:Money}"))
def reserved(billing: BillingScenario, amps: Decimal, day: dt.date, rate: Decimal) -> None:
    _feed(billing, "secondary", amps)
    feed_id = _collocation(billing)["feeds"][-1]["id"]
    _update(billing, reserved=[{"feed": feed_id, "accepted": iso(day)}],
            rates={**_collocation(billing)["rates"], "power_maintenance": money(rate)})


@given(step("the reserved feed cannot be restored for exhaust after {months:d} months of charges"))
def exhausted(billing: BillingScenario, months: int) -> None:
    reservation = _collocation(billing)["reserved"][-1]
    _update(billing, reserved=[{**reservation, "exhausted": True, "maintenance_months_collected": months}])


@given(step("a Quote Preparation Fee of {rate:Money}"))
def qpf(billing: BillingScenario, rate: Decimal) -> None:
    _update(billing, rates={**_collocation(billing)["rates"], "quote_preparation": money(rate)})


def _application(billing: BillingScenario, kind: str, feeds: str, amps: Decimal, accepted: dt.date,
                 quoted: dt.date, paid: dt.date, completed: dt.date | None = None) -> None:
    names = [f["id"] for f in _collocation(billing)["feeds"]] if feeds == "both feeds" else [feeds]
    apps = _collocation(billing).get("applications", [])
    _update(billing, applications=[*apps, {"id": f"application-{len(apps) + 1}", "kind": kind, "feeds": names,
                                           "new_amps": money(amps), "accepted": iso(accepted),
                                           "quote_received": iso(quoted), "paid_in_full": iso(paid),
                                           "completed": iso(completed) if completed else None}])


@given(step("the CLEC asked to be present at {scheduled:DateTime} and {outcome}"))
def appointment(billing: BillingScenario, scheduled: dt.datetime, outcome: str) -> None:
    """outcome: "came", "did not come", or "did not come, having notified CenturyLink on <DateTime>"."""
    notified = None
    if outcome.startswith("did not come, having notified CenturyLink on "):
        notified = outcome.rsplit(" on ", 1)[1]
        dt.datetime.fromisoformat(notified)
    elif outcome not in ("came", "did not come"):
        raise ValueError(f"say 'came', 'did not come' or 'did not come, having notified CenturyLink on <time>', "
                         f"not {outcome!r}")
    apps = _collocation(billing)["applications"]
    apps[-1] = {**apps[-1], "appointment": {"scheduled": iso(scheduled), "kept": outcome == "came",
                                            "notified": notified}}
    _update(billing, applications=apps)


@given(step("a reduction of {feeds} to {amps:Number} amps accepted {accepted:Date}, quoted {quoted:Date} and paid "
            "in full {paid:Date}"))
def reduction(billing: BillingScenario, feeds: str, amps: Decimal, accepted: dt.date, quoted: dt.date,
              paid: dt.date) -> None:
    _application(billing, "reduction", feeds, amps, accepted, quoted, paid)


@given(step("a restoration of {feeds} to {amps:Number} amps accepted {accepted:Date}, quoted {quoted:Date}, paid "
            "in full {paid:Date} and completed {completed:Date}"))
def restoration(billing: BillingScenario, feeds: str, amps: Decimal, accepted: dt.date, quoted: dt.date,
                paid: dt.date, completed: dt.date) -> None:
    _application(billing, "restoration", feeds, amps, accepted, quoted, paid, completed)


@given(step("a restoration of {feeds} to {amps:Number} amps accepted {accepted:Date}, quoted {quoted:Date} and paid "
            "in full {paid:Date}, not yet completed"))
def restoration_pending(billing: BillingScenario, feeds: str, amps: Decimal, accepted: dt.date, quoted: dt.date,
                        paid: dt.date) -> None:
    """REST-BILL: restored billing starts at completion, so a restoration without one restores nothing yet."""
    _application(billing, "restoration", feeds, amps, accepted, quoted, paid)


_ELEMENTS = {"capacity charge": "capacity", "usage charge": "usage", "single DC power charge": "single",
             "Power Maintenance Charge": "power_maintenance", "Quote Preparation Fee": "quote_preparation",
             "usage adjustment": "usage.adjustment", "capacity adjustment": "capacity.adjustment"}


@then(parsers.re(r"the (?P<what>capacity charge|usage charge|single DC power charge|Power Maintenance Charge|"
                 r"Quote Preparation Fee|usage adjustment|capacity adjustment) is (?P<amount>-?\$[0-9,]+\.[0-9]{2})"))
def power_charge(billing: BillingScenario, what: str, amount: str) -> None:
    element = _ELEMENTS[what]
    actual = total(ln.amount for ln in billing.bill().lines if ln.element == element)
    billing.expect(what, Decimal(amount.replace("$", "").replace(",", "")), actual)


@then(step('feed "{ref}" is rejected'))
def feed_rejected(billing: BillingScenario, ref: str) -> None:
    billing.expect(f"{ref} rejected", True, any(r.ref == ref for r in billing.bill().rejected), differs="rejected records")


@then(step('feed "{ref}" is not rejected'))
def feed_accepted(billing: BillingScenario, ref: str) -> None:
    billing.expect(f"{ref} rejected", False, any(r.ref == ref for r in billing.bill().rejected), differs="rejected records")


@then("the collocation's feeds are rejected")
def collocation_rejected(billing: BillingScenario) -> None:
    billing.expect("the collocation's order rejected", True,
                   any(r.ref == "collo-1" for r in billing.bill().rejected))


@then(step("the reading of {day:Date} is rejected"))
def reading_rejected(billing: BillingScenario, day: dt.date) -> None:
    billing.expect(f"reading of {day} rejected", True,
                   any(r.ref == f"reading {day.isoformat()}" for r in billing.bill().rejected), differs="rejected records")


@then(step('the refund for "{ref}" is {amount:Money}'))
def refund_is(billing: BillingScenario, ref: str, amount: Decimal) -> None:
    billing.expect(f"refund for {ref}", amount,
                   total(r.amount for r in billing.bill().refunds if r.ref == ref), differs="refund")


@then(step('the refund for "{ref}" carries no interest'))
def refund_without_interest(billing: BillingScenario, ref: str) -> None:
    """PMC-REFUND refunds "all Power Maintenance Charges collected": the charges, nothing added."""
    billing.expect(f"interest on the refund for {ref}", Decimal(0),
                   total(r.interest for r in billing.bill().refunds if r.ref == ref), differs="refund")


@then(step("the reading of {day:Date} is not rejected"))
def reading_used(billing: BillingScenario, day: dt.date) -> None:
    billing.expect(f"reading of {day} rejected", False,
                   any(r.ref == f"reading {day.isoformat()}" for r in billing.bill().rejected), differs="rejected records")


from ratecert_reference.dc_power_v12.application_steps import *  # noqa: E402,F403 - the applications' gates
