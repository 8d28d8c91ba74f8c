"""Steps of access ordering and of the account's standing: an order's requested and applicable
service dates (5.1.1), an expedite's estimate and cost (5.1.2), an Additional Engineering estimate
or refusal (5.2.5), a notice of refusal or discontinuance (2.1.8(A)), and work timed against the
employee's scheduled work period (13); the Telephone Company's requests for the customer's records
(2.3.11(D), 2.3.13(F), 3.6.3) and the IPIC letters and end user lists of presubscription (13.4(A))."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytest_bdd import given, when

from ratecert.gherkin.vocabulary import iso, money, step
from ratecert.scenario import BillingScenario

_KINDS = {"other labor": "other", "additional engineering": "engineering", "standby": "standby"}


@given(step("the customer asks for service on {requested:Date}, the applicable service date being {applicable:Date}"))
def requested_date(billing: BillingScenario, requested: dt.date, applicable: dt.date) -> None:
    billing.last("orders").update(requested_service_date=iso(requested), applicable_service_date=iso(applicable))


@given("it orders Direct Trunked Transport where no bona fide request for it had been received")
def direct_trunked_first(billing: BillingScenario) -> None:
    billing.last("orders")["direct_trunked_first_request"] = True


@given(step("the customer asks for an earlier service date, estimated at {estimate:Money}, that costs {cost:Money}"))
def expedite(billing: BillingScenario, estimate: Decimal, cost: Decimal) -> None:
    billing.last("orders").update(expedite_estimate=money(estimate), expedite_cost=money(cost))


@given("the expedite is asked after the Access Order was issued")
def expedite_after_issue(billing: BillingScenario) -> None:
    billing.last("orders")["expedite_after_issue"] = True


@when(step("the Additional Engineering was estimated at {estimate:Money}"))
def engineering_estimate(billing: BillingScenario, estimate: Decimal) -> None:
    billing.last("labor")["estimate"] = money(estimate)


@when("the customer declined the Additional Engineering after being notified")
def engineering_declined(billing: BillingScenario) -> None:
    billing.last("labor")["declined"] = True


@given(step('notice "{nid}" of refusal or discontinuance sent by {method} on {sent:Date}'))
def refusal_notice(billing: BillingScenario, nid: str, method: str, sent: dt.date) -> None:
    billing.append("refusal_notices", {"id": nid, "sent": iso(sent), "method": method})


@given(step('notice "{nid}" was received on {received:Date}'))
def notice_received(billing: BillingScenario, nid: str, received: dt.date) -> None:
    billing.last("refusal_notices")["received"] = iso(received)


@given(step('notice "{nid}" goes to a customer who {standing}'))
def email_standing(billing: BillingScenario, nid: str, standing: str) -> None:
    field = {"is billed electronically": "billed_electronically",
             "consents to receiving electronic notification": "consented_to_email"}[standing]
    billing.last("refusal_notices")[field] = True


@when(step("{people:d} technician works {minutes:d} minutes of {kind} from {started:DateTime}, the scheduled work "
           "period being {begin} to {end}"))
def scheduled_labor(billing: BillingScenario, people: int, minutes: int, kind: str, started: dt.datetime,
                    begin: str, end: str) -> None:
    billing.append("labor", {"id": billing.next_id("labor"), "date": iso(started.date()), "kind": _KINDS[kind],
                             "minutes": minutes, "people": people, "started": iso(started),
                             "scheduled_work_period": [begin, end]})


@when(step("{people:d} technician works {minutes:d} minutes of {kind} from {started:DateTime}, not a scheduled work day"))
def unscheduled_labor(billing: BillingScenario, people: int, minutes: int, kind: str, started: dt.datetime) -> None:
    billing.append("labor", {"id": billing.next_id("labor"), "date": iso(started.date()), "kind": _KINDS[kind],
                             "minutes": minutes, "people": people, "started": iso(started),
                             "scheduled_work_day": False})


# --- requests for the customer's records (2.3.11(D), 2.3.13(F), 3.6.3) and presubscription (13.4(A)) --------

_REQUESTS = {"the data behind a disputed interstate percentage": "piu-support",
             "PVU verification data": "pvu-verification", "a PVU audit": "pvu-audit"}


@given(step('request "{rid}" for {what} on {day:Date}'))
def data_request(billing: BillingScenario, rid: str, what: str, day: dt.date) -> None:
    billing.append("data_requests", {"id": rid, "kind": _REQUESTS[what], "date": iso(day)})


@given(step('a request "{rid}" for certified copies of resold MTS billing from {start:Date} on {day:Date}'))
def resale_billing_request(billing: BillingScenario, rid: str, start: dt.date, day: dt.date) -> None:
    billing.append("data_requests", {"id": rid, "kind": "resale-billing", "date": iso(day), "covers_from": iso(start)})


@given(step("requests of the same kind were made on {days}"))
def earlier_requests(billing: BillingScenario, days: str) -> None:
    billing.last("data_requests")["earlier"] = [d.strip() for d in days.split(" and ")]


@given("the customer asked for an independent auditor")
def independent_auditor(billing: BillingScenario) -> None:
    billing.last("data_requests")["independent_auditor"] = True


@given(step('line "{line}" has a letter of agency for IC "{ic}" authorized on {day:Date}'))
def ipic_letter(billing: BillingScenario, line: str, ic: str, day: dt.date) -> None:
    billing.append("ipic_letters", {"line": line, "ic": ic, "authorized": iso(day)})


@given(step('an IC End User and Agent List "{lid}" received on {received:Date} for a conversion on {conversion:Date}'))
def end_user_list(billing: BillingScenario, lid: str, received: dt.date, conversion: dt.date) -> None:
    billing.append("end_user_lists", {"id": lid, "received": iso(received), "conversion": iso(conversion)})
